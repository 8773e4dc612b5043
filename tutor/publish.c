/*
 * publish.c: copying a learner's progress into the class directory of a
 * shared server (publish.h says what the directory must be like, and
 * docs/trainers.md how an administrator sets it up).
 *
 * The class directory is shared with every other child, so it is treated
 * as hostile ground: it is reached through one descriptor opened without
 * following a link (O_PATH: a child may cross it but not read it), every
 * file is made with O_CREAT | O_EXCL | O_NOFOLLOW, and a name that
 * another account made first is left alone. Another child can block a
 * child's publishing by making a file under its name, but cannot make
 * tutor write anywhere else, and the sticky bit keeps a child from
 * removing or replacing the files of others. fs.protected_symlinks is
 * not relied on.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "normalize.h"
#include "publish.h"
#include "util.h"

struct publisher {
	int		 dfd;		/* the class directory (O_PATH) */
	gid_t		 gid;		/* its group: the trainers' */
	char		*shown;		/* its path, cleaned, for messages */
	char		 user[PUBLISH_USER_MAX + 1];
	char		*error;		/* the first failure, or NULL */
	unsigned long	 count;
};

static void
set_err(char **err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
set_err(char **err, const char *fmt, ...)
{
	va_list ap;
	struct buf b;

	if (err == NULL)
		return;
	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	*err = buf_take(&b);
}

/* Whether this process is in the group gid. */
static bool
in_group(gid_t gid)
{
	gid_t *v;
	int n, i;
	bool yes = false;

	if (getegid() == gid)
		return true;
	if ((n = getgroups(0, NULL)) <= 0)
		return false;
	v = xreallocarray(NULL, (size_t)n, sizeof *v);
	n = getgroups(n, v);
	for (i = 0; i < n && !yes; i++)
		yes = v[i] == gid;
	free(v);
	return yes;
}

bool
publish_user_valid(const char *user)
{
	size_t i;

	if (user[0] == '\0' || user[0] == '.' || user[0] == '-')
		return false;
	for (i = 0; user[i] != '\0'; i++) {
		if (i == PUBLISH_USER_MAX)
			return false;
		if (!((user[i] >= 'a' && user[i] <= 'z') ||
		    (user[i] >= 'A' && user[i] <= 'Z') ||
		    (user[i] >= '0' && user[i] <= '9') || user[i] == '.' ||
		    user[i] == '_' || user[i] == '-'))
			return false;
	}
	return true;
}

/* A profile id as profile.c makes them: [a-z0-9-], no "--". */
static bool
id_valid(const char *id, size_t len)
{
	size_t i;

	if (len == 0 || len > 64 || id[0] == '-')
		return false;
	for (i = 0; i < len; i++) {
		if (!((id[i] >= 'a' && id[i] <= 'z') ||
		    (id[i] >= '0' && id[i] <= '9') || id[i] == '-'))
			return false;
		if (id[i] == '-' && i + 1 < len && id[i + 1] == '-')
			return false;
	}
	return true;
}

struct publisher *
publish_open(const char *dir, char **err)
{
	struct publisher *pub;
	struct passwd *pw;
	struct stat st;
	char *shown, user[PUBLISH_USER_MAX + 1];
	int fd, e;

	if (err != NULL)
		*err = NULL;
	if (dir == NULL || dir[0] != '/') {
		set_err(err, _("The class directory must be given as an "
		    "absolute path (starting with /)."));
		return NULL;
	}
	if ((pw = getpwuid(geteuid())) == NULL) {
		set_err(err, _("This account has no name in the user database, "
		    "so its progress cannot be published."));
		return NULL;
	}
	if (!publish_user_valid(pw->pw_name)) {
		set_err(err, _("The account name cannot be part of a file name "
		    "(use letters, digits, '.', '_' and '-'), so its progress "
		    "cannot be published."));
		return NULL;
	}
	snprintf(user, sizeof user, "%s", pw->pw_name);
	shown = normalize_clean(dir, strlen(dir));
	/*
	 * O_PATH: children may cross the directory but not read it. With
	 * O_NOFOLLOW and O_DIRECTORY, a symbolic link is refused.
	 */
	fd = open(dir, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		if (lstat(dir, &st) == 0 && S_ISLNK(st.st_mode))
			set_err(err, _("The class directory %s is a symbolic "
			    "link. tutor does not follow links there: give it "
			    "the real directory."), shown);
		else if (e == ENOTDIR)
			set_err(err, _("The class directory %s is not a "
			    "directory."), shown);
		else
			set_err(err, _("The class directory %s cannot be "
			    "opened: %s."), shown, strerror(e));
		free(shown);
		return NULL;
	}
	if (fstat(fd, &st) < 0 || !S_ISDIR(st.st_mode)) {
		set_err(err, _("The class directory %s is not a directory."),
		    shown);
		goto fail;
	}
	if (st.st_uid != 0 && st.st_uid != geteuid()) {
		set_err(err, _("The class directory %s belongs to another "
		    "user; it must belong to root. Fix: chown root %s"), shown,
		    shown);
		goto fail;
	}
	/*
	 * A trainer: in the directory's group, which may read it but not
	 * write in it. Trainers' own tries are not published, and that is
	 * no error.
	 */
	if (st.st_uid != geteuid() && geteuid() != 0 &&
	    (st.st_mode & S_IWGRP) == 0 && in_group(st.st_gid))
		goto fail;
	if ((st.st_mode & S_ISGID) == 0) {
		set_err(err, _("The class directory %s is not set-group-ID, so "
		    "its files would not get the trainers' group. Fix: chmod "
		    "g+s %s"), shown, shown);
		goto fail;
	}
	if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0 &&
	    (st.st_mode & S_ISVTX) == 0) {
		set_err(err, _("In the class directory %s, anyone may remove "
		    "or replace the files of others (the sticky bit is not "
		    "set). Fix: chmod +t %s"), shown, shown);
		goto fail;
	}
	if ((st.st_mode & S_IROTH) != 0) {
		set_err(err, _("Every account may list the class directory %s "
		    "and see the children's names. Fix: chmod o-r %s"), shown,
		    shown);
		goto fail;
	}
	pub = xcalloc(1, sizeof *pub);
	pub->dfd = fd;
	pub->gid = st.st_gid;
	pub->shown = shown;
	memcpy(pub->user, user, sizeof user);
	return pub;
fail:
	close(fd);
	free(shown);
	return NULL;
}

