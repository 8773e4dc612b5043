/*
 * main.c: the command line. Only this file decides exit codes:
 *   0  all is well (try: the answer is right)
 *   1  try: the answer is not right
 *  64  the command line is wrong (EX_USAGE)
 *  65  a lesson file has an error, or a self-test failed (EX_DATAERR)
 *  66  a file or directory cannot be read (EX_NOINPUT)
 */
#include "config.h"

#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bidi.h"
#include "catalog.h"
#include "centre.h"
#include "checker.h"
#include "cmd_new.h"
#include "cmd_report.h"
#include "diag.h"
#include "i18n.h"
#include "learner.h"
#include "paths.h"
#include "plain.h"
#include "selftest.h"
#include "ui.h"
#include "util.h"

#define EXIT_WRONG	1
#define EXIT_USAGE	64
#define EXIT_DATAERR	65
#define EXIT_NOINPUT	66

struct options {
	bool		 plain;
	enum lang	 lang;
	bool		 lang_given;	/* --lang: over the profile's */
	const char	*data_dir;
	const char	*profile;
	enum age	 age;
	const char	*lesson;
	const char	*theme;
	char		**dirs;
	size_t		 ndirs;
	struct centre	 centre;	/* class dir, kiosk, time limit */
	struct report_cli report;	/* report, merge: cmd_report.h */
};

static void
usage(FILE *f)
{
	fprintf(f, "%s", _(
"Usage: tutor [OPTION]...                 start the tutor\n"
"       tutor list                        list every exercise\n"
"       tutor check [PATH]...             check lesson files and run their\n"
"                                         self-tests\n"
"       tutor try LESSON/EXERCISE ANSWER  show the verdict for an answer\n"
"       tutor profiles [list]             list the learners of this account\n"
"       tutor profiles add NAME           add a learner (--lang, --age)\n"
"       tutor profiles remove NAME        remove a learner and their progress\n"
"       tutor profiles import FILE.csv    add learners from a class list\n"
"       tutor profiles merge NAME FILE    merge a progress file into a learner\n"
"       tutor report [DIR|FILE]...        a class report from progress files\n"
"                                         (default: this account's learners)\n"
"       tutor merge FILE1 FILE2           one learner's progress from two\n"
"                                         machines, made one\n"
"       tutor new lesson [FILE]           write a commented lesson to start\n"
"                                         from (default: my-lesson.yaml)\n"
"\n"
"Options:\n"
"  --plain           line-mode interface (chosen by itself when the output\n"
"                    is not a terminal or TERM is dumb)\n"
"  --exercises DIR   read lessons from DIR instead of the shipped ones\n"
"                    (may be given more than once)\n"
"  --lang LANG       language: ar, en, fr or zgh (default: from the locale)\n"
"  --lesson ID       start this lesson\n"
"  --profile NAME    the learner (created when new)\n"
"  --age BAND        a new learner's age band: 8-10, 11-14 or 15-18\n"
"  --data-dir DIR    where progress is kept (default:\n"
"                    $XDG_DATA_HOME/tutor or ~/.local/share/tutor)\n"
"  --bidi MODE       who lays out right-to-left text: tutor (the default)\n"
"                    or terminal (PuTTY, Konsole, mlterm do it themselves)\n"
"  --theme NAME      colour theme: default, high-contrast, monochrome,\n"
"                    colour-blind, or the path of a theme file\n"
"  --class-dir DIR   publish each learner's progress into this class\n"
"                    directory for the trainers (docs/trainers.md)\n"
"  --config FILE     the site's settings (default: tutor.conf in the\n"
"                    system's configuration directory, e.g. /etc)\n"
"  --kiosk           for child accounts: Ctrl-C, Ctrl-Z and Ctrl-\\ cannot\n"
"                    stop tutor (on by itself as a login shell)\n"
"  --time-limit MIN  end the session after MIN minutes, work saved\n"
"  --format FORMAT   report: table (the default), csv or json\n"
"  --anonymous       report: pseudonyms instead of names, no answers\n"
"  -o, --output FILE report, merge: write FILE (all or nothing) instead\n"
"                    of the standard output\n"
"  --help            show this help\n"
"  --version         show the version\n"
"\n"
"Exit status:\n"
"   0  all is well (try: the answer is right)\n"
"   1  try: the answer is not right\n"
"  64  the command line is wrong\n"
"  65  a lesson file has an error, or a self-test failed\n"
"  66  a file or directory cannot be read\n"));
}

