/*
 * sessions.c: many children at once on one machine. N copies of the
 * full-screen tutor run side by side, each in its own pseudo-terminal at
 * 80x24, each a different learner working through the test lesson
 * (tests/fixtures/good/sample.yaml) by a script of keys: some answers
 * right the first time, some wrong first, as bits of the learner's number
 * decide, with a child's pause between keys. The learners are spread over
 * a few data directories, as on donated PCs where several children share
 * one account.
 *
 * Each pty's output goes through libvterm, a real terminal emulator, so
 * the driver knows what the child would see: after a key is sent, the
 * time until the screen shows what the key should bring (the next
 * question, the verdict, the typed letter) is that key's latency. The
 * memory of all the sessions together is sampled from
 * /proc/PID/smaps_rollup while they run.
 *
 * When every session has quit, each learner's progress file is read back
 * with the core's own reader and compared with the script: every answer
 * there, in order, with its verdict and try, in the right learner's file,
 * and nothing else in the data directories but the files and their locks.
 *
 * Prints the figures and exits 0 only when every session finished and
 * every file is exactly as scripted. The latencies are reported, never
 * judged: they depend on the machine (docs/performance.md).
 *
 * Every tenth connection (-u) drops halfway through, as SSH does when a
 * centre's link fails: the terminal goes away under the program, which
 * must save and exit by itself, with every answer the child saw a
 * verdict for in the file.
 *
 * Usage: sessions [-n SESSIONS] [-a ACCOUNTS] [-k THINK_MS] [-w WAIT_S]
 *		   [-u HANGUP_EVERY] [-s SEED] TUTOR EXERCISES_DIR WORK_DIR
 */
#include "config.h"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <unistr.h>
#include <vterm.h>

#include "progress.h"
#include "util.h"

#define ROWS		24
#define COLS		80
#define LESSON		"sample"
#define NEXERCISES	5

/* What a step waits for after its keys. */
enum expect {
	E_SHOWN,	/* the screen shows the text */
	E_GONE,		/* the screen no longer shows it */
	E_TYPED,	/* the text ends just before the cursor */
	E_EXIT		/* the program closes its terminal */
};

/* One thing a child does: send these keys, then wait for that. */
struct keystep {
	char		*keys;		/* NULL: none (the first screen) */
	char		*text;
	enum expect	 expect;
};

/* An answer the progress file must hold. */
struct want {
	const char	*exercise;
	enum verdict	 verdict;
	unsigned	 try_no;
	size_t		 step;		/* the step that shows its verdict */
};

enum state { S_WAIT, S_THINK, S_EXITING, S_HUNG_UP, S_DONE, S_FAILED };

struct session {
	int		 n;		/* learner number */
	char		 name[32];	/* "Learner 007" */
	char		*datadir;
	pid_t		 pid;
	int		 fd;		/* the pty's master side */
	VTerm		*vt;
	VTermScreen	*screen;
	struct keystep	*steps;
	size_t		 nsteps;
	size_t		 at;		/* the step being waited for */
	size_t		 hangup;	/* hang up before this step; 0: never */
	struct want	 want[2 * NEXERCISES];
	size_t		 nwant;
	enum state	 state;
	double		 since;		/* when the keys were sent */
	double		 next;		/* when to send the next keys */
	unsigned	 seed;
	int		 status;	/* exit status, once reaped */
	char		 why[160];	/* why it failed */
};

static struct session	*sessions;
static int		 nsessions = 200;
static int		 naccounts = 10;
static int		 think_ms = 400;
static int		 wait_s = 60;
static int		 hangup_every = 10;

/* Latencies in milliseconds: keys, and start-up to the first screen. */
struct samples {
	double	*v;
	size_t	 n, cap;
};
static struct samples	 key_ms, start_ms;

/* The most memory all the sessions used at once (KiB). */
static long	 peak_pss, peak_dirty, peak_rss;
static int	 peak_alive;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
sample_add(struct samples *s, double v)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n++] = v;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The q-th quantile (0..1) of sorted samples, nearest rank. */
static double
quantile(const struct samples *s, double q)
{
	size_t i;

	if (s->n == 0)
		return 0;
	i = (size_t)(q * s->n + 0.5);
	if (i > 0)
		i--;
	if (i >= s->n)
		i = s->n - 1;
	return s->v[i];
}

