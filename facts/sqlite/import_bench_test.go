package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/synth"
	"gopkg.in/yaml.v3"
)

// importBenchFacts is the size of one benchmarked import: the goal is
// 20,000 facts a second, so one import is about a second's work.
const importBenchFacts = 20000

// synthInputs returns about n synthetic facts as import files, in memory, so that
// the benchmark measures the import and not the disk or the YAML writer.
func synthInputs(tb testing.TB, n int) []facts.ImportInput {
	tb.Helper()
	var in []facts.ImportInput
	for _, sf := range synth.Generate(synth.Options{Stories: n / 10, FactsPerStory: 10, Seed: 2}) {
		data, err := yaml.Marshal(sf)
		if err != nil {
			tb.Fatal(err)
		}
		in = append(in, facts.ImportInput{Name: sf.Story.ID + ".yaml", Data: data})
	}
	return in
}

// BenchmarkKB_Import measures `kb import` throughput in facts per second: "new"
// into an empty knowledge base, "unchanged" the same files again (a folder
// re-imported after an edit to one story, the everyday case), and beside them
// "naive", the plainest import there could be.
func BenchmarkKB_Import(b *testing.B) {
	in := synthInputs(b, importBenchFacts)
	ctx := context.Background()
	actor := facts.Actor{Name: "bench"}
	b.Run("new", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			kb, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "kb.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := kb.Import(ctx, actor, in...); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			kb.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(importBenchFacts*b.N)/b.Elapsed().Seconds(), "facts/s")
	})
	// The naive baseline: the same files parsed and their facts written as
	// plain rows, one statement each, in one transaction, with no validation,
	// index, history or merge: what SQLite and YAML alone cost.
	b.Run("naive", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			db, err := sql.Open("sqlite", filepath.Join(b.TempDir(), "naive.db"))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := db.Exec(`CREATE TABLE facts (story TEXT, id TEXT, statement TEXT, subject TEXT, speaker TEXT, quote TEXT, value REAL, unit TEXT, date TEXT)`); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			tx, err := db.Begin()
			if err != nil {
				b.Fatal(err)
			}
			st, err := tx.Prepare(`INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
			if err != nil {
				b.Fatal(err)
			}
			for _, in := range in {
				var sf facts.StoryFile
				if err := yaml.Unmarshal(in.Data, &sf); err != nil {
					b.Fatal(err)
				}
				for _, f := range sf.Facts {
					if _, err := st.Exec(sf.Story.ID, f.ID, f.Statement, f.Subject, f.Speaker, f.Quote, f.Value, f.Unit, f.Date); err != nil {
						b.Fatal(err)
					}
				}
			}
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			db.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(importBenchFacts*b.N)/b.Elapsed().Seconds(), "facts/s")
	})
	b.Run("unchanged", func(b *testing.B) {
		kb := sqlitetest.OpenEmpty(b)
		if _, err := kb.Import(ctx, actor, in...); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := kb.Import(ctx, actor, in...); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(importBenchFacts*b.N)/b.Elapsed().Seconds(), "facts/s")
	})
}
