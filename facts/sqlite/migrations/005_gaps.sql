-- The questions nobody could answer (issue 14, part 3): one row per question
-- that got "not in the knowledge base", for curators (kb gaps, GET /api/v1/gaps).
-- key is the question's normalised wording (facts/gap.Key); asker is '' unless
-- FACTDESK_LOG_ASKERS=1 was on when it was asked. Times are UTC, RFC 3339 with
-- milliseconds, fixed width, so they compare as text.
CREATE TABLE gaps (
	id       INTEGER PRIMARY KEY,
	key      TEXT NOT NULL,
	question TEXT NOT NULL,
	surface  TEXT NOT NULL,
	asker    TEXT NOT NULL DEFAULT '',
	asked_at TEXT NOT NULL
);
CREATE INDEX gaps_key ON gaps(key, asked_at);

-- A dismissed wording: its questions asked up to dismissed_at are hidden; one
-- asked later opens it again.
CREATE TABLE gap_dismissals (
	key          TEXT PRIMARY KEY,
	dismissed_at TEXT NOT NULL,
	actor        TEXT NOT NULL,
	surface      TEXT NOT NULL
);
