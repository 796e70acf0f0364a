package storyfile_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

const story = `story:
  id: bridge-2024
  title: The bridge reopens
  date: 2024-05-02
sources:
  - id: wire
    title: Bridge reopens
entities:
  - id: jane-doe
    name: Jane Doe
    kind: person
facts:
  - id: opens
    statement: Jane Doe said the bridge will open in May.
    value: 3500000
    quote: the bridge will open in May
    speaker: jane-doe
    source: wire
  - id: pending-one
    statement: The toll may rise.
    source: wire
    status: pending
`

func TestEncode_RoundTrip(t *testing.T) {
	f := storyfile.Parse("bridge.yaml", []byte(story))
	if len(f.Problems) > 0 {
		t.Fatalf("problems: %v", f.Problems)
	}
	data, err := storyfile.Encode(f.Story)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "value: 3500000\n") || strings.Contains(string(data), "status: approved") {
		t.Errorf("encoded figures or default status badly:\n%s", data)
	}
	again := storyfile.Parse("again.yaml", data)
	if len(again.Problems) > 0 || !reflect.DeepEqual(again.Story, f.Story) {
		t.Errorf("round trip changed the story:\n%+v\n%+v", again.Story, f.Story)
	}
}

func TestParse_Problems(t *testing.T) {
	f := storyfile.Parse("bad.yaml", []byte(strings.Replace(story, "kind: person", "kind: human", 1)))
	if len(f.Problems) != 1 || f.Problems[0].Line != 11 || f.Problems[0].Field != "entities.kind" {
		t.Errorf("problems = %v, want one at line 11, entities.kind", f.Problems)
	}
	if f.Line("facts.opens.speaker") != 17 {
		t.Errorf("speaker of opens at line %d, want 17", f.Line("facts.opens.speaker"))
	}
}

func TestParseFact(t *testing.T) {
	sf := storyfile.Parse("bridge.yaml", []byte(story)).Story
	fa, f := storyfile.ParseFact("stdin", []byte("id: toll\nstatement: The toll rises to $3.\nsource: wire\n"), sf, false)
	if len(f.Problems) > 0 || fa.FullID() != "bridge-2024/toll" || fa.Status != facts.StatusPending {
		t.Errorf("fact = %+v, problems %v; want a pending bridge-2024/toll", fa, f.Problems)
	}
	if len(sf.Facts) != 2 {
		t.Errorf("parsing an added fact changed the story's facts: %d", len(sf.Facts))
	}
	for _, bad := range []string{"id: opens\nstatement: Again.\nsource: wire\n", "id: x\nstatement: S.\nsource: nowhere\n", "id: x\nstatement: S.\nsource: wire\nstatus: approved\n"} {
		if _, f := storyfile.ParseFact("stdin", []byte(bad), sf, false); len(f.Problems) == 0 {
			t.Errorf("%q: no problem reported", bad)
		}
	}
}