/* --- the script ------------------------------------------------------ */

static void
step_of(struct session *s, const char *keys, enum expect e, const char *text)
{
	struct keystep *st;

	s->steps = xreallocarray(s->steps, s->nsteps + 1, sizeof *s->steps);
	st = &s->steps[s->nsteps++];
	st->keys = keys == NULL ? NULL : xstrdup(keys);
	st->text = text == NULL ? NULL : xstrdup(text);
	st->expect = e;
}

static void
step(struct session *s, const char *keys, const char *text)
{
	step_of(s, keys, E_SHOWN, text);
}

static void
want(struct session *s, const char *exercise, enum verdict v, unsigned try_no)
{
	s->want[s->nwant].exercise = exercise;
	s->want[s->nwant].verdict = v;
	s->want[s->nwant].try_no = try_no;
	s->want[s->nwant].step = s->nsteps - 1;
	s->nwant++;
}

/* Type a line a letter at a time: each letter is a key to wait for. */
static void
type_line(struct session *s, const char *text)
{
	char key[2] = "", typed[64];
	size_t i, len = strlen(text);

	for (i = 0; i < len && i < sizeof typed - 1; i++) {
		key[0] = text[i];
		memcpy(typed, text, i + 1);
		typed[i + 1] = '\0';
		step_of(s, key, E_TYPED, typed);
	}
}

/*
 * The keys of the sample lesson for learner s->n. Bit k of the number
 * says whether exercise k is answered wrong (or partly right) first.
 * The expected text is what each key brings on screen.
 */
static void
script(struct session *s)
{
	unsigned bits = (unsigned)(s->n * 7 + 3) % 32;
	/* The Linux console's font has no bullet: tutor shows (*) there. */
	const char *on = s->n % 2 ? "(*)" : "(•)";
	char mark[3][16];
	int i;

	for (i = 0; i < 3; i++)
		snprintf(mark[i], sizeof mark[i], "%s %d)", on, i + 1);

	step(s, NULL, "Press Enter to start.");

	/* 1. Single choice: the nickname (1) is right. */
	step(s, "\r", "Question 1/5");
	if (bits & 1) {
		step(s, "2", mark[1]);
		step(s, "\r", "Not quite.");
		want(s, "pick-one", VERDICT_WRONG, 1);
	}
	step(s, "1", mark[0]);
	step(s, "\r", "Right!");
	want(s, "pick-one", VERDICT_CORRECT, (bits & 1) ? 2 : 1);
	step(s, "\r", "Question 2/5");

	/* 2. Multiple choice: 1 and 3; 1 alone is partly right. */
	step(s, "1", "[x] 1)");
	if (bits & 2) {
		step(s, "\r", "Partly right.");
		want(s, "pick-many", VERDICT_PARTLY, 1);
	}
	step(s, "3", "[x] 3)");
	step(s, "\r", "Right!");
	want(s, "pick-many", VERDICT_CORRECT, (bits & 2) ? 2 : 1);
	step(s, "\r", "Question 3/5");

	/* 3. True or false: false (2). */
	if (bits & 4) {
		step(s, "1", mark[0]);
		step(s, "\r", "Not quite.");
		want(s, "true-or-false", VERDICT_WRONG, 1);
	}
	step(s, "2", mark[1]);
	step(s, "\r", "Right!");
	want(s, "true-or-false", VERDICT_CORRECT, (bits & 4) ? 2 : 1);
	step(s, "\r", "Question 4/5");

	/* 4. Ordering: shown as 1) Join 2) Symbol 3) Pick; right is 3 1 2. */
	if (bits & 8) {
		step(s, "1", "[1] 1)");
		step(s, "2", "[2] 2)");
		step(s, "3", "[3] 3)");
		step(s, "\r", "Not quite.");
		want(s, "in-order", VERDICT_WRONG, 1);
		step(s, "\x7f", "[ ] 3)");
		step(s, "\x7f", "[ ] 2)");
		step(s, "\x7f", "[ ] 1)");
	}
	step(s, "3", "[1] 3)");
	step(s, "1", "[2] 1)");
	step(s, "2", "[3] 2)");
	step(s, "\r", "Right!");
	want(s, "in-order", VERDICT_CORRECT, (bits & 8) ? 2 : 1);
	step(s, "\r", "Question 5/5");

	/* 5. Free text: "my phone" is right, "my colour" is not. */
	if (bits & 16) {
		type_line(s, "my colour");
		step(s, "\r", "Not quite.");
		want(s, "never-share", VERDICT_WRONG, 1);
		step_of(s, "\x15", E_GONE, "my colour");
	}
	type_line(s, "my phone");
	step(s, "\r", "Right!");
	want(s, "never-share", VERDICT_CORRECT, (bits & 16) ? 2 : 1);

	step(s, "\r", "Lesson done!");
	step(s, "q", "Stop for now?");
	/* The last Enter is answered by the program's exit. */
	step_of(s, "\r", E_EXIT, NULL);
}

