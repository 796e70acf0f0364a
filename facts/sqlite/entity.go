package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/factdesk/factdesk/facts/text"
)

// Entities are shared by every story: the same id is the same entity. A story
// file that declares one merges into what the knowledge base holds
// (facts.MergeEntity), so importing one story never takes from another what it
// relies on.

// putEntity writes entity e as story declares it, merged with the knowledge
// base's, and returns what the entity now is. Every change is in the history,
// with the story that made it.
func (w *writer) putEntity(ctx context.Context, e facts.Entity, story string, sum *facts.ImportSummary) (facts.Entity, error) {
	if err := e.Validate(); err != nil {
		return facts.Entity{}, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	// What this import wrote is what the table holds: no need to read it again.
	old, ok := w.written[e.ID]
	if !ok {
		prev, err := getEntity(ctx, w.tx, e.ID)
		if err != nil && !errors.Is(err, errNoRows) {
			return facts.Entity{}, err
		}
		if prev != nil {
			old = *prev
		}
		ok = prev != nil
	}
	merged := e
	if ok {
		// Conflicts were reported by the first reading.
		merged, _ = facts.MergeEntity(old, e, w.updateEntities || w.ownEntities[e.ID] == story)
		if reflect.DeepEqual(merged, old) {
			w.remember(merged)
			return merged, nil
		}
	}
	w.remember(merged)
	aliases, _ := json.Marshal(nonNil(merged.Aliases))
	members, _ := json.Marshal(nonNil(merged.Members))
	if _, err := w.exec(ctx, `INSERT INTO entities (id, name, kind, title, aliases, members) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, title = excluded.title, aliases = excluded.aliases, members = excluded.members`,
		merged.ID, merged.Name, merged.Kind, merged.Title, string(aliases), string(members)); err != nil {
		return facts.Entity{}, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	if _, err := w.exec(ctx, `DELETE FROM entity_names WHERE entity_id = ?`, e.ID); err != nil {
		return facts.Entity{}, err
	}
	for _, name := range append([]string{merged.Name}, merged.Aliases...) {
		if n := text.NormPhrase(name); n != "" {
			if _, err := w.exec(ctx, `INSERT OR IGNORE INTO entity_names (norm, entity_id) VALUES (?, ?)`, n, e.ID); err != nil {
				return facts.Entity{}, err
			}
		}
	}
	if !ok {
		return merged, w.history(ctx, "create", "entity:"+e.ID, nil, merged, "declared by story "+story)
	}
	sum.EntitiesChanged++
	return merged, w.history(ctx, "update", "entity:"+e.ID, old, merged, "changed by story "+story)
}

// entityUsers reads an entity with up to two of the stories that use it
// (declare it, or have facts about it): enough to tell whether a story is
// the only one.
func (kb *KB) entityUsers(ctx context.Context, id string) (*facts.Entity, []string, error) {
	e, err := getEntity(ctx, kb.db, id)
	if err != nil {
		return nil, nil, err
	}
	users, err := queryStrings(ctx, kb.db, `SELECT story_id FROM story_entities WHERE entity_id = ?
		UNION SELECT f.story_id FROM fact_entities fe JOIN facts f ON f.rowid = fe.fact_rowid WHERE fe.entity_id = ? LIMIT 2`, id, id)
	if err != nil {
		return nil, nil, fmt.Errorf("stories using %s: %w", id, err)
	}
	return e, users, nil
}

func (w *writer) remember(e facts.Entity) {
	if w.written == nil {
		w.written = map[string]facts.Entity{}
	}
	w.written[e.ID] = e
}

// EntityUse returns an entity with the stories that use it: those whose file
// declares it and those with facts about it. It returns ENOTFOUND for an
// unknown entity.
func (kb *KB) EntityUse(ctx context.Context, id string) (facts.EntityUse, error) {
	e, err := kb.Entity(ctx, id)
	if err != nil {
		return facts.EntityUse{}, err
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT s.id, s.title,
		EXISTS (SELECT 1 FROM story_entities se WHERE se.story_id = s.id AND se.entity_id = ?),
		(SELECT count(DISTINCT f.rowid) FROM fact_entities fe JOIN facts f ON f.rowid = fe.fact_rowid WHERE fe.entity_id = ? AND f.story_id = s.id)
		FROM stories s
		WHERE s.id IN (SELECT story_id FROM story_entities WHERE entity_id = ?
			UNION SELECT f.story_id FROM fact_entities fe JOIN facts f ON f.rowid = fe.fact_rowid WHERE fe.entity_id = ?)
		ORDER BY s.position, s.id`, id, id, id, id)
	if err != nil {
		return facts.EntityUse{}, fmt.Errorf("stories using %s: %w", id, err)
	}
	defer rows.Close()
	use := facts.EntityUse{Entity: e, Stories: []facts.EntityInfo{}}
	for rows.Next() {
		var s facts.EntityInfo
		if err := rows.Scan(&s.Story, &s.Title, &s.Declares, &s.Facts); err != nil {
			return facts.EntityUse{}, err
		}
		use.Stories = append(use.Stories, s)
	}
	return use, rows.Err()
}
