/*
 * report_table.c: a report for the terminal: one section each for
 * learners, lessons and exercises. Columns are measured in display
 * columns (layout_width, as the terminal shows them), so that Arabic or
 * Tifinagh names line up with Latin ones, and a cell too long for its
 * column is cut between whole characters, with "…". Each section is
 * gone through twice, to measure and to print, without keeping a copy
 * of its cells.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "layout.h"
#include "report.h"
#include "report_int.h"
#include "util.h"

#define COLS_MAX	9

struct col {
	const char	*head;
	int		 max;		/* columns at most */
	bool		 right;		/* numbers: aligned right */
};

/* One row's cells: text of the report, or numbers printed into num. */
struct row {
	const char	*cell[COLS_MAX];
	char		 num[COLS_MAX][32];
	struct buf	 extra;
};

typedef void	(*row_fn)(const struct report *, size_t, struct row *);

static int
cell_width(const char *s, int max)
{
	int w = layout_width(s, strlen(s));

	return w < max ? w : max;
}

/* A cell of w columns: cut with "…" when it is wider than that. */
static void
put_cell(FILE *f, const char *s, int w, bool right, bool last)
{
	size_t len = strlen(s), n;
	int used;

	used = layout_width(s, len);
	if (used > w) {
		n = layout_fit(s, len, w - 1, &used);
		fwrite(s, 1, n, f);
		fputs("…", f);
		used++;
	} else {
		if (right)
			fprintf(f, "%*s", w - used, "");
		fputs(s, f);
		if (right)
			used = w;
	}
	if (!last)
		fprintf(f, "%*s", w - used + 2, "");
}

static void
table(FILE *f, const char *title, const struct col *cols, size_t ncols,
    const struct report *r, size_t nrows, row_fn fn)
{
	struct row row;
	int w[COLS_MAX];
	size_t i, c;

	fprintf(f, "%s\n", title);
	memset(&row, 0, sizeof row);
	buf_init(&row.extra);
	for (c = 0; c < ncols; c++)
		w[c] = cell_width(_(cols[c].head), cols[c].max);
	for (i = 0; i < nrows; i++) {
		row.extra.len = 0;
		fn(r, i, &row);
		for (c = 0; c < ncols; c++) {
			if (cell_width(row.cell[c], cols[c].max) > w[c])
				w[c] = cell_width(row.cell[c], cols[c].max);
		}
	}
	for (c = 0; c < ncols; c++)
		put_cell(f, _(cols[c].head), w[c], cols[c].right,
		    c + 1 == ncols);
	fputc('\n', f);
	for (i = 0; i < nrows; i++) {
		row.extra.len = 0;
		fn(r, i, &row);
		for (c = 0; c < ncols; c++)
			put_cell(f, row.cell[c], w[c], cols[c].right,
			    c + 1 == ncols);
		fputc('\n', f);
	}
	fputc('\n', f);
	buf_free(&row.extra);
}

static const char *
num(struct row *row, int c, unsigned long long n)
{
	snprintf(row->num[c], sizeof row->num[c], "%llu", n);
	return row->num[c];
}

static const char *
duration(struct row *row, int c, unsigned long long s)
{
	snprintf(row->num[c], sizeof row->num[c], "%llu:%02llu:%02llu",
	    s / 3600, s / 60 % 60, s % 60);
	return row->num[c];
}

static void
learner_row(const struct report *r, size_t i, struct row *row)
{
	const struct report_learner *w = &r->learners[i];
	struct tm tm;

	row->cell[0] = w->name;
	row->cell[1] = num(row, 1, w->started);
	row->cell[2] = num(row, 2, w->done);
	row->cell[3] = num(row, 3, w->stars);
	row->cell[4] = num(row, 4, w->attempts);
	row->cell[5] = duration(row, 5, w->seconds);
	row->num[6][0] = '\0';
	if (w->last_seen > 0 && gmtime_r(&w->last_seen, &tm) != NULL)
		strftime(row->num[6], sizeof row->num[6], "%Y-%m-%d %H:%M", &tm);
	row->cell[6] = row->num[6];
}

