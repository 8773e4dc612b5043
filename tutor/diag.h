/*
 * diag.h: the list of problems found in a file, each "file:line:col:
 * error: message". Loaders collect every problem instead of stopping at
 * the first; only main decides what happens next.
 */
#ifndef TUTOR_DIAG_H
#define TUTOR_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
	char	*file;
	unsigned line;		/* 1-based; 0 when the whole file is meant */
	unsigned col;		/* 1-based */
	char	*msg;
};

struct diags {
	struct diag *v;
	size_t	 n;
	size_t	 cap;
	size_t	 max;		/* keep at most this many (0: 1000) */
	size_t	 dropped;	/* how many were over the maximum */
};

void	diags_init(struct diags *);
void	diags_free(struct diags *);
void	diags_add(struct diags *, const char *file, unsigned line,
	    unsigned col, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
/*
 * s, fit to print on a terminal (malloc'd): control, bidi and invisible
 * characters as \xNN or \uNNNN, and bytes that are not UTF-8 as \xNN.
 * Use it for any text from a file or the command line put in a message.
 */
char	*diag_escape(const char *s);
/* Print every diagnostic to f, one a line, with the word "error". */
void	diags_print(const struct diags *, FILE *f);

#endif
