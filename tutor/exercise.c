/*
 * exercise.c: names of the model's enumerations, as written in lesson
 * files and printed by `tutor list`, and freeing a lesson.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "exercise.h"
#include "pattern.h"

static const char *themes[THEME_COUNT] = {
	"digital-safety", "social-media", "ai-ethics"
};
static const char *ages[AGE_COUNT] = { "8-10", "11-14", "15-18" };
static const char *kinds[KIND_COUNT] = {
	"single-choice", "multiple-choice", "true-false", "free-text",
	"ordering"
};
static const char *verdicts[] = { "wrong", "partly", "correct" };

static unsigned
lookup(const char **table, unsigned n, const char *s)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (strcmp(table[i], s) == 0)
			return i;
	}
	return n;
}

const char *
theme_code(enum theme t)
{
	return t < THEME_COUNT ? themes[t] : "?";
}

enum theme
theme_from_code(const char *s)
{
	return lookup(themes, THEME_COUNT, s);
}

const char *
age_code(enum age a)
{
	return a < AGE_COUNT ? ages[a] : "?";
}

enum age
age_from_code(const char *s)
{
	return lookup(ages, AGE_COUNT, s);
}

const char *
kind_code(enum kind k)
{
	return k < KIND_COUNT ? kinds[k] : "?";
}

enum kind
kind_from_code(const char *s)
{
	return lookup(kinds, KIND_COUNT, s);
}

const char *
verdict_code(enum verdict v)
{
	return v <= VERDICT_CORRECT ? verdicts[v] : "?";
}

int
verdict_from_code(const char *s)
{
	unsigned v;

	v = lookup(verdicts, sizeof verdicts / sizeof verdicts[0], s);
	return v < sizeof verdicts / sizeof verdicts[0] ? (int)v : -1;
}

enum lang
exercise_lang(const struct exercise *ex, enum lang want)
{
	return lang_pick(want, ex->langs);
}

struct exercise *
lesson_exercise(const struct lesson *l, const char *id)
{
	size_t i;

	for (i = 0; i < l->nexercises; i++) {
		if (strcmp(l->exercises[i].id, id) == 0)
			return &l->exercises[i];
	}
	return NULL;
}

static void
exercise_free(struct exercise *ex)
{
	size_t i, j, k;

	free(ex->id);
	text_free(&ex->scenario);
	text_free(&ex->prompt);
	text_free(&ex->explanation);
	for (i = 0; i < ex->nhints; i++)
		text_free(&ex->hints[i]);
	free(ex->hints);
	for (i = 0; i < ex->noptions; i++) {
		text_free(&ex->options[i].text);
		text_free(&ex->options[i].feedback);
	}
	free(ex->options);
	for (i = 0; i < ex->nsteps; i++) {
		text_free(&ex->steps[i].text);
		text_free(&ex->steps[i].feedback);
	}
	free(ex->steps);
	for (i = 0; i < ex->nrules; i++) {
		for (j = 0; j <= LANG_COUNT; j++) {
			for (k = 0; k < ex->rules[i].patterns[j].n; k++)
				pattern_free(ex->rules[i].patterns[j].v[k]);
			free(ex->rules[i].patterns[j].v);
			free(ex->rules[i].patterns[j].line);
			free(ex->rules[i].patterns[j].col);
		}
		text_free(&ex->rules[i].feedback);
	}
	free(ex->rules);
	text_free(&ex->default_feedback);
	for (i = 0; i < LANG_COUNT; i++) {
		for (j = 0; j < ex->examples[i].n; j++)
			free(ex->examples[i].v[j].answer);
		free(ex->examples[i].v);
	}
}

void
lesson_free(struct lesson *l)
{
	size_t i;

	if (l == NULL)
		return;
	free(l->id);
	free(l->file);
	text_free(&l->title);
	text_free(&l->objective);
	text_free(&l->intro);
	text_free(&l->summary);
	for (i = 0; i < l->nexercises; i++)
		exercise_free(&l->exercises[i]);
	free(l->exercises);
	free(l);
}
