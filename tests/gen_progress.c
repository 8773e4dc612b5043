/*
 * gen_progress.c: write N learners' progress files, as tutor writes them
 * (progress_format), with answers that look like a real class's: each
 * learner starts a few consecutive lessons, answers their exercises in
 * order up to where they stopped, tries again after a wrong answer (at
 * most three tries), sometimes looks at a hint first; each exercise has
 * its own difficulty, free-text exercises name the rule that decided,
 * and one profile in five keeps the text of its answers. Files are about
 * 1-2 KB, so that 200,000 of them fit in a few hundred megabytes.
 *
 * Usage: gen_progress [-s SEED] [-e IDS] DIR N
 *   IDS: a file of LESSON/EXERCISE lines (as `tutor list` prints them;
 *   what follows a tab is ignored); by default 6 lessons of 5 exercises.
 * The same seed gives the same files.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "progress.h"
#include "util.h"

struct lesson_ids {
	char	*id;
	char	**ex;
	size_t	 n;
};

static struct lesson_ids *lessons;
static size_t nlessons;
static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
	/* xorshift64*: fast, and the same everywhere. */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(next() % n);
}

static void
add_id(const char *lesson, const char *ex)
{
	struct lesson_ids *l = NULL;

	if (nlessons > 0 && strcmp(lessons[nlessons - 1].id, lesson) == 0)
		l = &lessons[nlessons - 1];
	if (l == NULL) {
		lessons = xreallocarray(lessons, nlessons + 1, sizeof *lessons);
		l = &lessons[nlessons++];
		memset(l, 0, sizeof *l);
		l->id = xstrdup(lesson);
	}
	l->ex = xreallocarray(l->ex, l->n + 1, sizeof *l->ex);
	l->ex[l->n++] = xstrdup(ex);
}

static int
read_ids(const char *path)
{
	char line[512], *slash;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\t\r\n")] = '\0';
		if ((slash = strchr(line, '/')) == NULL)
			continue;
		*slash = '\0';
		add_id(line, slash + 1);
	}
	fclose(f);
	return nlessons > 0 ? 0 : -1;
}

/* A number from 0 to 99 that belongs to the text: difficulty, kind. */
static unsigned
trait(const char *a, const char *b, unsigned salt)
{
	uint32_t h = 2166136261u ^ salt;

	for (; *a != '\0'; a++)
		h = (h ^ (unsigned char)*a) * 16777619u;
	for (; *b != '\0'; b++)
		h = (h ^ (unsigned char)*b) * 16777619u;
	return h % 100;
}

static const char *first[] = {
	"Aya", "Omar", "Lina", "Yassine", "Salma", "Adam", "Nour", "Imane",
	"Hamza", "Meryem", "Ilyas", "Khadija", "Amine", "Rania", "Zakaria",
	"Hiba", "ياسين", "مريم", "آدم", "سلمى", "ⵜⵉⴼⴰⵡⵜ", "Tanirt", "Idir",
	"Amélie",
};
static const char *wrong[] = {
	"my address", "my school", "my cat's name", "nothing", "a photo",
	"my phone number", "I don't know", "rien", "عنواني", "mot de passe",
};

