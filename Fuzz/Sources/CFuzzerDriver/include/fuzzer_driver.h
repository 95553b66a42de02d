#ifndef WATCHFLOOR_FUZZER_DRIVER_H
#define WATCHFLOOR_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime linked by -sanitize=fuzzer). SwiftPM gives an executable
/// target its own entry point, so the fuzz target's main calls this instead of libFuzzer's main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
