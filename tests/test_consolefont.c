/*
 * test_consolefont.c: reading a console font's Unicode table: tutor's
 * own font (built from GNU Unifont) has Tifinagh, the Amazigh Latin
 * letters, Arabic and the presentation forms that shaping produces; an
 * ASCII font has none of them, and tutor can tell.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "consolefont.h"
#include "tap.h"

static int
has(const unsigned long *v, size_t n, unsigned long cp)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (v[i] == cp)
			return 1;
	}
	return 0;
}

int
main(void)
{
	const char *fixtures = getenv("FIXTURES");
	const char *font = getenv("TUTOR_FONT");
	unsigned long *v, cp;
	size_t n, missing = 0;
	char path[1024];

	if (font == NULL)
		font = "fonts/tutor.psf";
	ok(consolefont_read_psf(font, &v, &n) == 0, "tutor's font reads");
	ok(n >= 480, "it maps at least 480 characters (%zu)", n);
	for (cp = 0x2d30; cp <= 0x2d67; cp++) {
		if (cp != 0x2d48 && !has(v, n, cp))
			missing++;
	}
	ok(missing == 0, "every Tifinagh letter (%zu missing)", missing);
	ok(has(v, n, 0x25b) && has(v, n, 0x263) && has(v, n, 0x1e25) &&
	    has(v, n, 0x1e63) && has(v, n, 0x1e6d) && has(v, n, 0x1e0d),
	    "Amazigh Latin letters: ɛ ɣ ḥ ṣ ṭ ḍ");
	for (missing = 0, cp = 0xfe80; cp <= 0xfefc; cp++) {
		if (!has(v, n, cp))
			missing++;
	}
	ok(missing == 0, "Arabic presentation forms (%zu missing)", missing);
	ok(has(v, n, 0x627) && has(v, n, 0x661) && has(v, n, 0x61f),
	    "Arabic letters, digits and question mark");
	ok(has(v, n, 0xe9) && has(v, n, 0x153) && has(v, n, 0x2019),
	    "French: é œ ’");
	ok(has(v, n, 0x2605) && has(v, n, 0x2665), "the symbols: ★ ♥");
	free(v);
	snprintf(path, sizeof path, "%s/ascii-font.psf",
	    fixtures ? fixtures : "tests/fixtures");
	ok(consolefont_read_psf(path, &v, &n) == 0, "an ASCII font reads");
	ok(has(v, n, 'A') && !has(v, n, 0x2d30) && !has(v, n, 0x627),
	    "it has A, but no Tifinagh and no Arabic");
	free(v);
	ok(consolefont_read_psf("/dev/null", &v, &n) == -1 && n == 0,
	    "not a font: refused");
	setenv("TUTOR_CONSOLE_FONT", path, 1);
	ok(consolefont_has(1, 0x2d30) == 0 && consolefont_has(1, 'a') == 1,
	    "TUTOR_CONSOLE_FONT stands for the console's font");
	return tap_done();
}
