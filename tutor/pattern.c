/*
 * pattern.c: PCRE2 with the limits that make it safe to run patterns
 * written by trainers on answers typed by children. The defaults are far
 * too loose: ^(a+)+$ against thirty a's and a '!' runs for a quarter of a
 * second. With the match limit below it gives up in well under a
 * millisecond (JIT) and the answer simply does not match.
 *
 * Options: UTF and UCP so that \w, \d and \b understand Arabic and
 * Tifinagh; MATCH_INVALID_UTF so that stray bytes in an answer are a
 * plain no-match rather than an error; NEVER_BACKSLASH_C because \C can
 * split a character in two. JIT compilation happens on first use: most
 * patterns of the shipped lessons are never run in a given session, and
 * JIT code costs memory.
 *
 * Under valgrind (make check-valgrind) there is no JIT: memcheck cannot
 * see into machine code made at run time, and takes its reads of the
 * subject sixteen bytes at a time, past the end, for errors. The
 * interpreter gives the same verdicts, and memcheck checks every byte it
 * reads.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdlib.h>
#include <string.h>

#ifdef HAVE_VALGRIND_VALGRIND_H
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif

#include "pattern.h"
#include "util.h"

struct pattern {
	pcre2_code	*code;
	char		*src;
	int		 jit;	/* 0 not tried, 1 ready, -1 unavailable */
};

static pcre2_compile_context	*compile_ctx;
static pcre2_match_context	*match_ctx;
static pcre2_match_data		*match_data;

static void
contexts_init(void)
{
	if (compile_ctx != NULL)
		return;
	compile_ctx = pcre2_compile_context_create(NULL);
	match_ctx = pcre2_match_context_create(NULL);
	match_data = pcre2_match_data_create(1, NULL);
	if (compile_ctx == NULL || match_ctx == NULL || match_data == NULL)
		fatal("out of memory");
	pcre2_set_max_pattern_length(compile_ctx, PATTERN_MAX_LENGTH * 4);
	pcre2_set_parens_nest_limit(compile_ctx, PATTERN_MAX_NEST);
	pcre2_set_match_limit(match_ctx, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(match_ctx, PATTERN_DEPTH_LIMIT);
	pcre2_set_heap_limit(match_ctx, PATTERN_HEAP_LIMIT);
}

/* Characters (not bytes) in a UTF-8 string. */
static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	}
	return n;
}

/* What PCRE2's message leaves out, for the errors of hostile patterns. */
static const char *
error_hint(int code)
{
	switch (code) {
	case PCRE2_ERROR_BACKSLASH_C_CALLER_DISABLED:
		return " (\\C matches one byte, which can cut a letter in "
		    "two: use . for one character)";
	case PCRE2_ERROR_PARENTHESES_NEST_TOO_DEEP:
		return " (at most 50 groups inside each other)";
	case PCRE2_ERROR_QUANTIFIER_TOO_BIG:
		return " (at most {65535})";
	case PCRE2_ERROR_PATTERN_TOO_LARGE:
	case PCRE2_ERROR_PATTERN_TOO_COMPLICATED:
		return ": split it into several patterns";
	case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH:
		return " (what (?<=...) or (?<!...) looks back at must have "
		    "a fixed number of characters: no *, + or {1,3} in it)";
	default:
		return "";
	}
}

struct pattern *
pattern_compile(const char *src, bool caseless, char **err, size_t *erroff)
{
	struct pattern *p;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	uint32_t opts;
	int code;

	contexts_init();
	*err = NULL;
	*erroff = 0;
	if (utf8_chars(src) > PATTERN_MAX_LENGTH) {
		xasprintf(err, "this pattern is too long (more than %d "
		    "characters): split it into several patterns",
		    PATTERN_MAX_LENGTH);
		return NULL;
	}
	opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
	    PCRE2_NEVER_BACKSLASH_C;
	if (caseless)
		opts |= PCRE2_CASELESS;
	p = xcalloc(1, sizeof *p);
	p->code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, opts,
	    &code, &off, compile_ctx);
	if (p->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		xasprintf(err, "this pattern is not valid: %s%s", (char *)msg,
		    error_hint(code));
		*erroff = off;
		free(p);
		return NULL;
	}
	p->src = xstrdup(src);
	return p;
}

void
pattern_free(struct pattern *p)
{
	if (p == NULL)
		return;
	pcre2_code_free(p->code);
	free(p->src);
	free(p);
}

const char *
pattern_source(const struct pattern *p)
{
	return p->src;
}

size_t
pattern_min_length(const struct pattern *p)
{
	uint32_t n = 0;

	pcre2_pattern_info(p->code, PCRE2_INFO_MINLENGTH, &n);
	return n;
}

int
pattern_match(struct pattern *p, const char *subject, size_t len,
    bool *limited)
{
	int rc;

	contexts_init();
	if (limited != NULL)
		*limited = false;
	if (p->jit == 0)
		p->jit = RUNNING_ON_VALGRIND ||
		    pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE) != 0 ? -1 : 1;
	rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0, 0, match_data,
	    match_ctx);
	if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
		rc = pcre2_match(p->code, (PCRE2_SPTR)subject, len, 0,
		    PCRE2_NO_JIT, match_data, match_ctx);
	if (rc >= 0)
		return 1;
	if (limited != NULL && rc != PCRE2_ERROR_NOMATCH)
		*limited = true;
	return 0;
}
