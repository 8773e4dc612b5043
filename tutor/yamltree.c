/*
 * yamltree.c: building the tree from libyaml events. The event API is
 * used rather than libyaml's own document loader because that loader has
 * no limits: Debian 12's libyaml takes 53 seconds over 100,000 nested
 * brackets, and follows aliases into nodes that contain themselves. Here
 * every limit is checked as the events arrive, and the first structural
 * problem stops the parse with a message a trainer can act on.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yaml.h>

#include "rawtext.h"
#include "util.h"
#include "yamlerr.h"
#include "yamltree.h"

#define YT_MAX_PAIRS	1000	/* keys in one mapping (checked for twins) */
#define YT_LINEAR_KEYS	16	/* up to this many keys, no hash table */

/*
 * The keys of an open mapping, by hash, once it has more than a few:
 * looking for a twin among 1,000 keys one by one, in every mapping of a
 * file, took a quarter of a second.
 */
struct keyset {
	size_t		*slot;		/* pair index + 1; 0 is empty */
	size_t		 cap;		/* a power of two, or 0 */
};

struct builder {
	struct yt_doc	*doc;
	struct diags	*diags;
	struct yt_node	*stack[YT_MAX_DEPTH + 1];
	struct yt_node	*pending[YT_MAX_DEPTH + 1];	/* a mapping's key */
	struct keyset	 keys[YT_MAX_DEPTH + 1];
	int		 depth;
	bool		 failed;
	const char	*stop_key;	/* stop at this top-level key */
	bool		 stopped;
};

static void
node_free(struct yt_node *n)
{
	size_t i;

	if (n == NULL)
		return;
	free(n->value);
	for (i = 0; n->items != NULL && i < n->n; i++)
		node_free(n->items[i]);
	for (i = 0; n->pairs != NULL && i < n->n; i++) {
		node_free(n->pairs[i].key);
		node_free(n->pairs[i].value);
	}
	free(n->items);
	free(n->pairs);
	free(n);
}

void
yt_free(struct yt_doc *doc)
{
	node_free(doc->root);
	free(doc->file);
	free(doc->raw);
	memset(doc, 0, sizeof *doc);
}

static void
fail(struct builder *b, unsigned line, unsigned col, const char *msg)
{
	if (!b->failed)
		diags_add(b->diags, b->doc->file, line, col, "%s", msg);
	b->failed = true;
}

static void
fail_mark(struct builder *b, const yaml_mark_t *m, const char *msg)
{
	fail(b, (unsigned)m->line + 1, (unsigned)m->column + 1, msg);
}

static void
parser_error(struct builder *b, yaml_parser_t *p)
{
	unsigned line, col;
	char *msg;

	msg = yamlerr_message(p, b->doc->raw, b->doc->rawlen, &line, &col);
	fail(b, line, col, msg);
	free(msg);
}

static struct yt_node *
node_new(enum yt_type type, const yaml_mark_t *m)
{
	struct yt_node *n;

	n = xcalloc(1, sizeof *n);
	n->type = type;
	n->line = (unsigned)m->line + 1;
	n->col = (unsigned)m->column + 1;
	return n;
}

static size_t
key_hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void
keyset_put(struct keyset *ks, const struct yt_node *map, size_t idx)
{
	size_t i;

	i = key_hash(map->pairs[idx].key->value) & (ks->cap - 1);
	while (ks->slot[i] != 0)
		i = (i + 1) & (ks->cap - 1);
	ks->slot[i] = idx + 1;
}

/* Note pair idx of map, which has just been added. */
static void
keyset_add(struct keyset *ks, const struct yt_node *map, size_t idx)
{
	size_t i;

	if (map->n <= YT_LINEAR_KEYS)
		return;
	if (ks->cap < map->n * 2) {
		free(ks->slot);
		ks->cap = ks->cap ? ks->cap * 2 : 4 * YT_LINEAR_KEYS;
		while (ks->cap < map->n * 2)
			ks->cap *= 2;
		ks->slot = xcalloc(ks->cap, sizeof *ks->slot);
		for (i = 0; i < map->n; i++)
			keyset_put(ks, map, i);
		return;
	}
	keyset_put(ks, map, idx);
}

