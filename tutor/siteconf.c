/*
 * siteconf.c: reading tutor.conf (siteconf.h). The file is small and
 * written by hand, so every problem is reported with its file:line:col
 * and the good lines still count: a typo must not lock children out of
 * tutor. A file that someone other than root (or the user) could have
 * changed is not used at all, since it sets what child accounts may do.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "normalize.h"
#include "siteconf.h"
#include "util.h"

static bool
blank(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * The file's bytes in *bufp: 0, or 1 when it is missing and may be, or
 * -1 with a diagnostic.
 */
static int
read_conf(const char *path, bool must_exist, char **bufp, size_t *lenp,
    struct diags *d)
{
	char *buf;
	struct stat st;
	ssize_t got = 0;
	size_t len = 0;
	int fd, e;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		if (e == ENOENT && !must_exist)
			return 1;
		diags_add(d, path, 0, 0, _("cannot be read: %s"), strerror(e));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		diags_add(d, path, 0, 0, "%s", _("is not a regular file"));
		close(fd);
		return -1;
	}
	if ((st.st_uid != 0 && st.st_uid != geteuid()) ||
	    (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
		diags_add(d, path, 0, 0, "%s", _("is not used: users other "
		    "than root may change it (fix: chown root FILE; chmod "
		    "644 FILE)"));
		close(fd);
		return -1;
	}
	buf = xmalloc(SITECONF_FILE_MAX + 1);
	while (len <= SITECONF_FILE_MAX) {
		got = read(fd, buf + len, SITECONF_FILE_MAX + 1 - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		len += (size_t)got;
	}
	e = errno;
	close(fd);
	if (got < 0 || len > SITECONF_FILE_MAX) {
		if (got < 0)
			diags_add(d, path, 0, 0, _("cannot be read: %s"),
			    strerror(e));
		else
			diags_add(d, path, 0, 0, _("is larger than %u bytes"),
			    SITECONF_FILE_MAX);
		free(buf);
		return -1;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return 0;
}

static bool
has_controls(const char *s)
{
	for (; *s != '\0'; s++) {
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return true;
	}
	return false;
}

/* One "key = value" line, cut in place; false with a diagnostic. */
static bool
set_one(struct siteconf *c, const char *path, unsigned line, char *s,
    struct diags *d)
{
	char *key, *eq, *val, *end, *shown;
	unsigned long n;
	unsigned col, kcol;

	key = s + strspn(s, " \t");
	kcol = (unsigned)(key - s) + 1;
	if ((eq = strchr(s, '=')) == NULL) {
		diags_add(d, path, line, kcol, "%s", _("expected 'setting = "
		    "value'"));
		return false;
	}
	for (end = eq; end > key && blank(end[-1]); end--)
		;
	*end = '\0';
	for (val = eq + 1; blank(*val); val++)
		;
	for (end = val + strlen(val); end > val && blank(end[-1]); end--)
		;
	*end = '\0';
	col = (unsigned)(val - s) + 1;
	if (has_controls(val)) {
		diags_add(d, path, line, col, "%s", _("the value has control "
		    "characters"));
		return false;
	}
	if (strcmp(key, "class-dir") == 0) {
		if (val[0] != '/') {
			diags_add(d, path, line, col, "%s", _("class-dir must "
			    "be an absolute path (starting with /)"));
			return false;
		}
		free(c->class_dir);
		c->class_dir = xstrdup(val);
	} else if (strcmp(key, "time-limit") == 0) {
		errno = 0;
		n = strtoul(val, &end, 10);
		if (val[0] < '0' || val[0] > '9' || *end != '\0' ||
		    errno != 0 || n > SITECONF_TIME_LIMIT_MAX) {
			diags_add(d, path, line, col, _("time-limit must be a "
			    "number of minutes from 0 to %u"),
			    SITECONF_TIME_LIMIT_MAX);
			return false;
		}
		c->time_limit = (unsigned)n;
		c->time_limit_set = true;
	} else {
		shown = normalize_clean(key, strlen(key));
		diags_add(d, path, line, kcol, _("unknown setting '%s' "
		    "(tutor.conf knows class-dir and time-limit)"), shown);
		free(shown);
		return false;
	}
	return true;
}

int
siteconf_load(const char *path, bool must_exist, struct siteconf *c,
    struct diags *d)
{
	struct siteconf n;
	char *buf, *s, *nl, *end;
	size_t len;
	unsigned line = 0;
	int rc;

	if ((rc = read_conf(path, must_exist, &buf, &len, d)) != 0)
		return rc < 0 ? -1 : 0;
	if (memchr(buf, '\0', len) != NULL) {
		diags_add(d, path, 0, 0, "%s", _("is not a text file"));
		free(buf);
		return -1;
	}
	n = *c;
	for (s = buf; *s != '\0'; s = nl) {
		line++;
		if ((nl = strchr(s, '\n')) != NULL)
			*nl++ = '\0';
		else
			nl = s + strlen(s);
		end = s + strlen(s);
		if (end > s && end[-1] == '\r')
			end[-1] = '\0';
		if (s[strspn(s, " \t")] == '\0' || s[strspn(s, " \t")] == '#')
			continue;
		if (!set_one(&n, path, line, s, d))
			rc = 1;
	}
	*c = n;
	free(buf);
	return rc;
}

void
siteconf_free(struct siteconf *c)
{
	free(c->class_dir);
	c->class_dir = NULL;
}
