/*
 * progress_tool.c: a small program that uses the progress module the way
 * the front ends do, for the shell tests (progress-*.sh): it saves
 * answers one by one, says which were acknowledged, and saves and exits
 * on SIGHUP and SIGTERM (a handler that only sets a flag, checked by the
 * loop, as in the front ends).
 *
 *	progress_tool DIR create NAME [LANG [AGE]]	prints the id
 *	progress_tool DIR list				"id<TAB>name" lines
 *	progress_tool DIR remove ID
 *	progress_tool DIR add ID K	saves K answers: "saved N" each
 *	progress_tool DIR run ID TAG	saves answers TAG-1, TAG-2 ... as
 *					fast as it can, printing "ack TAG-N"
 *					once each is saved, until a signal
 *	progress_tool DIR serve ID	commands on standard input: "add",
 *					"save", "quit"; a line of output each
 *	progress_tool DIR wait ID PIN LOG
 *					sets the PIN (not saved yet), then
 *					waits on standard input; on a signal
 *					or when the terminal goes away, saves
 *					and exits; what happens goes to LOG
 *	progress_tool DIR check ID	reads the file as a report would:
 *					"attempt LESSON EXERCISE" lines, then
 *					clean (exit 0), damaged (1) or newer (2)
 *	progress_tool DIR pin ID PIN	exit 0 when the PIN opens the profile
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"
#include "util.h"

static volatile sig_atomic_t stop_signal;

static void
on_signal(int sig)
{
	stop_signal = sig;
}

/* Like the front ends: a flag, no SA_RESTART; nohup's SIG_IGN is kept. */
static void
catch_signals(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	if (sigaction(SIGHUP, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
		sigaction(SIGHUP, &sa, NULL);
}

static void
logf_line(const char *log, const char *line)
{
	FILE *f;

	if ((f = fopen(log, "a")) != NULL) {
		fprintf(f, "%s\n", line);
		fclose(f);
	}
}

static struct progress *
open_profile(const char *dir, const char *id, struct store **st)
{
	struct progress *p;
	char *err = NULL;

	if ((*st = store_open(dir, &err)) == NULL) {
		fprintf(stderr, "progress_tool: %s\n", err);
		exit(3);
	}
	if ((p = progress_open(*st, id, &err)) == NULL) {
		fprintf(stderr, "progress_tool: %s\n", err);
		exit(3);
	}
	if (p->notice != NULL)
		fprintf(stderr, "notice: %s\n", p->notice);
	return p;
}

/* One more answer; prints what became of it. */
static int
add_one(struct progress *p, const char *exercise, const char *ack)
{
	struct attempt a;
	char *err = NULL;

	memset(&a, 0, sizeof a);
	a.lesson = "private-info";
	a.exercise = (char *)exercise;
	a.when = time(NULL);
	a.verdict = VERDICT_CORRECT;
	a.try_no = 1;
	a.seconds = 3;
	a.answer = "an answer";
	if (progress_add_attempt(p, &a, &err) == 0) {
		printf("%s %s\n", ack, exercise);
		return 0;
	}
	printf("not saved %s: %s\n", exercise, err);
	free(err);
	return -1;
}

static int
cmd_check(const char *dir, const char *id)
{
	struct progress p;
	struct diags d;
	char *file, *buf = NULL;
	size_t len = 0, n, i;
	FILE *f;
	int rc;

	xasprintf(&file, "%s/profiles/%s.progress", dir, id);
	if ((f = fopen(file, "r")) == NULL) {
		perror(file);
		return 3;
	}
	do {
		buf = xreallocarray(buf, len + 65536, 1);
		n = fread(buf + len, 1, 65536, f);
		len += n;
	} while (n > 0);
	fclose(f);
	diags_init(&d);
	rc = progress_parse(file, buf, len, &p, &d);
	for (i = 0; i < p.nattempts; i++)
		printf("attempt %s %s\n", p.attempts[i].lesson,
		    p.attempts[i].exercise);
	diags_print(&d, stdout);
	printf("%s\n", rc == 0 ? "clean" : rc > 0 ? "damaged" : "newer");
	progress_clear(&p);
	diags_free(&d);
	free(buf);
	free(file);
	return rc == 0 ? 0 : rc > 0 ? 1 : 2;
}

static int
cmd_wait(struct progress *p, const char *pin, const char *log)
{
	char buf[256], *err = NULL, line[512];
	ssize_t n;
	const char *why = "end of input";

	progress_set_pin(p, pin);
	logf_line(log, "ready");
	while (!stop_signal) {
		n = read(STDIN_FILENO, buf, sizeof buf);
		if (n > 0 || (n < 0 && errno == EINTR))
			continue;
		/*
		 * EOF or EIO: the terminal is gone (SIGHUP may be ignored):
		 * never read again, or the loop would spin.
		 */
		why = n == 0 ? "end of input" : "the terminal went away";
		break;
	}
	if (stop_signal)
		why = stop_signal == SIGHUP ? "SIGHUP" : "SIGTERM";
	if (progress_save(p, &err) == 0)
		snprintf(line, sizeof line, "saved after %s", why);
	else
		snprintf(line, sizeof line, "not saved after %s: %s", why, err);
	free(err);
	logf_line(log, line);
	return 0;
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct progress *p;
	struct profile_info *v;
	char *err = NULL, *id, ex[64], cmd[64];
	unsigned long k, i;
	size_t n;
	int rc = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc < 3) {
		fprintf(stderr, "usage: progress_tool DIR COMMAND ...\n");
		return 64;
	}
	if (strcmp(argv[2], "check") == 0 && argc == 4)
		return cmd_check(argv[1], argv[3]);
	if (strcmp(argv[2], "create") == 0 && argc >= 4) {
		if ((st = store_open(argv[1], &err)) == NULL ||
		    store_create_profile(st, argv[3], argc > 4 ?
		    lang_from_code(argv[4]) : LANG_NONE, argc > 5 ?
		    age_from_code(argv[5]) : AGE_COUNT, &id, &err) < 0) {
			fprintf(stderr, "progress_tool: %s\n", err);
			return 1;
		}
		printf("%s\n", id);
		free(id);
		store_close(st);
		return 0;
	}
	if (strcmp(argv[2], "list") == 0 || strcmp(argv[2], "remove") == 0) {
		if ((st = store_open(argv[1], &err)) == NULL) {
			fprintf(stderr, "progress_tool: %s\n", err);
			return 1;
		}
		if (argc == 4 && store_remove_profile(st, argv[3], &err) < 0) {
			fprintf(stderr, "progress_tool: %s\n", err);
			rc = 1;
		} else if (argc == 3 && store_profiles(st, &v, &n) == 0) {
			for (i = 0; i < n; i++)
				printf("%s\t%s\n", v[i].id, v[i].name);
			profile_info_free(v, n);
		}
		free(err);
		store_close(st);
		return rc;
	}
	if (argc < 4)
		return 64;
	catch_signals();
	p = open_profile(argv[1], argv[3], &st);
	if (strcmp(argv[2], "add") == 0 && argc == 5) {
		k = strtoul(argv[4], NULL, 10);
		for (i = 0; i < k; i++) {
			snprintf(ex, sizeof ex, "ex-%zu", p->nattempts + 1);
			if (add_one(p, ex, "saved") < 0)
				rc = 1;
		}
	} else if (strcmp(argv[2], "run") == 0 && argc == 5) {
		for (i = 1; !stop_signal; i++) {
			snprintf(ex, sizeof ex, "%s-%lu", argv[4], i);
			add_one(p, ex, "ack");
		}
		if (progress_save(p, &err) < 0)
			printf("not saved: %s\n", err);
		printf("stopped by %s\n", stop_signal == SIGHUP ? "SIGHUP" :
		    "SIGTERM");
	} else if (strcmp(argv[2], "serve") == 0) {
		printf("ready%s\n", p->readonly ? " read-only" : "");
		while (!stop_signal && fgets(cmd, sizeof cmd, stdin) != NULL) {
			if (strcmp(cmd, "add\n") == 0) {
				snprintf(ex, sizeof ex, "ex-%zu",
				    p->nattempts + 1);
				add_one(p, ex, "saved");
			} else if (strcmp(cmd, "save\n") == 0) {
				if (progress_save(p, &err) == 0)
					printf("saved\n");
				else
					printf("not saved: %s\n", err);
				free(err);
				err = NULL;
			} else if (strcmp(cmd, "quit\n") == 0)
				break;
		}
	} else if (strcmp(argv[2], "wait") == 0 && argc == 6)
		rc = cmd_wait(p, argv[4], argv[5]);
	else if (strcmp(argv[2], "pin") == 0 && argc == 5)
		rc = progress_check_pin(p, argv[4]) ? 0 : 1;
	else
		rc = 64;
	free(err);
	progress_close(p);
	store_close(st);
	return rc;
}
