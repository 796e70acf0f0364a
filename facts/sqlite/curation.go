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
// explain later is a loss. Every conversation in chat that was told the fact gets
// a correction (see RetractFact).
func (kb *KB) Retract(ctx context.Context, actor facts.Actor, fullID, reason string) (facts.Fact, error) {
	res, err := kb.RetractFact(ctx, actor, fullID, facts.ChangeOptions{Reason: reason})
	return res.Fact, err
}

// RetractFact retracts a fact for opt.Reason (required) and, in the same
// transaction, queues a correction for each conversation in chat where factdesk
// cited it, unless opt.NoNotice; the result says how many.
func (kb *KB) RetractFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error) {
	reason := strings.TrimSpace(opt.Reason)
	if reason == "" {
		return facts.ChangeResult{}, facts.Errorf(facts.EINVALID, "Say why %s is retracted: the reason is kept with the fact.", fullID)
	}
	if n := utf8.RuneCountInString(reason); n > facts.MaxNoteLen {
		return facts.ChangeResult{}, facts.Errorf(facts.ETOOLARGE, "The reason is %d characters; keep it under %d.", n, facts.MaxNoteLen)
	}
	opt.Reason = reason
	var out facts.ChangeResult
	told, err := kb.curateWith(ctx, actor, opt, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		if f.Status == facts.StatusRetracted {
			return facts.Errorf(facts.EINVALID, "%s is already retracted.", fullID)
		}
		out.Fact, err = w.setStatus(ctx, f, facts.StatusRetracted, reason, "retract", reason)
		if err != nil {
			return err
		}
		if err := w.closeFlags(ctx, f.Fact, "retracted: "+reason); err != nil {
			return err
		}
		return w.noticeCorrection(ctx, f.Fact, nil, reason)
	})
	if err != nil {
		return facts.ChangeResult{}, fmt.Errorf("retract %s: %w", fullID, err)
	}
	out.Told = told
	return out, nil
}

// Approve makes a pending (or retracted) fact answer questions. Approving a fact
// that is already approved but flagged records the review and closes its flags. A
// fact that supersedes another now replaces it in answers; the corrected fact's
// history says so, and every conversation in chat that was told the corrected
// fact gets a correction (see ApproveFact).
func (kb *KB) Approve(ctx context.Context, actor facts.Actor, fullID string) (facts.Fact, error) {
	res, err := kb.ApproveFact(ctx, actor, fullID, facts.ChangeOptions{})
	return res.Fact, err
}

// ApproveFact approves a fact as Approve does. With opt.Supersedes it also
// marks the fact as the correction of that one (which it must not already
// correct another fact than), which takes effect at once if the fact is already
// approved. When the approved fact corrects another, the same transaction
// queues a correction, saying opt.Reason, for each conversation in chat where
// factdesk cited the corrected fact, unless opt.NoNotice; the result names the
// corrected fact and says how many.
func (kb *KB) ApproveFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error) {
	opt.Reason = strings.TrimSpace(opt.Reason)
	if n := utf8.RuneCountInString(opt.Reason); n > facts.MaxNoteLen {
		return facts.ChangeResult{}, facts.Errorf(facts.ETOOLARGE, "The reason is %d characters; keep it under %d.", n, facts.MaxNoteLen)
	}
	var out facts.ChangeResult
	reviewed := false // only flags closed: no answer changes
	told, err := kb.curateTx(ctx, actor, opt, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		marked := false
		if sup := strings.TrimSpace(opt.Supersedes); sup != "" {
			if marked, err = w.markCorrection(ctx, &f, sup); err != nil {
				return err
			}
		}
		if f.Status == facts.StatusApproved {
			n, err := w.closeFlagsCount(ctx, f.Fact, "reviewed and kept")
			if err != nil {
				return err
			}
			out.Fact = f.Fact
			if marked {
				out.Corrects = facts.SupersededID(f.Fact)
				return w.noteSupersede(ctx, f.Fact)
			}
			if n == 0 {
				return facts.Errorf(facts.EINVALID, "%s is already approved and has no open flags.", fullID)
			}
			reviewed = true
			return w.history(ctx, "review", fullID, nil, nil, fmt.Sprintf("kept as approved; %d flag(s) closed", n))
		}
		if out.Fact, err = w.setStatus(ctx, f, facts.StatusApproved, "", "approve", opt.Reason); err != nil {
			return err
		}
		if err := w.closeFlags(ctx, f.Fact, "approved"); err != nil {
			return err
		}
		out.Corrects = facts.SupersededID(out.Fact)
		return w.noteSupersede(ctx, out.Fact)
	}, func() bool { return !reviewed })
	if err != nil {
		return facts.ChangeResult{}, fmt.Errorf("approve %s: %w", fullID, err)
	}
	out.Told = told
	return out, nil
}

