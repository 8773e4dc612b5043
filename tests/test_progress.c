/*
 * test_progress.c: profiles and progress files. The format first: a round
 * trip, then every kind of damage (a file cut at every byte, bytes
 * flipped, invalid UTF-8, huge lines and files, a newer version). Then
 * the store on a real file system: names that try to be paths, profiles
 * made, listed and removed, class lists, symlinks and foreign owners,
 * two sessions of one profile, stale temporary files, a damaged file
 * repaired, PINs and the default directory.
 *
 * Disk-full, kill -9 and signals are tested from the shell, with
 * tests/progress_tool (progress-*.sh).
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "progress.h"
#include "tap.h"
#include "util.h"

static char *tmp;	/* this run's scratch directory */

static double
now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
}

/* A path in the scratch directory. */
static char *path(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
path(const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	buf_printf(&b, "%s/", tmp);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

static void
put_file(const char *file, const char *data, size_t len)
{
	FILE *f;

	if ((f = fopen(file, "w")) == NULL || fwrite(data, 1, len, f) != len ||
	    fclose(f) != 0)
		fatal("cannot write %s", file);
}

/* The file's bytes, or NULL when it cannot be read. */
static char *
get_file(const char *file, size_t *lenp)
{
	struct buf b;
	char chunk[4096];
	size_t n;
	FILE *f;

	if ((f = fopen(file, "r")) == NULL)
		return NULL;
	buf_init(&b);
	buf_add(&b, "", 0);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (lenp != NULL)
		*lenp = b.len;
	return buf_take(&b);
}

static bool
exists(const char *file)
{
	struct stat st;

	return lstat(file, &st) == 0;
}

/* How many entries of dir contain what. */
static int
count_files(const char *dir, const char *what)
{
	struct dirent *e;
	DIR *d;
	int n = 0;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strstr(e->d_name, what) != NULL)
			n++;
	closedir(d);
	return n;
}

/* The path of the first entry of dir whose name contains what. */
static char *
find_file(const char *dir, const char *what)
{
	struct dirent *e;
	char *found = NULL;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return NULL;
	while (found == NULL && (e = readdir(d)) != NULL)
		if (strstr(e->d_name, what) != NULL)
			xasprintf(&found, "%s/%s", dir, e->d_name);
	closedir(d);
	return found;
}

static void
add_attempt(struct progress *p, const char *lesson, const char *exercise,
    enum verdict v, const char *rule, const char *answer)
{
	struct attempt a;

	memset(&a, 0, sizeof a);
	a.lesson = xstrdup(lesson);
	a.exercise = xstrdup(exercise);
	a.when = 1714558923 + (time_t)p->nattempts * 61;
	a.session = xstrdup("0a1b2c3d");
	a.verdict = v;
	a.try_no = 1 + (unsigned)p->nattempts % 3;
	a.hints = (unsigned)p->nattempts % 2;
	a.seconds = 7 + (unsigned)p->nattempts;
	a.rule = rule != NULL ? xstrdup(rule) : NULL;
	a.answer = answer != NULL ? xstrdup(answer) : NULL;
	p->attempts = xreallocarray(p->attempts, p->nattempts + 1,
	    sizeof *p->attempts);
	p->attempts[p->nattempts++] = a;
}

/* A progress with every awkward value the format must carry. */
static void
sample(struct progress *p)
{
	static const char *ids[] = { "private-info", "-", "chatbots" };
	size_t i;

	memset(p, 0, sizeof *p);
	p->name = xstrdup("Aya \\ B");
	p->lang = LANG_AR;
	p->age = AGE_11_14;
	p->theme = xstrdup("-");
	p->pin = xstrdup("h1:0011223344556677:8899aabbccddeeff");
	p->keep_answers = true;
	p->lessons = xcalloc(3, sizeof *p->lessons);
	for (i = 0; i < 3; i++) {
		p->lessons[i].lesson = xstrdup(ids[i]);
		p->lessons[i].position = i * 2;
		p->lessons[i].stars = (unsigned)i;
		p->lessons[i].done = i == 2;
		p->lessons[i].updated = 1714558923 + (time_t)i * 86400;
	}
	p->nlessons = 3;
	add_attempt(p, "private-info", "never-share", VERDICT_CORRECT,
	    "rule 1", "my\tpassword\nis\\secret");
	add_attempt(p, "private-info", "pick-one", VERDICT_WRONG, NULL, NULL);
	add_attempt(p, "chatbots", "who-decides", VERDICT_PARTLY, "default",
	    "الذكاء الاصطناعي ⴰⵣⵓⵍ");
	add_attempt(p, "chatbots", "ctrl", VERDICT_WRONG, "-",
	    "\x01\x1b[2J\x7f\r");
	add_attempt(p, "chatbots", "bytes", VERDICT_CORRECT, "",
	    "\xff\xfe half \xe2\x82 end");
	add_attempt(p, "-", "x", VERDICT_PARTLY, "rule 2", "-");
}

static bool
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool
same_lesson(const struct lesson_progress *a, const struct lesson_progress *b)
{
	return strcmp(a->lesson, b->lesson) == 0 &&
	    a->position == b->position && a->stars == b->stars &&
	    a->done == b->done && a->updated == b->updated;
}

static bool
same_attempt(const struct attempt *a, const struct attempt *b)
{
	return strcmp(a->lesson, b->lesson) == 0 &&
	    strcmp(a->exercise, b->exercise) == 0 && a->when == b->when &&
	    same_str(a->session, b->session) && a->verdict == b->verdict &&
	    a->try_no == b->try_no && a->hints == b->hints &&
	    a->seconds == b->seconds && same_str(a->rule, b->rule) &&
	    same_str(a->answer, b->answer);
}

static bool
same(const struct progress *a, const struct progress *b)
{
	size_t i;

	if (!same_str(a->name, b->name) || a->lang != b->lang ||
	    a->age != b->age || !same_str(a->theme, b->theme) ||
	    !same_str(a->pin, b->pin) || a->keep_answers != b->keep_answers ||
	    a->nlessons != b->nlessons || a->nattempts != b->nattempts)
		return false;
	for (i = 0; i < a->nlessons; i++)
		if (!same_lesson(&a->lessons[i], &b->lessons[i]))
			return false;
	for (i = 0; i < a->nattempts; i++)
		if (!same_attempt(&a->attempts[i], &b->attempts[i]))
			return false;
	return true;
}

static void
test_round_trip(void)
{
	struct progress p, q;
	struct diags d;
	char *text, *again;
	const char *want;
	int rc;

	sample(&p);
	text = progress_format(&p);
	diags_init(&d);
	rc = progress_parse("t.progress", text, strlen(text), &q, &d);
	ok(rc == 0 && d.n == 0, "round trip: the file reads back cleanly");
	ok(same(&p, &q), "round trip: every field is the same");
	again = progress_format(&q);
	is_str(again, text, "round trip: written again, the same bytes");
	want = "tutor-progress 1\nprofile\tAya \\\\ B\tar\t11-14\t\\-\th1:";
	ok(strncmp(text, want, strlen(want)) == 0,
	    "the first lines are readable");
	ok(strstr(text, "\tmy\\tpassword\\nis\\\\secret\n") != NULL,
	    "tab, newline and backslash are escaped");
	ok(strstr(text, "\t\\x01\\x1b[2J\\x7f\\r\n") != NULL &&
	    strstr(text, "\\xff\\xfe half \\xe2\\x82 end") != NULL,
	    "control characters and invalid bytes become \\xHH");
	ok(strstr(text, "\t2024-05-01T10:22:03Z\t0a1b2c3d\tcorrect\t1\t0\t7\t")
	    != NULL, "times are ISO 8601 UTC, verdicts are words");
	ok(strstr(text, "lesson\tchatbots\t4\t2\tyes\t2024-05-03T10:22:03Z\n")
	    != NULL, "a lesson line");
	ok(strncmp(text + strlen(text) - 16, "end\t10\t", 7) == 0,
	    "the end line counts the records");
	free(again);
	free(text);
	progress_clear(&q);
	diags_free(&d);

	/* Answers are written only when the trainer keeps them. */
	p.keep_answers = false;
	text = progress_format(&p);
	ok(strstr(text, "password") == NULL && strstr(text, "ⴰⵣⵓⵍ") == NULL,
	    "without keep-answers, no answer is written");
	free(text);
	progress_clear(&p);

	/* A later 1.x tutor's records are kept and written back. */
	memset(&p, 0, sizeof p);
	p.name = xstrdup("Omar");
	p.lang = LANG_NONE;
	p.age = AGE_COUNT;
	p.unknown = xstrdup("badge\tfirst-lesson\t2024-05-01\nnote\t-\n");
	text = progress_format(&p);
	diags_init(&d);
	rc = progress_parse("t.progress", text, strlen(text), &q, &d);
	ok(rc == 0 && same_str(q.unknown, p.unknown),
	    "records of a later 1.x version are kept");
	ok(strstr(text, "profile\tOmar\t-\t-\t-\t-\tno\n") != NULL,
	    "unknown language and age are written -");
	again = progress_format(&q);
	is_str(again, text, "and written back as they were");
	free(again);
	free(text);
	progress_clear(&q);
	progress_clear(&p);
	diags_free(&d);

	text = xstrdup("tutor-progress 1.7\nprofile\tA\tfr\t8-10\t-\t-\tno\n"
	    "end\t1\t00000000\n");
	rc = progress_parse("t", text, strlen(text), &q, NULL);
	ok(rc == 1 && same_str(q.name, "A") && q.lang == LANG_FR,
	    "a 1.x header is read (the checksum is checked)");
	progress_clear(&q);
	free(text);
}

/* The number of whole lines in the first len bytes. */
static size_t
whole_lines(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (s[i] == '\n')
			n++;
	return n;
}

static void
test_truncation(void)
{
	struct progress p, q;
	struct diags d;
	char *text;
	size_t len, k, lines, want_l, want_a, i;
	int bad_rc = 0, bad_records = 0, bad_diags = 0;
	bool good;

	sample(&p);
	text = progress_format(&p);
	len = strlen(text);
	for (k = 0; k < len; k++) {
		diags_init(&d);
		if (progress_parse("t", text, k, &q, &d) != 1)
			bad_rc++;
		if (d.n == 0)
			bad_diags++;
		/* Line 1 is the header, 2 the profile, then the records. */
		lines = whole_lines(text, k);
		want_l = lines > 2 ? lines - 2 : 0;
		if (want_l > p.nlessons)
			want_l = p.nlessons;
		want_a = lines > 2 + p.nlessons ? lines - 2 - p.nlessons : 0;
		if (want_a > p.nattempts)
			want_a = p.nattempts;
		good = q.nlessons == want_l && q.nattempts == want_a &&
		    (lines >= 2) == (q.name != NULL);
		for (i = 0; good && i < q.nlessons; i++)
			good = same_lesson(&q.lessons[i], &p.lessons[i]);
		for (i = 0; good && i < q.nattempts; i++)
			good = same_attempt(&q.attempts[i], &p.attempts[i]);
		if (!good) {
			if (bad_records++ == 0)
				printf("# cut at %zu: %zu lessons, %zu attempts\n",
				    k, q.nlessons, q.nattempts);
		}
		progress_clear(&q);
		diags_free(&d);
	}
	ok(bad_rc == 0, "cut at each of %zu bytes: always damaged (%d not)",
	    len, bad_rc);
	ok(bad_diags == 0, "cut short: always says why");
	ok(bad_records == 0, "cut short: every whole record before the cut "
	    "is recovered, nothing else (%d cuts wrong)", bad_records);
	free(text);
	progress_clear(&p);
}

static void
test_flips(void)
{
	static const unsigned char masks[] = { 0x01, 0x20, 0x80, 0xff };
	struct progress p, q;
	char *text, *bad;
	size_t len, header, i, m, total;
	int rc, bad_rc = 0, lost = 0;

	sample(&p);
	text = progress_format(&p);
	len = strlen(text);
	header = strcspn(text, "\n");
	total = p.nlessons + p.nattempts;
	bad = xmalloc(len);
	for (i = 0; i < len; i++) {
		for (m = 0; m < sizeof masks; m++) {
			memcpy(bad, text, len);
			bad[i] = (char)(bad[i] ^ masks[m]);
			rc = progress_parse("t", bad, len, &q, NULL);
			/* Only a changed version number may say "newer". */
			if (rc == 0 || (rc == -1 && i >= header))
				bad_rc++;
			if (rc == 1 && q.nlessons + q.nattempts + 2 < total)
				lost++;
			progress_clear(&q);
		}
	}
	ok(bad_rc == 0, "every flipped byte is noticed (%zu flips, %d missed)",
	    len * sizeof masks, bad_rc);
	ok(lost == 0, "a flipped byte costs at most the two lines it touches "
	    "(%d cost more)", lost);
	free(bad);
	free(text);
	progress_clear(&p);
}

static void
test_bad_input(void)
{
	struct progress p, q;
	struct diags d;
	struct buf b;
	char *text, *at;
	size_t total, i;
	double t0;
	int rc;

	sample(&p);
	text = progress_format(&p);
	total = p.nlessons + p.nattempts;

	at = strstr(text, "الذكاء");
	at[1] = (char)0xff;
	diags_init(&d);
	rc = progress_parse("t", text, strlen(text), &q, &d);
	ok(rc == 1 && q.nlessons + q.nattempts == total - 1,
	    "invalid UTF-8: that line only is lost");
	ok(d.n > 0 && strstr(d.v[0].msg, "UTF-8") != NULL && d.v[0].line == 8,
	    "invalid UTF-8: file:line says where");
	progress_clear(&q);
	diags_free(&d);
	free(text);

	/* A line of 1 MiB in the middle. */
	text = progress_format(&p);
	buf_init(&b);
	at = strstr(text, "lesson\t");
	buf_add(&b, text, (size_t)(at - text));
	buf_adds(&b, "attempt\t");
	for (i = 0; i < (1u << 20); i++)
		buf_addc(&b, 'a');
	buf_addc(&b, '\n');
	buf_adds(&b, at);
	t0 = now_ms();
	rc = progress_parse("t", b.s, b.len, &q, NULL);
	ok(rc == 1 && q.nlessons + q.nattempts == total,
	    "a huge line is skipped, the rest kept");
	ok(now_ms() - t0 < 1000, "and quickly (%.0f ms)", now_ms() - t0);
	progress_clear(&q);
	buf_free(&b);
	free(text);

	/* A file over the size limit: its start is read. */
	text = progress_format(&p);
	buf_init(&b);
	buf_add(&b, text, (size_t)(strstr(text, "end\t") - text));
	while (b.len <= PROGRESS_FILE_MAX)
		buf_adds(&b, "note\tpadding of a file that grows and grows\n");
	t0 = now_ms();
	rc = progress_parse("t", b.s, b.len, &q, NULL);
	ok(rc == 1 && q.nlessons + q.nattempts == total,
	    "a file over %u bytes: damaged, its start recovered",
	    PROGRESS_FILE_MAX);
	ok(now_ms() - t0 < 2000, "and quickly (%.0f ms)", now_ms() - t0);
	progress_clear(&q);
	buf_free(&b);
	free(text);

	/* Many lessons and attempts: limits keep it linear. */
	buf_init(&b);
	buf_adds(&b, "tutor-progress 1\nprofile\tA\tfr\t8-10\t-\t-\tno\n");
	for (i = 0; b.len < PROGRESS_FILE_MAX / 2; i++)
		buf_printf(&b, "lesson\tl%zu\t0\t0\tno\t2024-01-01T00:00:00Z\n",
		    i);
	while (b.len < PROGRESS_FILE_MAX - 100)
		buf_printf(&b, "attempt\tl\te\t2024-01-01T00:00:00Z\t-\twrong\t"
		    "1\t0\t0\t-\t-\n");
	t0 = now_ms();
	rc = progress_parse("t", b.s, b.len, &q, NULL);
	ok(rc == 1 && q.nlessons == PROGRESS_LESSONS_MAX &&
	    q.nattempts <= PROGRESS_ATTEMPTS_MAX,
	    "%zu lesson lines: the first %u are kept", i,
	    PROGRESS_LESSONS_MAX);
	ok(now_ms() - t0 < 3000, "8 MiB of records read in %.0f ms",
	    now_ms() - t0);
	progress_clear(&q);
	buf_free(&b);

	/* Bytes that are not text at all. */
	buf_init(&b);
	for (i = 0; i < 100000; i++)
		buf_addc(&b, (char)(i * 7919 % 251));
	rc = progress_parse("t", b.s, b.len, &q, NULL);
	ok(rc == 1 && q.nlessons + q.nattempts == 0 && q.name == NULL,
	    "random bytes: damaged, nothing recovered");
	progress_clear(&q);
	buf_free(&b);
	rc = progress_parse("t", "", 0, &q, NULL);
	ok(rc == 1, "an empty file is damaged");
	progress_clear(&q);

	/* Lines the reader must not take for what they are not. */
	text = xstrdup("tutor-progress 1\nprofile\tA\tfr\t8-10\t-\t-\tmaybe\n"
	    "lesson\tx\t1\t1\tyes\t2024-02-30T00:00:00Z\n"
	    "lesson\ty\t1\t1\tyes\t2024-02-29T00:00:00Z\n"
	    "lesson\ty\t2\t1\tyes\t2024-02-29T00:00:00Z\n"
	    "attempt\tl\te\t2024-01-01T00:00:00Z\t-\tperfect\t1\t0\t0\t-\t-\n"
	    "attempt\tl\te\t2024-01-01T00:00:00Z\t-\twrong\t1\t0\t0\t\\q\t-\n"
	    "attempt\tl\te\t2024-01-01T00:00:00Z\t-\twrong\t1\t0\t0\t-\t-\n"
	    "Attempt\tx\nend\t8\t00000000\n");
	diags_init(&d);
	rc = progress_parse("t", text, strlen(text), &q, &d);
	ok(rc == 1 && q.name == NULL && q.nlessons == 1 && q.nattempts == 1,
	    "bad yes/no, dates, duplicates, verdicts and escapes are refused");
	ok(d.n == 8, "each is reported (%zu)", d.n);
	progress_clear(&q);
	diags_free(&d);
	free(text);

	progress_clear(&p);
}

static void
test_newer(void)
{
	static const char v2[] = "tutor-progress 2\nwhatever it holds\n";
	struct progress q;
	struct diags d;

	diags_init(&d);
	ok(progress_parse("t", v2, sizeof v2 - 1, &q, &d) == -1,
	    "format 2 is refused");
	ok(d.n == 1 && strstr(d.v[0].msg, "newer") != NULL,
	    "saying it is newer");
	progress_clear(&q);
	diags_free(&d);
	ok(progress_parse("t", "tutor-progress 12", 17, &q, NULL) == -1,
	    "even cut short, a newer file is refused");
	progress_clear(&q);
}

static struct store *
open_store(const char *name)
{
	struct store *st;
	char *dir, *err = NULL;

	dir = path("%s", name);
	st = store_open(dir, &err);
	if (st == NULL)
		printf("# %s: %s\n", dir, err);
	free(err);
	free(dir);
	return st;
}

static bool
id_looks(const char *id, const char *slug)
{
	size_t n = strlen(slug), i;

	if (id == NULL || strncmp(id, slug, n) != 0 || id[n] != '-' || strlen(id) != n + 9)
		return false;
	for (i = n + 1; i < n + 9; i++)
		if (strchr("0123456789abcdef", id[i]) == NULL)
			return false;
	return true;
}

/* Make a profile; *id is NULL unless it was made. */
static int
create(struct store *st, const char *name, char **id, char **err)
{
	*id = NULL;
	return store_create_profile(st, name, LANG_FR, AGE_8_10, id, err);
}

static void
test_names(void)
{
	struct store *st;
	struct profile_info *v;
	char *id = NULL, *err = NULL, *s, *file, longname[1001];
	size_t n;
	int rc;

	st = open_store("names");
	ok(st != NULL, "a new store is made");
	rc = create(st, "../../etc/passwd", &id, &err);
	ok(rc == 0 && id_looks(id, "etcpasswd"),
	    "a name like a path makes a plain id (%s)", id);
	file = path("names/profiles/%s.progress", id);
	ok(exists(file), "its file is in profiles/");
	ok(count_files(tmp, "etc") == 0, "nothing is made outside");
	free(file);
	store_profiles(st, &v, &n);
	ok(n == 1 && strcmp(v[0].name, "../../etc/passwd") == 0 &&
	    strcmp(v[0].id, id) == 0, "the name is kept as text");
	profile_info_free(v, n);
	free(id);

	s = profile_clean_name(" \x1b[31mAya\xe2\x80\xae  \x07" "B\tC\xe2\x80\x8b ");
	is_str(s, "[31mAya B C", "control, bidi and invisible characters go");
	free(s);
	memset(longname, 'w', 1000);
	memcpy(longname, "Ⴀ", 3);
	longname[1000] = '\0';
	s = profile_clean_name(longname);
	ok(strlen(s) == 3 + PROFILE_NAME_MAX - 1, "a 1000-character name is "
	    "cut to %d characters", PROFILE_NAME_MAX);
	free(s);
	rc = create(st, longname, &id, &err);
	ok(rc == 0 && id_looks(id, "wwwwwwwwwwwwwwww"),
	    "and its id to 16 letters (%s)", id);
	free(id);

	rc = create(st, "Aya", &id, &err);
	ok(rc == 0 && id_looks(id, "aya"), "Aya: %s", id);
	free(id);
	rc = create(st, "  Aya\xe2\x80\x8b", &id, &err);
	ok(rc == -1 && id == NULL, "a name that cleans to Aya is refused");
	ok(err != NULL && strstr(err, "already a profile called Aya") != NULL,
	    "saying so: %s", err);
	free(err);
	err = NULL;
	rc = create(st, "aya", &id, &err);
	ok(rc == 0 && id_looks(id, "aya"), "aya is another name: %s", id);
	free(id);
	rc = create(st, "آية", &id, &err);
	ok(rc == 0 && id_looks(id, "p"), "an Arabic name: %s", id);
	free(id);
	rc = create(st, "Amélie", &id, &err);
	ok(rc == 0 && id_looks(id, "amelie"), "accents are folded: %s", id);
	free(id);
	rc = create(st, "\x1b\x07 \xe2\x80\xae", &id, &err);
	ok(rc == -1, "a name of nothing visible is refused: %s", err);
	free(err);
	err = NULL;

	ok(progress_open(st, "../names", &err) == NULL &&
	    progress_open(st, "", NULL) == NULL &&
	    progress_open(st, "aya", NULL) == NULL &&
	    progress_open(st, "AYA-12345678", NULL) == NULL &&
	    progress_open(st, "aya-1234567g", NULL) == NULL &&
	    progress_open(st, "aya-12345678/../x", NULL) == NULL,
	    "progress_open takes only ids");
	free(err);
	err = NULL;
	ok(store_remove_profile(st, "../profiles", &err) == -1,
	    "and so does store_remove_profile");
	free(err);
	store_close(st);
}

static void
test_profiles(void)
{
	static const char *names[] = { "bilal", "Zineb", "Aya", "amélie" };
	struct store *st;
	struct profile_info *v;
	char *ids[4], *err = NULL, *file;
	struct stat sb;
	int rc;
	size_t n, i;

	st = open_store("list");
	for (i = 0; i < 4; i++)
		if (store_create_profile(st, names[i], LANG_FR, AGE_8_10, &ids[i],
		    &err) < 0)
			fatal("create %s: %s", names[i], err);
	store_profiles(st, &v, &n);
	ok(n == 4 && strcmp(v[0].name, "amélie") == 0 &&
	    strcmp(v[1].name, "Aya") == 0 && strcmp(v[2].name, "bilal") == 0 &&
	    strcmp(v[3].name, "Zineb") == 0,
	    "profiles are listed by name, whatever the case and accents");
	profile_info_free(v, n);
	file = path("list/profiles/%s.progress", ids[0]);
	ok(stat(file, &sb) == 0 && (sb.st_mode & 0777) == 0600,
	    "a profile's file is 0600");
	free(file);

	ok(store_remove_profile(st, ids[0], &err) == 0, "bilal is removed");
	store_profiles(st, &v, &n);
	ok(n == 3 && strcmp(v[2].name, "Zineb") == 0, "three are left");
	profile_info_free(v, n);
	ok(count_files(tmp, ids[0]) == 0 && count_files(tmp, "list") == 1,
	    "nothing of bilal is left");
	rc = store_remove_profile(st, ids[0], &err);
	ok(rc == -1 && err != NULL && strstr(err, "no profile") != NULL,
	    "removing it again: %s", err);
	free(err);
	for (i = 0; i < 4; i++)
		free(ids[i]);
	store_close(st);
}

static bool
has_diag(const struct diags *d, unsigned line, unsigned col,
    const char *words)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->v[i].line == line && d->v[i].col == col &&
		    strstr(d->v[i].msg, words) != NULL)
			return true;
	return false;
}

