package storyfile_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

const curatedStory = `story:
  id: bridge-2024
  title: The bridge reopens
  date: 2024-05-02
sources:
  - id: wire
    title: Bridge reopens
facts:
  - id: cost
    statement: The repairs cost $3.5 million.
    value: 3500000
    source: wire
    status: retracted
    reason: The council corrected the figure to $4 million.
    retracted_by: alice
    approved_by: bob
    flags:
      - note: The council says $4 million.
        actor: slack:U0123
        surface: slack
        at: "2024-05-03T09:30:00Z"
        closed_at: "2024-05-03T10:00:00Z"
        closed_by: alice
        resolution: "retracted: The council corrected the figure to $4 million."
  - id: opens
    statement: The bridge opens in May.
    source: wire
    approved_by: bob
    flags:
      - note: Which day in May?
        actor: carol
        surface: cli
        at: "2024-05-04T08:00:00Z"
  - id: plain
    statement: The bridge is 300 metres long.
    source: wire
`

// TestCuration_RoundTrip: a story file carries what editors did to its facts
// (a retraction's reason and who made it, who approved, flags open and
// closed), and writing it back gives the same file.
func TestCuration_RoundTrip(t *testing.T) {
	f := storyfile.Parse("bridge.yaml", []byte(curatedStory))
	if len(f.Problems) > 0 {
		t.Fatalf("problems: %v", f.Problems)
	}
	want := map[string]facts.Curation{
		"cost": {Reason: "The council corrected the figure to $4 million.", RetractedBy: "alice", ApprovedBy: "bob",
			Flags: []facts.Flag{{Note: "The council says $4 million.", Actor: "slack:U0123", Surface: "slack", At: "2024-05-03T09:30:00Z",
				ClosedAt: "2024-05-03T10:00:00Z", ClosedBy: "alice", Resolution: "retracted: The council corrected the figure to $4 million."}}},
		"opens": {ApprovedBy: "bob", Flags: []facts.Flag{{Note: "Which day in May?", Actor: "carol", Surface: "cli", At: "2024-05-04T08:00:00Z"}}},
	}
	if !reflect.DeepEqual(f.Story.Curation, want) {
		t.Errorf("curation = %+v\nwant %+v", f.Story.Curation, want)
	}
	data, err := storyfile.Encode(f.Story)
	if err != nil {
		t.Fatal(err)
	}
	again := storyfile.Parse("again.yaml", data)
	if len(again.Problems) > 0 || !reflect.DeepEqual(again.Story, f.Story) {
		t.Errorf("round trip changed the story (problems %v):\n%s", again.Problems, data)
	}
	if twice, _ := storyfile.Encode(again.Story); string(twice) != string(data) {
		t.Errorf("encoding is not stable:\n%s\n---\n%s", data, twice)
	}
}

// TestCuration_Problems: curation that contradicts the fact's status, or is
// malformed, is reported at its line and field.
func TestCuration_Problems(t *testing.T) {
	lineOf := func(s, sub string) int { return strings.Count(s[:strings.Index(s, sub)], "\n") + 1 }
	for _, tc := range []struct {
		name, old, new, field, at string
	}{
		{"ReasonOnApproved", "    status: retracted\n", "", "facts.reason", "reason: The council"},
		{"ApprovedByOnPending", "    status: retracted\n    reason: The council corrected the figure to $4 million.\n    retracted_by: alice\n", "    status: pending\n", "facts.approved_by", "approved_by: bob\n    flags:\n      - note: The council"},
		{"BadTime", `at: "2024-05-04T08:00:00Z"`, "at: yesterday", "facts.flags.at", "at: yesterday"},
		{"ClosedWithoutTime", `        closed_at: "2024-05-03T10:00:00Z"` + "\n", "", "facts.flags.closed_at", "- note: The council says"},
		{"FlagWithoutNote", "      - note: Which day in May?\n        actor: carol", "      - actor: carol", "facts.flags.note", "- actor: carol"},
		{"UnknownFlagKey", "        actor: carol", "        colour: red\n        actor: carol", "facts.flags[].colour", "colour: red"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(curatedStory, tc.old, tc.new, 1)
			if src == curatedStory {
				t.Fatal("the case changes nothing")
			}
			f := storyfile.Parse("bridge.yaml", []byte(src))
			want := fmt.Sprintf("bridge.yaml:%d: %s:", lineOf(src, tc.at), tc.field)
			var got []string
			for _, p := range f.Problems {
				got = append(got, p.String())
				if strings.HasPrefix(p.String(), want) {
					return
				}
			}
			t.Errorf("problems %q; want one starting %q", got, want)
		})
	}
}

// TestParseFact_NoCuration: kb add takes a new fact, which nobody has curated.
func TestParseFact_NoCuration(t *testing.T) {
	sf := storyfile.Parse("bridge.yaml", []byte(curatedStory)).Story
	_, f := storyfile.ParseFact("stdin", []byte("id: toll\nstatement: The toll rises.\nsource: wire\nflags:\n  - note: sure?\n"), sf, false)
	if len(f.Problems) != 1 || f.Problems[0].Field != "facts.flags" {
		t.Errorf("problems = %v; want one, facts.flags", f.Problems)
	}
	if _, ok := sf.Curation["toll"]; ok {
		t.Error("parsing an added fact changed the story's curation")
	}
}
