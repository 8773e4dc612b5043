/*
 * report_int.h: what the files of the report module share (report.c:
 * counting; report_finish.c: titles, sorting, freeing). Not for other
 * modules.
 */
#ifndef TUTOR_REPORT_INT_H
#define TUTOR_REPORT_INT_H

#include "report.h"
#include "strtab.h"

/* What counting needs and the output does not. */
struct report_state {
	struct report_options opt;
	struct strtab	 lesson_tab;	/* lesson id -> index of lessons */
	struct strtab	 ex_tab;	/* "LESSON\0EXERCISE" -> exercises */
	struct strtab	 miss_tab;	/* exercise, kind, text -> count */
	size_t		*lesson_stamp;	/* learner who last started it */
	size_t		*ex_stamp;	/* learner who last tried it */
	unsigned	*ex_hints;	/* that learner's most hints seen */
	unsigned	*ex_misses;	/* distinct misses kept */
	unsigned long	*miss_count;
	char		**miss_text;	/* as first seen, cleaned */
	size_t		*touched;	/* exercises of the current learner */
	size_t		 ntouched, touched_cap;
	size_t		 learner_no;	/* stamps start at 1 */
	size_t		 lessons_cap, ex_cap, learners_cap;
	struct buf	 key;		/* scratch */
};

void	report_state_free(struct report_state *);
/* n / d with two decimals ("2.50"), whatever the locale; "" when d is 0. */
void	report_ratio(unsigned long n, unsigned long d, char out[32]);
/* The table form of report_write (report_table.c). */
void	report_write_table(const struct report *, FILE *);

#endif
