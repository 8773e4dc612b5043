/*
 * util.h: allocation that never returns NULL, and a growable byte buffer.
 */
#ifndef TUTOR_UTIL_H
#define TUTOR_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Called before the program dies of an allocation failure, so that a front
 * end can give the terminal back first.
 */
extern void (*util_fatal_hook)(void);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
int	 xasprintf(char **, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

/*
 * Write all of a buffer (retrying short writes and EINTR), and fsync
 * (retrying EINTR): 0, or -1 with errno set.
 */
int	 xwrite_all(int fd, const void *, size_t);
int	 xfsync(int fd);

/* A byte buffer that grows; always NUL-terminated. */
struct buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
char	*buf_take(struct buf *);

#endif
