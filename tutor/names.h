/*
 * names.h: help channels and official names, kept in one file beside the
 * lessons (_names.yaml) and referred to from lesson texts as {{name}},
 * so that a trainer changes a phone number in one place.
 */
#ifndef TUTOR_NAMES_H
#define TUTOR_NAMES_H

#include <stddef.h>

#include "diag.h"
#include "lang.h"

#define NAMES_FILE "_names.yaml"

struct name {
	char		*key;
	struct text	 value;
};

struct names {
	struct name	*v;
	size_t		 n;
};

void	names_init(struct names *);
void	names_free(struct names *);
/* Load a names file; problems go to diags. Returns -1 on any error. */
int	names_load(const char *path, struct names *, struct diags *);
const struct name *names_find(const struct names *, const char *key,
	    size_t keylen);

#endif
