/* nbdkit plugin used by scripts/bench.sh, sections (i) and (j): an
 * export whose flush takes a fixed time and costs nothing else.
 *
 *   flush_us=N   a flush sleeps N microseconds (default 1000)
 *   size=BYTES   export size (default 64M)
 *
 * Reads return zeros and writes are dropped: only the cost of a flush
 * matters to the benchmark.  Written in C, not python, so that flushes on
 * many threads really run at the same time (a python plugin's calls take
 * turns on the interpreter's lock).
 */

#define NBDKIT_API_VERSION 2
#include <nbdkit-plugin.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define THREAD_MODEL NBDKIT_THREAD_MODEL_PARALLEL

static unsigned long flush_us = 1000;
static int64_t size = 64 << 20;
static int handle;

static int
slowflush_config (const char *key, const char *value)
{
  if (strcmp (key, "flush_us") == 0) {
    char *end;
    errno = 0;
    flush_us = strtoul (value, &end, 10);
    if (errno || *end || end == value) {
      nbdkit_error ("flush_us: not a number: %s", value);
      return -1;
    }
  }
  else if (strcmp (key, "size") == 0) {
    size = nbdkit_parse_size (value);
    if (size == -1)
      return -1;
  }
  else {
    nbdkit_error ("unknown parameter '%s'", key);
    return -1;
  }
  return 0;
}

static void *
slowflush_open (int readonly)
{
  return &handle;
}

static int64_t
slowflush_get_size (void *h)
{
  return size;
}

static int
slowflush_pread (void *h, void *buf, uint32_t count, uint64_t offset,
                 uint32_t flags)
{
  memset (buf, 0, count);
  return 0;
}

static int
slowflush_pwrite (void *h, const void *buf, uint32_t count, uint64_t offset,
                  uint32_t flags)
{
  return 0;
}

static int
slowflush_flush (void *h, uint32_t flags)
{
  struct timespec ts = {
    .tv_sec = flush_us / 1000000,
    .tv_nsec = (flush_us % 1000000) * 1000,
  };
  while (nanosleep (&ts, &ts) == -1 && errno == EINTR)
    ;
  return 0;
}

static struct nbdkit_plugin plugin = {
  .name = "slowflush",
  .version = "1.0",
  .config = slowflush_config,
  .config_help = "flush_us=<N> size=<BYTES>",
  .open = slowflush_open,
  .get_size = slowflush_get_size,
  .pread = slowflush_pread,
  .pwrite = slowflush_pwrite,
  .flush = slowflush_flush,
};

NBDKIT_REGISTER_PLUGIN (plugin)