/* --- terminals --------------------------------------------------------- */

/* What the child sees: every row, as UTF-8, one line each. */
static void
screen_text(struct session *s, char *out, size_t size)
{
	VTermRect r;
	size_t len = 0, n;
	int row;

	for (row = 0; row < ROWS && len + COLS * 4 + 2 < size; row++) {
		r.start_row = row;
		r.end_row = row + 1;
		r.start_col = 0;
		r.end_col = COLS;
		n = vterm_screen_get_text(s->screen, out + len,
		    size - len - 2, r);
		len += n;
		out[len++] = '\n';
	}
	out[len] = '\0';
}

/* The terminal's answers to the program's queries go back to it. */
static void
vt_output(const char *bytes, size_t len, void *arg)
{
	struct session *s = arg;

	/* A program that has gone is noticed when its output ends. */
	if (s->fd != -1)
		(void)xwrite_all(s->fd, bytes, len);
}

static void	before_cursor(struct session *, char *, size_t);

static void
fail_session(struct session *s, const char *why)
{
	char text[ROWS * (COLS * 4 + 1) + 1];

	if (s->state == S_FAILED)
		return;
	snprintf(s->why, sizeof s->why, "%s", why);
	s->state = S_FAILED;
	if (s->pid > 0)
		kill(s->pid, SIGKILL);
	screen_text(s, text, sizeof text);
	fprintf(stderr, "sessions: %s (learner %d, step %zu): %s\n"
	    "--- screen ---\n%s--------------\n", s->name, s->n, s->at, why,
	    text);
	before_cursor(s, text, sizeof text);
	fprintf(stderr, "before the cursor: '%s', waiting for '%s'\n", text,
	    s->steps[s->at].text ? s->steps[s->at].text : "(exit)");
}

