-- Editors of the web desk and their signed-in sessions. A token or session id is
-- kept only as its SHA-256 hash, so a copy of the knowledge base signs nobody in.
-- A removed editor stays listed (the history names them) with removed_at set, so
-- their token is recognised and refused; their sessions are deleted.
CREATE TABLE editors (
	name       TEXT PRIMARY KEY,
	token_hash TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	created_by TEXT NOT NULL DEFAULT '',
	last_seen  TEXT NOT NULL DEFAULT '',
	removed_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sessions (
	id_hash    TEXT PRIMARY KEY,
	editor     TEXT NOT NULL REFERENCES editors(name) ON DELETE CASCADE,
	csrf_token TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX sessions_editor ON sessions(editor);
CREATE INDEX sessions_expiry ON sessions(expires_at);
