/*
 * cmd_report.h: the trainers' commands on progress files
 * (docs/reports.md):
 *
 *	tutor report [DIR|FILE]... [--format table|csv|json] [--anonymous]
 *	tutor merge FILE1 FILE2 [-o OUT]
 *	tutor profiles merge NAME FILE
 *
 * Each returns an exit status of main.c's list (0, 64, 65, 66).
 */
#ifndef TUTOR_CMD_REPORT_H
#define TUTOR_CMD_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "lang.h"
#include "progress.h"

/* The options of these commands, parsed by main. */
struct report_cli {
	const char	*format;	/* --format */
	bool		 anonymous;	/* --anonymous */
	const char	*output;	/* -o, --output */
};

/*
 * A report over the progress files of each DIR (and DIR/profiles) or
 * FILE; with none, this account's data directory (data_dir when set).
 * Titles come from the lessons of exdirs (the shipped ones when none).
 */
int	cmd_report(const struct report_cli *, const char *data_dir,
	    char **exdirs, size_t nexdirs, enum lang, int argc, char **argv);
/* argv: FILE1 FILE2. */
int	cmd_merge(const struct report_cli *, int argc, char **argv);
/* Merge a progress file into the learner of this account named name. */
int	cmd_profiles_merge(struct store *, const char *name,
	    const char *file);

#endif
