/*
 * normalize.c: cleaning and folding of answers and patterns with GNU
 * libunistring.
 *
 * Three levels, each built on the one before:
 *
 * - normalize_clean makes untrusted bytes safe to show and to store: valid
 *   UTF-8, no control or invisible format characters, single spaces, NFC.
 * - normalize_fold makes two answers that a teacher would call equal
 *   compare equal byte for byte: case, accents, harakat, Arabic letter
 *   variants, digits and typographic quotes are folded away.
 * - normalize_pattern does the same folding to a trainer's regular
 *   expression, minus case (PCRE2_CASELESS handles it), taking care that
 *   literal text never turns into regex syntax.
 *
 * The folding table is shared by the last two so that answers and
 * patterns cannot drift apart.
 */

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "normalize.h"

#define nitems(a) (sizeof (a) / sizeof (a)[0])

/* The longest output of fold_char: one UTF-8 character. */
#define FOLD_MAX 4

/* A growing byte buffer; data is never NULL once buf_init succeeded. */
struct buf {
	uint8_t	*data;
	size_t	 len;
	size_t	 size;
};

/*
 * What NFKD and mark removal leave alone but a learner's keyboard makes
 * differ: apostrophes, quotes, ligatures and Arabic letter variants. The
 * order of entries does not matter (the table is small and scanned).
 */
static const struct {
	ucs4_t		 from;
	const char	*to;
} fold_table[] = {
	/* Apostrophes from phones and word processors, and the backquote. */
	{ 0x0060, "'" },
	{ 0x02bc, "'" },	/* modifier letter apostrophe */
	{ 0x2018, "'" },
	{ 0x2019, "'" },
	{ 0x2032, "'" },	/* prime */

	/* Curly quotes and guillemets. */
	{ 0x00ab, "\"" },
	{ 0x00bb, "\"" },
	{ 0x201c, "\"" },
	{ 0x201d, "\"" },
	{ 0x201e, "\"" },

	/*
	 * Ligatures without a compatibility decomposition. Capitals and
	 * sharp s only reach this table from patterns: answers have been
	 * case-folded (and full folding already turned ß into ss).
	 */
	{ 0x00c6, "AE" },
	{ 0x00e6, "ae" },
	{ 0x0152, "OE" },
	{ 0x0153, "oe" },
	{ 0x00df, "ss" },
	{ 0x1e9e, "SS" },

	/* Arabic punctuation, which children mix with the Latin one. */
	{ 0x060c, "," },
	{ 0x061b, ";" },
	{ 0x061f, "?" },

	/*
	 * Arabic letters, as Lucene's Arabic and Persian normalizers do.
	 * NFKD plus mark removal already turns أ إ آ into ا; alef wasla
	 * has no decomposition.
	 */
	{ 0x0622, u8"\u0627" },	/* alef with madda */
	{ 0x0623, u8"\u0627" },	/* alef with hamza above */
	{ 0x0625, u8"\u0627" },	/* alef with hamza below */
	{ 0x0671, u8"\u0627" },	/* alef wasla */
	{ 0x0649, u8"\u064a" },	/* alef maksura */
	{ 0x06cc, u8"\u064a" },	/* Farsi yeh */
	{ 0x0629, u8"\u0647" },	/* teh marbuta */
	{ 0x06a9, u8"\u0643" },	/* keheh */
	{ 0x06ad, u8"\u0643" },	/* ng, Moroccan gaf */
	{ 0x06af, u8"\u0643" },	/* gaf */
	{ 0x06a8, u8"\u0643" },	/* qaf with three dots, g in Algeria */

	/*
	 * Veh, for v in French words written in Darija ("ڤيديو"), and its
	 * Maghrebi form with the dots below: children write ف as often.
	 */
	{ 0x06a4, u8"\u0641" },	/* veh */
	{ 0x06a5, u8"\u0641" },	/* feh with three dots below */
};

static int	 buf_init(struct buf *, size_t);
static int	 buf_add(struct buf *, const void *, size_t);
static int	 buf_add_space(struct buf *);
static void	 buf_trim(struct buf *);
static char	*normalize_nfc(const struct buf *);
static int	 normalize_is_space(ucs4_t);
static int	 normalize_clean_buf(const uint8_t *, size_t, struct buf *);
static size_t	 fold_char(ucs4_t, uint8_t *);
static int	 pattern_add_byte(struct buf *, uint8_t, int, int);
static int	 pattern_add_folded(struct buf *, const uint8_t *, size_t,
		     int);

