package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// curate does to the Riverton story what editors do: a retraction with its
// reason, an approval, a flag left open, a flag closed by a review, a
// correction approved at once.
func curate(t *testing.T, kb *sqlite.KB) {
	t.Helper()
	ctx := context.Background()
	alice, bob, carol := facts.Actor{Name: "alice", Surface: "cli"}, facts.Actor{Name: "bob", Surface: "slack"}, facts.Actor{Name: "slack:U0123", Surface: "slack"}
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(kb.Retract(ctx, alice, riverton+"/drivers-hired", "The gazette corrected the figure to 58."))
	must(kb.Approve(ctx, bob, rivertonGrant))
	must(kb.Flag(ctx, carol, riverton+"/ortiz-quote", "Is this the exact quote?"))
	must(kb.Flag(ctx, carol, riverton+"/fare-unchanged", "The fare may rise in June."))
	must(kb.Approve(ctx, bob, riverton+"/fare-unchanged"))
	fixed := "Buses in Riverton carried 2.2 million riders in 2023, according to the transit authority."
	must(kb.Supersede(ctx, alice, riverton+"/ridership", facts.FactEdit{Statement: &fixed}, facts.SupersedeOptions{Approve: true, Reason: "The authority revised its count."}))
}

// curationView is everything the knowledge base says of each of a story's
// facts: its fields, status, reason, correction, curation, and open flags,
// without the flags' ids (numbered anew in another knowledge base).
func curationView(t *testing.T, kb *sqlite.KB, story string) map[string]any {
	t.Helper()
	ctx := context.Background()
	views, err := kb.StoryFacts(ctx, story)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]any{}
	for _, v := range views {
		cur, err := kb.FactCuration(ctx, v.FullID())
		if err != nil {
			t.Fatal(err)
		}
		st, err := kb.Status(ctx, v.FullID())
		if err != nil {
			t.Fatal(err)
		}
		for i := range v.OpenFlags {
			v.OpenFlags[i].ID = 0
		}
		for i := range st.OpenFlags {
			st.OpenFlags[i].ID = 0
		}
		out[v.FullID()] = []any{v, cur, st}
	}
	rev, err := kb.Review(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rev.Flags {
		rev.Flags[i].ID = 0
	}
	for i := range rev.Pending {
		rev.Pending[i].At, rev.Pending[i].Actor, rev.Pending[i].Surface = "", "", "" // the history's, not the file's
	}
	out["review"] = rev
	return out
}

// TestKB_Export_CarriesCuration: an export holds everything editors did, so
// importing it into a new knowledge base gives the same statuses, reasons,
// approvers, flags (open and closed) and corrections; and exporting that gives
// the same files.
func TestKB_Export_CarriesCuration(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonFileKB(t)
	curate(t, kb)
	dir := t.TempDir()
	if _, err := kb.Export(ctx, dir, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, riverton+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"reason: The gazette corrected the figure to 58.", "retracted_by: alice", "approved_by: bob",
		"note: Is this the exact quote?", "note: The fare may rise in June.", "closed_by: bob", "resolution: reviewed and kept",
		"supersedes: ridership"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the export lacks %q", want)
		}
	}

	kb2 := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb2, dir)
	if got, want := curationView(t, kb2, riverton), curationView(t, kb, riverton); !reflect.DeepEqual(got, want) {
		for id := range want {
			if !reflect.DeepEqual(got[id], want[id]) {
				t.Errorf("%s after the round trip:\n%+v\nwant %+v", id, got[id], want[id])
			}
		}
	}
	dir2 := t.TempDir()
	if _, err := kb2.Export(ctx, dir2, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(filepath.Join(dir2, riverton+".yaml"))
	if string(again) != string(data) {
		t.Errorf("exporting the imported export gives another file:\n%s\n---\n%s", data, again)
	}
	// Imported again into the same knowledge base, the export changes nothing,
	// and adds no flag twice.
	before := curationView(t, kb2, riverton)
	if sum := sqlitetest.Import(t, kb2, dir); sum.Created+sum.Updated+sum.Removed != 0 {
		t.Errorf("re-importing the export changed facts: %+v", sum)
	}
	if after := curationView(t, kb2, riverton); !reflect.DeepEqual(after, before) {
		t.Error("re-importing the export changed curation")
	}
}

// TestKB_Import_FlagsFromAFile: a file's flags are added to the knowledge
// base's, and one the file closes is closed; none is removed or reopened.
func TestKB_Import_FlagsFromAFile(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonFileKB(t)
	if _, err := kb.Flag(ctx, facts.Actor{Name: "carol"}, riverton+"/ortiz-quote", "Is this the exact quote?"); err != nil {
		t.Fatal(err)
	}
	file := exportStory(t, kb, riverton)
	editFile(t, file, "        surface: cli\n", "        surface: cli\n        closed_at: \"2024-05-02T10:00:00Z\"\n        closed_by: alice\n        resolution: checked against the tape\n")
	editFile(t, file, "  - id: fare-unchanged\n", "  - id: fare-unchanged\n    flags:\n      - note: The fare may rise in June.\n        actor: dan\n")
	sqlitetest.Import(t, kb, file)
	rev, err := kb.Review(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rev.Flags) != 1 || rev.Flags[0].Fact != riverton+"/fare-unchanged" || rev.Flags[0].Actor != "dan" {
		t.Errorf("open flags = %+v; want only dan's new one", rev.Flags)
	}
	cur, _ := kb.FactCuration(ctx, riverton+"/ortiz-quote")
	if len(cur.Flags) != 1 || cur.Flags[0].ClosedBy != "alice" || cur.Flags[0].Resolution != "checked against the tape" {
		t.Errorf("ortiz-quote's flags = %+v; want carol's, closed by alice", cur.Flags)
	}
}