/* The child's language from the locale, English when it says nothing. */
static enum lang
locale_lang(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	static const char *amazigh[] = { "zgh", "tzm", "shi", "rif", "ber" };
	const char *v;
	size_t i;

	for (i = 0; i < 3; i++) {
		v = getenv(vars[i]);
		if (v == NULL || *v == '\0')
			continue;
		if (strncmp(v, "ar", 2) == 0)
			return LANG_AR;
		if (strncmp(v, "fr", 2) == 0)
			return LANG_FR;
		for (i = 0; i < sizeof amazigh / sizeof amazigh[0]; i++) {
			if (strncmp(v, amazigh[i], 3) == 0)
				return LANG_ZGH;
		}
		return LANG_EN;
	}
	return LANG_EN;
}

/* Load the lessons of the --exercises directories, or the shipped ones. */
static int
load_catalog(const struct options *o, struct catalog *cat,
    struct diags *diags, bool heads_only)
{
	char *dir;
	size_t i;
	int rc = 0;

	catalog_init(cat);
	cat->heads_only = heads_only;
	if (o->ndirs == 0) {
		dir = paths_data("exercises");
		rc = catalog_add(cat, dir, diags);
		free(dir);
	}
	for (i = 0; i < o->ndirs; i++) {
		if (catalog_add(cat, o->dirs[i], diags) != 0)
			rc = -1;
	}
	catalog_finish(cat, diags);
#ifdef HAVE_MALLOC_TRIM
	/* Give back what reading the files used: a session stays small. */
	malloc_trim(0);
#endif
	return rc;
}

static int
cmd_list(const struct options *o)
{
	const struct lesson *l;
	const struct exercise *ex;
	struct catalog cat;
	struct diags diags;
	size_t i, j;
	char langs[32];
	int rc;

	diags_init(&diags);
	rc = load_catalog(o, &cat, &diags, false);
	for (i = 0; i < cat.n; i++) {
		l = cat.lessons[i];
		for (j = 0; j < l->nexercises; j++) {
			ex = &l->exercises[j];
			langset_codes(ex->langs, langs, sizeof langs);
			printf("%s/%s\t%s\t%s\t%s\t%s\n", l->id, ex->id,
			    theme_code(l->theme), age_code(l->age),
			    kind_code(ex->kind), langs);
		}
	}
	diags_print(&diags, stderr);
	catalog_free(&cat);
	diags_free(&diags);
	return rc != 0 ? EXIT_NOINPUT : 0;
}

static int
cmd_check(const struct options *o, char **paths, int npaths)
{
	struct catalog cat;
	struct diags diags;
	size_t i, exercises = 0, examples = 0, failed = 0;
	int rc = 0, j;
	char *dir;

	diags_init(&diags);
	catalog_init(&cat);
	if (npaths == 0 && o->ndirs == 0) {
		dir = paths_data("exercises");
		rc = catalog_add(&cat, dir, &diags);
		free(dir);
	}
	for (i = 0; i < o->ndirs; i++)
		rc |= catalog_add(&cat, o->dirs[i], &diags);
	for (j = 0; j < npaths; j++)
		rc |= catalog_add(&cat, paths[j], &diags);
	catalog_finish(&cat, &diags);
	if (cat.n == 0 && cat.broken == 0 && cat.names_files == 0 && rc == 0) {
		fprintf(stderr, "%s", _("tutor: no lesson files found (they "
		    "end in .yaml or .yml)\n"));
		rc = -1;
	}
	for (i = 0; i < cat.n; i++) {
		exercises += cat.lessons[i]->nexercises;
		examples += selftest_count(cat.lessons[i]);
		failed += selftest_lesson(cat.lessons[i], &diags);
	}
	diags_print(&diags, stderr);
	if (diags.n == 0 && rc == 0)
		printf(_("%zu lessons, %zu exercises, %zu example answers: all "
		    "good.\n"), cat.n, exercises, examples);
	else
		printf(_("%zu lessons, %zu exercises, %zu example answers: "
		    "%zu errors, %zu files not loaded, %zu examples "
		    "failed.\n"), cat.n, exercises, examples,
		    diags.n + diags.dropped, cat.broken, failed);
	if (rc != 0)
		rc = EXIT_NOINPUT;
	else if (diags.n != 0)
		rc = EXIT_DATAERR;
	catalog_free(&cat);
	diags_free(&diags);
	return rc;
}

