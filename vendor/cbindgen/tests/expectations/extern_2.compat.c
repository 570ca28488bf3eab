#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

void first(void);

void second(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
