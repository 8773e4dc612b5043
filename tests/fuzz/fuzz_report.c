/*
 * fuzz_report.c: any bytes as a learner's progress file, for the
 * trainer's tools. A report over it (beside a whole file) must never
 * crash, leak or hang, must count it as whole, damaged or not used
 * exactly as the reader says, and must write CSV whose every row has
 * its 19 fields. Merging what can be read with a whole progress must
 * lose no answer, be idempotent, and give a file that reads back whole.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "merge.h"
#include "progress.h"
#include "report.h"

/* A learner's file, sealed with its end line by whole_text. */
static const char lines[] =
    "tutor-progress 1\n"
    "profile\tAya\tar\t8-10\t-\t-\tyes\n"
    "lesson\tl1\t1\t2\tyes\t2024-05-01T10:00:00Z\n"
    "attempt\tl1\te1\t2024-05-01T09:00:00Z\t0a1b2c3d\twrong\t1\t1\t9\t"
    "rule 1\tmy cat\n"
    "attempt\tl1\te1\t2024-05-01T09:00:10Z\t0a1b2c3d\tcorrect\t2\t1\t5\t"
    "rule 2\t-\n";
static char *whole;

static void
whole_text(void)
{
	struct progress p;

	if (whole != NULL)
		return;
	progress_parse("lines", lines, strlen(lines), &p, NULL);
	whole = progress_format(&p);
	progress_clear(&p);
}

/* Every CSV row has 19 fields: commas outside quotes, per CRLF line. */
static void
check_csv(const char *s)
{
	bool quoted = false;
	int fields = 1;

	for (; *s != '\0'; s++) {
		if (*s == '"')
			quoted = !quoted;
		else if (*s == ',' && !quoted)
			fields++;
		else if (*s == '\n' && !quoted) {
			if (fields != 19 || s[-1] != '\r')
				abort();
			fields = 1;
		}
	}
	if (quoted || fields != 1)
		abort();
}

static char *
written(const struct report *r, enum report_format f)
{
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);

	if (fp == NULL || report_write(r, f, 0, fp) != 0)
		abort();
	fclose(fp);
	return s;
}

static void
fuzz_report(const uint8_t *data, size_t size, int rc)
{
	struct report_options o;
	struct report *r;
	char *why, *s;
	int got, f;

	memset(&o, 0, sizeof o);
	o.key_set = true;
	r = report_create(&o);
	report_add(r, "whole.progress", whole, strlen(whole), NULL);
	got = report_add(r, "fuzz.progress", (const char *)data, size, &why);
	free(why);
	if ((rc < 0 && got != -2) || (rc == 0 && got != 0) ||
	    (rc == 1 && got != 1 && got != -1))
		abort();
	report_finish(r);
	if (r->nlearners != (got >= 0 ? 2u : 1u))
		abort();
	for (f = 0; f < REPORT_FORMAT_COUNT; f++) {
		s = written(r, (enum report_format)f);
		if (f == REPORT_CSV)
			check_csv(s);
		free(s);
	}
	report_free(r);
}

/* p and p0: the same input, parsed twice. */
static void
fuzz_merge(struct progress *p, const struct progress *p0)
{
	struct progress w, q;
	struct merge_stats ms;
	char *once, *twice;

	if (progress_parse("whole", whole, strlen(whole), &w, NULL) != 0)
		abort();
	merge_progress(p, &w, false, &ms);
	if (p->nattempts > PROGRESS_ATTEMPTS_MAX)
		abort();
	/* Nothing of either side was lost: merging them again adds none. */
	if (ms.dropped == 0) {
		merge_progress(p, p0, false, &ms);
		if (ms.added != 0 || ms.dropped != 0)
			abort();
	}
	once = progress_format(p);
	merge_progress(p, &w, false, &ms);
	twice = progress_format(p);
	if (strcmp(once, twice) != 0 || ms.added != 0)
		abort();
	if (progress_parse("merged", once, strlen(once), &q, NULL) != 0)
		abort();
	progress_clear(&q);
	free(once);
	free(twice);
	progress_clear(&w);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p, p0;
	int rc;

	whole_text();
	rc = progress_parse("fuzz.progress", (const char *)data, size, &p,
	    NULL);
	fuzz_report(data, size, rc);
	if (rc >= 0) {
		progress_parse("fuzz.progress", (const char *)data, size, &p0,
		    NULL);
		fuzz_merge(&p, &p0);
		progress_clear(&p0);
	}
	progress_clear(&p);
	return 0;
}
