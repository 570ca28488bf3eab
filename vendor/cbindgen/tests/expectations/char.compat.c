#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {
  uint32_t a;
} Foo;

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

void root(Foo a);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
