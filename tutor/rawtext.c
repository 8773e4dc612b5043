/*
 * rawtext.c: is a lesson file UTF-8 text? libyaml checks too, but says
 * "byte 0x22" for a Latin-1 "é" (the byte after it), "byte 0x00" for a
 * surrogate, "not valid UTF-8" for an escape character, and reads a file
 * saved as UTF-16 without a word, after which every column tutor prints
 * is wrong. So the bytes are checked here first, once, and the first
 * problem is named with its place.
 *
 * Besides bytes that are not UTF-8, refused are the characters that
 * libyaml refuses (control characters other than tab and the line
 * breaks, DEL, U+FFFE and U+FFFF) and those that editors do not show as
 * libyaml reads them: U+0085, U+2028 and U+2029 are line breaks to
 * libyaml but not to most editors, so every line number after one would
 * be off; a U+FEFF after the start is a leftover of two files joined.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "rawtext.h"
#include "util.h"

enum bad {
	BAD_NONE,
	BAD_STRAY,		/* a continuation byte with no lead */
	BAD_NEVER,		/* 0xf8 to 0xff */
	BAD_SHORT,		/* a lead byte without its continuation */
	BAD_OVERLONG,
	BAD_SURROGATE,
	BAD_TOO_BIG		/* above U+10FFFF */
};

/* Decode one character; returns the bytes it takes (at least 1). */
static size_t
decode(const unsigned char *p, size_t avail, uint32_t *cp, enum bad *why)
{
	size_t need, i;
	uint32_t c;

	*why = BAD_NONE;
	*cp = p[0];
	if (p[0] < 0x80)
		return 1;
	if (p[0] < 0xc0) {
		*why = BAD_STRAY;
		return 1;
	}
	if (p[0] < 0xe0) {
		need = 2;
		c = p[0] & 0x1f;
	} else if (p[0] < 0xf0) {
		need = 3;
		c = p[0] & 0x0f;
	} else if (p[0] < 0xf8) {
		need = 4;
		c = p[0] & 0x07;
	} else {
		*why = BAD_NEVER;
		return 1;
	}
	for (i = 1; i < need; i++) {
		if (i >= avail || (p[i] & 0xc0) != 0x80) {
			*why = BAD_SHORT;
			return i;
		}
		c = c << 6 | (p[i] & 0x3f);
	}
	*cp = c;
	if ((need == 2 && c < 0x80) || (need == 3 && c < 0x800) ||
	    (need == 4 && c < 0x10000))
		*why = BAD_OVERLONG;
	else if (c >= 0xd800 && c <= 0xdfff)
		*why = BAD_SURROGATE;
	else if (c > 0x10ffff)
		*why = BAD_TOO_BIG;
	return need;
}

size_t
rawtext_break(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (*p == '\n')
		return 1;
	if (*p == '\r')
		return p + 1 < end && p[1] == '\n' ? 2 : 1;
	return 0;
}

/* A UTF-8 byte order mark at the start is not a column. */
static size_t
text_start(const char *s, size_t len)
{
	return len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
}

void
rawtext_position(const char *s, size_t len, size_t off, unsigned *line,
    unsigned *col)
{
	const char *p, *end, *stop;
	size_t n;

	*line = 1;
	*col = 1;
	if (off > len)
		off = len;
	end = s + len;
	stop = s + off;
	for (p = s + text_start(s, len); p < stop; p += n) {
		if ((n = rawtext_break(p, end)) != 0) {
			(*line)++;
			*col = 1;
			continue;
		}
		n = 1;
		if (((unsigned char)*p & 0xc0) != 0x80)
			(*col)++;
	}
}

size_t
rawtext_offset(const char *s, size_t len, unsigned line, unsigned col)
{
	const char *p, *end;
	unsigned l = 1, c = 1;
	size_t n;

	end = s + len;
	p = s + text_start(s, len);
	while (p < end && l < line) {
		if ((n = rawtext_break(p, end)) != 0) {
			p += n;
			l++;
		} else
			p++;
	}
	while (p < end && c < col && rawtext_break(p, end) == 0) {
		p++;
		while (p < end && ((unsigned char)*p & 0xc0) == 0x80)
			p++;
		c++;
	}
	return (size_t)(p - s);
}

static const char *
control_name(uint32_t c)
{
	switch (c) {
	case 0x09:
		return ", a tab";
	case 0x0a:
		return ", a line break";
	case 0x0d:
		return ", a carriage return";
	case 0x07:
		return ", a bell";
	case 0x08:
		return ", a backspace";
	case 0x0b:
		return ", a vertical tab";
	case 0x0c:
		return ", a form feed";
	case 0x1b:
		return ", an escape";
	case 0x7f:
		return ", a delete";
	case 0x85:
		return ", a next-line character";
	default:
		return "";
	}
}

