package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Examples returns a few questions the knowledge base can answer, drawn from its
// newest story, for help texts.
func (kb *KB) Examples(ctx context.Context) ([]string, error) {
	var out []string
	// Only people an approved, uncorrected fact shows acting or speaking: an
	// example must be answered, with a fact to cite. Their facts are found
	// by entity, not by reading every fact for each person.
	rows, err := kb.db.QueryContext(ctx, `SELECT e.name, e.title FROM story_entities se JOIN entities e ON e.id = se.entity_id
		WHERE se.story_id = (SELECT id FROM stories ORDER BY position DESC LIMIT 1) AND e.kind = 'person' AND e.title != ''
		AND EXISTS (SELECT 1 FROM fact_entities fe JOIN facts f ON f.rowid = fe.fact_rowid
			WHERE fe.entity_id = e.id AND fe.role IN ('subject', 'speaker') AND f.status = 'approved'
			AND NOT EXISTS (SELECT 1 FROM facts n WHERE n.story_id = f.story_id AND n.supersedes = f.id AND n.status = 'approved'))
		ORDER BY se.position LIMIT 4`)
	if err != nil {
		return nil, fmt.Errorf("examples: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, title string
		if err := rows.Scan(&name, &title); err != nil {
			return nil, err
		}
		out = append(out, "Who is "+name+"?")
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var id string
	// The latest story's first standing fact, else any story's: looked for in
	// that order, not by sorting every fact.
	const standing = `SELECT story_id || '/' || id FROM facts f WHERE status = 'approved'
		AND NOT EXISTS (SELECT 1 FROM facts n WHERE n.story_id = f.story_id AND n.supersedes = f.id AND n.status = 'approved')`
	err = kb.db.QueryRowContext(ctx, standing+` AND story_id = (SELECT id FROM stories ORDER BY position DESC LIMIT 1)
		ORDER BY position LIMIT 1`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = kb.db.QueryRowContext(ctx, standing+` LIMIT 1`).Scan(&id)
	}
	if err == nil {
		out = append(out, "source "+id)
	}
	return out, nil
}