static int
buf_init(struct buf *b, size_t size)
{
	if (size == 0)
		size = 1;
	b->data = malloc(size);
	if (b->data == NULL)
		return (-1);
	b->len = 0;
	b->size = size;
	return (0);
}

static int
buf_add(struct buf *b, const void *p, size_t n)
{
	uint8_t	*data;
	size_t	 size;

	if (n > b->size - b->len) {
		size = b->size;
		while (n > size - b->len) {
			if (size > SIZE_MAX / 2)
				return (-1);
			size *= 2;
		}
		data = realloc(b->data, size);
		if (data == NULL)
			return (-1);
		b->data = data;
		b->size = size;
	}
	memcpy(b->data + b->len, p, n);
	b->len += n;
	return (0);
}

/*
 * Add a space unless the buffer is empty or already ends with one: this
 * both collapses runs and trims leading spaces.
 */
static int
buf_add_space(struct buf *b)
{
	if (b->len == 0 || b->data[b->len - 1] == ' ')
		return (0);
	return (buf_add(b, " ", 1));
}

/* Remove the one trailing space that buf_add_space may have left. */
static void
buf_trim(struct buf *b)
{
	if (b->len != 0 && b->data[b->len - 1] == ' ')
		b->len--;
}

/*
 * Compose into NFC and return a NUL-terminated copy. u8_normalize returns
 * a buffer without a terminator, hence the extra byte.
 */
static char *
normalize_nfc(const struct buf *b)
{
	uint8_t	*out, *grown;
	size_t	 len;

	out = u8_normalize(UNINORM_NFC, b->data, b->len, NULL, &len);
	if (out == NULL)
		return (NULL);
	grown = realloc(out, len + 1);
	if (grown == NULL) {
		free(out);
		return (NULL);
	}
	grown[len] = '\0';
	return ((char *)grown);
}

/*
 * Characters that separate words as a space does. Line and paragraph
 * separators count too: in a one-line answer they can only mean a break.
 */
static int
normalize_is_space(ucs4_t c)
{
	if (c == '\t' || c == '\n' || c == '\r')
		return (1);
	return (uc_is_general_category(c, UC_SPACE_SEPARATOR) ||
	    uc_is_general_category(c, UC_LINE_SEPARATOR) ||
	    uc_is_general_category(c, UC_PARAGRAPH_SEPARATOR));
}

/*
 * Everything normalize_clean does except NFC, so that normalize_fold can
 * go straight to case folding (which decomposes anyway).
 */
static int
normalize_clean_buf(const uint8_t *s, size_t n, struct buf *b)
{
	ucs4_t	c;
	size_t	i;
	int	k;

	/*
	 * A character cut in two at the limit is an incomplete sequence
	 * and is dropped below with the other invalid bytes.
	 */
	if (n > NORMALIZE_MAX_ANSWER)
		n = NORMALIZE_MAX_ANSWER;

	for (i = 0; i < n; i += k) {
		k = u8_mbtoucr(&c, s + i, n - i);
		if (k < 0) {
			/*
			 * Skip one byte and try again: a lead byte whose
			 * sequence is broken must not swallow the valid
			 * character that follows it.
			 */
			k = 1;
			continue;
		}
		if (normalize_is_space(c)) {
			if (buf_add_space(b) != 0)
				return (-1);
			continue;
		}

		/*
		 * Cc is exactly C0, DEL and C1. Cf holds the bidi controls
		 * that can reverse what a trainer sees (U+202E), and the
		 * invisible joiners and BOM that would make two identical
		 * looking answers differ.
		 */
		if (uc_is_general_category(c, UC_CONTROL) ||
		    uc_is_general_category(c, UC_FORMAT))
			continue;
		if (buf_add(b, s + i, k) != 0)
			return (-1);
	}
	buf_trim(b);
	return (0);
}

