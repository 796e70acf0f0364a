-- Corrections follow answers: where factdesk posted each answer in chat, the
-- notice of each fact retracted or superseded (who, why, old and new), and the
-- outbox of corrections to post, one per conversation and fact.

-- An answer posted in a conversation: kept FACTDESK_KEEP_DELIVERIES, then pruned.
CREATE TABLE deliveries (
	id        INTEGER PRIMARY KEY,
	platform  TEXT NOT NULL,
	workspace TEXT NOT NULL DEFAULT '',
	channel   TEXT NOT NULL,
	thread    TEXT NOT NULL DEFAULT '',
	message   TEXT NOT NULL DEFAULT '',
	at        TEXT NOT NULL
);
CREATE INDEX deliveries_at ON deliveries(at);

-- The facts each delivered answer cited. Not a foreign key to facts: a fact
-- dropped from its story file leaves its deliveries.
CREATE TABLE delivery_facts (
	story_id    TEXT NOT NULL,
	fact_id     TEXT NOT NULL,
	delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
	PRIMARY KEY (story_id, fact_id, delivery_id)
) WITHOUT ROWID;
CREATE INDEX delivery_facts_delivery ON delivery_facts(delivery_id);

-- A fact that stopped standing: retracted, or superseded by new_fact. Sources
-- are JSON, as cited at the time. no_notice: the editor chose to tell no one.
CREATE TABLE notices (
	id            INTEGER PRIMARY KEY,
	story_id      TEXT NOT NULL,
	fact_id       TEXT NOT NULL,
	kind          TEXT NOT NULL CHECK (kind IN ('retracted', 'superseded')),
	statement     TEXT NOT NULL,
	source        TEXT NOT NULL DEFAULT '{}',
	new_fact      TEXT NOT NULL DEFAULT '',
	new_statement TEXT NOT NULL DEFAULT '',
	new_source    TEXT NOT NULL DEFAULT '',
	actor         TEXT NOT NULL,
	surface       TEXT NOT NULL,
	reason        TEXT NOT NULL DEFAULT '',
	no_notice     INTEGER NOT NULL DEFAULT 0,
	at            TEXT NOT NULL
);
CREATE INDEX notices_fact ON notices(story_id, fact_id, id);

-- The outbox: one correction per conversation and fact, posted once.
CREATE TABLE corrections (
	id          INTEGER PRIMARY KEY,
	notice_id   INTEGER NOT NULL REFERENCES notices(id),
	story_id    TEXT NOT NULL,
	fact_id     TEXT NOT NULL,
	platform    TEXT NOT NULL,
	workspace   TEXT NOT NULL DEFAULT '',
	channel     TEXT NOT NULL,
	thread      TEXT NOT NULL DEFAULT '',
	reply_to    TEXT NOT NULL DEFAULT '',
	answered_at TEXT NOT NULL,
	status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
	attempts    INTEGER NOT NULL DEFAULT 0,
	next_at     TEXT NOT NULL,
	last_error  TEXT NOT NULL DEFAULT '',
	queued_at   TEXT NOT NULL,
	sent_at     TEXT NOT NULL DEFAULT '',
	sent_as     TEXT NOT NULL DEFAULT '',
	UNIQUE (platform, workspace, channel, thread, story_id, fact_id)
);
CREATE INDEX corrections_due ON corrections(platform, next_at) WHERE status = 'pending';
CREATE INDEX corrections_fact ON corrections(story_id, fact_id);
