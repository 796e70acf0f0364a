package index_test

import (
	"context"
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

func TestNames_Find(t *testing.T) {
	n := index.NewNames()
	n.Add(facts.Entity{ID: "un", Name: "United Nations", Kind: "organization", Aliases: []string{"U.N.", "UN"}})
	n.Add(facts.Entity{ID: "high-commissioner", Name: "the U.N. High Commissioner", Kind: "person"})
	n.Add(facts.Entity{ID: "united-states", Name: "United States", Kind: "country", Aliases: []string{"US", "U.S."}})
	n.Add(facts.Entity{ID: "ft", Name: "Financial Times", Kind: "organization"})
	n.Add(facts.Entity{ID: "france", Name: "France", Kind: "country", Aliases: []string{"Paris"}})
	n.Add(facts.Entity{ID: "cop21", Name: "the Paris climate conference", Kind: "event"})
	tests := []struct {
		text string
		want [][]string
	}{
		{"What did the U.N. High Commissioner say?", [][]string{{"high-commissioner"}}}, // the longer name wins
		{"The UN and the U.S. met.", [][]string{{"un"}, {"united-states"}}},
		{"Tell us about it.", nil},                                            // "us" in lower case is a word, not a country
		{"What did the FT report?", [][]string{{"ft"}}},                       // an acronym made from the name
		{"What did the ft report?", nil},                                      // in lower case, no acronym
		{"Who spoke at the Paris climate conference?", [][]string{{"cop21"}}}, // not France
		{"What did Paris say?", [][]string{{"france"}}},
	}
	for _, tt := range tests {
		var got [][]string
		for _, m := range n.Find(text.Tokenize(tt.text)) {
			got = append(got, m.IDs)
		}
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// Changing an entity drops the names it no longer has.
	n.Add(facts.Entity{ID: "united-states", Name: "United States", Kind: "country", Aliases: []string{"USA"}})
	if got := n.Named("us"); len(got) != 0 {
		t.Errorf(`"us" still names %v after the alias was removed`, got)
	}
}

func TestMemory(t *testing.T) {
	two := 2.0
	sf := &facts.StoryFile{
		Story:    facts.Story{ID: "s", Title: "T", Date: "2024-01-02"},
		Sources:  []facts.Source{{ID: "w", Title: "Wire"}},
		Entities: []facts.Entity{{ID: "acme", Name: "Acme", Kind: "organization"}},
		Facts: []facts.Fact{
			{ID: "old", Statement: "Acme cut 3 jobs.", Source: "w", Status: facts.StatusRetracted},
			{ID: "new", Statement: "Acme cut 2 jobs in its bakery.", Value: &two, Unit: "jobs", Source: "w", Supersedes: "old"},
			{ID: "plan", Statement: "Acme plans a new bakery.", Source: "w", Status: facts.StatusPending},
		},
	}
	ix, mem := index.FromStories([]*facts.StoryFile{sf})
	ctx := context.Background()
	if ix.Facts() != 1 || ix.SupersededBy("s/old") != "s/new" || ix.StoryDate("s") != "2024-01-02" || ix.DF(text.Stem("bakery")) != 1 { // approved facts only
		t.Errorf("index: facts %d, s/old superseded by %q, story date %q, df(bakery) %d", ix.Facts(), ix.SupersededBy("s/old"), ix.StoryDate("s"), ix.DF(text.Stem("bakery")))
	}
	about, _ := mem.AboutEntities(ctx, index.EntityQuery{IDs: []string{"acme"}, Limit: 10})
	if !slices.Equal(about, []int64{3, 2, 1}) {
		t.Errorf("facts about acme = %v, want newest first", about)
	}
	any, _ := mem.Match(ctx, index.TextQuery{Groups: [][]string{{text.Stem("bakery")}, {text.Stem("jobs")}}, Limit: 10})
	if len(any) != 3 || any[0] != 2 {
		t.Errorf("any match = %v, want all three, the fact holding both words first", any)
	}
	all, _ := mem.Match(ctx, index.TextQuery{Groups: [][]string{{text.Stem("bakery")}, {text.Stem("jobs")}}, All: true, Limit: 10})
	if !slices.Equal(all, []int64{2}) {
		t.Errorf("all match = %v, want the one fact holding both", all)
	}
	docs, _ := mem.Docs(ctx, []int64{1, 2, 3})
	if len(docs) != 1 || docs[0].ID != "new" || docs[0].Cite.Title != "Wire" || docs[0].Roles["acme"] != "mention" {
		t.Errorf("docs = %+v, want only the approved fact, cited, with its entity", docs)
	}
}
