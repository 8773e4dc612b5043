/*
 * test_publish.c: the class directory and the site's tutor.conf, as the
 * user running the tests. Which directories publish_open refuses (a
 * link, no set-group-ID bit, writable by others without the sticky bit,
 * listable by others), what a published file looks like (name, mode,
 * group, content, no temporary file left), names that publishing never
 * writes through or over, the hook in progress_save, the owner check
 * a report uses, and every kind of line in tutor.conf.
 *
 * Other accounts (a child planting files, a trainer reading them) are
 * in tests/shared-server.sh, with real Unix accounts.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "progress.h"
#include "publish.h"
#include "siteconf.h"
#include "tap.h"
#include "util.h"

static char *tmp;
static char user[64];

static char *path(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
path(const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	buf_printf(&b, "%s/", tmp);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

static void
put_file(const char *file, const char *text, mode_t mode)
{
	FILE *f = fopen(file, "w");

	if (f == NULL)
		fatal("%s: %s", file, strerror(errno));
	fputs(text, f);
	fclose(f);
	chmod(file, mode);
}

static char *
slurp(const char *file)
{
	struct buf b;
	char chunk[4096];
	size_t n;
	FILE *f = fopen(file, "r");

	if (f == NULL)
		return NULL;
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return buf_take(&b);
}

/* A directory with exactly this mode (chmod: mkdir obeys the umask). */
static char *
class_dir(const char *name, mode_t mode)
{
	char *d = path("%s", name);

	if (mkdir(d, 0700) < 0 || chmod(d, mode) < 0)
		fatal("%s: %s", d, strerror(errno));
	return d;
}

/* publish_open refuses dir, with a message holding want. */
static void
refused(const char *dir, const char *want, const char *what)
{
	struct publisher *pub;
	char *err = NULL;

	pub = publish_open(dir, &err);
	ok(pub == NULL && err != NULL && strstr(err, want) != NULL,
	    "refused: %s (%s)", what, err ? err : "no message");
	publish_close(pub);
	free(err);
}

static void
test_user_names(void)
{
	char longname[PUBLISH_USER_MAX + 2];

	ok(publish_user_valid("aya"), "a plain user name");
	ok(publish_user_valid("a.b_c-D9"), "letters, digits, . _ -");
	ok(publish_user_valid("a--b"), "a double dash (the last one splits)");
	ok(!publish_user_valid(""), "an empty name");
	ok(!publish_user_valid(".aya"), "a leading dot");
	ok(!publish_user_valid("-aya"), "a leading dash");
	ok(!publish_user_valid("a/b"), "a slash");
	ok(!publish_user_valid("a b"), "a space");
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	ok(!publish_user_valid(longname), "longer than %d bytes",
	    PUBLISH_USER_MAX);
}

static void
test_open(void)
{
	struct publisher *pub;
	char *d, *link, *file, *err = NULL;

	refused("class", "absolute path", "a relative path");
	d = path("missing");
	refused(d, "cannot be opened", "a missing directory");
	free(d);
	file = path("a-file");
	put_file(file, "x", 0600);
	refused(file, "not a directory", "a regular file");
	free(file);
	d = class_dir("plain", 0750);
	refused(d, "chmod g+s", "no set-group-ID bit");
	free(d);
	d = class_dir("open", 02773);
	refused(d, "chmod +t", "others may write, no sticky bit");
	free(d);
	d = class_dir("groupw", 02770);
	refused(d, "chmod +t", "the group may write, no sticky bit");
	free(d);
	d = class_dir("listable", 03757);
	refused(d, "chmod o-r", "others may list it");
	free(d);
	d = class_dir("good", 03753);
	link = path("link");
	if (symlink(d, link) < 0)
		fatal("symlink: %s", strerror(errno));
	refused(link, "symbolic link", "a symbolic link to a good directory");
	free(link);
	pub = publish_open(d, &err);
	ok(pub != NULL, "a 3753 directory is used");
	publish_close(pub);
	free(err);
	free(d);
	d = class_dir("private", 02750);
	pub = publish_open(d, &err);
	ok(pub != NULL, "2750 (nobody else writes): no sticky bit needed");
	publish_close(pub);
	free(d);
}

