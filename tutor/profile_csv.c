/*
 * profile_csv.c: profiles for a whole class from a list a trainer made in
 * a spreadsheet: one child a line, "name[,lang[,age]]", with an optional
 * header line "name,lang,age". Spreadsheets add what this accepts too: a
 * byte order mark, CRLF line ends, quoted fields (with commas and doubled
 * quotes inside), and ';' between fields where the decimal comma is the
 * custom (a French Excel). A line with a problem is reported as
 * file:line:col and skipped; the others are still created.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "normalize.h"
#include "progress.h"
#include "util.h"

#define CSV_MAX		(1u << 20)	/* a class list is small */
#define CSV_FIELDS	3

struct field {
	char	*s;
	unsigned col;
};

/* The column (in characters, 1-based) of byte off of line. */
static unsigned
column(const char *line, size_t off)
{
	unsigned col = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (((unsigned char)line[i] & 0xc0) != 0x80)
			col++;
	return col;
}

/* Lowercase ASCII, without the spaces around it. */
static char *
trimmed(const char *s)
{
	size_t n;
	char *t, *p;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	t = xstrndup(s, n);
	for (p = t; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return t;
}

/*
 * Split one line into at most CSV_FIELDS + 1 fields. Returns how many,
 * or -1 with a diagnostic.
 */
static int
split(const char *path, unsigned lineno, const char *line, char sep,
    struct field *f, struct diags *d)
{
	struct buf b;
	size_t i = 0, start;
	int n = 0;

	for (;;) {
		while (line[i] == ' ')
			i++;
		buf_init(&b);
		buf_add(&b, "", 0);
		f[n].col = column(line, i);
		if (line[i] == '"') {
			start = i++;
			for (;; i++) {
				if (line[i] == '\0') {
					diags_add(d, path, lineno,
					    column(line, start), "this quote is "
					    "not closed");
					goto bad;
				}
				if (line[i] == '"' && line[i + 1] == '"')
					buf_addc(&b, line[i++]);
				else if (line[i] == '"')
					break;
				else
					buf_addc(&b, line[i]);
			}
			for (i++; line[i] == ' '; i++)
				;
			if (line[i] != sep && line[i] != '\0') {
				diags_add(d, path, lineno, column(line, i),
				    "there is text after the closing quote");
				goto bad;
			}
		} else {
			for (; line[i] != sep && line[i] != '\0'; i++)
				buf_addc(&b, line[i]);
		}
		f[n++].s = buf_take(&b);
		if (line[i] == '\0' || n == CSV_FIELDS + 1)
			return n;
		i++;
	}
bad:
	buf_free(&b);
	while (n > 0)
		free(f[--n].s);
	return -1;
}

/* A field that is one of the words (folded: "Âge" is "age"). */
static bool
is_word(const struct field *f, const char *const *words)
{
	char *s;
	bool yes = false;

	s = normalize_fold(f->s, strlen(f->s));
	for (; *words != NULL && !yes; words++)
		yes = strcmp(s, *words) == 0;
	free(s);
	return yes;
}

/* A header line, in English, French or Arabic. */
static bool
is_header(const struct field *f, int n)
{
	static const char *const name[] = { "name", "nom", "الاسم", NULL };
	static const char *const lang[] = { "lang", "language", "langue",
		"اللغه", NULL };
	static const char *const age[] = { "age", "العمر", NULL };

	return is_word(&f[0], name) && (n < 2 || is_word(&f[1], lang)) &&
	    (n < 3 || is_word(&f[2], age));
}

/* The separator: ';' when the first line has some and no comma. */
static char
find_separator(const char *s)
{
	bool quoted = false, semicolon = false;

	for (; *s != '\0' && *s != '\n'; s++) {
		if (*s == '"')
			quoted = !quoted;
		else if (!quoted && *s == ',')
			return ',';
		else if (!quoted && *s == ';')
			semicolon = true;
	}
	return semicolon ? ';' : ',';
}

static char *
read_list(const char *path, size_t *lenp, struct diags *d)
{
	struct stat st;
	struct buf b;
	char chunk[8192];
	ssize_t got;
	int fd;

	/* O_NONBLOCK: a FIFO given by mistake must not hang tutor. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		diags_add(d, path, 0, 0, "cannot read the class list: %s",
		    strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_size > (off_t)CSV_MAX) {
		diags_add(d, path, 0, 0, "the class list should be a CSV file "
		    "of at most %u bytes", CSV_MAX);
		close(fd);
		return NULL;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	while (b.len <= CSV_MAX && ((got = read(fd, chunk, sizeof chunk)) > 0 ||
	    (got < 0 && errno == EINTR)))
		if (got > 0)
			buf_add(&b, chunk, (size_t)got);
	close(fd);
	*lenp = b.len;
	return buf_take(&b);
}

/* One child's line: create the profile, or say why not. */
static bool
import_line(struct store *st, const char *path, unsigned lineno,
    struct field *f, int n, char ***seen, unsigned **seen_line,
    size_t *nseen, struct diags *d)
{
	enum lang lang = LANG_NONE;
	enum age age = AGE_COUNT;
	char *name, *code = NULL, *id, *err = NULL;
	size_t i;
	bool ok = false;

	if (n > CSV_FIELDS) {
		diags_add(d, path, lineno, f[CSV_FIELDS].col, "too many fields: "
		    "a line is a name, a language and an age band");
		return false;
	}
	name = profile_clean_name(f[0].s);
	if (*name == '\0') {
		diags_add(d, path, lineno, f[0].col, "the name is empty");
		goto out;
	}
	if (n > 1 && *(code = trimmed(f[1].s)) != '\0' &&
	    (lang = lang_from_code(code)) == LANG_NONE) {
		diags_add(d, path, lineno, f[1].col, "unknown language '%.16s': "
		    "use ar, en, fr or zgh", code);
		goto out;
	}
	free(code);
	code = NULL;
	if (n > 2 && *(code = trimmed(f[2].s)) != '\0' &&
	    (age = age_from_code(code)) == AGE_COUNT) {
		diags_add(d, path, lineno, f[2].col, "unknown age band '%.16s': "
		    "use 8-10, 11-14 or 15-18", code);
		goto out;
	}
	for (i = 0; i < *nseen; i++) {
		if (strcmp((*seen)[i], name) == 0) {
			diags_add(d, path, lineno, f[0].col, "%s is already on "
			    "line %u", name, (*seen_line)[i]);
			goto out;
		}
	}
	*seen = xreallocarray(*seen, *nseen + 1, sizeof **seen);
	*seen_line = xreallocarray(*seen_line, *nseen + 1, sizeof **seen_line);
	(*seen)[*nseen] = xstrdup(name);
	(*seen_line)[(*nseen)++] = lineno;
	if (store_create_profile(st, name, lang, age, &id, &err) < 0) {
		diags_add(d, path, lineno, f[0].col, "%s", err);
		free(err);
		goto out;
	}
	free(id);
	ok = true;
out:
	free(code);
	free(name);
	return ok;
}

size_t
store_import_csv(struct store *st, const char *path, struct diags *d)
{
	struct field f[CSV_FIELDS + 1];
	char *text, *line, *next, **seen = NULL, sep;
	unsigned lineno = 0, *seen_line = NULL;
	size_t len, created = 0, nseen = 0, i;
	bool first = true, header;
	int n;

	if ((text = read_list(path, &len, d)) == NULL)
		return 0;
	if (memchr(text, '\0', len) != NULL) {
		diags_add(d, path, 0, 0, "the class list is not text: save it "
		    "as \"CSV UTF-8\"");
		free(text);
		return 0;
	}
	line = text;
	if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0)
		line += 3;
	sep = find_separator(line);
	for (; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		len = strlen(line);
		if (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (strspn(line, " \t") == len)
			continue;
		if (u8_check((const uint8_t *)line, len) != NULL) {
			diags_add(d, path, lineno, 1, "this line is not UTF-8 "
			    "text: save the class list as \"CSV UTF-8\"");
			first = false;
			continue;
		}
		n = split(path, lineno, line, sep, f, d);
		header = first && n > 0 && is_header(f, n);
		first = false;
		if (n < 0)
			continue;
		if (!header && import_line(st, path, lineno, f, n, &seen,
		    &seen_line, &nseen, d))
			created++;
		while (n > 0)
			free(f[--n].s);
	}
	for (i = 0; i < nseen; i++)
		free(seen[i]);
	free(seen);
	free(seen_line);
	free(text);
	return created;
}
