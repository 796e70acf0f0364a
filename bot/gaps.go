package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// GapStore keeps the questions nobody could answer: the knowledge base
// (sqlite.KB.RecordGaps), all of gaps or none. Surfaces record through a
// GapLog, never a GapStore, so that the privacy setting always applies.
type GapStore interface {
	RecordGaps(ctx context.Context, gaps ...facts.Gap) error
}

// GapLog records the questions nobody could answer for every surface, so
// curators see what to add next (kb gaps). It is the one place the privacy
// setting is applied: unless it was made with LogAskers (FACTDESK_LOG_ASKERS=1),
// it blanks who asked before anything is stored or queued.
//
// With a queue, recording never waits on the database: the question is queued,
// and one goroutine writes what has queued up once a second (or every
// gapBatch records), in one transaction. Writing seldom matters more than
// writing fast: each commit makes every pooled SQLite connection drop its page
// cache, which a write per unanswered question did often enough to cost a
// loaded server a tenth of its answers. When the queue is full (the database
// is locked by a long import, or questions arrive faster than they can be
// written) the record is dropped, counted and logged: losing a few under
// overload is accepted, slowing answers is not; so is losing the last second's
// records if the process is killed (Close writes them on a clean stop). Without a queue (the command line, which
// exits right after) each record is written before RecordGap returns.
type GapLog struct {
	store     GapStore
	logAskers bool
	logger    *slog.Logger
	// Now dates the records: the time of asking, not of writing. Tests may
	// set it before the first record.
	Now func() time.Time

	queue   chan facts.Gap // nil: synchronous
	mu      sync.RWMutex   // closed, against sending on a closed queue
	closed  bool
	done    chan struct{}
	dropped atomic.Int64
}

// GapLogOptions configure a GapLog.
type GapLogOptions struct {
	// LogAskers keeps who asked (FACTDESK_LOG_ASKERS=1); by default nobody's
	// identity is stored.
	LogAskers bool
	// Queue, when above 0, makes recording asynchronous through a queue of
	// this many questions; 0 writes each record before returning.
	Queue  int
	Logger *slog.Logger
}

// DefaultGapQueue is the queue serve records through: far more questions than
// arrive while SQLite waits out a lock.
const DefaultGapQueue = 1024

// gapBatch is the most records one transaction writes, and gapFlushEvery
// how long a record may wait to be written with others.
const (
	gapBatch      = 256
	gapFlushEvery = time.Second
)

// gapWriteTimeout bounds one queued write, so a stuck database cannot hold the
// writer forever; the record is then lost and logged.
const gapWriteTimeout = 15 * time.Second

// NewGapLog makes a log over store. With a queue, Close it to write what is queued.
func NewGapLog(store GapStore, opt GapLogOptions) *GapLog {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	l := &GapLog{store: store, logAskers: opt.LogAskers, logger: opt.Logger, Now: time.Now}
	if opt.Queue > 0 {
		l.queue = make(chan facts.Gap, opt.Queue)
		l.done = make(chan struct{})
		go l.write()
	}
	return l
}

// RecordGap records one unanswered question, dated now when g.At is zero. With
// a queue it never blocks and returns nil (a record that finds the queue full,
// or the log closed, is dropped); without one it returns the store's error.
func (l *GapLog) RecordGap(ctx context.Context, g facts.Gap) error {
	if strings.TrimSpace(g.Question) == "" {
		return nil
	}
	if !l.logAskers {
		g.Asker = ""
	}
	if g.At.IsZero() {
		g.At = l.Now()
	}
	if l.queue == nil {
		return l.store.RecordGaps(ctx, g)
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return nil // shutting down: what is asked now is lost, by design
	}
	select {
	case l.queue <- g:
	default:
		if n := l.dropped.Add(1); n == 1 || n%100 == 0 {
			l.logger.Warn("unanswered question not recorded: the queue is full", "dropped", n)
		}
	}
	return nil
}

// Dropped is how many records a full queue has dropped.
func (l *GapLog) Dropped() int64 { return l.dropped.Load() }

// write writes queued records, in batches, until the queue is closed and empty.
func (l *GapLog) write() {
	defer close(l.done)
	tick := time.NewTicker(gapFlushEvery)
	defer tick.Stop()
	batch := make([]facts.Gap, 0, gapBatch)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), gapWriteTimeout)
		defer cancel()
		if err := l.store.RecordGaps(ctx, batch...); err != nil {
			l.logger.Error("unanswered questions not recorded", "questions", len(batch), "err", err)
		}
		batch = batch[:0]
	}
	for {
		select {
		case g, ok := <-l.queue:
			if !ok {
				flush()
				return
			}
			if batch = append(batch, g); len(batch) == gapBatch {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
}

// Close stops taking records and, with a queue, waits until the queued ones
// are written. Records made after Close are dropped.
func (l *GapLog) Close() error {
	l.mu.Lock()
	if l.closed || l.queue == nil {
		l.closed = true
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	close(l.queue)
	l.mu.Unlock()
	<-l.done
	return nil
}

// RecordGaps makes the bot record the questions it cannot answer in l: asked
// in chat, not the ones help asks itself to pick its examples. Without it,
// nothing is recorded.
func (b *Bot) RecordGaps(l *GapLog) { b.gaps = l }

// recordGap records a question the bot could not answer, with who asked (which
// l keeps only when FACTDESK_LOG_ASKERS=1). A replay (Slack's "Post to
// channel") was recorded when first asked.
func (b *Bot) recordGap(ctx context.Context, r Request, ans facts.Answer) {
	if b.gaps == nil || ans.Found || r.Replay {
		return
	}
	asker := ""
	if r.UserID != "" {
		asker = r.Platform + ":" + r.UserID
	}
	if err := b.gaps.RecordGap(ctx, facts.Gap{Question: ans.Question, Surface: r.Platform, Asker: asker}); err != nil {
		b.logger.Error("unanswered question not recorded", "platform", r.Platform, "err", err)
	}
}
