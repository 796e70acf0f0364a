package gap_test

import (
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts/gap"
)

func TestKey(t *testing.T) {
	tests := []struct {
		question, want string
	}{
		{"How many people died in the camps?", "camp-die-peopl"},
		{"how many PEOPLE died in the camps", "camp-die-peopl"},
		{"The camps: how many people died?!", "camp-die-peopl"},
		{"How many people have died in the camps, exactly?", "camp-die-peopl"},
		{"Who signed the statement?", "sign-statement"},
		{"Who is signing the statements?", "sign-statement"},
		{"What did Zhang Jun say?", "jun-say-zhang"},
		{"Qu'a dit l'ambassadeur à Genève?", "dit-genev-lambassadeur-qua"}, // accents folded,
		{"Who is he?", "be-he-who"},                                        // stopwords alone: kept, stemmed
		{"?!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := gap.Key(tt.question); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
}

func TestNear(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"camp-die-peopl", "camp-die-peopl", true},
		{"camp-die-peopl", "camp-die-peopl-xinjiang", true},         // one word added
		{"camp-die", "camp-die-peopl", true},                        // to a key of two words
		{"camp", "camp-die", false},                                 // one shared word says too little
		{"camp-die-peopl", "camp-live-peopl", false},                // one word changed in a short key
		{"camp-die-peopl", "camp-die-peopl-uyghur-xinjiang", false}, // two words added
		{"a-b-c-d-e-f-g-h-i", "a-b-c-d-e-f-g-h-j", true},            // Jaccard 8/10
		{"a-b-c-d-e-f-g-h", "a-b-c-d-e-f-g-i", false},               // Jaccard 7/9
		{"sign-statement", "back-china", false},
	}
	for _, tt := range tests {
		if got := gap.Near(tt.a, tt.b); got != tt.want {
			t.Errorf("Near(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := gap.Near(tt.b, tt.a); got != tt.want {
			t.Errorf("Near(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestGroup(t *testing.T) {
	ws := []gap.Wording{
		{Key: "camp-die-peopl", Question: "How many people died in the camps?", Total: 3, Count: 3, LastAsked: "2024-06-03T10:00:00.000Z", Surfaces: []string{"slack"}},
		{Key: "camp-die-peopl-xinjiang", Question: "How many people died in the Xinjiang camps?", Total: 1, Count: 1, LastAsked: "2024-06-04T10:00:00.000Z", Surfaces: []string{"http", "slack"}},
		{Key: "camp-live-peopl", Question: "How many people live in the camps?", Total: 2, Count: 2, LastAsked: "2024-06-01T10:00:00.000Z", Surfaces: []string{"discord"}},
		// Near the second key but not the leader's: it does not chain on.
		{Key: "camp-die-peopl-uyghur-xinjiang", Question: "How many Uyghur people died in the Xinjiang camps?", Total: 1, Count: 1, LastAsked: "2024-06-02T10:00:00.000Z", Surfaces: []string{"cli"}},
		// Asked before the period only: it leads its group, and the group is left out.
		{Key: "budget-transit", Question: "What is the transit budget?", Total: 5, Count: 0, LastAsked: "2024-05-01T10:00:00.000Z", Surfaces: nil},
	}
	groups := gap.Group(ws)
	var keys []string
	for _, g := range groups {
		keys = append(keys, g.Key)
	}
	if want := []string{"camp-die-peopl", "camp-live-peopl", "camp-die-peopl-uyghur-xinjiang"}; !slices.Equal(keys, want) {
		t.Fatalf("groups %v, want %v", keys, want)
	}
	g := groups[0]
	if g.Count != 4 || g.Question != "How many people died in the camps?" || g.LastAsked != "2024-06-04T10:00:00.000Z" {
		t.Errorf("first group: count %d, question %q, last asked %s; want 4, the leader's question, the latest", g.Count, g.Question, g.LastAsked)
	}
	if !slices.Equal(g.Surfaces, []string{"http", "slack"}) || !slices.Equal(g.Keys, []string{"camp-die-peopl", "camp-die-peopl-xinjiang"}) {
		t.Errorf("first group: surfaces %v, keys %v", g.Surfaces, g.Keys)
	}
	if !slices.Equal(g.Wordings, []string{"How many people died in the Xinjiang camps?"}) {
		t.Errorf("first group: wordings %v", g.Wordings)
	}
	if g.Nearest == nil || g.DismissedAt != "" {
		t.Errorf("first group: nearest %v (want [] for JSON), dismissed %q", g.Nearest, g.DismissedAt)
	}
}

// TestGroup_StableKeys: the leader is the most asked in all, not in the period,
// so a group keeps its key whatever period is listed.
func TestGroup_StableKeys(t *testing.T) {
	ws := []gap.Wording{
		{Key: "camp-die-peopl", Question: "a", Total: 9, Count: 1, LastAsked: "2024-06-01T00:00:00.000Z"},
		{Key: "camp-die-peopl-xinjiang", Question: "b", Total: 2, Count: 2, LastAsked: "2024-06-02T00:00:00.000Z"},
	}
	if g := gap.Group(ws); len(g) != 1 || g[0].Key != "camp-die-peopl" || g[0].Count != 3 {
		t.Errorf("groups %+v, want one keyed camp-die-peopl counting 3", g)
	}
}

func TestGroup_Dismissed(t *testing.T) {
	ws := []gap.Wording{
		{Key: "camp-die-peopl", Total: 2, Count: 2, LastAsked: "2024-06-01T00:00:00.000Z", DismissedAt: "2024-06-02T00:00:00.000Z"},
		{Key: "camp-die-peopl-xinjiang", Total: 1, Count: 1, LastAsked: "2024-06-01T00:00:00.000Z", DismissedAt: "2024-06-02T00:00:00.000Z"},
	}
	if g := gap.Group(ws); len(g) != 1 || g[0].DismissedAt != "2024-06-02T00:00:00.000Z" {
		t.Errorf("every wording dismissed: %+v, want dismissed", g)
	}
	ws[1].LastAsked = "2024-06-03T00:00:00.000Z" // asked again since
	if g := gap.Group(ws); len(g) != 1 || g[0].DismissedAt != "" {
		t.Errorf("a wording asked since: %+v, want open", g)
	}
}
