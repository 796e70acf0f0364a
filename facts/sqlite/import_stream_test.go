package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

const streamStoryA = `story:
  id: story-a
  title: Story A
  date: 2024-01-02
sources:
  - id: wire
    title: Wire copy
    publisher: Test Wire
facts:
  - id: deal
    statement: Zed Corp agreed the deal on Monday.
    source: wire
`

const streamStoryB = `story:
  id: story-b
  title: Story B
  date: 2024-01-03
sources:
  - id: wire
    title: Wire copy
    publisher: Test Wire
entities:
  - id: zed-corp
    name: Zed Corp
    kind: organization
facts:
  - id: profit
    statement: Zed Corp made a profit.
    subject: zed-corp
    source: wire
`

// A fact is indexed with every name its import knows, even one that a later
// file of the import defines: files are read once to validate and collect
// names, and again to write.
func TestImport_NamesFromLaterFiles(t *testing.T) {
	ctx := context.Background()
	kb, err := Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	if _, err := kb.Import(ctx, facts.Actor{Name: "test"},
		facts.ImportInput{Name: "a.yaml", Data: []byte(streamStoryA)},
		facts.ImportInput{Name: "b.yaml", Data: []byte(streamStoryB)}); err != nil {
		t.Fatal(err)
	}
	var roles string
	if err := kb.db.QueryRowContext(ctx, `SELECT entity_roles FROM facts WHERE story_id = 'story-a' AND id = 'deal'`).Scan(&roles); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(roles, "zed-corp=mention") {
		t.Errorf("story-a/deal is about %q; want it to mention zed-corp, defined in a later file", roles)
	}
}

// A file that changes between the import's two readings is refused, and
// nothing of the import is written.
func TestImport_FileChangedDuringImport(t *testing.T) {
	ctx := context.Background()
	kb, err := Open(ctx, filepath.Join(t.TempDir(), "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	reads := 0
	src := source{names: []string{"a.yaml", "b.yaml"}, read: func(i int) ([]byte, error) {
		if i == 0 {
			return []byte(streamStoryA), nil
		}
		reads++
		if reads == 1 {
			return []byte(streamStoryB), nil
		}
		return []byte(strings.Replace(streamStoryB, "made a profit", "made a loss", 1)), nil
	}}
	_, err = kb.importSource(ctx, facts.Actor{Name: "test"}, src, ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "b.yaml: changed while it was being imported") {
		t.Fatalf("import of a file changed between readings: err %v; want it refused, naming b.yaml", err)
	}
	var n int
	if err := kb.db.QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE story_id IN ('story-a', 'story-b')`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d facts of the refused import were written; want none", n)
	}
}
