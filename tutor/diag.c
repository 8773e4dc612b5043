/*
 * diag.c: collecting and printing diagnostics. Messages may quote text
 * from a file a trainer wrote, so they are printed with control
 * characters shown as escapes: an error message must never be able to
 * move the cursor or change the colours of the terminal that shows it,
 * nor turn itself around with a bidi override, nor hide a character.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <unistr.h>

#include "diag.h"
#include "rawtext.h"
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

char *
diag_escape(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	struct buf b;
	uint32_t c;
	ucs4_t uc;
	int n;

	buf_init(&b);
	while (*p != '\0') {
		if (*p >= 0x20 && *p < 0x7f) {
			buf_addc(&b, (char)*p++);
			continue;
		}
		/* C0 and DEL, and bytes that are not UTF-8. */
		if ((n = u8_strmbtouc(&uc, p)) <= 0 || uc < 0x80) {
			buf_printf(&b, "\\x%02x", *p++);
			continue;
		}
		if (rawtext_hidden_at((const char *)p, (size_t)n, false,
		    &c) != -1)
			buf_printf(&b, "\\u%04x", (unsigned)uc);
		else
			buf_add(&b, p, (size_t)n);
		p += n;
	}
	return buf_take(&b);
}

static void
put_safe(FILE *f, const char *s)
{
	char *safe = diag_escape(s);

	fputs(safe, f);
	free(safe);
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