static const char *
verdict_words(enum verdict v)
{
	switch (v) {
	case VERDICT_CORRECT:
		return _("correct");
	case VERDICT_PARTLY:
		return _("partly right");
	default:
		return _("wrong");
	}
}

static int
cmd_try(const struct options *o, const char *name, const char *answer)
{
	const struct lesson *l;
	const struct exercise *ex;
	struct catalog cat;
	struct diags diags;
	struct answer a;
	struct result r;
	enum parse_error pe;
	enum lang lang;
	size_t i;
	char *shown;
	int rc;

	diags_init(&diags);
	load_catalog(o, &cat, &diags, false);
	if (catalog_exercise(&cat, name, &l, &ex) != 0) {
		diags_print(&diags, stderr);
		shown = diag_escape(name);
		fprintf(stderr, _("tutor: there is no exercise '%s' (tutor "
		    "list shows them)\n"), shown);
		free(shown);
		catalog_free(&cat);
		diags_free(&diags);
		return EXIT_USAGE;
	}
	lang = exercise_lang(ex, o->lang);
	pe = answer_parse(ex, answer, strlen(answer), &a);
	if (pe != PARSE_OK) {
		printf("%s: %s\n", verdict_words(VERDICT_WRONG),
		    parse_error_message(ex, pe));
		rc = EXIT_WRONG;
	} else {
		checker_check(ex, lang, &a, &r);
		printf("%s", verdict_words(r.verdict));
		if (ex->kind == KIND_FREE_TEXT) {
			if (r.rule >= 0)
				printf(_(" (rule %d, line %u)"), r.rule + 1,
				    ex->rules[r.rule].line);
			else
				printf("%s", _(" (no rule matched)"));
		}
		printf(" [%s]\n", lang_code(lang));
		for (i = 0; i < r.nfeedback; i++)
			printf("%s\n", text_get(r.feedback[i], lang));
		rc = r.verdict == VERDICT_CORRECT ? 0 : EXIT_WRONG;
	}
	catalog_free(&cat);
	diags_free(&diags);
	return rc;
}

/* The learners' data directory, or NULL (said on stderr) when unusable. */
static struct store *
open_store(const struct options *o)
{
	struct store *st;
	char *dir, *err = NULL;

	dir = o->data_dir ? xstrdup(o->data_dir) : store_default_dir();
	st = dir == NULL ? NULL : store_open(dir, &err);
	if (st == NULL)
		fprintf(stderr, _("tutor: progress cannot be kept: %s\n"),
		    err ? err : _("there is no home directory"));
	centre_attach(&o->centre, st);	/* publish every save: centre.h */
	free(err);
	free(dir);
	return st;
}

static int
cmd_profiles(const struct options *o, int argc, char **argv)
{
	struct profile_info *v;
	struct store *st;
	struct diags d;
	char *id = NULL, *err = NULL;
	size_t n, i;
	int rc = 0;

	if ((st = open_store(o)) == NULL)
		return EXIT_NOINPUT;
	if (argc == 0 || (argc == 1 && strcmp(argv[0], "list") == 0)) {
		if (store_profiles(st, &v, &n) != 0)
			rc = EXIT_NOINPUT;
		else {
			for (i = 0; i < n; i++)
				printf("%s\t%s\n", v[i].name, v[i].id);
			profile_info_free(v, n);
		}
	} else if (argc == 2 && strcmp(argv[0], "add") == 0) {
		if (store_create_profile(st, argv[1], o->lang, o->age, &id,
		    &err) != 0) {
			fprintf(stderr, "tutor: %s\n", err);
			rc = EXIT_DATAERR;
		} else
			printf("%s\n", id);
		free(id);
	} else if (argc == 2 && strcmp(argv[0], "remove") == 0) {
		if ((id = learner_find(st, argv[1])) == NULL) {
			id = diag_escape(argv[1]);
			fprintf(stderr, _("tutor: there is no learner named "
			    "'%s'\n"), id);
			rc = EXIT_DATAERR;
		} else if (store_remove_profile(st, id, &err) != 0) {
			fprintf(stderr, "tutor: %s\n", err);
			rc = EXIT_DATAERR;
		}
		free(id);
	} else if (argc == 3 && strcmp(argv[0], "merge") == 0) {
		rc = cmd_profiles_merge(st, argv[1], argv[2]);
	} else if (argc == 2 && strcmp(argv[0], "import") == 0) {
		diags_init(&d);
		n = store_import_csv(st, argv[1], &d);
		diags_print(&d, stderr);
		printf(_("%zu learners added.\n"), n);
		rc = d.n != 0 ? EXIT_DATAERR : 0;
		diags_free(&d);
	} else {
		usage(stderr);
		rc = EXIT_USAGE;
	}
	free(err);
	store_close(st);
	return rc;
}

