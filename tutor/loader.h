/*
 * loader.h: turning a lesson file into the lesson model, with every
 * problem reported as file:line:col in words a trainer understands.
 */
#ifndef TUTOR_LOADER_H
#define TUTOR_LOADER_H

#include <stddef.h>

#include "diag.h"
#include "exercise.h"
#include "names.h"

/*
 * Load a lesson. Returns NULL when the file has any error; every error
 * found is added to diags (not only the first).
 */
struct lesson	*loader_load_file(const char *path, struct diags *);
/* The same, with the {{name}} values of a names file (may be NULL). */
struct lesson	*loader_load(const char *path, const struct names *,
		    struct diags *);
/*
 * Only a lesson's heading: id, theme, age band, order and title, read up
 * to the 'exercises' key; no exercise is read. For the lists a child
 * chooses from, which need every lesson but none of its questions.
 */
struct lesson	*loader_load_head(const char *path, const struct names *,
		    struct diags *);
struct lesson	*loader_load_buffer(const char *name, const char *buf,
		    size_t len, struct diags *);

#endif
