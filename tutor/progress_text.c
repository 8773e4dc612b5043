/*
 * progress_text.c: the progress file format (docs/progress-format.md),
 * written and read. The file is what a trainer opens in a text editor and
 * what a report reads from a class directory, so the reader treats it as
 * untrusted input: any bytes, any length.
 *
 * The writer is simple: one record a line, fields separated by tabs, the
 * text fields escaped, and a last line "end N CRC" that counts the
 * records and checksums everything before it. The reader is the part
 * that needs care. It keeps every line that parses, whatever happens
 * around it, and calls the file damaged (return 1) when anything is
 * wrong: a checksum or count that does not match, a missing or
 * unterminated last line, a line that does not parse, a limit crossed.
 * A line without its newline is never used, so a file cut short gives
 * back exactly the records that were whole, never a shortened one.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "progress.h"
#include "progress_int.h"
#include "util.h"

#define NUM_MAX		999999999u	/* numbers have at most 9 digits */
#define TIME_MAX	253402300799LL	/* 9999-12-31T23:59:59Z */
#define FIELDS_MAX	32

/* CRC-32 (IEEE 802.3, as zlib and cksum -a crc32b compute it). */
static uint32_t
crc32_update(uint32_t crc, const void *data, size_t len)
{
	static uint32_t table[256];
	const unsigned char *p = data;
	uint32_t c;
	unsigned i, k;

	if (table[1] == 0) {
		for (i = 0; i < 256; i++) {
			c = i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
	}
	crc = ~crc;
	while (len-- > 0)
		crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

/*
 * Days since 1970-01-01 of a civil date and back (Howard Hinnant's
 * algorithms), so that times need neither the time zone nor timegm.
 */
static long long
days_from_civil(long long y, unsigned m, unsigned d)
{
	long long era, yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void
civil_from_days(long long z, long long *y, unsigned *m, unsigned *d)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static void
put_time(struct buf *b, time_t t)
{
	long long s = (long long)t, y;
	unsigned m, d, sec;

	if (s < 0)
		s = 0;
	if (s > TIME_MAX)
		s = TIME_MAX;
	civil_from_days(s / 86400, &y, &m, &d);
	sec = (unsigned)(s % 86400);
	buf_printf(b, "%04lld-%02u-%02uT%02u:%02u:%02uZ", y, m, d, sec / 3600,
	    sec / 60 % 60, sec % 60);
}

/* Exactly two digits, at most max. */
static int
two_digits(const char *s, unsigned max, unsigned *out)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	*out = (unsigned)(s[0] - '0') * 10 + (unsigned)(s[1] - '0');
	return *out <= max ? 0 : -1;
}

static int
get_time(const char *s, time_t *out)
{
	static const unsigned mdays[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	unsigned yh, yl, mo, d, h, mi, se;
	long long y;

	if (strlen(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':' || s[19] != 'Z')
		return -1;
	if (two_digits(s, 99, &yh) || two_digits(s + 2, 99, &yl) ||
	    two_digits(s + 5, 12, &mo) || mo == 0 ||
	    two_digits(s + 8, 31, &d) || d == 0 ||
	    two_digits(s + 11, 23, &h) || two_digits(s + 14, 59, &mi) ||
	    two_digits(s + 17, 59, &se))
		return -1;
	y = yh * 100 + yl;
	if (y < 1970 || d > mdays[mo - 1] || (mo == 2 && d == 29 &&
	    (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0))))
		return -1;
	*out = (time_t)(days_from_civil(y, mo, d) * 86400 + h * 3600 +
	    mi * 60 + se);
	return 0;
}

static void
put_num(struct buf *b, unsigned long long n)
{
	buf_printf(b, "%llu", n > NUM_MAX ? NUM_MAX : n);
}

static int
get_num(const char *s, unsigned *out)
{
	unsigned long long n = 0;
	size_t i;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9' || i == 9)
			return -1;
		n = n * 10 + (unsigned)(s[i] - '0');
	}
	if (i == 0)
		return -1;
	*out = (unsigned)n;
	return 0;
}

static int
get_bool(const char *s, bool *out)
{
	if (strcmp(s, "yes") == 0)
		*out = true;
	else if (strcmp(s, "no") == 0)
		*out = false;
	else
		return -1;
	return 0;
}

/*
 * A text field. NULL is written "-" (and the text "-" as "\-"); tab,
 * newline, carriage return and backslash as \t \n \r \\; any other
 * control character, and every byte that is not part of valid UTF-8, as
 * \xHH. So any C string survives a round trip, and the file is always
 * valid UTF-8 with no control character but the tab between fields.
 */
static void
put_text(struct buf *b, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t i, n;
	int k;

	buf_addc(b, '\t');
	if (s == NULL) {
		buf_addc(b, '-');
		return;
	}
	if (strcmp(s, "-") == 0) {
		buf_adds(b, "\\-");
		return;
	}
	n = strlen(s);
	for (i = 0; i < n; i++) {
		if (p[i] == '\\')
			buf_adds(b, "\\\\");
		else if (p[i] == '\t')
			buf_adds(b, "\\t");
		else if (p[i] == '\n')
			buf_adds(b, "\\n");
		else if (p[i] == '\r')
			buf_adds(b, "\\r");
		else if (p[i] < 0x20 || p[i] == 0x7f)
			buf_printf(b, "\\x%02x", p[i]);
		else if (p[i] < 0x80)
			buf_addc(b, (char)p[i]);
		else if ((k = u8_mblen(p + i, n - i)) > 0) {
			buf_add(b, p + i, (size_t)k);
			i += (size_t)k - 1;
		} else
			buf_printf(b, "\\x%02x", p[i]);
	}
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Undo put_text: *out is malloc'd, or NULL for "-". */
static int
get_text(const char *s, char **out)
{
	struct buf b;
	int hi, lo;

	*out = NULL;
	if (strcmp(s, "-") == 0)
		return 0;
	buf_init(&b);
	buf_add(&b, "", 0);
	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			buf_addc(&b, *s);
			continue;
		}
		switch (*++s) {
		case '\\': buf_addc(&b, '\\'); break;
		case 't': buf_addc(&b, '\t'); break;
		case 'n': buf_addc(&b, '\n'); break;
		case 'r': buf_addc(&b, '\r'); break;
		case '-': buf_addc(&b, '-'); break;
		case 'x':
			if ((hi = hexval(s[1])) < 0 || (lo = hexval(s[2])) < 0 ||
			    (hi == 0 && lo == 0))
				goto bad;
			buf_addc(&b, (char)(hi << 4 | lo));
			s += 2;
			break;
		default:
			goto bad;
		}
	}
	*out = buf_take(&b);
	return 0;
bad:
	buf_free(&b);
	return -1;
}

char *
progress_format(const struct progress *p)
{
	const struct lesson_progress *l;
	const struct attempt *a;
	struct buf b;
	size_t i, records, end;
	const char *u;

	buf_init(&b);
	buf_printf(&b, "tutor-progress %d\n", PROGRESS_FORMAT);
	buf_adds(&b, "profile");
	put_text(&b, p->name);
	buf_printf(&b, "\t%s\t%s", p->lang < LANG_COUNT ?
	    lang_code(p->lang) : "-", p->age < AGE_COUNT ?
	    age_code(p->age) : "-");
	put_text(&b, p->theme);
	put_text(&b, p->pin);
	buf_printf(&b, "\t%s\n", p->keep_answers ? "yes" : "no");
	records = 1;
	for (i = 0; i < p->nlessons; i++, records++) {
		l = &p->lessons[i];
		buf_adds(&b, "lesson");
		put_text(&b, l->lesson);
		buf_addc(&b, '\t');
		put_num(&b, l->position);
		buf_addc(&b, '\t');
		put_num(&b, l->stars);
		buf_printf(&b, "\t%s\t", l->done ? "yes" : "no");
		put_time(&b, l->updated);
		buf_addc(&b, '\n');
	}
	for (i = 0; i < p->nattempts; i++, records++) {
		a = &p->attempts[i];
		buf_adds(&b, "attempt");
		put_text(&b, a->lesson);
		put_text(&b, a->exercise);
		buf_addc(&b, '\t');
		put_time(&b, a->when);
		put_text(&b, a->session);
		buf_printf(&b, "\t%s\t", verdict_code(a->verdict));
		put_num(&b, a->try_no);
		buf_addc(&b, '\t');
		put_num(&b, a->hints);
		buf_addc(&b, '\t');
		put_num(&b, a->seconds);
		put_text(&b, a->rule);
		put_text(&b, p->keep_answers ? a->answer : NULL);
		buf_addc(&b, '\n');
	}
	/* Records of a later 1.x tutor, one a line, each as it was read. */
	for (u = p->unknown; u != NULL && *u != '\0'; u += end + 1) {
		end = strcspn(u, "\n");
		if (u[end] == '\0')
			break;
		buf_add(&b, u, end + 1);
		records++;
	}
	buf_printf(&b, "end\t%zu\t%08x\n", records,
	    (unsigned)crc32_update(0, b.s, b.len));
	return buf_take(&b);
}

/* What the reader carries from line to line. */
struct reader {
	const char	*name;
	struct progress	*p;
	struct diags	*d;
	unsigned	 line;
	bool		 damaged;
	bool		 have_profile;
	size_t		 records;	/* lines between header and end */
	struct buf	 unknown;
};

static void damage(struct reader *, unsigned, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
damage(struct reader *r, unsigned col, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	r->damaged = true;
	if (r->d == NULL)
		return;
	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	diags_add(r->d, r->name, r->line, col, "%s", b.s);
	buf_free(&b);
}

void
attempt_free(struct attempt *a)
{
	free(a->lesson);
	free(a->exercise);
	free(a->session);
	free(a->rule);
	free(a->answer);
}

/*
 * The array grows by doubling at each power of two (from 16), so that it
 * always has room for one more, also after the oldest were dropped.
 */
void
attempt_push(struct progress *p, const struct attempt *a)
{
	size_t n = p->nattempts;

	if (n < 16 || (n & (n - 1)) == 0)
		p->attempts = xreallocarray(p->attempts, n < 16 ? 16 : n * 2,
		    sizeof *p->attempts);
	p->attempts[p->nattempts++] = *a;
}

static void
add_profile(struct reader *r, char **f, size_t n)
{
	struct progress *p = r->p;
	char *name = NULL, *theme = NULL, *pin = NULL;
	enum lang lang;
	enum age age;
	bool keep;

	if (n < 7 || get_text(f[1], &name) < 0 || get_text(f[4], &theme) < 0 ||
	    get_text(f[5], &pin) < 0 || get_bool(f[6], &keep) < 0 ||
	    r->have_profile) {
		free(name);
		free(theme);
		free(pin);
		damage(r, 1, r->have_profile ? "there is a second profile line" :
		    "the profile line is damaged");
		return;
	}
	/* Languages and age bands may be added within a version. */
	lang = lang_from_code(f[2]);
	age = strcmp(f[3], "-") == 0 ? AGE_COUNT : age_from_code(f[3]);
	r->have_profile = true;
	p->name = name;
	p->lang = lang;
	p->age = age;
	p->theme = theme;
	p->pin = pin;
	p->keep_answers = keep;
}

static void
add_lesson(struct reader *r, char **f, size_t n)
{
	struct progress *p = r->p;
	struct lesson_progress l;
	unsigned pos;

	memset(&l, 0, sizeof l);
	if (n < 6 || get_text(f[1], &l.lesson) < 0 || l.lesson == NULL ||
	    strlen(l.lesson) > PROGRESS_ID_MAX || get_num(f[2], &pos) < 0 ||
	    get_num(f[3], &l.stars) < 0 || get_bool(f[4], &l.done) < 0 ||
	    get_time(f[5], &l.updated) < 0) {
		free(l.lesson);
		damage(r, 1, "this lesson line is damaged");
		return;
	}
	l.position = pos;
	/* The limit first: it keeps the search for duplicates short. */
	if (p->nlessons >= PROGRESS_LESSONS_MAX) {
		free(l.lesson);
		damage(r, 1, "too many lesson lines");
		return;
	}
	if (progress_lesson(p, l.lesson) != NULL) {
		damage(r, 1, "this lesson is there twice");
		free(l.lesson);
		return;
	}
	p->lessons = xreallocarray(p->lessons, p->nlessons + 1,
	    sizeof *p->lessons);
	p->lessons[p->nlessons++] = l;
}

static void
add_attempt(struct reader *r, char **f, size_t n)
{
	struct progress *p = r->p;
	struct attempt a;
	int v = -1;

	memset(&a, 0, sizeof a);
	if (n < 11 || get_text(f[1], &a.lesson) < 0 || a.lesson == NULL ||
	    get_text(f[2], &a.exercise) < 0 || a.exercise == NULL ||
	    get_time(f[3], &a.when) < 0 || get_text(f[4], &a.session) < 0 ||
	    (v = verdict_from_code(f[5])) < 0 || get_num(f[6], &a.try_no) < 0 ||
	    get_num(f[7], &a.hints) < 0 || get_num(f[8], &a.seconds) < 0 ||
	    get_text(f[9], &a.rule) < 0 || get_text(f[10], &a.answer) < 0 ||
	    strlen(a.lesson) > PROGRESS_ID_MAX ||
	    strlen(a.exercise) > PROGRESS_ID_MAX) {
		attempt_free(&a);
		damage(r, 1, "this attempt line is damaged");
		return;
	}
	a.verdict = (enum verdict)v;
	if (p->nattempts >= PROGRESS_ATTEMPTS_MAX) {
		attempt_free(&a);
		damage(r, 1, "too many attempt lines");
		return;
	}
	attempt_push(p, &a);
}

/* A record type: a lowercase word. Anything else is not a record. */
static bool
is_type(const char *s)
{
	size_t i;

	if (*s < 'a' || *s > 'z')
		return false;
	for (i = 1; s[i] != '\0'; i++) {
		if (i == 32 || !((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	}
	return true;
}

/* One whole line (no newline), already checked to be clean UTF-8. */
static void
parse_record(struct reader *r, char *line, size_t len)
{
	char *f[FIELDS_MAX], *s;
	size_t n = 0;

	for (s = line; n < FIELDS_MAX; s++) {
		f[n++] = s;
		if ((s = strchr(s, '\t')) == NULL)
			break;
		*s = '\0';
	}
	if (strcmp(f[0], "profile") == 0)
		add_profile(r, f, n);
	else if (strcmp(f[0], "lesson") == 0)
		add_lesson(r, f, n);
	else if (strcmp(f[0], "attempt") == 0)
		add_attempt(r, f, n);
	else if (strcmp(f[0], "end") == 0)
		damage(r, 1, "this end line is misplaced or damaged");
	else if (is_type(f[0])) {
		/* Put the tabs back: the record is kept as it was. */
		for (s = line; s < line + len; s++)
			if (*s == '\0')
				*s = '\t';
		buf_add(&r->unknown, line, len);
		buf_addc(&r->unknown, '\n');
	} else
		damage(r, 1, "this line is not a progress record");
}

/*
 * The first line: "tutor-progress MAJOR" or "tutor-progress MAJOR.MINOR".
 * Returns the major version, 0 when the line is not a header.
 */
static unsigned long
header_version(const char *s, size_t len)
{
	static const char magic[] = "tutor-progress ";
	unsigned long v = 0;
	size_t i;

	if (len <= sizeof magic - 1 || memcmp(s, magic, sizeof magic - 1) != 0)
		return 0;
	for (i = sizeof magic - 1; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		v = v > 100000 ? v : v * 10 + (unsigned long)(s[i] - '0');
	if (i == sizeof magic - 1)
		return 0;
	if (i < len && s[i] == '.') {
		while (++i < len && s[i] >= '0' && s[i] <= '9')
			;
	}
	return i == len ? v : 0;
}

/* The end line: the count and checksum of what came before. */
static void
check_end(struct reader *r, char *line, const char *buf, size_t off)
{
	unsigned count, crc = 0;
	char *tab1, *tab2;
	size_t i;
	int h;

	tab1 = strchr(line, '\t');
	tab2 = tab1 == NULL ? NULL : strchr(tab1 + 1, '\t');
	if (tab2 == NULL || strchr(tab2 + 1, '\t') != NULL ||
	    strlen(tab2 + 1) != 8) {
		damage(r, 1, "the end line is damaged");
		return;
	}
	*tab2 = '\0';
	for (i = 1; i <= 8; i++) {
		if ((h = hexval(tab2[i])) < 0) {
			damage(r, 1, "the end line is damaged");
			return;
		}
		crc = crc << 4 | (unsigned)h;
	}
	if (get_num(tab1 + 1, &count) < 0 || count != r->records)
		damage(r, 1, "the number of records does not match: some "
		    "are missing");
	else if (crc != crc32_update(0, buf, off))
		damage(r, 1, "the checksum does not match: the file was "
		    "changed or damaged");
}

/* Any control character but the tab between fields. */
static bool
has_controls(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] < 0x20 && s[i] != '\t') ||
		    s[i] == 0x7f)
			return true;
	}
	return false;
}

int
progress_parse(const char *name, const char *buf, size_t len,
    struct progress *p, struct diags *d)
{
	struct reader r;
	const char *nl;
	char *line;
	size_t off, n;
	unsigned long version;
	bool ended = false;

	memset(p, 0, sizeof *p);
	p->lang = LANG_NONE;
	p->age = AGE_COUNT;
	memset(&r, 0, sizeof r);
	r.name = name;
	r.p = p;
	r.d = d;
	buf_init(&r.unknown);

	/* A newer format is refused before anything else is looked at. */
	nl = memchr(buf, '\n', len);
	n = nl != NULL ? (size_t)(nl - buf) : len;
	version = header_version(buf, n);
	if (version > PROGRESS_FORMAT) {
		if (d != NULL)
			diags_add(d, name, 1, 1, "this file was written by a "
			    "newer tutor (format %lu)", version);
		return -1;
	}
	if (len == 0)
		damage(&r, 0, "the file is empty");
	else if (version != PROGRESS_FORMAT || nl == NULL) {
		r.line = 1;
		damage(&r, 1, "the first line is not \"tutor-progress %d\"",
		    PROGRESS_FORMAT);
		r.line = 0;
	}
	if (len > PROGRESS_FILE_MAX) {
		damage(&r, 0, "the file is too large: only its first %u bytes "
		    "were read", PROGRESS_FILE_MAX);
		len = PROGRESS_FILE_MAX;
	}
	/* Without a good first line, it may still be a record. */
	if (nl != NULL && version == PROGRESS_FORMAT) {
		off = n + 1;
		r.line = 1;
	} else
		off = 0;

	for (; off < len; off += n + 1) {
		r.line++;
		nl = memchr(buf + off, '\n', len - off);
		if (nl == NULL) {
			damage(&r, 1, "the last line is cut short");
			break;
		}
		n = (size_t)(nl - (buf + off));
		/* The header, the records and the end line. */
		if (r.line > PROGRESS_RECORDS_MAX + 2) {
			damage(&r, 1, "too many lines: the rest was not read");
			break;
		}
		if (!ended && n >= 4 && n < 64 &&
		    memcmp(buf + off, "end\t", 4) == 0) {
			line = xstrndup(buf + off, n);
			check_end(&r, line, buf, off);
			free(line);
			ended = true;
			continue;
		}
		if (ended)
			damage(&r, 1, "there is a line after the end line");
		else
			r.records++;
		if (n > PROGRESS_LINE_MAX)
			damage(&r, 1, "this line is too long");
		else if (u8_check((const uint8_t *)buf + off, n) != NULL)
			damage(&r, 1, "this line is not valid UTF-8");
		else if (has_controls(buf + off, n))
			damage(&r, 1, "this line has control characters");
		else {
			line = xstrndup(buf + off, n);
			parse_record(&r, line, n);
			free(line);
		}
	}
	/* What is missing is nowhere: the whole file is meant. */
	r.line = 0;
	if (!ended)
		damage(&r, 0, "the end line is missing");
	if (!r.have_profile)
		damage(&r, 0, "the profile line is missing");
	if (r.unknown.len != 0)
		p->unknown = buf_take(&r.unknown);
	return r.damaged ? 1 : 0;
}

void
progress_clear(struct progress *p)
{
	size_t i;

	free(p->profile_id);
	free(p->name);
	free(p->theme);
	free(p->pin);
	for (i = 0; i < p->nlessons; i++)
		free(p->lessons[i].lesson);
	free(p->lessons);
	for (i = 0; i < p->nattempts; i++) {
		free(p->attempts[i].lesson);
		free(p->attempts[i].exercise);
		free(p->attempts[i].session);
		free(p->attempts[i].rule);
		free(p->attempts[i].answer);
	}
	free(p->attempts);
	free(p->unknown);
	free(p->notice);
	p->profile_id = p->name = p->theme = p->pin = NULL;
	p->lessons = NULL;
	p->nlessons = 0;
	p->attempts = NULL;
	p->nattempts = 0;
	p->unknown = p->notice = NULL;
	p->lang = LANG_NONE;
	p->age = AGE_COUNT;
	p->keep_answers = p->readonly = p->recovered = false;
}

const struct lesson_progress *
progress_lesson(const struct progress *p, const char *lesson)
{
	size_t i;

	for (i = 0; i < p->nlessons; i++) {
		if (strcmp(p->lessons[i].lesson, lesson) == 0)
			return &p->lessons[i];
	}
	return NULL;
}
