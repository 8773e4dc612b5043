/*
 * test_normalize.c: unit tests for normalize.c, the cleaning and folding
 * of answers and patterns. Inputs are given with an explicit length so
 * that embedded NULs and invalid bytes reach the code as they are.
 */

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "normalize.h"
#include "tap.h"

/* Byte strings from literals, keeping embedded NULs. */
#define CLEAN(in, want, name) check(normalize_clean, in, sizeof (in) - 1, \
	want, "clean: " name)
#define FOLD(in, want, name) check(normalize_fold, in, sizeof (in) - 1, \
	want, "fold: " name)
#define PATTERN(in, want, name) check(normalize_pattern, in,		\
	sizeof (in) - 1, want, "pattern: " name)

static void
check(char *(*f)(const char *, size_t), const char *in, size_t len,
    const char *want, const char *name)
{
	char	*got;

	got = f(in, len);
	is_str(got, want, "%s", name);
	free(got);
}

static int
valid(const char *s)
{
	return (s != NULL && u8_check((const uint8_t *)s, strlen(s)) == NULL);
}

static void
test_clean(void)
{
	CLEAN("", "", "empty input");
	CLEAN("   \t\n  ", "", "only spaces");
	CLEAN("  Bonjour   le\tmonde \r\n", "Bonjour le monde",
	    "collapse and trim");
	CLEAN("École Œuvre l’été", "École Œuvre l’été", "no folding");
	CLEAN("a\u00a0b", "a b", "NBSP");
	CLEAN("a\u202fb\u2003c\u3000d", "a b c d", "U+202F, em and ideographic "
	    "spaces");
	CLEAN("a \u00a0\u2009 b", "a b", "mixed spaces collapse");
	CLEAN("a\u2028b", "a b", "line separator");
	CLEAN("\x1b[2J", "[2J", "escape sequence loses ESC");
	CLEAN("a\x01\x07\x08\x7f" "b", "ab", "C0 and DEL");
	CLEAN("a\xc2\x85\xc2\x9b" "b", "ab", "C1 (NEL, CSI)");
	CLEAN("abc\u202etxt.exe", "abctxt.exe", "U+202E");
	CLEAN("\u200e\u200fa\u202a\u202b\u202c\u202d" "b\u2066\u2067\u2068"
	    "\u2069", "ab", "bidi controls");
	CLEAN("\ufeffa\u200cb\u200dc\u2060d\u00ad" "e", "abcde",
	    "BOM, ZWNJ, ZWJ, word joiner, soft hyphen");
	CLEAN("\xff\xfe", "", "invalid bytes only");
	CLEAN("a\xff" "b\xfe" "c", "abc", "invalid bytes dropped");
	CLEAN("ab\xe2\x82", "ab", "truncated multibyte at the end");
	CLEAN("\xe2\x82" "c", "c", "truncated multibyte before ASCII");
	CLEAN("a\xc0\xaf" "b", "ab", "overlong slash");
	CLEAN("a\xed\xa0\x80" "b", "ab", "encoded surrogate");
	CLEAN("a\xf4\x90\x80\x80" "b", "ab", "beyond U+10FFFF");
	CLEAN("a\0b\0", "ab", "embedded NUL");
	CLEAN("e\u0301te\u0301", "été", "NFC");
	CLEAN("e\u200d\u0301", "é", "format character between base and mark");
	CLEAN(" \u200b ", "", "zero width space alone");
}

