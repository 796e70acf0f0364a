package answer

import (
	"context"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestWordCredit_FocusNounIsRecordedKind: the focus noun of "Which countries
// are important oil exporters?" is held, as a synonym would hold it, by a
// fact naming entities the curator recorded as countries, though it never
// says "country"; not by one naming an organisation. The kind holds its
// British spelling as well ("Which organisation...?").
func TestWordCredit_FocusNounIsRecordedKind(t *testing.T) {
	ix, mem := indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "oil", Title: "Oil lifts exports"},
		Sources: []facts.Source{{ID: "desk", Title: "Oil lifts exports", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "mexico", Name: "Mexico", Kind: "country"},
			{ID: "venezuela", Name: "Venezuela", Kind: "country"},
			{ID: "opec", Name: "Opec", Kind: "organization"},
		},
		Facts: []facts.Fact{
			deskApproved("exporters", "Mexico and Venezuela are important oil exporters."),
			deskApproved("cartel", "Opec members are important oil exporters."),
		},
	})
	q := parseQuestion("Which countries are important oil exporters?", ix)
	docs, err := mem.Docs(context.Background(), []int64{1, 2})
	if err != nil || len(docs) != 2 {
		t.Fatalf("facts: %v %d", err, len(docs))
	}
	wc := newWordCredit(q, ix, q.actionAt())
	focus := q.termAt(q.focusAt())
	if focus == nil {
		t.Fatal("no focus noun read")
	}
	for i, want := range []float64{focusCredit, 0} {
		if got, _ := wc.of(docs[i], *focus, claimedWords(docs[i], q.Terms)); got != want {
			t.Errorf("%s: credit for %q = %.2f, want %.2f", docs[i].ID, focus.Text, got, want)
		}
	}
	// The kind in British spelling: "organisation" for "organization".
	q = parseQuestion("Which organisation's members are important oil exporters?", ix)
	wc = newWordCredit(q, ix, q.actionAt())
	if focus = q.termAt(q.focusAt()); focus == nil {
		t.Fatal("no focus noun read")
	}
	for i, want := range []float64{0, focusCredit} {
		if got, _ := wc.of(docs[i], *focus, claimedWords(docs[i], q.Terms)); got != want {
			t.Errorf("%s: credit for %q = %.2f, want %.2f", docs[i].ID, focus.Text, got, want)
		}
	}
}

// deskApproved is an approved fact of the source "desk", about no one in
// particular, as the small stories of the package's own tests record them.
func deskApproved(id, statement string) facts.Fact {
	return facts.Fact{ID: id, Statement: statement, Source: "desk", Status: facts.StatusApproved}
}
