package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/synth"
	"gopkg.in/yaml.v3"
)

// BuildReadModel builds kb's read model from its tables and keeps it, as every
// process did before the read model was saved: the naive baseline of the
// one-shot benchmark.
func BuildReadModel(ctx context.Context, kb *KB) error {
	tx, err := kb.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var gen int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM kb_meta WHERE key = 'generation'`).Scan(&gen); err != nil {
		return err
	}
	ix, err := buildIndex(ctx, tx, gen)
	if err != nil {
		return err
	}
	kb.mu.Lock()
	kb.cache = ix
	kb.mu.Unlock()
	return nil
}

// savedModelKB makes a knowledge base of the bundled story, a story with a
// correction and facts not approved, and a synthetic archive of synthFacts
// facts, with no read model saved yet. It returns its path and the synthetic
// stories.
func savedModelKB(t *testing.T, synthFacts int) (string, []facts.StoryFile) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	kb, err := OpenOrSeed(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	if _, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{"../testdata/riverton-transit.yaml"}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	stories := synth.Generate(synth.Options{Stories: synthFacts / 10, FactsPerStory: 10, Seed: 5})
	var files []facts.ImportInput
	for _, sf := range stories {
		data, err := yaml.Marshal(sf)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, facts.ImportInput{Name: sf.Story.ID + ".yaml", Data: data})
	}
	if len(files) > 0 {
		if _, err := kb.Import(ctx, facts.Actor{Name: "test"}, files...); err != nil {
			t.Fatal(err)
		}
	}
	return path, stories
}

// openAgain opens another handle on a knowledge base, as another process would:
// nothing in memory.
func openAgain(t *testing.T, path string) *KB {
	t.Helper()
	kb, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { kb.Close() })
	return kb
}

// savedGeneration is the generation of the saved read model, 0 for none.
func savedGeneration(t *testing.T, kb *KB) int64 {
	t.Helper()
	var g int64
	err := kb.db.QueryRow(`SELECT generation FROM read_model WHERE id = 1`).Scan(&g)
	if err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	return g
}

func currentGeneration(t *testing.T, kb *KB) int64 {
	t.Helper()
	g, err := kb.generation(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestKB_SavedModel: a read model saved and loaded again is the one built from
// the tables, and answers and checks exactly as it does.
func TestKB_SavedModel(t *testing.T) {
	ctx := context.Background()
	path, stories := savedModelKB(t, 2000)
	kb := openAgain(t, path)
	built, key, fromTables, err := readModel(ctx, kb.db)
	if err != nil || !fromTables {
		t.Fatalf("first read: built from tables %v, err %v; want built, nothing being saved", fromTables, err)
	}
	if err := kb.trySaveModel(ctx, built, key); err != nil {
		t.Fatalf("save: %v", err)
	}
	loaded, _, fromTables, err := readModel(ctx, kb.db)
	if err != nil || fromTables {
		t.Fatalf("second read: built from tables %v, err %v; want the saved one", fromTables, err)
	}
	if !reflect.DeepEqual(loaded, built) {
		t.Errorf("the saved read model differs from the one built from the tables")
	}

	fromSQL, fromSaved := openAgain(t, path), openAgain(t, path)
	if err := BuildReadModel(ctx, fromSQL); err != nil {
		t.Fatal(err)
	}
	questions := append(synth.Questions(stories, 150, 11),
		"How many riders did Riverton buses carry in 2023?", "How big is the state grant?", "What did Becker say?",
		"Who signed the statement criticizing China?", "How many countries backed China?", "Who is Zhang Jun?")
	for _, q := range questions {
		want, werr := fromSQL.Ask(ctx, q, facts.AskOptions{Explain: true})
		got, gerr := fromSaved.Ask(ctx, q, facts.AskOptions{Explain: true})
		if w, g := asJSON(t, want, werr), asJSON(t, got, gerr); w != g {
			t.Errorf("Ask(%q) from the saved read model:\n%s\nfrom the tables:\n%s", q, g, w)
		}
	}
	draft := "The Riverton City Council approved a $46 million transit budget by a vote of 7 to 2. " +
		"Buses in Riverton carried 3 million riders in 2023. Becker said the budget was a blank check."
	want, werr := fromSQL.Check(ctx, draft, facts.CheckOptions{})
	got, gerr := fromSaved.Check(ctx, draft, facts.CheckOptions{})
	if w, g := asJSON(t, want, werr), asJSON(t, got, gerr); w != g {
		t.Errorf("Check from the saved read model:\n%s\nfrom the tables:\n%s", g, w)
	}
}

func asJSON(t *testing.T, v any, err error) string {
	t.Helper()
	b, jerr := json.MarshalIndent(v, "", " ")
	if jerr != nil {
		t.Fatal(jerr)
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

// TestKB_SavedModel_Stale: after any change, a read model saved before it is
// not used, and the next process to build one saves it.
func TestKB_SavedModel_Stale(t *testing.T) {
	ctx := context.Background()
	actor := facts.Actor{Name: "test"}
	riders := "How many riders did Riverton buses carry in 2023?"
	for _, tt := range []struct {
		name     string
		change   func(kb *KB) error
		question string
		want     string // in the answer after the change
	}{
		{"AfterImport", func(kb *KB) error {
			_, err := kb.ImportPaths(ctx, actor, []string{"../testdata/quake-2023.yaml"}, ImportOptions{})
			return err
		}, "", ""},
		{"AfterRetraction", func(kb *KB) error {
			_, err := kb.Retract(ctx, actor, "riverton-transit-2024/ridership", "wrong figure")
			return err
		}, riders, "not in the knowledge base"},
		{"AfterApproval", func(kb *KB) error {
			_, err := kb.Approve(ctx, actor, "riverton-transit-2024/pending-grant")
			return err
		}, "How big is the state grant?", "10 million"},
		{"AfterMigration", func(kb *KB) error {
			// A newer factdesk's migration may change the data without
			// moving the generation.
			_, err := kb.db.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES ('migrations/999_newer.sql', '2030-01-01T00:00:00Z')`)
			return err
		}, riders, "2.1 million"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, _ := savedModelKB(t, 0)
			kb := openAgain(t, path)
			if ans, err := kb.Ask(ctx, riders, facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "2.1 million") {
				t.Fatalf("before the change: %q, %v", ans.Answer, err)
			}
			before := currentGeneration(t, kb)
			if got := savedGeneration(t, kb); got != before {
				t.Fatalf("saved read model of generation %d after a build at %d", got, before)
			}
			factsBefore := kb.cache.Facts()
			if err := tt.change(kb); err != nil {
				t.Fatal(err)
			}
			other := openAgain(t, path)
			ix, _, fromTables, err := readModel(ctx, other.db)
			if err != nil || !fromTables {
				t.Fatalf("after the change: built from tables %v, err %v; want the stale saved model ignored", fromTables, err)
			}
			if ix.Gen == before && tt.name != "AfterMigration" {
				t.Errorf("read model of generation %d, the one before the change", ix.Gen)
			}
			if tt.question == "" && ix.Facts() <= factsBefore {
				t.Errorf("read model holds %d approved facts after the import, %d before", ix.Facts(), factsBefore)
			}
			if tt.question != "" {
				ans, err := other.Ask(ctx, tt.question, facts.AskOptions{})
				if err != nil || !strings.Contains(ans.Answer, tt.want) {
					t.Errorf("Ask(%q) after the change = %q, %v; want it to say %q", tt.question, ans.Answer, err, tt.want)
				}
			} else if _, err := other.Ask(ctx, riders, facts.AskOptions{}); err != nil {
				t.Fatal(err)
			}
			if _, _, fromTables, err := readModel(ctx, other.db); err != nil || fromTables {
				t.Errorf("after the next build: built from tables %v, err %v; want it saved and used", fromTables, err)
			}
		})
	}
}

