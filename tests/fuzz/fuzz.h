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

/*
 * An upper bound on the line numbers libyaml can report for an input
 * (the loader and theme harnesses check every diagnostic against it).
 * libyaml breaks lines at LF, CR, NEL, LS and PS (a CR LF pair counts twice
 * here, which only loosens the bound), and at the end of the stream it
 * moves to the next line when the last one has no line break. UTF-16,
 * which libyaml reads when the file starts with its byte order mark, is
 * not decoded: any two bytes may be a line break.
 */
static inline size_t
fuzz_max_lines(const uint8_t *p, size_t n)
{
	size_t i, lines = 2;

	if (n >= 2 && ((p[0] == 0xfe && p[1] == 0xff) ||
	    (p[0] == 0xff && p[1] == 0xfe)))
		return n + 2;
	for (i = 0; i < n; i++) {
		if (p[i] == '\n' || p[i] == '\r')
			lines++;
		else if (i + 1 < n && p[i] == 0xc2 && p[i + 1] == 0x85)
			lines++;
		else if (i + 2 < n && p[i] == 0xe2 && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))
			lines++;
	}
	return lines;
}

#endif
