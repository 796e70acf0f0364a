package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// EditFact changes a pending fact's wording or fields in place, checked as an
// import would check them, with the old and new values in the history. Only a
// pending fact is edited in place: an approved one may already have been cited
// to readers, so it is corrected with Supersede, which keeps both and lets the
// correction reach them; a retracted one is approved again first. It returns
// ENOTFOUND for an unknown fact and EINVALID for a fact in another status, an
// edit that changes nothing, or fields that break the rules.
func (kb *KB) EditFact(ctx context.Context, actor facts.Actor, fullID string, edit facts.FactEdit) (facts.Fact, error) {
	var out facts.Fact
	err := kb.curate(ctx, actor, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		switch f.Status {
		case facts.StatusApproved:
			return facts.Errorf(facts.EINVALID, "%s is approved and may already have been cited: correct it with supersede, so the correction reaches everyone who was told.", f.FullID())
		case facts.StatusRetracted:
			return facts.Errorf(facts.EINVALID, "%s is retracted: approve it again before editing it, or supersede it with a correction.", f.FullID())
		}
		nf := edit.Apply(f.Fact)
		if reflect.DeepEqual(nf, f.Fact) {
			return facts.Errorf(facts.EINVALID, "The edit changes nothing in %s.", f.FullID())
		}
		if err := checkFact(ctx, w, nf); err != nil {
			return err
		}
		if err := w.putInPlaceOf(ctx, nf, f.rowid, f.rowid); err != nil {
			return err
		}
		out = nf
		return w.history(ctx, "update", nf.FullID(), f.Fact, nf, "edited")
	})
	if err != nil {
		return facts.Fact{}, fmt.Errorf("edit %s: %w", fullID, err)
	}
	return out, nil
}

// Supersede adds a correction of an approved (or retracted) fact: a new fact
// in the same story, the old one's fields with the edit applied, that
// supersedes it. Approved (at once, or later with Approve), it answers in the
// old fact's place, the old fact's history and flags say so, and every
// conversation in chat that was told the old fact gets a correction, unless
// opt.NoNotice; the result says how many. It returns
// ENOTFOUND for an unknown fact and EINVALID for a pending fact (edit it
// instead), one already corrected, a correction that changes nothing, or
// fields that break the rules.
func (kb *KB) Supersede(ctx context.Context, actor facts.Actor, oldID string, edit facts.FactEdit, opt facts.SupersedeOptions) (facts.ChangeResult, error) {
	var out facts.ChangeResult
	told, err := kb.curateWith(ctx, actor, facts.ChangeOptions{Reason: strings.TrimSpace(opt.Reason), NoNotice: opt.NoNotice}, func(ctx context.Context, w *writer) error {
		old, err := factForUpdate(ctx, w.tx, oldID)
		if err != nil {
			return err
		}
		if old.Status == facts.StatusPending {
			return facts.Errorf(facts.EINVALID, "%s is pending and has answered nobody yet: edit it instead of correcting it.", old.FullID())
		}
		var by string
		err = w.tx.QueryRowContext(ctx, `SELECT story_id || '/' || id FROM facts WHERE status IN ('approved', 'pending') AND (supersedes = ? OR (story_id = ? AND supersedes = ?)) LIMIT 1`,
			old.FullID(), old.Story, old.ID).Scan(&by)
		if err == nil {
			return facts.Errorf(facts.EINVALID, "%s already has a correction, %s: approve or edit that one.", old.FullID(), by)
		}
		if !errors.Is(err, errNoRows) {
			return err
		}
		nf := edit.Apply(old.Fact)
		nf.Status = facts.StatusPending
		if opt.Approve {
			nf.Status = facts.StatusApproved
		}
		nf.Supersedes = old.ID
		if reflect.DeepEqual(withoutReview(nf), withoutReview(old.Fact)) {
			return facts.Errorf(facts.EINVALID, "The correction changes nothing in %s: change its statement or fields.", old.FullID())
		}
		if nf.ID, err = correctionID(ctx, w, old.Fact, strings.TrimSpace(opt.ID)); err != nil {
			return err
		}
		if err := checkFact(ctx, w, nf); err != nil {
			return err
		}
		if err := w.putInPlaceOf(ctx, nf, old.rowid, 0); err != nil {
			return err
		}
		if err := w.noteApprover(ctx, nf); err != nil {
			return err
		}
		if err := w.history(ctx, "create", nf.FullID(), nil, nf, "correction of "+old.FullID()); err != nil {
			return err
		}
		out.Fact = nf
		if nf.Status == facts.StatusApproved {
			out.Corrects = old.FullID()
		}
		return w.noteSupersede(ctx, nf)
	})
	if err != nil {
		return facts.ChangeResult{}, fmt.Errorf("supersede %s: %w", oldID, err)
	}
	out.Told = told
	return out, nil
}

// withoutReview is a fact's content alone, to tell whether a correction
// changes anything.
func withoutReview(f facts.Fact) facts.Fact {
	f.ID, f.Status, f.Supersedes = "", "", ""
	return f
}

// correctionID is the id a correction gets: the one asked for, which must be
// free, else the old id with "-corrected" (then "-corrected-2", ...).
func correctionID(ctx context.Context, w *writer, old facts.Fact, want string) (string, error) {
	if want != "" {
		if !facts.ValidSlug(want) {
			return "", facts.Errorf(facts.EINVALID, "id: %s", facts.SlugProblem(want))
		}
		if ok, err := w.kb.factExistsTx(ctx, w, old.Story+"/"+want); err != nil || ok {
			if ok {
				return "", facts.Errorf(facts.EINVALID, "id: %s/%s is taken; choose another id", old.Story, want)
			}
			return "", err
		}
		return want, nil
	}
	base := old.ID + "-corrected"
	for i := 1; i < 1000; i++ {
		id := base
		if i > 1 {
			id = fmt.Sprintf("%s-%d", base, i)
		}
		ok, err := w.kb.factExistsTx(ctx, w, old.Story+"/"+id)
		if err != nil {
			return "", err
		}
		if !ok {
			return id, nil
		}
	}
	return "", facts.Errorf(facts.EINVALID, "id: give the correction an id")
}

// checkFact checks a fact written on the desk as an import checks one: its own
// fields, that its source is one of its story's, and that its subject and
// speaker are entities. Every problem is named by field.
func checkFact(ctx context.Context, w *writer, f facts.Fact) error {
	var problems []string
	var verr *facts.ValidationError
	if err := f.Validate(); errors.As(err, &verr) {
		for _, p := range verr.Problems {
			problems = append(problems, strings.TrimPrefix(p.Field, "facts.")+": "+p.What)
		}
	}
	var n int
	if err := w.tx.QueryRowContext(ctx, `SELECT count(*) FROM sources WHERE story_id = ? AND id = ?`, f.Story, f.Source).Scan(&n); err != nil {
		return err
	}
	if f.Source != "" && n == 0 {
		problems = append(problems, fmt.Sprintf("source: %q is not a source of story %s", f.Source, f.Story))
	}
	for _, e := range []struct{ field, id string }{{"subject", f.Subject}, {"speaker", f.Speaker}} {
		if e.id == "" {
			continue
		}
		if err := w.tx.QueryRowContext(ctx, `SELECT count(*) FROM entities WHERE id = ?`, e.id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			problems = append(problems, fmt.Sprintf("%s: %q is not an entity (import a story file that defines it first)", e.field, e.id))
		}
	}
	if len(problems) > 0 {
		return facts.Errorf(facts.EINVALID, "%s", strings.Join(problems, "; "))
	}
	return nil
}
