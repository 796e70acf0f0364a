-- Curation: why a fact has its status (the reason for a retraction), and flags
-- anyone can raise on a fact for an editor to review.
ALTER TABLE facts ADD COLUMN status_note TEXT NOT NULL DEFAULT '';

CREATE TABLE flags (
	id         INTEGER PRIMARY KEY,
	story_id   TEXT NOT NULL,
	fact_id    TEXT NOT NULL,
	note       TEXT NOT NULL,
	actor      TEXT NOT NULL,
	surface    TEXT NOT NULL,
	at         TEXT NOT NULL,
	closed_at  TEXT NOT NULL DEFAULT '',
	closed_by  TEXT NOT NULL DEFAULT '',
	resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flags_open ON flags(story_id, fact_id) WHERE closed_at = '';