// TestKB_SavedModel_Damaged: a saved read model this factdesk cannot read
// (damaged, of another format) is ignored, never trusted, and replaced.
func TestKB_SavedModel_Damaged(t *testing.T) {
	ctx := context.Background()
	path, _ := savedModelKB(t, 200)
	kb := openAgain(t, path)
	if _, err := kb.Ask(ctx, "Who is Zhang Jun?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	var good []byte
	if err := kb.db.QueryRow(`SELECT data FROM read_model WHERE id = 1`).Scan(&good); err != nil {
		t.Fatal(err)
	}
	resum := func(b []byte) []byte {
		body := b[:len(b)-4]
		return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.Checksum(body, crc32.MakeTable(crc32.Castagnoli)))
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x10
	oldFormat := bytes.Clone(good)
	oldFormat[len("FDRM")]++ // the format number, one byte
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"Damaged", flipped},
		{"Truncated", good[:len(good)/3]},
		{"OldFormat", resum(oldFormat)},
		{"NotSnapshot", []byte("not a read model")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := kb.db.Exec(`UPDATE read_model SET data = ? WHERE id = 1`, tt.data); err != nil {
				t.Fatal(err)
			}
			other := openAgain(t, path)
			ix, _, fromTables, err := readModel(ctx, other.db)
			if err != nil || !fromTables {
				t.Fatalf("built from tables %v, err %v; want the saved model ignored", fromTables, err)
			}
			if ix.Gen != currentGeneration(t, other) || ix.Facts() == 0 {
				t.Errorf("read model of generation %d with %d facts", ix.Gen, ix.Facts())
			}
			ans, err := other.Ask(ctx, "How many riders did Riverton buses carry in 2023?", facts.AskOptions{})
			if err != nil || !strings.Contains(ans.Answer, "2.1 million") {
				t.Errorf("answer %q, %v; want the 2.1 million riders", ans.Answer, err)
			}
			if _, _, fromTables, err := readModel(ctx, other.db); err != nil || fromTables {
				t.Errorf("after a build: built from tables %v, err %v; want the unreadable model replaced", fromTables, err)
			}
		})
	}
}

