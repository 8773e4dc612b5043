/*
 * layout.h: text measured in terminal columns, not bytes: widths,
 * cutting at whole characters, and wrapping at the places where the
 * Unicode line-breaking rules allow (UAX #14, from libunistring), so
 * that "bien ?" never leaves its "?" alone on the next line. No curses
 * here: the front ends draw what this computes.
 */
#ifndef TUTOR_LAYOUT_H
#define TUTOR_LAYOUT_H

#include <stddef.h>

struct layout_line {
	size_t	 start;		/* byte offset in the text */
	size_t	 len;		/* bytes, trailing spaces excluded */
	int	 width;		/* columns */
};

struct layout {
	struct layout_line *v;
	size_t	 n;
};

/* Columns a UTF-8 string takes (invalid bytes and controls count 1). */
int	layout_width(const char *s, size_t len);
/*
 * How many bytes of s fit in cols columns, cutting only between whole
 * characters (a base letter keeps its combining marks). *used gets the
 * columns they take.
 */
size_t	layout_fit(const char *s, size_t len, int cols, int *used);
/*
 * Wrap a text to width columns: at line breaks in the text, and where
 * a line would be too long, at the best break opportunity; a word longer
 * than the width is cut. Always at least one line.
 */
void	layout_wrap(const char *text, int width, struct layout *);
void	layout_free(struct layout *);

#endif
