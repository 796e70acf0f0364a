package storyfile

import (
	"bytes"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/factdesk/factdesk/facts"
)

// Encode writes a story in the import format, so that importing what it wrote
// changes nothing. Approved, the default status, is left unwritten; each
// fact's curation (sf.Curation) follows its fields.
func Encode(sf *facts.StoryFile) ([]byte, error) {
	out := make([]exportFact, len(sf.Facts))
	for i, f := range sf.Facts {
		out[i] = exportFact{Fact: f, curation: sf.Curation[f.ID]}
		if f.Status == facts.StatusApproved {
			out[i].Status = ""
		}
	}
	return marshalYAML(struct {
		Story    facts.Story    `yaml:"story"`
		Sources  []facts.Source `yaml:"sources"`
		Entities []facts.Entity `yaml:"entities,omitempty"`
		Facts    []exportFact   `yaml:"facts"`
	}{sf.Story, sf.Sources, sf.Entities, out})
}

// exportFact writes a fact's number as the plain number it was written as,
// and its curation after its fields.
type exportFact struct {
	facts.Fact `yaml:",inline"`
	curation   facts.Curation
}

func (e exportFact) MarshalYAML() (any, error) {
	type plain facts.Fact
	n := yaml.Node{}
	if err := n.Encode(plain(e.Fact)); err != nil {
		return nil, err
	}
	if e.Value != nil {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "value" {
				v := n.Content[i+1]
				v.Value = strconv.FormatFloat(*e.Value, 'f', -1, 64)
				// A whole number is written as one (43, 3500000), not !!float 3500000.
				v.Tag = "!!float"
				if *e.Value == float64(int64(*e.Value)) {
					v.Tag = "!!int"
				}
			}
		}
	}
	if err := encodeCuration(&n, e.curation); err != nil {
		return nil, err
	}
	return &n, nil
}

// EncodeLexicon writes a lexicon in the import format.
func EncodeLexicon(lx *facts.Lexicon) ([]byte, error) {
	return marshalYAML(map[string]*facts.Lexicon{"lexicon": lx})
}

func marshalYAML(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
