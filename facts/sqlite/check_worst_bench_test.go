//go:build unix

package sqlite_test

import (
	"context"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/synth"
)

// BenchmarkKB_CheckWorst measures issue 16's worst case: 4 KiB drafts built to
// make a check work hardest (synth.HostileDraft: people named by the surnames
// most people share, the most-covered countries and organisations, a figure
// every few words, near-misquotes) against 20,000 synthetic facts, a
// different draft each run. It reports the mean and worst time per draft
// (goal: at most 500 ms), the CPU time per draft (the machine may be shared),
// the claims left unchecked, and beside them the naive baseline, as checks
// were made before issue 16: every figure compared with every figure of every
// fact about every entity the draft names (sqlite.NaiveCheck).
func BenchmarkKB_CheckWorst(b *testing.B) {
	kb, stories := synthKB(b, 20000)
	drafts := make([]string, 20)
	for i := range drafts {
		drafts[i] = synth.HostileDraft(stories, 4096, uint64(i+1))
	}
	ctx := context.Background()
	if _, err := kb.Check(ctx, drafts[0], facts.CheckOptions{}); err != nil { // the read model, built once
		b.Fatal(err)
	}
	var lat []time.Duration
	unchecked, claims := 0, 0
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t := time.Now()
		res, err := kb.Check(ctx, drafts[i%len(drafts)], facts.CheckOptions{})
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t))
		unchecked += res.Unchecked
		claims += res.Checked
	}
	cpu = cpuTime() - cpu
	b.StopTimer()
	var naive time.Duration
	pairs := 0
	const naiveRuns = 3
	for i := range naiveRuns {
		t := time.Now()
		n, _, err := sqlite.NaiveCheck(ctx, kb, drafts[i])
		if err != nil {
			b.Fatal(err)
		}
		naive += time.Since(t)
		pairs += n
	}
	b.ReportMetric(mean(lat), "ms/draft")
	b.ReportMetric(float64(slices.Max(lat).Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/draft")
	b.ReportMetric(float64(unchecked)/float64(len(lat)), "unchecked/draft")
	b.ReportMetric(float64(claims)/float64(len(lat)), "compared/draft")
	b.ReportMetric(float64(naive.Microseconds())/1000/naiveRuns, "naive-ms/draft")
	b.ReportMetric(float64(pairs)/naiveRuns, "naive-pairs/draft")
}

// mean is the mean of latencies, in milliseconds.
func mean(lat []time.Duration) float64 {
	var sum time.Duration
	for _, d := range lat {
		sum += d
	}
	return float64(sum.Microseconds()) / 1000 / float64(max(len(lat), 1))
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
