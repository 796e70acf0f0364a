-- The knowledge base: stories, their sources and facts, shared entities, the
-- question lexicon, and the history of every change.
CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	title      TEXT NOT NULL,
	date       TEXT NOT NULL,
	summary    TEXT NOT NULL DEFAULT '',
	tags       TEXT NOT NULL DEFAULT '[]',
	position   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
	story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	id        TEXT NOT NULL,
	title     TEXT NOT NULL,
	publisher TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	position  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (story_id, id)
);

CREATE TABLE entities (
	id      TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	kind    TEXT NOT NULL,
	title   TEXT NOT NULL DEFAULT '',
	aliases TEXT NOT NULL DEFAULT '[]',
	members TEXT NOT NULL DEFAULT '[]'
);

-- Normalised names and aliases, so entity linking is an indexed lookup.
CREATE TABLE entity_names (
	norm      TEXT NOT NULL,
	entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	PRIMARY KEY (norm, entity_id)
) WITHOUT ROWID;

-- Which story defined or last updated an entity, so export writes it with the story.
CREATE TABLE story_entities (
	story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	entity_id TEXT NOT NULL REFERENCES entities(id),
	position  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (story_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE facts (
	rowid      INTEGER PRIMARY KEY,
	story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	statement  TEXT NOT NULL,
	subject    TEXT NOT NULL DEFAULT '',
	predicate  TEXT NOT NULL DEFAULT '',
	object     TEXT NOT NULL DEFAULT '',
	value      REAL,
	unit       TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	place      TEXT NOT NULL DEFAULT '',
	quote      TEXT NOT NULL DEFAULT '',
	speaker    TEXT NOT NULL DEFAULT '',
	source_id  TEXT NOT NULL,
	status     TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'pending', 'retracted')),
	supersedes TEXT NOT NULL DEFAULT '',
	keywords   TEXT NOT NULL DEFAULT '[]',
	position   INTEGER NOT NULL DEFAULT 0,
	-- Derived at import, so answering reads one row per candidate: the stemmed
	-- index terms and the entities the fact is about ("zhang-jun=speaker ...").
	terms        TEXT NOT NULL DEFAULT '',
	entity_roles TEXT NOT NULL DEFAULT '',
	UNIQUE (story_id, id)
);
CREATE INDEX facts_status ON facts(status);
CREATE INDEX facts_supersedes ON facts(story_id, supersedes) WHERE supersedes != '';

-- Entities a fact is about (subject, speaker, object, or mentioned by name).
CREATE TABLE fact_entities (
	entity_id  TEXT NOT NULL,
	fact_rowid INTEGER NOT NULL REFERENCES facts(rowid) ON DELETE CASCADE,
	role       TEXT NOT NULL,
	PRIMARY KEY (entity_id, fact_rowid, role)
) WITHOUT ROWID;
CREATE INDEX fact_entities_fact ON fact_entities(fact_rowid);

-- Full-text index over normalised, stemmed fact text (facts.terms); rowid =
-- facts.rowid. Contentless: the text lives once, in facts.
CREATE VIRTUAL TABLE facts_fts USING fts5(terms, content = '', contentless_delete = 1, tokenize = 'unicode61');

CREATE TABLE lexicon_groups (
	id      INTEGER PRIMARY KEY,
	lexicon TEXT NOT NULL,
	words   TEXT NOT NULL
);
CREATE INDEX lexicon_groups_lexicon ON lexicon_groups(lexicon);

CREATE TABLE lexicon_stopwords (
	lexicon TEXT NOT NULL,
	word    TEXT NOT NULL,
	PRIMARY KEY (lexicon, word)
) WITHOUT ROWID;

-- Every change: what, when, by whom, through which surface, old and new values.
CREATE TABLE history (
	id      INTEGER PRIMARY KEY,
	at      TEXT NOT NULL,
	actor   TEXT NOT NULL,
	surface TEXT NOT NULL,
	action  TEXT NOT NULL,
	target  TEXT NOT NULL,
	old     TEXT NOT NULL DEFAULT '',
	new     TEXT NOT NULL DEFAULT '',
	note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_target ON history(target, id);

-- A counter bumped by every write, so readers know when their caches are stale.
CREATE TABLE kb_meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
);
INSERT INTO kb_meta (key, value) VALUES ('generation', 1);

-- Document frequencies of index terms, for weighting question words by rarity.
CREATE VIRTUAL TABLE facts_vocab USING fts5vocab(facts_fts, 'row');
