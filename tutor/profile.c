/*
 * profile.c: the profiles of a data directory, one progress file each:
 * listing, creating and removing them.
 *
 * A profile's name is what a child typed, so it is cleaned (no control,
 * bidi or invisible characters, at most PROFILE_NAME_MAX characters) and
 * never used as a path. The file is named by an id made from the name:
 * its ASCII letters and digits (accents folded away, other scripts
 * dropped), a dash and 8 hex digits of a hash of the cleaned name:
 * "aya-1c3f9a2b", or "p-77ab0c12" for a name written only in Arabic or
 * Tifinagh. The same cleaned name always makes the same id, which is how
 * two profiles of one name are refused.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "normalize.h"
#include "progress.h"
#include "progress_int.h"
#include "util.h"

#define SLUG_MAX	16

bool
progress_id_valid(const char *id)
{
	size_t i;

	for (i = 0; (id[i] >= 'a' && id[i] <= 'z') ||
	    (id[i] >= '0' && id[i] <= '9'); i++)
		if (i == SLUG_MAX)
			return false;
	if (i == 0 || id[i] != '-')
		return false;
	id += i + 1;
	for (i = 0; i < 8; i++)
		if (!((id[i] >= '0' && id[i] <= '9') ||
		    (id[i] >= 'a' && id[i] <= 'f')))
			return false;
	return id[8] == '\0';
}

char *
profile_clean_name(const char *name)
{
	char *s;
	size_t i, n;
	ucs4_t c;
	int k;

	s = normalize_clean(name, strlen(name));
	n = strlen(s);
	for (i = 0, k = 0; i < n && k < PROFILE_NAME_MAX; k++)
		i += (size_t)u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
	while (i > 0 && s[i - 1] == ' ')
		i--;
	s[i] = '\0';
	return s;
}

/* The id of a cleaned name. */
static char *
make_id(const char *clean)
{
	char slug[SLUG_MAX + 1], *folded, *id;
	const unsigned char *s;
	uint32_t h = 2166136261u;
	size_t n = 0;

	folded = normalize_fold(clean, strlen(clean));
	for (s = (const unsigned char *)folded; *s != '\0' && n < SLUG_MAX;
	    s++) {
		if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
			slug[n++] = (char)*s;
		else if (*s >= 'A' && *s <= 'Z')
			slug[n++] = (char)(*s - 'A' + 'a');
	}
	slug[n] = '\0';
	free(folded);
	for (s = (const unsigned char *)clean; *s != '\0'; s++)
		h = (h ^ *s) * 16777619u;
	xasprintf(&id, "%s-%08x", n > 0 ? slug : "p", (unsigned)h);
	return id;
}

/* The name in a profile's file; NULL when it cannot be read. */
static char *
read_name(int pfd, const char *file)
{
	struct progress p;
	char *buf, *name;
	size_t len;

	/* The profile line comes second: the file's start is enough. */
	if (progress_read(pfd, file, 65536, &buf, &len, NULL) < 0)
		return NULL;
	if (progress_parse(file, buf, len, &p, NULL) < 0)
		p.name = NULL;
	name = p.name;
	p.name = NULL;
	progress_clear(&p);
	free(buf);
	return name;
}

struct sorted {
	struct profile_info info;
	char	*key;
};

static int
cmp_sorted(const void *va, const void *vb)
{
	const struct sorted *a = va, *b = vb;
	int c;

	if ((c = strcmp(a->key, b->key)) != 0)
		return c;
	if ((c = strcmp(a->info.name, b->info.name)) != 0)
		return c;
	return strcmp(a->info.id, b->info.id);
}