static void
start_session(struct session *s, const char *tutor, const char *exercises)
{
	struct winsize ws = { .ws_row = ROWS, .ws_col = COLS };
	const char *term;
	char *slave;
	int fd, sfd;

	fd = posix_openpt(O_RDWR | O_NOCTTY);
	if (fd == -1 || grantpt(fd) == -1 || unlockpt(fd) == -1 ||
	    (slave = ptsname(fd)) == NULL) {
		perror("sessions: a pseudo-terminal");
		exit(2);
	}
	ioctl(fd, TIOCSWINSZ, &ws);
	/* Half of the children on the Linux console, half in xterm. */
	term = s->n % 2 ? "linux" : "xterm-256color";	/* as in script() */
	s->since = now();
	s->pid = fork();
	if (s->pid == -1) {
		perror("sessions: fork");
		exit(2);
	}
	if (s->pid == 0) {
		setsid();
		if ((sfd = open(slave, O_RDWR)) == -1)
			_exit(127);
		ioctl(sfd, TIOCSCTTY, 0);
		dup2(sfd, 0);
		dup2(sfd, 1);
		dup2(sfd, 2);
		if (sfd > 2)
			close(sfd);
		close(fd);
		setenv("TERM", term, 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		unsetenv("NO_COLOR");
		execl(tutor, tutor, "--exercises", exercises, "--lang", "en",
		    "--profile", s->name, "--data-dir", s->datadir,
		    "--lesson", LESSON, (char *)NULL);
		_exit(127);
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	s->fd = fd;
	s->vt = vterm_new(ROWS, COLS);
	vterm_set_utf8(s->vt, 1);
	vterm_output_set_callback(s->vt, vt_output, s);
	s->screen = vterm_obtain_screen(s->vt);
	vterm_screen_reset(s->screen, 1);
	s->state = S_WAIT;
	s->at = 0;
}

/*
 * The text of the cursor's row up to the cursor, blank cells as spaces
 * (vterm_screen_get_text leaves out blanks at the end, and a typed
 * space must count).
 */
static void
before_cursor(struct session *s, char *out, size_t size)
{
	VTermScreenCell cell;
	VTermPos pos, at;
	size_t len = 0;
	int n;

	vterm_state_get_cursorpos(vterm_obtain_state(s->vt), &pos);
	at.row = pos.row;
	for (at.col = 0; at.col < pos.col && len + 8 < size; at.col++) {
		if (!vterm_screen_get_cell(s->screen, at, &cell))
			break;
		if (cell.chars[0] == 0)
			out[len++] = ' ';
		else if ((n = u8_uctomb((uint8_t *)out + len, cell.chars[0],
		    (int)(size - len - 1))) > 0)
			len += (size_t)n;
		if (cell.width == 2)
			at.col++;
	}
	out[len] = '\0';
}

/* The screen now shows what the step waits for: on to the next. */
static void
check_screen(struct session *s)
{
	char text[ROWS * (COLS * 4 + 1) + 1];
	struct keystep *st;
	size_t n, len;
	bool seen;
	double t;

	if (s->state != S_WAIT)
		return;
	st = &s->steps[s->at];
	switch (st->expect) {
	case E_SHOWN:
	case E_GONE:
		screen_text(s, text, sizeof text);
		seen = (strstr(text, st->text) != NULL) == (st->expect == E_SHOWN);
		break;
	case E_TYPED:
		before_cursor(s, text, sizeof text);
		n = strlen(text);
		len = strlen(st->text);
		seen = n >= len && memcmp(text + n - len, st->text, len) == 0;
		break;
	default:
		return;
	}
	if (!seen)
		return;
	t = now();
	sample_add(s->at == 0 ? &start_ms : &key_ms, (t - s->since) * 1000);
	s->at++;
	s->state = S_THINK;
	/* A child's pause: THINK_MS on average, from half to one and a half. */
	s->next = t + (think_ms / 2 + rand_r(&s->seed) % (think_ms + 1)) /
	    1000.0;
}

static void
send_keys(struct session *s)
{
	struct keystep *st = &s->steps[s->at];

	s->since = now();
	if (xwrite_all(s->fd, st->keys, strlen(st->keys)) == -1) {
		fail_session(s, "the program stopped reading keys");
		return;
	}
	s->state = st->expect == E_EXIT ? S_EXITING : S_WAIT;
}

/*
 * The connection drops, as SSH does when a centre's link fails: the
 * terminal goes away and the kernel sends the program SIGHUP. What the
 * child saw answered must be in the file all the same.
 */
static void
hang_up(struct session *s)
{
	close(s->fd);
	s->fd = -1;
	s->state = S_HUNG_UP;
}

static void
read_output(struct session *s)
{
	char buf[16384];
	ssize_t n;

	for (;;) {
		n = read(s->fd, buf, sizeof buf);
		if (n > 0) {
			vterm_input_write(s->vt, buf, (size_t)n);
			continue;
		}
		if (n == -1 && (errno == EAGAIN || errno == EINTR))
			break;
		/* EOF or EIO: the program has closed its terminal. */
		close(s->fd);
		s->fd = -1;
		if (s->state == S_EXITING) {
			sample_add(&key_ms, (now() - s->since) * 1000);
			s->state = S_DONE;
		} else
			fail_session(s, "the program ended before the script");
		return;
	}
	check_screen(s);
}

/* --- memory ------------------------------------------------------------ */

static void
sample_memory(void)
{
	long pss = 0, dirty = 0, rss = 0, v;
	char path[64], line[256];
	int i, alive = 0;
	FILE *f;

	for (i = 0; i < nsessions; i++) {
		if (sessions[i].fd == -1 || sessions[i].pid <= 0)
			continue;
		snprintf(path, sizeof path, "/proc/%d/smaps_rollup",
		    (int)sessions[i].pid);
		if ((f = fopen(path, "r")) == NULL)
			continue;
		alive++;
		while (fgets(line, sizeof line, f) != NULL) {
			if (sscanf(line, "Pss: %ld", &v) == 1)
				pss += v;
			else if (sscanf(line, "Private_Dirty: %ld", &v) == 1)
				dirty += v;
			else if (sscanf(line, "Rss: %ld", &v) == 1)
				rss += v;
		}
		fclose(f);
	}
	if (pss > peak_pss) {
		peak_pss = pss;
		peak_dirty = dirty;
		peak_rss = rss;
		peak_alive = alive;
	}
}

/* --- the run ----------------------------------------------------------- */

static void
reap(void)
{
	int status, i;
	pid_t pid;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		for (i = 0; i < nsessions; i++) {
			if (sessions[i].pid == pid) {
				sessions[i].status = status;
				sessions[i].pid = -pid;
			}
		}
	}
}

static void
run(const char *tutor, const char *exercises)
{
	struct pollfd *pfd;
	struct session **who;
	double t, next_mem = 0, deadline;
	int i, n, active, timeout;

	pfd = xcalloc(nsessions, sizeof *pfd);
	who = xcalloc(nsessions, sizeof *who);
	/* A class starts together: every session at once. */
	for (i = 0; i < nsessions; i++)
		start_session(&sessions[i], tutor, exercises);
	for (;;) {
		t = now();
		active = 0;
		deadline = t + 0.1;
		for (i = 0; i < nsessions; i++) {
			struct session *s = &sessions[i];

			if (s->state == S_THINK && s->next <= t &&
			    s->at == s->hangup)
				hang_up(s);
			else if (s->state == S_THINK && s->next <= t)
				send_keys(s);
			if (s->state == S_THINK && s->next < deadline)
				deadline = s->next;
			if ((s->state == S_WAIT || s->state == S_EXITING) &&
			    t - s->since > wait_s)
				fail_session(s, "the screen did not show it "
				    "in time");
			if (s->state == S_DONE || s->state == S_FAILED ||
			    s->state == S_HUNG_UP) {
				if (s->fd != -1) {
					close(s->fd);
					s->fd = -1;
				}
				continue;
			}
			pfd[active].fd = s->fd;
			pfd[active].events = POLLIN;
			who[active++] = s;
		}
		if (active == 0)
			break;
		if (t >= next_mem) {
			sample_memory();
			next_mem = t + 0.5;
		}
		timeout = (int)((deadline - t) * 1000);
		if (timeout < 0)
			timeout = 0;
		n = poll(pfd, active, timeout);
		if (n == -1 && errno != EINTR) {
			perror("sessions: poll");
			exit(2);
		}
		for (i = 0; i < active && n > 0; i++) {
			if (pfd[i].revents != 0)
				read_output(who[i]);
		}
	}
	/* Every program must have exited by itself, with status 0. */
	deadline = now() + wait_s;
	for (;;) {
		reap();
		for (i = 0; i < nsessions; i++)
			if (sessions[i].pid > 0)
				break;
		if (i == nsessions || now() > deadline)
			break;
		usleep(20000);
	}
	for (i = 0; i < nsessions; i++) {
		struct session *s = &sessions[i];

		if (s->pid > 0) {
			if (s->state == S_DONE || s->state == S_HUNG_UP)
				fail_session(s, "the program did not exit");
			kill(s->pid, SIGKILL);
		} else if (s->state == S_DONE && (!WIFEXITED(s->status) ||
		    WEXITSTATUS(s->status) != 0)) {
			snprintf(s->why, sizeof s->why, "exit status %d",
			    WIFEXITED(s->status) ? WEXITSTATUS(s->status) :
			    128 + WTERMSIG(s->status));
			s->state = S_FAILED;
			fprintf(stderr, "sessions: %s: %s\n", s->name, s->why);
		}
	}
	free(pfd);
	free(who);
}

/* --- the progress files -------------------------------------------------- */

static char *
read_all(const char *path, size_t *len)
{
	struct buf b;
	char chunk[8192];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NOFOLLOW)) == -1)
		return NULL;
	buf_init(&b);
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		buf_add(&b, chunk, (size_t)n);
	close(fd);
	*len = b.len;
	return buf_take(&b);
}