/* The pair of map whose key is s, or NULL. */
static const struct yt_pair *
keyset_find(const struct keyset *ks, const struct yt_node *map, const char *s)
{
	size_t i;

	if (map->n <= YT_LINEAR_KEYS || ks->cap == 0) {
		for (i = 0; i < map->n; i++) {
			if (strcmp(map->pairs[i].key->value, s) == 0)
				return &map->pairs[i];
		}
		return NULL;
	}
	for (i = key_hash(s) & (ks->cap - 1); ks->slot[i] != 0;
	    i = (i + 1) & (ks->cap - 1)) {
		if (strcmp(map->pairs[ks->slot[i] - 1].key->value, s) == 0)
			return &map->pairs[ks->slot[i] - 1];
	}
	return NULL;
}

static void
keyset_free(struct keyset *ks)
{
	free(ks->slot);
	ks->slot = NULL;
	ks->cap = 0;
}

/*
 * Room for one more item or pair: the array doubles, so that a list of
 * 50,000 values costs no more than the values themselves.
 */
static void
grow(struct yt_node *parent, void **array, size_t size)
{
	if (parent->n < parent->cap)
		return;
	parent->cap = parent->cap ? parent->cap * 2 : 4;
	*array = xreallocarray(*array, parent->cap, size);
}

/* Attach a finished node to its parent; takes ownership of n. */
static void
attach(struct builder *b, struct yt_node *n)
{
	const struct yt_pair *twin;
	struct yt_node *parent, *key;

	if (b->depth == 0) {
		if (b->doc->root != NULL) {
			node_free(n);
			return;
		}
		b->doc->root = n;
		return;
	}
	parent = b->stack[b->depth - 1];
	if (parent->type == YT_SEQUENCE) {
		if (parent->n >= YT_MAX_EVENTS) {
			node_free(n);
			return;
		}
		grow(parent, (void **)&parent->items, sizeof *parent->items);
		parent->items[parent->n++] = n;
		return;
	}
	key = b->pending[b->depth - 1];
	if (key == NULL) {
		if (n->type != YT_SCALAR) {
			fail(b, n->line, n->col, "a key must be a plain word, "
			    "not a list or a mapping");
			node_free(n);
			return;
		}
		if (n->style == YT_PLAIN && strcmp(n->value, "<<") == 0) {
			fail(b, n->line, n->col, "merge keys ('<<') are not "
			    "used in lesson files: write the keys out again");
			node_free(n);
			return;
		}
		if ((twin = keyset_find(&b->keys[b->depth - 1], parent,
		    n->value)) != NULL) {
			char *msg;
			xasprintf(&msg, "the key '%s' appears twice here "
			    "(first at line %u)", n->value, twin->key->line);
			fail(b, n->line, n->col, msg);
			free(msg);
			node_free(n);
			return;
		}
		if (parent->n >= YT_MAX_PAIRS) {
			fail(b, n->line, n->col, "too many keys in one mapping "
			    "(more than 1000)");
			node_free(n);
			return;
		}
		b->pending[b->depth - 1] = n;
		if (b->stop_key != NULL && b->depth == 1 &&
		    strcmp(n->value, b->stop_key) == 0)
			b->stopped = true;
		return;
	}
	grow(parent, (void **)&parent->pairs, sizeof *parent->pairs);
	parent->pairs[parent->n].key = key;
	parent->pairs[parent->n].value = n;
	parent->n++;
	keyset_add(&b->keys[b->depth - 1], parent, parent->n - 1);
	b->pending[b->depth - 1] = NULL;
}

