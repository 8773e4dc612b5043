/*
 * session.h: one child walking through one lesson, whatever the front
 * end: introduction, each exercise (tries, hints, feedback, explanation),
 * then the summary with stars. The line-mode and the ncurses front ends
 * both drive this; neither decides anything about the lesson itself.
 */
#ifndef TUTOR_SESSION_H
#define TUTOR_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "checker.h"
#include "exercise.h"
#include "progress.h"

enum session_step {
	STEP_INTRO,		/* the lesson's introduction */
	STEP_EXERCISE,		/* waiting for an answer */
	STEP_REVIEW,		/* the exercise is over: explanation */
	STEP_SUMMARY,		/* the lesson is over */
};

/* What happened on one exercise. */
struct exercise_record {
	unsigned	 tries;
	unsigned	 hints;		/* hints shown */
	enum verdict	 first;		/* the verdict of the first try */
	enum verdict	 last;		/* the verdict of the last try */
	bool		 done;
	time_t		 started;
	unsigned	 seconds;	/* time spent, summed */
};

struct session {
	const struct lesson *lesson;
	enum lang	 lang;		/* what the child reads */
	enum session_step step;
	size_t		 index;		/* the current exercise */
	struct exercise_record *records;
	struct result	 last;		/* the last answer's result */
	/* Where what the child does is saved (NULL: nowhere). */
	struct progress	*progress;
	size_t		 resume;	/* the exercise to start at */
	char		*save_error;	/* why the last save failed, or NULL */
	time_t		 last_answer;	/* for the time spent on a try */
};

struct session	*session_create(const struct lesson *, enum lang);
void		 session_free(struct session *);
/*
 * Save this session's answers, position and stars in a learner's
 * progress, after every answer; a lesson started before resumes at the
 * exercise where the child stopped (session_begin goes there).
 */
void		 session_attach(struct session *, struct progress *);
/* Whether the lesson resumes past its first exercise. */
bool		 session_resuming(const struct session *);

/* The current exercise and the language it is shown in. */
const struct exercise *session_exercise(const struct session *);
enum lang	 session_exercise_lang(const struct session *);

/* From the introduction to the first exercise. */
void		 session_begin(struct session *);
/*
 * The next hint of the current exercise, or NULL when every hint has
 * been shown. *number is set to its 1-based number.
 */
const struct text *session_hint(struct session *, unsigned *number);
/*
 * Record an answer to the current exercise and fill *r. The exercise is
 * over (STEP_REVIEW) after a right answer or after the last try.
 */
void		 session_answer(struct session *, const struct answer *,
		    struct result *r);
/* Tries left on the current exercise. */
unsigned	 session_tries_left(const struct session *);
/* From the review to the next exercise, or to the summary. */
void		 session_next(struct session *);
/* Stars for the lesson so far: 1 to 3 (0 before any exercise is done). */
unsigned	 session_stars(const struct session *);
/* How many exercises were right at the first try. */
size_t		 session_first_try_right(const struct session *);

#endif
