/*
 * kiosk.h: tutor as the login shell or the sshd ForceCommand of a
 * child's account, with no way out to a shell, and the time limit of a
 * session (docs/trainers.md).
 *
 * In kiosk mode Ctrl-C, Ctrl-\ and Ctrl-Z stop nothing: the full-screen
 * interface reads them as keys (raw mode: Ctrl-C asks "stop?", the
 * others do nothing), and SIGINT, SIGQUIT and SIGTSTP are ignored, so
 * the line mode and the moments before and after the screen is set up
 * are covered too. tutor never starts another program: no shell, pager
 * or editor (tests/kiosk.sh checks the source and the binary for it).
 */
#ifndef TUTOR_KIOSK_H
#define TUTOR_KIOSK_H

#include <stdbool.h>
#include <stdio.h>

enum kiosk_start {
	KIOSK_NO,	/* an ordinary start: read the options */
	KIOSK_YES,	/* a login shell: kiosk mode, no options */
	KIOSK_REFUSE	/* a shell asked to run a command: refused */
};

/*
 * How tutor was started. As a login shell, argv[0] starts with '-'
 * ("-tutor"), with no arguments. As a shell asked to run a command
 * (`ssh child@server CMD`, `su child -c CMD`, and sshd's ForceCommand
 * or subsystems such as sftp when tutor is the login shell), the
 * arguments are "-c" and the command: tutor never runs it; it starts
 * itself in kiosk mode when the command is this program's path and
 * nothing else (ForceCommand /usr/bin/tutor), and refuses anything else
 * with a message on stderr.
 */
enum kiosk_start kiosk_from_argv(int argc, char **argv);
/* Kiosk mode: SIGINT, SIGQUIT and SIGTSTP ignored; files private. */
void		 kiosk_enter(void);

/*
 * The session's time limit: time_limit_up becomes true that many
 * seconds from now, and from then a signal (SIGALRM, every second until
 * time_limit_stop) interrupts a blocking read, so that the line mode
 * notices while it waits for a line. The front ends then show the
 * hand-over message and end; progress is saved after every answer.
 */
void		 time_limit_start(unsigned long seconds);
bool		 time_limit_up(void);
void		 time_limit_stop(void);
/* The hand-over message, in the interface's language. */
const char	*time_limit_message(void);
/*
 * For the line mode: when the time is up, stop the alarm, print the
 * hand-over message to out (once) and return true.
 */
bool		 time_limit_handover(FILE *out);

#endif
