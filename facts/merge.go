package facts

import (
	"reflect"
	"slices"
	"strings"
)

// Re-importing a story is a three-way merge, fact by fact: the base (the story
// file as it was last imported or exported, kept in the knowledge base),
// theirs (the file now) and ours (the knowledge base now). What changed on one
// side only is kept; what changed on both sides differently is a conflict that
// a person settles. Entities, shared by every story, merge by their own rule
// (MergeEntity).

// FactVersion is one side's copy of a fact: its fields and the editors'
// decisions on it (Curation without flags, which merge on their own: a flag is
// only ever added or closed).
type FactVersion struct {
	Fact     Fact
	Curation Curation
}

// Outcome is what a merge does with one fact.
type Outcome int

const (
	// Same: the file and the knowledge base agree; nothing to write.
	Same Outcome = iota
	// Theirs: the file changed it since the base and the knowledge base did
	// not: write the file's version (remove the fact when the file has none).
	Theirs
	// Ours: the knowledge base changed or added it since the base and the file
	// did not: keep the knowledge base's version (or its absence).
	Ours
	// Conflict: both changed it since the base, differently.
	Conflict
)

// MergeFact decides one fact of a story that has a base; nil means that side
// has no such fact.
func MergeFact(base, theirs, ours *FactVersion) Outcome {
	switch {
	case Agree(theirs, ours):
		return Same
	case sameVersion(theirs, base):
		return Ours
	case Agree(base, ours):
		return Theirs
	}
	return Conflict
}

// Agree reports whether a file's version of a fact says what the knowledge
// base's does. Curation the file leaves out (no reason, no approved_by) agrees
// with any: a file written before curation was exported says nothing of it.
func Agree(file, kb *FactVersion) bool {
	if file == nil || kb == nil {
		return file == nil && kb == nil
	}
	if !reflect.DeepEqual(file.Fact, kb.Fact) {
		return false
	}
	f, k := file.Curation, kb.Curation
	return (f.Reason == "" || f.Reason == k.Reason) && (f.ApprovedBy == "" || f.ApprovedBy == k.ApprovedBy) &&
		(f.RetractedBy == "" || f.RetractedBy == k.RetractedBy)
}

func sameVersion(a, b *FactVersion) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return reflect.DeepEqual(a.Fact, b.Fact) && reflect.DeepEqual(a.Curation.Decisions(), b.Curation.Decisions())
}

// Over is the version an import writes when it takes the file's fact (v) over
// the knowledge base's (kb, nil when it has none): the file's fields, and the
// curation it leaves out kept from the knowledge base as far as its status
// allows (a reason and who retracted only for a retracted fact, who approved
// not for a pending one).
func (v FactVersion) Over(kb *FactVersion) FactVersion {
	c := v.Curation.Decisions()
	if kb != nil {
		k := kb.Curation
		c.Reason = cmpOr(c.Reason, k.Reason)
		c.ApprovedBy = cmpOr(c.ApprovedBy, k.ApprovedBy)
		c.RetractedBy = cmpOr(c.RetractedBy, k.RetractedBy)
	}
	if v.Fact.Status != StatusRetracted {
		c.Reason, c.RetractedBy = "", ""
	}
	if v.Fact.Status == StatusPending {
		c.ApprovedBy = ""
	}
	v.Curation = c
	return v
}

// KeepRetraction keeps an editor's retraction: when the knowledge base's
// version is retracted and v is not, v becomes retracted with the knowledge
// base's reason and retractor, and it reports true. A retraction is decided
// after a file is written; an older copy of the file must not bring the fact
// back (approving it again is an explicit act).
func (v *FactVersion) KeepRetraction(kb *FactVersion) bool {
	if kb == nil || kb.Fact.Status != StatusRetracted || v.Fact.Status == StatusRetracted {
		return false
	}
	v.Fact.Status = StatusRetracted
	v.Curation.Reason, v.Curation.RetractedBy = kb.Curation.Reason, kb.Curation.RetractedBy
	return true
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// EntityConflict is a field that two declarations of one entity give
// differently: the knowledge base's (or an earlier file's) and a file's.
type EntityConflict struct {
	Field  string // name, kind or title
	Ours   string
	Theirs string
}

// MergeEntity is what entity ours becomes when a story file declares it as
// theirs. Another story may rely on what ours says, so nothing of it is lost:
// aliases and members are the union of both (ours first); a name, kind or title
// theirs gives differently is a conflict, and ours is kept unless update (then
// theirs wins, and a replaced name stays as an alias, so questions naming it
// still find the entity). A title theirs leaves out keeps ours.
func MergeEntity(ours, theirs Entity, update bool) (Entity, []EntityConflict) {
	out := ours
	var conflicts []EntityConflict
	for _, f := range []struct {
		field       string
		dst         *string
		ours, their string
	}{{"name", &out.Name, ours.Name, theirs.Name}, {"kind", &out.Kind, ours.Kind, theirs.Kind}, {"title", &out.Title, ours.Title, theirs.Title}} {
		switch {
		case f.their == "" || f.their == f.ours:
		case f.ours == "":
			*f.dst = f.their
		default:
			conflicts = append(conflicts, EntityConflict{Field: f.field, Ours: f.ours, Theirs: f.their})
			if update {
				*f.dst = f.their
			}
		}
	}
	out.Aliases = union(ours.Aliases, theirs.Aliases, true)
	if out.Name != ours.Name {
		out.Aliases = union(out.Aliases, []string{ours.Name}, true)
		out.Aliases = slices.DeleteFunc(out.Aliases, func(a string) bool { return strings.EqualFold(a, out.Name) })
		if len(out.Aliases) == 0 {
			out.Aliases = nil
		}
	}
	out.Members = union(ours.Members, theirs.Members, false)
	return out, conflicts
}

// union is a followed by the items of b it lacks; fold compares without case.
func union(a, b []string, fold bool) []string {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.ContainsFunc(out, func(y string) bool { return x == y || (fold && strings.EqualFold(x, y)) }) {
			out = append(out, x)
		}
	}
	return out
}
