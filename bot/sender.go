package bot

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// Sender posts the corrections in the outbox: each due one through its
// platform's Poster, once. A failure is tried again later, each time waiting
// twice as long (MinBackoff, doubling, up to MaxBackoff), and given up after
// MaxAttempts; a platform that asks to wait (RateLimitedError) is left alone for
// as long as it asks, and a refusal for good (PermanentError) is given up at
// once. All of it is in the knowledge base, so a restart carries on where the
// last run stopped.
type Sender struct {
	outbox  Outbox
	posters []Poster
	logger  *slog.Logger

	// MinBackoff is the wait after the first failure; MaxBackoff caps it.
	MinBackoff, MaxBackoff time.Duration
	// MaxAttempts is how many tries a failing correction gets; one the
	// platform only rate-limits is never given up.
	MaxAttempts int
	// Lease is how long a correction being posted is held from other senders.
	Lease time.Duration
	// Poll is how often Run looks for due corrections; PruneEvery how often it
	// prunes deliveries past their keeping.
	Poll, PruneEvery time.Duration
	// Now is the clock of rate-limit pauses; tests set it.
	Now func() time.Time

	paused map[string]time.Time // platform: rate limited until
}

// NewSender builds a sender over the outbox for the platforms of posters.
func NewSender(outbox Outbox, logger *slog.Logger, posters ...Poster) *Sender {
	if logger == nil {
		logger = slog.Default()
	}
	return &Sender{outbox: outbox, posters: posters, logger: logger,
		MinBackoff: 30 * time.Second, MaxBackoff: 6 * time.Hour, MaxAttempts: 12,
		Lease: 2 * time.Minute, Poll: 5 * time.Second, PruneEvery: time.Hour,
		Now: time.Now, paused: map[string]time.Time{}}
}

// Platforms lists the platforms the sender posts on.
func (s *Sender) Platforms() []string {
	var out []string
	for _, p := range s.posters {
		out = append(out, p.Platform())
	}
	return out
}

// SendResult counts what one pass did.
type SendResult struct {
	Sent, Retrying, GaveUp int
}

// SendDue posts every correction due now, platform by platform, and returns
// what it did. A platform that rate-limits is left until it said to come back.
// It returns an error only when the outbox cannot be read or written. Run calls
// it; it is not for concurrent use.
func (s *Sender) SendDue(ctx context.Context) (SendResult, error) {
	var res SendResult
	for _, p := range s.posters {
		if until, ok := s.paused[p.Platform()]; ok && s.Now().Before(until) {
			continue
		}
		for ctx.Err() == nil {
			due, err := s.outbox.ClaimCorrections(ctx, p.Platform(), 1, s.Lease)
			if err != nil {
				return res, err
			}
			if len(due) == 0 {
				break
			}
			limited, err := s.send(ctx, p, due[0], &res)
			if err != nil {
				return res, err
			}
			if limited {
				break
			}
		}
	}
	return res, nil
}

// send posts one claimed correction and records the outcome; it reports
// whether the platform asked to wait.
func (s *Sender) send(ctx context.Context, p Poster, c facts.Correction, res *SendResult) (bool, error) {
	id, attempts := c.ID, c.Attempts
	ref, err := p.PostCorrection(ctx, c)
	// The outcome is recorded even when ctx ends meanwhile: a message posted
	// and not marked sent would be posted again.
	record := context.WithoutCancel(ctx)
	if err == nil {
		res.Sent++
		s.logger.Info("correction posted", "platform", p.Platform(), "correction", id, "message", ref)
		return false, s.outbox.CorrectionSent(record, id, ref)
	}
	var limited *RateLimitedError
	switch {
	case errors.As(err, &limited):
		wait := max(limited.RetryAfter, time.Second)
		s.paused[p.Platform()] = s.Now().Add(wait)
		res.Retrying++
		s.logger.Warn("correction rate limited", "platform", p.Platform(), "correction", id, "retry_after", wait)
		return true, s.outbox.CorrectionFailed(record, id, err.Error(), wait, false)
	case ctx.Err() != nil:
		// Stopped mid-post: due again at the next start.
		res.Retrying++
		return false, s.outbox.CorrectionFailed(record, id, "interrupted: "+err.Error(), 0, false)
	case isPermanent(err) || attempts >= s.MaxAttempts:
		res.GaveUp++
		s.logger.Error("correction given up", "platform", p.Platform(), "correction", id, "attempts", attempts, "err", err)
		return false, s.outbox.CorrectionFailed(record, id, err.Error(), 0, true)
	}
	wait := s.backoff(attempts)
	res.Retrying++
	s.logger.Warn("correction failed; will try again", "platform", p.Platform(), "correction", id, "attempts", attempts, "retry_in", wait, "err", err)
	return false, s.outbox.CorrectionFailed(record, id, err.Error(), wait, false)
}

// backoff is the wait after the attempts-th failure: MinBackoff, doubling each
// time, at most MaxBackoff.
func (s *Sender) backoff(attempts int) time.Duration {
	wait := s.MinBackoff
	for i := 1; i < attempts && wait < s.MaxBackoff; i++ {
		wait *= 2
	}
	return min(wait, s.MaxBackoff)
}

// Run posts due corrections every Poll and prunes old deliveries every
// PruneEvery, until ctx is done. Trouble with the knowledge base is logged,
// and tried again at the next poll.
func (s *Sender) Run(ctx context.Context) {
	poll := time.NewTicker(s.Poll)
	defer poll.Stop()
	var pruned time.Time
	for {
		if time.Since(pruned) >= s.PruneEvery {
			pruned = time.Now()
			if n, err := s.outbox.PruneDeliveries(ctx); err != nil && ctx.Err() == nil {
				s.logger.Error("pruning deliveries failed", "err", err)
			} else if n > 0 {
				s.logger.Info("deliveries pruned", "removed", n)
			}
		}
		if _, err := s.SendDue(ctx); err != nil && ctx.Err() == nil {
			s.logger.Error("sending corrections failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-poll.C:
		}
	}
}
