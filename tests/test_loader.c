/*
 * test_loader.c: the lesson loader. Each file in fixtures/bad/ names the
 * errors it must produce in comment lines of the form
 *   # expect: LINE:COL: words of the message
 * and the test checks that each one is reported, at that place, and that
 * the file is refused. Files in fixtures/good/ must load with no error.
 * Then the cases that need a real file system: FIFOs, directories, links
 * to /dev/zero, huge and deeply nested files.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/time.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "pattern.h"
#include "tap.h"
#include "util.h"

static const char *fixtures;

static double
now_ms(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
}

static bool
has_diag(const struct diags *d, unsigned line, unsigned col,
    const char *words)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		if ((line == 0 || (d->v[i].line == line &&
		    d->v[i].col == col)) && strstr(d->v[i].msg, words) != NULL)
			return true;
	}
	return false;
}

static void
dump(const struct diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		printf("#   got %u:%u: %s\n", d->v[i].line, d->v[i].col,
		    d->v[i].msg);
}

/* Check one bad fixture against its "# expect:" lines. */
static void
bad_fixture(const char *path, const char *name)
{
	struct diags d;
	struct lesson *l;
	char line[512], *p, *words;
	unsigned ln, col;
	int expects = 0;
	FILE *f;

	diags_init(&d);
	l = loader_load_file(path, &d);
	ok(l == NULL, "%s is refused", name);
	lesson_free(l);
	if ((f = fopen(path, "r")) == NULL) {
		ok(0, "%s can be read", name);
		return;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		if (strncmp(line, "# expect: ", 10) != 0)
			continue;
		p = line + 10;
		line[strcspn(line, "\n")] = '\0';
		if (sscanf(p, "%u:%u:", &ln, &col) != 2) {
			ok(0, "%s: bad expect line '%s'", name, p);
			continue;
		}
		words = strchr(strchr(p, ':') + 1, ':') + 1;
		while (*words == ' ')
			words++;
		expects++;
		if (!ok(has_diag(&d, ln, col, words), "%s: %u:%u: %s", name,
		    ln, col, words))
			dump(&d);
	}
	fclose(f);
	ok(expects > 0, "%s has expect lines", name);
	if (!ok(d.n == (size_t)expects, "%s: %d errors reported, no more",
	    name, expects))
		dump(&d);
	diags_free(&d);
}

static int
compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
fixture_dir(const char *sub, bool good)
{
	char dir[1024], path[2048], *names[512];
	struct names table;
	struct dirent *de;
	struct diags d;
	struct lesson *l;
	size_t n = 0, i;
	DIR *dp;

	snprintf(dir, sizeof dir, "%s/%s", fixtures, sub);
	if ((dp = opendir(dir)) == NULL) {
		ok(0, "open %s", dir);
		return;
	}
	while ((de = readdir(dp)) != NULL && n < 512) {
		if (strstr(de->d_name, ".yaml") != NULL &&
		    de->d_name[0] != '_')
			names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof *names, compare);
	ok(n > 0, "fixtures in %s", sub);
	snprintf(path, sizeof path, "%s/_names.yaml", dir);
	diags_init(&d);
	if (good)
		ok(names_load(path, &table, &d) == 0 && table.n == 2,
		    "the names file loads");
	else
		names_init(&table);
	diags_free(&d);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (good) {
			diags_init(&d);
			l = loader_load(path, &table, &d);
			if (!ok(l != NULL && d.n == 0, "%s loads", names[i]))
				dump(&d);
			lesson_free(l);
			diags_free(&d);
		} else
			bad_fixture(path, names[i]);
		free(names[i]);
	}
	names_free(&table);
}

static void
load_buffer_expect(const char *name, const char *buf, size_t len,
    const char *words, double max_ms)
{
	struct diags d;
	struct lesson *l;
	double t;

	diags_init(&d);
	t = now_ms();
	l = loader_load_buffer(name, buf, len, &d);
	t = now_ms() - t;
	ok(l == NULL, "%s is refused", name);
	if (!ok(has_diag(&d, 0, 0, words), "%s: '%s'", name, words))
		dump(&d);
	/* The time is shown, not judged: tests/bench-hostile.sh does. */
	printf("# %s refused in %.1f ms\n", name, t);
	(void)max_ms;
	lesson_free(l);
	diags_free(&d);
}