/* The bytes of a bad sequence, as "0xed 0xa0 0x80". */
static void
bytes_said(struct buf *b, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf_printf(b, "%s0x%02x", i ? " " : "", p[i]);
}

static char *
utf8_message(const unsigned char *p, size_t n, enum bad why, uint32_t cp)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "the file is not valid UTF-8 text: ");
	switch (why) {
	case BAD_STRAY:
		buf_printf(&b, "byte 0x%02x does not begin a character", p[0]);
		break;
	case BAD_NEVER:
		buf_printf(&b, "byte 0x%02x never appears in UTF-8", p[0]);
		break;
	case BAD_SHORT:
		buf_printf(&b, "the character that begins with byte 0x%02x "
		    "is cut short", p[0]);
		break;
	case BAD_OVERLONG:
		buf_adds(&b, "bytes ");
		bytes_said(&b, p, n);
		buf_adds(&b, " are an overlong form (a character written "
		    "with more bytes than it needs), which UTF-8 forbids");
		break;
	case BAD_SURROGATE:
		buf_adds(&b, "bytes ");
		bytes_said(&b, p, n);
		buf_printf(&b, " encode U+%04X, half of a UTF-16 surrogate "
		    "pair, which UTF-8 forbids", (unsigned)cp);
		break;
	default:
		buf_adds(&b, "bytes ");
		bytes_said(&b, p, n);
		buf_adds(&b, " encode a number above U+10FFFF, which is not "
		    "a character");
		break;
	}
	buf_adds(&b, "; save the file as UTF-8");
	if (why == BAD_STRAY || why == BAD_NEVER || why == BAD_SHORT)
		buf_adds(&b, " (it may have been saved as Latin-1 or "
		    "Windows-1252)");
	return buf_take(&b);
}

/* Bytes that alternate with zeros at the start: UTF-16 or UTF-32. */
static bool
looks_wide(const unsigned char *s, size_t len)
{
	size_t i, n = len < 64 ? len : 64, zeros = 0;

	if (n < 2 || (s[0] != 0 && s[1] != 0))
		return false;
	for (i = 0; i < n; i++)
		zeros += s[i] == 0;
	return zeros * 4 >= n;
}

int
rawtext_check(const char *text, size_t len, unsigned *line, unsigned *col,
    char **msg)
{
	const unsigned char *s = (const unsigned char *)text, *p, *end;
	enum bad why;
	uint32_t c;
	size_t n;

	*line = 1;
	*col = 1;
	*msg = NULL;
	if ((len >= 4 && (memcmp(s, "\xff\xfe\0\0", 4) == 0 ||
	    memcmp(s, "\0\0\xfe\xff", 4) == 0))) {
		*msg = xstrdup("the file is saved as UTF-32 (it begins with "
		    "a UTF-32 byte order mark): save it as UTF-8");
		return -1;
	}
	if (len >= 2 && (memcmp(s, "\xff\xfe", 2) == 0 ||
	    memcmp(s, "\xfe\xff", 2) == 0)) {
		*msg = xstrdup("the file is saved as UTF-16 (it begins with "
		    "a UTF-16 byte order mark): save it as UTF-8");
		return -1;
	}
	if (looks_wide(s, len)) {
		*msg = xstrdup("the file is saved as UTF-16 or UTF-32, not "
		    "UTF-8 (every other byte is zero): save it as UTF-8");
		return -1;
	}
	end = s + len;
	p = s + text_start(text, len);
	for (; p < end; p += n) {
		/* Printable ASCII, nearly every byte, needs no decoding. */
		if (*p >= 0x20 && *p < 0x7f) {
			n = 1;
			(*col)++;
			continue;
		}
		/* And so does a letter of two bytes (Latin, Arabic). */
		if (*p >= 0xc2 && *p < 0xe0 && p + 1 < end &&
		    (p[1] & 0xc0) == 0x80 && (*p > 0xc2 || p[1] >= 0xa0)) {
			n = 2;
			(*col)++;
			continue;
		}
		if ((n = rawtext_break((const char *)p,
		    (const char *)end)) != 0) {
			(*line)++;
			*col = 1;
			continue;
		}
		n = decode(p, (size_t)(end - p), &c, &why);
		if (why != BAD_NONE) {
			*msg = utf8_message(p, n, why, c);
			return -1;
		}
		if (c == 0) {
			*msg = xstrdup("the file contains a NUL byte (0x00): "
			    "it is not a text file, or it is damaged here");
			return -1;
		}
		if ((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)) {
			xasprintf(msg, "the file contains a control character "
			    "(U+%04X%s), which is not text: remove it",
			    (unsigned)c, control_name(c));
			return -1;
		}
		if (c == 0x2028 || c == 0x2029) {
			xasprintf(msg, "the file contains a %s separator "
			    "(U+%04X), which editors do not show as a line "
			    "break: replace it with a normal line break",
			    c == 0x2028 ? "line" : "paragraph", (unsigned)c);
			return -1;
		}
		if (c == 0xfeff) {
			*msg = xstrdup("the file contains a byte order mark "
			    "(U+FEFF) after its start (were two files joined "
			    "together?): remove it");
			return -1;
		}
		if (c == 0xfffe || c == 0xffff) {
			xasprintf(msg, "U+%04X is not a character: remove it",
			    (unsigned)c);
			return -1;
		}
		(*col)++;
	}
	return 0;
}

