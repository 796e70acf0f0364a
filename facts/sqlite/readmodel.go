package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// index returns the read model of the knowledge base's current generation:
// the one in memory, or the one saved in the database, or one built from the
// tables (and then saved for the next process) when the knowledge base
// changed, in this process or another.
func (kb *KB) index(ctx context.Context) (*index.Index, error) {
	gen, err := kb.generation(ctx)
	if err != nil {
		return nil, fmt.Errorf("read generation: %w", err)
	}
	kb.mu.Lock()
	if ix := kb.cache; ix != nil && ix.Gen == gen {
		kb.mu.Unlock()
		return ix, nil
	}
	ix, key, built, err := readModel(ctx, kb.db)
	if err != nil {
		kb.mu.Unlock()
		return nil, err
	}
	kb.cache = ix
	kb.mu.Unlock()
	if built {
		if kb.SaveModelInBackground {
			kb.saves.Add(1)
			go func() {
				defer kb.saves.Done()
				// A save in progress is for an older generation, or this one:
				// skip rather than queue, the next build saves again.
				if kb.saving.TryLock() {
					defer kb.saving.Unlock()
					kb.saveModel(context.WithoutCancel(ctx), ix, key)
				}
			}()
		} else {
			kb.saveModel(ctx, ix, key)
		}
	}
	return ix, nil
}

// readModel loads the saved read model of the current generation and schema,
// or builds it from the tables (reporting built), in one read transaction:
// what it returns is exactly what key labels, though another process writes
// meanwhile.
func readModel(ctx context.Context, db *sql.DB) (ix *index.Index, key modelKey, built bool, err error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, key, false, fmt.Errorf("read model: %w", err)
	}
	defer tx.Rollback()
	if key, err = currentModelKey(ctx, tx); err != nil {
		return nil, key, false, err
	}
	if ix, ok := loadSavedModel(ctx, tx, key); ok {
		return ix, key, false, nil
	}
	ix, err = buildIndex(ctx, tx, key.gen)
	return ix, key, err == nil, err
}

// buildIndex reads what the read model is made of: names, lexicon, term and
// entity frequencies, sources, story dates and corrections.
func buildIndex(ctx context.Context, q queryer, gen int64) (*index.Index, error) {
	d := index.Data{Sources: map[string]facts.Source{}, Stories: map[string]string{}}
	var err error
	if d.Names, err = loadNames(ctx, q); err != nil {
		return nil, err
	}
	if err := loadLexicon(ctx, q, &d); err != nil {
		return nil, err
	}
	if err := loadCitations(ctx, q, &d); err != nil {
		return nil, err
	}
	if err := loadPostings(ctx, q, &d); err != nil {
		return nil, err
	}
	return index.Build(gen, d), nil
}

// loadPostings reads which approved facts hold each word and name each
// entity, for retrieval in memory.
func loadPostings(ctx context.Context, q queryer, d *index.Data) error {
	d.Postings = index.NewPostings()
	rows, err := q.QueryContext(ctx, `SELECT rowid, terms, entity_roles, value IS NOT NULL, date != '', place != '', quote != ''
		FROM facts WHERE status = 'approved' ORDER BY rowid`)
	if err != nil {
		return fmt.Errorf("load postings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ref int64
		var terms, roles string
		var hasValue, hasDate, hasPlace, hasQuote bool
		if err := rows.Scan(&ref, &terms, &roles, &hasValue, &hasDate, &hasPlace, &hasQuote); err != nil {
			return err
		}
		d.Postings.AddStored(ref, terms, roles, index.ShapesOf(terms, hasValue, hasDate, hasPlace, hasQuote))
		d.Facts++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	d.TermDF, d.EntityDF = d.Postings.Frequencies()
	return nil
}

// loadNames reads every entity and its stored normalised names.
func loadNames(ctx context.Context, q queryer) (*index.Names, error) {
	ix := index.NewNames()
	rows, err := q.QueryContext(ctx, `SELECT id, name, kind, title, aliases, members FROM entities`)
	if err != nil {
		return nil, fmt.Errorf("load entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e facts.Entity
		var aliases, members string
		if err := rows.Scan(&e.ID, &e.Name, &e.Kind, &e.Title, &aliases, &members); err != nil {
			return nil, err
		}
		_ = json.Unmarshal([]byte(aliases), &e.Aliases)
		_ = json.Unmarshal([]byte(members), &e.Members)
		ix.SetEntity(e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	nrows, err := q.QueryContext(ctx, `SELECT norm, entity_id FROM entity_names`)
	if err != nil {
		return nil, fmt.Errorf("load entity names: %w", err)
	}
	defer nrows.Close()
	for nrows.Next() {
		var n, id string
		if err := nrows.Scan(&n, &id); err != nil {
			return nil, err
		}
		ix.AddName(n, id)
	}
	return ix, nrows.Err()
}

func loadLexicon(ctx context.Context, q queryer, d *index.Data) error {
	groups, err := queryStrings(ctx, q, `SELECT words FROM lexicon_groups ORDER BY id`)
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	for _, words := range groups {
		var g []string
		decodeList(words, &g)
		d.Synonyms = append(d.Synonyms, g)
	}
	if d.Stopwords, err = queryStrings(ctx, q, `SELECT word FROM lexicon_stopwords`); err != nil {
		return fmt.Errorf("load stopwords: %w", err)
	}
	return nil
}

// loadCitations reads what answers cite: sources, story dates, and which
// approved facts correct others, with the day each was recorded.
func loadCitations(ctx context.Context, q queryer, d *index.Data) error {
	crows, err := q.QueryContext(ctx, `SELECT story_id, id, title, publisher, url, published FROM sources`)
	if err != nil {
		return fmt.Errorf("load sources: %w", err)
	}
	defer crows.Close()
	for crows.Next() {
		var story string
		var s facts.Source
		if err := crows.Scan(&story, &s.ID, &s.Title, &s.Publisher, &s.URL, &s.Published); err != nil {
			return err
		}
		d.Sources[story+"/"+s.ID] = s
	}
	if err := crows.Err(); err != nil {
		return err
	}
	strows, err := q.QueryContext(ctx, `SELECT id, date FROM stories`)
	if err != nil {
		return fmt.Errorf("load stories: %w", err)
	}
	defer strows.Close()
	for strows.Next() {
		var id, date string
		if err := strows.Scan(&id, &date); err != nil {
			return err
		}
		d.Stories[id] = date
	}
	if err := strows.Err(); err != nil {
		return err
	}
	srows, err := q.QueryContext(ctx, `SELECT f.story_id || '/' || f.id, f.supersedes,
		coalesce((SELECT max(h.at) FROM history h WHERE h.target = f.story_id || '/' || f.id AND h.action IN ('create', 'update', 'approve')), '')
		FROM facts f WHERE f.supersedes != '' AND f.status = 'approved'`)
	if err != nil {
		return fmt.Errorf("load corrections: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var c index.Correction
		if err := srows.Scan(&c.Fact, &c.Supersedes, &c.Recorded); err != nil {
			return err
		}
		d.Corrections = append(d.Corrections, c)
	}
	return srows.Err()
}