static void
test_csv(void)
{
	static const char list[] =
	    "\xef\xbb\xbfname,lang,age\r\n"
	    "Aya,ar,8-10\r\n"
	    "\"Benali, Omar\",fr,11-14\r\n"
	    "Sara,de,8-10\r\n"
	    "Yassine,fr,12\r\n"
	    "\"Unclosed,fr\r\n"
	    "Karim,fr,8-10,extra\r\n"
	    "   \r\n"
	    "Aya,ar\r\n"
	    "\"Said \"\"the fox\"\"\" ,en\r\n"
	    "Lina\r\n"
	    "\xff\xfe bad\r\n"
	    "Nora ,, \r\n"
	    "Existing,fr\r\n"
	    "\"Ali\" x,fr\r\n";
	struct store *st;
	struct profile_info *v;
	struct diags d;
	char *file, *id, *err = NULL;
	size_t n, i;
	bool found = false;

	st = open_store("csv");
	store_create_profile(st, "Existing", LANG_FR, AGE_8_10, &id, &err);
	free(id);
	file = path("class.csv");
	put_file(file, list, sizeof list - 1);
	diags_init(&d);
	n = store_import_csv(st, file, &d);
	ok(n == 5, "a class list: 5 children created (%zu)", n);
	diags_print(&d, stdout);
	ok(d.n == 8, "8 problems reported (%zu)", d.n);
	ok(has_diag(&d, 4, 6, "unknown language 'de'"), "a bad language");
	ok(has_diag(&d, 5, 12, "unknown age band '12'"), "a bad age band");
	ok(has_diag(&d, 6, 1, "quote is not closed"), "an unclosed quote");
	ok(has_diag(&d, 7, 15, "too many fields"), "too many fields");
	ok(has_diag(&d, 9, 1, "Aya is already on line 2"), "a duplicate");
	ok(has_diag(&d, 12, 1, "not UTF-8"), "a line that is not UTF-8");
	ok(has_diag(&d, 14, 1, "already a profile called Existing"),
	    "a child who has a profile");
	ok(has_diag(&d, 15, 7, "after the closing quote"),
	    "text after a closing quote");
	ok(d.v[0].file != NULL && strcmp(d.v[0].file, file) == 0,
	    "problems name the file");
	diags_free(&d);
	store_profiles(st, &v, &n);
	for (i = 0; i < n; i++)
		if (strcmp(v[i].name, "Said \"the fox\"") == 0)
			found = true;
	ok(n == 6 && found && strcmp(v[1].name, "Benali, Omar") == 0,
	    "quoted names keep their commas and quotes");
	profile_info_free(v, n);

	put_file(file, "Nom;Langue;Âge\nAmine;fr;8-10\n", 30);
	diags_init(&d);
	n = store_import_csv(st, file, &d);
	ok(n == 1 && d.n == 0, "';' between fields, a header in French");
	diags_free(&d);
	diags_init(&d);
	n = store_import_csv(st, "/nonexistent/class.csv", &d);
	ok(n == 0 && d.n == 1 && d.v[0].line == 0, "a missing list is said");
	diags_free(&d);
	free(file);
	free(err);
	store_close(st);
}