/* The answers the child saw a verdict for. */
static size_t
given(const struct session *s)
{
	size_t n = 0;

	while (n < s->nwant && s->want[n].step < s->at)
		n++;
	return n;
}

/* One learner's file against their script; a problem goes in why. */
static bool
matches(const struct session *s, const struct progress *p, char *why,
    size_t size)
{
	const struct lesson_progress *lp;
	size_t i, n = given(s);

	if (p->nattempts != n) {
		snprintf(why, size, "%zu answers kept, %zu given",
		    p->nattempts, n);
		return false;
	}
	for (i = 0; i < n; i++) {
		const struct attempt *a = &p->attempts[i];

		if (strcmp(a->lesson, LESSON) != 0 ||
		    strcmp(a->exercise, s->want[i].exercise) != 0 ||
		    a->verdict != s->want[i].verdict ||
		    a->try_no != s->want[i].try_no ||
		    strcmp(a->session, p->attempts[0].session) != 0) {
			snprintf(why, size, "answer %zu is %s try %u, "
			    "scripted %s try %u", i + 1, a->exercise,
			    a->try_no, s->want[i].exercise, s->want[i].try_no);
			return false;
		}
	}
	lp = progress_lesson(p, LESSON);
	if (s->state == S_HUNG_UP)
		return true;
	if (lp == NULL || !lp->done) {
		snprintf(why, size, "the lesson is not marked done");
		return false;
	}
	return true;
}

