/*
 * fuzz_normalize.c: any bytes as a child's answer and as a trainer's
 * pattern, through normalize_clean, normalize_fold and normalize_pattern.
 * fuzz_checker.c reaches these through the checker, with a cost per input
 * that hides them; here each input costs only the normalising, and the
 * harness asserts what normalize.h promises:
 *
 * - clean and fold give valid UTF-8 in NFC, with no control or format
 *   character, no tab or line break, no space but U+0020, and no
 *   leading, trailing or doubled space, within the expansion bounds
 *   (NFC makes UTF-8 at most three times longer, compatibility
 *   decomposition at most eleven: U+FDFA is 3 bytes and folds to 33);
 * - fold leaves nothing it promises to remove: no non-spacing mark, no
 *   tatweel, no Arabic-Indic digit, no character of its table, and
 *   nothing that full case folding would change;
 * - both are idempotent, and folding a cleaned answer is folding the
 *   answer, as long as the first result fits in NORMALIZE_MAX_ANSWER
 *   (a longer one is cut again on the second pass);
 * - a pattern is refused (NULL, EILSEQ) exactly when it is not valid
 *   UTF-8; otherwise the result is NFC with no format character, no
 *   mark, no tatweel and no Arabic-Indic digit; ASCII comes back as
 *   written (the backquote as an apostrophe);
 * - literal text never turns into regex syntax: a pattern with no ASCII
 *   at all, or text between \Q and \E, still compiles once folded.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fuzz.h"
#include "normalize.h"
#include "pattern.h"

#define CLEAN_MAX_EXPANSION	3	/* NFC, in UTF-8 */
#define FOLD_MAX_EXPANSION	11	/* NFKD and case folding, in UTF-8 */

/* Say which promise broke, for the person reading the crash report. */
#define CHECK(cond, what) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "fuzz_normalize: %s\n", (what));	\
		abort();						\
	}								\
} while (0)

/* What fold_table in normalize.c maps away, and must be gone after. */
static const ucs4_t folded_away[] = {
	0x0060, 0x02bc, 0x2018, 0x2019, 0x2032, 0x00ab, 0x00bb, 0x201c,
	0x201d, 0x201e, 0x00c6, 0x00e6, 0x0152, 0x0153, 0x00df, 0x1e9e,
	0x060c, 0x061b, 0x061f, 0x0622, 0x0623, 0x0625, 0x0671, 0x0649,
	0x06cc, 0x0629, 0x06a9, 0x06ad, 0x06af, 0x06a8, 0x06a4, 0x06a5,
};

static bool
is_nfc(const uint8_t *p, size_t len)
{
	uint8_t *nfc;
	size_t nlen;
	bool same;

	if (len == 0)
		return true;
	nfc = u8_normalize(UNINORM_NFC, p, len, NULL, &nlen);
	CHECK(nfc != NULL, "u8_normalize failed");
	same = nlen == len && memcmp(nfc, p, len) == 0;
	free(nfc);
	return same;
}

/* Characters that fold must have removed or mapped. */
static bool
foldable(ucs4_t c)
{
	size_t i;

	if (c == 0x0640 || uc_is_general_category(c, UC_NON_SPACING_MARK))
		return true;
	if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9))
		return true;
	for (i = 0; i < sizeof folded_away / sizeof folded_away[0]; i++) {
		if (c == folded_away[i])
			return true;
	}
	return false;
}

/* The promises about what normalize_clean and normalize_fold return. */
static void
check_answer(const char *s, size_t max, bool folded)
{
	const uint8_t *p = (const uint8_t *)s;
	uint8_t *cf;
	size_t len, cflen, i;
	ucs4_t c;
	int k;

	CHECK(s != NULL, "an answer came back NULL");
	len = strlen(s);
	CHECK(len <= max, "an answer grew past its bound");
	CHECK(u8_check(p, len) == NULL, "an answer is not valid UTF-8");
	CHECK(len == 0 || (s[0] != ' ' && s[len - 1] != ' '),
	    "an answer has a leading or trailing space");
	CHECK(strstr(s, "  ") == NULL, "an answer has a doubled space");
	for (i = 0; i < len; i += (size_t)k) {
		k = u8_mbtouc(&c, p + i, len - i);
		CHECK(c >= 0x20 && c != 0x7f &&
		    !uc_is_general_category(c, UC_CONTROL) &&
		    !uc_is_general_category(c, UC_FORMAT),
		    "an answer has a control or format character");
		CHECK(c == ' ' ||
		    (!uc_is_general_category(c, UC_SPACE_SEPARATOR) &&
		    !uc_is_general_category(c, UC_LINE_SEPARATOR) &&
		    !uc_is_general_category(c, UC_PARAGRAPH_SEPARATOR)),
		    "an answer has a space other than U+0020");
		CHECK(!folded || !foldable(c),
		    "a folded answer has a mark, tatweel, Arabic-Indic "
		    "digit or a character of the table");
	}
	CHECK(is_nfc(p, len), "an answer is not in NFC");
	if (!folded || len == 0)
		return;
	cf = u8_casefold(p, len, NULL, UNINORM_NFC, NULL, &cflen);
	CHECK(cf != NULL, "u8_casefold failed");
	CHECK(cflen == len && memcmp(cf, p, len) == 0,
	    "a folded answer changes under case folding");
	free(cf);
}

