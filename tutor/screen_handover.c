/*
 * screen_handover.c: the screen shown when the session's time limit is
 * up (kiosk.h). Everything was saved as it was done; the screen tells the
 * child so, and asks them to let the next child sit down. It stays until
 * Enter is pressed (a child typing an answer at that moment does not
 * dismiss it by chance), the terminal goes away, a signal ends tutor, or
 * HANDOVER_WAIT seconds pass; then the session ends, and with it a kiosk
 * account's login.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include <curses.h>

#include "i18n.h"
#include "kiosk.h"
#include "layout.h"
#include "ui.h"
#include "util.h"

#define HANDOVER_WAIT	600	/* seconds */
#define HANDOVER_TICK	500	/* ms */
#define QUICK_ERRORS	64	/* quick ERRs in a row: the terminal has gone */

static void
put_wrapped(struct ui *ui, int *y, const char *text, enum role role)
{
	struct layout l;
	int width = ui->cols > 8 ? ui->cols - 8 : ui->cols, x;
	size_t i;
	char *line;

	layout_wrap(text, width, &l);
	for (i = 0; i < l.n && *y < ui->rows; i++, (*y)++) {
		line = xstrndup(text + l.v[i].start, l.v[i].len);
		x = (ui->cols - l.v[i].width) / 2;
		ui_put(ui, *y, x > 0 ? x : 0, ui->cols, line, role);
		free(line);
	}
	layout_free(&l);
}

static void
handover_draw(struct ui *ui)
{
	int y;

	erase();
	getmaxyx(stdscr, ui->rows, ui->cols);
	y = ui->rows / 2 - 3;
	if (y < 0)
		y = 0;
	put_wrapped(ui, &y, time_limit_message(), ROLE_TITLE);
	y++;
	put_wrapped(ui, &y, _("Press Enter."), ROLE_KEY);
	refresh();
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

void
handover_show(struct ui *ui, volatile sig_atomic_t *stop)
{
	long began = now_ms(), started;
	int rc, errors = 0;
	wint_t ch;

	time_limit_stop();
	ui->overlay = OV_NONE;
	curs_set(0);
	timeout(HANDOVER_TICK);
	while (!*stop && now_ms() - began < HANDOVER_WAIT * 1000L) {
		handover_draw(ui);
		started = now_ms();
		errno = 0;
		rc = get_wch(&ch);
		if (rc == ERR) {
			if (errno == EIO)
				break;
			if (now_ms() - started < HANDOVER_TICK / 2) {
				if (++errors > QUICK_ERRORS)
					break;
			} else
				errors = 0;
			continue;
		}
		errors = 0;
		if ((rc == KEY_CODE_YES && ch == KEY_ENTER) ||
		    (rc == OK && (ch == L'\n' || ch == L'\r')))
			break;
	}
}
