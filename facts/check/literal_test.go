package check_test

import (
	"context"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestCheck_LiteralStory checks drafts against a story written out in Go: the
// check's unit test, with no file and no database.
func TestCheck_LiteralStory(t *testing.T) {
	sixty := 60.0
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "mill-fire-2024", Title: "Fire destroys Milltown's old textile mill", Date: "2024-03-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Mill fire", Publisher: "Milltown Courier"}},
		Entities: []facts.Entity{
			{ID: "dana-reyes", Name: "Dana Reyes", Kind: "person", Title: "Milltown's fire chief", Aliases: []string{"Reyes"}},
			{ID: "milltown-fire-department", Name: "Milltown Fire Department", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "firefighters", Statement: "About 60 firefighters from the Milltown Fire Department fought the blaze.", Subject: "milltown-fire-department",
				Predicate: "fought", Value: &sixty, Unit: "firefighters", Source: "desk"},
			{ID: "reyes-quote", Statement: "Dana Reyes said the building had been empty for years.", Quote: "We were lucky nobody was inside that building",
				Speaker: "dana-reyes", Source: "desk"},
		},
	}
	ix, mem := indextest.Story(t, sf)
	for _, tt := range []struct {
		name, draft    string
		kind, expected string // the one finding wanted, "" for none
	}{
		{"Number", "About 80 firefighters from the Milltown Fire Department fought the blaze.", "number", "60 firefighters"},
		{"Misquote", "\"We were lucky nobody was inside that warehouse,\" Reyes said.", "quote", "We were lucky nobody was inside that building"},
		{"Name", "Fire chief Dana Reyas said the building was empty.", "name", "Dana Reyes"},
		{"Title", "Dana Reyes, Milltown's fire marshal, spoke to reporters.", "title", "Milltown's fire chief"},
		{"Clean", "About 60 firefighters fought the blaze. \"We were lucky nobody was inside that building,\" said Dana Reyes, Milltown's fire chief.", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := check.Check(context.Background(), ix, mem, tt.draft, facts.CheckOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.kind == "" {
				if len(res.Findings) != 0 {
					t.Errorf("clean draft flagged: %+v", res.Findings)
				}
				return
			}
			if len(res.Findings) != 1 || res.Findings[0].Kind != tt.kind || res.Findings[0].Expected != tt.expected {
				t.Errorf("findings = %+v, want one %s finding expecting %q", res.Findings, tt.kind, tt.expected)
			}
		})
	}
}
