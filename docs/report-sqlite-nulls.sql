-- report-sqlite-nulls.sql: after SQLite's .import, an empty CSV cell is
-- an empty string, not NULL (PostgreSQL's \copy makes it NULL by
-- itself). Run this once after each import so that count() and avg()
-- skip the cells that mean nothing for a row.
UPDATE report SET
	learner = NULLIF(learner, ''), lesson = NULLIF(lesson, ''),
	exercise = NULLIF(exercise, ''), title = NULLIF(title, ''),
	started = NULLIF(started, ''), done = NULLIF(done, ''),
	stars = NULLIF(stars, ''), first_try_right = NULLIF(first_try_right, ''),
	attempts = NULLIF(attempts, ''), correct = NULLIF(correct, ''),
	partly = NULLIF(partly, ''), wrong = NULLIF(wrong, ''),
	hinted = NULLIF(hinted, ''), hints = NULLIF(hints, ''),
	seconds = NULLIF(seconds, ''), last_seen = NULLIF(last_seen, ''),
	value = NULLIF(value, ''), count = NULLIF(count, '');
