package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestKB_RecordGaps_KeepsCaches: recording an unanswered question changes
// nothing answers are made of, so the generation stays and no cache is dropped.
func TestKB_RecordGaps_KeepsCaches(t *testing.T) {
	ctx := context.Background()
	kb, err := Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	before, err := kb.generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := kb.RecordGaps(ctx, facts.Gap{Question: "What is the capital of Australia?", Surface: "slack"}); err != nil {
		t.Fatal(err)
	}
	if after, err := kb.generation(ctx); err != nil || after != before {
		t.Errorf("generation %d -> %d (%v), want unchanged", before, after, err)
	}
}
