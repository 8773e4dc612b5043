/*
 * fuzz.h: the entry point every fuzz harness defines. libFuzzer calls it
 * with each input it makes up; replay.c calls it with each file of a
 * committed corpus, so that `make check` replays the corpora with any
 * compiler. A harness reports a broken invariant by aborting.
 */
#ifndef TUTOR_FUZZ_H
#define TUTOR_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
