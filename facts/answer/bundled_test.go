package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// besideBundled indexes literal stories beside the bundled ones, so that
// their words weigh as in a real knowledge base, where most are held by some
// fact.
func besideBundled(t *testing.T, sfs ...*facts.StoryFile) (*index.Index, *index.Memory) {
	t.Helper()
	inputs := bundled.Files()
	for _, sf := range sfs {
		data, err := storyfile.Encode(sf)
		if err != nil {
			t.Fatalf("encoding story %s: %v", sf.Story.ID, err)
		}
		inputs = append(inputs, facts.ImportInput{Name: sf.Story.ID + ".yaml", Data: data})
	}
	return indextest.FromInputs(t, inputs...)
}

// deskFact is an approved fact from the source "desk", as the small stories
// of these tests record them.
func deskFact(id, statement, subject string) facts.Fact {
	return facts.Fact{ID: id, Statement: statement, Subject: subject, Source: "desk", Status: facts.StatusApproved}
}

// deskStory is a story with one source, "desk", a desk's own copy of it, as
// the small stories of these tests record them; a test adds the entities and
// facts.
func deskStory(id, title, date, desk string, entities []facts.Entity, fs ...facts.Fact) *facts.StoryFile {
	return &facts.StoryFile{
		Story:    facts.Story{ID: id, Title: title, Date: date},
		Sources:  []facts.Source{{ID: "desk", Title: title, Publisher: desk, Published: date}},
		Entities: entities,
		Facts:    fs,
	}
}