static void
test_limit(void)
{
	const size_t	 big = 1024 * 1024;
	char		*in, *got;
	size_t		 i;

	in = malloc(big);
	if (in == NULL) {
		ok(0, "malloc 1 MB");
		return;
	}

	memset(in, 'a', big);
	for (i = 0; i + 2 < big; i += 1000)
		memcpy(in + i, "é", 2);
	got = normalize_clean(in, big);
	ok(got != NULL && strlen(got) <= NORMALIZE_MAX_ANSWER,
	    "clean: 1 MB input is cut to %d bytes", NORMALIZE_MAX_ANSWER);
	ok(valid(got), "clean: cut 1 MB input is valid UTF-8");
	free(got);
	got = normalize_fold(in, big);
	ok(got != NULL && strlen(got) <= NORMALIZE_MAX_ANSWER && valid(got),
	    "fold: 1 MB input is cut and valid");
	free(got);

	/* 4096 is not a multiple of 3: the last euro sign is cut in two. */
	for (i = 0; i + 3 <= big; i += 3)
		memcpy(in + i, "€", 3);
	got = normalize_clean(in, big);
	ok(got != NULL && strlen(got) == 4095 && valid(got),
	    "clean: no character cut in two at the limit");
	free(got);

	memset(in, 'a', big);
	memcpy(in + NORMALIZE_MAX_ANSWER - 1, "é", 2);
	got = normalize_clean(in, big);
	ok(got != NULL && strlen(got) == NORMALIZE_MAX_ANSWER - 1,
	    "clean: two-byte character across the limit is dropped");
	free(got);

	free(in);
}

static void
test_fold(void)
{
	FOLD("Sécurité", "securite", "French accents");
	FOLD("SECURITE", "securite", "capitals");
	FOLD("  Ça   MARCHE ", "ca marche", "cleaned before folding");
	FOLD("l’école", "l'ecole", "right single quote");
	FOLD("‘a’ ʼb ′c `d", "'a' 'b 'c 'd", "other apostrophes");
	FOLD("“a” „b“ «c» « d »", "\"a\" \"b\" \"c\" \" d \"", "quotes");
	FOLD("Œuvre", "oeuvre", "capital OE ligature");
	FOLD("cœur", "coeur", "oe ligature");
	FOLD("Ætna cæcum", "aetna caecum", "ae ligature");
	FOLD("Straße", "strasse", "sharp s");
	FOLD("ﬁn", "fin", "fi ligature through NFKD");
	FOLD("ＡＢＣ１", "abc1", "fullwidth through NFKD");
	FOLD("İstanbul", "istanbul", "capital I with dot");
	FOLD("مَدْرَسَة", "مدرسه", "harakat and teh marbuta");
	FOLD("مُحَمَّدٌ", "محمد", "shadda and tanwin");
	FOLD("أستاذ", "استاذ", "alef with hamza above");
	FOLD("إسلام", "اسلام", "alef with hamza below");
	FOLD("آمن", "امن", "alef with madda");
	FOLD("ٱلحمد", "الحمد", "alef wasla");
	FOLD("كـتـــاب", "كتاب", "tatweel");
	FOLD("مستشفى", "مستشفي", "alef maksura");
	FOLD("فارسی", "فارسي", "Farsi yeh");
	FOLD("کتاب", "كتاب", "keheh");
	FOLD("أڭادير", "اكادير", "Moroccan ng");
	FOLD("گاز", "كاز", "gaf");
	FOLD("نڨول", "نكول", "qaf with three dots, g in Algeria");
	FOLD("ڤيديو", "فيديو", "veh, v in Darija");
	FOLD("ڥيديو", "فيديو", "Maghrebi veh, dots below");
	FOLD("الأڤاتار ديالي", "الافاتار ديالي", "veh in a Darija answer");
	FOLD("٣٤", "34", "Arabic-Indic digits");
	FOLD("٠١٢٣٤٥٦٧٨٩", "0123456789", "all Arabic-Indic digits");
	FOLD("۰۱۲۳۴۵۶۷۸۹", "0123456789", "extended Arabic-Indic digits");
	FOLD("أ، ب؛ هل؟", "ا, ب; هل?", "Arabic punctuation");
	FOLD("\ufefb", "لا", "lam-alef presentation form");
	FOLD("\ufe8d\ufedf\ufe92\ufef4\ufe96", "البيت", "presentation forms");
	FOLD("ﷺ", "صلي الله عليه وسلم", "ligature that decomposes to words");
	FOLD("a ¨ b", "a b", "spacing diaeresis leaves no double space");
	FOLD("a \u0301 b", "a b", "lone mark leaves no double space");
	FOLD("´", "", "spacing accent alone");
	FOLD("\u0301" "a", "a", "leading mark");
	FOLD("می\u200cخواهم", "ميخواهم", "ZWNJ removed");
	FOLD("a\xff\xfe" "b\x1b[0m", "ab[0m", "invalid bytes and ESC");
	FOLD("\xc3\x89" "cole\0X", "ecolex", "embedded NUL");
	FOLD("", "", "empty input");
	FOLD(" \u00a0 ", "", "only spaces");
}

