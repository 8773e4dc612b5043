/*
 * test_curriculum.c: the shipped lessons against what the curriculum
 * promises: 3 themes x 3 age bands x at least 3 lessons; at least 4
 * exercises a lesson, mixing kinds (at least 3 kinds, and a free-text
 * or a scenario); more than 100 exercises; everything in Arabic, French
 * and English; the core safety lessons for ages 8-10 also in Amazigh
 * for their choice, true-false and ordering exercises; every free-text
 * exercise with at least 5 accepted and 5 rejected example answers per
 * language; every lesson with an objective, every exercise with hints
 * and an explanation.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "tap.h"

#define TRIO ((1u << LANG_AR) | (1u << LANG_EN) | (1u << LANG_FR))

int
main(void)
{
	const char *top = getenv("top_srcdir");
	struct catalog cat;
	struct diags d;
	const struct lesson *l;
	const struct exercise *ex;
	unsigned grid[THEME_COUNT][AGE_COUNT] = { { 0 } };
	size_t i, j, total = 0, zgh_lessons = 0;
	char dir[1024];
	unsigned kinds, t, a;
	enum lang lang;
	bool scenario, ok_langs, ok_examples, ok_help, ok_zgh;

	snprintf(dir, sizeof dir, "%s/exercises", top ? top : ".");
	catalog_init(&cat);
	diags_init(&d);
	catalog_add(&cat, dir, &d);
	catalog_finish(&cat, &d);
	ok(d.n == 0 && cat.broken == 0, "every shipped lesson loads");
	diags_print(&d, stdout);
	for (i = 0; i < cat.n; i++) {
		l = cat.lessons[i];
		grid[l->theme][l->age]++;
		total += l->nexercises;
		kinds = 0;
		scenario = false;
		ok_langs = (l->langs & TRIO) == TRIO;
		ok_examples = ok_help = true;
		ok_zgh = true;
		for (j = 0; j < l->nexercises; j++) {
			ex = &l->exercises[j];
			kinds |= 1u << ex->kind;
			if (!text_empty(&ex->scenario))
				scenario = true;
			if ((ex->langs & TRIO) != TRIO)
				ok_langs = false;
			if (ex->nhints == 0 || text_empty(&ex->explanation))
				ok_help = false;
			if (ex->kind == KIND_FREE_TEXT) {
				for (lang = 0; lang < LANG_COUNT; lang++) {
					size_t acc = 0, rej = 0, k;
					if (!(ex->langs & (1u << lang)))
						continue;
					for (k = 0; k < ex->examples[lang].n;
					    k++) {
						if (ex->examples[lang].v[k].accept)
							acc++;
						else
							rej++;
					}
					if (acc < 5 || rej < 5)
						ok_examples = false;
				}
			} else if (l->theme == THEME_SAFETY &&
			    l->age == AGE_8_10 &&
			    !(ex->langs & (1u << LANG_ZGH)))
				ok_zgh = false;
		}
		ok(l->nexercises >= 4, "%s: at least 4 exercises (%zu)", l->id,
		    l->nexercises);
		ok(__builtin_popcount(kinds) >= 3 && ((kinds & (1u <<
		    KIND_FREE_TEXT)) || scenario), "%s: mixes kinds", l->id);
		ok(ok_langs, "%s: complete in ar, fr and en", l->id);
		ok(!text_empty(&l->objective), "%s: has an objective", l->id);
		ok(ok_help, "%s: every exercise has hints and an explanation",
		    l->id);
		ok(ok_examples, "%s: every free-text exercise has 5 accepted "
		    "and 5 rejected answers per language", l->id);
		if (l->theme == THEME_SAFETY && l->age == AGE_8_10) {
			ok(ok_zgh && (l->langs & (1u << LANG_ZGH)),
			    "%s: in Amazigh (all but free text)", l->id);
			zgh_lessons++;
		}
	}
	for (t = 0; t < THEME_COUNT; t++) {
		for (a = 0; a < AGE_COUNT; a++)
			ok(grid[t][a] >= 3, "%s, ages %s: %u lessons (3 or more)",
			    theme_code(t), age_code(a), grid[t][a]);
	}
	ok(cat.n >= 27, "at least 27 lessons (%zu)", cat.n);
	ok(total > 100, "more than 100 exercises (%zu)", total);
	ok(zgh_lessons >= 3, "the core safety lessons for 8-10 in Amazigh");
	catalog_free(&cat);
	diags_free(&d);
	return tap_done();
}
