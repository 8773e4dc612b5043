/*
 * learner.h: finding a child's profile by the name they type, as both
 * front ends and the trainer's commands do.
 */
#ifndef TUTOR_LEARNER_H
#define TUTOR_LEARNER_H

#include "progress.h"

/* The id of the profile with this name (as cleaned), or NULL: malloc'd. */
char		*learner_find(struct store *, const char *name);
/*
 * Open the profile with this name, creating it (with lang and age) when
 * there is none. NULL with *err when it cannot be.
 */
struct progress	*learner_open(struct store *, const char *name, enum lang,
		    enum age, char **err);

#endif
