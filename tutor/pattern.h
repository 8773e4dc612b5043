/*
 * pattern.h: trainers' regular expressions, compiled once with PCRE2 and
 * matched against children's answers with hard limits on the work done,
 * so that no pattern can make a verdict slow.
 */
#ifndef TUTOR_PATTERN_H
#define TUTOR_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#define PATTERN_MAX_LENGTH	1000	/* characters in a pattern */
#define PATTERN_MAX_NEST	50	/* nested parentheses */
#define PATTERN_MATCH_LIMIT	20000	/* PCRE2 match() calls per match */
#define PATTERN_DEPTH_LIMIT	2000	/* backtracking depth */
#define PATTERN_HEAP_LIMIT	1024	/* KiB of backtracking memory */

struct pattern;

/*
 * Compile a pattern (UTF-8). caseless: ignore case when matching. On
 * error returns NULL and sets *err to a malloc'd message and *erroff to
 * the byte offset in src where the problem is.
 */
struct pattern	*pattern_compile(const char *src, bool caseless, char **err,
		    size_t *erroff);
void		 pattern_free(struct pattern *);
const char	*pattern_source(const struct pattern *);
/* The fewest characters an answer must have to match (PCRE2's guess). */
size_t		 pattern_min_length(const struct pattern *);

/*
 * Search subject for the pattern. Returns 1 when found, 0 when not, and 0
 * too when the match gave up at a limit (a pattern that backtracks
 * catastrophically simply does not match); *limited is then set when not
 * NULL.
 */
int		 pattern_match(struct pattern *, const char *subject, size_t len,
		    bool *limited);

#endif