/*
 * Read every file of every data directory. Returns how many learners'
 * files are exactly as scripted, with the answers they hold and the
 * files that should not be there (temporary, damaged, unknown).
 */
static int
verify(const char *work, size_t *answers, size_t *others)
{
	char dir[4096], path[8192], why[160];
	struct progress p;
	struct dirent *e;
	int a, i, good = 0, *seen;
	size_t len;
	char *text;
	DIR *d;

	seen = xcalloc(nsessions, sizeof *seen);
	*answers = *others = 0;
	for (a = 0; a < naccounts; a++) {
		snprintf(dir, sizeof dir, "%s/account%02d/profiles", work, a);
		if ((d = opendir(dir)) == NULL) {
			fprintf(stderr, "sessions: %s: %s\n", dir,
			    strerror(errno));
			continue;
		}
		while ((e = readdir(d)) != NULL) {
			const char *dot = strrchr(e->d_name, '.');

			if (e->d_name[0] == '.')
				continue;
			if (dot != NULL && strcmp(dot, ".lock") == 0)
				continue;
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			if (dot == NULL || strcmp(dot, ".progress") != 0) {
				fprintf(stderr, "sessions: %s: a file that "
				    "should not be there\n", path);
				(*others)++;
				continue;
			}
			if ((text = read_all(path, &len)) == NULL)
				continue;
			if (progress_parse(path, text, len, &p, NULL) != 0) {
				fprintf(stderr, "sessions: %s: damaged\n", path);
				free(text);
				progress_clear(&p);
				continue;
			}
			free(text);
			for (i = 0; i < nsessions; i++)
				if (strcmp(sessions[i].name, p.name) == 0)
					break;
			if (i == nsessions || i % naccounts != a) {
				fprintf(stderr, "sessions: %s: learner '%s' "
				    "does not belong here\n", path, p.name);
			} else if (seen[i]++ != 0) {
				fprintf(stderr, "sessions: %s: a second file "
				    "for '%s'\n", path, p.name);
			} else if (!matches(&sessions[i], &p, why,
			    sizeof why)) {
				fprintf(stderr, "sessions: %s (%s): %s\n", path,
				    p.name, why);
			} else {
				good++;
				*answers += p.nattempts;
			}
			progress_clear(&p);
		}
		closedir(d);
	}
	for (i = 0; i < nsessions; i++)
		if (seen[i] == 0)
			fprintf(stderr, "sessions: no progress file for %s\n",
			    sessions[i].name);
	free(seen);
	return good;
}

