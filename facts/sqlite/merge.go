package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/factdesk/factdesk/facts/storyfile"
)

// Resolution says what an import does with a fact changed both in its story
// file and in the knowledge base since the file was last imported or exported.
type Resolution string

const (
	// Refuse: report each such fact with both versions and change nothing.
	Refuse Resolution = ""
	// TakeTheirs takes the file's version (--theirs).
	TakeTheirs Resolution = "theirs"
	// KeepOurs keeps the knowledge base's version (--ours).
	KeepOurs Resolution = "ours"
)

// mergeFacts writes a story file's facts, merged fact by fact with what the
// knowledge base holds (facts.MergeFact). With a base for the story (its file
// as last imported or exported), facts the knowledge base added or changed
// since survive, facts the file dropped go only if the knowledge base left
// them as they were, and a fact changed on both sides is a conflict, settled
// by w.resolve or reported. Without one (a story imported before bases were
// kept), the file wins, as it always did. Either way an editor's retraction
// survives a file that lists the fact as approved.
func (w *writer) mergeFacts(ctx context.Context, f *storyfile.File, canon []byte, sum *facts.ImportSummary) error {
	sf := f.Story
	st := sf.Story.ID
	existing, err := storyFacts(ctx, w.tx, st)
	if err != nil {
		return err
	}
	baseData, err := readBase(ctx, w.tx, st)
	if err != nil {
		return err
	}
	// A file that is its base (the everyday re-import of a folder) needs no
	// decoding: every fact of theirs is the base's.
	unchanged := baseData != nil && bytes.Equal(baseData, canon)
	var base *facts.StoryFile
	if unchanged {
		base = &facts.StoryFile{}
	} else {
		base = decodeBase(baseData)
	}
	var baseFacts map[string]*facts.FactVersion
	if base != nil && !unchanged {
		baseFacts = make(map[string]*facts.FactVersion, len(base.Facts))
		for _, fa := range base.Facts {
			fa.Story = st
			baseFacts[fa.ID] = &facts.FactVersion{Fact: fa, Curation: base.Curation[fa.ID].Decisions()}
		}
	}
	ours := func(id string) *facts.FactVersion {
		if prev, ok := existing[id]; ok {
			return &facts.FactVersion{Fact: prev.Fact, Curation: prev.cur}
		}
		return nil
	}

	seen := make(map[string]bool, len(sf.Facts))
	var fresh []newFact
	var flagged []facts.Fact
	for i, fa := range sf.Facts {
		fa.Story = st
		seen[fa.ID] = true
		theirs := facts.FactVersion{Fact: fa, Curation: sf.Curation[fa.ID].Decisions()}
		prev, had := existing[fa.ID]
		o := ours(fa.ID)
		var outcome facts.Outcome
		switch {
		case base == nil && facts.Agree(&theirs, o):
			outcome = facts.Same
		case base == nil:
			outcome = facts.Theirs
		case unchanged:
			outcome = facts.MergeFact(&theirs, &theirs, o)
		default:
			outcome = facts.MergeFact(baseFacts[fa.ID], &theirs, o)
		}
		settled := outcome == facts.Conflict
		if settled {
			if outcome = w.settle(f, fa, &theirs, o, sum); outcome == facts.Conflict {
				continue
			}
		}
		if outcome == facts.Ours && o == nil {
			continue // dropped from the knowledge base since: it stays dropped
		}
		if len(sf.Curation[fa.ID].Flags) > 0 && !unchanged { // unchanged: the base's flags were applied
			flagged = append(flagged, fa)
		}
		switch outcome {
		case facts.Same:
			if err := w.keepPosition(ctx, prev, i); err != nil {
				return err
			}
			continue
		case facts.Ours:
			if !settled {
				sum.Kept++
			}
			w.needSource(f, o.Fact)
			if o.Fact.Status == facts.StatusRetracted && fa.Status != facts.StatusRetracted {
				sum.KeptRetracted++
			}
			if err := w.keepPosition(ctx, prev, i); err != nil {
				return err
			}
			continue
		}
		v := theirs.Over(o)
		if v.KeepRetraction(o) {
			sum.KeptRetracted++
		}
		if had && sameVersion(v, *o) {
			if err := w.keepPosition(ctx, prev, i); err != nil {
				return err
			}
			continue
		}
		if !had {
			fresh = append(fresh, newFact{fa: v.Fact, cur: v.Curation, position: i})
			continue
		}
		if err := w.putFact(ctx, v.Fact, i, prev.rowid); err != nil {
			return err
		}
		if err := w.setCuration(ctx, prev.rowid, prev.cur, v.Curation); err != nil {
			return err
		}
		sum.Updated++
		if err := w.history(ctx, "update", fa.FullID(), historyFact(*o), historyFact(v), ""); err != nil {
			return err
		}
		if err := w.noticeImported(ctx, prev.Fact, had, v.Fact); err != nil {
			return err
		}
	}
	if err := w.putNewFacts(ctx, fresh); err != nil {
		return err
	}
	for _, nf := range fresh {
		sum.Created++
		if err := w.noticeImported(ctx, facts.Fact{}, false, nf.fa); err != nil {
			return err
		}
	}
	if err := w.mergeDropped(ctx, f, existing, seen, base, baseFacts, unchanged, sum); err != nil {
		return err
	}
	for _, fa := range flagged {
		if err := w.applyFlags(ctx, fa, sf.Curation[fa.ID].Flags); err != nil {
			return err
		}
	}
	sum.Facts += len(sf.Facts)
	if !unchanged && canon != nil {
		return w.putBase(ctx, st, canon)
	}
	return nil
}