static void
test_publish(void)
{
	struct publisher *pub;
	struct stat st, dst;
	char *d, *name, *f, *t, *bait, *got, *err = NULL;
	const char *text = "tutor-progress 1\nend\t0\t0\n";
	int rc;

	d = class_dir("class", 03753);
	if ((pub = publish_open(d, &err)) == NULL)
		fatal("%s", err);
	xasprintf(&name, "%s--aya-1c3f9a2b.progress", user);
	f = path("class/%s", name);
	t = path("class/%s.tmp", name);
	ok(publish_progress(pub, "aya-1c3f9a2b", text, strlen(text),
	    &err) == 0, "published");
	ok(stat(f, &st) == 0 && S_ISREG(st.st_mode), "as USER--ID.progress");
	ok((st.st_mode & 07777) == 0640, "mode 0640 (got %o)",
	    (unsigned)(st.st_mode & 07777));
	stat(d, &dst);
	ok(st.st_gid == dst.st_gid, "the directory's group");
	is_str((got = slurp(f)), text, "the whole text");
	free(got);
	ok(access(t, F_OK) < 0, "no temporary file left");
	ok(publish_progress(pub, "aya-1c3f9a2b", "second\n", 7, NULL) == 0,
	    "published again");
	is_str((got = slurp(f)), "second\n", "the new text replaced the old");
	free(got);
	ok(publish_count(pub) == 2, "two published");

	ok(publish_progress(pub, "../../x", text, 4, &err) < 0,
	    "an id with a slash is refused");
	free(err);
	ok(publish_progress(pub, "a--b-1c3f9a2b", text, 4, &err) < 0,
	    "an id with a double dash is refused");
	free(err);

	/* A crash left our temporary file: it goes. */
	put_file(t, "half", 0600);
	ok(publish_progress(pub, "aya-1c3f9a2b", text, strlen(text),
	    NULL) == 0 && access(t, F_OK) < 0, "a stale temporary file is "
	    "replaced");

	/* A link at the temporary name: not followed, not removed. */
	bait = path("bait");
	put_file(bait, "", 0666);
	unlink(f);
	if (symlink(bait, t) < 0)
		fatal("symlink: %s", strerror(errno));
	/* Our own link: removed, and a new file made in its place. */
	ok(publish_progress(pub, "aya-1c3f9a2b", text, strlen(text),
	    NULL) == 0, "a link of ours at the temporary name is replaced");
	is_str((got = slurp(bait)), "", "nothing written through a link at "
	    "the temporary name");
	free(got);
	unlink(t);
	/* A link at the file's own name is refused and left. */
	unlink(f);
	if (symlink(bait, f) < 0)
		fatal("symlink: %s", strerror(errno));
	err = NULL;
	rc = publish_progress(pub, "aya-1c3f9a2b", text, strlen(text), &err);
	ok(rc < 0 && err != NULL && strstr(err, "remove it") != NULL,
	    "a link at the file's name is refused (%s)", err ? err : "");
	free(err);
	ok(lstat(f, &st) == 0 && S_ISLNK(st.st_mode), "and left as it was");
	is_str((got = slurp(bait)), "", "nothing written through it");
	free(got);
	ok(access(t, F_OK) < 0, "no temporary file left after a refusal");
	unlink(f);
	/* A directory at the temporary name cannot be removed: refused. */
	mkdir(t, 0700);
	err = NULL;
	ok(publish_progress(pub, "aya-1c3f9a2b", text, strlen(text),
	    &err) < 0, "a directory at the temporary name is refused");
	free(err);
	rmdir(t);
	ok(publish_progress(pub, "aya-1c3f9a2b", text, strlen(text),
	    NULL) == 0, "and publishing works again once it is gone");
	ok(publish_error(pub) == NULL, "publish_error: none from direct calls");

	/* The owner check of a report. */
	stat(f, &st);
	ok(publish_owner_ok(name, &st), "owner check: the name's account "
	    "owns it");
	st.st_uid += 1;
	ok(!publish_owner_ok(name, &st), "owner check: another owner");
	st.st_uid -= 1;
	ok(!publish_owner_ok("aya-1c3f9a2b.progress", &st),
	    "owner check: no user in the name");
	ok(!publish_owner_ok("nosuchuser-xyz--aya-1c3f9a2b.progress", &st),
	    "owner check: an unknown account");
	free(name);
	xasprintf(&name, "%s--aya-1c3f9a2b.progress.tmp", user);
	ok(!publish_owner_ok(name, &st), "owner check: a temporary file");
	free(name);
	xasprintf(&name, "%s--aya-1c3f9a2b.progress", user);
	st.st_mode = S_IFLNK | 0777;
	ok(!publish_owner_ok(name, &st), "owner check: a link");
	free(name);
	publish_close(pub);
	free(bait);
	free(f);
	free(t);
	free(d);
}

