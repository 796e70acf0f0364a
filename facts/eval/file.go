// Package eval keeps a knowledge base under test like code: a curator writes
// the questions readers will ask with the answers expected (or that the
// knowledge base does not hold them), and drafts with planted errors; eval runs
// them against a knowledge base and says what passed, what failed and why.
package eval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// File is one eval file: YAML, or JSON in the same shape (the format of
// ../shared/eval's questions.json and drafts.json).
type File struct {
	Path      string     `yaml:"-" json:"-"`
	About     string     `yaml:"about,omitempty" json:"about,omitempty"`
	Questions []Question `yaml:"questions,omitempty" json:"questions,omitempty"`
	Drafts    []Draft    `yaml:"drafts,omitempty" json:"drafts,omitempty"`
}

// Question is a question with what its answer must hold.
type Question struct {
	Q string `yaml:"q" json:"q"`
	// Expect lists groups of alternatives: the answer passes when each group
	// has one alternative in its text or its first three facts' statements and
	// quotes (case, accents and quotation marks folded).
	Expect [][]string `yaml:"expect,omitempty" json:"expect,omitempty"`
	// Reject lists text the answer must not hold.
	Reject []string `yaml:"reject,omitempty" json:"reject,omitempty"`
	// Found false says the knowledge base does not hold the answer: the only
	// right reply is "not in the knowledge base".
	Found *bool `yaml:"found,omitempty" json:"found,omitempty"`
	// Story asks within one story, as ask --story does.
	Story string `yaml:"story,omitempty" json:"story,omitempty"`
}

// Answerable reports whether the knowledge base is expected to answer.
func (q Question) Answerable() bool { return q.Found == nil || *q.Found }

// Draft is a passage with the errors planted in it.
type Draft struct {
	ID     string    `yaml:"id" json:"id"`
	Text   string    `yaml:"text" json:"text"`
	Errors []Planted `yaml:"errors" json:"errors"`
	Story  string    `yaml:"story,omitempty" json:"story,omitempty"`
}

// Planted is an error planted in a draft: the check must flag a span
// overlapping Text, and flag nothing else.
type Planted struct {
	Kind string `yaml:"kind" json:"kind"`
	Text string `yaml:"text" json:"text"`
}

// Load reads eval files: the files named, and every .yaml, .yml and .json file
// in the folders named, in name order. A problem is an EINVALID error naming
// the file (and line, where YAML gives one).
func Load(paths ...string) ([]*File, error) {
	var names []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, facts.Errorf(facts.EINVALID, "%s: no such file or folder", p)
		}
		if !st.IsDir() {
			names = append(names, p)
			continue
		}
		var found []string
		for _, pattern := range []string{"*.yaml", "*.yml", "*.json"} {
			m, _ := filepath.Glob(filepath.Join(p, pattern))
			found = append(found, m...)
		}
		if len(found) == 0 {
			return nil, facts.Errorf(facts.EINVALID, "%s: no eval files (.yaml, .yml or .json) in this folder", p)
		}
		sort.Strings(found)
		names = append(names, found...)
	}
	out := make([]*File, 0, len(names))
	for _, n := range names {
		f, err := loadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func loadFile(path string) (*File, error) {
	// Read as story files are: regular files within the size limit only, so a
	// named pipe or /dev/zero is refused instead of hanging or filling memory.
	data, err := storyfile.ReadFile(context.Background(), path)
	if err != nil {
		return nil, err
	}
	f := &File{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil {
		return nil, facts.Errorf(facts.EINVALID, "%s: %s", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(f.Questions) == 0 && len(f.Drafts) == 0 {
		return nil, facts.Errorf(facts.EINVALID, "%s: no questions and no drafts", path)
	}
	for i, q := range f.Questions {
		switch {
		case strings.TrimSpace(q.Q) == "":
			return nil, facts.Errorf(facts.EINVALID, "%s: questions[%d]: q is empty", path, i)
		case q.Answerable() && len(q.Expect) == 0:
			return nil, facts.Errorf(facts.EINVALID, "%s: questions[%d] %q: give expect (what the answer holds) or found: false", path, i, q.Q)
		case !q.Answerable() && len(q.Expect) > 0:
			return nil, facts.Errorf(facts.EINVALID, "%s: questions[%d] %q: found: false takes no expect", path, i, q.Q)
		}
	}
	for i, d := range f.Drafts {
		for _, e := range d.Errors {
			if e.Text == "" || !strings.Contains(d.Text, e.Text) {
				return nil, facts.Errorf(facts.EINVALID, "%s: drafts[%d] %s: error %q is not in the draft's text", path, i, d.ID, fmt.Sprint(e.Text))
			}
		}
	}
	return f, nil
}
