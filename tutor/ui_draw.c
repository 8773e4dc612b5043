/*
 * ui_draw.c: putting text on the screen by columns. Every string goes
 * through ui_put, which measures with wcwidth, cuts between whole
 * characters, and drops anything that could act on the terminal (control
 * characters, bidi overrides, invisible format characters) even though
 * the loader refuses them already: what reaches the screen is the last
 * place to be sure.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>
#include <unictype.h>

#include "bidi.h"
#include "i18n.h"
#include "layout.h"
#include "ui.h"
#include "util.h"

static attr_t
to_curses(unsigned bits)
{
	attr_t a = A_NORMAL;

	if (bits & THEME_BOLD)
		a |= A_BOLD;
	if (bits & THEME_UNDERLINE)
		a |= A_UNDERLINE;
	if (bits & THEME_REVERSE)
		a |= A_REVERSE;
	if (bits & THEME_DIM)
		a |= A_DIM;
	if (bits & THEME_STANDOUT)
		a |= A_STANDOUT;
	return a;
}

void
ui_role(struct ui *ui, enum role r)
{
	const struct style *s = &ui->theme.roles[r];

	if (ui->color)
		attrset(COLOR_PAIR(r + 1) | to_curses(s->attrs));
	else
		attrset(to_curses(s->mono));
}

static bool
safe_char(wchar_t wc)
{
	if (wc < 0x20 || (wc >= 0x7f && wc < 0xa0))
		return false;
	return !uc_is_general_category((ucs4_t)wc, UC_CATEGORY_Cf);
}

/* Columns the safe characters of s take, at most maxw. */
static int
safe_width(const char *s, int maxw)
{
	mbstate_t st;
	wchar_t wc;
	size_t n, len = strlen(s);
	int w, used = 0;

	memset(&st, 0, sizeof st);
	while (len > 0) {
		n = mbrtowc(&wc, s, len, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof st);
			s++;
			len--;
			continue;
		}
		s += n;
		len -= n;
		if (!safe_char(wc))
			continue;
		w = wcwidth(wc);
		if (w < 0)
			w = 1;
		if (used + w > maxw)
			break;
		used += w;
	}
	return used;
}

/*
 * Draw text already in display order. In a right-to-left interface every
 * position is mirrored: x counts from the right edge.
 */
static int
put_visual(struct ui *ui, int y, int x, int maxw, const char *s, enum role r)
{
	mbstate_t st;
	wchar_t wc;
	size_t n, len = strlen(s);
	int w, used = 0;

	if (maxw <= 0 || y < 0 || y >= ui->rows)
		return 0;
	ui_role(ui, r);
	if (ui->rtl)
		x = ui->cols - x - safe_width(s, maxw);
	move(y, x);
	memset(&st, 0, sizeof st);
	while (len > 0) {
		n = mbrtowc(&wc, s, len, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof st);
			s++;
			len--;
			continue;
		}
		if (!safe_char(wc)) {
			s += n;
			len -= n;
			continue;
		}
		w = wcwidth(wc);
		if (w < 0)
			w = 1;
		if (used + w > maxw)
			break;
		addnstr(s, (int)n);
		used += w;
		s += n;
		len -= n;
	}
	return used;
}

int
ui_put(struct ui *ui, int y, int x, int maxw, const char *s, enum role r)
{
	char *visual;
	int used;

	if (!ui->rtl && !bidi_has_rtl(s, strlen(s)))
		return put_visual(ui, y, x, maxw, s, r);
	visual = bidi_line(s, strlen(s), ui->rtl);
	used = put_visual(ui, y, x, maxw, visual, r);
	free(visual);
	return used;
}

void
ui_move(struct ui *ui, int y, int x)
{
	move(y, ui->rtl ? ui->cols - 1 - x : x);
}

/*
 * A one-line text field: the editor's characters in display order,
 * scrolled sideways to keep the cursor in view, with the terminal's
 * cursor on it when it has the focus.
 */
void
ui_field(struct ui *ui, int y, int x, int w, const struct editline *e,
    bool focus)
{
	wchar_t vis[EDITLINE_MAX + 1];
	struct editline view;
	size_t start = 0, gap, n, i;
	int cx;
	char *s;
	bool rtl;

	if (w < 2)
		return;

	while (start < e->cursor && editline_width(e, e->cursor) -
	    editline_width(e, start) >= w - 1)
		start++;
	view = *e;
	memmove(view.buf, view.buf + start, (view.len - start) *
	    sizeof view.buf[0]);
	view.len -= start;
	view.cursor -= start;
	/* Right-to-left text, or a right-to-left interface. */
	rtl = ui->rtl;
	gap = view.cursor;
	n = bidi_field(view.buf, view.len, rtl, vis, &gap);
	for (i = 0; i < n; i++)
		view.buf[i] = vis[i];
	view.len = n;
	view.buf[n] = L'\0';
	s = editline_utf8(&view);
	ui_fill(ui, y, x, w, ROLE_INPUT);
	/* From the field's start edge: the right one in RTL. */
	put_visual(ui, y, x, w, s, ROLE_INPUT);
	free(s);
	if (!focus)
		return;
	cx = editline_width(&view, gap);
	if (rtl)
		cx = editline_width(&view, n) - cx;
	if (cx >= w)
		cx = w - 1;
	if (cx < 0)
		cx = 0;
	/* The cursor is put there when the whole screen is drawn: the key
	 * bar and overlays come after the field. */
	ui->cursor_on = true;
	ui->cursor_y = y;
	ui->cursor_x = ui->rtl ? ui->cols - 1 - (x + cx) : x + cx;
}

