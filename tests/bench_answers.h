/*
 * bench_answers.h: timing verdicts for realistic answers, for
 * tests/bench_verdict.c (`make bench`): the answers children type
 * (tests/answers/LANG.tsv), the example answers of lessons, and what a
 * child can type to every choice, true-false and ordering exercise.
 */
#ifndef TUTOR_BENCH_ANSWERS_H
#define TUTOR_BENCH_ANSWERS_H

#include <stddef.h>

#include "catalog.h"
#include "exercise.h"

#define BENCH_ROUNDS	5	/* timed rounds of passes; the best counts */
#define BENCH_TRIALS	3	/* tries of each answer for the slowest */

/* An answer to time: what was typed, to which exercise. */
struct job {
	const struct lesson *lesson;
	const struct exercise *ex;
	enum lang	 lang;		/* the child's language */
	char		*line;		/* what the child typed */
	int		 expect;	/* the verdict it must get, or -1 */
};

struct jobs {
	struct job	*v;
	size_t		 n;
};

/* The figures of a set of answers; verdicts per second, worst in ms. */
struct measure {
	double	 free_text, choice, mix, worst;
	double	 kind[KIND_COUNT];
	size_t	 nkind[KIND_COUNT], nchoice;
	const struct job *worst_job;
};

double	 bench_now(void);	/* seconds, monotonic */
/* Load every lesson of dir; -1 (with the errors on stderr) if any fails. */
int	 answers_load(const char *dir, struct catalog *);
/* The answers of dir/LANG.tsv, with the verdicts they must get. */
int	 answers_read_tsv(const char *dir, const struct catalog *,
	    struct jobs *);
/* Every step-th example answer of the catalog's free-text exercises. */
void	 answers_add_examples(struct jobs *, const struct catalog *,
	    size_t step);
/* What a child can type to each exercise that is not free text. */
void	 answers_add_choices(struct jobs *, const struct catalog *);
/* Every answer once; returns how many got another verdict than expected. */
size_t	 answers_warm_up(const struct jobs *);
/* Verdicts per second per kind, the mix, and the slowest answer. */
void	 answers_measure(const struct jobs *, const struct catalog *,
	    size_t reps, struct measure *);
void	 answers_print(const struct measure *);
void	 answers_free(struct jobs *);
size_t	 answers_count_examples(const struct catalog *);
size_t	 answers_count_exercises(const struct catalog *);

#endif
