/*
 * strtab.c: an open-addressing hash table (linear probing, at most half
 * full) over an arena of keys. The table holds only indexes; keys, their
 * lengths and hashes live in arrays beside it, so that growing the table
 * never touches the keys.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "strtab.h"

/* SipHash-2-4 (Aumasson and Bernstein), 64-bit output. */
#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do {							\
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);	\
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;				\
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;				\
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);	\
} while (0)

static uint64_t
le64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

uint64_t
siphash(const unsigned char key[16], const void *data, size_t len)
{
	const unsigned char *p = data, *end = p + (len & ~(size_t)7);
	uint64_t k0 = le64(key), k1 = le64(key + 8), m, b;
	uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
	uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
	size_t i;

	for (; p != end; p += 8) {
		m = le64(p);
		v3 ^= m;
		SIPROUND;
		SIPROUND;
		v0 ^= m;
	}
	b = (uint64_t)len << 56;
	for (i = 0; i < (len & 7); i++)
		b |= (uint64_t)p[i] << (8 * i);
	v3 ^= b;
	SIPROUND;
	SIPROUND;
	v0 ^= b;
	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}

void
strtab_free(struct strtab *t)
{
	free(t->slots);
	free(t->off);
	free(t->len);
	free(t->hash);
	buf_free(&t->arena);
	memset(t, 0, sizeof *t);
}

const char *
strtab_key(const struct strtab *t, size_t i)
{
	return t->arena.s + t->off[i];
}

long
strtab_find(const struct strtab *t, const void *key, size_t len, uint64_t h)
{
	size_t i, mask = t->cap - 1;
	uint32_t s;

	if (t->cap == 0)
		return -1;
	for (i = h & mask; (s = t->slots[i]) != 0; i = (i + 1) & mask) {
		s--;
		if (t->hash[s] == h && t->len[s] == len &&
		    memcmp(strtab_key(t, s), key, len) == 0)
			return (long)s;
	}
	return -1;
}

size_t
strtab_add(struct strtab *t, const void *key, size_t len, uint64_t h)
{
	size_t i, j, mask;

	if ((t->n + 1) * 2 > t->cap) {
		free(t->slots);
		t->cap = t->cap == 0 ? 64 : t->cap * 2;
		t->slots = xcalloc(t->cap, sizeof *t->slots);
		mask = t->cap - 1;
		for (j = 0; j < t->n; j++) {
			for (i = t->hash[j] & mask; t->slots[i] != 0;
			    i = (i + 1) & mask)
				;
			t->slots[i] = (uint32_t)j + 1;
		}
	}
	if ((t->n & (t->n - 1)) == 0) {
		j = t->n == 0 ? 16 : t->n * 2;
		t->off = xreallocarray(t->off, j, sizeof *t->off);
		t->len = xreallocarray(t->len, j, sizeof *t->len);
		t->hash = xreallocarray(t->hash, j, sizeof *t->hash);
	}
	if (t->arena.s == NULL)
		buf_add(&t->arena, "", 0);
	t->off[t->n] = t->arena.len;
	t->len[t->n] = (uint32_t)len;
	t->hash[t->n] = h;
	buf_add(&t->arena, key, len);
	buf_addc(&t->arena, '\0');
	mask = t->cap - 1;
	for (i = h & mask; t->slots[i] != 0; i = (i + 1) & mask)
		;
	t->slots[i] = (uint32_t)t->n + 1;
	return t->n++;
}

