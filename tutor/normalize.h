/*
 * normalize.h: cleaning and folding of learners' answers and of trainers'
 * patterns, so that a missing accent or a capital letter never makes a
 * right answer wrong.
 */
#ifndef TUTOR_NORMALIZE_H
#define TUTOR_NORMALIZE_H

#include <stddef.h>

/* Answers longer than this many bytes are cut (at a character boundary). */
#define NORMALIZE_MAX_ANSWER 4096

/*
 * Clean an answer: any bytes in, valid NFC UTF-8 out. Invalid UTF-8 is
 * dropped; control characters (C0, DEL, C1), bidi controls and invisible
 * format characters (category Cf, e.g. ZWJ, ZWNJ, BOM, U+202E) are removed;
 * tab, newline, CR, every space separator (NBSP, U+202F ...) and the line
 * and paragraph separators become a space; runs of spaces collapse to one;
 * leading and trailing spaces go. Input is first cut to
 * NORMALIZE_MAX_ANSWER bytes; NFC makes a few rare characters longer
 * (U+0958 becomes two), so the result can exceed that, at most threefold.
 * Returns a malloc'd string (never NULL unless out of memory).
 */
char *normalize_clean(const char *in, size_t len);

/*
 * Clean, then fold: full case folding, compatibility decomposition (NFKD)
 * with every non-spacing mark removed (French accents, Arabic harakat,
 * hamza above/below), tatweel removed, then the table: alef variants
 * (أ إ آ ٱ) to ا, ى and ی to ي, ة to ه, ک ڭ گ ڨ to ك, ڤ ڥ to ف,
 * Arabic-Indic and extended Arabic-Indic digits to 0-9, œ to oe, æ to ae,
 * curly apostrophes (’ ‘ ʼ ′ `) to ', curly quotes and « » to ", Arabic
 * comma and question mark and semicolon to , ? and ;. Spaces collapse
 * again; finally NFC.
 * "Sécurité" and "SECURITE" both become "securite". Decomposition can make
 * the result longer than the input (U+FDFA is four words).
 */
char *normalize_fold(const char *in, size_t len);

/*
 * Fold a pattern written by a trainer the same way, except for case (the
 * pattern is matched caselessly instead: case-folding a pattern would turn
 * \D into \d), so ß becomes ss here as full case folding does to answers.
 * Format characters go as they do from answers. Does not collapse spaces
 * or drop control characters (the loader refuses those before).
 *
 * ASCII is the regex syntax and is kept as written. What a non-ASCII
 * character turns into stays literal: "؟" becomes "\?" and "（" "\(";
 * a backslash before a non-ASCII character (redundant in PCRE2's UTF mode)
 * is removed so that "\é" does not become the escape "\e"; \Q...\E is
 * respected. Not handled: a class or quantified item made only of marks
 * ("[ًٌ]", "ٌ?") loses its content, and a range whose ends change
 * ("[à-ù]" becomes "[a-u]"). Compile the original pattern as well and
 * report errors against it.
 *
 * Returns a malloc'd string, or NULL with errno EILSEQ when the pattern is
 * not valid UTF-8 (ENOMEM when out of memory).
 */
char *normalize_pattern(const char *in, size_t len);

#endif