// mergeDropped deals with the knowledge base's facts of the story that the
// file does not list: removed when the file dropped them and the knowledge
// base left them as they were (or, without a base, always); kept, after the
// file's facts, when the knowledge base added them since the base.
func (w *writer) mergeDropped(ctx context.Context, f *storyfile.File, existing map[string]storedFact, seen map[string]bool,
	base *facts.StoryFile, baseFacts map[string]*facts.FactVersion, unchanged bool, sum *facts.ImportSummary) error {
	var dropped []storedFact
	for id, prev := range existing {
		if !seen[id] {
			dropped = append(dropped, prev)
		}
	}
	slices.SortFunc(dropped, func(a, b storedFact) int {
		if a.position != b.position {
			return a.position - b.position
		}
		return int(a.rowid - b.rowid)
	})
	next := len(f.Story.Facts)
	for _, prev := range dropped {
		o := &facts.FactVersion{Fact: prev.Fact, Curation: prev.cur}
		outcome := facts.Theirs
		switch {
		case base == nil:
		case unchanged:
			outcome = facts.Ours // not in the file, so not in its base: added since
		default:
			outcome = facts.MergeFact(baseFacts[prev.ID], nil, o)
		}
		settled := outcome == facts.Conflict
		if settled {
			outcome = w.settle(f, prev.Fact, nil, o, sum)
		}
		switch outcome {
		case facts.Conflict:
			continue
		case facts.Ours:
			if !settled {
				sum.Kept++
			}
			w.needSource(f, prev.Fact)
			if err := w.keepPosition(ctx, prev, next); err != nil {
				return err
			}
			next++
			continue
		}
		// A fact dropped from the file is removed from the tables, but its last
		// version stays in the history, so nothing curated is lost.
		if _, err := w.exec(ctx, `DELETE FROM facts WHERE rowid = ?`, prev.rowid); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `DELETE FROM facts_fts WHERE rowid = ?`, prev.rowid); err != nil {
			return err
		}
		sum.Removed++
		if err := w.history(ctx, "delete", prev.FullID(), historyFact(*o), nil, "removed from the story file"); err != nil {
			return err
		}
	}
	return nil
}

