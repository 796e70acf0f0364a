package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The desk's views of facts: a story's facts, one fact, and a search, each fact
// with its citation, entities and review state.

// StoryFacts lists a story's facts in any status, in story order. It returns
// ENOTFOUND for an unknown story.
func (kb *KB) StoryFacts(ctx context.Context, storyID string) ([]facts.FactView, error) {
	if _, err := getStory(ctx, kb.db, storyID); err != nil {
		if err == errNoRows {
			return nil, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base.", storyID)
		}
		return nil, fmt.Errorf("story %s: %w", storyID, err)
	}
	return kb.factViews(ctx, `f.story_id = ?`, []any{storyID}, 0)
}

// FactView returns one fact in any status as the desk shows it. It returns
// ENOTFOUND for an unknown fact and EINVALID for a malformed id.
func (kb *KB) FactView(ctx context.Context, fullID string) (facts.FactView, error) {
	story, local, ok := strings.Cut(strings.TrimSpace(fullID), "/")
	if !ok || story == "" || local == "" {
		return facts.FactView{}, facts.Errorf(facts.EINVALID, "%q is not a fact id; fact ids look like story-id/fact-id.", fullID)
	}
	out, err := kb.factViews(ctx, `f.story_id = ? AND f.id = ?`, []any{story, local}, 1)
	if err != nil {
		return facts.FactView{}, err
	}
	if len(out) == 0 {
		return facts.FactView{}, facts.Errorf(facts.ENOTFOUND, "No fact %q in the knowledge base.", fullID)
	}
	return out[0], nil
}

// MaxSearchResults caps a search's results.
const MaxSearchResults = 50

// SearchFacts finds facts in any status whose id, statement, quote, place,
// unit, predicate or keywords hold every word of q (case-insensitively, as
// plain text: % and _ are not wildcards), in story order, at most limit (at
// most MaxSearchResults). An empty q finds nothing.
func (kb *KB) SearchFacts(ctx context.Context, q string, limit int) ([]facts.FactView, error) {
	if limit <= 0 || limit > MaxSearchResults {
		limit = MaxSearchResults
	}
	words := strings.Fields(q)
	if len(words) == 0 {
		return []facts.FactView{}, nil
	}
	if len(words) > 20 {
		return nil, facts.Errorf(facts.EINVALID, "Search with fewer words (at most 20).")
	}
	var where []string
	var args []any
	for _, w := range words {
		where = append(where, `(f.story_id || '/' || f.id || ' ' || f.statement || ' ' || f.quote || ' ' || f.place || ' ' || f.unit || ' ' || f.predicate || ' ' || f.keywords) LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscaper.Replace(w)+"%")
	}
	return kb.factViews(ctx, strings.Join(where, " AND "), args, limit)
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// factViews reads the facts matching a condition on f (the facts table), in
// story order, with their sources, entities, reasons and open flags.
func (kb *KB) factViews(ctx context.Context, where string, args []any, limit int) ([]facts.FactView, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT `+prefixed("f.", factColumns)+`, f.status_note, s.id, s.title, s.publisher, s.url, s.published, st.title
		FROM facts f JOIN stories st ON st.id = f.story_id LEFT JOIN sources s ON s.story_id = f.story_id AND s.id = f.source_id
		WHERE `+where+` ORDER BY st.position, f.story_id, f.position, f.rowid LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	defer rows.Close()
	out := []facts.FactView{}
	byRow := map[int64]int{}
	for rows.Next() {
		var v facts.FactView
		var ns [5]sql.NullString
		sf, err := scanFact(scanExtra{rows, []any{&v.Reason, &ns[0], &ns[1], &ns[2], &ns[3], &ns[4], &v.StoryTitle}})
		if err != nil {
			return nil, err
		}
		v.Fact = sf.Fact
		v.SourceInfo = facts.Source{ID: ns[0].String, Title: ns[1].String, Publisher: ns[2].String, URL: ns[3].String, Published: ns[4].String}
		if v.Status != facts.StatusRetracted {
			v.Reason = ""
		}
		v.Entities = []facts.FactEntity{}
		v.OpenFlags = []facts.Flag{}
		byRow[sf.rowid] = len(out)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(out) == 0 {
		return out, nil
	}
	ix, err := kb.index(ctx)
	if err != nil {
		return nil, err
	}
	erows, err := kb.db.QueryContext(ctx, `SELECT fe.fact_rowid, fe.entity_id, coalesce(e.name, fe.entity_id), fe.role
		FROM fact_entities fe LEFT JOIN entities e ON e.id = fe.entity_id
		WHERE fe.fact_rowid IN (SELECT f.rowid FROM facts f WHERE `+where+`) ORDER BY fe.fact_rowid,
		CASE fe.role WHEN 'subject' THEN 0 WHEN 'speaker' THEN 1 WHEN 'object' THEN 2 ELSE 3 END, fe.entity_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("fact entities: %w", err)
	}
	defer erows.Close()
	for erows.Next() {
		var rowid int64
		var e facts.FactEntity
		if err := erows.Scan(&rowid, &e.ID, &e.Name, &e.Role); err != nil {
			return nil, err
		}
		i, ok := byRow[rowid]
		if !ok {
			continue // beyond the limit
		}
		out[i].Entities = append(out[i].Entities, e)
	}
	if err := erows.Err(); err != nil {
		return nil, err
	}
	index := map[string]int{}
	stories := map[string]bool{}
	for i := range out {
		v := &out[i]
		index[v.FullID()] = i
		stories[v.Story] = true
		if v.Speaker != "" {
			v.SpeakerName = ix.Names.Name(v.Speaker)
		}
		if v.Subject != "" {
			v.SubjectName = ix.Names.Name(v.Subject)
		}
		v.SupersededBy = ix.SupersededBy(v.FullID())
	}
	var storyIDs []any
	for s := range stories {
		storyIDs = append(storyIDs, s)
	}
	flags, err := kb.flags(ctx, `fl.closed_at = '' AND fl.story_id IN (`+placeholders(len(storyIDs))+`)`, storyIDs...)
	if err != nil {
		return nil, err
	}
	for _, fl := range flags {
		if i, ok := index[fl.Fact]; ok {
			out[i].OpenFlags = append(out[i].OpenFlags, fl)
		}
	}
	return out, nil
}
