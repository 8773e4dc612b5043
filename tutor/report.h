/*
 * report.h: a class view built from progress files, for trainers. The
 * files are untrusted input (a child's account wrote them, or they came
 * on a USB stick): each is read with progress_parse and its limits, a
 * damaged one is used as far as it can be read, and nothing in a file
 * can make the report crash or grow without bound.
 *
 * The report streams: each learner's file is parsed, folded into
 * counters and freed before the next one, so that 200,000 learners cost
 * one small summary each (name, counts, last seen) plus one record per
 * lesson and per exercise met. The output (table, CSV, JSON) is
 * report_out.c; the command line is cmd_report.c; docs/reports.md is
 * the trainers' view.
 */
#ifndef TUTOR_REPORT_H
#define TUTOR_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "catalog.h"
#include "lang.h"

/* Limits on what a report keeps, whatever the files hold. */
#define REPORT_LESSONS_MAX	20000	/* distinct lesson ids */
#define REPORT_EXERCISES_MAX	100000	/* distinct lesson/exercise pairs */
#define REPORT_MISSES_MAX	1000	/* distinct rules or answers kept per
					   exercise; the rest count as others */
#define REPORT_TOP		3	/* rules and answers shown per exercise */

struct report_options {
	bool		 anonymous;	/* pseudonyms for names, no answers */
	/*
	 * The key of the pseudonyms. When key_set is false, a random key is
	 * drawn for this report, so that two reports cannot be linked.
	 */
	unsigned char	 key[16];
	bool		 key_set;
	/* Titles of lessons and exercises, in lang; NULL: ids only. */
	const struct catalog *catalog;
	enum lang	 lang;
};

struct report_learner {
	char		*name;		/* cleaned nickname, or a pseudonym */
	unsigned	 started;	/* lessons started */
	unsigned	 done;		/* lessons finished */
	unsigned long	 stars;		/* stars of the finished lessons */
	unsigned long	 attempts;
	unsigned long	 correct, partly, wrong;
	unsigned long long seconds;	/* time spent answering */
	time_t		 last_seen;	/* 0: never */
};

struct report_lesson {
	char		*id;		/* cleaned */
	char		*title;		/* from the catalog, or NULL */
	unsigned long	 started;	/* learners */
	unsigned long	 done;		/* learners who finished it */
	unsigned long	 stars;		/* their stars, added up */
	unsigned long	 attempts;
	unsigned long	 correct, partly, wrong;
	unsigned long long seconds;
	long		 order;		/* place in the catalog; -1: not in it */
};

/* A rule, or an answer's text, that came with wrong or partly right answers. */
struct report_miss {
	char		*text;
	unsigned long	 count;
};

struct report_exercise {
	char		*lesson;	/* cleaned ids */
	char		*exercise;
	char		*title;		/* the prompt's first line, or NULL */
	unsigned long	 learners;	/* learners who tried it */
	unsigned long	 first_try_right; /* ... and were right at once */
	unsigned long	 attempts;
	unsigned long	 correct, partly, wrong;
	unsigned long	 hinted;	/* learners who saw a hint */
	unsigned long	 hints;		/* hints seen, added up */
	unsigned long long seconds;
	/* The rules and answers most often hit, most first. */
	struct report_miss rules[REPORT_TOP];
	size_t		 nrules;
	struct report_miss answers[REPORT_TOP];
	size_t		 nanswers;
	/* Places in the catalog, -1 when not in it: lesson, exercise. */
	long		 lesson_order, order;
	size_t		 lesson_index;	/* private */
};

struct report_state;

struct report {
	/* Filled by report_finish; sorted. */
	struct report_learner *learners;	/* by name */
	size_t		 nlearners;
	struct report_lesson *lessons;		/* in catalog order, then id */
	size_t		 nlessons;
	struct report_exercise *exercises;	/* hardest first */
	size_t		 nexercises;
	/* Files: read whole, read in part, not used. */
	size_t		 files, damaged, skipped;
	/* Records not counted: over the limits above. */
	unsigned long	 dropped;
	bool		 anonymous;
	struct report_state *state;		/* private */
};

struct report	*report_create(const struct report_options *);
/*
 * Add one learner's progress file (any bytes). source names it in
 * messages and, hashed, makes the learner's pseudonym. Returns 0 when
 * the file was whole; 1 when it was damaged and what could be read was
 * counted; -1 when it was not used (nothing in it could be read); -2
 * when it was not used because a newer tutor wrote it. Unless it
 * returns 0, *why (when why is not NULL) gets the first problem in words
 * (malloc'd).
 */
int		 report_add(struct report *, const char *source,
		    const char *buf, size_t len, char **why);
/* Sort and fill the arrays above; add nothing after this. */
void		 report_finish(struct report *);
void		 report_free(struct report *);

/* A pseudonym: "learner-" and 12 hex digits of a keyed hash of source. */
void		 report_pseudonym(const unsigned char key[16],
		    const char *source, char out[24]);

/* Output: report_out.c. */
enum report_format {
	REPORT_TABLE,
	REPORT_CSV,
	REPORT_JSON,
	REPORT_FORMAT_COUNT
};

/* REPORT_FORMAT_COUNT for an unknown name. */
enum report_format report_format_from_name(const char *);
/*
 * Write the report. Returns 0, or -1 when writing failed (errno set).
 * now is the time written in the JSON form.
 */
int		 report_write(const struct report *, enum report_format,
		    time_t now, FILE *);

#endif
