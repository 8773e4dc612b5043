/*
 * gen_lessons.h: the words tests/gen_lessons builds its exercises from
 * (gen_lessons_text.c), kept apart from the program that assembles and
 * writes them (gen_lessons.c).
 *
 * Every text is given per language, indexed by enum lang; NULL where the
 * bank has no text in that language (then an exercise that uses it is not
 * written in that language). Texts may hold {name}, {town} and {age},
 * replaced for each exercise, and {{name}} references to the _names.yaml
 * that gen_lessons writes beside the lessons.
 */
#ifndef TUTOR_GEN_LESSONS_H
#define TUTOR_GEN_LESSONS_H

#include <stdbool.h>
#include <stddef.h>

#include "lang.h"

struct tr {
	const char	*s[LANG_COUNT];
};

/* An option of a choice: its text, and why it is (or is not) right. */
struct gl_item {
	struct tr	 text;
	struct tr	 why;
};

/*
 * A choice category. A multiple-choice asks for every `pick` item among
 * some `other` ones; a single-choice asks for the one `other` item among
 * `pick` ones ("which one is fine to share?").
 */
struct gl_category {
	struct tr	 title;
	struct tr	 scenario;
	struct tr	 single_prompt;
	struct tr	 multiple_prompt;
	const struct gl_item *pick;
	size_t		 npick;
	const struct gl_item *other;
	size_t		 nother;
	struct tr	 hints[3];
	struct tr	 explanation;
};

struct gl_statement {
	struct tr	 text;
	bool		 answer;
	struct tr	 feedback_true;
	struct tr	 feedback_false;
};

#define GL_MAX_STEPS 6

struct gl_sequence {
	struct tr	 prompt;
	struct tr	 step[GL_MAX_STEPS];
	struct tr	 feedback[GL_MAX_STEPS];
	size_t		 nsteps;
	struct tr	 hint;
	struct tr	 explanation;
};

/* A pattern and answers it must decide. */
struct gl_pattern {
	const char	*pattern;
	const char	*answers[3];
};

/* Correct patterns a topic has: the same ideas, in the same order, in
 * every language. */
#define GL_CORRECT 5

/*
 * One language of a free-text topic. Rules are written in this order:
 * "I don't know" (wrong), neg (a negation that is right, such as "don't
 * answer": before the wrong ideas that it contains), wrong ideas,
 * correct patterns (a subset, in one or several rules), partly.
 */
struct gl_topic_lang {
	struct gl_pattern neg;
	struct gl_pattern wrong;
	struct gl_pattern correct[GL_CORRECT];
	/* Partly: the answers match both patterns (for match: all). */
	const char	*partly[2];
	const char	*partly_answers[2];
	/* An answer with digits, accepted by the topic's common pattern. */
	const char	*digits;
};

struct gl_topic {
	struct tr	 scenario;
	struct tr	 prompt;
	const char	*common;	/* a common pattern, or NULL */
	struct tr	 neg_feedback;
	struct tr	 wrong_feedback;
	struct tr	 correct_feedback[GL_CORRECT];
	struct tr	 partly_feedback;
	struct tr	 default_feedback;
	struct tr	 hints[2];
	struct tr	 explanation;
	const struct gl_topic_lang *l[LANG_COUNT];
};

extern const struct tr gl_names[], gl_towns[];
extern const size_t gl_nnames, gl_ntowns;
extern const struct gl_category gl_categories[];
extern const size_t gl_ncategories;
extern const struct gl_statement gl_statements[];
extern const size_t gl_nstatements;
extern const struct gl_sequence gl_sequences[];
extern const size_t gl_nsequences;
extern const struct gl_topic gl_topics[];
extern const size_t gl_ntopics;
/* "I don't know" in each language: a pattern and answers. */
extern const struct gl_pattern gl_idk[LANG_COUNT];
extern const struct tr gl_idk_feedback;
/* Answers that match no pattern of any topic. */
extern const char *const gl_unrelated[LANG_COUNT][2];
/* The lesson's own texts: {n} is the lesson's number. */
extern const struct tr gl_lesson_title, gl_lesson_objective, gl_lesson_intro,
    gl_lesson_summary;
/* Yes / no, in front of an option's why. */
extern const struct tr gl_yes, gl_no;

#endif
