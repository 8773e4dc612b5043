/*
 * yamlerr.c: a libyaml error carries a problem ("did not find expected
 * ',' or ']'"), often a context ("while parsing a flow sequence") and
 * two places: where libyaml noticed, and where the thing it was reading
 * began. Both words and places are for YAML implementers. Here each
 * problem a lesson file can have is said plainly, at the place a trainer
 * should look, with the other place in the words when it helps.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "rawtext.h"
#include "util.h"
#include "yamlerr.h"

struct where {
	const char	*raw;
	size_t		 len;
	unsigned	*line;
	unsigned	*col;
};

static void
place(struct where *w, const yaml_mark_t *m)
{
	*w->line = (unsigned)m->line + 1;
	*w->col = (unsigned)m->column + 1;
}

/* The byte at a mark, or '\0' at the end. */
static char
char_at(const struct where *w, const yaml_mark_t *m)
{
	size_t off;

	off = rawtext_offset(w->raw, w->len, (unsigned)m->line + 1,
	    (unsigned)m->column + 1);
	return off < w->len ? w->raw[off] : '\0';
}

/* Whether only blanks come before the mark on its line. */
static bool
starts_line(const struct where *w, const yaml_mark_t *m)
{
	size_t off;

	off = rawtext_offset(w->raw, w->len, (unsigned)m->line + 1,
	    (unsigned)m->column + 1);
	while (off > 0 && (w->raw[off - 1] == ' ' || w->raw[off - 1] == '\t'))
		off--;
	return off == 0 || w->raw[off - 1] == '\n' || w->raw[off - 1] == '\r';
}

/* The last byte before the mark on its line that is not a blank. */
static char
before(const struct where *w, const yaml_mark_t *m)
{
	size_t off;

	off = rawtext_offset(w->raw, w->len, (unsigned)m->line + 1,
	    (unsigned)m->column + 1);
	while (off > 0 && (w->raw[off - 1] == ' ' || w->raw[off - 1] == '\t'))
		off--;
	return off == 0 ? '\0' : w->raw[off - 1];
}

/*
 * Whether a line before the mark begins with '%': if so, the place is
 * set to the last such line.
 */
static bool
directive_before(struct where *w, const yaml_mark_t *m)
{
	size_t off, i, found = (size_t)-1;

	off = rawtext_offset(w->raw, w->len, (unsigned)m->line + 1,
	    (unsigned)m->column + 1);
	for (i = 0; i < off; i++) {
		if (w->raw[i] == '%' && (i == 0 || w->raw[i - 1] == '\n' ||
		    w->raw[i - 1] == '\r'))
			found = i;
	}
	if (found == (size_t)-1)
		return false;
	rawtext_position(w->raw, w->len, found, w->line, w->col);
	return true;
}

static bool
is(const char *s, const char *want)
{
	return s != NULL && strcmp(s, want) == 0;
}

static bool
has(const char *s, const char *part)
{
	return s != NULL && strstr(s, part) != NULL;
}

/* A stray character where a key or a list item should begin. */
static char *
not_expected(struct where *w, const yaml_parser_t *p, const char *indent)
{
	const yaml_mark_t *m = &p->problem_mark;
	char ch = char_at(w, m), *msg;

	place(w, m);
	if (starts_line(w, m))
		return xstrdup(indent);
	if (ch == ']' || ch == '}') {
		xasprintf(&msg, "this '%c' closes nothing: remove it, or put "
		    "the text in quotes", ch);
		return msg;
	}
	if (before(w, m) == '"' || before(w, m) == '\'')
		return xstrdup("a quoted text ends at its closing quote: put "
		    "all of the text inside the quotes");
	return xstrdup("this text was not expected here: put the whole value "
	    "in quotes, or fix the indentation");
}

static char *
unclosed_flow(struct where *w, const yaml_parser_t *p, bool list)
{
	char *msg;

	place(w, &p->problem_mark);
	xasprintf(&msg, "a ',' or a '%c' is missing here: the %s that begins "
	    "with '%c' at line %u, column %u is not closed, or two of its %s "
	    "have no ',' between them", list ? ']' : '}', list ? "list" :
	    "mapping", list ? '[' : '{', (unsigned)p->context_mark.line + 1,
	    (unsigned)p->context_mark.column + 1, list ? "items" : "entries");
	return msg;
}

static char *
bad_start(struct where *w, const yaml_parser_t *p)
{
	char ch = char_at(w, &p->problem_mark), *msg;

	place(w, &p->problem_mark);
	if (ch == '\t')
		return xstrdup("a tab is used to indent this line: indent with "
		    "spaces only");
	if (ch == '@' || ch == '`' || ch == '%') {
		xasprintf(&msg, "a value cannot begin with '%c': put the text "
		    "in quotes", ch);
		return msg;
	}
	return xstrdup("this character cannot begin a value here: put the "
	    "text in quotes");
}

