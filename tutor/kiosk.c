/*
 * kiosk.c: the login-shell start, the signals a child could use to get
 * out, and the session's time limit (kiosk.h).
 *
 * Why ignore the signals rather than catch them: an ignored SIGTSTP
 * cannot stop the process even for an instant, ncurses leaves ignored
 * signals alone when it starts (it installs its own SIGTSTP and SIGINT
 * handlers only over the default action), and an ignored signal does not
 * interrupt a read. SIGHUP and SIGTERM are not ignored: they end the
 * session, after the front end has saved (ui.c), as a dropped connection
 * must.
 */
#include "config.h"

#include <sys/stat.h>
#include <sys/time.h>

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "kiosk.h"

static volatile sig_atomic_t alarmed;
static struct timespec deadline;
static bool limited;

/* Whether the command sshd or su passed is this program, alone. */
static bool
is_self(const char *cmd)
{
	char exe[PATH_MAX], *real;
	ssize_t n;
	bool yes;

	cmd += strspn(cmd, " \t");
	if (cmd[0] != '/' || cmd[strcspn(cmd, " \t\n")] != '\0')
		return false;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return false;
	exe[n] = '\0';
	if ((real = realpath(cmd, NULL)) == NULL)
		return false;
	yes = strcmp(real, exe) == 0;
	free(real);
	return yes;
}

enum kiosk_start
kiosk_from_argv(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "-c") == 0) {
		if (argc == 3 && is_self(argv[2]))
			return KIOSK_YES;
		fprintf(stderr, "%s\n", _("tutor: this account is for tutor "
		    "only: it does not run commands."));
		return KIOSK_REFUSE;
	}
	if (argc >= 1 && argv[0] != NULL && argv[0][0] == '-') {
		if (argc == 1)
			return KIOSK_YES;
		fprintf(stderr, "%s\n", _("tutor: as a login shell, tutor "
		    "takes no options (the administrator sets them in "
		    "tutor.conf)."));
		return KIOSK_REFUSE;
	}
	return KIOSK_NO;
}

void
kiosk_enter(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	umask(077);
}

static void
on_alarm(int sig)
{
	(void)sig;
	alarmed = 1;
}

void
time_limit_start(unsigned long seconds)
{
	struct sigaction sa;
	struct itimerval it;

	if (seconds == 0)
		return;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += (time_t)seconds;
	limited = true;
	alarmed = 0;
	/* No SA_RESTART: the alarm must interrupt the line mode's read. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = (time_t)seconds;
	it.it_interval.tv_sec = 1;
	setitimer(ITIMER_REAL, &it, NULL);
}

bool
time_limit_up(void)
{
	struct timespec now;

	if (!limited)
		return false;
	if (alarmed)
		return true;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec
	    && now.tv_nsec >= deadline.tv_nsec);
}

void
time_limit_stop(void)
{
	struct itimerval it;
	struct sigaction sa;

	if (!limited)
		return;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
}

bool
time_limit_handover(FILE *out)
{
	static bool said;

	if (!time_limit_up())
		return false;
	time_limit_stop();
	if (!said) {
		fprintf(out, "\n%s\n", time_limit_message());
		fflush(out);
	}
	said = true;
	return true;
}

const char *
time_limit_message(void)
{
	return _("Time is up. Your work is saved. Please let the next child "
	    "sit down.");
}