static void
learner(struct progress *p, unsigned i, time_t base)
{
	char sess[9], rule[16], ans[64];
	unsigned first_lesson, count, li, ei, stop, tries, hints, diff;
	struct lesson_ids *l;
	struct attempt a;
	time_t t;
	bool right;

	memset(p, 0, sizeof *p);
	xasprintf(&p->name, "%s %u", first[pick(sizeof first /
	    sizeof first[0])], i);
	p->lang = (enum lang)pick(LANG_COUNT);
	p->age = (enum age)pick(AGE_COUNT);
	p->keep_answers = pick(5) == 0;
	t = base + (time_t)pick(86400 * 60);
	first_lesson = pick((unsigned)nlessons);
	count = 1 + pick(3);
	for (li = first_lesson; li < nlessons && count-- > 0; li++) {
		l = &lessons[li];
		snprintf(sess, sizeof sess, "%08x", (unsigned)next());
		/* Most finish; some stop halfway. */
		stop = pick(4) == 0 ? pick((unsigned)l->n) : (unsigned)l->n;
		for (ei = 0; ei < stop; ei++) {
			diff = trait(l->id, l->ex[ei], 1) / 2;
			hints = 0;
			for (tries = 1, right = false; tries <= 3 && !right;
			    tries++) {
				if (pick(100) < 15)
					hints++;
				right = pick(100) >= diff + (tries == 1 ? 10 : 0);
				memset(&a, 0, sizeof a);
				a.lesson = l->id;
				a.exercise = l->ex[ei];
				a.when = t += 5 + pick(60);
				a.session = sess;
				a.verdict = right ? VERDICT_CORRECT :
				    pick(3) == 0 ? VERDICT_PARTLY : VERDICT_WRONG;
				a.try_no = tries;
				a.hints = hints;
				a.seconds = 5 + pick(90);
				if (trait(l->id, l->ex[ei], 2) < 40) {
					if (right)
						snprintf(rule, sizeof rule,
						    "rule %u", 3 + pick(2));
					else if (pick(3) == 0)
						snprintf(rule, sizeof rule,
						    "default");
					else
						snprintf(rule, sizeof rule,
						    "rule %u", 1 + pick(2));
					a.rule = rule;
					if (p->keep_answers && !right) {
						snprintf(ans, sizeof ans, "%s",
						    wrong[pick(sizeof wrong /
						    sizeof wrong[0])]);
						a.answer = ans;
					}
				}
				p->attempts = xreallocarray(p->attempts,
				    p->nattempts + 1, sizeof *p->attempts);
				p->attempts[p->nattempts] = a;
				p->attempts[p->nattempts].lesson = xstrdup(a.lesson);
				p->attempts[p->nattempts].exercise =
				    xstrdup(a.exercise);
				p->attempts[p->nattempts].session = xstrdup(sess);
				p->attempts[p->nattempts].rule = a.rule ?
				    xstrdup(a.rule) : NULL;
				p->attempts[p->nattempts].answer = a.answer ?
				    xstrdup(a.answer) : NULL;
				p->nattempts++;
			}
		}
		p->lessons = xreallocarray(p->lessons, p->nlessons + 1,
		    sizeof *p->lessons);
		memset(&p->lessons[p->nlessons], 0, sizeof *p->lessons);
		p->lessons[p->nlessons].lesson = xstrdup(l->id);
		p->lessons[p->nlessons].position = stop;
		p->lessons[p->nlessons].done = stop == l->n;
		p->lessons[p->nlessons].stars = stop == l->n ? 1 + pick(3) : 0;
		p->lessons[p->nlessons].updated = t;
		p->nlessons++;
		t += 3600 * (1 + pick(72));
	}
}

int
main(int argc, char **argv)
{
	char file[64], lesson[32], ex[32], *text;
	const char *dir, *ids = NULL;
	struct progress p;
	unsigned long n, i;
	size_t len;
	int ch, fd, dfd;

	while ((ch = getopt(argc, argv, "s:e:")) != -1) {
		if (ch == 's')
			rng ^= strtoull(optarg, NULL, 10) * 0x2545f4914f6cdd1dULL;
		else if (ch == 'e')
			ids = optarg;
		else
			return 64;
	}
	if (argc - optind != 2) {
		fprintf(stderr, "usage: gen_progress [-s SEED] [-e IDS] DIR N\n");
		return 64;
	}
	dir = argv[optind];
	n = strtoul(argv[optind + 1], NULL, 10);
	if (ids != NULL && read_ids(ids) < 0) {
		fprintf(stderr, "gen_progress: %s: no LESSON/EXERCISE lines\n",
		    ids);
		return 66;
	}
	for (i = 0; ids == NULL && i < 30; i++) {
		snprintf(lesson, sizeof lesson, "lesson-%lu", i / 5 + 1);
		snprintf(ex, sizeof ex, "exercise-%lu", i % 5 + 1);
		add_id(lesson, ex);
	}
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) < 0) {
		fprintf(stderr, "gen_progress: %s: %s\n", dir, strerror(errno));
		return 66;
	}
	for (i = 0; i < n; i++) {
		/* 2024-03-01T08:00:00Z, plus up to two months. */
		learner(&p, (unsigned)i, 1709280000);
		text = progress_format(&p);
		len = strlen(text);
		snprintf(file, sizeof file, "learner%07lu-%08x.progress", i,
		    (unsigned)(next() >> 32));
		fd = openat(dfd, file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || write(fd, text, len) != (ssize_t)len ||
		    close(fd) != 0) {
			fprintf(stderr, "gen_progress: %s/%s: %s\n", dir, file,
			    strerror(errno));
			return 1;
		}
		free(text);
		progress_clear(&p);
	}
	close(dfd);
	return 0;
}
