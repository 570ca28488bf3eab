#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#define A 0

#define B 0

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

extern const uint8_t C;

extern const uint8_t D;

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus
