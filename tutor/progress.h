/*
 * progress.h: learner profiles and their progress, kept on the local
 * disk so that nothing a child did is ever lost: not to a power cut, a
 * dropped SSH connection, a full disk, or a second session of the same
 * profile. The core only: no terminal here.
 *
 * Layout under the data directory ($XDG_DATA_HOME/tutor, by default
 * ~/.local/share/tutor, or --data-dir), directories 0700, files 0600:
 *
 *	profiles/ID.progress	one file per profile (docs/progress-format.md)
 *	profiles/ID.lock	the lock that makes one session the writer
 *
 * ID is made by tutor from the profile's name (never the name itself),
 * so a name can never become a path.
 */
#ifndef TUTOR_PROGRESS_H
#define TUTOR_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "diag.h"
#include "exercise.h"
#include "lang.h"

#define PROGRESS_FORMAT		1	/* the file format this tutor writes */
#define PROFILE_NAME_MAX	32	/* characters in a profile's name */
#define PROFILE_PIN_MAX		4	/* symbols in a PIN */

/*
 * Limits on what is read, so that a hostile file cannot make tutor (or
 * a trainer's report) slow or crash, and on what is written, so that
 * tutor never writes a file it would refuse to read.
 */
#define PROGRESS_FILE_MAX	(8u << 20)	/* bytes of a progress file */
#define PROGRESS_LINE_MAX	16384	/* bytes of one line */
#define PROGRESS_RECORDS_MAX	100000	/* records of one file */
#define PROGRESS_LESSONS_MAX	2000	/* lesson records */
#define PROGRESS_ATTEMPTS_MAX	50000	/* answers kept: the oldest go first */
#define PROGRESS_ID_MAX		128	/* bytes of a lesson or exercise id */

/* The data directory: opened, checked (owner, mode, no symlinks). */
struct store;

struct profile_info {
	char		*id;		/* file-safe id, e.g. "aya-1c3f9a2b" */
	char		*name;		/* cleaned display name */
};

/* One answer a child gave. */
struct attempt {
	char		*lesson;
	char		*exercise;
	time_t		 when;		/* UTC seconds (0 when adding: now) */
	char		*session;	/* which session (for merging) */
	enum verdict	 verdict;
	unsigned	 try_no;	/* 1 for the first try */
	unsigned	 hints;		/* hints seen before this answer */
	unsigned	 seconds;	/* time spent on this try */
	char		*rule;		/* free text: "rule N" or "default"; may be NULL */
	char		*answer;	/* free text, only when kept; else NULL */
};

/* What is known of a lesson. */
struct lesson_progress {
	char		*lesson;
	size_t		 position;	/* the exercise to resume at */
	unsigned	 stars;		/* best stars, 0 before it is done */
	bool		 done;
	time_t		 updated;
};

struct progress_io;

struct progress {
	char		*profile_id;
	char		*name;
	enum lang	 lang;
	enum age	 age;
	char		*theme;		/* colour theme name, may be NULL */
	char		*pin;		/* hashed PIN, NULL when none */
	bool		 keep_answers;	/* trainer's choice: keep free text */
	struct lesson_progress *lessons;
	size_t		 nlessons;
	struct attempt	*attempts;
	size_t		 nattempts;
	char		*unknown;	/* records of a later 1.x tutor, kept */
	/* Set by progress_open. */
	bool		 readonly;	/* another session holds the lock */
	bool		 recovered;	/* the file was damaged: see notice */
	char		*notice;	/* what to tell the child and trainer */
	struct progress_io *io;		/* the open file; NULL when parsed */
};

/*
 * Open the data directory, creating it (0700) when missing. Refuses a
 * directory that is a symlink, not owned by this user, or open to
 * others. Removes stale temporary files left by a crash. Returns NULL
 * and sets *err (malloc'd, plain words) on failure.
 */
