package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// Deliveries is where a surface records each answer it posted where others
// read it (a Slack thread or channel, a Discord channel), so that a correction
// can follow any fact it cited there. The knowledge base is one. RecordDelivery
// returns EINVALID for a delivery without platform or channel.
type Deliveries interface {
	RecordDelivery(ctx context.Context, d facts.Delivery) error
}

// Outbox is what the correction sender asks of the knowledge base: the
// corrections due on a platform, held while they are posted, and what came of
// each. Corrections are queued by the change that calls for them.
type Outbox interface {
	ClaimCorrections(ctx context.Context, platform string, limit int, lease time.Duration) ([]facts.Correction, error)
	CorrectionSent(ctx context.Context, id int64, ref string) error
	CorrectionFailed(ctx context.Context, id int64, problem string, wait time.Duration, giveUp bool) error
	PruneDeliveries(ctx context.Context) (int64, error)
}

// Poster posts corrections on one platform, in the conversation each names,
// and returns the posted message's id. A surface wraps the platform's refusals:
// RateLimitedError when it asks to wait, PermanentError when trying again
// cannot help; any other error is tried again later.
type Poster interface {
	Platform() string
	PostCorrection(ctx context.Context, c facts.Correction) (string, error)
}

// RateLimitedError is a platform asking to wait before the next request (HTTP
// 429 with Retry-After, on Slack and Discord alike).
type RateLimitedError struct {
	RetryAfter time.Duration
	Err        error
}

func (e *RateLimitedError) Error() string {
	return fmt.Sprintf("rate limited, retry after %s: %v", e.RetryAfter, e.Err)
}

func (e *RateLimitedError) Unwrap() error { return e.Err }

// PermanentError is a refusal that trying again cannot change: the channel is
// gone, or factdesk is not in it.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }

func (e *PermanentError) Unwrap() error { return e.Err }

// isPermanent reports whether err says trying again cannot help.
func isPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}

// CorrectionReply is the correction posted in a conversation where factdesk
// cited a fact that has since been retracted or superseded: what it said, what
// stands now, who corrected it and why, with the sources.
func CorrectionReply(c facts.Correction) Reply {
	when := ""
	if d := day(c.AnsweredAt); d != "" {
		when = " on " + d
	}
	rep := Reply{Kind: KindCorrection}
	by := "by " + c.By
	if path, ok := strings.CutPrefix(c.Surface, "import:"); ok {
		by += ", in an import of " + path
	}
	if d := day(c.CorrectedAt); d != "" {
		by += ", " + d
	}
	why := "."
	if c.Reason != "" {
		why = ". Why: " + strings.TrimSuffix(c.Reason, ".") + "."
	}
	if c.Kind == facts.CorrectionSuperseded {
		rep.Text = fmt.Sprintf("Correction: factdesk cited a fact here%s that has since been corrected. It said: \u201c%s\u201d It now reads: \u201c%s\u201d",
			when, c.Statement, c.NewStatement)
		it := Item{Title: c.NewFact, Text: c.NewStatement}
		if c.NewSource != nil {
			it.Source = citation(*c.NewSource)
		}
		rep.Items = []Item{it, {Title: c.Fact + " (corrected)", Text: c.Statement, Source: citation(c.Source)}}
		rep.Notes = []string{"Corrected " + by + why}
		return rep
	}
	rep.Text = fmt.Sprintf("Correction: factdesk cited a fact here%s that has since been retracted. It said: \u201c%s\u201d",
		when, c.Statement)
	rep.Items = []Item{{Title: c.Fact + " (retracted)", Text: c.Statement, Source: citation(c.Source)}}
	rep.Notes = []string{"Retracted " + by + why, "It no longer answers questions."}
	return rep
}

// day is the date of an RFC 3339 time: "2024-06-03".
func day(stamp string) string {
	if len(stamp) < len("2006-01-02") {
		return stamp
	}
	return stamp[:len("2006-01-02")]
}
