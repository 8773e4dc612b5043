/*
 * learner.c: names are compared as profiles keep them (cleaned: no
 * control or invisible characters, spaces collapsed), so "Aya " and
 * "Aya" are the same child.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "learner.h"
#include "util.h"

char *
learner_find(struct store *st, const char *name)
{
	struct profile_info *v;
	char *clean, *id = NULL;
	size_t n, i;

	if (store_profiles(st, &v, &n) != 0)
		return NULL;
	clean = profile_clean_name(name);
	for (i = 0; i < n && id == NULL; i++) {
		if (strcmp(v[i].name, clean) == 0)
			id = xstrdup(v[i].id);
	}
	free(clean);
	profile_info_free(v, n);
	return id;
}

struct progress *
learner_open(struct store *st, const char *name, enum lang lang, enum age age,
    char **err)
{
	struct progress *p;
	char *id;

	*err = NULL;
	id = learner_find(st, name);
	if (id == NULL && store_create_profile(st, name, lang, age, &id,
	    err) != 0)
		return NULL;
	p = progress_open(st, id, err);
	free(id);
	return p;
}
