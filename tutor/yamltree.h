/*
 * yamltree.h: a YAML document as a small tree of mappings, sequences and
 * scalars, each with its 1-based line and column. Built from libyaml's
 * event API with hard limits, so that no file, however hostile, can make
 * tutor hang or run out of memory: anchors and aliases are refused, and
 * so are deep nesting, too many events, long strings and big files.
 */
#ifndef TUTOR_YAMLTREE_H
#define TUTOR_YAMLTREE_H

#include <stddef.h>

#include "diag.h"

#define YT_MAX_FILE	(1024 * 1024)	/* bytes in a file */
#define YT_MAX_DEPTH	32		/* nested mappings and sequences */
/*
 * A sound lesson of 1 MiB has about 21,000 events (the largest shipped
 * one, 44 kB, has 1,200); libyaml needs about 0.2 microseconds for each,
 * so this cap keeps any file to a few milliseconds.
 */
#define YT_MAX_EVENTS	50000		/* parser events in a file */
#define YT_MAX_SCALAR	16384		/* bytes in one string */

enum yt_type {
	YT_SCALAR,
	YT_SEQUENCE,
	YT_MAPPING
};

enum yt_style {
	YT_PLAIN,
	YT_SINGLE,
	YT_DOUBLE,
	YT_BLOCK		/* literal | or folded > */
};

struct yt_node;

struct yt_pair {
	struct yt_node	*key;
	struct yt_node	*value;
};

struct yt_node {
	enum yt_type	 type;
	unsigned	 line;
	unsigned	 col;
	/* Scalars. */
	char		*value;
	size_t		 len;
	enum yt_style	 style;
	/* Sequences: items; mappings: pairs. */
	struct yt_node	**items;
	struct yt_pair	*pairs;
	size_t		 n;
	size_t		 cap;		/* allocated items or pairs */
};

struct yt_doc {
	char		*file;		/* the name used in diagnostics */
	char		*raw;		/* the file's bytes */
	size_t		 rawlen;
	struct yt_node	*root;		/* NULL for an empty file */
};

/*
 * Read and parse a file. Returns 0 and fills doc on success; on failure
 * adds diagnostics, frees what it built and returns -1.
 */
int	yt_load_file(const char *path, struct yt_doc *doc, struct diags *);
/* Parse a buffer (copied); name is used in diagnostics. */
int	yt_load_buffer(const char *name, const char *buf, size_t len,
	    struct yt_doc *doc, struct diags *);
void	yt_free(struct yt_doc *);
/*
 * Read a file only up to a top-level key (its value is not read): what
 * comes before it, the lesson's title and settings, is there, and the
 * rest of the file costs nothing. stop_key NULL reads everything.
 */
int	yt_load_file_until(const char *path, struct yt_doc *doc,
	    struct diags *, const char *stop_key);

/* For a mapping: the value of key, or NULL. */
struct yt_node	*yt_get(const struct yt_node *map, const char *key);

/*
 * The column (1-based) of the character at byte offset off of a scalar's
 * value, found by walking the raw text of a one-line scalar (quotes and
 * escapes counted); the scalar's own column when that cannot be known.
 */
unsigned	 yt_scalar_col(const struct yt_doc *, const struct yt_node *,
		    size_t off);

#endif