static void
on_scalar(struct builder *b, yaml_event_t *e)
{
	struct yt_node *n;

	if (e->data.scalar.length > YT_MAX_SCALAR) {
		fail_mark(b, &e->start_mark, "this text is too long (more "
		    "than 16384 bytes)");
		return;
	}
	n = node_new(YT_SCALAR, &e->start_mark);
	n->value = xstrndup((const char *)e->data.scalar.value,
	    e->data.scalar.length);
	n->len = e->data.scalar.length;
	switch (e->data.scalar.style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
		n->style = YT_SINGLE;
		break;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		n->style = YT_DOUBLE;
		break;
	case YAML_LITERAL_SCALAR_STYLE:
	case YAML_FOLDED_SCALAR_STYLE:
		n->style = YT_BLOCK;
		break;
	default:
		n->style = YT_PLAIN;
		break;
	}
	attach(b, n);
}

static void
on_start(struct builder *b, yaml_event_t *e, enum yt_type type)
{
	if (b->depth >= YT_MAX_DEPTH) {
		fail_mark(b, &e->start_mark, "the lists and mappings are "
		    "nested too deeply (more than 32 levels)");
		return;
	}
	b->stack[b->depth] = node_new(type, &e->start_mark);
	b->pending[b->depth] = NULL;
	b->depth++;
}

static void
on_end(struct builder *b)
{
	struct yt_node *n;

	if (b->depth == 0)
		return;
	b->depth--;
	n = b->stack[b->depth];
	keyset_free(&b->keys[b->depth]);
	if (b->pending[b->depth] != NULL) {
		/* A key without its value: only when stopped at it. */
		node_free(b->pending[b->depth]);
		b->pending[b->depth] = NULL;
	}
	attach(b, n);
}

/* Checks common to every node event: no anchors, no tags. */
static bool
node_allowed(struct builder *b, yaml_event_t *e)
{
	const yaml_char_t *anchor = NULL, *tag = NULL;

	if (e->type == YAML_SCALAR_EVENT) {
		anchor = e->data.scalar.anchor;
		tag = e->data.scalar.tag;
	} else if (e->type == YAML_SEQUENCE_START_EVENT) {
		anchor = e->data.sequence_start.anchor;
		tag = e->data.sequence_start.tag;
	} else if (e->type == YAML_MAPPING_START_EVENT) {
		anchor = e->data.mapping_start.anchor;
		tag = e->data.mapping_start.tag;
	}
	if (anchor != NULL) {
		fail_mark(b, &e->start_mark, "anchors (&name) are not allowed "
		    "in lesson files: write the text out again");
		return false;
	}
	if (tag != NULL) {
		fail_mark(b, &e->start_mark, "tags (!name) are not used in "
		    "lesson files: remove it, or put a text that begins with "
		    "! in quotes");
		return false;
	}
	return true;
}

static void
parse(struct builder *b)
{
	yaml_parser_t p;
	yaml_event_t e;
	unsigned long events = 0;
	int documents = 0;
	bool done = false;

	if (!yaml_parser_initialize(&p))
		fatal("out of memory");
	yaml_parser_set_input_string(&p, (const unsigned char *)b->doc->raw,
	    b->doc->rawlen);
	while (!done && !b->failed && !b->stopped) {
		if (!yaml_parser_parse(&p, &e)) {
			parser_error(b, &p);
			break;
		}
		if (++events > YT_MAX_EVENTS) {
			fail_mark(b, &e.start_mark, "the file has too many "
			    "values (more than 50,000)");
			yaml_event_delete(&e);
			break;
		}
		switch (e.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++documents > 1)
				fail_mark(b, &e.start_mark, "a lesson file "
				    "holds one document: remove the second "
				    "'---'");
			break;
		case YAML_ALIAS_EVENT:
			fail_mark(b, &e.start_mark, "aliases (*name) are not "
			    "allowed in lesson files: write the text out "
			    "again");
			break;
		case YAML_SCALAR_EVENT:
			if (node_allowed(b, &e))
				on_scalar(b, &e);
			break;
		case YAML_SEQUENCE_START_EVENT:
			if (node_allowed(b, &e))
				on_start(b, &e, YT_SEQUENCE);
			break;
		case YAML_MAPPING_START_EVENT:
			if (node_allowed(b, &e))
				on_start(b, &e, YT_MAPPING);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			on_end(b);
			break;
		default:
			break;
		}
		yaml_event_delete(&e);
	}
	yaml_parser_delete(&p);
	/* Stopped early: close what is open, dropping the stop key. */
	while (b->stopped && !b->failed && b->depth > 0)
		on_end(b);
	/* On failure, free what is still on the stack. */
	while (b->depth > 0) {
		b->depth--;
		keyset_free(&b->keys[b->depth]);
		node_free(b->pending[b->depth]);
		node_free(b->stack[b->depth]);
	}
}