static void
test_symlinks(void)
{
	struct store *st;
	struct progress *p;
	char *id, *err = NULL, *file, *lock, *outside, *data, *text;
	size_t len;

	outside = path("outside.txt");
	put_file(outside, "secret\n", 7);
	st = open_store("links");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	file = path("links/profiles/%s.progress", id);
	lock = path("links/profiles/%s.lock", id);

	unlink(file);
	if (symlink(outside, file) < 0)
		fatal("symlink");
	p = progress_open(st, id, &err);
	ok(p == NULL && err != NULL && strstr(err, "symbolic link") != NULL,
	    "ID.progress as a symlink is refused: %s", err);
	free(err);
	err = NULL;
	text = get_file(outside, &len);
	ok(len == 7 && memcmp(text, "secret\n", 7) == 0, "its target is "
	    "untouched");
	free(text);
	ok(store_remove_profile(st, id, &err) == 0, "removing the profile");
	ok(exists(outside), "removes the link, not its target");
	free(err);
	err = NULL;
	free(id);
	free(file);
	free(lock);

	store_create_profile(st, "Omar", LANG_FR, AGE_8_10, &id, &err);
	file = path("links/profiles/%s.progress", id);
	lock = path("links/profiles/%s.lock", id);
	unlink(lock);
	if (symlink(outside, lock) < 0)
		fatal("symlink");
	p = progress_open(st, id, &err);
	ok(p == NULL && err != NULL && strstr(err, "symbolic link") != NULL,
	    "ID.lock as a symlink is refused: %s", err);
	free(err);
	err = NULL;
	text = get_file(outside, &len);
	ok(len == 7 && memcmp(text, "secret\n", 7) == 0, "its target is "
	    "untouched");
	free(text);
	unlink(lock);
	free(outside);
	outside = path("not-there");
	if (symlink(outside, lock) < 0)
		fatal("symlink");
	ok(progress_open(st, id, NULL) == NULL && !exists(outside),
	    "a dangling ID.lock link makes no file");
	free(outside);
	free(id);
	free(file);
	free(lock);
	store_close(st);

	data = path("linked");
	file = path("links");
	if (symlink(file, data) < 0)
		fatal("symlink");
	st = store_open(data, &err);
	ok(st == NULL && strstr(err, "symbolic link") != NULL,
	    "a data directory that is a symlink is refused: %s", err);
	free(err);
	err = NULL;
	free(data);
	free(file);

	data = path("profiles-linked");
	mkdir(data, 0700);
	file = path("profiles-linked/profiles");
	outside = path("elsewhere");
	mkdir(outside, 0700);
	if (symlink(outside, file) < 0)
		fatal("symlink");
	st = store_open(data, &err);
	ok(st == NULL && strstr(err, "symbolic link") != NULL,
	    "a profiles directory that is a symlink is refused");
	free(err);
	err = NULL;
	free(data);
	free(file);
	free(outside);

	data = path("open");
	mkdir(data, 0700);
	chmod(data, 0777);
	st = store_open(data, &err);
	ok(st == NULL && strstr(err, "open to other users (mode 777)") != NULL,
	    "a data directory of mode 0777 is refused: %s", err);
	free(err);
	err = NULL;
	chmod(data, 0755);
	st = store_open(data, &err);
	ok(st != NULL, "0755 is enough for the data directory");
	store_close(st);
	file = path("open/profiles");
	chmod(file, 0750);
	st = store_open(data, &err);
	ok(st == NULL && strstr(err, "mode 750") != NULL,
	    "but profiles/ must be 0700: %s", err);
	free(err);
	err = NULL;
	free(file);
	free(data);
}

