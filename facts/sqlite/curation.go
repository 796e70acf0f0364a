package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Curation is how editors change single facts between imports: retract, approve,
// flag for review. Each change is one transaction that also writes the history and
// moves the generation, so every reader (in this process or another) sees it at once
// and nothing curated is ever lost: a retracted fact stays, with its reason.

// Retract withdraws a fact: it stays in the knowledge base with its reason and its
// history, and never answers again. The reason is required: a retraction nobody can
// explain later is a loss.
func (kb *KB) Retract(ctx context.Context, actor facts.Actor, fullID, reason string) (facts.Fact, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return facts.Fact{}, facts.Errorf(facts.EINVALID, "Say why %s is retracted: the reason is kept with the fact.", fullID)
	}
	if n := utf8.RuneCountInString(reason); n > facts.MaxNoteLen {
		return facts.Fact{}, facts.Errorf(facts.ETOOLARGE, "The reason is %d characters; keep it under %d.", n, facts.MaxNoteLen)
	}
	var out facts.Fact
	err := kb.curate(ctx, actor, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		if f.Status == facts.StatusRetracted {
			return facts.Errorf(facts.EINVALID, "%s is already retracted.", fullID)
		}
		out, err = w.setStatus(ctx, f, facts.StatusRetracted, reason, "retract", reason)
		if err != nil {
			return err
		}
		return w.closeFlags(ctx, f.Fact, "retracted: "+reason)
	})
	if err != nil {
		return facts.Fact{}, fmt.Errorf("retract %s: %w", fullID, err)
	}
	return out, nil
}

// Approve makes a pending (or retracted) fact answer questions. Approving a fact
// that is already approved but flagged records the review and closes its flags. A
// fact that supersedes another now replaces it in answers; the corrected fact's
// history says so.
func (kb *KB) Approve(ctx context.Context, actor facts.Actor, fullID string) (facts.Fact, error) {
	var out facts.Fact
	err := kb.curate(ctx, actor, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		if f.Status == facts.StatusApproved {
			n, err := w.closeFlagsCount(ctx, f.Fact, "reviewed and kept")
			if err != nil {
				return err
			}
			if n == 0 {
				return facts.Errorf(facts.EINVALID, "%s is already approved and has no open flags.", fullID)
			}
			out = f.Fact
			return w.history(ctx, "review", fullID, nil, nil, fmt.Sprintf("kept as approved; %d flag(s) closed", n))
		}
		if out, err = w.setStatus(ctx, f, facts.StatusApproved, "", "approve", ""); err != nil {
			return err
		}
		if err := w.closeFlags(ctx, f.Fact, "approved"); err != nil {
			return err
		}
		return w.noteSupersede(ctx, out)
	})
	if err != nil {
		return facts.Fact{}, fmt.Errorf("approve %s: %w", fullID, err)
	}
	return out, nil
}

// Status returns a fact's review state: status, retraction reason and open flags.
func (kb *KB) Status(ctx context.Context, fullID string) (facts.FactStatus, error) {
	f, err := factForUpdate(ctx, kb.db, fullID)
	if err != nil {
		return facts.FactStatus{}, err
	}
	st := facts.FactStatus{ID: f.FullID(), Status: f.Status}
	if f.Status == facts.StatusRetracted {
		st.Reason = f.note
	}
	err = kb.db.QueryRowContext(ctx, `SELECT story_id || '/' || id FROM facts WHERE status = 'approved' AND (supersedes = ? OR (story_id = ? AND supersedes = ?))
		ORDER BY rowid DESC LIMIT 1`, f.FullID(), f.Story, f.ID).Scan(&st.SupersededBy)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return facts.FactStatus{}, fmt.Errorf("status of %s: %w", fullID, err)
	}
	flags, err := kb.flags(ctx, `fl.closed_at = '' AND fl.story_id = ? AND fl.fact_id = ?`, f.Story, f.ID)
	if err != nil {
		return facts.FactStatus{}, err
	}
	st.OpenFlags = flags
	return st, nil
}

// curate runs one edit in one transaction as actor, then moves the generation so
// caches everywhere refresh.
func (kb *KB) curate(ctx context.Context, actor facts.Actor, edit func(context.Context, *writer) error) error {
	if actor.Surface == "" {
		actor.Surface = "cli"
	}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{kb: kb, tx: tx, actor: actor}
	if err := edit(ctx, w); err != nil {
		return err
	}
	if err := bumpGeneration(ctx, tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// curatedFact is a stored fact with the note on its status.
type curatedFact struct {
	storedFact
	note string
}

// factForUpdate reads one fact by its full id, in any status.
func factForUpdate(ctx context.Context, q queryer, fullID string) (curatedFact, error) {
	story, local, ok := strings.Cut(strings.TrimSpace(fullID), "/")
	if !ok || story == "" || local == "" {
		return curatedFact{}, facts.Errorf(facts.EINVALID, "%q is not a fact id; fact ids look like story-id/fact-id.", fullID)
	}
	var note string
	row := q.QueryRowContext(ctx, `SELECT `+factColumns+`, status_note FROM facts WHERE story_id = ? AND id = ?`, story, local)
	f, err := scanFact(scanWithNote{row, &note})
	if errors.Is(err, sql.ErrNoRows) {
		return curatedFact{}, facts.Errorf(facts.ENOTFOUND, "No fact %q in the knowledge base.", fullID)
	}
	if err != nil {
		return curatedFact{}, fmt.Errorf("read fact: %w", err)
	}
	return curatedFact{f, note}, nil
}

// scanWithNote appends the status note to the columns scanFact reads.
type scanWithNote struct {
	row  interface{ Scan(...any) error }
	note *string
}

func (s scanWithNote) Scan(dest ...any) error { return s.row.Scan(append(dest, s.note)...) }

// setStatus changes a fact's status and records old and new in the history.
func (w *writer) setStatus(ctx context.Context, f curatedFact, status, note, action, why string) (facts.Fact, error) {
	if _, err := w.tx.ExecContext(ctx, `UPDATE facts SET status = ?, status_note = ? WHERE rowid = ?`, status, note, f.rowid); err != nil {
		return facts.Fact{}, err
	}
	nf := f.Fact
	nf.Status = status
	if err := w.history(ctx, action, f.FullID(), f.Fact, nf, why); err != nil {
		return facts.Fact{}, err
	}
	return nf, nil
}

// noteSupersede writes in the corrected fact's history that an approved fact now
// replaces it, so its own history tells the whole story, and closes its flags:
// the correction is their answer.
func (w *writer) noteSupersede(ctx context.Context, f facts.Fact) error {
	if f.Supersedes == "" || f.Status != facts.StatusApproved {
		return nil
	}
	old := facts.SupersededID(f)
	story, local, _ := strings.Cut(old, "/")
	if err := w.closeFlags(ctx, facts.Fact{Story: story, ID: local}, "corrected by "+f.FullID()); err != nil {
		return err
	}
	return w.history(ctx, "supersede", old, nil, nil, "corrected by "+f.FullID())
}
