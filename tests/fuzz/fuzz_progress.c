/*
 * fuzz_progress.c: any bytes as a progress file. The reader must never
 * crash, leak or hang; it says why a file is damaged exactly when it
 * calls it damaged; and whatever it recovers, tutor must be able to
 * write back as a file that reads again cleanly and identically (tutor
 * never writes a file it would call damaged).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "progress.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p, q;
	struct diags d;
	char *text, *again;
	int rc;

	diags_init(&d);
	rc = progress_parse("fuzz.progress", (const char *)data, size, &p, &d);
	if (rc < -1 || rc > 1 || (rc == 0) != (d.n == 0))
		abort();
	if (rc >= 0) {
		text = progress_format(&p);
		if (progress_parse("again", text, strlen(text), &q, NULL) != 0)
			abort();
		again = progress_format(&q);
		if (strcmp(text, again) != 0)
			abort();
		free(again);
		free(text);
		progress_clear(&q);
	}
	progress_clear(&p);
	diags_free(&d);
	return 0;
}
