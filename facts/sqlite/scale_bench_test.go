package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/synth"
	"gopkg.in/yaml.v3"
)

// synthKB builds a knowledge base of about n facts from the synthetic generator.
func synthKB(tb testing.TB, n int) (*sqlite.KB, []facts.StoryFile) {
	tb.Helper()
	stories := synth.Generate(synth.Options{Stories: n / 10, FactsPerStory: 10, Seed: 1})
	kb, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kb.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { kb.Close() })
	files := bundled.Files()
	for _, sf := range stories {
		data, err := yaml.Marshal(sf)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, facts.ImportInput{Name: sf.Story.ID + ".yaml", Data: data})
	}
	start := time.Now()
	if _, err := kb.Import(context.Background(), facts.Actor{Name: "bench"}, files...); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("imported %d facts in %v (%.0f facts/s)", n, time.Since(start), float64(n)/time.Since(start).Seconds())
	return kb, stories
}

// askQuestions is how many distinct questions a scale benchmark asks in turn:
// enough that none repeats within a run of the default benchtime, so no answer
// and few read facts are reused, as with a newsroom's questions.
const askQuestions = 5000

// naiveQuestions is how many of them the naive baseline is timed on: at
// 100,000 facts it takes a tenth of a second a question.
const naiveQuestions = 300

// BenchmarkKB_AskScale measures answering as the knowledge base grows, with
// distinct hard questions (synth.Questions: shared surnames, recurring
// organisations, absent answers); it reports p50 and p99 latency, and beside
// them the naive baseline's: one FTS5 BM25 query over the question's words.
func BenchmarkKB_AskScale(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			kb, stories := synthKB(b, n)
			qs := synth.Questions(stories, askQuestions, 7)
			ctx := context.Background()
			// The read model is built by the first question, as after any
			// change: not what a question costs.
			if _, err := kb.Ask(ctx, "Who spoke?", facts.AskOptions{Fresh: true}); err != nil {
				b.Fatal(err)
			}
			var lat, naive []time.Duration
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				t := time.Now()
				if _, err := kb.Ask(ctx, qs[i%len(qs)], facts.AskOptions{Fresh: true}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t))
			}
			b.StopTimer()
			// The baseline after, on the first naiveQuestions of the same
			// questions: interleaved, each would evict the other's pages.
			for _, q := range qs[:min(naiveQuestions, len(lat))] {
				t := time.Now()
				if _, err := sqlite.NaiveSearch(ctx, kb, q); err != nil {
					b.Fatal(err)
				}
				naive = append(naive, time.Since(t))
			}
			b.ReportMetric(percentile(lat, 50), "p50-ms")
			b.ReportMetric(percentile(lat, 99), "p99-ms")
			b.ReportMetric(percentile(naive, 50), "naive-p50-ms")
			b.ReportMetric(percentile(naive, 99), "naive-p99-ms")
		})
	}
}

// percentile is the p-th percentile of latencies, in milliseconds.
func percentile(lat []time.Duration, p int) float64 {
	s := slices.Clone(lat)
	slices.Sort(s)
	return float64(s[min(len(s)-1, len(s)*p/100)].Microseconds()) / 1000
}
