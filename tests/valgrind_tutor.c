/*
 * valgrind_tutor.c: what `make check-valgrind` gives the end-to-end tests
 * as $TUTOR. It runs the real tutor under valgrind's memcheck with the
 * same arguments and environment, in the same process (it execs
 * valgrind, which runs tutor in the process it was started in: the
 * signals a test sends reach tutor, and the exit status is tutor's), and
 * has memcheck write one report per process into a directory that
 * tests/lib.sh reads when the test ends.
 *
 * Why a program and not a shell script: login(1), su - and sshd tell a
 * login shell that it is one with an argv[0] that begins with '-', and a
 * script never sees its argv[0]. valgrind gives the program it runs the
 * name it was given as argv[0]; so for "-tutor" this runs
 * `valgrind -- -tutor` with a directory that holds a link named "-tutor"
 * first in PATH (tutor never uses PATH: it starts no program).
 *
 * Where things are:
 *   the program   TUTOR_PROGRAM (compiled in), or FILE.real
 *   the reports   $TUTOR_VALGRIND_LOGS, or FILE.valgrind/
 *   suppressions  TUTOR_SUPPRESSIONS (compiled in), or FILE.supp
 * where FILE is this program's own path: the second forms are those of
 * a copy that tests/lib.sh's install_tutor puts where other accounts can
 * run it (su - clears the environment, and the build tree may be
 * private). Options for valgrind may be added in $TUTOR_VALGRIND_FLAGS,
 * separated by spaces (for example --track-origins=yes).
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_FLAGS 32

static void die(const char *, ...)
    __attribute__((format(printf, 1, 2), noreturn));

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("valgrind_tutor: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(127);
}

static char *format(const char *, ...) __attribute__((format(printf, 1, 2)));

static char *
format(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("out of memory");
	return s;
}

/*
 * The name to run for a login shell's argv[0], through a link of that
 * name in LOGS/login, first in PATH.
 */
static const char *
login_name(const char *argv0, const char *prog, const char *logs)
{
	const char *slash, *path;
	char *dir, *name, *link;

	/* A name with a slash would not be looked for in PATH. */
	slash = strrchr(argv0, '/');
	name = slash == NULL ? format("%s", argv0) : format("-%s", slash + 1);
	dir = format("%s/login", logs);
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		die("%s: %s", dir, strerror(errno));
	link = format("%s/%s", dir, name);
	if (symlink(prog, link) < 0 && errno != EEXIST)
		die("%s: %s", link, strerror(errno));
	path = getenv("PATH");
	path = format("%s:%s", dir, path != NULL ? path : "/usr/bin:/bin");
	if (setenv("PATH", path, 1) < 0)
		die("setenv: %s", strerror(errno));
	return name;
}

int
main(int argc, char **argv)
{
	char self[PATH_MAX], *copy, *prog, *logs, *supp, *flags, *f;
	const char *client, **args;
	ssize_t n;
	int i, k;

	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0)
		die("/proc/self/exe: %s", strerror(errno));
	self[n] = '\0';
	copy = format("%s.real", self);
	if (access(copy, X_OK) == 0) {
		prog = copy;
		logs = format("%s.valgrind", self);
		supp = format("%s.supp", self);
	} else {
		prog = TUTOR_PROGRAM;
		if ((logs = getenv("TUTOR_VALGRIND_LOGS")) == NULL ||
		    logs[0] == '\0')
			die("TUTOR_VALGRIND_LOGS is not set: run the tests "
			    "with make check-valgrind");
		supp = TUTOR_SUPPRESSIONS;
	}

	args = calloc((size_t)argc + MAX_FLAGS + 16, sizeof *args);
	if (args == NULL)
		die("out of memory");
	k = 0;
	args[k++] = VALGRIND;
	args[k++] = "--tool=memcheck";
	args[k++] = "--vgdb=no";
	args[k++] = format("--log-file=%s/vg.%%p.log", logs);
	args[k++] = "--leak-check=full";
	args[k++] = "--show-leak-kinds=definite,indirect";
	args[k++] = "--errors-for-leak-kinds=definite,indirect";
	args[k++] = "--num-callers=30";
	if (access(supp, R_OK) == 0)
		args[k++] = format("--suppressions=%s", supp);
	if ((f = getenv("TUTOR_VALGRIND_FLAGS")) != NULL) {
		flags = format("%s", f);
		for (i = 0, f = strtok(flags, " "); f != NULL;
		    f = strtok(NULL, " ")) {
			if (++i > MAX_FLAGS)
				die("more than %d TUTOR_VALGRIND_FLAGS",
				    MAX_FLAGS);
			args[k++] = f;
		}
	}
	args[k++] = "--";
	client = prog;
	if (argc >= 1 && argv[0][0] == '-')
		client = login_name(argv[0], prog, logs);
	args[k++] = client;
	for (i = 1; i < argc; i++)
		args[k++] = argv[i];
	args[k] = NULL;
	execv(VALGRIND, (char *const *)args);
	die("%s: %s", VALGRIND, strerror(errno));
}
