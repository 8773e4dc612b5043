/*
 * tap.h: the smallest Test Anything Protocol producer, for unit tests run
 * by automake's tap-driver.sh. Each check prints "ok N - name" or
 * "not ok N - name" with the values that differed.
 */
#ifndef TUTOR_TAP_H
#define TUTOR_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

#define ok(cond, ...)                                                        \
	tap_ok_((cond) ? 1 : 0, __FILE__, __LINE__, __VA_ARGS__)

static inline int
tap_ok_(int pass, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#include <stdarg.h>
static inline int
tap_ok_(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	printf("%s %d - ", pass ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!pass) {
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	fflush(stdout);
	return pass;
}

/* Compare two strings; NULL is shown as (null). */
#define is_str(got, want, ...)                                               \
	tap_is_str_((got), (want), __FILE__, __LINE__, __VA_ARGS__)

static inline int
tap_is_str_(const char *got, const char *want, const char *file, int line,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static inline int
tap_is_str_(const char *got, const char *want, const char *file, int line,
    const char *fmt, ...)
{
	va_list ap;
	int pass;

	pass = (got == NULL && want == NULL) ||
	    (got != NULL && want != NULL && strcmp(got, want) == 0);
	tap_count++;
	printf("%s %d - ", pass ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!pass) {
		tap_failed++;
		printf("#   failed at %s:%d\n#   got:  '%s'\n#   want: '%s'\n",
		    file, line, got ? got : "(null)", want ? want : "(null)");
	}
	fflush(stdout);
	return pass;
}

/* Print the plan at the end and return the exit status. */
static inline int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
