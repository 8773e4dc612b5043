/*
 * strtab.h: interned byte strings for counting at scale. Each distinct
 * key gets the next index (0, 1, 2...), so that callers keep their
 * counters in plain arrays indexed by it. Keys are hashed with SipHash
 * under a key of the caller's (random in practice), so that crafted
 * input cannot make every key land in one bucket.
 */
#ifndef TUTOR_STRTAB_H
#define TUTOR_STRTAB_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct strtab {
	uint32_t	*slots;		/* index + 1; 0 is empty */
	size_t		 cap;		/* slots, a power of two */
	size_t		*off;		/* key i is arena.s + off[i], len[i] */
	uint32_t	*len;
	uint64_t	*hash;
	size_t		 n;		/* keys */
	struct buf	 arena;
};

/* SipHash-2-4 of data under a 16-byte key. */
uint64_t	 siphash(const unsigned char key[16], const void *data,
		    size_t len);

/* A zeroed struct strtab is an empty table. */
void		 strtab_free(struct strtab *);
/* The index of key (h its siphash), or -1 when it is not there. */
long		 strtab_find(const struct strtab *, const void *key,
		    size_t len, uint64_t h);
/* Add a key that is not there; returns its index. */
size_t		 strtab_add(struct strtab *, const void *key, size_t len,
		    uint64_t h);
/* Key i, NUL-terminated (it may hold NULs of its own). */
const char	*strtab_key(const struct strtab *, size_t i);

#endif