static void
test_owners(void)
{
	struct store *st;
	struct progress *p;
	char *data, *id, *err = NULL, *file;

	/* As root, give the files away; as anyone else, / is not ours. */
	if (geteuid() == 0) {
		data = path("foreign");
		mkdir(data, 0700);
		if (chown(data, 65534, 65534) < 0)
			fatal("chown");
	} else
		data = xstrdup("/");
	st = store_open(data, &err);
	ok(st == NULL && strstr(err, "belongs to another user") != NULL,
	    "a data directory of another user is refused: %s", err);
	free(err);
	err = NULL;
	free(data);

	st = open_store("owners");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	file = path("owners/profiles/%s.progress", id);
	if (geteuid() == 0) {
		if (chown(file, 65534, 65534) < 0)
			fatal("chown");
	} else {
		/* A file we cannot own: the nearest is a directory. */
		unlink(file);
		mkdir(file, 0700);
	}
	p = progress_open(st, id, &err);
	ok(p == NULL && (strstr(err, "belongs to another user") != NULL ||
	    strstr(err, "not a regular") != NULL),
	    "a progress file not ours is refused: %s", err);
	free(err);
	free(file);
	free(id);
	store_close(st);
}

static void
test_sessions(void)
{
	struct store *st;
	struct progress *p, *q;
	struct attempt a;
	char *id, *err = NULL;
	pid_t pid;
	int status, bits;

	st = open_store("sessions");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	p = progress_open(st, id, &err);
	ok(p != NULL && !p->readonly && p->notice == NULL,
	    "the first session is the writer");

	memset(&a, 0, sizeof a);
	a.lesson = "l";
	a.exercise = "e";
	pid = fork();
	if (pid == 0) {
		struct store *st2 = open_store("sessions");

		bits = 0;
		q = progress_open(st2, id, &err);
		if (q != NULL && q->readonly)
			bits |= 1;
		if (q != NULL && q->notice != NULL &&
		    strstr(q->notice, "another session") != NULL)
			bits |= 2;
		if (q != NULL && progress_add_attempt(q, &a, &err) == -1 &&
		    strstr(err, "open in another session") != NULL)
			bits |= 4;
		if (q != NULL && q->nattempts == 1)
			bits |= 8;
		_exit(bits);
	}
	waitpid(pid, &status, 0);
	bits = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
	ok(bits & 1, "a second session (another process) is read-only");
	ok(bits & 2, "and told so");
	ok(bits & 4, "its saves fail, saying why");
	ok(bits & 8, "but what it does is kept in memory");

	q = progress_open(st, id, &err);
	ok(q != NULL && q->readonly, "a second session in this process too");
	ok(progress_add_attempt(p, &a, &err) == 0,
	    "the writer keeps saving");
	progress_close(q);
	progress_close(p);
	p = progress_open(st, id, &err);
	ok(p != NULL && !p->readonly && p->nattempts == 1,
	    "once it closes, the next session writes");
	ok(store_remove_profile(st, id, &err) == -1 && strstr(err, "close it")
	    != NULL, "an open profile cannot be removed");
	free(err);
	progress_close(p);
	free(id);
	store_close(st);
}

