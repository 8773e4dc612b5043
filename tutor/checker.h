/*
 * checker.h: the verdict for an answer, and turning what a child typed
 * into an answer. Pure functions of the exercise and the answer: the
 * same answer always gets the same verdict and the same feedback.
 */
#ifndef TUTOR_CHECKER_H
#define TUTOR_CHECKER_H

#include <stdbool.h>
#include <stddef.h>

#include "exercise.h"

struct answer {
	/* Choices and true-false: bit i set when option i is picked. */
	unsigned	 chosen;
	/* Ordering: the step (index in the right order) at each place. */
	unsigned	 order[EXERCISE_MAX_STEPS];
	size_t		 norder;
	/* Free text: any bytes. */
	const char	*text;
	size_t		 len;
};

#define RESULT_MAX_FEEDBACK (EXERCISE_MAX_OPTIONS + 1)

struct result {
	enum verdict	 verdict;
	/* The texts to show, in order (a choice can give several). */
	const struct text *feedback[RESULT_MAX_FEEDBACK];
	size_t		 nfeedback;
	/* Free text: the rule that decided (-1: none, default feedback). */
	int		 rule;
	/* A pattern gave up at its work limit. */
	bool		 limited;
	/* Ordering: how many steps are in their place. */
	size_t		 placed;
};

/* The verdict for an answer to an exercise shown in language lang. */
void	checker_check(const struct exercise *, enum lang,
	    const struct answer *, struct result *);

/*
 * The same for a free-text answer already folded as the exercise folds
 * answers (normalize_fold, or normalize_clean with fold: false): the
 * self-tests fold each example once and use it twice.
 */
void	checker_check_folded(const struct exercise *, enum lang,
	    const char *folded, size_t len, struct result *);

/* Why a typed answer could not be read (the message is translatable). */
enum parse_error {
	PARSE_OK,
	PARSE_EMPTY,
	PARSE_NOT_A_NUMBER,	/* choices: type the numbers */
	PARSE_OUT_OF_RANGE,
	PARSE_ONE_ONLY,		/* single choice: one number */
	PARSE_NOT_ALL_STEPS	/* ordering: every number, once */
};

/*
 * Read a typed line as an answer to ex: numbers for choices ("2",
 * "1 3", "1,3", "13"), numbers or words for true-false ("1", "true",
 * "vrai", "صح"), the shown numbers in the child's order for ordering
 * ("3 1 2"), the text itself for free text. Arabic-Indic digits count.
 * For free text, ans->text points into line.
 */
enum parse_error answer_parse(const struct exercise *, const char *line,
		    size_t len, struct answer *);
/* What to type to answer an exercise (translatable). */
const char	*answer_instruction(const struct exercise *);
/* A calm sentence saying what to type instead. */
const char	*parse_error_message(const struct exercise *, enum parse_error);

#endif