char *
normalize_clean(const char *in, size_t len)
{
	struct buf	 b;
	char		*out;

	/* Cleaning only removes bytes or maps characters to one space. */
	if (buf_init(&b, len < NORMALIZE_MAX_ANSWER ? len :
	    NORMALIZE_MAX_ANSWER) != 0)
		return (NULL);
	if (normalize_clean_buf((const uint8_t *)in, len, &b) != 0) {
		free(b.data);
		return (NULL);
	}
	out = normalize_nfc(&b);
	free(b.data);
	return (out);
}

/*
 * Fold one character of a decomposed string into out, which has room for
 * FOLD_MAX bytes, and return the number of bytes written: 0 drops the
 * character. This is the table shared by answers and patterns.
 */
static size_t
fold_char(ucs4_t c, uint8_t *out)
{
	size_t	i, len;
	int	n;

	/*
	 * After NFKD, accents, harakat and hamza above or below are all
	 * non-spacing marks. Tatweel only stretches a word.
	 */
	if (c == 0x0640 || uc_is_general_category(c, UC_NON_SPACING_MARK))
		return (0);

	if (c >= 0x0660 && c <= 0x0669) {
		out[0] = (uint8_t)('0' + (c - 0x0660));
		return (1);
	}
	if (c >= 0x06f0 && c <= 0x06f9) {
		out[0] = (uint8_t)('0' + (c - 0x06f0));
		return (1);
	}

	for (i = 0; i < nitems(fold_table); i++) {
		if (fold_table[i].from == c) {
			len = strlen(fold_table[i].to);
			memcpy(out, fold_table[i].to, len);
			return (len);
		}
	}

	n = u8_uctomb(out, c, FOLD_MAX);
	return (n < 0 ? 0 : (size_t)n);
}

char *
normalize_fold(const char *in, size_t len)
{
	struct buf	 clean, b;
	uint8_t		*folded, u[FOLD_MAX];
	ucs4_t		 c;
	size_t		 flen, i, n;
	int		 k;
	char		*out;

	if (buf_init(&clean, len < NORMALIZE_MAX_ANSWER ? len :
	    NORMALIZE_MAX_ANSWER) != 0)
		return (NULL);
	if (normalize_clean_buf((const uint8_t *)in, len, &clean) != 0) {
		free(clean.data);
		return (NULL);
	}

	/*
	 * Full case folding (ß to ss, İ to i plus a dot that goes with the
	 * marks) with compatibility decomposition, which turns presentation
	 * forms, ligatures and fullwidth letters into plain ones.
	 */
	folded = u8_casefold(clean.data, clean.len, NULL, UNINORM_NFKD, NULL,
	    &flen);
	free(clean.data);
	if (folded == NULL)
		return (NULL);

	/* The table never makes a character longer than it was. */
	if (buf_init(&b, flen) != 0) {
		free(folded);
		return (NULL);
	}
	for (i = 0; i < flen; i += k) {
		k = u8_mbtouc(&c, folded + i, flen - i);
		n = fold_char(c, u);

		/*
		 * Decomposition makes new spaces (U+00A8 is a space and a
		 * diaeresis; U+FDFA is four words), and removing a mark can
		 * bring two spaces together: collapse again.
		 */
		if (n == 1 && u[0] == ' ') {
			if (buf_add_space(&b) != 0)
				goto fail;
		} else if (buf_add(&b, u, n) != 0)
			goto fail;
	}
	buf_trim(&b);
	free(folded);

	out = normalize_nfc(&b);
	free(b.data);
	return (out);

fail:
	free(folded);
	free(b.data);
	return (NULL);
}

/*
 * Add one ASCII byte to a pattern. A literal byte (one that a non-ASCII
 * character folded to) that means something to PCRE2 is escaped: '؟' must
 * become "\?", not the quantifier '?', and '（' must not open a group.
 * Inside \Q...\E only "\E" is special: a literal backslash, or an 'E' that
 * would follow a backslash, is written between \E and \Q instead.
 */