static void
test_stale(void)
{
	struct store *st, *st2;
	struct progress *p, *q;
	char *id, *err = NULL, *dir, *temp;

	st = open_store("stale");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	dir = path("stale/profiles");
	temp = path("stale/profiles/%s.progress.tmp-999-deadbeef", id);
	put_file(temp, "half a fi", 9);
	store_close(st);
	st = open_store("stale");
	ok(!exists(temp), "store_open removes a stale temporary file");

	p = progress_open(st, id, &err);
	put_file(temp, "being written", 13);
	st2 = open_store("stale");
	ok(exists(temp), "but not while its profile is open (a save may "
	    "be going on)");
	q = progress_open(st2, id, &err);
	ok(exists(temp), "a read-only session leaves it too");
	progress_close(q);
	progress_close(p);
	p = progress_open(st2, id, &err);
	ok(!exists(temp) && count_files(dir, "tmp") == 0,
	    "the next writer removes it");
	progress_close(p);
	store_close(st2);
	store_close(st);
	free(temp);
	free(dir);
	free(id);
}

static void
test_damaged(void)
{
	struct store *st;
	struct progress *p, q;
	struct attempt a;
	char *id, *err = NULL, *file, *text, *copy, *again, *dir;
	size_t len, clen, i;
	char ex[8];

	st = open_store("damaged");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	p = progress_open(st, id, &err);
	memset(&a, 0, sizeof a);
	a.lesson = "private-info";
	a.exercise = ex;
	for (i = 0; i < 5; i++) {
		snprintf(ex, sizeof ex, "ex-%zu", i);
		progress_add_attempt(p, &a, &err);
	}
	progress_close(p);
	file = path("damaged/profiles/%s.progress", id);
	dir = path("damaged/profiles");
	text = get_file(file, &len);
	len = (size_t)(strstr(text, "ex-3") - text);
	put_file(file, text, len);

	p = progress_open(st, id, &err);
	ok(p != NULL && p->recovered && !p->readonly,
	    "a file cut short opens, recovered");
	ok(p != NULL && p->nattempts == 3, "with the 3 whole answers");
	ok(p != NULL && p->notice != NULL && strstr(p->notice, "damaged") !=
	    NULL && strstr(p->notice, ".damaged-") != NULL, "notice: %s",
	    p != NULL ? p->notice : "(none)");
	ok(count_files(dir, ".damaged-") == 1, "the damaged copy is kept");
	copy = find_file(dir, ".damaged-");
	again = copy != NULL ? get_file(copy, &clen) : NULL;
	ok(again != NULL && clen == len && memcmp(again, text, len) == 0,
	    "as it was");
	free(again);
	free(copy);
	progress_close(p);
	again = get_file(file, &clen);
	ok(again != NULL && progress_parse("t", again, clen, &q, NULL) == 0 &&
	    q.nattempts == 3, "and a clean file saved in its place");
	progress_clear(&q);
	free(again);
	p = progress_open(st, id, &err);
	ok(p != NULL && !p->recovered && p->notice == NULL,
	    "the next opening is clean");
	progress_close(p);
	free(text);
	free(file);
	free(dir);
	free(id);
	store_close(st);
}

