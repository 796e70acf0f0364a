package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"github.com/factdesk/factdesk/facts"
)

// validStory is a minimal story file; cases below break it one way at a time.
const validStory = `story:
  id: test-story
  title: A test story
  date: 2024-01-02
sources:
  - id: wire
    title: Wire copy
    publisher: Test Wire
entities:
  - id: jane-doe
    name: Jane Doe
    kind: person
    title: mayor
facts:
  - id: first
    statement: Jane Doe said the bridge will open in May.
    quote: The bridge opens in May.
    speaker: jane-doe
    date: 2024-05
    source: wire
`

func TestKB_Import_ValidationErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(string) string
		line    int
		field   string
		message string
	}{
		{"UnknownKey", func(s string) string {
			return strings.Replace(s, "    source: wire\n", "    source: wire\n    colour: blue\n", 1)
		}, 21, "facts[].colour", "unknown key"},
		{"MissingStatement", func(s string) string {
			return strings.Replace(s, "    statement: Jane Doe said the bridge will open in May.\n", "", 1)
		}, 15, "facts.statement", "is required"},
		{"MissingSource", func(s string) string { return strings.Replace(s, "    source: wire\n", "", 1) }, 15, "facts.source", "is required"},
		{"UnknownSource", func(s string) string { return strings.Replace(s, "    source: wire\n", "    source: wyre\n", 1) }, 20, "facts.source", "not a source"},
		{"SpeakerNotEntity", func(s string) string { return strings.Replace(s, "speaker: jane-doe", "speaker: john-doe", 1) }, 18, "facts.speaker", "not an entity"},
		{"SubjectNotEntity", func(s string) string {
			return strings.Replace(s, "    source: wire\n", "    source: wire\n    subject: nobody\n", 1)
		}, 21, "facts.subject", "not an entity"},
		{"QuoteWithoutSpeaker", func(s string) string { return strings.Replace(s, "    speaker: jane-doe\n", "", 1) }, 17, "facts.speaker", "needs a speaker"},
		{"BadFactDate", func(s string) string { return strings.Replace(s, "date: 2024-05", "date: May 2024", 1) }, 19, "facts.date", "YYYY"},
		{"BadStoryDate", func(s string) string { return strings.Replace(s, "date: 2024-01-02", "date: 2024-13-02", 1) }, 4, "story.date", "date"},
		{"DuplicateFact", func(s string) string {
			return s + "  - id: first\n    statement: Again.\n    source: wire\n"
		}, 21, "facts.id", "duplicate"},
		{"DuplicateSource", func(s string) string {
			return strings.Replace(s, "entities:\n", "  - id: wire\n    title: Again\nentities:\n", 1)
		}, 9, "sources.id", "duplicate"},
		{"BadKind", func(s string) string { return strings.Replace(s, "kind: person", "kind: human", 1) }, 12, "entities.kind", "not one of"},
		{"BadStatus", func(s string) string {
			return strings.Replace(s, "    source: wire\n", "    source: wire\n    status: maybe\n", 1)
		}, 21, "facts.status", "approved, pending or retracted"},
		{"BadValue", func(s string) string {
			return strings.Replace(s, "    source: wire\n", "    source: wire\n    value: forty\n", 1)
		}, 21, "facts.value", "not a number"},
		{"SupersedesUnknown", func(s string) string {
			return strings.Replace(s, "    source: wire\n", "    source: wire\n    supersedes: zeroth\n", 1)
		}, 21, "facts.supersedes", "not a fact"},
		{"YAMLSyntax", func(s string) string { return strings.Replace(s, "title: A test story", "title: [unclosed", 1) }, 3, "yaml", ""},
		{"MissingStoryID", func(s string) string { return strings.Replace(s, "  id: test-story\n", "", 1) }, 2, "story.id", "is required"},
		{"MemberNotEntity", func(s string) string {
			return strings.Replace(s, "    title: mayor\n", "    title: mayor\n    members: [ghost]\n", 1)
		}, 14, "entities.members", "not an entity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kb := sqlitetest.OpenEmpty(t)
			path := writeFile(t, "story.yaml", tt.edit(validStory))
			_, err := kb.ImportPaths(context.Background(), facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{})
			var verr *facts.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v, want a validation error", err)
			}
			p := verr.Problems[0]
			if p.File != path || p.Line != tt.line || p.Field != tt.field || !strings.Contains(p.What, tt.message) {
				t.Errorf("problem = %s, want %s:%d: %s: ...%s...", p, path, tt.line, tt.field, tt.message)
			}
			if stories, _ := kb.Stories(context.Background()); len(stories) != 0 {
				t.Errorf("a bad file changed the knowledge base: %v", stories)
			}
		})
	}
}

func TestKB_Import_OK(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	sum := sqlitetest.Import(t, kb, writeFile(t, "story.yaml", validStory))
	if sum.Stories != 1 || sum.Created != 1 {
		t.Errorf("summary = %+v", sum)
	}
}

// TestKB_Import_AllOrNothing: one bad file among good ones changes nothing, and a
// bad fact at the end of a file keeps the facts before it out too.
func TestKB_Import_AllOrNothing(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "a.yaml")
	bad := filepath.Join(dir, "b.yaml")
	os.WriteFile(good, []byte(validStory), 0o644)
	os.WriteFile(bad, []byte(strings.Replace(validStory, "id: test-story", "id: other-story", 1)+"  - id: last\n    statement: Bad.\n    source: nowhere\n"), 0o644)
	_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{dir}, sqlite.ImportOptions{})
	var verr *facts.ValidationError
	if !errors.As(err, &verr) || verr.Problems[0].File != bad || verr.Problems[0].Line != 23 {
		t.Fatalf("err = %v, want b.yaml line 23", err)
	}
	if stories, _ := kb.Stories(ctx); len(stories) != 0 {
		t.Errorf("partial import: %v", stories)
	}
}

