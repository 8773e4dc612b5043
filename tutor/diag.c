/*
 * diag.c: collecting and printing diagnostics. Messages may quote text
 * from a file a trainer wrote, so they are printed with control
 * characters shown as escapes: an error message must never be able to
 * move the cursor or change the colours of the terminal that shows it.
 */
#include "config.h"

#include <stdlib.h>

#include "diag.h"
#include "util.h"

void
diags_init(struct diags *d)
{
	d->v = NULL;
	d->n = 0;
	d->cap = 0;
	d->max = 0;
	d->dropped = 0;
}

void
diags_free(struct diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	diags_init(d);
}

void
diags_add(struct diags *d, const char *file, unsigned line, unsigned col,
    const char *fmt, ...)
{
	struct diag *g;
	struct buf b;
	va_list ap;

	if (d->n >= (d->max ? d->max : 1000)) {
		d->dropped++;
		return;
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	g = &d->v[d->n++];
	g->file = xstrdup(file ? file : "");
	g->line = line;
	g->col = col;
	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	g->msg = buf_take(&b);
}

static void
put_safe(FILE *f, const char *s)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\x%02x", *p);
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0) {
			fprintf(f, "\\u%04x", p[1]);	/* C1 control */
			p++;
		} else if (*p == 0xe2 && p[1] != '\0' && p[2] != '\0' &&
		    ((p[1] == 0x80 && ((p[2] >= 0x8b && p[2] <= 0x8f) ||
		    (p[2] >= 0xaa && p[2] <= 0xae))) ||
		    (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9))) {
			/* Bidi controls and zero-width characters. */
			fprintf(f, "\\u%04x", ((p[1] & 0x3f) << 6 |
			    (p[2] & 0x3f)) | 0x2000);
			p += 2;
		} else
			fputc(*p, f);
	}
}

void
diags_print(const struct diags *d, FILE *f)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		put_safe(f, d->v[i].file);
		if (d->v[i].line != 0)
			fprintf(f, ":%u:%u", d->v[i].line, d->v[i].col);
		fputs(": error: ", f);
		put_safe(f, d->v[i].msg);
		fputc('\n', f);
	}
	if (d->dropped != 0)
		fprintf(f, "(and %zu more errors)\n", d->dropped);
}