static void
test_newer_open(void)
{
	static const char v2[] = "tutor-progress 2\nprofile\tnew things\n";
	struct store *st;
	struct progress *p;
	char *id, *err = NULL, *file, *dir, *text;
	size_t len;

	st = open_store("newer");
	store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
	file = path("newer/profiles/%s.progress", id);
	dir = path("newer/profiles");
	put_file(file, v2, sizeof v2 - 1);
	p = progress_open(st, id, &err);
	ok(p == NULL && strstr(err, "newer version") != NULL,
	    "a file from a newer tutor is refused: %s", err);
	text = get_file(file, &len);
	ok(len == sizeof v2 - 1 && memcmp(text, v2, len) == 0 &&
	    count_files(dir, id) == 2, "and left exactly as it was");
	free(text);
	free(err);
	free(file);
	free(dir);
	free(id);
	store_close(st);
}

static void
test_saving(void)
{
	struct store *st;
	struct progress *p;
	struct attempt a;
	const struct lesson_progress *l;
	char *id, *err = NULL, *file, *text;

	st = open_store("saving");
	store_create_profile(st, "Aya", LANG_ZGH, AGE_15_18, &id, &err);
	p = progress_open(st, id, &err);
	ok(p != NULL && strcmp(p->name, "Aya") == 0 && p->lang == LANG_ZGH &&
	    p->age == AGE_15_18 && !p->keep_answers && p->nattempts == 0,
	    "a new profile opens empty, with its settings");
	memset(&a, 0, sizeof a);
	a.lesson = "private-info";
	a.exercise = "never-share";
	a.answer = "my secret password";
	a.when = 1714558923;
	a.verdict = VERDICT_WRONG;
	ok(progress_add_attempt(p, &a, &err) == 0, "an answer is saved");
	ok(p->attempts[0].answer == NULL && strlen(p->attempts[0].session) ==
	    8, "without its text, with the session's id");
	p->keep_answers = true;
	a.answer = "  my\xe2\x80\xae   name ";
	a.session = "s1";
	ok(progress_add_attempt(p, &a, &err) == 0 &&
	    same_str(p->attempts[1].answer, "my name") &&
	    same_str(p->attempts[1].session, "s1"),
	    "with keep-answers, the text is kept, cleaned");
	ok(progress_set_position(p, "private-info", 3, &err) == 0 &&
	    progress_finish_lesson(p, "chatbots", 2, &err) == 0 &&
	    progress_finish_lesson(p, "chatbots", 1, &err) == 0,
	    "positions and stars are saved");
	progress_set_pin(p, "◆");
	free(p->theme);
	p->theme = xstrdup("night");
	ok(progress_save(p, &err) == 0, "and settings");
	progress_close(p);
	file = path("saving/profiles/%s.progress", id);
	text = get_file(file, NULL);
	ok(strstr(text, "secret") == NULL, "an answer not kept is not in the "
	    "file");
	free(text);
	free(file);

	p = progress_open(st, id, &err);
	ok(p != NULL && p->nattempts == 2 && p->keep_answers &&
	    same_str(p->theme, "night") && progress_check_pin(p, "◆"),
	    "all of it is there when the profile opens again");
	l = progress_lesson(p, "chatbots");
	ok(l != NULL && l->done && l->stars == 2, "the best stars are kept");
	l = progress_lesson(p, "private-info");
	ok(l != NULL && !l->done && l->position == 3, "the position too");
	ok(progress_lesson(p, "nothing") == NULL, "no other lesson");
	progress_close(p);
	free(id);
	free(err);
	store_close(st);
}

