package sqlite_test

import (
	"slices"

	"github.com/factdesk/factdesk/facts/answer"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestKB_Ask_OnlyCurrentApprovedFacts: pending and retracted facts never answer,
// and a correction replaces the fact it supersedes.
func TestKB_Ask_OnlyCurrentApprovedFacts(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
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

func TestKB_Ask_BadInput(t *testing.T) {
	kb := sqlitetest.Open(t)
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

// TestKB_Ask_CacheFollowsChanges: a kept answer is never served once the
// knowledge base has changed, and callers cannot alter what is kept.
func TestKB_Ask_CacheFollowsChanges(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	ctx := context.Background()
	path := writeFile(t, "story.yaml", validStory)
	sqlitetest.Import(t, kb, path)
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
	sqlitetest.Import(t, kb, writeFile(t, "story.yaml", strings.ReplaceAll(strings.Replace(validStory, "open in May", "open in June", 1), "date: 2024-05", "date: 2024-06")))
	after, _ := kb.Ask(ctx, q, facts.AskOptions{})
	if !strings.Contains(after.Answer, "June") {
		t.Errorf("after the change: %q, want June", after.Answer)
	}
}

// TestKB_Ask_Concurrent: questions asked at once, sharing the caches, get the
// same answers as asked one by one.
func TestKB_Ask_Concurrent(t *testing.T) {
	kb := sqlitetest.Open(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
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

// TestKB_Ask_SameAsMemory: answers over SQLite are the answers the engine gives
// over the same stories held in memory: the knowledge base's retrieval brings
// the facts ranking needs. (Only the day a correction was recorded, which the
// history holds, may differ.)
func TestKB_Ask_SameAsMemory(t *testing.T) {
	paths := []string{"../testdata/riverton-transit.yaml", "../testdata/quake-2023.yaml", "../testdata/drafts/northwind-strike-2023.yaml", "../testdata/drafts/acme-layoffs-2024.yaml"}
	kb := sqlitetest.Open(t, paths...)
	ix, mem := indextest.Bundled(t, paths...)
	ctx := context.Background()
	for _, q := range []string{
		"Who signed the statement?", "How many countries backed China?", "Who is Zhang Jun?", "What did China respond?",
		"Who read the statement for the group?", "When did Europe suspend the investment pact?", "What did Russia say?",
		"How many Uyghurs live in Xinjiang?", "Did Turkey sign?", "Why is the NBA mentioned?", "Who said the days of bullying are long gone?",
		"How many bus routes does the budget add?", "Who voted against the budget?", "What did the mayor say?", "Who is Ana Ortiz?",
		"When did Ortiz propose the plan?", "How much is the fare?", "How many riders did Riverton buses carry in 2023?",
		"How big is the state grant?", "Who voted againts the budjet?", "How many people died in the earthquake?",
		"Where was the epicenter?", "Who is the king of Morocco?", "What did residents say?", "How many buildings collapsed?",
		"How much will the flood wall cost?", "Who went on strike?", "How many jobs will be cut?", "What was the sentence?",
		"What did the governor say?", "What is the capital of Australia?", "What did Germany say?",
	} {
		got, err := kb.Ask(ctx, q, facts.AskOptions{})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		want, err := answer.Ask(ctx, ix, mem, q, facts.AskOptions{})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		lead := func(a facts.Answer) string { s, _, _ := strings.Cut(a.Answer, " (This is a correction"); return s }
		ids := func(a facts.Answer) []string {
			var out []string
			for _, f := range a.Facts {
				out = append(out, f.ID)
			}
			return out
		}
		if got.Found != want.Found || lead(got) != lead(want) || !slices.Equal(ids(got), ids(want)) || !slices.Equal(got.Suggestions, want.Suggestions) {
			t.Errorf("%q:\nover SQLite %v %q %v %q\nin memory  %v %q %v %q", q, got.Found, got.Answer, ids(got), got.Suggestions, want.Found, want.Answer, ids(want), want.Suggestions)
		}
	}
}