static bool
is_bidi(uint32_t c)
{
	return c == 0x061c || c == 0x200e || c == 0x200f ||
	    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static bool
is_hidden(uint32_t c, bool lines_ok)
{
	if (lines_ok && (c == '\n' || c == '\t'))
		return false;
	return uc_is_general_category(c, UC_CONTROL) ||
	    uc_is_general_category(c, UC_FORMAT) ||
	    uc_is_general_category(c, UC_LINE_SEPARATOR) ||
	    uc_is_general_category(c, UC_PARAGRAPH_SEPARATOR);
}

long
rawtext_hidden_at(const char *s, size_t len, bool lines_ok, uint32_t *c)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t uc;
	size_t i;
	int n;

	for (i = 0; i < len; i += (size_t)n) {
		/* Plain ASCII, nearly every byte, needs no decoding. */
		if (u[i] >= 0x20 && u[i] < 0x7f) {
			n = 1;
			continue;
		}
		/*
		 * Below U+0800 (Latin, Arabic), only these are control or
		 * format characters: no table to look up.
		 */
		if (u[i] >= 0xc2 && u[i] < 0xe0 && i + 1 < len &&
		    (u[i + 1] & 0xc0) == 0x80) {
			n = 2;
			uc = (ucs4_t)(u[i] & 0x1f) << 6 | (u[i + 1] & 0x3f);
			if (!(uc < 0xa0 || uc == 0xad ||
			    (uc >= 0x600 && uc <= 0x605) || uc == 0x61c ||
			    uc == 0x6dd || uc == 0x70f))
				continue;
		} else
			n = u8_mbtouc(&uc, u + i, len - i);
		if (is_hidden(uc, lines_ok)) {
			*c = uc;
			return (long)i;
		}
	}
	return -1;
}

const char *
rawtext_hidden_said(uint32_t c, char *buf, size_t size)
{
	static const struct {
		uint32_t	 c;
		const char	*name;
	} names[] = {
		{ 0x00ad, "a soft hyphen" },
		{ 0x061c, "an Arabic letter mark" },
		{ 0x200b, "a zero-width space" },
		{ 0x200c, "a zero-width non-joiner" },
		{ 0x200d, "a zero-width joiner" },
		{ 0x200e, "a left-to-right mark" },
		{ 0x200f, "a right-to-left mark" },
		{ 0x2028, "a line separator" },
		{ 0x2029, "a paragraph separator" },
		{ 0x202a, "a left-to-right embedding" },
		{ 0x202b, "a right-to-left embedding" },
		{ 0x202c, "a pop directional formatting" },
		{ 0x202d, "a left-to-right override" },
		{ 0x202e, "a right-to-left override" },
		{ 0x2060, "a word joiner" },
		{ 0x2066, "a left-to-right isolate" },
		{ 0x2067, "a right-to-left isolate" },
		{ 0x2068, "a first strong isolate" },
		{ 0x2069, "a pop directional isolate" },
		{ 0xfeff, "a zero-width no-break space" },
	};
	const char *name = NULL;
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (names[i].c == c)
			name = names[i].name;
	}
	if (uc_is_general_category(c, UC_CONTROL)) {
		name = control_name(c);
		snprintf(buf, size, "a control character (U+%04X%s)",
		    (unsigned)c, name);
	} else if (is_bidi(c))
		snprintf(buf, size, "a bidi control character (U+%04X, %s), "
		    "which can turn text around on the screen", (unsigned)c,
		    name);
	else if (name != NULL)
		snprintf(buf, size, "an invisible character (U+%04X, %s)",
		    (unsigned)c, name);
	else
		snprintf(buf, size, "an invisible character (U+%04X)",
		    (unsigned)c);
	return buf;
}