static void
test_pin(void)
{
	struct progress p, q;
	char *text;

	memset(&p, 0, sizeof p);
	ok(progress_check_pin(&p, "anything") && progress_check_pin(&p, NULL),
	    "no PIN: any PIN opens");
	ok(progress_set_pin(&p, "★☂⚽") == 0, "a PIN of three symbols");
	ok(progress_check_pin(&p, "★☂⚽"), "opens with the same symbols");
	ok(!progress_check_pin(&p, "★☂") && !progress_check_pin(&p, "★⚽☂") &&
	    !progress_check_pin(&p, NULL), "not with others");
	ok(strstr(p.pin, "★") == NULL && strncmp(p.pin, "h1:", 3) == 0,
	    "the file keeps a hash: %s", p.pin);
	text = xstrdup(p.pin);
	progress_set_pin(&p, "★☂⚽");
	ok(strcmp(text, p.pin) != 0, "salted: the same PIN hashes anew");
	free(text);
	ok(progress_set_pin(&p, "12345") == -1 && progress_set_pin(&p, "1\t2")
	    == -1 && progress_set_pin(&p, "\xff") == -1,
	    "too long, control characters, invalid UTF-8: refused");
	ok(progress_check_pin(&p, "★☂⚽"), "and the PIN is unchanged");
	p.lang = LANG_NONE;
	p.age = AGE_COUNT;
	text = progress_format(&p);
	progress_parse("t", text, strlen(text), &q, NULL);
	ok(progress_check_pin(&q, "★☂⚽") && !progress_check_pin(&q, "1"),
	    "through the file");
	free(text);
	progress_clear(&q);
	q.pin = xstrdup("h1:zz");
	ok(!progress_check_pin(&q, "★☂⚽"), "a damaged hash opens nothing");
	progress_clear(&q);
	ok(progress_set_pin(&p, NULL) == 0 && p.pin == NULL &&
	    progress_check_pin(&p, "x"), "the PIN can be removed");
	progress_clear(&p);
}

