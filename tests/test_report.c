/*
 * test_report.c: the class report on hand-made progress: what is counted
 * for learners, lessons and exercises (right the first time, hints,
 * rules and answers most often hit, hardest first), damaged and foreign
 * input, pseudonyms, titles from a catalog, and the three outputs
 * (CSV quoting and formulas, JSON escapes, table columns that line up
 * with Arabic names and long cells cut).
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "layout.h"
#include "progress.h"
#include "report.h"
#include "tap.h"
#include "util.h"

#define T0 1714557600	/* 2024-05-01T10:00:00Z */

static struct progress pr;

static void
start(const char *name, bool keep)
{
	progress_clear(&pr);
	pr.name = xstrdup(name);
	pr.lang = LANG_EN;
	pr.age = AGE_8_10;
	pr.keep_answers = keep;
}

static void
lesson(const char *id, unsigned stars, bool done, time_t updated)
{
	struct lesson_progress *l;

	pr.lessons = xreallocarray(pr.lessons, pr.nlessons + 1,
	    sizeof *pr.lessons);
	l = &pr.lessons[pr.nlessons++];
	memset(l, 0, sizeof *l);
	l->lesson = xstrdup(id);
	l->stars = stars;
	l->done = done;
	l->updated = updated;
}

/* An answer; lesson/exercise as one "L/E" string. */
static void
answer(const char *le, time_t when, enum verdict v, unsigned try_no,
    unsigned hints, const char *rule, const char *text)
{
	struct attempt *a;
	const char *slash = strchr(le, '/');

	pr.attempts = xreallocarray(pr.attempts, pr.nattempts + 1,
	    sizeof *pr.attempts);
	a = &pr.attempts[pr.nattempts++];
	memset(a, 0, sizeof *a);
	a->lesson = xstrndup(le, (size_t)(slash - le));
	a->exercise = xstrdup(slash + 1);
	a->when = when;
	a->session = xstrdup("0a1b2c3d");
	a->verdict = v;
	a->try_no = try_no;
	a->hints = hints;
	a->seconds = 10;
	a->rule = rule ? xstrdup(rule) : NULL;
	a->answer = text ? xstrdup(text) : NULL;
}

/* The current progress as a file, added to r. */
static int
add(struct report *r, const char *source, char **why)
{
	char *text = progress_format(&pr);
	int rc;

	rc = report_add(r, source, text, strlen(text), why);
	free(text);
	return rc;
}

static const struct report_exercise *
find_ex(const struct report *r, const char *lesson, const char *ex)
{
	size_t i;

	for (i = 0; i < r->nexercises; i++) {
		if (strcmp(r->exercises[i].lesson, lesson) == 0 &&
		    strcmp(r->exercises[i].exercise, ex) == 0)
			return &r->exercises[i];
	}
	return NULL;
}

/* The class: three learners, two lessons. */
static struct report *
class_report(const struct report_options *o)
{
	struct report *r = report_create(o);

	start("Aya", true);
	lesson("l1", 3, true, T0 + 100);
	lesson("l2", 0, false, T0 + 200);
	answer("l1/e1", T0 + 10, VERDICT_CORRECT, 1, 0, NULL, NULL);
	answer("l1/e2", T0 + 20, VERDICT_WRONG, 1, 1, "rule 2", "my cat");
	answer("l1/e2", T0 + 30, VERDICT_WRONG, 2, 2, "rule 2", "My  Cat");
	answer("l1/e2", T0 + 40, VERDICT_CORRECT, 3, 2, "rule 3", NULL);
	answer("l2/e1", T0 + 300, VERDICT_PARTLY, 1, 0, "default", "école");
	add(r, "class/aya.progress", NULL);
	start("Omar", false);
	lesson("l1", 2, true, T0 + 50);
	answer("l1/e1", T0 + 10, VERDICT_WRONG, 1, 0, "default", NULL);
	answer("l1/e1", T0 + 20, VERDICT_CORRECT, 2, 1, NULL, NULL);
	answer("l1/e2", T0 + 30, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "class/omar.progress", NULL);
	/* No lesson line: the answer alone shows the lesson was started. */
	start("لينا", false);
	answer("l1/e1", T0 + 5, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "class/lina.progress", NULL);
	report_finish(r);
	return r;
}

