/*
 * yamlerr.h: libyaml's syntax errors said the way a trainer would say
 * them ("this quoted text is never closed"), at the place to fix: the
 * opening quote of a string that never ends, not the end of the file.
 */
#ifndef TUTOR_YAMLERR_H
#define TUTOR_YAMLERR_H

#include <stddef.h>

#include <yaml.h>

/*
 * The message (malloc'd) for the error that stopped parser p over the
 * raw text, and its line and column (1-based).
 */
char	*yamlerr_message(const yaml_parser_t *p, const char *raw, size_t len,
	    unsigned *line, unsigned *col);

#endif
