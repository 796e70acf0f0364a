-- Curation that never loses a word (issue 17): who approved and who retracted
-- each fact, so a story file can carry them; and each story's file as it was
-- last imported or exported, the base a re-import merges against.
ALTER TABLE facts ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE facts ADD COLUMN retracted_by TEXT NOT NULL DEFAULT '';

-- Filled from the history, where earlier factdesk recorded who did it.
UPDATE facts SET approved_by = coalesce((SELECT h.actor FROM history h
	WHERE h.target = facts.story_id || '/' || facts.id AND h.action = 'approve' ORDER BY h.id DESC LIMIT 1), '')
	WHERE status != 'pending';
UPDATE facts SET retracted_by = coalesce((SELECT h.actor FROM history h
	WHERE h.target = facts.story_id || '/' || facts.id AND h.action = 'retract' ORDER BY h.id DESC LIMIT 1), '')
	WHERE status = 'retracted';

-- The story file as last imported or exported, canonical (the story, sources,
-- entities, facts and curation as JSON, whatever the file's layout or
-- comments). A story without one (imported before this table) re-imports as
-- before: its file wins.
CREATE TABLE story_bases (
	story_id TEXT PRIMARY KEY,
	data     BLOB NOT NULL,
	at       TEXT NOT NULL
);
