/*
 * fuzz_loader.c: any bytes as a lesson file. The loader must return a
 * lesson or diagnostics, never crash, leak or hang, whatever the file
 * holds: broken YAML, aliases, deep nesting, invalid UTF-8, hostile
 * regular expressions. Diagnostics are checked to carry a message and a
 * place inside the file, and a lesson to come with none.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "loader.h"

/*
 * An upper bound on the line numbers libyaml can report for the input.
 * It also breaks lines at CR, NEL, LS and PS (a CR LF pair counts twice
 * here, which only loosens the bound), and at the end of the stream it
 * moves to the next line when the last one has no line break. UTF-16,
 * which libyaml reads when the file starts with its byte order mark, is
 * not decoded: any two bytes may be a line break.
 */
static size_t
max_lines(const uint8_t *p, size_t n)
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d;
	struct lesson *l;
	size_t i, lines;

	diags_init(&d);
	l = loader_load_buffer("fuzz.yaml", (const char *)data, size, &d);

	/* Errors as values: a refused file says why, a lesson has none. */
	if ((l == NULL) != (d.n != 0))
		abort();
	lines = max_lines(data, size);
	for (i = 0; i < d.n; i++) {
		if (d.v[i].msg == NULL || d.v[i].msg[0] == '\0' ||
		    d.v[i].file == NULL ||
		    strcmp(d.v[i].file, "fuzz.yaml") != 0)
			abort();
		/* file:line:col points inside the file (or at its end). */
		if (d.v[i].line > lines || d.v[i].col > size + 1)
			abort();
	}
	lesson_free(l);
	diags_free(&d);
	return 0;
}
