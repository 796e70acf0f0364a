package sqlite

import (
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"

	"context"
	"fmt"
	"os"
	"path/filepath"
)

// OpenOrSeed opens the knowledge base at path; one that did not exist yet is
// created and loaded with the bundled stories and lexicon.
func OpenOrSeed(ctx context.Context, path string) (*KB, error) {
	_, statErr := os.Stat(path)
	fresh := os.IsNotExist(statErr)
	if fresh {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("create %s: %w", dir, err)
			}
		}
	}
	kb, err := Open(ctx, path)
	if err != nil {
		return nil, err
	}
	if !fresh {
		return kb, nil
	}
	if err := kb.Seed(ctx); err != nil {
		kb.Close()
		return nil, err
	}
	return kb, nil
}

// Seed imports the bundled files.
func (kb *KB) Seed(ctx context.Context) error {
	if _, err := kb.Import(ctx, facts.Actor{Name: "factdesk", Surface: "bundled"}, bundled.Files()...); err != nil {
		return fmt.Errorf("load bundled stories: %w", err)
	}
	return nil
}
