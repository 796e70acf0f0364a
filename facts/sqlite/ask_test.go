package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestKB_Ask_TestStory asks about a story of our own, unrelated to the bundled
// one, so the answers show general mechanisms rather than tuning to one story.
func TestKB_Ask_TestStory(t *testing.T) {
	kb := MustOpenDB(t)
	MustImport(t, kb, "../testdata/riverton-transit.yaml")
	lexiconOnly := MustOpenEmpty(t) // same story, no bundled story: nothing to lean on
	files := bundled.Files()
	for _, f := range files {
		if strings.HasSuffix(f.Name, "lexicon.yaml") {
			if _, err := lexiconOnly.Import(context.Background(), facts.Actor{Name: "test"}, f); err != nil {
				t.Fatal(err)
			}
		}
	}
	MustImport(t, lexiconOnly, "../testdata/riverton-transit.yaml")

	tests := []struct {
		question string
		want     []string // every one must be in the answer
		factID   string   // the first fact cited
	}{
		{"How many bus routes does the budget add?", []string{"12"}, "riverton-transit-2024/new-routes"},
		{"Who voted against the budget?", []string{"Becker"}, "riverton-transit-2024/becker-opposed"},
		{"What did the mayor say?", []string{"where people live"}, "riverton-transit-2024/ortiz-quote"},
		{"Who is Ana Ortiz?", []string{"mayor of Riverton"}, ""},
		{"When did Ortiz propose the plan?", []string{"September 2023"}, "riverton-transit-2024/first-proposed"},
		{"How much is the fare?", []string{"2.50"}, "riverton-transit-2024/fare-unchanged"},
		{"How many drivers will be hired?", []string{"85"}, "riverton-transit-2024/drivers-hired"},
		{"Who backed the budget?", []string{"union"}, "riverton-transit-2024/union-backed"},
		{"how many drivers will the RTA hire", []string{"85"}, "riverton-transit-2024/drivers-hired"},
		{"Who voted againts the budjet?", []string{"Becker"}, "riverton-transit-2024/becker-opposed"}, // typos
	}
	for _, kb := range []*sqlite.KB{kb, lexiconOnly} {
		for _, tt := range tests {
			t.Run(tt.question, func(t *testing.T) {
				ans, err := kb.Ask(context.Background(), tt.question, facts.AskOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if !ans.Found {
					t.Fatalf("not found: %q", ans.Answer)
				}
				for _, w := range tt.want {
					if !strings.Contains(ans.Answer, w) {
						t.Errorf("answer %q lacks %q", ans.Answer, w)
					}
				}
				if tt.factID != "" && ans.Facts[0].ID != tt.factID {
					t.Errorf("first fact = %s, want %s", ans.Facts[0].ID, tt.factID)
				}
				for _, f := range ans.Facts {
					if f.Source.Title == "" || f.Source.Publisher == "" {
						t.Errorf("fact %s has no citation: %+v", f.ID, f.Source)
					}
				}
			})
		}
	}
}

func TestKB_Ask_Bundled(t *testing.T) {
	kb := MustOpenDB(t)
	tests := []struct {
		question string
		lead     string   // the answer begins with the fact that answers best
		want     []string // and holds these
	}{
		{"Who signed the statement?", "The joint statement criticizing China over Xinjiang was backed by 43 countries.", nil},
		{"How many countries backed China?", "", []string{"62"}},
		{"Who is Zhang Jun?", "", []string{"ambassador"}},
		{"What did China respond?", "", []string{"62", "Cuban"}},
		{"Who read the statement for the group?", "", []string{"de Riviere"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ans, err := kb.Ask(context.Background(), tt.question, facts.AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !ans.Found {
				t.Fatalf("not found: %q", ans.Answer)
			}
			if !strings.HasPrefix(ans.Answer, tt.lead) {
				t.Errorf("answer %q does not begin with %q", ans.Answer, tt.lead)
			}
			for _, w := range tt.want {
				if !strings.Contains(ans.Answer, w) {
					t.Errorf("answer %q lacks %q", ans.Answer, w)
				}
			}
			if strings.HasPrefix(tt.question, "How many") && len(ans.Facts) != 1 {
				t.Errorf("a how-many answer cites %d facts, want the one with the figure", len(ans.Facts))
			}
		})
	}
}

func TestKB_Ask_NotFound(t *testing.T) {
	kb := MustOpenDB(t)
	MustImport(t, kb, "../testdata/riverton-transit.yaml")
	for _, q := range []string{
		"What did the governor say?",        // nobody of that role in the knowledge base
		"What did Germany say?",             // a name it has never seen
		"What is the capital of Australia?", // nothing of the kind
		"How many people died in the camps?",
		"When did the NBA season start?",
		"What did the U.N. High Commissioner say?", // mentioned, but said nothing
		"How many Uyghurs live in Xinjiang?",
		"Who is the mayor of Springfield?",
	} {
		t.Run(q, func(t *testing.T) {
			ans, err := kb.Ask(context.Background(), q, facts.AskOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Found {
				t.Fatalf("answered %q; want not found", ans.Answer)
			}
			if !strings.Contains(ans.Answer, "not in the knowledge base") {
				t.Errorf("answer %q does not say plainly that it is not held", ans.Answer)
			}
			if len(ans.Facts) != 0 {
				t.Errorf("not-found answer cites facts: %+v", ans.Facts)
			}
		})
	}
}

// TestKB_Ask_OnlyCurrentApprovedFacts: pending and retracted facts never answer,
// and a correction replaces the fact it supersedes.
func TestKB_Ask_OnlyCurrentApprovedFacts(t *testing.T) {
	kb := MustOpenEmpty(t)
	MustImport(t, kb, "../testdata/riverton-transit.yaml")
	ctx := context.Background()

	ans, err := kb.Ask(ctx, "How many riders did Riverton buses carry in 2023?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "2.1 million") {
		t.Fatalf("answer = %q, want the corrected 2.1 million", ans.Answer)
	}
	for _, f := range ans.Facts {
		if f.ID == "riverton-transit-2024/old-ridership" {
			t.Errorf("retracted and superseded fact cited")
		}
	}
	if ans.Facts[0].Corrects != "riverton-transit-2024/old-ridership" {
		t.Errorf("corrects = %q, want the superseded fact's id", ans.Facts[0].Corrects)
	}
	if !strings.Contains(ans.Answer, "correction") {
		t.Errorf("answer %q does not say it is a correction", ans.Answer)
	}

	ans, err = kb.Ask(ctx, "How big is the state grant?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("a pending fact answered: %q", ans.Answer)
	}
}

func TestKB_Ask_StoryFilter(t *testing.T) {
	kb := MustOpenDB(t)
	MustImport(t, kb, "../testdata/riverton-transit.yaml")
	ans, err := kb.Ask(context.Background(), "Who signed the statement?", facts.AskOptions{Story: "riverton-transit-2024"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered from another story: %q", ans.Answer)
	}
}

func TestKB_Ask_BadInput(t *testing.T) {
	kb := MustOpenDB(t)
	ctx := context.Background()
	if _, err := kb.Ask(ctx, "   ", facts.AskOptions{}); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("empty question: err = %v, want invalid", err)
	}
	if _, err := kb.Ask(ctx, strings.Repeat("why ", 200), facts.AskOptions{}); facts.ErrorCode(err) != facts.ETOOLARGE {
		t.Errorf("long question: err = %v, want too large", err)
	}
	// FTS5 syntax, SQL and control characters are plain text.
	for _, q := range []string{`"statement" OR NEAR(x y)`, `'; DROP TABLE facts; --`, "who\x00signed\x1b?", "\xff\xfe who signed", `col:* ^ - + (`} {
		if _, err := kb.Ask(ctx, q, facts.AskOptions{}); err != nil {
			t.Errorf("Ask(%q) = %v, want an answer or not-found", q, err)
		}
	}
	if ans, _ := kb.Ask(ctx, "Who signed the statement?", facts.AskOptions{}); !ans.Found {
		t.Error("knowledge base damaged by hostile questions")
	}
}

// TestKB_Ask_SparseStory asks about a story curated with no keywords and few
// aliases: the lexicon and general mechanisms must carry the questions.
func TestKB_Ask_SparseStory(t *testing.T) {
	kb := MustOpenDB(t)
	MustImport(t, kb, "../testdata/quake-2023.yaml")
	found := []struct{ q, factID string }{
		{"How many people died in the earthquake?", "quake-2023/death-toll"},
		{"How many people were hurt?", "quake-2023/injured"},
		{"What was the magnitude?", "quake-2023/magnitude"},
		{"Where was the epicenter?", "quake-2023/epicenter"},
		{"When did the earthquake strike?", "quake-2023/time"},
		{"What did the king do?", "quake-2023/mourning"},
		{"What did residents say?", "quake-2023/itri-quote"},
		{"How many days of mourning were declared?", "quake-2023/mourning"},
		{"How far was the epicenter from Marrakech?", "quake-2023/epicenter"},
		{"Who is the king of Morocco?", "quake-2023/mourning"}, // by the title on record
	}
	for _, tt := range found {
		ans, err := kb.Ask(context.Background(), tt.q, facts.AskOptions{Story: "quake-2023"})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != tt.factID {
			t.Errorf("%q: found %v, answer %q; want %s first", tt.q, ans.Found, ans.Answer, tt.factID)
		}
	}
	for _, q := range []string{"What did France offer?", "How many buildings collapsed?", "How many rescuers were deployed?", "How many people were killed in Marrakech?"} {
		if ans, _ := kb.Ask(context.Background(), q, facts.AskOptions{Story: "quake-2023"}); ans.Found {
			t.Errorf("%q answered %q; the story does not say", q, ans.Answer)
		}
	}
}

// TestKB_Ask_CacheFollowsChanges: a kept answer is never served once the
// knowledge base has changed, and callers cannot alter what is kept.
func TestKB_Ask_CacheFollowsChanges(t *testing.T) {
	kb := MustOpenEmpty(t)
	ctx := context.Background()
	path := writeFile(t, "story.yaml", validStory)
	MustImport(t, kb, path)
	q := "When will the bridge open?"
	first, err := kb.Ask(ctx, q, facts.AskOptions{})
	if err != nil || !strings.Contains(first.Answer, "May") {
		t.Fatalf("answer = %q, %v", first.Answer, err)
	}
	first.Facts[0].Statement = "tampered"
	again, _ := kb.Ask(ctx, q, facts.AskOptions{})
	if again.Facts[0].Statement == "tampered" {
		t.Fatal("a caller changed the kept answer")
	}
	MustImport(t, kb, writeFile(t, "story.yaml", strings.ReplaceAll(strings.Replace(validStory, "open in May", "open in June", 1), "date: 2024-05", "date: 2024-06")))
	after, _ := kb.Ask(ctx, q, facts.AskOptions{})
	if !strings.Contains(after.Answer, "June") {
		t.Errorf("after the change: %q, want June", after.Answer)
	}
}

// TestKB_Ask_Concurrent: questions asked at once, sharing the caches, get the
// same answers as asked one by one.
func TestKB_Ask_Concurrent(t *testing.T) {
	kb := MustOpenDB(t)
	MustImport(t, kb, "../testdata/riverton-transit.yaml")
	ctx := context.Background()
	questions := []string{"Who signed the statement?", "How many countries backed China?", "Who voted against the budget?",
		"What did the mayor say?", "What did Russia say?", "Who is Zhang Jun?", "How much is the fare?", "What did China respond?"}
	want := map[string]string{}
	for _, q := range questions {
		a, err := kb.Ask(ctx, q, facts.AskOptions{Fresh: true})
		if err != nil {
			t.Fatal(err)
		}
		want[q] = a.Answer
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				q := questions[(g+i)%len(questions)]
				a, err := kb.Ask(ctx, q, facts.AskOptions{Fresh: i%2 == 0})
				if err != nil || a.Answer != want[q] {
					errs <- fmt.Sprintf("%q: %q, %v; want %q", q, a.Answer, err, want[q])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
