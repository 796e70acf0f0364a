-- The index of facts by status (001) led SQLite astray: nearly every fact is
-- approved, yet the planner preferred it to the rowid, the partial index of
-- corrections or a plain scan, and read every approved fact once per row in the
-- help examples' query (it ran past ten seconds at 100,000 facts) and for each
-- check of a delivery. The few pending facts, which the review queue lists,
-- keep an index of their own.
DROP INDEX IF EXISTS facts_status;
CREATE INDEX facts_pending ON facts(story_id) WHERE status = 'pending';