/* progress_save calls the store's hook: every save is published. */
static void
test_hook(void)
{
	struct publisher *pub;
	struct store *st;
	struct progress *p;
	struct attempt a;
	char *d, *data, *id, *mine, *pubf, *err = NULL, *m, *g;

	d = class_dir("hooked", 03753);
	data = path("data");
	if ((pub = publish_open(d, &err)) == NULL ||
	    (st = store_open(data, &err)) == NULL)
		fatal("%s", err);
	store_on_save(st, publish_saved, pub);
	if (store_create_profile(st, "Aya", LANG_EN, AGE_8_10, &id, &err) != 0)
		fatal("%s", err);
	p = progress_open(st, id, &err);
	ok(p != NULL, "a profile opens in a store with the hook");
	memset(&a, 0, sizeof a);
	a.lesson = "sample";
	a.exercise = "pick-one";
	a.verdict = VERDICT_CORRECT;
	a.try_no = 1;
	ok(progress_add_attempt(p, &a, &err) == 0, "an answer is saved");
	mine = path("data/profiles/%s.progress", id);
	pubf = path("hooked/%s--%s.progress", user, id);
	m = slurp(mine);
	g = slurp(pubf);
	ok(m != NULL && g != NULL && strcmp(m, g) == 0,
	    "the published copy is the saved file");
	free(m);
	free(g);
	ok(publish_count(pub) == 1, "published once per save");
	progress_set_position(p, "sample", 1, NULL);
	ok(publish_count(pub) == 2, "and again at the next save");
	/*
	 * Something else at the published name: the save still succeeds,
	 * and the failure is kept for the end of the session.
	 */
	unlink(pubf);
	mkdir(pubf, 0700);
	ok(progress_set_position(p, "sample", 2, NULL) == 0,
	    "a failed publish does not fail the save");
	ok(publish_error(pub) != NULL && strstr(publish_error(pub),
	    "remove it") != NULL, "the failure is kept: %s",
	    publish_error(pub) ? publish_error(pub) : "(none)");
	rmdir(pubf);
	progress_close(p);
	store_close(st);
	publish_close(pub);
	free(mine);
	free(pubf);
	free(id);
	free(data);
	free(d);
}

