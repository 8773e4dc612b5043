/*
 * fuzz_theme.c: any bytes as a theme file. A theme is chosen by the
 * learner's settings and may come from a trainer's directory, so the
 * loader must never crash, leak or hang on it, and the front end must be
 * able to use whatever comes back without checking it again:
 *
 * - errors as values: -1 exactly when there are diagnostics, each with a
 *   message, the file's name and a line:col inside the file (line 0, the
 *   whole file, only when no place can be named);
 * - a refused theme leaves exactly the default palette, with no name;
 * - every role's colours are THEME_DEFAULT_COLOR or one of the eight,
 *   and its attributes only the THEME_* bits, which is all the front end
 *   can map to curses.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "theme.h"

#define KNOWN_ATTRS	(THEME_BOLD | THEME_UNDERLINE | THEME_REVERSE | \
			    THEME_DIM | THEME_STANDOUT)

static int
color_ok(short c)
{
	return c == THEME_DEFAULT_COLOR || (c >= 0 && c <= 7);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct palette t, def;
	struct diags d;
	size_t i, lines;
	int rc, r;

	diags_init(&d);
	theme_default(&def);
	rc = theme_load_buffer("fuzz.yaml", (const char *)data, size, &t, &d);

	if (rc != 0 && rc != -1)
		abort();
	if ((rc == -1) != (d.n != 0))
		abort();
	lines = fuzz_max_lines(data, size);
	for (i = 0; i < d.n; i++) {
		if (d.v[i].msg == NULL || d.v[i].msg[0] == '\0' ||
		    d.v[i].file == NULL ||
		    strcmp(d.v[i].file, "fuzz.yaml") != 0)
			abort();
		if (d.v[i].line > lines || d.v[i].col > size + 1)
			abort();
		if ((d.v[i].line == 0) != (d.v[i].col == 0))
			abort();
	}
	if (rc == -1 && (t.name != NULL ||
	    memcmp(t.roles, def.roles, sizeof def.roles) != 0))
		abort();
	for (r = 0; r < ROLE_COUNT; r++) {
		if (!color_ok(t.roles[r].fg) || !color_ok(t.roles[r].bg) ||
		    (t.roles[r].attrs & ~KNOWN_ATTRS) != 0 ||
		    (t.roles[r].mono & ~KNOWN_ATTRS) != 0)
			abort();
	}
	theme_free(&t);
	if (t.name != NULL)
		abort();
	diags_free(&d);
	return 0;
}
