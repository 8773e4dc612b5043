/*
 * bidi.c: FriBidi's fribidi_log2vis does the Unicode bidirectional
 * algorithm and, with its default flags, Arabic shaping and ligatures.
 * A lam-alef ligature leaves a U+FEFF filler where the second letter
 * was; fillers are removed here so that the line is as wide on screen
 * as it is measured.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <fribidi.h>

#include "bidi.h"
#include "util.h"

#define FILLER 0xfeff

static bool terminal_does_it;

void
bidi_set_terminal_does_it(bool yes)
{
	terminal_does_it = yes;
}

bool
bidi_terminal_does_it(void)
{
	return terminal_does_it;
}

static bool
is_rtl_char(unsigned long c)
{
	return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) ||
	    (c >= 0xfe70 && c <= 0xfefc);
}

bool
bidi_has_rtl(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	/* Hebrew, Arabic and their presentation forms start with these. */
	for (i = 0; i < len; i++) {
		if (p[i] >= 0xd6 && p[i] <= 0xdf)
			return true;
		if (p[i] == 0xef && i + 1 < len && p[i + 1] >= 0xac &&
		    p[i + 1] <= 0xbb)
			return true;
		if (p[i] == 0xe0 && i + 1 < len && p[i + 1] >= 0xa0 &&
		    p[i + 1] <= 0xa3)
			return true;
	}
	return false;
}

char *
bidi_line(const char *s, size_t len, bool rtl)
{
	FriBidiChar *u, *v;
	FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	FriBidiStrIndex n, i, k;
	char *out;

	if (terminal_does_it || (!rtl && !bidi_has_rtl(s, len)) ||
	    len > 65536)
		return xstrndup(s, len);
	u = xreallocarray(NULL, len + 1, sizeof *u);
	v = xreallocarray(NULL, len + 1, sizeof *v);
	n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, s,
	    (FriBidiStrIndex)len, u);
	if (fribidi_log2vis(u, n, &base, v, NULL, NULL, NULL) == 0) {
		free(u);
		free(v);
		return xstrndup(s, len);
	}
	for (i = k = 0; i < n; i++) {
		if (v[i] != FILLER)
			v[k++] = v[i];
	}
	out = xmalloc((size_t)k * 4 + 1);
	fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, v, k, out);
	free(u);
	free(v);
	return out;
}

size_t
bidi_field(const wchar_t *in, size_t n, bool rtl, wchar_t *out,
    size_t *cursor)
{
	FriBidiChar *u, *v;
	FriBidiStrIndex *l2v, *v2l, i, k;
	FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
	size_t c = *cursor, gap, result;
	bool any = rtl;

	for (i = 0; !any && i < (FriBidiStrIndex)n; i++)
		any = is_rtl_char((unsigned long)in[i]);
	if (terminal_does_it || !any || n == 0) {
		memcpy(out, in, n * sizeof *out);
		return n;
	}
	u = xreallocarray(NULL, n, sizeof *u);
	v = xreallocarray(NULL, n, sizeof *v);
	l2v = xreallocarray(NULL, n, sizeof *l2v);
	v2l = xreallocarray(NULL, n, sizeof *v2l);
	for (i = 0; i < (FriBidiStrIndex)n; i++)
		u[i] = (FriBidiChar)in[i];
	if (fribidi_log2vis(u, (FriBidiStrIndex)n, &base, v, l2v, v2l,
	    NULL) == 0) {
		memcpy(out, in, n * sizeof *out);
		result = n;
		goto done;
	}
	/*
	 * The cursor stands before logical character c: on screen that is
	 * to the right of it in right-to-left text, to its left otherwise.
	 * At the end of the text it goes after the last character read.
	 */
	if (c < n)
		c = (size_t)l2v[c] + (rtl ? 1 : 0);
	else
		c = rtl ? 0 : n;
	gap = c;
	for (i = k = 0; i < (FriBidiStrIndex)n; i++) {
		if (v[i] == FILLER) {
			if ((size_t)i < gap)
				c--;
			continue;
		}
		out[k++] = (wchar_t)v[i];
	}
	result = (size_t)k;
	if (c > result)
		c = result;
	*cursor = c;
done:
	free(u);
	free(v);
	free(l2v);
	free(v2l);
	return result;
}
