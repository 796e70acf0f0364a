package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestKB_Flag_KeepsCaches: a flag, and a review that only closes flags,
// change nothing an answer is made of (issue 16: anyone may flag, and each
// flag used to rebuild the read model and empty the caches): the generation,
// the read model and the cached answer survive them, the answer stays right,
// and what shows flags shows each at once. A retraction still moves the
// generation, and the answer changes with it.
func TestKB_Flag_KeepsCaches(t *testing.T) {
	ctx := context.Background()
	kb, err := OpenOrSeed(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	const question = "How many countries signed the statement?"
	ask := func() facts.Answer {
		t.Helper()
		ans, err := kb.Ask(ctx, question, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	first := ask()
	if !first.Found || len(first.Facts) == 0 {
		t.Fatalf("%q not answered: %+v", question, first)
	}
	id := first.Facts[0].ID
	gen, err := kb.generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	model, err := kb.index(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kept := func(after string) {
		t.Helper()
		if g, err := kb.generation(ctx); err != nil || g != gen {
			t.Errorf("after %s: generation %d -> %d (%v), want unchanged", after, gen, g, err)
		}
		if ix, err := kb.index(ctx); err != nil || ix != model {
			t.Errorf("after %s: the read model was rebuilt (%v)", after, err)
		}
		if _, ok := kb.answers.get(gen, cacheKey(question, facts.AskOptions{})); !ok {
			t.Errorf("after %s: the cached answer was dropped", after)
		}
		if again := ask(); again.Answer != first.Answer || !again.Found {
			t.Errorf("after %s: answer %q, want %q", after, again.Answer, first.Answer)
		}
	}

	reporter := facts.Actor{Name: "slack:U-REPORTER", Surface: "slack"}
	if _, err := kb.Flag(ctx, reporter, id, "The source says 44."); err != nil {
		t.Fatal(err)
	}
	kept("a flag")
	if st, err := kb.Status(ctx, id); err != nil || len(st.OpenFlags) != 1 || st.OpenFlags[0].Note != "The source says 44." {
		t.Errorf("after a flag: open flags %+v (%v), want the new one", st.OpenFlags, err)
	}

	editor := facts.Actor{Name: "slack:U-EDITOR", Surface: "slack"}
	if _, err := kb.Approve(ctx, editor, id); err != nil {
		t.Fatal(err)
	}
	kept("a review closing the flags")
	if st, err := kb.Status(ctx, id); err != nil || len(st.OpenFlags) != 0 {
		t.Errorf("after the review: open flags %+v (%v), want none", st.OpenFlags, err)
	}

	if _, err := kb.Retract(ctx, editor, id, "The agency withdrew the figure."); err != nil {
		t.Fatal(err)
	}
	if g, err := kb.generation(ctx); err != nil || g == gen {
		t.Errorf("after a retraction: generation %d -> %d (%v), want it moved", gen, g, err)
	}
	if after := ask(); after.Found && len(after.Facts) > 0 && after.Facts[0].ID == id {
		t.Errorf("after the retraction, %s still answers: %q", id, after.Answer)
	}
}