struct store	*store_open(const char *dir, char **err);
void		 store_close(struct store *);
/*
 * The default directory: $XDG_DATA_HOME/tutor or ~/.local/share/tutor
 * (malloc'd); NULL when there is no absolute $HOME either.
 */
char		*store_default_dir(void);
/*
 * A function called after every successful save of a profile of this
 * store, with the text just written: publish.c copies it into a class
 * directory. Set before profiles are opened; NULL (the default): none.
 */
typedef void	 store_saved_fn(const struct progress *, const char *text,
		    size_t len, void *arg);
void		 store_on_save(struct store *, store_saved_fn *, void *arg);

/* Every profile of this store, sorted by name. */
int		 store_profiles(struct store *, struct profile_info **,
		    size_t *);
void		 profile_info_free(struct profile_info *, size_t);
/*
 * Create a profile. The name is cleaned (control and invisible
 * characters removed, spaces collapsed, at most PROFILE_NAME_MAX
 * characters); two profiles cannot have the same cleaned name.
 * Returns 0 and sets *id, or -1 with *err.
 */
int		 store_create_profile(struct store *, const char *name,
		    enum lang, enum age, char **id, char **err);
/* A name as a profile keeps it (malloc'd; "" when nothing is left). */
char		*profile_clean_name(const char *name);
int		 store_remove_profile(struct store *, const char *id,
		    char **err);
/*
 * Create profiles from a class list (CSV: name[,lang[,age]] per line, a
 * header line allowed). Problems go to diags with file:line:col; a bad
 * line is skipped. Returns how many were created.
 */
size_t		 store_import_csv(struct store *, const char *path,
		    struct diags *);

/*
 * Open a profile's progress. Takes the profile's lock; when another
 * session holds it, the progress opens read-only (p->readonly) and
 * saving writes nothing: it returns -1 and says so in *err. A damaged file is moved aside (kept, never
 * deleted), everything readable is recovered and p->notice says so. A
 * file from a newer tutor is refused (NULL, *err), never overwritten.
 */
struct progress	*progress_open(struct store *, const char *id, char **err);
void		 progress_close(struct progress *);

/*
 * Set the profile's settings (saved with the next save). The PIN is kept
 * as a salted hash; NULL or "" removes it; -1 when it is not 1 to
 * PROFILE_PIN_MAX printable characters. progress_check_pin is true when
 * the profile has no PIN.
 */
int		 progress_set_pin(struct progress *, const char *pin);
bool		 progress_check_pin(const struct progress *, const char *pin);

/*
 * Record an answer and save at once. Returns 0 when saved, -1 when it
 * could not be (disk full, read-only, permission): *err says so in
 * plain words, the attempt is still held in memory and the next save
 * tries again; what was saved before is never lost. The answer's text
 * is kept (cleaned) only when p->keep_answers; a NULL session is this
 * opening's own id.
 */
int		 progress_add_attempt(struct progress *, const struct attempt *,
		    char **err);
/* Where the child is in a lesson; saves. */
int		 progress_set_position(struct progress *, const char *lesson,
		    size_t position, char **err);
/* A finished lesson: keeps the best stars; saves. */
int		 progress_finish_lesson(struct progress *, const char *lesson,
		    unsigned stars, char **err);
/* Save everything now (settings included). */
int		 progress_save(struct progress *, char **err);

const struct lesson_progress *progress_lesson(const struct progress *,
		    const char *lesson);

/*
 * The progress file format, for the report and merge tools too: parse
 * a buffer (untrusted: any bytes) into p. Returns 0 when the whole file
 * was good, 1 when it was damaged and what could be read is in p (with
 * the problems in diags, which may be NULL), -1 when it is from a newer
 * format. p is overwritten, not freed first: progress_clear it after.
 */
int		 progress_parse(const char *name, const char *buf, size_t len,
		    struct progress *p, struct diags *);
/* The file's text for p: malloc'd. */
char		*progress_format(const struct progress *);
/* Free what p holds (not p itself, nor p->io) and empty it. */
void		 progress_clear(struct progress *);

#endif