static void
lesson_row(const struct report *r, size_t i, struct row *row)
{
	const struct report_lesson *l = &r->lessons[i];

	row->cell[0] = l->id;
	row->cell[1] = l->title != NULL ? l->title : "";
	row->cell[2] = num(row, 2, l->started);
	row->cell[3] = num(row, 3, l->done);
	report_ratio(l->stars, l->done, row->num[4]);
	row->cell[4] = row->num[4];
	row->cell[5] = num(row, 5, l->attempts);
	row->cell[6] = duration(row, 6, l->seconds);
}

static void
exercise_row(const struct report *r, size_t i, struct row *row)
{
	const struct report_exercise *e = &r->exercises[i];
	size_t j;

	buf_printf(&row->extra, "%s/%s", e->lesson, e->exercise);
	buf_addc(&row->extra, '\0');
	for (j = 0; j < e->nrules; j++)
		buf_printf(&row->extra, "%s%s ×%lu", j > 0 ? ", " : "",
		    e->rules[j].text, e->rules[j].count);
	for (j = 0; j < e->nanswers; j++)
		buf_printf(&row->extra, "%s\"%s\" ×%lu", j + e->nrules > 0 ?
		    ", " : "", e->answers[j].text, e->answers[j].count);
	row->cell[0] = row->extra.s;
	row->cell[1] = e->title != NULL ? e->title : "";
	row->cell[2] = num(row, 2, e->learners);
	snprintf(row->num[3], sizeof row->num[3], "%lu%%",
	    (e->first_try_right * 100 + e->learners / 2) / e->learners);
	row->cell[3] = row->num[3];
	row->cell[4] = num(row, 4, e->attempts);
	row->cell[5] = num(row, 5, e->hinted);
	row->cell[6] = row->extra.s + strlen(row->extra.s) + 1;
}

void
report_write_table(const struct report *r, FILE *f)
{
	/* TRANSLATORS: column headings of tutor report; keep them short. */
	static const struct col learners[] = {
		{ N_("Learner"), 24, false }, { N_("Started"), 8, true },
		{ N_("Done"), 8, true }, { N_("Stars"), 8, true },
		{ N_("Answers"), 8, true }, { N_("Time"), 12, true },
		{ N_("Last seen"), 16, false },
	};
	static const struct col lessons[] = {
		{ N_("Lesson"), 24, false }, { N_("Title"), 32, false },
		{ N_("Started"), 8, true }, { N_("Done"), 8, true },
		{ N_("Stars"), 8, true }, { N_("Answers"), 8, true },
		{ N_("Time"), 12, true },
	};
	static const struct col exercises[] = {
		{ N_("Exercise"), 32, false }, { N_("Title"), 32, false },
		{ N_("Tried"), 8, true }, { N_("Right 1st"), 9, true },
		{ N_("Answers"), 8, true }, { N_("Hinted"), 8, true },
		{ N_("Most often missed"), 48, false },
	};
	char title[128];

	if (r->nlearners == 0) {
		fprintf(f, "%s\n", _("No learner's progress was found."));
		return;
	}
	snprintf(title, sizeof title, _("Learners: %zu"), r->nlearners);
	table(f, title, learners, 7, r, r->nlearners, learner_row);
	snprintf(title, sizeof title, _("Lessons: %zu (stars: the average "
	    "of those who finished)"), r->nlessons);
	table(f, title, lessons, 7, r, r->nlessons, lesson_row);
	snprintf(title, sizeof title, _("Exercises: %zu, hardest first"),
	    r->nexercises);
	table(f, title, exercises, 7, r, r->nexercises, exercise_row);
	fprintf(f, _("%zu files read, %zu damaged (what could be read was "
	    "used), %zu not used.\n"), r->files + r->damaged, r->damaged,
	    r->skipped);
}
