package answer

import (
	"context"
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestNewOfKind_NotWhoseOwnWord: what a fact answers "Which countries are
// pulling their troops out?" with is the countries it names, not a name said
// of the question's own word ("British troops": whose troops), which would
// let two facts about British troops agree on Britain.
func TestNewOfKind_NotWhoseOwnWord(t *testing.T) {
	ix, mem := indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "iraq", Title: "Lib Dems on Iraq"},
		Sources: []facts.Source{{ID: "desk", Title: "Lib Dems on Iraq", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "british-troops", Name: "British troops", Kind: "group", Aliases: []string{"UK troops"}},
			{ID: "kennedy", Name: "Charles Kennedy", Kind: "person", Aliases: []string{"Kennedy"}},
			{ID: "iraq", Name: "Iraq", Kind: "country"},
			{ID: "netherlands", Name: "Netherlands", Kind: "country"},
			{ID: "portugal", Name: "Portugal", Kind: "country"},
		},
		Facts: []facts.Fact{
			deskApproved("replace", "Kennedy argued British troops in Iraq should be replaced with forces from Islamic countries."),
			deskApproved("others", "Kennedy pointed out that the Netherlands and Portugal have announced their withdrawal from Iraq."),
		},
	})
	docs, err := mem.Docs(context.Background(), []int64{1, 2})
	if err != nil || len(docs) != 2 {
		t.Fatalf("facts: %v %d", err, len(docs))
	}
	q := parseQuestion("Which countries have announced they are pulling their troops out of Iraq?", ix)
	if got := newOfKind(q, docs[0], ix); len(got) != 0 {
		t.Errorf("%s answers with %v; British troops are whose troops", docs[0].ID, got)
	}
	if got := newOfKind(q, docs[1], ix); !slices.Contains(got, "netherlands") || !slices.Contains(got, "portugal") {
		t.Errorf("%s answers with %v, want the Netherlands and Portugal", docs[1].ID, got)
	}
}
