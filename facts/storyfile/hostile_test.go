package storyfile_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// TestParse_ManyUnknownKeys: a story with tens of thousands of unknown keys
// reports each once, at its line, and the error lists the first hundred then
// how many more (quadratic message building once took 27 s for 20,000).
func TestParse_ManyUnknownKeys(t *testing.T) {
	for _, n := range []int{10000, 20000} {
		var b strings.Builder
		b.WriteString("story:\n  id: keys\n  title: Keys\n  date: 2024-01-01\n")
		for i := range n {
			fmt.Fprintf(&b, "  bogus%d: x\n", i)
		}
		b.WriteString("sources:\n  - id: w\n    title: W\nfacts:\n  - id: f\n    statement: S.\n    source: w\n")
		f := storyfile.Parse("keys.yaml", []byte(b.String()))
		if len(f.Problems) != n || f.Problems[n-1].Line != n+4 || f.Problems[n-1].Field != fmt.Sprintf("story.bogus%d", n-1) {
			t.Fatalf("%d keys: %d problems, last %v; want one per key, at its line", n, len(f.Problems), f.Problems[len(f.Problems)-1])
		}
		msg := (&facts.ValidationError{Problems: f.Problems}).Error()
		if lines := strings.Split(msg, "\n"); len(lines) != facts.MaxProblems+1 || lines[facts.MaxProblems] != fmt.Sprintf("and %d more problems (fix these first)", n-facts.MaxProblems) {
			t.Errorf("%d keys: the error has %d lines, ending %q", n, len(lines), lines[len(lines)-1])
		}
	}
}

// TestParse_Hostile: what a story file must not get away with, each reported at
// its file, line and field: ids over the length limit (which once imported,
// then broke export), infinite and NaN figures, a second YAML document (once
// silently ignored).
func TestParse_Hostile(t *testing.T) {
	long := strings.Repeat("x", 10000)
	tests := []struct {
		name, file string
		line       int
		field      string
		what       string
	}{
		{"LongStoryID", strings.Replace(story, "id: bridge-2024", "id: "+long, 1), 2, "story.id", "is 10000 characters long; an id has at most 128"},
		{"LongSourceID", strings.Replace(story, "entities:\n", "  - id: "+long+"\n    title: Other\nentities:\n", 1), 8, "sources.id", "is 10000 characters long"},
		{"LongEntityID", strings.Replace(story, "  - id: jane-doe", "  - id: "+long, 1), 9, "entities.id", "is 10000 characters long"},
		{"LongFactID", strings.Replace(story, "  - id: opens", "  - id: "+long, 1), 13, "facts.id", "is 10000 characters long"},
		{"IDJustOver", strings.Replace(story, "id: bridge-2024", "id: "+strings.Repeat("b", facts.MaxIDLen+1), 1), 2, "story.id", "is 129 characters long"},
		{"Inf", strings.Replace(story, "value: 3500000", "value: .inf", 1), 15, "facts.value", `".inf" is not a finite number`},
		{"MinusInf", strings.Replace(story, "value: 3500000", "value: -.Inf", 1), 15, "facts.value", `"-.Inf" is not a finite number`},
		{"NaN", strings.Replace(story, "value: 3500000", "value: .nan", 1), 15, "facts.value", `".nan" is not a finite number`},
		{"PlainInf", strings.Replace(story, "value: 3500000", "value: inf", 1), 15, "facts.value", `"inf" is not a finite number`},
		{"PlainNaN", strings.Replace(story, "value: 3500000", "value: NaN", 1), 15, "facts.value", `"NaN" is not a finite number`},
		{"Overflow", strings.Replace(story, "value: 3500000", "value: 1e999", 1), 15, "facts.value", `"1e999" is not a finite number`},
		{"SecondDocument", story + "---\n" + story, 23, "file", "holds a second YAML document"},
		{"ThirdDocument", story + "---\n---\nstory: {}\n", 24, "file", "holds a second YAML document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := storyfile.Parse("bad.yaml", []byte(tt.file))
			if len(f.Problems) != 1 {
				t.Fatalf("problems = %v, want one", f.Problems)
			}
			p := f.Problems[0]
			if p.File != "bad.yaml" || p.Line != tt.line || p.Field != tt.field || !strings.Contains(p.What, tt.what) || len(p.What) > 200 {
				t.Errorf("problem = %v, want bad.yaml:%d: %s: %s", p, tt.line, tt.field, tt.what)
			}
		})
	}
	for name, file := range map[string]string{"IDAtTheLimit": strings.Replace(story, "id: bridge-2024", "id: "+strings.Repeat("b", facts.MaxIDLen), 1), "TrailingSeparator": story + "---\n", "LeadingSeparator": "---\n" + story} {
		if f := storyfile.Parse("ok.yaml", []byte(file)); len(f.Problems) != 0 {
			t.Errorf("%s: problems %v, want none", name, f.Problems)
		}
	}
}

// TestParseFact_Hostile: kb add's single fact is held to the same rules.
func TestParseFact_Hostile(t *testing.T) {
	sf := storyfile.Parse("bridge.yaml", []byte(story)).Story
	for name, c := range map[string]struct{ file, field string }{
		"Inf":            {"id: more\nstatement: S.\nsource: wire\nvalue: .inf\n", "facts.value"},
		"LongID":         {"id: " + strings.Repeat("m", 200) + "\nstatement: S.\nsource: wire\n", "facts.id"},
		"SecondDocument": {"id: more\nstatement: S.\nsource: wire\n---\nid: other\nstatement: T.\nsource: wire\n", "file"},
	} {
		_, f := storyfile.ParseFact("fact.yaml", []byte(c.file), sf, false)
		if len(f.Problems) != 1 || f.Problems[0].Field != c.field {
			t.Errorf("%s: problems %v, want one on %s", name, f.Problems, c.field)
		}
	}
}