static void
hostile_buffers(void)
{
	struct buf b;
	size_t i;

	/* 100,000 nested brackets: libyaml alone takes about a minute. */
	buf_init(&b);
	buf_adds(&b, "format: 1\nid: x\nexercises: ");
	for (i = 0; i < 100000; i++)
		buf_addc(&b, '[');
	load_buffer_expect("deep.yaml", b.s, b.len, "nested too deeply",
	    2000);
	buf_free(&b);

	/* A billion laughs made of anchors and aliases. */
	load_buffer_expect("laughs.yaml", "a: &a [x, x]\nb: &b [*a, *a]\n",
	    27, "anchors", 2000);

	/* More than 1 MiB. */
	buf_init(&b);
	for (i = 0; i < 70000; i++)
		buf_adds(&b, "# padding line\n");
	load_buffer_expect("big.yaml", b.s, b.len, "too big", 2000);
	buf_free(&b);

	/* Many small values. */
	buf_init(&b);
	buf_adds(&b, "x: [");
	for (i = 0; i < 210000; i++)
		buf_adds(&b, "1,");
	buf_adds(&b, "]\n");
	load_buffer_expect("events.yaml", b.s, b.len, "too many values",
	    5000);
	buf_free(&b);

	/* Invalid UTF-8 and NUL bytes. */
	load_buffer_expect("utf8.yaml", "format: 1\nid: \xff\xfe\n", 17,
	    "not valid UTF-8", 2000);
	load_buffer_expect("nul.yaml", "format: 1\nid: a\0b\n", 17,
	    "", 2000);
	load_buffer_expect("empty.yaml", "", 0, "empty", 2000);
	load_buffer_expect("scalar.yaml", "just words\n", 11,
	    "should be a mapping", 2000);
	load_buffer_expect("newer.yaml", "format: 7\nid: x\n", 16,
	    "update tutor", 2000);
}

static void
special_files(void)
{
	char dir[] = "/tmp/tutor-test-XXXXXX", path[256];
	struct diags d;
	struct lesson *l;
	double t;

	if (mkdtemp(dir) == NULL) {
		ok(0, "mkdtemp");
		return;
	}
	snprintf(path, sizeof path, "%s/fifo.yaml", dir);
	ok(mkfifo(path, 0600) == 0, "make a FIFO");
	diags_init(&d);
	t = now_ms();
	l = loader_load_file(path, &d);
	t = now_ms() - t;
	ok(l == NULL && has_diag(&d, 0, 0, "not a regular file"),
	    "a FIFO is refused without waiting for a writer");
	printf("# in %.1f ms\n", t);
	diags_free(&d);
	unlink(path);

	snprintf(path, sizeof path, "%s/zero.yaml", dir);
	ok(symlink("/dev/zero", path) == 0, "make a link to /dev/zero");
	diags_init(&d);
	l = loader_load_file(path, &d);
	ok(l == NULL && has_diag(&d, 0, 0, "not a regular file"),
	    "a link to /dev/zero is refused");
	diags_free(&d);
	unlink(path);

	diags_init(&d);
	l = loader_load_file(dir, &d);
	ok(l == NULL && has_diag(&d, 0, 0, "not a regular file"),
	    "a directory is refused");
	diags_free(&d);

	snprintf(path, sizeof path, "%s/missing.yaml", dir);
	diags_init(&d);
	l = loader_load_file(path, &d);
	ok(l == NULL && has_diag(&d, 0, 0, "cannot open"),
	    "a missing file is reported");
	diags_free(&d);
	rmdir(dir);
}

