package sqlite_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/synth"
)

// BenchmarkKB_AskOneShot measures what `factdesk ask` does as a command: open
// the knowledge base, get the read model, answer one question, close. It
// reports the median with the read model saved in the database (oneshot-ms),
// and beside it the naive baseline, building the read model from the tables
// as every process did before (naive-ms). Each iteration asks another
// question, so no answer is reused; the baseline is timed outside the
// benchmark's clock, on the first five.
func BenchmarkKB_AskOneShot(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("facts=%d", n), func(b *testing.B) {
			kb, stories := synthKB(b, n)
			qs := synth.Questions(stories, 1000, 13)
			ctx := context.Background()
			// The first question after the import builds the read model and saves it.
			if _, err := kb.Ask(ctx, qs[0], facts.AskOptions{}); err != nil {
				b.Fatal(err)
			}
			oneShot := func(q string, naive bool) time.Duration {
				start := time.Now()
				one, err := sqlite.Open(ctx, kb.Path())
				if err != nil {
					b.Fatal(err)
				}
				defer one.Close()
				if naive {
					if err := sqlite.BuildReadModel(ctx, one); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := one.Ask(ctx, q, facts.AskOptions{}); err != nil {
					b.Fatal(err)
				}
				return time.Since(start)
			}
			var saved, naive []time.Duration
			for i := 0; b.Loop(); i++ {
				saved = append(saved, oneShot(qs[i%len(qs)], false))
				if i < 5 { // the baseline costs most of a second at 100k facts
					b.StopTimer()
					naive = append(naive, oneShot(qs[(i+500)%len(qs)], true))
					b.StartTimer()
				}
			}
			b.ReportMetric(percentile(saved, 50), "oneshot-ms")
			b.ReportMetric(percentile(naive, 50), "naive-ms")
		})
	}
}
