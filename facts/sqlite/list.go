package sqlite

import (
	"maps"
	"slices"

	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"strings"
)

// Stories lists the stories in the knowledge base.
func (kb *KB) Stories(ctx context.Context) ([]facts.StoryInfo, error) {
	rows, err := kb.db.QueryContext(ctx, `SELECT s.id, s.title, s.date, s.summary,
		count(f.rowid), count(CASE WHEN f.status = 'approved' THEN 1 END), count(CASE WHEN f.status = 'pending' THEN 1 END)
		FROM stories s LEFT JOIN facts f ON f.story_id = s.id GROUP BY s.id ORDER BY s.position, s.id`)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var out []facts.StoryInfo
	for rows.Next() {
		var s facts.StoryInfo
		if err := rows.Scan(&s.ID, &s.Title, &s.Date, &s.Summary, &s.Facts, &s.Approved, &s.Pending); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Fact returns one fact by its full id (story/fact), in any status, with its citation.
func (kb *KB) Fact(ctx context.Context, fullID string) (facts.FactRecord, error) {
	story, local, ok := strings.Cut(strings.TrimSpace(fullID), "/")
	if !ok || story == "" || local == "" {
		return facts.FactRecord{}, facts.Errorf(facts.EINVALID, "%q is not a fact id; fact ids look like story-id/fact-id.", fullID)
	}
	row := kb.db.QueryRowContext(ctx, `SELECT `+prefixed("f.", factColumns)+`, s.id, s.title, s.publisher, s.url, s.published, st.title
		FROM facts f JOIN sources s ON s.story_id = f.story_id AND s.id = f.source_id JOIN stories st ON st.id = f.story_id
		WHERE f.story_id = ? AND f.id = ?`, story, local)
	var r facts.FactRecord
	var sf storedFact
	var value nullFloat
	var kw string
	err := row.Scan(&sf.rowid, &sf.Story, &sf.ID, &sf.Statement, &sf.Subject, &sf.Predicate, &sf.Object, &value, &sf.Unit, &sf.Date, &sf.Place,
		&sf.Quote, &sf.Speaker, &sf.Source, &sf.Status, &sf.Supersedes, &kw,
		&r.SourceInfo.ID, &r.SourceInfo.Title, &r.SourceInfo.Publisher, &r.SourceInfo.URL, &r.SourceInfo.Published, &r.StoryTitle)
	if err == errNoRows {
		return facts.FactRecord{}, facts.Errorf(facts.ENOTFOUND, "No fact %q in the knowledge base.", fullID)
	}
	if err != nil {
		return facts.FactRecord{}, fmt.Errorf("fact %s: %w", fullID, err)
	}
	sf.Value = value.ptr()
	decodeList(kw, &sf.Keywords)
	r.Fact = sf.Fact
	ix, err := kb.index(ctx)
	if err != nil {
		return facts.FactRecord{}, err
	}
	if r.Speaker != "" {
		r.SpeakerName = ix.Names.Name(r.Speaker)
	}
	if r.Subject != "" {
		r.SubjectName = ix.Names.Name(r.Subject)
	}
	r.SupersededBy = ix.SupersededBy(r.FullID())
	return r, nil
}

// Entity returns one entity by id.
func (kb *KB) Entity(ctx context.Context, id string) (facts.Entity, error) {
	e, err := getEntity(ctx, kb.db, id)
	if err == errNoRows {
		return facts.Entity{}, facts.Errorf(facts.ENOTFOUND, "No entity %q in the knowledge base.", id)
	}
	if err != nil {
		return facts.Entity{}, fmt.Errorf("entity %s: %w", id, err)
	}
	return *e, nil
}

func prefixed(p, columns string) string {
	parts := strings.Split(columns, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// KnownEntities lists every entity in the knowledge base, for drafting.
func (kb *KB) KnownEntities(ctx context.Context) ([]facts.Entity, error) {
	ids, err := kb.entityIDs(ctx)
	if err != nil {
		return nil, err
	}
	var out []facts.Entity
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		e, err := getEntity(ctx, kb.db, id)
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", id, err)
		}
		out = append(out, *e)
	}
	return out, nil
}
