/*
 * consolefont.c: a PSF font's Unicode table, or the kernel's copy of the
 * loaded font's table (GIO_UNIMAP on a virtual console). PSF1 stores
 * 16-bit code points per glyph, ending with 0xFFFF (0xFFFE starts
 * sequences, skipped); PSF2 stores UTF-8, ending with 0xFF (0xFE starts
 * sequences).
 */
#include "config.h"

#include <sys/ioctl.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __linux__
#include <linux/kd.h>
#endif

#include "consolefont.h"
#include "util.h"

#define PSF_MAX (1024 * 1024)

static int
compare(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a;
	unsigned long y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

static void
push(unsigned long **v, size_t *n, size_t *cap, unsigned long cp)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[(*n)++] = cp;
}

/* One UTF-8 character at p (end excluded); 0 when invalid. */
static size_t
utf8_one(const unsigned char *p, const unsigned char *end, unsigned long *cp)
{
	size_t len, i;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc0 ? 2 : 0;
	if (len == 0 || p + len > end)
		return 0;
	*cp = p[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		*cp = *cp << 6 | (p[i] & 0x3f);
	}
	return len;
}

int
consolefont_read_psf(const char *path, unsigned long **cps, size_t *n)
{
	unsigned char *buf, *p, *end;
	unsigned long cp;
	size_t len, cap = 0, glyphs, size, hdr, k;
	FILE *f;
	bool seq;

	*cps = NULL;
	*n = 0;
	if ((f = fopen(path, "rb")) == NULL)
		return -1;
	buf = xmalloc(PSF_MAX);
	len = fread(buf, 1, PSF_MAX, f);
	fclose(f);
	end = buf + len;
	if (len >= 4 && buf[0] == 0x36 && buf[1] == 0x04) {
		glyphs = buf[2] & 1 ? 512 : 256;
		if (!(buf[2] & 0x06) || 4 + glyphs * buf[3] > len)
			goto bad;
		p = buf + 4 + glyphs * buf[3];
		for (seq = false; p + 1 < end; p += 2) {
			cp = (unsigned long)p[0] | (unsigned long)p[1] << 8;
			if (cp == 0xffff)
				seq = false;
			else if (cp == 0xfffe)
				seq = true;
			else if (!seq)
				push(cps, n, &cap, cp);
		}
	} else if (len >= 32 && buf[0] == 0x72 && buf[1] == 0xb5 &&
	    buf[2] == 0x4a && buf[3] == 0x86) {
		hdr = buf[8] | (size_t)buf[9] << 8 | (size_t)buf[10] << 16;
		glyphs = buf[16] | (size_t)buf[17] << 8 | (size_t)buf[18] << 16;
		size = buf[20] | (size_t)buf[21] << 8 | (size_t)buf[22] << 16;
		if (!(buf[12] & 1) || hdr > len || glyphs > 65536 ||
		    size > 65536 || hdr + glyphs * size > len)
			goto bad;
		p = buf + hdr + glyphs * size;
		for (seq = false; p < end; ) {
			if (*p == 0xff) {
				seq = false;
				p++;
			} else if (*p == 0xfe) {
				seq = true;
				p++;
			} else if ((k = utf8_one(p, end, &cp)) == 0)
				p++;
			else {
				if (!seq)
					push(cps, n, &cap, cp);
				p += k;
			}
		}
	} else
		goto bad;
	free(buf);
	if (*n > 1)
		qsort(*cps, *n, sizeof **cps, compare);
	return 0;
bad:
	free(buf);
	free(*cps);
	*cps = NULL;
	*n = 0;
	return -1;
}

/* The loaded font's table from the kernel; -1 when fd is no console. */
static int
read_console(int fd, unsigned long **cps, size_t *n)
{
#if defined(__linux__) && defined(GIO_UNIMAP)
	struct unimapdesc ud;
	size_t cap = 0, i;

	*cps = NULL;
	*n = 0;
	memset(&ud, 0, sizeof ud);
	if (ioctl(fd, GIO_UNIMAP, &ud) == 0 || errno != ENOMEM ||
	    ud.entry_ct == 0)
		return -1;
	ud.entries = xreallocarray(NULL, ud.entry_ct, sizeof *ud.entries);
	if (ioctl(fd, GIO_UNIMAP, &ud) != 0) {
		free(ud.entries);
		return -1;
	}
	for (i = 0; i < ud.entry_ct; i++)
		push(cps, n, &cap, ud.entries[i].unicode);
	free(ud.entries);
	if (*n > 1)
		qsort(*cps, *n, sizeof **cps, compare);
	return 0;
#else
	(void)fd;
	*cps = NULL;
	*n = 0;
	return -1;
#endif
}

int
consolefont_has(int fd, unsigned long cp)
{
	static unsigned long *table;
	static size_t n;
	static int state;	/* 0 not read, 1 known, -1 unknown */
	const char *path;

	if (state == 0) {
		path = getenv("TUTOR_CONSOLE_FONT");
		if (path != NULL && *path != '\0')
			state = consolefont_read_psf(path, &table, &n) == 0 ?
			    1 : -1;
		else
			state = read_console(fd, &table, &n) == 0 ? 1 : -1;
	}
	if (state != 1)
		return -1;
	return n > 0 && bsearch(&cp, table, n, sizeof *table, compare) != NULL;
}