func TestKB_Import_ReimportUpdatesInPlaceWithHistory(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	ctx := context.Background()
	sqlitetest.Import(t, kb, writeFile(t, "story.yaml", validStory))
	changed := strings.Replace(validStory, "open in May", "open in June", 1)
	changed = strings.Replace(changed, "date: 2024-05", "date: 2024-06", 1)
	sum := sqlitetest.Import(t, kb, writeFile(t, "story.yaml", changed))
	if sum.Updated != 1 || sum.Created != 0 || sum.Removed != 0 {
		t.Errorf("summary = %+v, want one update", sum)
	}
	f, err := kb.Fact(ctx, "test-story/first")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.Statement, "June") {
		t.Errorf("statement = %q, want the new one", f.Statement)
	}
	hist, err := kb.History(ctx, "test-story/first")
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[1].Action != "update" || !strings.Contains(hist[1].Old, "May") || !strings.Contains(hist[1].New, "June") {
		t.Errorf("history = %+v, want create then update with old and new values", hist)
	}
	if stories, _ := kb.Stories(ctx); len(stories) != 1 {
		t.Errorf("stories = %v, want the one story updated in place", stories)
	}
	// Dropping the fact from the file removes it from answers but keeps it in history.
	dropped := strings.Replace(changed, "  - id: first\n", "  - id: second\n", 1)
	sum = sqlitetest.Import(t, kb, writeFile(t, "story.yaml", dropped))
	if sum.Removed != 1 || sum.Created != 1 {
		t.Errorf("summary = %+v", sum)
	}
	hist, _ = kb.History(ctx, "test-story/first")
	if len(hist) != 3 || hist[2].Action != "delete" || !strings.Contains(hist[2].Old, "June") {
		t.Errorf("history = %+v, want the removed fact's last version kept", hist)
	}
}

func TestKB_Import_Errors(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	ctx := context.Background()
	if _, err := kb.ImportPaths(ctx, facts.Actor{}, []string{"no/such/file.yaml"}, sqlite.ImportOptions{}); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("missing file: %v", err)
	}
	if _, err := kb.ImportPaths(ctx, facts.Actor{}, []string{t.TempDir()}, sqlite.ImportOptions{}); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("empty folder: %v", err)
	}
	big := writeFile(t, "big.yaml", strings.Repeat("#", facts.MaxFileSize+1))
	if _, err := kb.ImportPaths(ctx, facts.Actor{}, []string{big}, sqlite.ImportOptions{}); facts.ErrorCode(err) != facts.ETOOLARGE {
		t.Errorf("huge file: %v", err)
	}
}

// TestKB_Export_RoundTrip: import -> export -> import leaves the knowledge base
// identical, and exporting again writes the same files.
func TestKB_Export_RoundTrip(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	dir1 := t.TempDir()
	if _, err := kb.Export(ctx, dir1, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	// Re-importing the export into the same knowledge base changes nothing.
	sum := sqlitetest.Import(t, kb, dir1)
	if sum.Created+sum.Updated+sum.Removed != 0 {
		t.Errorf("re-import of an export changed facts: %+v", sum)
	}
	// Into a new knowledge base, then exported again: the same files.
	kb2 := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb2, dir1)
	dir2 := t.TempDir()
	if _, err := kb2.Export(ctx, dir2, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir1)
	if len(entries) < 3 {
		t.Fatalf("export wrote %d files, want stories and the lexicon", len(entries))
	}
	for _, e := range entries {
		a, _ := os.ReadFile(filepath.Join(dir1, e.Name()))
		b, err := os.ReadFile(filepath.Join(dir2, e.Name()))
		if err != nil || string(a) != string(b) {
			t.Errorf("%s differs after a round trip", e.Name())
		}
	}
	for _, q := range []string{"Who signed the statement?", "How many riders did Riverton buses carry in 2023?"} {
		a1, _ := kb.Ask(ctx, q, facts.AskOptions{})
		a2, _ := kb2.Ask(ctx, q, facts.AskOptions{})
		if a1.Answer != a2.Answer {
			t.Errorf("%q: %q before, %q after the round trip", q, a1.Answer, a2.Answer)
		}
	}
}

// TestKB_Import_KeepsRetractions: re-importing an older copy of a story file does
// not bring back a fact an editor retracted since.
func TestKB_Import_KeepsRetractions(t *testing.T) {
	kb := sqlitetest.OpenEmpty(t)
	ctx := context.Background()
	path := writeFile(t, "story.yaml", validStory)
	sqlitetest.Import(t, kb, path)
	if _, err := kb.Retract(ctx, facts.Actor{Name: "editor"}, "test-story/first", "misquote"); err != nil {
		t.Fatal(err)
	}
	sum := sqlitetest.Import(t, kb, path)
	if sum.KeptRetracted != 1 {
		t.Errorf("summary = %+v, want one retraction kept", sum)
	}
	f, err := kb.Fact(ctx, "test-story/first")
	if err != nil {
		t.Fatal(err)
	}
	if f.Status != facts.StatusRetracted {
		t.Errorf("status = %s after re-import, want retracted", f.Status)
	}
}