int
store_profiles(struct store *st, struct profile_info **out, size_t *nout)
{
	struct sorted *v = NULL;
	struct dirent *e;
	size_t n = 0, len, i;
	char *id;
	DIR *d;
	int fd;

	*out = NULL;
	*nout = 0;
	if ((fd = fcntl(st->pfd, F_DUPFD_CLOEXEC, 0)) < 0)
		return -1;
	if ((d = fdopendir(fd)) == NULL) {
		close(fd);
		return -1;
	}
	rewinddir(d);
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (len <= 9 || strcmp(e->d_name + len - 9, ".progress") != 0)
			continue;
		id = xstrndup(e->d_name, len - 9);
		if (!progress_id_valid(id)) {
			free(id);
			continue;
		}
		v = xreallocarray(v, n + 1, sizeof *v);
		v[n].info.id = id;
		if ((v[n].info.name = read_name(st->pfd, e->d_name)) == NULL)
			v[n].info.name = xstrdup(id);
		/* "aya" and "Aya", "Amélie" and "Amelie" sort together. */
		v[n].key = normalize_fold(v[n].info.name,
		    strlen(v[n].info.name));
		n++;
	}
	closedir(d);
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_sorted);
	*out = xreallocarray(NULL, n, sizeof **out);
	for (i = 0; i < n; i++) {
		(*out)[i] = v[i].info;
		free(v[i].key);
	}
	free(v);
	*nout = n;
	return 0;
}

void
profile_info_free(struct profile_info *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].name);
	}
	free(v);
}

int
store_create_profile(struct store *st, const char *name, enum lang lang,
    enum age age, char **idp, char **err)
{
	struct progress p;
	struct stat sb;
	char *clean, *id, *text, *other, file[64];
	int lockfd, rc, e;

	*idp = NULL;
	clean = profile_clean_name(name);
	if (*clean == '\0') {
		free(clean);
		return progress_fail(err, "A name needs at least one letter.");
	}
	id = make_id(clean);
	snprintf(file, sizeof file, "%s.progress", id);
	/* Under the profile's lock, nobody else can make the file. */
	if ((rc = progress_lock(st->pfd, id, &lockfd, err)) <= 0) {
		if (rc == 0)
			progress_fail(err, "There is already a profile called "
			    "%s, and it is open now.", clean);
		goto fail;
	}
	if (fstatat(st->pfd, file, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
		other = read_name(st->pfd, file);
		if (other != NULL && strcmp(other, clean) == 0)
			progress_fail(err, "There is already a profile called "
			    "%s.", clean);
		else
			progress_fail(err, "The name %s cannot be told apart "
			    "from another profile's: add a letter to it.", clean);
		free(other);
		close(lockfd);
		goto fail;
	}
	memset(&p, 0, sizeof p);
	p.name = clean;
	p.lang = lang < LANG_COUNT ? lang : LANG_NONE;
	p.age = age < AGE_COUNT ? age : AGE_COUNT;
	text = progress_format(&p);
	e = progress_write(st->pfd, file, text, strlen(text));
	free(text);
	close(lockfd);
	if (e != 0) {
		progress_fail(err, "The profile %s could not be made: %s.",
		    clean, strerror(e));
		goto fail;
	}
	free(clean);
	*idp = id;
	return 0;
fail:
	free(clean);
	free(id);
	return -1;
}

/*
 * Removing a profile removes all of it: its progress, any damaged copies
 * kept of it, and its lock, last, while holding it.
 */
int
store_remove_profile(struct store *st, const char *id, char **err)
{
	char file[64];
	int lockfd, rc, e;

	if (!progress_id_valid(id))
		return progress_fail(err, "This is not the id of a profile.");
	if ((rc = progress_lock(st->pfd, id, &lockfd, err)) <= 0)
		return rc == 0 ? progress_fail(err, "This profile is open in "
		    "another session: close it first.") : -1;
	snprintf(file, sizeof file, "%s.progress", id);
	if (unlinkat(st->pfd, file, 0) < 0) {
		e = errno;
		if (e == ENOENT)
			unlinkat(st->pfd, strcat(strcpy(file, id), ".lock"), 0);
		close(lockfd);
		return e == ENOENT ? progress_fail(err, "There is no profile "
		    "with the id %s.", id) : progress_fail(err, "The profile "
		    "%s could not be removed: %s.", id, strerror(e));
	}
	progress_unlink_prefixed(st->pfd, id, ".progress.");
	snprintf(file, sizeof file, "%s.lock", id);
	unlinkat(st->pfd, file, 0);
	(void)fsync(st->pfd);
	close(lockfd);
	return 0;
}
