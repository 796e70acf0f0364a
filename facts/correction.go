package facts

import (
	"fmt"
	"time"
)

// Corrections follow answers. Each answer factdesk posts where others read it is
// recorded as a Delivery: the facts it cited and the conversation it went to.
// When one of those facts is retracted or superseded, the same transaction queues
// one Correction for each conversation that was told it, and the server posts it
// there: the old statement, the new one, who corrected it and why, with the source.

// DefaultKeepDeliveries is how long deliveries are kept, and so how far back a
// correction reaches, unless FACTDESK_KEEP_DELIVERIES says otherwise.
const DefaultKeepDeliveries = 90 * 24 * time.Hour

// Conversation is a place in chat where factdesk posts: a Slack channel, direct
// message or thread; a Discord channel (Discord's threads are channels too).
type Conversation struct {
	Platform  string `json:"platform"`            // "slack", "discord"
	Workspace string `json:"workspace,omitempty"` // Slack team id, Discord guild id; "" in a direct message
	Channel   string `json:"channel"`
	Thread    string `json:"thread,omitempty"` // Slack: the thread's ts; "" for the channel itself
}

// String names a conversation for people: "slack T1/C2 thread 1700000000.000100".
func (c Conversation) String() string {
	s := c.Platform + " "
	if c.Workspace != "" {
		s += c.Workspace + "/"
	}
	s += c.Channel
	if c.Thread != "" {
		s += " thread " + c.Thread
	}
	return s
}

// Delivery is one answer factdesk posted where others could read it.
type Delivery struct {
	Conversation
	// Message is the answer as posted (a Slack ts, a Discord message id), for a
	// correction to reply to; "" when the platform gave none.
	Message string `json:"message,omitempty"`
	// Facts are the full ids (story/fact) of the facts the answer cited.
	Facts []string `json:"facts"`
	At    string   `json:"at,omitempty"` // set by the knowledge base
}

// maxRefLen bounds a platform id (channel, thread, message): theirs are short.
const maxRefLen = 200

// Validate checks a delivery before it is recorded.
func (d Delivery) Validate() error {
	if d.Platform == "" || d.Channel == "" {
		return Errorf(EINVALID, "A delivery needs its platform and channel.")
	}
	for _, s := range []string{d.Platform, d.Workspace, d.Channel, d.Thread, d.Message} {
		if len(s) > maxRefLen {
			return Errorf(EINVALID, "A delivery's platform ids are at most %d characters.", maxRefLen)
		}
	}
	for _, id := range d.Facts {
		if !ValidFullID(id) {
			return Errorf(EINVALID, "%q is not a fact id; fact ids look like story-id/fact-id.", id)
		}
	}
	return nil
}

// Kinds of correction.
const (
	CorrectionRetracted  = "retracted"
	CorrectionSuperseded = "superseded"
)

// States of a correction in the outbox.
const (
	CorrectionPending = "pending" // to be posted (again, after a failure)
	CorrectionSent    = "sent"
	CorrectionFailed  = "failed" // given up: refused for good, or too many attempts
)

// Correction is a notice, queued for one conversation, that a fact factdesk
// cited there no longer stands.
type Correction struct {
	ID        int64  `json:"id"`
	Fact      string `json:"fact"`      // the fact that was cited, story/fact
	Kind      string `json:"kind"`      // retracted or superseded
	Statement string `json:"statement"` // what factdesk said
	Source    Source `json:"source"`    // where that came from
	// NewFact, NewStatement and NewSource are the correction, when superseded.
	NewFact      string  `json:"new_fact,omitempty"`
	NewStatement string  `json:"new_statement,omitempty"`
	NewSource    *Source `json:"new_source,omitempty"`
	By           string  `json:"by"`               // who corrected it
	Surface      string  `json:"surface"`          // through which surface
	Reason       string  `json:"reason,omitempty"` // why
	CorrectedAt  string  `json:"corrected_at"`

	Conversation Conversation `json:"conversation"`
	ReplyTo      string       `json:"reply_to,omitempty"` // factdesk's answer there, to reply to
	AnsweredAt   string       `json:"answered_at"`        // when factdesk last cited the fact there

	Status      string `json:"status"` // pending, sent or failed
	Attempts    int    `json:"attempts"`
	NextAttempt string `json:"next_attempt,omitempty"` // pending: not before
	LastError   string `json:"last_error,omitempty"`
	QueuedAt    string `json:"queued_at"`
	SentAt      string `json:"sent_at,omitempty"`
	SentAs      string `json:"sent_as,omitempty"` // the posted message: a Slack ts, a Discord message id
}

// CorrectionFilter says which corrections to list; the zero filter lists all.
type CorrectionFilter struct {
	Status string // pending, sent or failed; "" for all
	Fact   string // only corrections of this fact (story/fact)
	Limit  int    // at most this many, when over 0
}

// Validate checks a filter's status.
func (f CorrectionFilter) Validate() error {
	switch f.Status {
	case "", CorrectionPending, CorrectionSent, CorrectionFailed:
		return nil
	}
	return Errorf(EINVALID, "%q is not a correction status: pending, sent or failed.", f.Status)
}

// ChangeOptions say how an editor retracts or approves a fact.
type ChangeOptions struct {
	// Reason is why: required to retract; for an approval that corrects a fact,
	// it is said in the correction posted in chat.
	Reason string
	// Supersedes names the fact an approved fact corrects (story/fact, or a fact
	// id in the same story), when the fact does not say so itself.
	Supersedes string
	// NoNotice queues no correction: the editor decided the conversations that
	// were told the old fact need not hear of it.
	NoNotice bool
}

// ChangeResult is a retracted or approved fact, and how many conversations a
// correction was queued for.
type ChangeResult struct {
	Fact Fact `json:"fact"`
	// Corrects is the fact this approval made the approved fact replace
	// (story/fact); "" when it replaced none.
	Corrects string `json:"corrects,omitempty"`
	// Told counts the conversations a correction was queued for: those where
	// factdesk cited the fact that no longer stands.
	Told int `json:"told"`
}

// Told says in a sentence how many conversations will hear of a correction.
func Told(n int) string {
	switch n {
	case 0:
		return "No conversation in chat cited it recently, so none needs a correction."
	case 1:
		return "A correction will be posted in the 1 conversation in chat that cited it."
	}
	return fmt.Sprintf("A correction will be posted in each of the %d conversations in chat that cited it.", n)
}
