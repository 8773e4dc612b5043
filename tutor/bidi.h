/*
 * bidi.h: right-to-left text for terminals. The Linux console, xterm and
 * most terminals do no bidi and no Arabic joining, so tutor does both
 * itself with GNU FriBidi: text is wrapped in logical order first, then
 * each line is reordered and shaped for display. Terminals that reorder
 * by themselves (PuTTY, Konsole, mlterm) get logical order instead
 * (bidi_set_terminal_does_it). No curses here.
 */
#ifndef TUTOR_BIDI_H
#define TUTOR_BIDI_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* The terminal reorders and shapes by itself: send logical order. */
void	 bidi_set_terminal_does_it(bool);
bool	 bidi_terminal_does_it(void);
/* Whether a UTF-8 string has a right-to-left letter (Arabic, Hebrew). */
bool	 bidi_has_rtl(const char *, size_t);
/*
 * One line of logical UTF-8 text in display order, Arabic letters in
 * their joined forms; rtl is the paragraph's direction. malloc'd.
 */
char	*bidi_line(const char *, size_t, bool rtl);
/*
 * The same for the answer field's characters: out gets n characters
 * in display order (or fewer: lam-alef joins two into one). *cursor goes
 * from a logical index to a gap between displayed characters: the
 * cursor's cell is the character after the gap in left-to-right text,
 * the one before it in right-to-left text (so -1, left of the text, when
 * the cursor is at the end of right-to-left text). Returns how many.
 */
size_t	 bidi_field(const wchar_t *in, size_t n, bool rtl, wchar_t *out,
	    size_t *cursor);

#endif
