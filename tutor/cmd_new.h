/*
 * cmd_new.h: `tutor new lesson [FILE]`, the start of a trainer's own
 * lesson.
 */
#ifndef TUTOR_CMD_NEW_H
#define TUTOR_CMD_NEW_H

#include "lang.h"

/* The name written to when FILE is not given. */
#define NEW_LESSON_DEFAULT	"my-lesson.yaml"

/*
 * argv[0] is the word after "new" ("lesson"), argv[1] the optional FILE
 * ("-" for standard output). Returns the exit status (main.c's codes):
 * 0; 64 for a wrong command line or a FILE that already exists; 66 when
 * the template cannot be read or FILE cannot be written.
 */
int	cmd_new(int argc, char **argv, enum lang);

#endif
