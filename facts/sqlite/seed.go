package sqlite

import (
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"

	"context"
	"errors"
	"fmt"
	"os"
)

// OpenOrSeed opens the knowledge base at path; one that did not exist yet is
// created and loaded with the bundled stories and lexicon. See OpenOrCreate.
func OpenOrSeed(ctx context.Context, path string) (*KB, error) {
	kb, _, err := OpenOrCreate(ctx, path)
	return kb, err
}

// OpenOrCreate opens the knowledge base at path, or creates it there, loaded with
// the bundled stories and lexicon, when there is no file yet (or an empty one),
// and reports whether it did. It never creates folders: a path in a folder that
// does not exist is EINVALID, as are the paths Open refuses.
func OpenOrCreate(ctx context.Context, path string) (kb *KB, created bool, err error) {
	st, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist) || statErr == nil && st.Mode().IsRegular() && st.Size() == 0
	kb, err = Open(ctx, path)
	if err != nil {
		return nil, false, err
	}
	if !fresh {
		return kb, false, nil
	}
	if err := kb.Seed(ctx); err != nil {
		kb.Close()
		return nil, false, err
	}
	return kb, true, nil
}

// Seed imports the bundled files.
func (kb *KB) Seed(ctx context.Context) error {
	if _, err := kb.Import(ctx, facts.Actor{Name: "factdesk", Surface: "bundled"}, bundled.Files()...); err != nil {
		return fmt.Errorf("load bundled stories: %w", err)
	}
	return nil
}