/*
 * How much of the file a load reads: all of it, or, when it stops at a
 * top-level key, up to the line where that key starts (the start-up
 * screen reads only the headings of every lesson: checking the whole of
 * each file there would cost as much as reading it). The full load, when
 * the lesson is opened or checked, checks every byte.
 */
static size_t
read_extent(const struct yt_doc *doc, const char *stop_key)
{
	char needle[64];
	const char *at;
	int n;

	if (stop_key == NULL)
		return doc->rawlen;
	n = snprintf(needle, sizeof needle, "\n%s:", stop_key);
	if (n <= 0 || (size_t)n >= sizeof needle)
		return doc->rawlen;
	at = memmem(doc->raw, doc->rawlen, needle, (size_t)n);
	return at == NULL ? doc->rawlen : (size_t)(at - doc->raw) + 1;
}

static int
load(struct yt_doc *doc, struct diags *diags, const char *stop_key)
{
	struct builder b;
	unsigned line, col;
	char *msg;

	if (rawtext_check(doc->raw, read_extent(doc, stop_key), &line, &col,
	    &msg) != 0) {
		diags_add(diags, doc->file, line, col, "%s", msg);
		free(msg);
		return -1;
	}
	memset(&b, 0, sizeof b);
	b.doc = doc;
	b.diags = diags;
	b.stop_key = stop_key;
	parse(&b);
	if (b.failed) {
		node_free(doc->root);
		doc->root = NULL;
		return -1;
	}
	return 0;
}

int
yt_load_buffer(const char *name, const char *buf, size_t len,
    struct yt_doc *doc, struct diags *diags)
{
	memset(doc, 0, sizeof *doc);
	doc->file = xstrdup(name);
	if (len > YT_MAX_FILE) {
		diags_add(diags, doc->file, 0, 0, "the file is too big (more "
		    "than 1 MiB): split it into several lessons");
		return -1;
	}
	doc->raw = xstrndup(buf, len);
	doc->rawlen = len;
	return load(doc, diags, NULL);
}

int
yt_load_file(const char *path, struct yt_doc *doc, struct diags *diags)
{
	return yt_load_file_until(path, doc, diags, NULL);
}

