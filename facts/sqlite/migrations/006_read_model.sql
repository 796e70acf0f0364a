-- The read model saved (issue 15): the data of index.Index as a snapshot
-- (index.Index.Snapshot), made at one generation of the knowledge base and
-- under one schema (the last migration applied, as a migration may change the
-- data without moving the generation). A process answering one question loads
-- it instead of reading every fact when both are current; otherwise, or when it
-- cannot be read, the process builds the read model from the tables and saves
-- it here. One row; a schema of '' matches none.
CREATE TABLE read_model (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	generation INTEGER NOT NULL,
	schema     TEXT NOT NULL DEFAULT '',
	data       BLOB NOT NULL
);
