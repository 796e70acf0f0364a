package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

const xinjiang = "un-xinjiang-2021"

// roundTripQuestions reach the facts the curation below touches, and others.
var roundTripQuestions = []string{
	"How many countries signed the statement?",
	"Who read the statement for the group?",
	"What did Zhang Jun say?",
	"Who is Zhang Jun?",
	"How many countries signed last year?",
	"How many countries backed China?",
	"Who delivered the statement backing China?",
	"Did Britain sign the statement?",
	"Who accused the United States of America?",
	"How many people died in the camps?",
}

// userView is what a person sees of a knowledge base through the command
// line: the stories listed, the story shown, every fact shown in full with its
// curation, a shared entity, the review queue, and the answers.
func userView(t *testing.T, db string) map[string]string {
	t.Helper()
	view := map[string]string{
		"kb list": mustRun(t, db, "", 0, "kb", "list"),
		"kb show": mustRun(t, db, "", 0, "kb", "show", xinjiang),
		"entity":  mustRun(t, db, "", 0, "kb", "show", "entity:united-states"),
	}
	var sf facts.StoryFile
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "show", "--json", xinjiang)), &sf); err != nil {
		t.Fatal(err)
	}
	for _, f := range sf.Facts {
		id := xinjiang + "/" + f.ID
		view[id] = mustRun(t, db, "", 0, "kb", "show", id)
	}
	// The review queue, but for what only the history knows (who last changed
	// a pending fact, and when) and the flags' numbers.
	var rev facts.Review
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "pending", "--json")), &rev); err != nil {
		t.Fatal(err)
	}
	for i := range rev.Pending {
		rev.Pending[i].At, rev.Pending[i].Actor, rev.Pending[i].Surface = "", "", ""
	}
	for i := range rev.Flags {
		rev.Flags[i].ID = 0
	}
	js, _ := json.Marshal(rev)
	view["kb pending"] = string(js)
	for _, q := range roundTripQuestions {
		view["ask "+q] = mustRun(t, db, "", 0, "ask", "--json", q)
	}
	return view
}

// TestKB_RoundTrip_KeepsCuration: the bundled story, curated (a retraction
// with its reason, an approval, flags open and closed, a correction),
// exported, and imported into a new knowledge base, looks the same there in
// everything a person can see: answers, statuses, reasons, approvers, flags.
func TestKB_RoundTrip_KeepsCuration(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "list") // a new knowledge base, with the bundled story
	mustRun(t, db, "", 0, "kb", "retract", xinjiang+"/last-year-39", "--reason", "The wire's count for 2020 was disputed.")
	mustRun(t, db, "", 0, "kb", "flag", xinjiang+"/coalition-signed-statement", "--note", "Check the count against the U.N. record.")
	mustRun(t, db, "", 0, "kb", "flag", xinjiang+"/zhang-role", "--note", "Is he still ambassador?")
	mustRun(t, db, "", 0, "kb", "approve", xinjiang+"/zhang-role")
	mustRun(t, db, "id: britain-signed\nstatement: Britain was among the countries that signed the statement.\nsource: wire\n", 0,
		"kb", "add", "--story", xinjiang, "-")
	mustRun(t, db, "", 0, "kb", "approve", xinjiang+"/britain-signed")
	mustRun(t, db, "id: cuban-envoy-corrected\nstatement: A Cuban envoy at the U.N. delivered a statement backing China on behalf of 62 countries, including Pakistan.\n"+
		"value: 62\nunit: countries\nsource: wire\nsupersedes: cuban-envoy-62-countries\n", 0, "kb", "add", "--story", xinjiang, "-")
	mustRun(t, db, "", 0, "kb", "approve", xinjiang+"/cuban-envoy-corrected", "--reason", "Pakistan led the group.")
	mustRun(t, db, "id: pending-note\nstatement: More countries may join next year.\nsource: wire\n", 0, "kb", "add", "--story", xinjiang, "-")

	export := filepath.Join(dir, "export")
	mustRun(t, db, "", 0, "kb", "export", export)
	fresh := filepath.Join(dir, "fresh.db")
	mustRun(t, fresh, "", 0, "kb", "import", export)

	want, got := userView(t, db), userView(t, fresh)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s differs after export and import into a new knowledge base:\nbefore:\n%s\nafter:\n%s", k, w, got[k])
		}
	}
	for _, w := range []string{"retracted by ", ": The wire's count for 2020 was disputed.", "approved by ", "Check the count against the U.N. record.", "(closed by "} {
		if !strings.Contains(want["kb show"], w) {
			t.Errorf("kb show does not show the curation %q:\n%s", w, want["kb show"])
		}
	}
	if !regexp.MustCompile(`corrected by ` + xinjiang + `/cuban-envoy-corrected`).MatchString(got["kb show"]) {
		t.Errorf("the correction was lost:\n%s", got["kb show"])
	}
}
