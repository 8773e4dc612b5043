/*
 * paths.c: a program run from the build tree is recognised by where its
 * executable is (/proc/self/exe), not by an environment variable, so
 * `make check` and a developer's ./tutor/tutor find the exercises being
 * edited, and an installed tutor never looks into a build tree.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

static int
in_build_tree(void)
{
	char exe[PATH_MAX], *real_build;
	ssize_t n;
	int yes;

	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	if ((real_build = realpath(TUTOR_BUILDDIR "/tutor", NULL)) == NULL)
		return 0;
	yes = strncmp(exe, real_build, strlen(real_build)) == 0 &&
	    exe[strlen(real_build)] == '/' &&
	    strchr(exe + strlen(real_build) + 1, '/') == NULL;
	free(real_build);
	return yes;
}

char *
paths_font(void)
{
	char *path;

	if (in_build_tree())
		xasprintf(&path, "%s/fonts/tutor.psf", TUTOR_BUILDDIR);
	else
		xasprintf(&path, "%s/fonts/tutor.psf", PKGDATADIR);
	return path;
}

char *
paths_conf(void)
{
	char *path;

	if (in_build_tree())
		return NULL;
	xasprintf(&path, "%s/tutor.conf", SYSCONFDIR);
	return path;
}

char *
paths_locale(void)
{
	char *path;

	if (in_build_tree())
		xasprintf(&path, "%s/locale", TUTOR_BUILDDIR);
	else
		path = xstrdup(LOCALEDIR);
	return path;
}

char *
paths_data(const char *what)
{
	char *path;

	if (in_build_tree())
		xasprintf(&path, "%s/%s", TUTOR_SRCDIR, what);
	else
		xasprintf(&path, "%s/%s", PKGDATADIR, what);
	return path;
}
