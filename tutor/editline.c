/*
 * editline.c: the line editor's model. Which characters a child may type
 * is decided with libunistring's categories rather than iswprint(),
 * because iswprint() lets format characters through (U+202E would turn
 * the rest of the line around, and a trainer's report with it).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "editline.h"
#include "util.h"

void
editline_init(struct editline *e, size_t max)
{
	memset(e, 0, sizeof *e);
	e->max = max == 0 || max > EDITLINE_MAX ? EDITLINE_MAX : max;
}

static bool
acceptable(wchar_t wc)
{
	ucs4_t c = (ucs4_t)wc;

	if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0x10ffff ||
	    (c >= 0xd800 && c <= 0xdfff))
		return false;
	return !uc_is_general_category(c, UC_CATEGORY_Cc) &&
	    !uc_is_general_category(c, UC_CATEGORY_Cf) &&
	    !uc_is_general_category(c, UC_CATEGORY_Cs) &&
	    !uc_is_general_category(c, UC_CATEGORY_Cn) &&
	    !uc_is_general_category(c, UC_CATEGORY_Zl) &&
	    !uc_is_general_category(c, UC_CATEGORY_Zp);
}

bool
editline_insert(struct editline *e, wchar_t wc)
{
	if (wc == L'\t')
		wc = L' ';
	if (!acceptable(wc))
		return false;
	if (e->len >= e->max) {
		e->full = true;
		return false;
	}
	e->full = false;
	memmove(&e->buf[e->cursor + 1], &e->buf[e->cursor],
	    (e->len - e->cursor) * sizeof e->buf[0]);
	e->buf[e->cursor++] = wc;
	e->len++;
	e->buf[e->len] = L'\0';
	return true;
}

size_t
editline_insert_utf8(struct editline *e, const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	ucs4_t c;
	size_t n = 0;
	int k;

	while (p < end) {
		k = u8_mbtoucr(&c, p, (size_t)(end - p));
		if (k <= 0) {
			p++;
			continue;
		}
		p += k;
		if (c == '\n' || c == '\r')
			c = ' ';
		if (editline_insert(e, (wchar_t)c))
			n++;
	}
	return n;
}

void
editline_backspace(struct editline *e)
{
	if (e->cursor == 0)
		return;
	memmove(&e->buf[e->cursor - 1], &e->buf[e->cursor],
	    (e->len - e->cursor) * sizeof e->buf[0]);
	e->cursor--;
	e->len--;
	e->buf[e->len] = L'\0';
	e->full = false;
}

void
editline_delete(struct editline *e)
{
	if (e->cursor >= e->len)
		return;
	e->cursor++;
	editline_backspace(e);
}

void
editline_left(struct editline *e)
{
	if (e->cursor > 0)
		e->cursor--;
}

void
editline_right(struct editline *e)
{
	if (e->cursor < e->len)
		e->cursor++;
}

void
editline_home(struct editline *e)
{
	e->cursor = 0;
}

void
editline_end(struct editline *e)
{
	e->cursor = e->len;
}

void
editline_clear(struct editline *e)
{
	e->len = 0;
	e->cursor = 0;
	e->buf[0] = L'\0';
	e->full = false;
}

void
editline_delete_word(struct editline *e)
{
	while (e->cursor > 0 && e->buf[e->cursor - 1] == L' ')
		editline_backspace(e);
	while (e->cursor > 0 && e->buf[e->cursor - 1] != L' ')
		editline_backspace(e);
}

char *
editline_utf8(const struct editline *e)
{
	struct buf b;
	uint8_t tmp[6];
	size_t i;
	int n;

	buf_init(&b);
	for (i = 0; i < e->len; i++) {
		n = u8_uctomb(tmp, (ucs4_t)e->buf[i], sizeof tmp);
		if (n > 0)
			buf_add(&b, tmp, (size_t)n);
	}
	return buf_take(&b);
}

int
editline_width(const struct editline *e, size_t n)
{
	size_t i;
	int w = 0, cw;

	for (i = 0; i < n && i < e->len; i++) {
		cw = wcwidth(e->buf[i]);
		w += cw < 0 ? 1 : cw;
	}
	return w;
}
