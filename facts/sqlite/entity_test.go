package sqlite_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// tradeStory declares united-states, which the bundled story declares too,
// with fewer aliases; title is put in its entity when not "".
func tradeStory(title string) string {
	s := `story:
  id: trade-2024
  title: Tariffs rise
  date: 2024-02-01
sources:
  - id: wire
    title: Tariffs rise
entities:
  - id: united-states
    name: United States
    kind: country
    aliases: [U.S., the States]
`
	if title != "" {
		s += "    title: " + title + "\n"
	}
	return s + `facts:
  - id: tariffs
    statement: The United States raised tariffs on steel.
    subject: united-states
    source: wire
`
}

// TestKB_Import_SharedEntity: importing a story never takes from another what
// it relies on in a shared entity; what would change it is said and refused.
func TestKB_Import_SharedEntity(t *testing.T) {
	ctx := context.Background()
	const q = "Who accused the United States of America?"

	t.Run("AliasesMerged", func(t *testing.T) {
		kb := sqlitetest.Open(t)
		before := mustAsk(t, kb, q)
		sqlitetest.Import(t, kb, writeFile(t, "trade.yaml", tradeStory("")))
		e, err := kb.Entity(ctx, "united-states")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []string{"U.S.A.", "United States of America", "America", "the States"} {
			if !slices.Contains(e.Aliases, a) {
				t.Errorf("aliases %q lack %q: the import took the bundled story's aliases away, or did not add its own", e.Aliases, a)
			}
		}
		if after := mustAsk(t, kb, q); after.Answer != before.Answer {
			t.Errorf("%q: answered %q before the import, %q after", q, before.Answer, after.Answer)
		}
		// The change is in the entity's history, naming the story that made it.
		hist, err := kb.History(ctx, "entity:united-states")
		if err != nil {
			t.Fatal(err)
		}
		if last := hist[len(hist)-1]; last.Action != "update" || !strings.Contains(last.Note, "trade-2024") {
			t.Errorf("last change of entity:united-states = %+v; want an update naming story trade-2024", last)
		}
	})

	t.Run("TitleConflictRefused", func(t *testing.T) {
		kb := sqlitetest.Open(t)
		sqlitetest.Import(t, kb, writeFile(t, "trade.yaml", tradeStory("")))
		before := exported(t, kb)
		other := strings.Replace(tradeStory(""), "kind: country", "kind: organization", 1)
		path := writeFile(t, "trade.yaml", strings.Replace(other, "id: trade-2024", "id: trade-2025", 1))
		_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{})
		var verr *facts.ValidationError
		if !errors.As(err, &verr) || len(verr.Problems) != 1 {
			t.Fatalf("err = %v; want one problem", err)
		}
		p := verr.Problems[0]
		if p.File != path || p.Line != 11 || p.Field != "entities.kind" || !strings.Contains(p.What, `"country"`) || !strings.Contains(p.What, `"organization"`) {
			t.Errorf("problem = %s; want %s:11: entities.kind naming both kinds", p, path)
		}
		if after := exported(t, kb); !reflect.DeepEqual(after, before) {
			t.Error("a refused import changed the knowledge base")
		}
	})

	t.Run("UpdateEntities", func(t *testing.T) {
		kb := sqlitetest.Open(t)
		sqlitetest.Import(t, kb, writeFile(t, "trade.yaml", tradeStory("")))
		path := writeFile(t, "trade.yaml", tradeStory("the world's largest economy"))
		// A title where the knowledge base has none is no conflict: it adds.
		if _, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		path = writeFile(t, "trade.yaml", tradeStory("a federal republic"))
		_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{})
		if err == nil || !strings.Contains(err.Error(), `entities.title: entity "united-states" has title "the world's largest economy" in the knowledge base and "a federal republic" in this file`) {
			t.Fatalf("err = %v; want the title conflict with both values", err)
		}
		if _, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{path}, sqlite.ImportOptions{UpdateEntities: true}); err != nil {
			t.Fatal(err)
		}
		if e, _ := kb.Entity(ctx, "united-states"); e.Title != "a federal republic" || !slices.Contains(e.Aliases, "U.S.A.") {
			t.Errorf("entity = %+v; want the new title and every alias", e)
		}
	})

	t.Run("OwnEntityChangesFreely", func(t *testing.T) {
		// An entity no other story uses is its story's to change.
		kb, path := rivertonFileKB(t)
		editFile(t, path, "title: mayor of Riverton", "title: Riverton's mayor")
		sqlitetest.Import(t, kb, path)
		if e, _ := kb.Entity(ctx, "ana-ortiz"); e.Title != "Riverton's mayor" {
			t.Errorf("title = %q; want the story's own change", e.Title)
		}
	})

	t.Run("WithinOneImport", func(t *testing.T) {
		kb := sqlitetest.OpenEmpty(t)
		a := writeFile(t, "a.yaml", strings.Replace(strings.Replace(tradeStory(""), "[U.S., the States]", "[USA]", 1), "trade-2024", "trade-a", 1))
		b := writeFile(t, "b.yaml", strings.Replace(tradeStory(""), "trade-2024", "trade-b", 1))
		sqlitetest.Import(t, kb, a, b)
		if e, _ := kb.Entity(ctx, "united-states"); !reflect.DeepEqual(e.Aliases, []string{"USA", "U.S.", "the States"}) {
			t.Errorf("aliases = %q; want both files' aliases", e.Aliases)
		}
		c := writeFile(t, "c.yaml", strings.Replace(tradeStory("a republic"), "trade-2024", "trade-c", 1))
		d := writeFile(t, "d.yaml", strings.Replace(tradeStory("a union"), "trade-2024", "trade-d", 1))
		_, err := kb.ImportPaths(ctx, facts.Actor{Name: "test"}, []string{c, d}, sqlite.ImportOptions{})
		if err == nil || !strings.Contains(err.Error(), d+`:13: entities.title: entity "united-states" has title "a republic" in `+c+` and "a union" in this file`) {
			t.Errorf("err = %v; want d's title conflict with c's", err)
		}
	})

	t.Run("StoriesUsingIt", func(t *testing.T) {
		kb := sqlitetest.Open(t)
		sqlitetest.Import(t, kb, writeFile(t, "trade.yaml", tradeStory("")))
		use, err := kb.EntityUse(ctx, "united-states")
		if err != nil {
			t.Fatal(err)
		}
		want := []facts.EntityInfo{
			{Story: "un-xinjiang-2021", Title: "43 countries criticize China at the U.N. over detention of Uyghurs in Xinjiang", Declares: true, Facts: 4},
			{Story: "trade-2024", Title: "Tariffs rise", Declares: true, Facts: 1},
		}
		if !reflect.DeepEqual(use.Stories, want) {
			t.Errorf("stories = %+v\nwant %+v", use.Stories, want)
		}
	})
}
