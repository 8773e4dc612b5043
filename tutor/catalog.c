/*
 * catalog.c: finding and loading lesson files. A broken file never stops
 * the others from loading: a child still gets every lesson that works,
 * and `tutor check` lists what is wrong with the rest.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "loader.h"
#include "util.h"

void
catalog_init(struct catalog *c)
{
	memset(c, 0, sizeof *c);
}

/* The names file beside a lesson file. */
static void load_names(const char *, size_t, struct names *, struct diags *);

static void
names_beside(const char *path, struct names *table, struct diags *diags)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		load_names(".", 1, table, diags);
	else if (slash == path)
		load_names("/", 1, table, diags);
	else
		load_names(path, (size_t)(slash - path), table, diags);
}

struct lesson *
catalog_open(const struct catalog *c, const struct lesson *head,
    struct diags *diags)
{
	struct names table;
	struct lesson *l;

	(void)c;
	names_beside(head->file, &table, diags);
	l = loader_load(head->file, &table, diags);
	names_free(&table);
	if (l != NULL && strcmp(l->id, head->id) != 0) {
		diags_add(diags, head->file, l->id_line, l->id_col, "the "
		    "lesson id changed while tutor was running");
		lesson_free(l);
		l = NULL;
	}
	return l;
}

void
catalog_free(struct catalog *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		lesson_free(c->lessons[i]);
	free(c->lessons);
	catalog_init(c);
}

static void
add_file(struct catalog *c, const char *path, const struct names *names,
    struct diags *diags)
{
	struct lesson *l;

	l = c->heads_only ? loader_load_head(path, names, diags) :
	    loader_load(path, names, diags);
	if (l == NULL) {
		c->broken++;
		return;
	}
	c->lessons = xreallocarray(c->lessons, c->n + 1, sizeof *c->lessons);
	c->lessons[c->n++] = l;
}

static bool
is_lesson_name(const char *name)
{
	size_t len = strlen(name);

	if (name[0] == '.' || name[0] == '_')
		return false;
	return (len > 5 && strcmp(name + len - 5, ".yaml") == 0) ||
	    (len > 4 && strcmp(name + len - 4, ".yml") == 0);
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The names file of a directory, if it has one. A broken names file is
 * reported (once per directory) and lessons that use a name then fail.
 */
static void
load_names(const char *dir, size_t dirlen, struct names *out,
    struct diags *diags)
{
	struct stat st;
	char *path;

	names_init(out);
	xasprintf(&path, "%.*s/%s", (int)dirlen, dir, NAMES_FILE);
	if (stat(path, &st) == 0)
		names_load(path, out, diags);
	free(path);
}

int
catalog_add(struct catalog *c, const char *path, struct diags *diags)
{
	struct names table;
	struct dirent *de;
	struct stat st;
	DIR *dir;
	char **names = NULL, *full;
	const char *slash;
	size_t n = 0, i;

	if (stat(path, &st) == -1) {
		diags_add(diags, path, 0, 0, "cannot read: %s",
		    strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		slash = strrchr(path, '/');
		if ((slash ? slash + 1 : path)[0] == '_') {
			/* A names file given by name: check it as one. */
			if (names_load(path, &table, diags) == 0) {
				names_free(&table);
				c->names_files++;
			} else
				c->broken++;
			return 0;
		}
		names_beside(path, &table, diags);
		add_file(c, path, &table, diags);
		names_free(&table);
		return 0;
	}
	if ((dir = opendir(path)) == NULL) {
		diags_add(diags, path, 0, 0, "cannot read the directory: %s",
		    strerror(errno));
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (!is_lesson_name(de->d_name))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dir);
	/* qsort's array must not be NULL, even empty (UBSan). */
	if (n > 1)
		qsort(names, n, sizeof *names, compare_names);
	load_names(path, strlen(path), &table, diags);
	for (i = 0; i < n; i++) {
		xasprintf(&full, "%s%s%s", path,
		    path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
		add_file(c, full, &table, diags);
		free(full);
		free(names[i]);
	}
	names_free(&table);
	free(names);
	return 0;
}

static int
compare_lessons(const void *a, const void *b)
{
	const struct lesson *x = *(struct lesson *const *)a;
	const struct lesson *y = *(struct lesson *const *)b;

	if (x->theme != y->theme)
		return x->theme < y->theme ? -1 : 1;
	if (x->age != y->age)
		return x->age < y->age ? -1 : 1;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->id, y->id);
}

void
catalog_finish(struct catalog *c, struct diags *diags)
{
	size_t i, j, kept = 0;

	/* Duplicates: the first file (in the order read) keeps the id. */
	for (i = 0; i < c->n; i++) {
		for (j = 0; j < kept; j++) {
			if (strcmp(c->lessons[i]->id, c->lessons[j]->id) == 0)
				break;
		}
		if (j < kept) {
			diags_add(diags, c->lessons[i]->file,
			    c->lessons[i]->id_line, c->lessons[i]->id_col,
			    "the lesson id '%s' is already used by %s",
			    c->lessons[i]->id, c->lessons[j]->file);
			lesson_free(c->lessons[i]);
			c->broken++;
			continue;
		}
		c->lessons[kept++] = c->lessons[i];
	}
	c->n = kept;
	if (c->n > 1)
		qsort(c->lessons, c->n, sizeof *c->lessons, compare_lessons);
}

const struct lesson *
catalog_lesson(const struct catalog *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (strcmp(c->lessons[i]->id, id) == 0)
			return c->lessons[i];
	}
	return NULL;
}

int
catalog_exercise(const struct catalog *c, const char *name,
    const struct lesson **l, const struct exercise **ex)
{
	const char *slash;
	char *id;

	if ((slash = strchr(name, '/')) == NULL)
		return -1;
	id = xstrndup(name, (size_t)(slash - name));
	*l = catalog_lesson(c, id);
	free(id);
	if (*l == NULL)
		return -1;
	*ex = lesson_exercise(*l, slash + 1);
	return *ex == NULL ? -1 : 0;
}
