package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"fmt"
	"path/filepath"
	"sort"
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

// BenchmarkKB_AskScale measures answering as the knowledge base grows; it reports
// p50 and p99 latency over a mix of answerable and unanswerable questions.
func BenchmarkKB_AskScale(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			kb, stories := synthKB(b, n)
			qs := synth.Questions(stories, 200, 7)
			ctx := context.Background()
			var lat []time.Duration
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				t := time.Now()
				if _, err := kb.Ask(ctx, qs[i%len(qs)], facts.AskOptions{Fresh: true}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