static int
cmd_run(const struct options *o)
{
	struct plain_options po;
	struct catalog cat;
	struct diags diags;
	const char *why = NULL;
	struct store *st;
	bool full_screen;
	int rc;

	diags_init(&diags);
	/*
	 * The full-screen interface reads only the lessons' headings at
	 * start, and a lesson's questions when it is opened.
	 */
	full_screen = !o->plain && ui_possible(&why);
	if (load_catalog(o, &cat, &diags, full_screen) != 0) {
		diags_print(&diags, stderr);
		catalog_free(&cat);
		diags_free(&diags);
		return EXIT_NOINPUT;
	}
	if (cat.broken != 0)
		fprintf(stderr, _("tutor: %zu lesson files have errors and "
		    "are left out (tutor check shows why)\n"), cat.broken);
	if (o->lesson != NULL && catalog_lesson(&cat, o->lesson) == NULL) {
		char *shown = diag_escape(o->lesson);

		fprintf(stderr, _("tutor: there is no lesson '%s'\n"), shown);
		free(shown);
		catalog_free(&cat);
		diags_free(&diags);
		return EXIT_USAGE;
	}
	st = open_store(o);
	if (full_screen) {
		struct ui_options uo;

		memset(&uo, 0, sizeof uo);
		uo.lang = o->lang;
		uo.lang_given = o->lang_given;
		uo.lesson = o->lesson;
		uo.theme = o->theme;
		uo.store = st;
		uo.profile = o->profile;
		uo.age = o->age;
		rc = ui_run(&cat, &uo);
		if (rc != -1) {
			store_close(st);
			catalog_free(&cat);
			diags_free(&diags);
			return rc;
		}
		why = _("the terminal could not be set up");
		/* The line mode needs whole lessons. */
		catalog_free(&cat);
		diags_free(&diags);
		diags_init(&diags);
		load_catalog(o, &cat, &diags, false);
	}
	if (!o->plain && why != NULL && isatty(STDOUT_FILENO))
		fprintf(stderr, _("tutor: %s: using the line mode\n"), why);
	memset(&po, 0, sizeof po);
	po.lang = o->lang;
	po.lang_given = o->lang_given;
	po.lesson = o->lesson;
	po.store = st;
	po.profile = o->profile;
	po.age = o->age;
	po.in = stdin;
	po.out = stdout;
	rc = plain_run(&cat, &po);
	store_close(st);
	catalog_free(&cat);
	diags_free(&diags);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "plain", no_argument, NULL, 'p' },
		{ "exercises", required_argument, NULL, 'e' },
		{ "lang", required_argument, NULL, 'l' },
		{ "lesson", required_argument, NULL, 's' },
		{ "theme", required_argument, NULL, 't' },
		{ "bidi", required_argument, NULL, 'b' },
		{ "profile", required_argument, NULL, 'P' },
		{ "age", required_argument, NULL, 'a' },
		{ "data-dir", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		CENTRE_LONGOPTS,
		{ "format", required_argument, NULL, 'F' },
		{ "anonymous", no_argument, NULL, 'A' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	struct options o;
	const char *cmd;
	int ch, rc;

	/*
	 * Over SSH the client's locale is often not generated on the
	 * server: fall back to C.UTF-8 so that text is still UTF-8.
	 */
	if (setlocale(LC_ALL, "") == NULL ||
	    strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	i18n_init();
	memset(&o, 0, sizeof o);
	o.lang = locale_lang();
	o.age = AGE_8_10;
	i18n_set_lang(o.lang);
	/* A login shell reads no options; `tutor -c CMD` is refused. */
	if (centre_argv(&o.centre, &argc, argv) < 0)
		return EXIT_USAGE;
	/* GNU getopt moves options after the command to the front. */
	while ((ch = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p':
			o.plain = true;
			break;
		case 'e':
			o.dirs = xreallocarray(o.dirs, o.ndirs + 1,
			    sizeof *o.dirs);
			o.dirs[o.ndirs++] = optarg;
			break;
		case 'l':
			if ((o.lang = lang_from_code(optarg)) != LANG_NONE) {
				i18n_set_lang(o.lang);
				o.lang_given = true;
			}
			else {
				optarg = diag_escape(optarg);
				fprintf(stderr, _("tutor: unknown language "
				    "'%s' (use ar, en, fr or zgh)\n"), optarg);
				free(optarg);
				free(o.dirs);
				return EXIT_USAGE;
			}
			break;
		case 's':
			o.lesson = optarg;
			break;
		case 't':
			o.theme = optarg;
			break;
		case 'F':
			o.report.format = optarg;
			break;
		case 'A':
			o.report.anonymous = true;
			break;
		case 'o':
			o.report.output = optarg;
			break;
		case 'b':
			if (strcmp(optarg, "terminal") == 0)
				bidi_set_terminal_does_it(true);
			else if (strcmp(optarg, "tutor") != 0) {
				optarg = diag_escape(optarg);
				fprintf(stderr, _("tutor: --bidi takes tutor or "
				    "terminal, not '%s'\n"), optarg);
				free(optarg);
				free(o.dirs);
				return EXIT_USAGE;
			}
			break;
		case 'P':
			o.profile = optarg;
			break;
		case 'd':
			o.data_dir = optarg;
			break;
		case 'a':
			if ((o.age = age_from_code(optarg)) == AGE_COUNT) {
				optarg = diag_escape(optarg);
				fprintf(stderr, _("tutor: unknown age band '%s' "
				    "(use 8-10, 11-14 or 15-18)\n"), optarg);
				free(optarg);
				free(o.dirs);
				return EXIT_USAGE;
			}
			break;
		case 'h':
			usage(stdout);
			free(o.dirs);
			return 0;
		case 'V':
			printf("tutor %s\n", PACKAGE_VERSION);
			free(o.dirs);
			return 0;
		default:
			/* --class-dir, --kiosk, --time-limit...: centre.c */
			if ((rc = centre_option(&o.centre, ch, optarg)) == 0)
				break;
			if (rc > 0)
				usage(stderr);
			free(o.dirs);
			return EXIT_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	cmd = argc > 0 ? argv[0] : NULL;
	if (cmd == NULL) {
		rc = centre_begin(&o.centre) < 0 ? EXIT_NOINPUT : cmd_run(&o);
		centre_end(&o.centre);
	}
	else if (strcmp(cmd, "list") == 0 && argc == 1)
		rc = cmd_list(&o);
	else if (strcmp(cmd, "check") == 0)
		rc = cmd_check(&o, argv + 1, argc - 1);
	else if (strcmp(cmd, "try") == 0 && argc == 3)
		rc = cmd_try(&o, argv[1], argv[2]);
	else if (strcmp(cmd, "profiles") == 0)
		rc = cmd_profiles(&o, argc - 1, argv + 1);
	else if (strcmp(cmd, "new") == 0)
		rc = cmd_new(argc - 1, argv + 1, o.lang);
	else if (strcmp(cmd, "report") == 0)
		rc = cmd_report(&o.report, o.data_dir, o.dirs, o.ndirs, o.lang,
		    argc - 1, argv + 1);
	else if (strcmp(cmd, "merge") == 0)
		rc = cmd_merge(&o.report, argc - 1, argv + 1);
	else {
		char *shown = diag_escape(cmd);

		fprintf(stderr, _("tutor: unknown command or wrong arguments: "
		    "'%s'\n"), shown);
		free(shown);
		usage(stderr);
		rc = EXIT_USAGE;
	}
	free(o.dirs);
	return rc;
}