/* {{name}} in texts, from the names file. */
static void
names_text(void)
{
	char path[1024];
	struct names table;
	struct diags d;
	struct lesson *l;

	diags_init(&d);
	snprintf(path, sizeof path, "%s/good/_names.yaml", fixtures);
	names_load(path, &table, &d);
	snprintf(path, sizeof path, "%s/good/names.yaml", fixtures);
	l = loader_load(path, &table, &d);
	if (ok(l != NULL, "a lesson with names loads")) {
		is_str(l->intro.s[LANG_EN], "Call the helpline (2511).",
		    "a name in English");
		is_str(l->intro.s[LANG_FR], "Appelle la ligne d'écoute (2511).",
		    "a name in French, with spaces inside the braces");
		is_str(l->summary.s[LANG_FR], "Police : 19",
		    "a name with one value for every language");
		is_str(l->exercises[0].prompt.s[LANG_EN],
		    "You can call the helpline (2511).", "a name in a prompt");
	}
	lesson_free(l);
	names_free(&table);
	diags_free(&d);
}

/* The model built from the good sample, field by field. */
static void
sample_model(void)
{
	char path[1024];
	struct diags d;
	struct lesson *l;
	struct exercise *ex;
	unsigned seen = 0, i;

	snprintf(path, sizeof path, "%s/good/sample.yaml", fixtures);
	diags_init(&d);
	l = loader_load_file(path, &d);
	if (!ok(l != NULL, "sample loads")) {
		dump(&d);
		return;
	}
	is_str(l->id, "sample", "lesson id");
	ok(l->theme == THEME_SAFETY && l->age == AGE_8_10 && l->order == 1,
	    "theme, age, order");
	ok(l->langs == ((1u << LANG_EN) | (1u << LANG_FR)), "lesson langs");
	is_str(text_get(&l->title, LANG_FR), "Leçon d'exemple", "title fr");
	is_str(text_get(&l->title, LANG_AR), "Leçon d'exemple",
	    "title ar falls back to fr");
	is_str(text_get(&l->title, LANG_ZGH), "Leçon d'exemple",
	    "title zgh falls back to ar, then fr");
	ok(l->nexercises == 5, "five exercises");
	ex = lesson_exercise(l, "pick-one");
	ok(ex != NULL && ex->kind == KIND_SINGLE && ex->noptions == 3 &&
	    ex->options[0].correct && !ex->options[1].correct &&
	    ex->nhints == 2, "single choice");
	ex = lesson_exercise(l, "true-or-false");
	ok(ex != NULL && ex->kind == KIND_TRUE_FALSE && ex->noptions == 2 &&
	    !ex->options[0].correct && ex->options[1].correct,
	    "true-false: answer false");
	ok(ex != NULL && exercise_lang(ex, LANG_AR) == LANG_AR &&
	    exercise_lang(ex, LANG_ZGH) == LANG_AR, "true-false has ar");
	ex = lesson_exercise(l, "in-order");
	ok(ex != NULL && ex->nsteps == 3, "ordering: three steps");
	for (i = 0; ex != NULL && i < ex->nsteps; i++)
		seen |= 1u << ex->shuffle[i];
	ok(seen == 7, "the shuffle is a permutation");
	ok(ex != NULL && !(ex->shuffle[0] == 0 && ex->shuffle[1] == 1),
	    "the shuffle is not the right order");
	ex = lesson_exercise(l, "never-share");
	ok(ex != NULL && ex->kind == KIND_FREE_TEXT && ex->nrules == 3 &&
	    ex->rules[1].match == MATCH_ALL &&
	    ex->rules[2].patterns[LANG_COUNT].n == 1 && ex->fold,
	    "free text: rules, match, common patterns");
	ok(ex != NULL && ex->examples[LANG_EN].n == 7 &&
	    ex->examples[LANG_FR].n == 7, "examples per language");
	ok(ex != NULL && ex->examples[LANG_EN].v[6].expect == VERDICT_PARTLY,
	    "a rejected example with its verdict");
	lesson_free(l);
	diags_free(&d);
	names_text();
}

int
main(void)
{
	fixtures = getenv("FIXTURES");
	if (fixtures == NULL)
		fixtures = "tests/fixtures";
	sample_model();
	fixture_dir("good", true);
	fixture_dir("bad", false);
	hostile_buffers();
	special_files();
	return tap_done();
}