// settle resolves a fact changed both in the file and in the knowledge base
// as the import was told to, or records the conflict, with both versions, and
// returns facts.Conflict. theirs is nil when the file dropped the fact.
func (w *writer) settle(f *storyfile.File, fa facts.Fact, theirs, ours *facts.FactVersion, sum *facts.ImportSummary) facts.Outcome {
	switch w.resolve {
	case TakeTheirs:
		sum.Resolved++
		return facts.Theirs
	case KeepOurs:
		sum.Resolved++
		return facts.Ours
	}
	line := f.Line("facts." + fa.ID)
	if line == 0 {
		line = 1
	}
	const hint = " (--theirs takes the file's, --ours keeps the knowledge base's)"
	full := fa.Story + "/" + fa.ID
	switch {
	case theirs == nil:
		w.conflicts = append(w.conflicts, facts.Problem{File: f.Path, Line: line, Field: "facts", What: fmt.Sprintf(
			"%s was removed from the file but changed in the knowledge base since the file was last imported or exported: the knowledge base has %s%s",
			full, describe(*ours), hint)})
		return facts.Conflict
	case ours == nil:
		w.conflicts = append(w.conflicts, facts.Problem{File: f.Path, Line: line, Field: "facts.id", What: fmt.Sprintf(
			"%s was changed in the file but removed from the knowledge base since the file was last imported or exported: the file has %s%s",
			full, describe(*theirs), hint)})
		return facts.Conflict
	}
	change := facts.Change{Old: historyJSON(*theirs), New: historyJSON(*ours)}
	for _, fc := range change.Fields() {
		if fc.Old == "" && (fc.Field == "reason" || fc.Field == "approved_by" || fc.Field == "retracted_by") {
			continue // the file does not say: it agrees with whatever the knowledge base says
		}
		w.conflicts = append(w.conflicts, facts.Problem{File: f.Path, Line: line, Field: "facts." + fc.Field, What: fmt.Sprintf(
			"%s changed both in the file and in the knowledge base since the file was last imported or exported: the file has %s, the knowledge base %s%s",
			full, quoteOrNone(fc.Old), quoteOrNone(fc.New), hint)})
	}
	return facts.Conflict
}

func quoteOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return fmt.Sprintf("%q", s)
}

// describe is one version of a fact in a sentence's worth: its statement and status.
func describe(v facts.FactVersion) string {
	s := fmt.Sprintf("%q (%s", v.Fact.Statement, v.Fact.Status)
	if v.Curation.Reason != "" {
		s += ": " + v.Curation.Reason
	}
	return s + ")"
}

// needSource reports a fact the knowledge base keeps whose source the file
// no longer lists: the fact could not be cited.
func (w *writer) needSource(f *storyfile.File, fa facts.Fact) {
	if slices.ContainsFunc(f.Story.Sources, func(s facts.Source) bool { return s.ID == fa.Source }) {
		return
	}
	line := f.Line("facts." + fa.ID)
	if line == 0 {
		line = 1
	}
	w.conflicts = append(w.conflicts, facts.Problem{File: f.Path, Line: line, Field: "sources", What: fmt.Sprintf(
		"%s/%s, kept as the knowledge base has it, cites source %q, which the file no longer lists; keep that source in the file",
		f.Story.Story.ID, fa.ID, fa.Source)})
}

// keepPosition moves a fact kept as it is to its place in the story.
func (w *writer) keepPosition(ctx context.Context, prev storedFact, position int) error {
	if prev.position == position {
		return nil
	}
	_, err := w.exec(ctx, `UPDATE facts SET position = ? WHERE rowid = ?`, position, prev.rowid)
	return err
}

// setCuration writes a fact's curation when it changed.
func (w *writer) setCuration(ctx context.Context, rowid int64, old, c facts.Curation) error {
	if reflect.DeepEqual(old.Decisions(), c.Decisions()) {
		return nil
	}
	_, err := w.exec(ctx, `UPDATE facts SET status_note = ?, approved_by = ?, retracted_by = ? WHERE rowid = ?`, c.Reason, c.ApprovedBy, c.RetractedBy, rowid)
	return err
}

func sameVersion(a, b facts.FactVersion) bool {
	return reflect.DeepEqual(a.Fact, b.Fact) && reflect.DeepEqual(a.Curation.Decisions(), b.Curation.Decisions())
}

// historyFact is a fact as the history records it: its fields and the
// editors' decisions on it.
func historyFact(v facts.FactVersion) any {
	return struct {
		facts.Fact
		Reason      string `json:"reason,omitempty"`
		ApprovedBy  string `json:"approved_by,omitempty"`
		RetractedBy string `json:"retracted_by,omitempty"`
	}{v.Fact, v.Curation.Reason, v.Curation.ApprovedBy, v.Curation.RetractedBy}
}

func historyJSON(v facts.FactVersion) string {
	b, _ := json.Marshal(historyFact(v))
	return string(b)
}
