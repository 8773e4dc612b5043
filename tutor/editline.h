/*
 * editline.h: the answer field's contents and cursor, for every script.
 * Characters, not bytes: backspace removes one character, the cursor
 * moves over one character. Control, bidi and invisible characters are
 * refused as they are typed or pasted, and the length is limited. No
 * curses here: the front end draws it and feeds it keys.
 */
#ifndef TUTOR_EDITLINE_H
#define TUTOR_EDITLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#define EDITLINE_MAX	300	/* characters in an answer */

struct editline {
	wchar_t	 buf[EDITLINE_MAX + 1];
	size_t	 len;
	size_t	 cursor;	/* 0..len */
	size_t	 max;		/* at most EDITLINE_MAX */
	bool	 full;		/* the last insert was refused: too long */
};

void	 editline_init(struct editline *, size_t max);
/* Insert at the cursor; returns false when refused (control, full). */
bool	 editline_insert(struct editline *, wchar_t);
/* Insert UTF-8 text (a paste); returns how many characters went in. */
size_t	 editline_insert_utf8(struct editline *, const char *, size_t);
void	 editline_backspace(struct editline *);
void	 editline_delete(struct editline *);
void	 editline_left(struct editline *);
void	 editline_right(struct editline *);
void	 editline_home(struct editline *);
void	 editline_end(struct editline *);
void	 editline_clear(struct editline *);
/* Delete the word before the cursor (Ctrl-W). */
void	 editline_delete_word(struct editline *);
/* The contents as UTF-8: malloc'd. */
char	*editline_utf8(const struct editline *);
/* Columns taken by the characters [0, n). */
int	 editline_width(const struct editline *, size_t n);

#endif
