/*
 * selftest.h: running the example answers that every free-text exercise
 * carries, so that a trainer knows the rules accept and reject what they
 * should before a child ever meets them (`tutor check`).
 */
#ifndef TUTOR_SELFTEST_H
#define TUTOR_SELFTEST_H

#include <stddef.h>

#include "diag.h"
#include "exercise.h"

/* Run every example of a lesson; returns how many failed (in diags). */
size_t	selftest_lesson(const struct lesson *, struct diags *);
/* How many examples a lesson has. */
size_t	selftest_count(const struct lesson *);

#endif
