/*
 * rawtext.h: the bytes of a lesson file before YAML sees them. A file
 * must be UTF-8 text: this says, at its line and column, why one is not
 * (saved as UTF-16, a byte that is not UTF-8, a control character), in
 * words a trainer can act on, instead of leaving it to libyaml, which
 * names the wrong byte or none. It also turns byte offsets into lines
 * and columns and back, counting line breaks as libyaml does (LF, CRLF
 * and a lone CR) and columns in characters.
 */
#ifndef TUTOR_RAWTEXT_H
#define TUTOR_RAWTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Returns 0 when s is text tutor accepts; otherwise -1, with the place of
 * the first problem (1-based) and a malloc'd message in *msg.
 */
int	rawtext_check(const char *s, size_t len, unsigned *line, unsigned *col,
	    char **msg);

/* The line and column (1-based) of byte offset off. */
void	rawtext_position(const char *s, size_t len, size_t off, unsigned *line,
	    unsigned *col);

/*
 * The byte offset of the character at a line and column (1-based), or
 * len when the text is shorter.
 */
size_t	rawtext_offset(const char *s, size_t len, unsigned line, unsigned col);

/*
 * The first character of a value (valid UTF-8) that must not reach a
 * child's screen, or -1, with the character in *c: control characters
 * (tab and newline allowed when lines_ok) and format characters, which
 * are either bidi controls that can turn a text around (U+202E) or
 * invisible (a zero-width space, a soft hyphen, a joiner).
 */
long	rawtext_hidden_at(const char *s, size_t len, bool lines_ok,
	    uint32_t *c);

/*
 * What such a character is, in buf: "a control character (U+001B, an
 * escape)", "a bidi control character (U+202E, a right-to-left
 * override), which can turn text around on the screen", "an invisible
 * character (U+200B, a zero-width space)".
 */
const char *rawtext_hidden_said(uint32_t c, char *buf, size_t size);

/* Bytes of the line break at p (2 for CRLF, 1 for LF or CR), or 0. */
size_t	rawtext_break(const char *p, const char *end);

#endif
