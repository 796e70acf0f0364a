package sqlite_test

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
	"github.com/factdesk/factdesk/facts/wire"
)

func mustDraft(t *testing.T, article string, opt wire.Options) *facts.StoryFile {
	t.Helper()
	sf, err := wire.Draft(article, opt)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	return sf
}

// TestKB_ImportDraft: a story drafted from wire copy imports cleanly, its facts
// pending until an editor approves one, which then answers.
func TestKB_ImportDraft(t *testing.T) {
	raw, err := os.ReadFile("../testdata/wire-harbor-bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	sf := mustDraft(t, string(raw), wire.Options{Story: "harbor-bridge-2024", Date: "2024-06-04"})
	// The file imports cleanly; its facts wait for review.
	data, err := storyfile.Encode(sf)
	if err != nil {
		t.Fatal(err)
	}
	kb := sqlitetest.Open(t)
	sum := sqlitetest.Import(t, kb, writeFile(t, "draft.yaml", string(data)))
	if sum.Created != len(sf.Facts) {
		t.Errorf("imported %d facts, drafted %d", sum.Created, len(sf.Facts))
	}
	ctx := context.Background()
	if ans := mustAsk(t, kb, "How many beams were cracked?"); ans.Found {
		t.Errorf("a drafted (pending) fact answered: %q", ans.Answer)
	}
	if _, err := kb.Approve(ctx, editor, "harbor-bridge-2024/beams-14"); err != nil {
		t.Fatal(err)
	}
	if ans := mustAsk(t, kb, "How many steel beams had cracks?"); !ans.Found || !strings.Contains(ans.Answer, "14 steel beams") {
		t.Errorf("approved drafted fact: %q", ans.Answer)
	}
}

// TestKB_ImportDraft_KnownPeople: people the knowledge base knows are referred to by
// their ids and written unchanged, so importing a draft never rewrites them.
func TestKB_ImportDraft_KnownPeople(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t)
	known, err := kb.KnownEntities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	article := "China rejects new criticism\n\n\"The days of bullying are over,\" Zhang Jun told the committee on Thursday. He said 62 countries stood with China.\n"
	sf := mustDraft(t, article, wire.Options{Story: "zhang-reply", Date: "2021-10-22", Entities: known})
	var quote facts.Fact
	for _, f := range sf.Facts {
		if f.Quote != "" {
			quote = f
		}
	}
	if quote.Speaker != "zhang-jun" {
		t.Fatalf("speaker = %q, want the knowledge base's zhang-jun; facts %+v", quote.Speaker, sf.Facts)
	}
	want, _ := kb.Entity(ctx, "zhang-jun")
	if len(sf.Entities) != 1 || !reflect.DeepEqual(sf.Entities[0], want) {
		t.Errorf("entities = %+v, want zhang-jun exactly as the knowledge base has him", sf.Entities)
	}
	before, _ := kb.History(ctx, "entity:zhang-jun")
	data, _ := storyfile.Encode(sf)
	sqlitetest.Import(t, kb, writeFile(t, "draft.yaml", string(data)))
	if after, _ := kb.History(ctx, "entity:zhang-jun"); len(after) != len(before) {
		t.Errorf("importing the draft changed zhang-jun: %+v", after[len(after)-1])
	}
}
