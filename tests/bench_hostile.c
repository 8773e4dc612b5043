/*
 * bench_hostile.c: how long `tutor check` takes over each hostile file,
 * in the process, without the start of the program: the same work as
 * cmd_check (catalog_add, catalog_finish, the self-tests), timed with
 * the monotonic clock, best of several runs. Prints one line per file
 * (file, class, ms, bytes, errors), then the worst. Timings are shown,
 * never judged: tests/bench-hostile.sh prints them beside the target.
 *
 *   bench_hostile [-n RUNS] FILE...
 */
#include "config.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "diag.h"
#include "selftest.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The class of a case, from the start of its name (tests/hostile/). */
static const char *
class_of(const char *path)
{
	static const struct {
		const char *prefix;
		const char *class;
	} classes[] = {
		{ "yaml-", "syntax" }, { "bom-", "encoding" },
		{ "utf16-", "encoding" }, { "utf32-", "encoding" },
		{ "utf8-", "utf8" }, { "nul-", "utf8" }, { "binary", "utf8" },
		{ "ctrl-", "control" }, { "_names-", "control" },
		{ "nest-", "nesting" }, { "alias-", "alias" },
		{ "tag-", "alias" }, { "regex-", "pattern" },
		{ "size-big-sound", "sound" }, { "size-", "size" },
	};
	const char *name = strrchr(path, '/');
	size_t i;

	name = name ? name + 1 : path;
	for (i = 0; i < sizeof classes / sizeof classes[0]; i++) {
		if (strncmp(name, classes[i].prefix,
		    strlen(classes[i].prefix)) == 0)
			return classes[i].class;
	}
	return "other";
}

/* What `tutor check FILE` does, but printing; returns the errors. */
static size_t
check(const char *path)
{
	struct catalog cat;
	struct diags d;
	size_t i, n;

	diags_init(&d);
	catalog_init(&cat);
	catalog_add(&cat, path, &d);
	catalog_finish(&cat, &d);
	for (i = 0; i < cat.n; i++)
		selftest_lesson(cat.lessons[i], &d);
	n = d.n + d.dropped;
	catalog_free(&cat);
	diags_free(&d);
	return n;
}

int
main(int argc, char **argv)
{
	struct stat st;
	double best, t, worst = -1;
	const char *worst_file = "-", *name;
	int runs = 5, i, r, files = 0;
	size_t errors;

	if (argc > 2 && strcmp(argv[1], "-n") == 0) {
		runs = atoi(argv[2]);
		argv += 2;
		argc -= 2;
	}
	if (runs < 1)
		runs = 1;
	printf("%-44s %-9s %9s %9s %7s\n", "file", "class", "ms", "bytes",
	    "errors");
	for (i = 1; i < argc; i++) {
		best = -1;
		errors = 0;
		for (r = 0; r < runs; r++) {
			t = now_ms();
			errors = check(argv[i]);
			t = now_ms() - t;
			if (best < 0 || t < best)
				best = t;
		}
		name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 :
		    argv[i];
		printf("%-44s %-9s %9.3f %9lld %7zu\n", name,
		    class_of(argv[i]), best, stat(argv[i], &st) == 0 ?
		    (long long)st.st_size : -1LL, errors);
		files++;
		/* A sound lesson is not a hostile case: shown, not ranked. */
		if (strcmp(class_of(argv[i]), "sound") != 0 && best > worst) {
			worst = best;
			worst_file = name;
		}
	}
	printf("in-process: %d files, worst %.3f ms (%s)\n", files, worst,
	    worst_file);
	return 0;
}