static void
test_counts(void)
{
	struct report_options o;
	const struct report_exercise *e;
	struct report *r;

	memset(&o, 0, sizeof o);
	r = class_report(&o);
	ok(r->nlearners == 3 && r->files == 3 && r->damaged == 0,
	    "three learners, three whole files");
	is_str(r->learners[0].name, "Aya", "learners by name: Aya first");
	is_str(r->learners[2].name, "لينا", "... the Arabic name last");
	ok(r->learners[0].started == 2 && r->learners[0].done == 1 &&
	    r->learners[0].stars == 3, "Aya: 2 lessons started, 1 done, 3 stars");
	ok(r->learners[0].attempts == 5 && r->learners[0].correct == 2 &&
	    r->learners[0].partly == 1 && r->learners[0].wrong == 2,
	    "Aya: 5 answers: 2 right, 1 partly, 2 wrong");
	ok(r->learners[0].seconds == 50 && r->learners[0].last_seen ==
	    T0 + 300, "Aya: time spent and last seen");
	ok(r->learners[2].started == 1 && r->learners[2].done == 0,
	    "an answer without a lesson line starts the lesson");

	ok(r->nlessons == 2, "two lessons");
	is_str(r->lessons[0].id, "l1", "lessons by id when no catalog");
	ok(r->lessons[0].started == 3 && r->lessons[0].done == 2 &&
	    r->lessons[0].stars == 5, "l1: 3 started, 2 done, 5 stars");
	ok(r->lessons[0].attempts == 8 && r->lessons[0].correct == 5,
	    "l1: the answers of its exercises added up");
	ok(r->lessons[1].started == 1 && r->lessons[1].done == 0,
	    "l2: started by one, done by none");

	ok(r->nexercises == 3, "three exercises");
	e = find_ex(r, "l1", "e1");
	ok(e != NULL && e->learners == 3 && e->first_try_right == 2 &&
	    e->attempts == 4, "l1/e1: 3 tried, 2 right the first time");
	ok(e != NULL && e->hinted == 1 && e->hints == 1,
	    "l1/e1: one learner saw a hint");
	ok(e != NULL && e->nrules == 1 && strcmp(e->rules[0].text,
	    "default") == 0 && e->rules[0].count == 1,
	    "l1/e1: the default rule once");
	e = find_ex(r, "l1", "e2");
	ok(e != NULL && e->learners == 2 && e->first_try_right == 1,
	    "l1/e2: 2 tried, 1 right the first time");
	ok(e != NULL && e->hinted == 1 && e->hints == 2,
	    "l1/e2: hints count once per learner (the most seen)");
	ok(e != NULL && e->nrules == 1 && strcmp(e->rules[0].text,
	    "rule 2") == 0 && e->rules[0].count == 2,
	    "l1/e2: rule 2 hit twice; the rule of a right answer not counted");
	ok(e != NULL && e->nanswers == 1 && e->answers[0].count == 2 &&
	    strcmp(e->answers[0].text, "my cat") == 0,
	    "l1/e2: \"my cat\" and \"My  Cat\" are one wrong answer");
	/* Hardest first: l2/e1 (nobody right at once), l1/e2, l1/e1. */
	ok(strcmp(r->exercises[0].lesson, "l2") == 0 &&
	    strcmp(r->exercises[1].exercise, "e2") == 0 &&
	    strcmp(r->exercises[2].exercise, "e1") == 0,
	    "exercises hardest first");
	ok(r->exercises[0].nanswers == 1 && strcmp(r->exercises[0].answers[0]
	    .text, "école") == 0, "an answer's text as the child typed it");
	report_free(r);
}

