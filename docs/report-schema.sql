-- report-schema.sql: the table that `tutor report --format csv` fills,
-- one row per CSV line (docs/reports.md says what each column means).
-- The same statement works in SQLite and PostgreSQL.
CREATE TABLE report (
	record		TEXT NOT NULL,	-- learner, lesson, exercise, rule, answer
	learner		TEXT,
	lesson		TEXT,
	exercise	TEXT,
	title		TEXT,
	started		BIGINT,
	done		BIGINT,
	stars		BIGINT,
	first_try_right	BIGINT,
	attempts	BIGINT,
	correct		BIGINT,
	partly		BIGINT,
	wrong		BIGINT,
	hinted		BIGINT,
	hints		BIGINT,
	seconds		BIGINT,
	last_seen	TEXT,		-- 2024-05-01T10:22:03Z (UTC), or empty
	value		TEXT,
	count		BIGINT
);