char *
yamlerr_message(const yaml_parser_t *p, const char *raw, size_t len,
    unsigned *line, unsigned *col)
{
	const char *problem = p->problem, *context = p->context;
	struct where w = { raw, len, line, col };
	char *msg;

	*line = 1;
	*col = 1;
	if (p->error == YAML_MEMORY_ERROR)
		return xstrdup("out of memory while reading the file");
	if (p->error == YAML_READER_ERROR) {
		/* rawtext_check has refused all that libyaml refuses. */
		rawtext_position(raw, len, p->problem_offset, line, col);
		xasprintf(&msg, "the file cannot be read as UTF-8 text here "
		    "(%s)", problem ? problem : "unreadable");
		return msg;
	}
	if (has(context, "directive") || has(problem, "directive") ||
	    is(problem, "found incompatible YAML document")) {
		place(&w, context ? &p->context_mark : &p->problem_mark);
		return xstrdup("a line that begins with '%' is a YAML "
		    "directive, which lesson files do not use: remove it");
	}
	if (is(problem, "did not find expected <document start>")) {
		/* After a directive (a line "%YAML 1.1" alone), or "...". */
		if (directive_before(&w, &p->problem_mark))
			return xstrdup("a line that begins with '%' is a YAML "
			    "directive, which lesson files do not use: remove "
			    "it");
		place(&w, &p->problem_mark);
		return xstrdup("a lesson file is one document, and this is "
		    "after its end: remove the '...' line before it");
	}
	if (has(context, "quoted scalar") &&
	    is(problem, "found unexpected end of stream")) {
		place(&w, &p->context_mark);
		return xstrdup("this quoted text is never closed: end it with "
		    "the quote it begins with");
	}
	if (has(context, "quoted scalar") &&
	    is(problem, "found unexpected document indicator")) {
		place(&w, &p->context_mark);
		xasprintf(&msg, "this quoted text is not closed before the "
		    "'---' or '...' of line %u: end it with the quote it "
		    "begins with", (unsigned)p->problem_mark.line + 1);
		return msg;
	}
	if (is(problem, "did not find expected ',' or ']'"))
		return unclosed_flow(&w, p, true);
	if (is(problem, "did not find expected ',' or '}'"))
		return unclosed_flow(&w, p, false);
	if (is(problem, "could not find expected ':'")) {
		place(&w, &p->context_mark);
		if (p->problem_mark.line == p->context_mark.line &&
		    p->problem_mark.index - p->context_mark.index > 1024)
			return xstrdup("this key is longer than 1024 "
			    "characters, which YAML does not allow: use a "
			    "short key");
		return xstrdup("a key must be followed by ':' and a space");
	}
	if (is(problem, "found character that cannot start any token"))
		return bad_start(&w, p);
	if (has(problem, "found a tab character")) {
		place(&w, &p->problem_mark);
		return xstrdup("a tab is used to indent this line: indent with "
		    "spaces only");
	}
	if (is(problem, "mapping values are not allowed in this context")) {
		place(&w, &p->problem_mark);
		return xstrdup("a ': ' cannot be used here: put the whole text "
		    "in quotes, or fix the indentation");
	}
	if (is(problem, "did not find expected key"))
		return not_expected(&w, p, "this line is not indented like the "
		    "keys around it");
	if (is(problem, "did not find expected '-' indicator"))
		return not_expected(&w, p, "this line is not indented like the "
		    "list items around it");
	place(&w, &p->problem_mark);
	if (is(problem, "block sequence entries are not allowed in this "
	    "context"))
		return xstrdup("a list item ('- ') cannot begin here: put it on "
		    "a line of its own, indented under its key, or put the "
		    "text in quotes");
	if (is(problem, "mapping keys are not allowed in this context"))
		return xstrdup("a '?' cannot begin a key here: put the text in "
		    "quotes");
	if (is(problem, "did not find expected node content"))
		return xstrdup("a value is missing here (a text that begins "
		    "with , [ ] { } or | must be put in quotes)");
	if (is(problem, "found unknown escape character"))
		return xstrdup("unknown escape after a backslash in double "
		    "quotes: write the text in single quotes");
	if (is(problem, "did not find expected hexdecimal number") ||
	    is(problem, "found invalid Unicode character escape code"))
		return xstrdup("\\x, \\u and \\U in double quotes must be "
		    "followed by the hexadecimal number of a character: write "
		    "the text in single quotes, where a backslash is just a "
		    "backslash");
	if (has(context, "block scalar"))
		return xstrdup("after '|' or '>' nothing but a comment may "
		    "follow on the line: the text begins on the next line, "
		    "indented");
	if (has(context, "anchor") || has(context, "alias"))
		return xstrdup("'&' and '*' begin anchors and aliases, which "
		    "lesson files do not use: put a text that begins with & "
		    "or * in quotes");
	if (has(context, "tag") || has(problem, "tag"))
		return xstrdup("tags (!name) are not used in lesson files: "
		    "remove it, or put a text that begins with ! in quotes");
	if (is(problem, "found unexpected end of stream"))
		return xstrdup("the file ends in the middle of a value (a "
		    "quote or a bracket is not closed)");
	xasprintf(&msg, "this is not valid YAML: %s%s%s", problem ? problem :
	    "syntax error", context ? " " : "", context ? context : "");
	return msg;
}
