package facts

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Curation is what editors did to a fact beyond its wording: why it was
// retracted and by whom, who approved it, and the flags raised on it. Story
// files carry it (keys reason, approved_by, retracted_by, flags), so an export
// imported into a new knowledge base keeps every decision; the history of how
// they were reached stays in the knowledge base and its backups.
type Curation struct {
	Reason      string `json:"reason,omitempty"`       // why it was retracted
	ApprovedBy  string `json:"approved_by,omitempty"`  // who approved it, when an editor did
	RetractedBy string `json:"retracted_by,omitempty"` // who retracted it
	Flags       []Flag `json:"flags,omitempty"`        // open and closed, oldest first
}

// IsZero reports whether c records nothing.
func (c Curation) IsZero() bool {
	return c.Reason == "" && c.ApprovedBy == "" && c.RetractedBy == "" && len(c.Flags) == 0
}

// Decisions is c without its flags: what a fact's status rests on, compared
// when an import merges a fact (flags are only ever added or closed).
func (c Curation) Decisions() Curation {
	c.Flags = nil
	return c
}

// maxActorLen bounds who an editor is ("alice", "slack:U0123ABCD").
const maxActorLen = 200

// Validate checks curation for a fact of the given status: a reason and who
// retracted belong to a retracted fact, who approved to an approved or
// retracted one; notes are at most MaxNoteLen characters; times are RFC 3339.
// Problems are named by field (facts.reason, facts.flags.note, ...).
func (c Curation) Validate(status string) error {
	var p problems
	if status == "" {
		status = StatusApproved
	}
	text := func(field, v string) {
		if n := utf8.RuneCountInString(v); n > MaxNoteLen {
			p.add(field, "is %d characters; keep it under %d", n, MaxNoteLen)
		}
	}
	who := func(field, v string) {
		if n := utf8.RuneCountInString(v); n > maxActorLen {
			p.add(field, "is %d characters; a name has at most %d", n, maxActorLen)
		} else if strings.ContainsAny(v, "\n\r") {
			p.add(field, "must be one line")
		}
	}
	text("facts.reason", c.Reason)
	who("facts.approved_by", c.ApprovedBy)
	who("facts.retracted_by", c.RetractedBy)
	if status != StatusRetracted {
		if c.Reason != "" {
			p.add("facts.reason", "only a retracted fact has a reason (its status is %s)", status)
		}
		if c.RetractedBy != "" {
			p.add("facts.retracted_by", "only a retracted fact has one (its status is %s)", status)
		}
	}
	if status == StatusPending && c.ApprovedBy != "" {
		p.add("facts.approved_by", "a pending fact has not been approved")
	}
	for _, fl := range c.Flags {
		switch {
		case strings.TrimSpace(fl.Note) == "":
			p.add("facts.flags.note", "is required: what the flag asks an editor to check")
		default:
			text("facts.flags.note", fl.Note)
		}
		who("facts.flags.actor", fl.Actor)
		who("facts.flags.surface", fl.Surface)
		who("facts.flags.closed_by", fl.ClosedBy)
		text("facts.flags.resolution", fl.Resolution)
		for _, t := range []struct{ field, v string }{{"facts.flags.at", fl.At}, {"facts.flags.closed_at", fl.ClosedAt}} {
			if t.v != "" && !ValidTime(t.v) {
				p.add(t.field, "%q must be a time like 2024-05-01T09:30:00Z", t.v)
			}
		}
		if fl.ClosedAt == "" && (fl.ClosedBy != "" || fl.Resolution != "") {
			p.add("facts.flags.closed_at", "a flag with closed_by or resolution is closed: say when (closed_at)")
		}
	}
	return p.err()
}

// ValidTime reports whether s is an RFC 3339 time, as the history writes them.
func ValidTime(s string) bool {
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

// SameFlag reports whether a flag in a story file is one the knowledge base
// holds: the same note by the same person, raised at the same time when the
// file says when.
func SameFlag(file, kb Flag) bool {
	return file.Note == kb.Note && file.Actor == kb.Actor && (file.At == "" || file.At == kb.At)
}