static void
usage(void)
{
	fprintf(stderr, "usage: sessions [-n SESSIONS] [-a ACCOUNTS] "
	    "[-k THINK_MS] [-w WAIT_S] [-u HANGUP_EVERY] [-s SEED] TUTOR "
	    "EXERCISES WORK_DIR\n");
	exit(64);
}

int
main(int argc, char **argv)
{
	const char *tutor, *exercises, *work;
	unsigned seed = 1;
	size_t answers, others, keys, want_total = 0;
	int c, i, finished = 0, hung = 0, good;
	char dir[4096];
	double t0, elapsed;

	while ((c = getopt(argc, argv, "n:a:k:w:s:u:")) != -1) {
		switch (c) {
		case 'n': nsessions = atoi(optarg); break;
		case 'a': naccounts = atoi(optarg); break;
		case 'k': think_ms = atoi(optarg); break;
		case 'w': wait_s = atoi(optarg); break;
		case 's': seed = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'u': hangup_every = atoi(optarg); break;
		default: usage();
		}
	}
	if (argc - optind != 3 || nsessions < 1 || naccounts < 1 ||
	    think_ms < 0 || wait_s < 1 || hangup_every < 0)
		usage();
	if (naccounts > nsessions)
		naccounts = nsessions;
	tutor = argv[optind];
	exercises = argv[optind + 1];
	work = argv[optind + 2];
	signal(SIGPIPE, SIG_IGN);

	sessions = xcalloc(nsessions, sizeof *sessions);
	for (i = 0; i < naccounts; i++) {
		snprintf(dir, sizeof dir, "%s/account%02d", work, i);
		if (mkdir(dir, 0700) == -1 && errno != EEXIST) {
			perror(dir);
			return 2;
		}
	}
	for (i = 0; i < nsessions; i++) {
		struct session *s = &sessions[i];

		s->n = i + 1;
		snprintf(s->name, sizeof s->name, "Learner %03d", s->n);
		xasprintf(&s->datadir, "%s/account%02d", work, i % naccounts);
		s->seed = seed * 7919u + (unsigned)i;
		s->fd = -1;
		script(s);
		/* Every HANGUP_EVERY-th connection drops halfway. */
		if (hangup_every > 0 && s->n % hangup_every == 0)
			s->hangup = s->nsteps / 2;
	}

	t0 = now();
	run(tutor, exercises);
	elapsed = now() - t0;
	for (i = 0; i < nsessions; i++) {
		finished += sessions[i].state == S_DONE ||
		    sessions[i].state == S_HUNG_UP;
		hung += sessions[i].state == S_HUNG_UP;
		want_total += given(&sessions[i]);
	}
	good = verify(work, &answers, &others);

	qsort(key_ms.v, key_ms.n, sizeof *key_ms.v, cmp_double);
	qsort(start_ms.v, start_ms.n, sizeof *start_ms.v, cmp_double);
	keys = key_ms.n;
	printf("sessions: %d at once, %d accounts, %dx%d, TERM linux and "
	    "xterm-256color, pause %d ms between keys\n", nsessions,
	    naccounts, COLS, ROWS, think_ms);
	printf("finished: %d of %d sessions in %.1f s, %zu keys, %d of them "
	    "hung up halfway\n", finished, nsessions, elapsed, keys, hung);
	printf("latency: key to screen median %.2f ms, p99 %.2f ms, "
	    "max %.2f ms\n", quantile(&key_ms, 0.5), quantile(&key_ms, 0.99),
	    keys ? key_ms.v[keys - 1] : 0.0);
	printf("start: to the first screen median %.0f ms, p99 %.0f ms\n",
	    quantile(&start_ms, 0.5), quantile(&start_ms, 0.99));
	printf("memory: %d sessions together PSS %ld KiB (%ld KiB each), "
	    "private dirty %ld KiB, RSS %ld KiB\n", peak_alive, peak_pss,
	    peak_alive ? peak_pss / peak_alive : 0, peak_dirty, peak_rss);
	printf("progress: %d of %d learners exactly as scripted, %zu of %zu "
	    "answers kept, %zu other files\n", good, nsessions, answers,
	    want_total, others);
	return finished == nsessions && good == nsessions &&
	    answers == want_total && others == 0 ? 0 : 1;
}