static int
pattern_add_byte(struct buf *b, uint8_t ch, int quoted, int literal)
{
	static const char	special[] = "\\^$.|?*+()[]{}-";

	if (quoted) {
		if ((literal && ch == '\\') || (ch == 'E' && b->len != 0 &&
		    b->data[b->len - 1] == '\\')) {
			if (buf_add(b, "\\E", 2) != 0 ||
			    (ch == '\\' && buf_add(b, "\\", 1) != 0) ||
			    buf_add(b, &ch, 1) != 0 ||
			    buf_add(b, "\\Q", 2) != 0)
				return (-1);
			return (0);
		}
	} else if (literal && ch != '\0' && strchr(special, ch) != NULL) {
		if (buf_add(b, "\\", 1) != 0)
			return (-1);
	}
	return (buf_add(b, &ch, 1));
}

/* Add what one non-ASCII character of a pattern folds to. */
static int
pattern_add_folded(struct buf *b, const uint8_t *s, size_t n, int quoted)
{
	uint8_t	 dbuf[64], *d, u[FOLD_MAX];
	ucs4_t	 c;
	size_t	 dlen, i, m;
	int	 k, error = -1;

	/*
	 * With a result buffer, the length is also an input: the size of
	 * that buffer. U+FDFA, the longest decomposition, takes 33 bytes;
	 * u8_normalize allocates if ever one needs more.
	 */
	dlen = sizeof dbuf;
	d = u8_normalize(UNINORM_NFKD, s, n, dbuf, &dlen);
	if (d == NULL)
		return (-1);

	for (i = 0; i < dlen; i += k) {
		k = u8_mbtouc(&c, d + i, dlen - i);
		m = fold_char(c, u);
		if (m == 1) {
			if (pattern_add_byte(b, u[0], quoted, 1) != 0)
				goto out;
		} else if (buf_add(b, u, m) != 0)
			goto out;
	}
	error = 0;

out:
	if (d != dbuf)
		free(d);
	return (error);
}

char *
normalize_pattern(const char *in, size_t len)
{
	const uint8_t	*s = (const uint8_t *)in;
	struct buf	 b;
	uint8_t		 u[FOLD_MAX];
	ucs4_t		 c;
	size_t		 i;
	int		 k, escaped = 0, control = 0, quoted = 0;
	char		*out;

	if (u8_check(s, len) != NULL) {
		errno = EILSEQ;
		return (NULL);
	}
	if (buf_init(&b, len + 1) != 0)
		return (NULL);

	/*
	 * ASCII is the regex syntax and stays as it is (only the backquote
	 * becomes an apostrophe). The rest is decomposed one character at a
	 * time, which gives the same result as decomposing the whole string
	 * since the final NFC puts marks back in canonical order, so that
	 * what it turns into can be told apart from the trainer's syntax.
	 * Just enough of the syntax is followed for that: backslash escapes,
	 * \c and its argument, and \Q...\E.
	 */
	for (i = 0; i < len; i += k) {
		k = u8_mbtouc(&c, s + i, len - i);
		if (c < 0x80) {
			if (quoted && c == '\\' && i + 1 < len &&
			    s[i + 1] == 'E') {
				if (buf_add(&b, "\\E", 2) != 0)
					goto fail;
				quoted = 0;
				k = 2;
				continue;
			}
			if (!quoted && escaped) {
				quoted = (c == 'Q');
				control = (c == 'c');
				escaped = 0;
			} else if (!quoted && control)
				control = 0;
			else if (!quoted)
				escaped = (c == '\\');
			if (fold_char(c, u) != 1 ||
			    pattern_add_byte(&b, u[0], quoted, 0) != 0)
				goto fail;
			continue;
		}

		/*
		 * In UTF mode PCRE2 reads a backslash before a non-ASCII
		 * character as "this character, literally". Once folded it
		 * may be ASCII ("\é" would become the escape "\e") or gone
		 * (a lone mark), so the backslash goes.
		 */
		if (escaped) {
			b.len--;
			escaped = 0;
		}
		control = 0;

		/*
		 * Answers lose their format characters in normalize_clean;
		 * a pattern keeping a stray LRM or ZWNJ could never match.
		 */
		if (uc_is_general_category(c, UC_FORMAT))
			continue;
		if (pattern_add_folded(&b, s + i, k, quoted) != 0)
			goto fail;
	}

	out = normalize_nfc(&b);
	free(b.data);
	return (out);

fail:
	free(b.data);
	return (NULL);
}