static void
test_default_dir(void)
{
	char *old_xdg, *old_home, *dir;

	old_xdg = getenv("XDG_DATA_HOME") ? xstrdup(getenv("XDG_DATA_HOME")) :
	    NULL;
	old_home = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	setenv("HOME", "/home/aya", 1);
	setenv("XDG_DATA_HOME", "/data/aya", 1);
	dir = store_default_dir();
	is_str(dir, "/data/aya/tutor", "$XDG_DATA_HOME/tutor");
	free(dir);
	setenv("XDG_DATA_HOME", "data/aya", 1);
	dir = store_default_dir();
	is_str(dir, "/home/aya/.local/share/tutor",
	    "a relative XDG_DATA_HOME is ignored");
	free(dir);
	unsetenv("XDG_DATA_HOME");
	dir = store_default_dir();
	is_str(dir, "/home/aya/.local/share/tutor", "~/.local/share/tutor");
	free(dir);
	if (old_xdg != NULL)
		setenv("XDG_DATA_HOME", old_xdg, 1);
	if (old_home != NULL)
		setenv("HOME", old_home, 1);
	else
		unsetenv("HOME");
	free(old_xdg);
	free(old_home);
}

static mode_t mode_of(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static mode_t
mode_of(const char *fmt, ...)
{
	struct stat st;
	struct buf b;
	va_list ap;
	char *p;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	p = path("%s", b.s);
	buf_free(&b);
	if (stat(p, &st) < 0)
		st.st_mode = 0;
	free(p);
	return st.st_mode & 07777;
}

static void
test_modes(void)
{
	static const mode_t masks[] = { 0, 0277 };
	struct store *st;
	char *id, *err = NULL, dir[32];
	size_t i;

	for (i = 0; i < 2; i++) {
		umask(masks[i]);
		snprintf(dir, sizeof dir, "modes%zu/a/b", i);
		st = open_store(dir);
		store_create_profile(st, "Aya", LANG_FR, AGE_8_10, &id, &err);
		umask(022);
		ok(st != NULL && mode_of("modes%zu", i) == 0700 &&
		    mode_of("%s", dir) == 0700 &&
		    mode_of("%s/profiles", dir) == 0700,
		    "umask %03o: directories are 0700", (unsigned)masks[i]);
		snprintf(dir, sizeof dir, "modes%zu/a/b/profiles/", i);
		ok(mode_of("%s%s.progress", dir, id) == 0600,
		    "umask %03o: files are 0600", (unsigned)masks[i]);
		free(id);
		store_close(st);
	}
}

int
main(void)
{
	char templ[] = "/tmp/test-progress.XXXXXX";
	const char *t;
	char *cmd;

	if ((t = getenv("TMPDIR")) != NULL && *t == '/')
		xasprintf(&tmp, "%s/test-progress.XXXXXX", t);
	else
		tmp = xstrdup(templ);
	if (mkdtemp(tmp) == NULL)
		fatal("mkdtemp: %s", strerror(errno));
	umask(022);

	test_round_trip();
	test_truncation();
	test_flips();
	test_bad_input();
	test_newer();
	test_names();
	test_profiles();
	test_csv();
	test_symlinks();
	test_owners();
	test_sessions();
	test_stale();
	test_damaged();
	test_newer_open();
	test_saving();
	test_pin();
	test_default_dir();
	test_modes();

	xasprintf(&cmd, "chmod -R u+rwx '%s' && rm -rf '%s'", tmp, tmp);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmp);
	free(cmd);
	free(tmp);
	return tap_done();
}
