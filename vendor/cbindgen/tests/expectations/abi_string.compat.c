#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

void c(void);

void c_unwind(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