// TestKB_SavedModel_WriteLockHeld: while another process holds the write lock
// (an import), questions are answered from a model built from the tables,
// without waiting for the lock to save it.
func TestKB_SavedModel_WriteLockHeld(t *testing.T) {
	ctx := context.Background()
	path, _ := savedModelKB(t, 0)
	kb := openAgain(t, path)
	writer, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	tx, err := writer.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`UPDATE kb_meta SET value = value WHERE key = 'generation'`); err != nil {
		t.Fatal(err)
	}
	ans, err := kb.Ask(ctx, "How many riders did Riverton buses carry in 2023?", facts.AskOptions{})
	if err != nil || !strings.Contains(ans.Answer, "2.1 million") {
		t.Errorf("answer with the write lock held elsewhere: %q, %v", ans.Answer, err)
	}
	key, err := currentModelKey(ctx, kb.db)
	if err != nil {
		t.Fatal(err)
	}
	if err := kb.trySaveModel(ctx, kb.cache, key); err == nil {
		t.Errorf("saved the read model while another connection held the write lock")
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if got := savedGeneration(t, kb); got != 0 {
		t.Errorf("read model of generation %d saved while the lock was held", got)
	}
}

// TestKB_SavedModel_InBackground: a server saves the read model it built
// without the question waiting, and closing it waits for the save, so the next
// process finds the model current.
func TestKB_SavedModel_InBackground(t *testing.T) {
	path, _ := savedModelKB(t, 200)
	ctx := context.Background()
	kb, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	kb.SaveModelInBackground = true
	if _, err := kb.Ask(ctx, "Who signed the statement?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := kb.Close(); err != nil {
		t.Fatal(err)
	}
	again := openAgain(t, path)
	if saved, now := savedGeneration(t, again), currentGeneration(t, again); saved != now {
		t.Errorf("saved read model of generation %d after a background save and Close; want the current %d", saved, now)
	}
}