void
publish_close(struct publisher *pub)
{
	if (pub == NULL)
		return;
	close(pub->dfd);
	free(pub->shown);
	free(pub->error);
	free(pub);
}

/* A name of the class directory that another account has taken. */
static int
taken(struct publisher *pub, const char *name, char **err)
{
	set_err(err, _("In the class directory %s, %s was not made by tutor "
	    "for this account (another account made it, or it is a link), so "
	    "nothing was published. Ask the administrator to remove it."),
	    pub->shown, name);
	return -1;
}

int
publish_progress(struct publisher *pub, const char *id, const char *text,
    size_t len, char **err)
{
	char name[PUBLISH_USER_MAX + 128], tmp[PUBLISH_USER_MAX + 132];
	struct stat st;
	int fd, e, dfd;

	if (err != NULL)
		*err = NULL;
	if (!id_valid(id, strlen(id))) {
		set_err(err, _("This is not the id of a profile."));
		return -1;
	}
	snprintf(name, sizeof name, "%s" PUBLISH_SEP "%s" PUBLISH_SUFFIX,
	    pub->user, id);
	snprintf(tmp, sizeof tmp, "%s.tmp", name);
	/*
	 * Only a regular file of this account is ever replaced. The check
	 * is not what keeps a link planted later from being written
	 * through (nothing is opened by this name) or replaced (the sticky
	 * bit): it gives a message instead of a failed rename.
	 */
	if (fstatat(pub->dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    (!S_ISREG(st.st_mode) || st.st_uid != geteuid()))
		return taken(pub, name, err);
	/* A temporary file left by a crash; one that is not ours stays. */
	if (unlinkat(pub->dfd, tmp, 0) < 0 && errno != ENOENT)
		return taken(pub, tmp, err);
	fd = openat(pub->dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd < 0) {
		e = errno;
		if (e == EEXIST || e == ELOOP)
			return taken(pub, tmp, err);
		set_err(err, _("Progress cannot be published in the class "
		    "directory %s: %s."), pub->shown, strerror(e));
		return -1;
	}
	if (fstat(fd, &st) < 0 || (st.st_gid != pub->gid &&
	    fchown(fd, (uid_t)-1, pub->gid) < 0)) {
		set_err(err, _("A file published in the class directory %s "
		    "does not get the directory's group. Fix: chmod g+s %s"),
		    pub->shown, pub->shown);
		goto fail;
	}
	/* 0640 only once it is whole, and whatever the umask is. */
	if (xwrite_all(fd, text, len) < 0 || xfsync(fd) < 0 ||
	    fchmod(fd, 0640) < 0) {
		set_err(err, _("Progress cannot be published in the class "
		    "directory %s: %s."), pub->shown, strerror(errno));
		goto fail;
	}
	if (close(fd) < 0 && errno != EINTR) {
		fd = -1;
		set_err(err, _("Progress cannot be published in the class "
		    "directory %s: %s."), pub->shown, strerror(errno));
		goto fail;
	}
	fd = -1;
	if (renameat(pub->dfd, tmp, pub->dfd, name) < 0) {
		e = errno;
		if (e == EPERM || e == EACCES || e == EISDIR)
			taken(pub, name, err);
		else
			set_err(err, _("Progress cannot be published in the "
			    "class directory %s: %s."), pub->shown,
			    strerror(e));
		goto fail;
	}
	/*
	 * The rename lasts through a power cut once the directory is
	 * synced, which needs a descriptor that can read it: children
	 * have none. Their copy comes back with their next save.
	 */
	dfd = openat(pub->dfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		(void)xfsync(dfd);
		close(dfd);
	}
	pub->count++;
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	unlinkat(pub->dfd, tmp, 0);
	return -1;
}

void
publish_saved(const struct progress *p, const char *text, size_t len,
    void *arg)
{
	struct publisher *pub = arg;
	char *err = NULL;

	if (pub == NULL || p->profile_id == NULL)
		return;
	if (publish_progress(pub, p->profile_id, text, len, &err) < 0 &&
	    pub->error == NULL) {
		pub->error = err;
		err = NULL;
	}
	free(err);
}

const char *
publish_error(const struct publisher *pub)
{
	return pub != NULL ? pub->error : NULL;
}

unsigned long
publish_count(const struct publisher *pub)
{
	return pub != NULL ? pub->count : 0;
}

bool
publish_owner_ok(const char *name, const struct stat *st)
{
	size_t len, slen = strlen(PUBLISH_SUFFIX), k;
	const char *sep = NULL, *s;
	struct passwd *pw;
	char user[PUBLISH_USER_MAX + 1];

	if (!S_ISREG(st->st_mode))
		return false;
	len = strlen(name);
	if (len <= slen || strcmp(name + len - slen, PUBLISH_SUFFIX) != 0)
		return false;
	len -= slen;
	/* The last "--": a profile id never holds one. */
	for (s = name; s + 1 < name + len; s++) {
		if (s[0] == '-' && s[1] == '-')
			sep = s;
	}
	if (sep == NULL || (k = (size_t)(sep - name)) > PUBLISH_USER_MAX)
		return false;
	memcpy(user, name, k);
	user[k] = '\0';
	if (!publish_user_valid(user) ||
	    !id_valid(sep + 2, (size_t)(name + len - (sep + 2))))
		return false;
	pw = getpwnam(user);
	return pw != NULL && pw->pw_uid == st->st_uid;
}
