/*
 * exercise.h: the lesson model. A lesson is read from one YAML file
 * (loader.c) and is then read-only: the checker, the session and the
 * front ends only look at it. docs/exercise-format.md is the trainers'
 * view of the same structure.
 */
#ifndef TUTOR_EXERCISE_H
#define TUTOR_EXERCISE_H

#include <stdbool.h>
#include <stddef.h>

#include "lang.h"

#define EXERCISE_FORMAT		1	/* the format version this tutor reads */
#define EXERCISE_MAX_OPTIONS	9	/* one number key each */
#define EXERCISE_MAX_STEPS	9
#define EXERCISE_MAX_TRIES	3	/* tries before the lesson moves on */

enum theme {
	THEME_SAFETY,
	THEME_SOCIAL,
	THEME_AI,
	THEME_COUNT
};

enum age {
	AGE_8_10,
	AGE_11_14,
	AGE_15_18,
	AGE_COUNT
};

enum kind {
	KIND_SINGLE,
	KIND_MULTIPLE,
	KIND_TRUE_FALSE,
	KIND_FREE_TEXT,
	KIND_ORDERING,
	KIND_COUNT
};

enum verdict {
	VERDICT_WRONG,
	VERDICT_PARTLY,
	VERDICT_CORRECT
};

enum match {
	MATCH_ANY,
	MATCH_ALL,
	MATCH_NONE
};

/*
 * An option of a choice, or of a true-false exercise (there option 0 is
 * "true" and option 1 "false", and text is empty: the front end shows the
 * words in the child's language).
 */
struct choice {
	struct text	 text;
	struct text	 feedback;
	bool		 correct;
};

/* A step of an ordering exercise, kept in the right order. */
struct step {
	struct text	 text;
	struct text	 feedback;	/* shown when the step is misplaced */
};

struct pattern;

/* The patterns of a rule for one language (LANG_COUNT: common). */
struct pattern_list {
	struct pattern	**v;
	unsigned	*line;		/* where each is written, for check */
	unsigned	*col;
	size_t		 n;
};

struct rule {
	enum verdict	 verdict;
	enum match	 match;
	struct pattern_list patterns[LANG_COUNT + 1];
	struct text	 feedback;
	unsigned	 line;		/* where the rule starts, for check */
};

/* A self-test answer of a free-text exercise. */
struct example {
	char		*answer;
	enum verdict	 expect;
	bool		 accept;	/* from the accept list */
	unsigned	 line;
	unsigned	 col;
};

struct example_list {
	struct example	*v;
	size_t		 n;
};

struct exercise {
	char		*id;
	enum kind	 kind;
	unsigned	 line;
	langset		 langs;		/* the languages of the prompt */
	struct text	 scenario;
	struct text	 prompt;
	struct text	 explanation;
	struct text	*hints;
	size_t		 nhints;
	/* Choices and true-false. */
	struct choice	*options;
	size_t		 noptions;
	/* Ordering: steps in the right order; shown in display order. */
	struct step	*steps;
	size_t		 nsteps;
	unsigned	 shuffle[EXERCISE_MAX_STEPS];	/* display -> step */
	/* Free text. */
	struct rule	*rules;
	size_t		 nrules;
	struct text	 default_feedback;
	bool		 fold;
	struct example_list examples[LANG_COUNT];
};

struct lesson {
	char		*id;
	char		*file;
	unsigned	 id_line;	/* where the id is, for duplicates */
	unsigned	 id_col;
	enum theme	 theme;
	enum age	 age;
	int		 order;
	langset		 langs;		/* the languages of the title */
	struct text	 title;
	struct text	 objective;
	struct text	 intro;
	struct text	 summary;
	struct exercise	*exercises;
	size_t		 nexercises;
};

const char	*theme_code(enum theme);
enum theme	 theme_from_code(const char *);	/* THEME_COUNT if unknown */
const char	*age_code(enum age);
enum age	 age_from_code(const char *);	/* AGE_COUNT if unknown */
const char	*kind_code(enum kind);
enum kind	 kind_from_code(const char *);	/* KIND_COUNT if unknown */
const char	*verdict_code(enum verdict);
/* Returns -1 for an unknown word. */
int		 verdict_from_code(const char *);

/* The language an exercise is shown in for a child who reads want. */
enum lang	 exercise_lang(const struct exercise *, enum lang want);
struct exercise	*lesson_exercise(const struct lesson *, const char *id);
void		 lesson_free(struct lesson *);

#endif
