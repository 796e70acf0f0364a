package storyfile

import (
	"errors"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/factdesk/factdesk/facts"
)

// A fact's curation travels in its entry of the file, after its fields, so an
// export keeps what editors decided:
//
//	status: retracted
//	reason: The gazette corrected the figure.
//	retracted_by: alice
//	approved_by: bob
//	flags:
//	  - note: Is 85 right?
//	    actor: slack:U0123
//	    surface: slack
//	    at: "2024-05-01T09:30:00Z"
//	    closed_at: "2024-05-02T10:00:00Z"
//	    closed_by: alice
//	    resolution: "retracted: The gazette corrected the figure."

// curationKeys are the keys of a fact's entry that hold its curation.
var curationKeys = []string{"reason", "approved_by", "retracted_by", "flags"}

var flagKeys = []string{"note", "actor", "surface", "at", "closed_at", "closed_by", "resolution"}

// fileFlag is a flag as a story file writes it.
type fileFlag struct {
	Note       string `yaml:"note"`
	Actor      string `yaml:"actor,omitempty"`
	Surface    string `yaml:"surface,omitempty"`
	At         string `yaml:"at,omitempty"`
	ClosedAt   string `yaml:"closed_at,omitempty"`
	ClosedBy   string `yaml:"closed_by,omitempty"`
	Resolution string `yaml:"resolution,omitempty"`
}

// parseCuration reads the curation keys of fact fa's entry m into sf.Curation,
// reporting each problem at its line.
func (f *File) parseCuration(sf *facts.StoryFile, m map[string]*yaml.Node, fa facts.Fact) {
	c := facts.Curation{
		Reason:      f.str(m, "reason", "facts.reason", false),
		ApprovedBy:  f.str(m, "approved_by", "facts.approved_by", false),
		RetractedBy: f.str(m, "retracted_by", "facts.retracted_by", false),
	}
	factLine := f.lines["facts."+fa.ID]
	f.curationProblems(c.Validate(fa.Status), m, factLine)
	if n, ok := m["flags"]; ok && n.Tag != "!!null" {
		if n.Kind != yaml.SequenceNode {
			f.Addf(n.Line, "facts.flags", "must be a list of flags, each with at least a note")
		} else {
			for _, fn := range n.Content {
				fm := f.mapping(fn, "facts.flags[]", flagKeys...)
				fl := facts.Flag{
					Note:       f.str(fm, "note", "facts.flags.note", true),
					Actor:      f.str(fm, "actor", "facts.flags.actor", false),
					Surface:    f.str(fm, "surface", "facts.flags.surface", false),
					At:         f.str(fm, "at", "facts.flags.at", false),
					ClosedAt:   f.str(fm, "closed_at", "facts.flags.closed_at", false),
					ClosedBy:   f.str(fm, "closed_by", "facts.flags.closed_by", false),
					Resolution: f.str(fm, "resolution", "facts.flags.resolution", false),
				}
				if fl.Note == "" {
					continue // reported as required
				}
				f.curationProblems(facts.Curation{Flags: []facts.Flag{fl}}.Validate(fa.Status), fm, fn.Line)
				c.Flags = append(c.Flags, fl)
			}
		}
	}
	if c.IsZero() {
		return
	}
	if sf.Curation == nil {
		sf.Curation = map[string]facts.Curation{}
	}
	sf.Curation[fa.ID] = c
}

// curationProblems reports the problems of a curation check at the line of
// the key each names, else at line.
func (f *File) curationProblems(err error, m map[string]*yaml.Node, line int) {
	var verr *facts.ValidationError
	if !errors.As(err, &verr) {
		return
	}
	for _, p := range verr.Problems {
		at := line
		key := p.Field[strings.LastIndex(p.Field, ".")+1:]
		if n, ok := m[key]; ok {
			at = n.Line
		}
		f.Addf(at, p.Field, "%s", p.What)
	}
}

// encodeCuration appends a fact's curation to its entry's mapping node.
func encodeCuration(n *yaml.Node, c facts.Curation) error {
	add := func(key string, v any) error {
		var val yaml.Node
		if err := val.Encode(v); err != nil {
			return err
		}
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, &val)
		return nil
	}
	for _, kv := range [][2]string{{"reason", c.Reason}, {"retracted_by", c.RetractedBy}, {"approved_by", c.ApprovedBy}} {
		if kv[1] != "" {
			if err := add(kv[0], kv[1]); err != nil {
				return err
			}
		}
	}
	if len(c.Flags) == 0 {
		return nil
	}
	flags := make([]fileFlag, len(c.Flags))
	for i, fl := range c.Flags {
		flags[i] = fileFlag{Note: fl.Note, Actor: fl.Actor, Surface: fl.Surface, At: fl.At, ClosedAt: fl.ClosedAt, ClosedBy: fl.ClosedBy, Resolution: fl.Resolution}
	}
	return add("flags", flags)
}