int
yt_load_file_until(const char *path, struct yt_doc *doc, struct diags *diags,
    const char *stop_key)
{
	struct stat st;
	ssize_t got;
	size_t len = 0;
	char *raw;
	int fd, rc;

	memset(doc, 0, sizeof *doc);
	doc->file = xstrdup(path);
	/*
	 * O_NONBLOCK: a FIFO must not make tutor wait for a writer. The
	 * type is checked on the open descriptor, not on the name, so the
	 * file cannot be swapped in between.
	 */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd == -1) {
		diags_add(diags, path, 0, 0, "cannot open the file: %s",
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		diags_add(diags, path, 0, 0, "this is not a regular file");
		close(fd);
		return -1;
	}
	if (st.st_size > YT_MAX_FILE) {
		diags_add(diags, path, 0, 0, "the file is too big (more than "
		    "1 MiB): split it into several lessons");
		close(fd);
		return -1;
	}
	raw = xmalloc(YT_MAX_FILE + 2);
	for (;;) {
		got = read(fd, raw + len, YT_MAX_FILE + 1 - len);
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		len += (size_t)got;
		if (len > YT_MAX_FILE)
			break;
	}
	close(fd);
	if (got == -1) {
		diags_add(diags, path, 0, 0, "cannot read the file: %s",
		    strerror(errno));
		free(raw);
		return -1;
	}
	if (len > YT_MAX_FILE) {
		diags_add(diags, path, 0, 0, "the file is too big (more than "
		    "1 MiB): split it into several lessons");
		free(raw);
		return -1;
	}
	raw[len] = '\0';
	/* Keep only what the file needs, not the 1 MiB read buffer. */
	doc->raw = xreallocarray(raw, len + 1, 1);
	doc->rawlen = len;
	rc = load(doc, diags, stop_key);
	return rc;
}

struct yt_node *
yt_get(const struct yt_node *map, const char *key)
{
	size_t i;

	if (map == NULL || map->type != YT_MAPPING)
		return NULL;
	for (i = 0; i < map->n; i++) {
		if (strcmp(map->pairs[i].key->value, key) == 0)
			return map->pairs[i].value;
	}
	return NULL;
}

static size_t
utf8_len(unsigned long cp)
{
	if (cp < 0x80)
		return 1;
	if (cp < 0x800)
		return 2;
	if (cp < 0x10000)
		return 3;
	return 4;
}

/* How many value bytes the escape at raw p produces, and its raw length. */
static void
escape_size(const char *p, size_t *raw, size_t *produced)
{
	size_t digits = 0, i;
	unsigned long cp = 0;

	switch (p[1]) {
	case 'x':
		digits = 2;
		break;
	case 'u':
		digits = 4;
		break;
	case 'U':
		digits = 8;
		break;
	case 'N':
	case '_':
		*raw = 2;
		*produced = 2;
		return;
	case 'L':
	case 'P':
		*raw = 2;
		*produced = 3;
		return;
	default:
		*raw = p[1] == '\0' ? 1 : 2;
		*produced = 1;
		return;
	}
	for (i = 0; i < digits && p[2 + i] != '\0'; i++) {
		char c = p[2 + i];
		cp = cp * 16 + (unsigned long)(c >= 'a' ? c - 'a' + 10 :
		    c >= 'A' ? c - 'A' + 10 : c - '0');
	}
	*raw = 2 + i;
	*produced = utf8_len(cp & 0x1fffff);
}

unsigned
yt_scalar_col(const struct yt_doc *doc, const struct yt_node *n, size_t off)
{
	const char *p, *end;
	unsigned col;
	size_t done = 0, raw, produced;

	if (n->type != YT_SCALAR || n->style == YT_BLOCK || off > n->len)
		return n->col;
	/* The scalar's first character in the raw text. */
	p = doc->raw + rawtext_offset(doc->raw, doc->rawlen, n->line, n->col);
	end = doc->raw + doc->rawlen;
	col = n->col;
	if (n->style != YT_PLAIN) {
		p++;
		col++;
	}
	while (p < end && done < off) {
		if (rawtext_break(p, end) != 0)
			return n->col;	/* spans lines: stay at its start */
		raw = 1;
		produced = 1;
		if (n->style == YT_SINGLE && p[0] == '\'' && p + 1 < end &&
		    p[1] == '\'')
			raw = 2;
		else if (n->style == YT_DOUBLE && p[0] == '\\')
			escape_size(p, &raw, &produced);
		else if (((unsigned char)*p & 0xc0) == 0xc0) {
			while (p + raw < end &&
			    ((unsigned char)p[raw] & 0xc0) == 0x80)
				raw++;
			produced = raw;
		}
		p += raw;
		done += produced;
		col++;
	}
	return col;
}