static void
test_pattern(void)
{
	char	*got;

	PATTERN("\\d+[éè]", "\\d+[ee]", "accents in a class");
	PATTERN("\\bMot\\b", "\\bMot\\b", "case and backslashes kept");
	PATTERN("École|ECOLE", "Ecole|ECOLE", "no case folding");
	PATTERN("Straße|STRAẞE", "Strasse|STRASSE", "sharp s");
	PATTERN("Œuvre|cœur|Æ", "OEuvre|coeur|AE", "ligatures keep case");
	PATTERN("l’école|`a", "l'ecole|'a", "apostrophes");
	PATTERN("«oui»|“non”", "\"oui\"|\"non\"", "quotes");
	PATTERN("a  b\t", "a  b\t", "spaces not collapsed");
	PATTERN("a\u00a0b", "a b", "NBSP becomes a space");
	PATTERN("مَدْرَسَة", "مدرسه", "harakat and teh marbuta");
	PATTERN("(أستاذ|ٱلأستاذ)", "(استاذ|الاستاذ)", "alef variants");
	PATTERN("كـتـاب", "كتاب", "tatweel");
	PATTERN("ى|ی|ک|ڭ|گ|ڨ|ڤ|ڥ", "ي|ي|ك|ك|ك|ك|ف|ف", "letter variants");
	PATTERN("[٠-٩]+|۴", "[0-9]+|4", "Arabic-Indic digits");
	PATTERN("\ufefb", "لا", "presentation form");
	PATTERN("كيف حالك؟", "كيف حالك\\?", "Arabic question mark is "
	    "escaped");
	PATTERN("（a）", "\\(a\\)", "fullwidth parentheses are literal");
	PATTERN("x\u2047", "x\\?\\?", "decomposition into two metacharacters");
	PATTERN("\\é", "e", "backslash before a non-ASCII character");
	PATTERN("\\\\é", "\\\\e", "escaped backslash before é");
	PATTERN("a\\\u0301", "a", "backslash before a lone mark");
	PATTERN("\\Q؟\\E", "\\Q?\\E", "no escape inside \\Q...\\E");
	PATTERN("\\Q＼\\E", "\\Q\\E\\\\\\Q\\E", "fullwidth backslash "
	    "inside \\Q...\\E");
	PATTERN("\\Q\\ـE\\E", "\\Q\\\\EE\\Q\\E", "dropped character does not "
	    "make \\E inside \\Q...\\E");
	PATTERN("\\c\\é", "\\c\\e", "argument of \\c is not an escape");
	PATTERN("x\u200ey", "xy", "format characters dropped");
	PATTERN("", "", "empty pattern");

	errno = 0;
	got = normalize_pattern("\xff", 1);
	ok(got == NULL && errno == EILSEQ, "pattern: invalid byte gives NULL "
	    "and EILSEQ");
	free(got);
	PATTERN("\xc0\xaf", NULL, "overlong gives NULL");
	PATTERN("ab\xe2\x82", NULL, "truncated gives NULL");
	PATTERN("\xed\xa0\x80", NULL, "surrogate gives NULL");
	PATTERN("\xc3\xa9\xff", NULL, "valid then invalid gives NULL");
}

int
main(void)
{
	test_clean();
	test_limit();
	test_fold();
	test_pattern();
	return (tap_done());
}
