/*
 * cmd_new.c: `tutor new lesson [FILE]` writes the start of a trainer's own
 * lesson. The text is a data file, templates/lesson-LL.yaml under
 * $(pkgdatadir), that is itself a valid lesson with one exercise of each
 * kind and a comment on every key, so that what a trainer starts from
 * passes `tutor check` before they change a word. Trainers who read
 * Arabic, French or English get comments in their language.
 *
 * The file is created, never replaced: O_EXCL refuses an existing file,
 * and with it a symbolic link (even a dangling one) planted at the name;
 * O_NOFOLLOW says the same thing to a reader of this code.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "cmd_new.h"
#include "i18n.h"
#include "paths.h"
#include "util.h"

/* main.c's exit codes. */
#define NEW_OK		0
#define NEW_USAGE	64
#define NEW_NOINPUT	66

/* The id and file name the templates are written with. */
#define TEMPLATE_ID	"my-lesson"
#define TEMPLATE_FILE	"my-lesson.yaml"
/* A template is a few hundred lines; anything larger is not ours. */
#define TEMPLATE_MAX	(256 * 1024)
#define ID_MAX		64

static bool
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n > m && strcmp(s + n - m, suffix) == 0;
}

/*
 * The lesson id a file name suggests: "passwords.yaml" gives
 * "passwords". NULL when the name is not a valid id (the loader's rule:
 * a-z, 0-9 and '-', not first, at most 64).
 */
static char *
id_from_name(const char *base)
{
	size_t len, i;

	len = strlen(base) - (has_suffix(base, ".yaml") ? 5 : 4);
	if (len == 0 || len > ID_MAX)
		return NULL;
	for (i = 0; i < len; i++) {
		char ch = base[i];

		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
		    (ch == '-' && i != 0)))
			return NULL;
	}
	return xstrndup(base, len);
}

/*
 * Whether a file name may be written into a comment of the template:
 * only characters that cannot end the comment line or need quoting in
 * the shell commands the comments show.
 */
static bool
name_is_plain(const char *s)
{
	for (; *s != '\0'; s++) {
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || *s == '.' || *s == '-' ||
		    *s == '_'))
			return false;
	}
	return true;
}

/*
 * Append the template to out with its file name replaced by file (when
 * not NULL) and its lesson id by id, in one pass: a file name that
 * contains the template's id ("my-lesson-2.yaml") is not replaced twice.
 */
static void
template_fill(struct buf *out, const char *text, const char *file,
    const char *id)
{
	const char *p;

	while ((p = strstr(text, TEMPLATE_ID)) != NULL) {
		buf_add(out, text, (size_t)(p - text));
		if (file != NULL && strncmp(p, TEMPLATE_FILE,
		    strlen(TEMPLATE_FILE)) == 0) {
			buf_adds(out, file);
			text = p + strlen(TEMPLATE_FILE);
		} else {
			buf_adds(out, id);
			text = p + strlen(TEMPLATE_ID);
		}
	}
	buf_adds(out, text);
}

/* The template's text, or NULL with the reason on stderr. */
static char *
template_read(const char *path)
{
	struct stat st;
	struct buf b;
	char chunk[8192];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1 ||
	    fstat(fd, &st) == -1) {
		fprintf(stderr, _("tutor: cannot read the lesson template %s: "
		    "%s\n"), path, strerror(errno));
		if (fd != -1)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > TEMPLATE_MAX) {
		fprintf(stderr, _("tutor: %s is not a lesson template\n"), path);
		close(fd);
		return NULL;
	}
	buf_init(&b);
	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		buf_add(&b, chunk, (size_t)n);
		if (b.len > TEMPLATE_MAX)
			break;
	}
	close(fd);
	if (n == -1 || b.len > TEMPLATE_MAX) {
		fprintf(stderr, _("tutor: cannot read the lesson template %s\n"),
		    path);
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}

/* Create file (never replacing anything) and write text into it. */
static int
lesson_create(const char *file, const char *text)
{
	int fd, e;

	fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0644);
	if (fd == -1) {
		if (errno == EEXIST || errno == ELOOP) {
			fprintf(stderr, _("tutor: %s already exists: tutor "
			    "never writes over a file (choose another name, "
			    "or move that file away first)\n"), file);
			return NEW_USAGE;
		}
		fprintf(stderr, _("tutor: cannot create %s: %s\n"), file,
		    strerror(errno));
		return NEW_NOINPUT;
	}
	if (xwrite_all(fd, text, strlen(text)) == -1) {
		e = errno;
		close(fd);
		unlink(file);
		fprintf(stderr, _("tutor: cannot write %s: %s\n"), file,
		    strerror(e));
		return NEW_NOINPUT;
	}
	if (close(fd) == -1) {
		e = errno;
		unlink(file);
		fprintf(stderr, _("tutor: cannot write %s: %s\n"), file,
		    strerror(e));
		return NEW_NOINPUT;
	}
	return NEW_OK;
}

