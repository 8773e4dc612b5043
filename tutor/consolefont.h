/*
 * consolefont.h: which characters the Linux text console's font can
 * show. Its stock fonts have no Tifinagh and no Arabic: rather than
 * showing boxes, tutor asks the font (GIO_UNIMAP) and offers another
 * language and the command that loads tutor's own font.
 */
#ifndef TUTOR_CONSOLEFONT_H
#define TUTOR_CONSOLEFONT_H

#include <stddef.h>

/*
 * Whether the console's font has a glyph for a code point: 1 yes, 0 no,
 * -1 unknown (not a text console: terminal emulators have fonts with
 * fallbacks, so unknown means "assume yes"). The font is read once, from
 * the terminal on fd, or from the PSF file named by TUTOR_CONSOLE_FONT
 * (for tests and for trainers checking a font).
 */
int	consolefont_has(int fd, unsigned long cp);
/* Read the Unicode table of a PSF (1 or 2) font file: sorted, malloc'd. */
int	consolefont_read_psf(const char *path, unsigned long **cps, size_t *n);

#endif