/* What normalize_pattern returns for valid UTF-8. */
static void
check_pattern(const uint8_t *data, size_t size, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t len, i;
	bool ascii = true;
	ucs4_t c;
	int k;

	len = strlen(s);
	CHECK(u8_check(p, len) == NULL, "a pattern is not valid UTF-8");
	CHECK(is_nfc(p, len), "a pattern is not in NFC");
	for (i = 0; i < len; i += (size_t)k) {
		k = u8_mbtouc(&c, p + i, len - i);
		CHECK(!uc_is_general_category(c, UC_FORMAT),
		    "a pattern kept a format character");
		CHECK(!foldable(c), "a pattern kept a mark, tatweel, "
		    "Arabic-Indic digit or a character of the table");
	}
	for (i = 0; i < size; i++) {
		if (data[i] >= 0x80)
			ascii = false;
	}
	if (!ascii)
		return;
	/* ASCII as written, up to the first NUL (s is a C string). */
	for (i = 0; i < size && data[i] != '\0'; i++)
		CHECK((unsigned char)s[i] == (data[i] == '`' ? '\'' : data[i]),
		    "a pattern's ASCII was not kept as written");
	CHECK(s[i] == '\0', "a pattern in ASCII grew");
}

/*
 * A pattern that compiles as written must compile folded when it is
 * only literal text. NULs and C0 controls are left out: the loader
 * refuses them before folding.
 */
static void
check_literal(const char *in, size_t len)
{
	struct pattern *p;
	char *src, *folded, *err;
	size_t off, i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)in[i] < 0x20)
			return;
	}
	/* pattern_compile reads a C string, as the loader gives it. */
	src = malloc(len + 1);
	CHECK(src != NULL, "out of memory");
	memcpy(src, in, len);
	src[len] = '\0';
	if ((p = pattern_compile(src, true, &err, &off)) == NULL) {
		free(err);
		free(src);
		return;
	}
	pattern_free(p);
	folded = normalize_pattern(src, len);
	CHECK(folded != NULL, "a valid literal pattern was refused");
	if (strlen(folded) <= PATTERN_MAX_LENGTH) {
		p = pattern_compile(folded, true, &err, &off);
		if (p == NULL)
			fprintf(stderr, "fuzz_normalize: '%s' -> '%s': %s\n",
			    src, folded, err);
		CHECK(p != NULL, "literal text became regex syntax");
		pattern_free(p);
	}
	free(folded);
	free(src);
}

static void
fuzz_answer(const char *in, size_t size)
{
	char *clean, *fold, *again, *fold_clean;
	size_t cut = size < NORMALIZE_MAX_ANSWER ? size : NORMALIZE_MAX_ANSWER;

	clean = normalize_clean(in, size);
	check_answer(clean, CLEAN_MAX_EXPANSION * cut, false);
	fold = normalize_fold(in, size);
	check_answer(fold, FOLD_MAX_EXPANSION * cut, true);

	if (strlen(clean) <= NORMALIZE_MAX_ANSWER) {
		again = normalize_clean(clean, strlen(clean));
		CHECK(again != NULL && strcmp(again, clean) == 0,
		    "normalize_clean is not idempotent");
		free(again);
		fold_clean = normalize_fold(clean, strlen(clean));
		CHECK(fold_clean != NULL && strcmp(fold_clean, fold) == 0,
		    "folding a cleaned answer differs from folding it");
		free(fold_clean);
	}
	if (strlen(fold) <= NORMALIZE_MAX_ANSWER) {
		again = normalize_fold(fold, strlen(fold));
		CHECK(again != NULL && strcmp(again, fold) == 0,
		    "normalize_fold is not idempotent");
		free(again);
	}
	free(clean);
	free(fold);
}

static void
fuzz_pattern(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	bool valid, no_ascii = true;
	char *s, *q;
	size_t i;

	valid = u8_check(data, size) == NULL;
	errno = 0;
	s = normalize_pattern(in, size);
	CHECK((s == NULL) == !valid,
	    "normalize_pattern refuses exactly invalid UTF-8");
	if (s == NULL) {
		CHECK(errno == EILSEQ, "a refused pattern without EILSEQ");
		return;
	}
	check_pattern(data, size, s);
	free(s);

	for (i = 0; i < size; i++) {
		if (data[i] < 0x80)
			no_ascii = false;
	}
	if (no_ascii && size != 0)
		check_literal(in, size);
	/* The same text quoted, when it has no \E of its own. */
	if (memmem(in, size, "\\E", 2) != NULL)
		return;
	q = malloc(size + 4);
	CHECK(q != NULL, "out of memory");
	memcpy(q, "\\Q", 2);
	memcpy(q + 2, in, size);
	memcpy(q + 2 + size, "\\E", 2);
	check_literal(q, size + 4);
	free(q);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_answer((const char *)data, size);
	fuzz_pattern(data, size);
	return 0;
}
