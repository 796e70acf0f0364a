package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKB_Import_Merge: at the command line, a re-import that meets a fact
// changed both in its file and in the knowledge base is refused, naming both
// versions, until --theirs or --ours says which wins; a fact added with kb add
// survives an older file.
func TestKB_Import_Merge(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	mustRun(t, db, "id: night-buses\nstatement: The plan adds night buses.\nsource: gazette\n", 0, "kb", "add", "--story", "riverton-transit-2024", "-")
	out := mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	if !strings.Contains(out, "1 fact(s) added or changed in the knowledge base since") {
		t.Errorf("re-import of the older file does not say it kept the added fact:\n%s", out)
	}
	mustRun(t, db, "", 0, "kb", "show", "riverton-transit-2024/night-buses")

	export := filepath.Join(dir, "export")
	mustRun(t, db, "", 0, "kb", "export", "--story", "riverton-transit-2024", export)
	file := filepath.Join(export, "riverton-transit-2024.yaml")
	data, _ := os.ReadFile(file)
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), "$10 million grant", "$12 million grant", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, db, "", 0, "kb", "approve", "riverton-transit-2024/pending-grant")
	_, errOut, code := run(t, db, "", "kb", "import", file)
	for _, want := range []string{file + ":", "facts.statement: riverton-transit-2024/pending-grant changed both in the file and in the knowledge base",
		"$12 million", "$10 million", "--theirs", "--ours"} {
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, want)
		}
	}
	if _, errOut, code := run(t, db, "", "kb", "import", "--theirs", "--ours", file); code != 2 || !strings.Contains(errOut, "--theirs or --ours, not both") {
		t.Errorf("--theirs --ours: exit %d, %q", code, errOut)
	}
	out = mustRun(t, db, "", 0, "kb", "import", "--theirs", file)
	if !strings.Contains(out, "1 fact(s) changed both in the files and in the knowledge base were settled") {
		t.Errorf("--theirs: %s", out)
	}
	if out := mustRun(t, db, "", 0, "kb", "show", "riverton-transit-2024/pending-grant"); !strings.Contains(out, "$12 million") {
		t.Errorf("--theirs did not take the file's version:\n%s", out)
	}
}

// TestKB_SharedEntity: a story that gives a shared entity another title is
// refused, saying where and both titles, until --update-entities; kb show
// ENTITY-ID lists the stories that use it.
func TestKB_SharedEntity(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	parks := filepath.Join(dir, "parks.yaml")
	story := `story:
  id: riverton-parks-2024
  title: Riverton opens a park
  date: 2024-06-01
sources:
  - id: wire
    title: Park opens
entities:
  - id: ana-ortiz
    name: Ana Ortiz
    kind: person
    title: Riverton's mayor
    aliases: [Mayor Ana Ortiz]
facts:
  - id: park
    statement: Ana Ortiz opened the new park.
    subject: ana-ortiz
    source: wire
`
	if err := os.WriteFile(parks, []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, db, "", "kb", "import", parks)
	if want := parks + `:12: entities.title: entity "ana-ortiz" has title "mayor of Riverton" in the knowledge base and "Riverton's mayor" in this file`; code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, want)
	}
	out := mustRun(t, db, "", 0, "kb", "import", "--update-entities", parks)
	if !strings.Contains(out, "1 shared entity(ies) changed") {
		t.Errorf("import --update-entities: %s", out)
	}
	out = mustRun(t, db, "", 0, "kb", "show", "ana-ortiz")
	for _, want := range []string{"Title: Riverton's mayor", "Mayor Ana Ortiz", "the mayor", "Used by 2 story(ies)",
		"riverton-transit-2024: Riverton council approves transit budget after heated debate (declares it; ", "riverton-parks-2024: Riverton opens a park (declares it; 1 fact(s) about it)"} {
		if !strings.Contains(out, want) {
			t.Errorf("kb show ana-ortiz lacks %q:\n%s", want, out)
		}
	}
	if out := mustRun(t, db, "", 0, "kb", "history", "entity:ana-ortiz"); !strings.Contains(out, "changed by story riverton-parks-2024") {
		t.Errorf("the entity's history does not name the story that changed it:\n%s", out)
	}
	if _, errOut, code := run(t, db, "", "kb", "show", "nobody-at-all"); code != 2 || !strings.Contains(errOut, `No story or entity "nobody-at-all"`) {
		t.Errorf("kb show of an unknown id: exit %d, %q", code, errOut)
	}
}