static void
test_damaged(void)
{
	struct report_options o;
	struct report *r;
	char *text, *why = NULL;
	size_t len;
	int rc;

	memset(&o, 0, sizeof o);
	r = report_create(&o);
	start("Cut", false);
	lesson("l1", 0, false, T0);
	answer("l1/e1", T0 + 1, VERDICT_CORRECT, 1, 0, NULL, NULL);
	answer("l1/e1", T0 + 2, VERDICT_CORRECT, 1, 0, NULL, NULL);
	answer("l1/e2", T0 + 3, VERDICT_WRONG, 1, 0, NULL, NULL);
	text = progress_format(&pr);
	/* Cut in the middle of the last attempt line. */
	len = (size_t)(strstr(text, "\te2\t") - text);
	rc = report_add(r, "cut.progress", text, len, &why);
	ok(rc == 1 && why != NULL, "a cut file is damaged: %s", why ? why : "");
	free(why);
	free(text);
	rc = report_add(r, "junk.progress", "\x89PNG\r\n\x1a\n\0\0", 10, &why);
	ok(rc == -1 && why != NULL, "bytes that are no progress: not used (%s)",
	    why ? why : "");
	free(why);
	text = xstrdup("tutor-progress 2\nprofile\tNew\n");
	rc = report_add(r, "new.progress", text, strlen(text), &why);
	ok(rc == -2, "a newer format is not used");
	free(why);
	free(text);
	rc = report_add(r, "empty.progress", "", 0, &why);
	ok(rc == -1, "an empty file is not used");
	free(why);
	report_finish(r);
	ok(r->files == 0 && r->damaged == 1 && r->skipped == 3,
	    "counted: 1 damaged, 3 not used");
	ok(r->nlearners == 1 && r->learners[0].attempts == 2,
	    "the readable part of the cut file is used: 2 whole answers");
	ok(r->nexercises == 1, "the cut line's exercise is not invented");
	report_free(r);
}

static void
test_anonymous(void)
{
	struct report_options o;
	struct report *a, *b;
	char p1[24], p2[24];
	size_t i;

	memset(&o, 0, sizeof o);
	o.anonymous = true;
	o.key_set = true;
	memcpy(o.key, "0123456789abcdef", 16);
	a = class_report(&o);
	b = class_report(&o);
	for (i = 0; i < a->nlearners; i++) {
		ok(strncmp(a->learners[i].name, "learner-", 8) == 0 &&
		    strlen(a->learners[i].name) == 20,
		    "pseudonym %zu: %s", i, a->learners[i].name);
		ok(strstr(a->learners[i].name, "Aya") == NULL &&
		    strstr(a->learners[i].name, "Omar") == NULL,
		    "... does not hold the name");
		is_str(a->learners[i].name, b->learners[i].name,
		    "... the same in a second report with the same key");
	}
	ok(strcmp(a->learners[0].name, a->learners[1].name) != 0 &&
	    strcmp(a->learners[1].name, a->learners[2].name) != 0,
	    "three learners, three pseudonyms");
	ok(find_ex(a, "l1", "e2")->nanswers == 0 &&
	    find_ex(a, "l1", "e2")->nrules == 1,
	    "anonymous: no answer's text (a child may type who they are), "
	    "rules kept");
	report_free(a);
	report_free(b);
	report_pseudonym(o.key, "class/aya.progress", p1);
	o.key[0] ^= 1;
	report_pseudonym(o.key, "class/aya.progress", p2);
	ok(strcmp(p1, p2) != 0, "another key, another pseudonym");
	/* A random key each report: two reports cannot be linked. */
	o.key_set = false;
	a = class_report(&o);
	b = class_report(&o);
	ok(strcmp(a->learners[0].name, b->learners[0].name) != 0,
	    "without a key, pseudonyms differ between reports");
	report_free(a);
	report_free(b);
}

static void
test_catalog(void)
{
	struct report_options o;
	struct catalog cat;
	struct diags d;
	struct report *r;

	catalog_init(&cat);
	diags_init(&d);
	catalog_add(&cat, TUTOR_SRCDIR "/tests/fixtures/good", &d);
	catalog_finish(&cat, &d);
	memset(&o, 0, sizeof o);
	o.catalog = &cat;
	o.lang = LANG_FR;
	r = report_create(&o);
	start("Aya", false);
	lesson("zzz-unknown", 0, false, T0);
	lesson("sample", 0, false, T0);
	answer("sample/pick-one", T0, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "aya.progress", NULL);
	report_finish(r);
	ok(r->nlessons == 2 && strcmp(r->lessons[0].id, "sample") == 0,
	    "lessons of the catalog first, in its order");
	ok(r->lessons[0].title != NULL && r->lessons[1].title == NULL,
	    "a lesson's title from the catalog: %s", r->lessons[0].title ?
	    r->lessons[0].title : "(none)");
	ok(r->exercises[0].title != NULL, "an exercise's title is its "
	    "prompt: %s", r->exercises[0].title ? r->exercises[0].title : "");
	ok(r->lessons[0].order >= 0 && r->lessons[1].order == -1,
	    "a lesson not in the catalog keeps its id only");
	report_free(r);
	catalog_free(&cat);
	diags_free(&d);
}

