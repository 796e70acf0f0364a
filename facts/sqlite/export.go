package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/factdesk/factdesk/facts/storyfile"
)

// Export writes every story (or one) and every lexicon to dir in the import format,
// so that importing the folder again changes nothing.
func (kb *KB) Export(ctx context.Context, dir string, opt ExportOptions) (int, error) {
	story := opt.Story
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	ids, err := kb.storyIDs(ctx, story)
	if err != nil {
		return 0, err
	}
	if story != "" && len(ids) == 0 {
		return 0, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base.", story)
	}
	n := 0
	for i, id := range ids {
		if i%50 == 0 {
			report(opt.Progress, "exporting", i, len(ids))
		}
		sf, err := kb.StoryFile(ctx, id)
		if err != nil {
			return n, err
		}
		data, err := storyfile.Encode(sf)
		if err != nil {
			return n, fmt.Errorf("export %s: %w", id, err)
		}
		if err := os.WriteFile(filepath.Join(dir, id+".yaml"), data, 0o644); err != nil {
			return n, fmt.Errorf("export %s: %w", id, err)
		}
		n++
	}
	report(opt.Progress, "exporting", len(ids), len(ids))
	if story != "" {
		return n, nil
	}
	lexicons, err := kb.lexiconIDs(ctx)
	if err != nil {
		return n, err
	}
	for _, id := range lexicons {
		lx, err := lexiconByID(ctx, kb.db, id)
		if err != nil {
			return n, err
		}
		data, err := storyfile.EncodeLexicon(lx)
		if err != nil {
			return n, err
		}
		if err := os.WriteFile(filepath.Join(dir, "lexicon-"+id+".yaml"), data, 0o644); err != nil {
			return n, fmt.Errorf("export lexicon %s: %w", id, err)
		}
	}
	return n, nil
}

func (kb *KB) storyIDs(ctx context.Context, only string) ([]string, error) {
	ids, err := queryStrings(ctx, kb.db, `SELECT id FROM stories WHERE ? = '' OR id = ? ORDER BY position, id`, only, only)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return ids, nil
}

func (kb *KB) lexiconIDs(ctx context.Context) ([]string, error) {
	ids, err := queryStrings(ctx, kb.db, `SELECT lexicon FROM lexicon_groups UNION SELECT lexicon FROM lexicon_stopwords ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list lexicons: %w", err)
	}
	return ids, nil
}

// StoryFile reads one whole story as it would be written to a file: the story, its
// sources, the entities it defines or refers to, and all its facts in any status.
func (kb *KB) StoryFile(ctx context.Context, id string) (*facts.StoryFile, error) {
	st, err := getStory(ctx, kb.db, id)
	if err != nil {
		if err == errNoRows {
			return nil, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base.", id)
		}
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	sf := &facts.StoryFile{Story: *st}
	rows, err := kb.db.QueryContext(ctx, `SELECT id, title, publisher, url, published FROM sources WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var s facts.Source
		if err := rows.Scan(&s.ID, &s.Title, &s.Publisher, &s.URL, &s.Published); err != nil {
			rows.Close()
			return nil, err
		}
		sf.Sources = append(sf.Sources, s)
	}
	rows.Close()
	erows, err := kb.db.QueryContext(ctx, `SELECT entity_id FROM story_entities WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	var entityIDs []string
	for erows.Next() {
		var e string
		if err := erows.Scan(&e); err != nil {
			erows.Close()
			return nil, err
		}
		entityIDs = append(entityIDs, e)
	}
	erows.Close()
	for _, e := range entityIDs {
		ent, err := getEntity(ctx, kb.db, e)
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", e, err)
		}
		sf.Entities = append(sf.Entities, *ent)
	}
	frows, err := kb.db.QueryContext(ctx, `SELECT `+factColumns+` FROM facts WHERE story_id = ? ORDER BY position, rowid`, id)
	if err != nil {
		return nil, err
	}
	defer frows.Close()
	for frows.Next() {
		f, err := scanFact(frows)
		if err != nil {
			return nil, err
		}
		f.Story = ""
		sf.Facts = append(sf.Facts, f.Fact)
	}
	return sf, frows.Err()
}