void
ui_fill(struct ui *ui, int y, int x, int w, enum role r)
{
	ui_role(ui, r);
	if (w > 0)
		mvhline(y, ui->rtl ? ui->cols - x - w : x, ' ', w);
}

void
ui_titlebar(struct ui *ui, const char *left)
{
	const char *right = lang_name(ui->lang);
	int rw = layout_width(right, strlen(right));

	ui_fill(ui, 0, 0, ui->cols, ROLE_STATUS);
	ui_put(ui, 0, 1, ui->cols - rw - 3, left, ROLE_STATUS);
	if (rw + 2 < ui->cols)
		ui_put(ui, 0, ui->cols - rw - 1, rw, right, ROLE_STATUS);
}

/*
 * The key bar: pairs of key and action, drawn until the line is full;
 * "? help" comes first so that it is never the one cut off.
 */
void
ui_keybar(struct ui *ui, const char *const *keys)
{
	int x = 0, y = ui->rows - 1, kw, lw;
	size_t i;

	ui_fill(ui, y, 0, ui->cols, ROLE_STATUS);
	if (ui->message != NULL) {
		ui_put(ui, y, 1, ui->cols - 2, ui->message, ROLE_STATUS);
		return;
	}
	for (i = 0; keys[i] != NULL && keys[i + 1] != NULL; i += 2) {
		kw = layout_width(keys[i], strlen(keys[i]));
		lw = layout_width(keys[i + 1], strlen(keys[i + 1]));
		if (x + kw + lw + 1 > ui->cols)
			break;
		ui_put(ui, y, x, kw, keys[i], ROLE_KEY);
		x += kw;
		ui_put(ui, y, x + 1, lw, keys[i + 1], ROLE_STATUS);
		x += lw + 3;
	}
}

const char *
ui_symbol(const struct ui *ui, enum verdict v)
{
	switch (v) {
	case VERDICT_CORRECT:
		return ui->ascii ? "[+]" : "✔";
	case VERDICT_PARTLY:
		return ui->ascii ? "[~]" : "◐";
	default:
		return ui->ascii ? "[x]" : "✘";
	}
}

void
ui_stars(struct ui *ui, int y, int x, unsigned stars)
{
	unsigned i;

	for (i = 0; i < 3; i++)
		x += ui_put(ui, y, x, 3, i < stars ? (ui->ascii ? "*" : "★") :
		    (ui->ascii ? "." : "☆"), ROLE_STARS);
}

void
page_init(struct ui_page *p, int width)
{
	p->v = NULL;
	p->n = 0;
	p->width = width < 10 ? 10 : width;
}

void
page_free(struct ui_page *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].text);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

static void
page_push(struct ui_page *p, enum role r, int indent, char *text, bool focus)
{
	p->v = xreallocarray(p->v, p->n + 1, sizeof *p->v);
	p->v[p->n].role = r;
	p->v[p->n].indent = indent;
	p->v[p->n].text = text;
	p->v[p->n].focus = focus;
	p->n++;
}

void
page_blank(struct ui_page *p)
{
	if (p->n != 0 && p->v[p->n - 1].text[0] != '\0')
		page_push(p, ROLE_TEXT, 0, xstrdup(""), false);
}

void
page_add(struct ui_page *p, enum role r, int indent, const char *first,
    const char *text, bool focus)
{
	struct layout l;
	size_t i;
	int fw = first ? layout_width(first, strlen(first)) : 0;
	char *line;

	layout_wrap(text, p->width - indent - fw, &l);
	for (i = 0; i < l.n; i++) {
		xasprintf(&line, "%*s%.*s", i == 0 ? 0 : fw, "",
		    (int)l.v[i].len, text + l.v[i].start);
		if (i == 0 && first != NULL) {
			char *both;
			xasprintf(&both, "%s%s", first, line);
			free(line);
			line = both;
		}
		page_push(p, r, indent, line, focus);
	}
	layout_free(&l);
}

void
page_draw(struct ui *ui, struct ui_page *p, int top, int height)
{
	int first = -1, last = -1, i, y;
	const char *more;

	for (i = 0; i < (int)p->n; i++) {
		if (p->v[i].focus) {
			if (first == -1)
				first = i;
			last = i;
		}
	}
	/* Keep the focused lines in view, the first of them above all. */
	if (first != -1) {
		if (last >= ui->scroll + height)
			ui->scroll = last - height + 1;
		if (first < ui->scroll)
			ui->scroll = first;
	}
	if (ui->scroll > (int)p->n - height)
		ui->scroll = (int)p->n - height;
	if (ui->scroll < 0)
		ui->scroll = 0;
	for (i = ui->scroll, y = top; i < (int)p->n && y < top + height;
	    i++, y++) {
		ui_put(ui, y, 1 + p->v[i].indent, p->width - p->v[i].indent,
		    p->v[i].text, p->v[i].role);
	}
	if (ui->scroll > 0) {
		more = ui->ascii ? "^" : "▲";
		ui_put(ui, top, ui->cols - 1, 1, more, ROLE_KEY);
	}
	if (ui->scroll + height < (int)p->n) {
		more = ui->ascii ? "v" : "▼";
		ui_put(ui, top + height - 1, ui->cols - 1, 1, more, ROLE_KEY);
	}
}
