#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {

} Foo;

void extra_debug_fn(void);

void cbindgen(void);

void root(Foo a);