/*
 * A trainer's lesson is offered beside the shipped ones, and two lessons
 * with one id cannot be: say so now rather than at the first check.
 */
static void
warn_shipped_id(const char *id)
{
	struct catalog cat;
	struct diags d;
	char *dir;

	diags_init(&d);
	catalog_init(&cat);
	cat.heads_only = true;
	dir = paths_data("exercises");
	catalog_add(&cat, dir, &d);
	free(dir);
	catalog_finish(&cat, &d);
	if (catalog_lesson(&cat, id) != NULL)
		fprintf(stderr, _("tutor: a shipped lesson is also called "
		    "'%s': change the line 'id: %s' before using this lesson "
		    "beside the shipped ones\n"), id, id);
	catalog_free(&cat);
	diags_free(&d);
}

int
cmd_new(int argc, char **argv, enum lang lang)
{
	const char *file, *base, *slash;
	char *dir, *path, *text, *id = NULL;
	struct buf out;
	bool to_stdout;
	int rc;

	if (argc < 1 || argc > 2 || strcmp(argv[0], "lesson") != 0) {
		fprintf(stderr, "%s", _("Usage: tutor new lesson [FILE]   "
		    "write a lesson to start from (--lang ar, en or fr)\n"));
		return NEW_USAGE;
	}
	file = argc == 2 ? argv[1] : NEW_LESSON_DEFAULT;
	to_stdout = strcmp(file, "-") == 0;
	slash = strrchr(file, '/');
	base = slash != NULL ? slash + 1 : file;
	if (!to_stdout && !has_suffix(base, ".yaml") &&
	    !has_suffix(base, ".yml")) {
		fprintf(stderr, _("tutor: '%s': a lesson file's name ends in "
		    ".yaml (tutor reads no other files), for example "
		    "%s.yaml\n"), file, file);
		return NEW_USAGE;
	}

	if (lang == LANG_ZGH) {
		fprintf(stderr, "%s", _("tutor: there is no lesson template "
		    "with Amazigh comments yet: writing the French one\n"));
	} else if (lang != LANG_AR && lang != LANG_FR)
		lang = LANG_EN;
	dir = paths_data("templates");
	xasprintf(&path, "%s/lesson-%s.yaml", dir,
	    lang_code(lang == LANG_ZGH ? LANG_FR : lang));
	free(dir);
	text = template_read(path);
	free(path);
	if (text == NULL)
		return NEW_NOINPUT;

	/*
	 * Name the lesson after its file, so that two lessons made from the
	 * template do not share an id, and the commands in the comments name
	 * the real file.
	 */
	buf_init(&out);
	if (lang == LANG_ZGH)
		buf_adds(&out, "# Il n'y a pas encore de modèle de leçon "
		    "commenté en amazighe : voici le\n# modèle en français. "
		    "Ajoutez les textes en tifinagh avec `zgh:` sous\n"
		    "# chaque ligne `fr:` (l'exercice à réponse libre peut "
		    "rester en français\n# seulement).\n");
	if (!to_stdout) {
		id = id_from_name(base);
		template_fill(&out, text, name_is_plain(base) ? base : NULL,
		    id != NULL ? id : TEMPLATE_ID);
	} else
		buf_adds(&out, text);
	free(text);

	if (to_stdout) {
		rc = fwrite(out.s, 1, out.len, stdout) == out.len &&
		    fflush(stdout) == 0 ? NEW_OK : NEW_NOINPUT;
		if (rc != NEW_OK)
			fprintf(stderr, _("tutor: cannot write the lesson: "
			    "%s\n"), strerror(errno));
	} else if ((rc = lesson_create(file, out.s)) == NEW_OK) {
		printf(_("Lesson '%s' written to %s.\n"),
		    id != NULL ? id : TEMPLATE_ID, file);
		printf(_("Check it with:  tutor check %s\n"), file);
		warn_shipped_id(id != NULL ? id : TEMPLATE_ID);
	}
	free(id);
	buf_free(&out);
	return rc;
}
