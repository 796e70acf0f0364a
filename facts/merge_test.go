package facts_test

import (
	"reflect"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

func TestMergeFact(t *testing.T) {
	v := func(statement, status string, cur facts.Curation) *facts.FactVersion {
		return &facts.FactVersion{Fact: facts.Fact{Story: "s", ID: "f", Statement: statement, Source: "wire", Status: status}, Curation: cur}
	}
	a, b := v("A.", facts.StatusPending, facts.Curation{}), v("B.", facts.StatusPending, facts.Curation{})
	approved := v("A.", facts.StatusApproved, facts.Curation{ApprovedBy: "bob"})
	for _, tc := range []struct {
		name               string
		base, theirs, ours *facts.FactVersion
		want               facts.Outcome
	}{
		{"Unchanged", a, a, a, facts.Same},
		{"FileChanged", a, b, a, facts.Theirs},
		{"KnowledgeBaseChanged", a, a, approved, facts.Ours},
		{"BothChangedAlike", a, b, b, facts.Same},
		{"BothChangedDifferently", a, b, approved, facts.Conflict},
		{"AddedToKnowledgeBase", nil, nil, a, facts.Ours},
		{"AddedToFile", nil, a, nil, facts.Theirs},
		{"AddedToBothDifferently", nil, a, b, facts.Conflict},
		{"DroppedFromFile", a, nil, a, facts.Theirs},
		{"DroppedFromFileChangedInKnowledgeBase", a, nil, approved, facts.Conflict},
		{"FileSaysNothingOfCuration", approved, v("A.", facts.StatusApproved, facts.Curation{}), approved, facts.Same},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := facts.MergeFact(tc.base, tc.theirs, tc.ours); got != tc.want {
				t.Errorf("MergeFact = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFactVersion_OverAndKeepRetraction(t *testing.T) {
	kb := &facts.FactVersion{Fact: facts.Fact{ID: "f", Statement: "A.", Status: facts.StatusRetracted},
		Curation: facts.Curation{Reason: "wrong", RetractedBy: "alice", ApprovedBy: "bob"}}
	file := facts.FactVersion{Fact: facts.Fact{ID: "f", Statement: "B.", Status: facts.StatusApproved}}
	got := file.Over(kb)
	if !reflect.DeepEqual(got.Curation, facts.Curation{ApprovedBy: "bob"}) {
		t.Errorf("Over: curation %+v; want who approved kept, no reason for an approved fact", got.Curation)
	}
	if !got.KeepRetraction(kb) || got.Fact.Status != facts.StatusRetracted || got.Curation.Reason != "wrong" || got.Curation.RetractedBy != "alice" {
		t.Errorf("KeepRetraction: %+v; want it retracted, as the editor left it", got)
	}
}

func TestMergeEntity(t *testing.T) {
	us := facts.Entity{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"U.S.A.", "America"}, Members: []string{"a"}}
	for _, tc := range []struct {
		name      string
		theirs    facts.Entity
		update    bool
		want      facts.Entity
		conflicts []facts.EntityConflict
	}{
		{"Union", facts.Entity{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"u.s.a.", "the States"}, Members: []string{"b"}}, false,
			facts.Entity{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"U.S.A.", "America", "the States"}, Members: []string{"a", "b"}}, nil},
		{"TitleAdded", facts.Entity{ID: "us", Name: "United States", Kind: "country", Title: "a republic"}, false,
			facts.Entity{ID: "us", Name: "United States", Kind: "country", Title: "a republic", Aliases: []string{"U.S.A.", "America"}, Members: []string{"a"}}, nil},
		{"KindConflictKept", facts.Entity{ID: "us", Name: "United States", Kind: "organization"}, false,
			us, []facts.EntityConflict{{Field: "kind", Ours: "country", Theirs: "organization"}}},
		{"NameUpdatedKeepsOldAsAlias", facts.Entity{ID: "us", Name: "USA", Kind: "country"}, true,
			facts.Entity{ID: "us", Name: "USA", Kind: "country", Aliases: []string{"U.S.A.", "America", "United States"}, Members: []string{"a"}},
			[]facts.EntityConflict{{Field: "name", Ours: "United States", Theirs: "USA"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, conflicts := facts.MergeEntity(us, tc.theirs, tc.update)
			if !reflect.DeepEqual(got, tc.want) || !reflect.DeepEqual(conflicts, tc.conflicts) {
				t.Errorf("MergeEntity = %+v, %+v\nwant %+v, %+v", got, conflicts, tc.want, tc.conflicts)
			}
		})
	}
}
