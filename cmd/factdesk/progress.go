package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// isTerminal reports whether w is a terminal (a character device), the only place a
// progress bar belongs: piped into a file or another program, a bar's carriage
// returns are noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar returns the bar's report func (nil when there is to be no bar) and
// the func that clears its line.
func (m *Main) progressBar(quiet bool) (func(facts.Progress), func()) {
	if quiet || !isTerminal(m.Stderr) {
		return nil, func() {}
	}
	bar := newProgressBar(m.Stderr)
	return bar.report, bar.clear
}

// progressBar draws one line, redrawn in place with a carriage return:
//
//	writing   [##########..........]   5000/10000  50%  2s
//
// Redraws are limited to ten a second, since reports can come thousands of
// times a second and a terminal is slow.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	last  time.Time
	stage string
	drawn bool
	now   func() time.Time
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, start: time.Now(), now: time.Now}
}

const barWidth = 30

func (b *progressBar) report(p facts.Progress) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	finished := p.Total > 0 && p.Done >= p.Total
	if p.Stage == b.stage && !finished && now.Sub(b.last) < 100*time.Millisecond {
		return
	}
	b.stage, b.last, b.drawn = p.Stage, now, true
	fmt.Fprint(b.w, "\r"+renderBar(p, now.Sub(b.start))+"\x1b[K")
}

// clear erases the bar's line so the summary that follows starts clean.
func (b *progressBar) clear() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}

// renderBar draws the bar for p after elapsed time, without control characters.
func renderBar(p facts.Progress, elapsed time.Duration) string {
	frac := 0.0
	if p.Total > 0 {
		frac = min(1, float64(p.Done)/float64(p.Total))
	}
	full := int(frac * barWidth)
	return fmt.Sprintf("%-9s [%s%s] %*d/%d %3d%%  %s", p.Stage,
		strings.Repeat("#", full), strings.Repeat(".", barWidth-full),
		len(fmt.Sprint(p.Total)), p.Done, p.Total, int(frac*100), elapsed.Round(time.Second))
}

// since formats an operation's duration for a summary line.
func since(start time.Time) time.Duration {
	d := time.Since(start)
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Millisecond)
}
