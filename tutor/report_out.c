/*
 * report_out.c: a report written three ways (docs/reports.md):
 *
 *  - table: for the terminal (report_table.c);
 *  - csv: RFC 4180 (CRLF, quotes doubled), one document whose first
 *    column says what a row is (learner, lesson, exercise, rule,
 *    answer), ready for a spreadsheet, SQLite's .import or PostgreSQL's
 *    \copy. Only counts that add up across reports: averages and shares
 *    are left to the reader (docs/reports.md shows the SQL);
 *  - json: one object, one learner, lesson or exercise a line.
 *
 * Numbers are printed without printf's %f, whose decimal point follows
 * the locale: "2,50" would break the JSON and the CSV.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unistr.h>

#include "report.h"
#include "report_int.h"
#include "util.h"

enum report_format
report_format_from_name(const char *s)
{
	static const char *names[] = { "table", "csv", "json" };
	int i;

	for (i = 0; i < REPORT_FORMAT_COUNT; i++) {
		if (strcmp(s, names[i]) == 0)
			return (enum report_format)i;
	}
	return REPORT_FORMAT_COUNT;
}

/* "2024-05-01T10:22:03Z", or "" for 0 (never). */
static void
iso_time(time_t t, char out[32])
{
	struct tm tm;

	out[0] = '\0';
	if (t > 0 && gmtime_r(&t, &tm) != NULL)
		strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* n / d with two decimals, rounded, into out; "" when d is 0. */
void
report_ratio(unsigned long n, unsigned long d, char out[32])
{
	unsigned long long h;

	out[0] = '\0';
	if (d == 0)
		return;
	h = ((unsigned long long)n * 200 + d) / (2ULL * d);
	snprintf(out, 32, "%llu.%02llu", h / 100, h % 100);
}

/* ---- CSV -------------------------------------------------------------- */

/*
 * A text cell: quoted when it holds a comma, a quote or a line break. A
 * cell that a spreadsheet would take for a formula (= + - @ first) gets
 * a ' in front: a child's answer must never run as a formula.
 */
static void
csv_text(FILE *f, const char *s)
{
	bool quote;

	fputc(',', f);
	if (s == NULL || *s == '\0')
		return;
	quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		fputc('"', f);
	if (strchr("=+-@\t\r", *s) != NULL)
		fputc('\'', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	if (quote)
		fputc('"', f);
}

/* Number cells: empty where the column means nothing for the row. */
static void
csv_nums(FILE *f, int n, ...)
{
	va_list ap;
	long long v;

	va_start(ap, n);
	while (n-- > 0) {
		v = va_arg(ap, long long);
		if (v < 0)
			fputc(',', f);
		else
			fprintf(f, ",%lld", v);
	}
	va_end(ap);
}

#define N(x)	((long long)(x))
#define NONE	(-1LL)

static void
csv_miss(FILE *f, const char *record, const struct report_exercise *e,
    const struct report_miss *m)
{
	fputs(record, f);
	csv_text(f, NULL);
	csv_text(f, e->lesson);
	csv_text(f, e->exercise);
	csv_text(f, NULL);
	csv_nums(f, 11, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
	    NONE, NONE);
	csv_text(f, NULL);
	csv_text(f, m->text);
	fprintf(f, ",%lu\r\n", m->count);
}

static void
write_csv(const struct report *r, FILE *f)
{
	const struct report_learner *w;
	const struct report_lesson *l;
	const struct report_exercise *e;
	char when[32];
	size_t i, j;

	fputs("record,learner,lesson,exercise,title,started,done,stars,"
	    "first_try_right,attempts,correct,partly,wrong,hinted,hints,"
	    "seconds,last_seen,value,count\r\n", f);
	for (i = 0; i < r->nlearners; i++) {
		w = &r->learners[i];
		fputs("learner", f);
		csv_text(f, w->name);
		fputs(",,,", f);
		csv_nums(f, 11, N(w->started), N(w->done), N(w->stars), NONE,
		    N(w->attempts), N(w->correct), N(w->partly), N(w->wrong),
		    NONE, NONE, N(w->seconds));
		iso_time(w->last_seen, when);
		fprintf(f, ",%s,,\r\n", when);
	}
	for (i = 0; i < r->nlessons; i++) {
		l = &r->lessons[i];
		fputs("lesson,", f);
		csv_text(f, l->id);
		csv_text(f, NULL);
		csv_text(f, l->title);
		csv_nums(f, 11, N(l->started), N(l->done), N(l->stars), NONE,
		    N(l->attempts), N(l->correct), N(l->partly), N(l->wrong),
		    NONE, NONE, N(l->seconds));
		fputs(",,,\r\n", f);
	}
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		fputs("exercise,", f);
		csv_text(f, e->lesson);
		csv_text(f, e->exercise);
		csv_text(f, e->title);
		csv_nums(f, 11, N(e->learners), NONE, NONE,
		    N(e->first_try_right), N(e->attempts), N(e->correct),
		    N(e->partly), N(e->wrong), N(e->hinted), N(e->hints),
		    N(e->seconds));
		fputs(",,,\r\n", f);
		for (j = 0; j < e->nrules; j++)
			csv_miss(f, "rule", e, &e->rules[j]);
		for (j = 0; j < e->nanswers; j++)
			csv_miss(f, "answer", e, &e->answers[j]);
	}
}

/* ---- JSON ------------------------------------------------------------- */

/*
 * A JSON string: quotes, backslashes and every control character
 * escaped, U+2028 and U+2029 too (JavaScript cannot have them raw), and
 * a byte that is not UTF-8 replaced by U+FFFD.
 */
static void
json_str(FILE *f, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n;
	ucs4_t c;
	int k;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	n = strlen(s);
	fputc('"', f);
	while (n > 0) {
		k = u8_mbtouc(&c, p, n);
		if (c == 0xfffd && (k != 3 || memcmp(p, "\xef\xbf\xbd", 3) != 0))
			fputs("\\ufffd", f);
		else if (c == '"' || c == '\\')
			fprintf(f, "\\%c", (char)c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
			fprintf(f, "\\u%04x", (unsigned)c);
		else
			fwrite(p, 1, (size_t)k, f);
		p += k;
		n -= (size_t)k;
	}
	fputc('"', f);
}

static void
json_misses(FILE *f, const char *name, const char *field,
    const struct report_miss *m, size_t n)
{
	size_t i;

	fprintf(f, ", \"%s\": [", name);
	for (i = 0; i < n; i++) {
		fprintf(f, "%s{\"%s\": ", i > 0 ? ", " : "", field);
		json_str(f, m[i].text);
		fprintf(f, ", \"count\": %lu}", m[i].count);
	}
	fputc(']', f);
}

static void
write_json(const struct report *r, time_t now, FILE *f)
{
	const struct report_learner *w;
	const struct report_lesson *l;
	const struct report_exercise *e;
	char when[32], avg[32];
	size_t i;

	iso_time(now, when);
	fprintf(f, "{\"report\": \"tutor-report\", \"version\": 1, "
	    "\"generated\": \"%s\", \"anonymous\": %s,\n", when,
	    r->anonymous ? "true" : "false");
	fprintf(f, "\"files\": {\"whole\": %zu, \"damaged\": %zu, "
	    "\"not_used\": %zu}, \"dropped\": %lu,\n", r->files, r->damaged,
	    r->skipped, r->dropped);
	fputs("\"learners\": [", f);
	for (i = 0; i < r->nlearners; i++) {
		w = &r->learners[i];
		fprintf(f, "%s\n{\"name\": ", i > 0 ? "," : "");
		json_str(f, w->name);
		iso_time(w->last_seen, when);
		fprintf(f, ", \"lessons_started\": %u, \"lessons_done\": %u, "
		    "\"stars\": %lu, \"attempts\": %lu, \"correct\": %lu, "
		    "\"partly\": %lu, \"wrong\": %lu, \"seconds\": %llu, "
		    "\"last_seen\": ", w->started, w->done, w->stars,
		    w->attempts, w->correct, w->partly, w->wrong, w->seconds);
		json_str(f, w->last_seen > 0 ? when : NULL);
		fputc('}', f);
	}
	fputs("],\n\"lessons\": [", f);
	for (i = 0; i < r->nlessons; i++) {
		l = &r->lessons[i];
		fprintf(f, "%s\n{\"lesson\": ", i > 0 ? "," : "");
		json_str(f, l->id);
		fputs(", \"title\": ", f);
		json_str(f, l->title);
		report_ratio(l->stars, l->done, avg);
		fprintf(f, ", \"started\": %lu, \"done\": %lu, \"stars\": %lu, "
		    "\"average_stars\": %s, \"attempts\": %lu, \"correct\": %lu, "
		    "\"partly\": %lu, \"wrong\": %lu, \"seconds\": %llu}",
		    l->started, l->done, l->stars, *avg ? avg : "null",
		    l->attempts, l->correct, l->partly, l->wrong, l->seconds);
	}
	fputs("],\n\"exercises\": [", f);
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		fprintf(f, "%s\n{\"lesson\": ", i > 0 ? "," : "");
		json_str(f, e->lesson);
		fputs(", \"exercise\": ", f);
		json_str(f, e->exercise);
		fputs(", \"title\": ", f);
		json_str(f, e->title);
		fprintf(f, ", \"learners\": %lu, \"first_try_right\": %lu, "
		    "\"attempts\": %lu, \"correct\": %lu, \"partly\": %lu, "
		    "\"wrong\": %lu, \"hinted\": %lu, \"hints\": %lu, "
		    "\"seconds\": %llu", e->learners, e->first_try_right,
		    e->attempts, e->correct, e->partly, e->wrong, e->hinted,
		    e->hints, e->seconds);
		json_misses(f, "rules", "rule", e->rules, e->nrules);
		json_misses(f, "answers", "answer", e->answers, e->nanswers);
		fputc('}', f);
	}
	fputs("]}\n", f);
}

int
report_write(const struct report *r, enum report_format fmt, time_t now,
    FILE *f)
{
	if (fmt == REPORT_CSV)
		write_csv(r, f);
	else if (fmt == REPORT_JSON)
		write_json(r, now, f);
	else
		report_write_table(r, f);
	if (fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}
