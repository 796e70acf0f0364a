package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// bundled holds the stories and lexicon every new knowledge base starts with, so a
// fresh clone answers at once.
//
//go:embed bundled/*.yaml
var bundled embed.FS

// BundledFiles returns the bundled knowledge-base files.
func BundledFiles() ([]facts.ImportInput, error) {
	names, err := fs.Glob(bundled, "bundled/*.yaml")
	if err != nil {
		return nil, err
	}
	var out []facts.ImportInput
	for _, n := range names {
		data, err := bundled.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, facts.ImportInput{Name: n, Data: data})
	}
	return out, nil
}

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
	files, err := BundledFiles()
	if err != nil {
		return fmt.Errorf("read bundled stories: %w", err)
	}
	if _, err := kb.Import(ctx, facts.Actor{Name: "factdesk", Surface: "bundled"}, files...); err != nil {
		return fmt.Errorf("load bundled stories: %w", err)
	}
	return nil
}
