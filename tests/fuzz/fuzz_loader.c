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
	lines = fuzz_max_lines(data, size);
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
