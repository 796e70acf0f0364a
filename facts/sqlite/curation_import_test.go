package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"github.com/factdesk/factdesk/facts"
)

// widgetStory writes a story of n facts, each naming its version, so a reader can
// tell which version of the story a fact comes from.
func widgetStory(version string, n int) string {
	var b strings.Builder
	b.WriteString(`story:
  id: widgets
  title: The widget plants report
  date: 2024-05-01
sources:
  - id: report
    title: Widget plants report
    publisher: Widget Board
entities:
  - id: widget-board
    name: Widget Board
    kind: organization
facts:
`)
	for i := range n {
		fmt.Fprintf(&b, "  - id: plant-%d\n    statement: Plant %d of the %s series made %d widgets last year.\n    subject: widget-board\n    value: %d\n    unit: widgets\n    source: report\n",
			i, i, version, 1000+i, 1000+i)
	}
	return b.String()
}

// TestKB_Import_BadFactAtEndChangesNothing: re-importing a story whose last fact is
// wrong changes nothing at all, and the error names that fact's line.
func TestKB_Import_BadFactAtEndChangesNothing(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, writeFile(t, "widgets.yaml", widgetStory("alpha", 5)))
	want := exported(t, kb)
	histBefore, _ := kb.History(ctx, "widgets")

	bad := widgetStory("beta", 8) + "  - id: plant-extra\n    statement: One more.\n    source: report\n    speaker: nobody\n"
	path := writeFile(t, "widgets.yaml", bad)
	badLine := strings.Count(bad, "\n") // the speaker line is the last one
	_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{})
	var verr *facts.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("err = %v, want a validation error", err)
	}
	if p := verr.Problems[0]; p.File != path || p.Line != badLine || p.Field != "facts.speaker" {
		t.Errorf("problem = %s, want %s:%d: facts.speaker", p, path, badLine)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("%s:%d:", path, badLine)) {
		t.Errorf("error %q does not name the file and line", err)
	}
	if got := exported(t, kb); !reflect.DeepEqual(got, want) {
		t.Errorf("a rejected file changed the knowledge base")
	}
	if hist, _ := kb.History(ctx, "widgets"); len(hist) != len(histBefore) {
		t.Errorf("a rejected file wrote history: %d entries, had %d", len(hist), len(histBefore))
	}
}

// TestKB_Import_ReadersSeeWholeStories: questions and listings running while a
// story is re-imported see the old story or the new one, never a mix.
func TestKB_Import_ReadersSeeWholeStories(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	const oldN, newN = 1500, 2000
	sqlitetest.Import(t, kb, writeFile(t, "widgets.yaml", widgetStory("alpha", oldN)))
	newStory := widgetStory("beta", newN)

	var importing atomic.Bool
	var during atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	reader := func(read func() error) {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			began := importing.Load()
			if err := read(); err != nil {
				t.Error(err)
				return
			}
			if began && importing.Load() {
				during.Add(1)
			}
		}
	}
	wg.Add(2)
	go reader(func() error {
		stories, err := kb.Stories(ctx)
		if err != nil {
			return err
		}
		if n := stories[0].Facts; n != oldN && n != newN {
			return fmt.Errorf("a reader saw %d facts, neither the old %d nor the new %d", n, oldN, newN)
		}
		return nil
	})
	go reader(func() error {
		ans, err := kb.Ask(ctx, "How many widgets did plant 7 make last year?", facts.AskOptions{})
		if err != nil {
			return err
		}
		var alpha, beta int
		for _, f := range ans.Facts {
			alpha += strings.Count(f.Statement, "alpha")
			beta += strings.Count(f.Statement, "beta")
		}
		if alpha > 0 && beta > 0 {
			return fmt.Errorf("an answer mixed the old and new story: %+v", ans.Facts)
		}
		return nil
	})

	importing.Store(true)
	_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{writeFile(t, "widgets.yaml", newStory)}, sqlite.ImportOptions{})
	importing.Store(false)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if during.Load() == 0 {
		t.Error("no read ran while the import did; the test proved nothing")
	}
	t.Logf("%d reads during the import", during.Load())
	if stories, _ := kb.Stories(ctx); stories[0].Facts != newN {
		t.Errorf("after the import: %d facts, want %d", stories[0].Facts, newN)
	}
	if ans := mustAsk(t, kb, "How many widgets did plant 7 make last year?"); !ans.Found || !strings.Contains(ans.Answer, "beta") {
		t.Errorf("after the import: %q, want the new story's answer", ans.Answer)
	}
}
