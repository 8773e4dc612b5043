/*
 * replay.c: a main for a fuzz harness without libFuzzer, so that `make
 * check` replays the committed corpus with any compiler. Each argument
 * is a file or a directory of files (not recursive); with none, the
 * corpus is $top_srcdir/tests/fuzz/corpus/REPLAY_CORPUS. Every file's
 * bytes go to LLVMFuzzerTestOneInput, in name order, and each gives a
 * TAP line. A broken invariant aborts the harness: the line "Bail out!"
 * then names the input, and the test fails.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

#ifndef REPLAY_CORPUS
#error "REPLAY_CORPUS must name the corpus directory (loader, checker)"
#endif

/* Room for a corpus directory's last component and a file name. */
#define DIR_MAX		1024
#define NAME_MAX_LEN	(DIR_MAX + 1024)

struct names {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

static int	 count;
static int	 failed;
static char	 current[NAME_MAX_LEN];	/* the input being run */

static void
add_name(struct names *l, const char *s)
{
	char **v;
	size_t cap;

	if (l->n == l->cap) {
		cap = l->cap ? l->cap * 2 : 64;
		v = realloc(l->v, cap * sizeof *v);
		if (v == NULL) {
			perror("replay");
			exit(99);
		}
		l->v = v;
		l->cap = cap;
	}
	if ((l->v[l->n] = strdup(s)) == NULL) {
		perror("replay");
		exit(99);
	}
	l->n++;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Name the input that crashed. Only when nothing else (a sanitizer)
 * handles the signal: its report says more.
 */
static void
on_crash(int sig)
{
	static const char bail[] = "Bail out! the harness crashed on ";

	(void)!write(STDOUT_FILENO, bail, sizeof bail - 1);
	(void)!write(STDOUT_FILENO, current, strlen(current));
	(void)!write(STDOUT_FILENO, "\n", 1);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
catch_crashes(void)
{
	static const int sigs[] = { SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV };
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_crash;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_DFL)
			sigaction(sigs[i], &sa, NULL);
	}
}

static void
tap(int pass, const char *name, const char *why)
{
	count++;
	if (!pass)
		failed++;
	printf("%sok %d - %s%s%s\n", pass ? "" : "not ", count, name,
	    why ? ": " : "", why ? why : "");
	fflush(stdout);
}

/* Run one file; name is what the TAP line calls it. */
static void
run_file(const char *path, const char *name)
{
	struct stat st;
	uint8_t *data;
	size_t len = 0;
	FILE *f;

	if ((f = fopen(path, "rb")) == NULL) {
		tap(0, name, strerror(errno));
		return;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode)) {
		fclose(f);
		tap(0, name, "not a regular file");
		return;
	}
	/*
	 * Exactly the file's size (one byte for an empty file), so that
	 * AddressSanitizer sees any read past the end of the input.
	 */
	if ((data = malloc(st.st_size ? (size_t)st.st_size : 1)) == NULL) {
		perror("replay");
		exit(99);
	}
	len = fread(data, 1, (size_t)st.st_size, f);
	if (ferror(f) || len != (size_t)st.st_size) {
		fclose(f);
		free(data);
		tap(0, name, "cannot read it");
		return;
	}
	fclose(f);
	snprintf(current, sizeof current, "%s", name);
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	tap(1, name, NULL);
}

/* Run every file of a directory, or the file itself. */
static void
run_path(const char *path)
{
	struct names names = { NULL, 0, 0 };
	struct dirent *de;
	struct stat st;
	const char *base;
	char dirname[DIR_MAX], file[4096], name[NAME_MAX_LEN];
	size_t i, n;
	DIR *d;

	if (stat(path, &st) == -1) {
		tap(0, path, strerror(errno));
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		run_file(path, path);
		return;
	}
	if ((d = opendir(path)) == NULL) {
		tap(0, path, strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] != '.')
			add_name(&names, de->d_name);
	}
	closedir(d);
	if (names.n == 0)
		tap(0, path, "the corpus is empty");
	else
		qsort(names.v, names.n, sizeof *names.v, compare_names);

	/* "checker/NAME": the directory's last component and the file. */
	snprintf(dirname, sizeof dirname, "%s", path);
	for (n = strlen(dirname); n > 1 && dirname[n - 1] == '/'; n--)
		dirname[n - 1] = '\0';
	base = strrchr(dirname, '/');
	base = base != NULL && base[1] != '\0' ? base + 1 : dirname;
	for (i = 0; i < names.n; i++) {
		snprintf(file, sizeof file, "%s/%s", path, names.v[i]);
		snprintf(name, sizeof name, "%s/%s", base, names.v[i]);
		run_file(file, name);
		free(names.v[i]);
	}
	free(names.v);
}

int
main(int argc, char **argv)
{
	const char *top;
	char dir[4096];
	int i;

	catch_crashes();
	if (argc > 1) {
		for (i = 1; i < argc; i++)
			run_path(argv[i]);
	} else {
		top = getenv("top_srcdir");
		snprintf(dir, sizeof dir, "%s/tests/fuzz/corpus/%s",
		    top != NULL && top[0] != '\0' ? top : TUTOR_SRCDIR,
		    REPLAY_CORPUS);
		run_path(dir);
	}
	printf("1..%d\n", count);
	return failed != 0;
}