static void
test_siteconf(void)
{
	struct siteconf c;
	struct diags d;
	char *f;
	FILE *fp;
	int rc;

	f = path("tutor.conf");
	put_file(f, "# the class\n\n  class-dir = /srv/tutor/class  \r\n"
	    "time-limit=40\n\t# indented comment\n", 0644);
	memset(&c, 0, sizeof c);
	diags_init(&d);
	rc = siteconf_load(f, true, &c, &d);
	ok(rc == 0 && d.n == 0, "a good file is read (rc %d, %zu problems)",
	    rc, d.n);
	is_str(c.class_dir, "/srv/tutor/class", "class-dir, spaces and CR "
	    "trimmed");
	ok(c.time_limit == 40 && c.time_limit_set, "time-limit");
	diags_free(&d);

	put_file(f, "colour = red\nclass-dir = relative/dir\n"
	    "time-limit = soon\ntime-limit = 99999\njust words\n"
	    "time-limit = 5\n", 0644);
	diags_init(&d);
	rc = siteconf_load(f, true, &c, &d);
	ok(rc == 1 && d.n == 5, "five bad lines (rc %d, %zu problems)", rc,
	    d.n);
	ok(d.n > 0 && d.v[0].line == 1 && d.v[0].col == 1 &&
	    strstr(d.v[0].msg, "unknown setting 'colour'") != NULL,
	    "an unknown setting at 1:1");
	ok(d.n > 1 && d.v[1].line == 2 && d.v[1].col == 13 &&
	    strstr(d.v[1].msg, "absolute") != NULL,
	    "a relative class-dir at 2:13");
	ok(d.n > 2 && d.v[2].line == 3 && strstr(d.v[2].msg, "minutes"),
	    "a time-limit that is not a number");
	ok(d.n > 3 && d.v[3].line == 4, "a time-limit over a day");
	ok(d.n > 4 && d.v[4].line == 5 && strstr(d.v[4].msg, "setting = "),
	    "a line without =");
	is_str(c.class_dir, "/srv/tutor/class", "the bad class-dir changed "
	    "nothing");
	ok(c.time_limit == 5, "the good line was used");
	diags_free(&d);

	put_file(f, "class-dir = /elsewhere\n", 0666);
	diags_init(&d);
	rc = siteconf_load(f, true, &c, &d);
	ok(rc == -1 && d.n == 1 && strstr(d.v[0].msg, "not used"),
	    "a file others may change is not used");
	is_str(c.class_dir, "/srv/tutor/class", "and changes nothing");
	diags_free(&d);
	put_file(f, "class-dir = /elsewhere\n", 0620);
	diags_init(&d);
	ok(siteconf_load(f, true, &c, &d) == -1, "nor one the group may "
	    "change");
	diags_free(&d);

	put_file(f, "", 0644);
	if ((fp = fopen(f, "w")) == NULL || fwrite("a\0b\n", 1, 4, fp) != 4)
		fatal("%s: %s", f, strerror(errno));
	fclose(fp);
	diags_init(&d);
	ok(siteconf_load(f, true, &c, &d) == -1, "a file that is not text");
	diags_free(&d);
	free(f);

	f = path("no-such.conf");
	diags_init(&d);
	ok(siteconf_load(f, false, &c, &d) == 0 && d.n == 0,
	    "a missing site file is no problem");
	ok(siteconf_load(f, true, &c, &d) == -1 && d.n == 1,
	    "a missing --config file is");
	diags_free(&d);
	free(f);
	f = xstrdup(tmp);
	diags_init(&d);
	ok(siteconf_load(f, true, &c, &d) == -1, "a directory is refused");
	diags_free(&d);
	free(f);
	siteconf_free(&c);
}

int
main(void)
{
	char templ[] = "/tmp/tutor-publish.XXXXXX";
	struct passwd *pw;

	umask(022);
	if ((tmp = mkdtemp(templ)) == NULL)
		fatal("mkdtemp: %s", strerror(errno));
	if ((pw = getpwuid(geteuid())) == NULL)
		fatal("this account has no name");
	snprintf(user, sizeof user, "%s", pw->pw_name);
	test_user_names();
	test_open();
	test_publish();
	test_hook();
	test_siteconf();
	if (tap_failed == 0) {
		char *cmd;

		xasprintf(&cmd, "rm -rf '%s'", tmp);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", tmp);
		free(cmd);
	}
	return tap_done();
}