// markCorrection makes f the correction of the fact sup names (a full id, or a
// fact id in f's story), recording the change in f's history, and reports
// whether anything changed. It returns ENOTFOUND for an unknown fact and
// EINVALID for f itself, a fact f already corrects another than, or a fact
// another approved fact already corrects.
func (w *writer) markCorrection(ctx context.Context, f *curatedFact, sup string) (bool, error) {
	full := sup
	if !strings.Contains(sup, "/") {
		full = f.Story + "/" + sup
	}
	if full == f.FullID() {
		return false, facts.Errorf(facts.EINVALID, "%s cannot correct itself.", full)
	}
	if cur := facts.SupersededID(f.Fact); cur == full {
		return false, nil
	} else if cur != "" {
		return false, facts.Errorf(facts.EINVALID, "%s already corrects %s, not %s.", f.FullID(), cur, full)
	}
	old, err := factForUpdate(ctx, w.tx, full)
	if err != nil {
		return false, err
	}
	var by string
	err = w.tx.QueryRowContext(ctx, `SELECT story_id || '/' || id FROM facts WHERE status = 'approved' AND rowid != ?
		AND (supersedes = ? OR (story_id = ? AND supersedes = ?)) LIMIT 1`, f.rowid, old.FullID(), old.Story, old.ID).Scan(&by)
	if err == nil {
		return false, facts.Errorf(facts.EINVALID, "%s already has a correction, %s.", old.FullID(), by)
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	stored := full // as a story file writes it: the bare id within the story
	if old.Story == f.Story {
		stored = old.ID
	}
	if _, err := w.tx.ExecContext(ctx, `UPDATE facts SET supersedes = ? WHERE rowid = ?`, stored, f.rowid); err != nil {
		return false, err
	}
	nf := f.Fact
	nf.Supersedes = stored
	if err := w.history(ctx, "update", f.FullID(), f.Fact, nf, "marked as the correction of "+full); err != nil {
		return false, err
	}
	f.Fact = nf
	return true, nil
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
	_, err := kb.curateWith(ctx, actor, facts.ChangeOptions{}, edit)
	return err
}

// curateWith is curate with an editor's options for the corrections the edit
// queues (reason, no notice), and returns how many it queued.
func (kb *KB) curateWith(ctx context.Context, actor facts.Actor, opt facts.ChangeOptions, edit func(context.Context, *writer) error) (int, error) {
	return kb.curateTx(ctx, actor, opt, edit, func() bool { return true })
}

// curateNotes runs an edit that changes nothing answers and checks are made
// of (a flag, its note, a review that closes flags): the generation stays, so
// the read model and the caches survive it. Anyone may flag, and each new
// generation rebuilds the read model and empties the caches (issue 16: 40
// flags cut throughput by more than half). What shows flags reads them from
// the tables each time, so it is never stale.
func (kb *KB) curateNotes(ctx context.Context, actor facts.Actor, edit func(context.Context, *writer) error) error {
	_, err := kb.curateTx(ctx, actor, facts.ChangeOptions{}, edit, func() bool { return false })
	return err
}

// curateTx runs an edit in one transaction as actor, moving the generation
// when changed reports, after the edit, that it changed what answers read.
func (kb *KB) curateTx(ctx context.Context, actor facts.Actor, opt facts.ChangeOptions, edit func(context.Context, *writer) error, changed func() bool) (int, error) {
	if actor.Surface == "" {
		actor.Surface = "cli"
	}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{kb: kb, tx: tx, actor: actor, reason: opt.Reason, noNotice: opt.NoNotice}
	if err := edit(ctx, w); err != nil {
		return 0, err
	}
	if changed() {
		if err := bumpGeneration(ctx, tx); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit: %w", err)
	}
	return w.told, nil
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

// setStatus changes a fact's status, noting who did it (so a story file can
// say who approved or retracted it), and records old and new in the history.
func (w *writer) setStatus(ctx context.Context, f curatedFact, status, note, action, why string) (facts.Fact, error) {
	by := `approved_by = ?, retracted_by = ''`
	if status == facts.StatusRetracted {
		by = `retracted_by = ?`
	}
	if _, err := w.tx.ExecContext(ctx, `UPDATE facts SET status = ?, status_note = ?, `+by+` WHERE rowid = ?`, status, note, actorName(w.actor), f.rowid); err != nil {
		return facts.Fact{}, err
	}
	nf := f.Fact
	nf.Status = status
	if err := w.history(ctx, action, f.FullID(), f.Fact, nf, why); err != nil {
		return facts.Fact{}, err
	}
	return nf, nil
}

// noteApprover records who approved a fact that was approved as it was
// written (kb add --approve, a correction approved at once).
func (w *writer) noteApprover(ctx context.Context, f facts.Fact) error {
	if f.Status != facts.StatusApproved {
		return nil
	}
	_, err := w.tx.ExecContext(ctx, `UPDATE facts SET approved_by = ? WHERE story_id = ? AND id = ?`, actorName(w.actor), f.Story, f.ID)
	return err
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
	if err := w.history(ctx, "supersede", old, nil, nil, "corrected by "+f.FullID()); err != nil {
		return err
	}
	// Every conversation that was told the old fact hears of the correction.
	return w.noticeSuperseded(ctx, old, &f)
}
