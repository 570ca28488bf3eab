#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * The root of all evil.
 */
void root(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
