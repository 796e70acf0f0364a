package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func mustDraft(t *testing.T, article string, opt sqlite.DraftOptions) *facts.StoryFile {
	t.Helper()
	sf, err := sqlite.DraftStory(article, opt)
	if err != nil {
		t.Fatalf("draft: %v", err)
	}
	return sf
}

// TestDraftStory_Wire: a wire story of our own gives its quotes with the right
// speakers (named before, after, by surname, or by "he said" in the same
// paragraph), its counted numbers, and its people with their titles; the file
// imports cleanly, every fact pending.
func TestDraftStory_Wire(t *testing.T) {
	raw, err := os.ReadFile("../testdata/wire-harbor-bridge.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := string(raw)
	sf := mustDraft(t, article, sqlite.DraftOptions{Story: "harbor-bridge-2024", Date: "2024-06-04"})

	if sf.Story.Title != "Harbor City shuts Old Mill Bridge after inspectors find cracked beams" || sf.Sources[0].Publisher != "Coastline Wire" {
		t.Errorf("story = %+v, source = %+v; want the headline and the dateline's agency", sf.Story, sf.Sources[0])
	}
	quotes := map[string]string{}
	numbers := map[string]float64{}
	for _, f := range sf.Facts {
		if f.Status != facts.StatusPending {
			t.Errorf("%s is %s, want pending", f.ID, f.Status)
		}
		if f.Quote != "" {
			quotes[f.Quote] = f.Speaker
			if !strings.Contains(strings.Join(strings.Fields(article), " "), f.Quote) || !strings.Contains(f.Statement, f.Quote) {
				t.Errorf("quote %q is not verbatim from the article and its sentence", f.Quote)
			}
		}
		if f.Value != nil {
			numbers[f.Unit] = *f.Value
			if strings.Contains(f.Statement, "HARBOR CITY") {
				t.Errorf("statement keeps the dateline: %q", f.Statement)
			}
		}
	}
	wantQuotes := map[string]string{
		"We will not reopen a bridge that we cannot stand behind":           "rosa-delgado",  // said Mayor Rosa Delgado
		"Some of these cracks are twice as long as they were two years ago": "lena-park",     // Park told reporters
		"Harbor City should not have to carry this alone":                   "omar-haddad",   // Haddad said
		"We lost half our lunch crowd in a single day":                      "marco-bianchi", // said Marco Bianchi, who ...
		"Nobody should panic":                              "rosa-delgado", // Delgado said
		"Every other bridge in this city is safe to cross": "rosa-delgado", // the same speaker, next sentence
	}
	if !reflect.DeepEqual(quotes, wantQuotes) {
		t.Errorf("quotes = %v\nwant %v", quotes, wantQuotes)
	}
	wantNumbers := map[string]float64{"beams": 14, "commuters": 22000, "dollars": 3.5e6, "months": 8, "percent": 40, "lanes": 4, "bridges": 31}
	if !reflect.DeepEqual(numbers, wantNumbers) {
		t.Errorf("numbers = %v\nwant %v", numbers, wantNumbers)
	}
	titles := map[string]string{}
	for _, e := range sf.Entities {
		titles[e.ID] = e.Title
	}
	wantTitles := map[string]string{"rosa-delgado": "mayor", "omar-haddad": "State Transportation Secretary", "lena-park": "the city's chief engineer", "marco-bianchi": ""}
	if !reflect.DeepEqual(titles, wantTitles) {
		t.Errorf("entities = %v\nwant %v", titles, wantTitles)
	}

	// The file imports cleanly; its facts wait for review.
	data, err := sqlite.EncodeStoryFile(sf)
	if err != nil {
		t.Fatal(err)
	}
	kb := MustOpenDB(t)
	sum := MustImport(t, kb, writeFile(t, "draft.yaml", string(data)))
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

// TestDraftStory_KnownPeople: people the knowledge base knows are referred to by
// their ids and written unchanged, so importing a draft never rewrites them.
func TestDraftStory_KnownPeople(t *testing.T) {
	ctx := context.Background()
	kb := MustOpenDB(t)
	known, err := kb.KnownEntities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	article := "China rejects new criticism\n\n\"The days of bullying are over,\" Zhang Jun told the committee on Thursday. He said 62 countries stood with China.\n"
	sf := mustDraft(t, article, sqlite.DraftOptions{Story: "zhang-reply", Date: "2021-10-22", Entities: known})
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
	data, _ := sqlite.EncodeStoryFile(sf)
	MustImport(t, kb, writeFile(t, "draft.yaml", string(data)))
	if after, _ := kb.History(ctx, "entity:zhang-jun"); len(after) != len(before) {
		t.Errorf("importing the draft changed zhang-jun: %+v", after[len(after)-1])
	}
}

func TestDraftStory_Errors(t *testing.T) {
	for name, tc := range map[string]struct {
		article string
		opt     sqlite.DraftOptions
	}{
		"BadStoryID": {"Text.", sqlite.DraftOptions{Story: "Bad Story"}},
		"BadDate":    {"Text.", sqlite.DraftOptions{Story: "s", Date: "June 4"}},
		"Empty":      {"  \n\n ", sqlite.DraftOptions{Story: "s"}},
		"Binary":     {"a\x00b", sqlite.DraftOptions{Story: "s"}},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := sqlite.DraftStory(tc.article, tc.opt); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
		})
	}
}

// TestDraftStory_NoGuessedPeople: an institution after a role-like word is no
// person, and a phrase in scare quotes inside another sentence gets no speaker.
func TestDraftStory_NoGuessedPeople(t *testing.T) {
	article := "Council approves plan\n\n" +
		"Mayor Rosa Delgado said the plan would pass. \"We have the votes and we will use them,\" Delgado said. " +
		"Critics have called the plan a \"giveaway to developers\" in recent weeks.\n\n" +
		"The group criticizes China annually in the U.N. General Assembly\u2019s human rights committee.\n"
	sf := mustDraft(t, article, sqlite.DraftOptions{Story: "plan"})
	for _, e := range sf.Entities {
		if strings.Contains(e.Name, "Assembly") {
			t.Errorf("made a person of %q (title %q)", e.Name, e.Title)
		}
	}
	for _, f := range sf.Facts {
		if strings.Contains(f.Quote, "giveaway") && f.Speaker != "" {
			t.Errorf("scare quote credited to %s", f.Speaker)
		}
		if strings.Contains(f.Quote, "We have the votes") && f.Speaker == "" {
			t.Errorf("attributed quote lost its speaker")
		}
	}
}