/* The output of report_write, as a string. */
static char *
written(const struct report *r, enum report_format f)
{
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);

	report_write(r, f, T0, fp);
	fclose(fp);
	return s;
}

static void
test_output(void)
{
	struct report_options o;
	struct report *r;
	char *s, *line, *save;
	int w, width = -1, same = 1, rows = 0;
	bool in_learners = false;

	memset(&o, 0, sizeof o);
	r = report_create(&o);
	start("Doe, \"J\"", false);
	answer("l1/e1", T0, VERDICT_WRONG, 1, 0, "say \"hi\" \\o/", NULL);
	add(r, "a.progress", NULL);
	start("=HYPERLINK(1)", false);
	answer("l1/e1", T0, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "b.progress", NULL);
	start("ياسين", false);
	answer("l1/e1", T0, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "c.progress", NULL);
	/* Not a name tutor would keep, but a file may say anything. */
	start("Abcdefghijklmnopqrstuvwxyz0123456789", false);
	answer("l1/e1", T0, VERDICT_CORRECT, 1, 0, NULL, NULL);
	add(r, "d.progress", NULL);
	report_finish(r);

	s = written(r, REPORT_CSV);
	ok(strncmp(s, "record,learner,lesson,exercise,title,started,done,stars,"
	    "first_try_right,attempts,correct,partly,wrong,hinted,hints,"
	    "seconds,last_seen,value,count\r\n", 125) == 0,
	    "CSV: the header, CRLF");
	ok(strstr(s, "learner,\"Doe, \"\"J\"\"\",,,,1,0,0,,1,0,0,1,,,10,"
	    "2024-05-01T10:00:00Z,,\r\n") != NULL,
	    "CSV: a name with a comma and quotes, quoted; empty cells empty");
	ok(strstr(s, "learner,'=HYPERLINK(1),") != NULL,
	    "CSV: a cell that looks like a formula gets a '");
	ok(strstr(s, "rule,,l1,e1,,,,,,,,,,,,,,\"say \"\"hi\"\" \\o/\",1\r\n")
	    != NULL, "CSV: a rule row");
	free(s);

	s = written(r, REPORT_JSON);
	ok(strstr(s, "\"rule\": \"say \\\"hi\\\" \\\\o/\"") != NULL,
	    "JSON: quotes and backslashes escaped");
	ok(strstr(s, "\"name\": \"ياسين\"") != NULL, "JSON: UTF-8 as it is");
	ok(strstr(s, "\"generated\": \"2024-05-01T10:00:00Z\"") != NULL,
	    "JSON: when it was made");
	free(s);

	s = written(r, REPORT_TABLE);
	for (line = strtok_r(s, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "Learners:", 9) == 0) {
			in_learners = true;
			continue;
		}
		if (!in_learners)
			continue;
		if (strncmp(line, "Lessons:", 8) == 0)
			break;
		if (strncmp(line, "Learner ", 8) == 0)
			continue;	/* the headings: "Last seen" is short */
		w = layout_width(line, strlen(line));
		if (width >= 0 && w != width)
			same = 0;
		width = w;
		rows++;
		if (strstr(line, "Abcdefghijklmnopqrstuvw…") != NULL)
			ok(1, "table: a long name is cut with …");
	}
	ok(rows == 4 && same, "table: the learner rows line up (in display "
	    "columns) with an Arabic name: %d rows of %d columns", rows, width);
	free(s);
	report_free(r);
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	test_counts();
	test_damaged();
	test_anonymous();
	test_catalog();
	test_output();
	progress_clear(&pr);
	return tap_done();
}
