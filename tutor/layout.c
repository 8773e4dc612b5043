/*
 * layout.c: widths come from wcwidth(), which is what ncurses uses to
 * place the cursor, so what is measured here is what the terminal shows.
 * Break opportunities come from libunistring's UAX #14 implementation.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unilbrk.h>

#include "layout.h"
#include "util.h"

/* Decode one character; returns its byte length (1 for a bad byte). */
static size_t
next_char(const char *s, size_t len, wchar_t *wc)
{
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = mbrtowc(wc, s, len, &st);
	if (n == (size_t)-1 || n == (size_t)-2) {
		*wc = 0xfffd;
		return 1;
	}
	if (n == 0) {
		*wc = 0;
		return 1;
	}
	return n;
}

static int
char_width(wchar_t wc)
{
	int w;

	if (wc == 0xfffd)
		return 1;
	w = wcwidth(wc);
	return w < 0 ? 1 : w;
}

int
layout_width(const char *s, size_t len)
{
	size_t i = 0;
	wchar_t wc;
	int w = 0;

	while (i < len) {
		i += next_char(s + i, len - i, &wc);
		w += char_width(wc);
	}
	return w;
}

size_t
layout_fit(const char *s, size_t len, int cols, int *used)
{
	size_t i = 0, n;
	wchar_t wc;
	int w = 0, cw;

	while (i < len) {
		n = next_char(s + i, len - i, &wc);
		cw = char_width(wc);
		/* Zero-width marks stay with the character before them. */
		if (cw > 0 && w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (used != NULL)
		*used = w;
	return i;
}

static void
add_line(struct layout *l, const char *text, size_t start, size_t end)
{
	struct layout_line *ln;

	while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
		end--;
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	ln = &l->v[l->n++];
	ln->start = start;
	ln->len = end - start;
	ln->width = layout_width(text + start, end - start);
}

/* Add text[start, end) as lines no wider than width, cutting words. */
static void
add_cut(struct layout *l, const char *text, size_t start, size_t end,
    int width)
{
	size_t n;

	for (;;) {
		n = layout_fit(text + start, end - start, width, NULL);
		if (n == 0)	/* a character wider than the line */
			n = next_char(text + start, end - start,
			    &(wchar_t){ 0 });
		if (start + n >= end) {
			add_line(l, text, start, end);
			return;
		}
		add_line(l, text, start, start + n);
		start += n;
	}
}

static void
wrap_paragraph(struct layout *l, const char *text, size_t start, size_t end,
    int width)
{
	char *p;
	size_t i, from = start;

	if (end == start) {
		add_line(l, text, start, end);
		return;
	}
	p = xmalloc(end - start);
	u8_width_linebreaks((const uint8_t *)text + start, end - start, width,
	    0, 0, NULL, "UTF-8", p);
	for (i = start + 1; i < end; i++) {
		if (p[i - start] != UC_BREAK_POSSIBLE &&
		    p[i - start] != UC_BREAK_MANDATORY)
			continue;
		if (layout_width(text + from, i - from) > width)
			add_cut(l, text, from, i, width);
		else
			add_line(l, text, from, i);
		from = i;
	}
	if (layout_width(text + from, end - from) > width)
		add_cut(l, text, from, end, width);
	else
		add_line(l, text, from, end);
	free(p);
}

void
layout_wrap(const char *text, int width, struct layout *l)
{
	size_t len = strlen(text), start = 0, i;

	l->v = NULL;
	l->n = 0;
	if (width < 1)
		width = 1;
	for (i = 0; i <= len; i++) {
		if (i == len || text[i] == '\n') {
			wrap_paragraph(l, text, start, i, width);
			start = i + 1;
		}
	}
}

void
layout_free(struct layout *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
