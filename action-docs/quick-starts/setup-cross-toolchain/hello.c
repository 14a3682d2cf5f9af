#include <stdio.h>

int main(void) {
#if defined(__aarch64__)
  puts("hello from aarch64");
  return 0;
#else
  puts("not built for aarch64");
  return 1;
#endif
}
