package storyfile

import (
	"maps"
	"slices"

	"gopkg.in/yaml.v3"

	"github.com/factdesk/factdesk/facts"
)

// ParseFact reads one fact written as in a story file's facts: list (a mapping,
// or a list holding one) for story sf, checking what the file and the story can
// tell: its fields, its source, and that it takes no status but pending unless
// approve. The fact comes back pending, or approved when approve; whether its
// speaker, subject and the fact it supersedes exist is the knowledge base's to
// check (with f.Line for where). A fact with problems is not to be used.
func ParseFact(name string, data []byte, sf *facts.StoryFile, approve bool) (facts.Fact, *File) {
	f := &File{Path: name, lines: map[string]int{}}
	n, ok := f.document(data)
	if !ok {
		return facts.Fact{}, f
	}
	if n == nil {
		f.Addf(1, "file", "is empty: write one fact, with at least id, statement and source")
		return facts.Fact{}, f
	}
	if n.Kind == yaml.SequenceNode {
		if len(n.Content) != 1 {
			f.Addf(n.Line, "facts", "kb add takes one fact; this list has %d (use kb import for a whole story)", len(n.Content))
			return facts.Fact{}, f
		}
		n = n.Content[0]
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i].Value; slices.Contains(curationKeys, k) {
				f.Addf(n.Content[i].Line, "facts."+k, "an added fact has no curation yet: retract, approve or flag it once it is added")
			}
			if n.Content[i].Value == "status" {
				status := n.Content[i+1].Value
				if status != facts.StatusPending && !(status == facts.StatusApproved && approve) {
					f.Addf(n.Content[i].Line, "facts.status", "added facts are pending until an editor approves them; leave status out, or use --approve")
				}
			}
		}
	}
	// Parsed into a copy of the story's facts, so duplicate ids are found and the
	// caller's story is left as it was.
	story := *sf
	story.Facts = append([]facts.Fact(nil), sf.Facts...)
	story.Curation = maps.Clone(sf.Curation)
	existing := len(story.Facts)
	f.parseFact(&story, n)
	if len(story.Facts) == existing {
		return facts.Fact{}, f // no usable id: parseFact said why
	}
	fa := story.Facts[existing]
	fa.Story = sf.Story.ID
	fa.Status = facts.StatusPending
	if approve {
		fa.Status = facts.StatusApproved
	}
	if fa.Source != "" && !hasSource(sf, fa.Source) {
		f.Addf(f.lines["facts."+fa.ID+".source"], "facts.source", "%q is not a source of story %s", fa.Source, sf.Story.ID)
	}
	return fa, f
}

func hasSource(sf *facts.StoryFile, id string) bool {
	for _, s := range sf.Sources {
		if s.ID == id {
			return true
		}
	}
	return false
}
