package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// rivertonGrant is the Riverton story's pending fact.
const rivertonGrant = riverton + "/pending-grant"

// rivertonKB is a knowledge base with the Riverton story imported from a file
// of its own, and the file's path.
func rivertonFileKB(t *testing.T) (*sqlite.KB, string) {
	t.Helper()
	data, err := os.ReadFile("../testdata/riverton-transit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "riverton.yaml", string(data))
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, path)
	return kb, path
}

// exportStory exports one story and returns its file's path.
func exportStory(t *testing.T, kb *sqlite.KB, story string) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := kb.Export(context.Background(), dir, sqlite.ExportOptions{Story: story}); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, story+".yaml")
}

// editFile replaces old with new in the file at path, which must hold old.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dropFact removes a fact's entry from a story file.
func dropFact(t *testing.T, path, id string) {
	t.Helper()
	data, _ := os.ReadFile(path)
	s := string(data)
	start := strings.Index(s, "  - id: "+id+"\n")
	if start < 0 {
		t.Fatalf("%s has no fact %s", path, id)
	}
	end := strings.Index(s[start+1:], "\n  - id: ")
	if end < 0 {
		end = len(s) - 1
	} else {
		end += start + 2
	}
	if err := os.WriteFile(path, []byte(s[:start]+s[end:]), 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot is what the knowledge base holds, read without exporting (an
// export would become the stories' base).
func snapshot(t *testing.T, kb *sqlite.KB) string {
	t.Helper()
	ctx := context.Background()
	stories, err := kb.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range stories {
		sf, err := kb.StoryFile(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(sf)
		b.Write(js)
	}
	return b.String()
}

func mustFact(t *testing.T, kb *sqlite.KB, id string) facts.FactRecord {
	t.Helper()
	f, err := kb.Fact(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func importErr(kb *sqlite.KB, opt sqlite.ImportOptions, paths ...string) (facts.ImportSummary, error) {
	return kb.ImportPaths(context.Background(), facts.Actor{Name: "test"}, paths, opt)
}

// TestKB_Reimport_ThreeWay: re-importing a story merges three versions: its
// file as last imported or exported, the file now, and the knowledge base now.
// What changed on one side only is kept; what changed on both is refused.
func TestKB_Reimport_ThreeWay(t *testing.T) {
	ctx := context.Background()
	editor := facts.Actor{Name: "editor"}
	grant := "The state is expected to add a $10 million grant to the plan."

	t.Run("AddedFactSurvives", func(t *testing.T) {
		kb, path := rivertonFileKB(t)
		in := facts.ImportInput{Name: "stdin", Data: []byte("id: night-buses\nstatement: The plan adds night buses.\nsource: gazette\n")}
		if _, err := kb.AddFact(ctx, editor, in, sqlite.AddOptions{Story: riverton}); err != nil {
			t.Fatal(err)
		}
		sum := sqlitetest.Import(t, kb, path) // the same, older, file
		if f, err := kb.Fact(ctx, riverton+"/night-buses"); err != nil || f.Status != facts.StatusPending {
			t.Errorf("the fact added since: %+v, %v; want it kept, pending", f, err)
		}
		if sum.Removed != 0 || sum.Kept != 1 {
			t.Errorf("summary %+v; want nothing removed, one fact kept", sum)
		}
	})

	t.Run("KeptFactNeedsItsSource", func(t *testing.T) {
		kb, path := rivertonFileKB(t)
		editFile(t, path, "entities:\n", "  - id: radio\n    title: Transit plan on the radio\nentities:\n")
		sqlitetest.Import(t, kb, path)
		in := facts.ImportInput{Name: "stdin", Data: []byte("id: on-air\nstatement: The mayor defended the plan on the radio.\nsource: radio\n")}
		if _, err := kb.AddFact(ctx, editor, in, sqlite.AddOptions{Story: riverton}); err != nil {
			t.Fatal(err)
		}
		editFile(t, path, "  - id: radio\n    title: Transit plan on the radio\n", "")
		_, err := importErr(kb, sqlite.ImportOptions{}, path)
		if err == nil || !strings.Contains(err.Error(), `: sources: `+riverton+`/on-air, kept as the knowledge base has it, cites source "radio", which the file no longer lists`) {
			t.Errorf("err = %v; want the kept fact's missing source named", err)
		}
	})

	t.Run("ApprovalAndEditSurvive", func(t *testing.T) {
		kb, path := rivertonFileKB(t)
		edited := "The state will add a $12 million grant to the plan."
		if _, err := kb.EditFact(ctx, editor, rivertonGrant, facts.FactEdit{Statement: &edited}); err != nil {
			t.Fatal(err)
		}
		if _, err := kb.Approve(ctx, editor, rivertonGrant); err != nil {
			t.Fatal(err)
		}
		sqlitetest.Import(t, kb, path)
		if f := mustFact(t, kb, rivertonGrant); f.Status != facts.StatusApproved || f.Statement != edited {
			t.Errorf("after re-importing the older file: [%s] %q; want the editor's approved edit", f.Status, f.Statement)
		}
	})

	t.Run("FileEditsApplyBesideKnowledgeBaseEdits", func(t *testing.T) {
		kb, _ := rivertonFileKB(t)
		file := exportStory(t, kb, riverton)
		if _, err := kb.Approve(ctx, editor, rivertonGrant); err != nil {
			t.Fatal(err)
		}
		editFile(t, file, "hire 85 new bus drivers", "hire 58 new bus drivers")
		sum := sqlitetest.Import(t, kb, file)
		if f := mustFact(t, kb, riverton+"/drivers-hired"); !strings.Contains(f.Statement, "58") {
			t.Errorf("the file's edit was not applied: %q", f.Statement)
		}
		if f := mustFact(t, kb, rivertonGrant); f.Status != facts.StatusApproved {
			t.Errorf("the approval since the export was undone: %s", f.Status)
		}
		if sum.Updated != 1 {
			t.Errorf("summary %+v; want one fact updated", sum)
		}
	})

	t.Run("DroppedFromFile", func(t *testing.T) {
		kb, _ := rivertonFileKB(t)
		file := exportStory(t, kb, riverton)
		// Unchanged in the knowledge base: removed.
		dropFact(t, file, "new-routes")
		if sum := sqlitetest.Import(t, kb, file); sum.Removed != 1 {
			t.Errorf("summary %+v; want new-routes removed", sum)
		}
		if _, err := kb.Fact(ctx, riverton+"/new-routes"); facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("new-routes: %v; want it removed", err)
		}
		// Retracted in the knowledge base since: a conflict, and nothing changes.
		file = exportStory(t, kb, riverton)
		if _, err := kb.Retract(ctx, editor, riverton+"/ridership", "The authority revised it."); err != nil {
			t.Fatal(err)
		}
		dropFact(t, file, "ridership")
		before := snapshot(t, kb)
		_, err := importErr(kb, sqlite.ImportOptions{}, file)
		var verr *facts.ValidationError
		if !errors.As(err, &verr) || len(verr.Problems) != 1 || !strings.Contains(verr.Problems[0].What, "ridership was removed from the file but changed in the knowledge base") ||
			!strings.Contains(verr.Problems[0].What, "The authority revised it.") {
			t.Fatalf("err = %v; want the removal refused, saying what the knowledge base has", err)
		}
		if after := snapshot(t, kb); after != before {
			t.Error("a refused import changed the knowledge base")
		}
	})

	t.Run("Conflict", func(t *testing.T) {
		kb, _ := rivertonFileKB(t)
		file := exportStory(t, kb, riverton)
		if _, err := kb.Approve(ctx, editor, rivertonGrant); err != nil {
			t.Fatal(err)
		}
		editFile(t, file, "expected to add a $10 million grant", "expected to add a $12 million grant")
		before := snapshot(t, kb)
		_, err := importErr(kb, sqlite.ImportOptions{}, file)
		want := []string{
			file + ":", ": facts.statement: " + rivertonGrant + " changed both in the file and in the knowledge base",
			`the file has "The state is expected to add a $12 million grant to the plan.", the knowledge base "` + grant + `"`,
			`: facts.status: ` + rivertonGrant, `the file has "pending", the knowledge base "approved"`, "--theirs", "--ours",
		}
		for _, w := range want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("err = %v; want it to say %q", err, w)
			}
		}
		if after := snapshot(t, kb); after != before {
			t.Error("a refused import changed the knowledge base")
		}
		if sum, err := importErr(kb, sqlite.ImportOptions{Resolve: sqlite.KeepOurs}, file); err != nil || sum.Resolved != 1 {
			t.Fatalf("--ours: %+v, %v", sum, err)
		}
		if f := mustFact(t, kb, rivertonGrant); f.Statement != grant || f.Status != facts.StatusApproved {
			t.Errorf("--ours: [%s] %q; want the knowledge base's", f.Status, f.Statement)
		}
		// Kept with --ours, the file is now the base: it imports as it is.
		if _, err := importErr(kb, sqlite.ImportOptions{}, file); err != nil {
			t.Fatalf("the same file again: %v", err)
		}
		kb, _ = rivertonFileKB(t)
		file = exportStory(t, kb, riverton)
		if _, err := kb.Approve(ctx, editor, rivertonGrant); err != nil {
			t.Fatal(err)
		}
		editFile(t, file, "expected to add a $10 million grant", "expected to add a $12 million grant")
		if _, err := importErr(kb, sqlite.ImportOptions{Resolve: sqlite.TakeTheirs}, file); err != nil {
			t.Fatal(err)
		}
		if f := mustFact(t, kb, rivertonGrant); !strings.Contains(f.Statement, "$12 million") || f.Status != facts.StatusPending {
			t.Errorf("--theirs: [%s] %q; want the file's", f.Status, f.Statement)
		}
	})

	t.Run("RetractionSurvivesTheirs", func(t *testing.T) {
		kb, _ := rivertonFileKB(t)
		file := exportStory(t, kb, riverton)
		if _, err := kb.Retract(ctx, editor, riverton+"/drivers-hired", "The gazette says 58."); err != nil {
			t.Fatal(err)
		}
		editFile(t, file, "hire 85 new bus drivers", "hire 58 new bus drivers")
		sum, err := importErr(kb, sqlite.ImportOptions{Resolve: sqlite.TakeTheirs}, file)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := kb.Status(ctx, riverton+"/drivers-hired")
		if st.Status != facts.StatusRetracted || st.Reason != "The gazette says 58." || sum.KeptRetracted != 1 {
			t.Errorf("status %+v, summary %+v; want the retraction and its reason kept", st, sum)
		}
	})

	t.Run("NoBaseBehavesAsBefore", func(t *testing.T) {
		dir := t.TempDir()
		dbPath := filepath.Join(dir, "kb.db")
		kb, err := sqlite.Open(ctx, dbPath)
		if err != nil {
			t.Fatal(err)
		}
		defer kb.Close()
		data, _ := os.ReadFile("../testdata/riverton-transit.yaml")
		path := writeFile(t, "riverton.yaml", string(data))
		sqlitetest.Import(t, kb, path)
		in := facts.ImportInput{Name: "stdin", Data: []byte("id: night-buses\nstatement: The plan adds night buses.\nsource: gazette\n")}
		if _, err := kb.AddFact(ctx, editor, in, sqlite.AddOptions{Story: riverton}); err != nil {
			t.Fatal(err)
		}
		// A knowledge base from before bases were kept has none.
		raw, err := sql.Open("sqlite", dbPath)
		if err != nil {
			t.Fatal(err)
		}
		_, err = raw.Exec(`DELETE FROM story_bases`)
		raw.Close()
		if err != nil {
			t.Fatal(err)
		}
		if sum := sqlitetest.Import(t, kb, path); sum.Removed != 1 {
			t.Errorf("summary %+v; want the file to win, removing the added fact, as before", sum)
		}
	})
}
