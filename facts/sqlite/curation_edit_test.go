package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

func str(s string) *string { return &s }

func TestKB_EditFact(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	const grant = riverton + "/pending-grant"
	web := facts.Actor{Name: "ana", Surface: "web"}

	t.Run("OK", func(t *testing.T) {
		v := 12e6
		f, err := kb.EditFact(ctx, web, grant, facts.FactEdit{
			Statement: str("The state is expected to add a $12 million grant to the plan."), Value: &v, Keywords: &[]string{"state aid", " "}})
		if err != nil {
			t.Fatal(err)
		}
		if f.Status != facts.StatusPending || *f.Value != 12e6 || len(f.Keywords) != 1 {
			t.Errorf("edited = %+v", f)
		}
		c := lastChange(t, kb, grant)
		if c.Action != "update" || c.Actor != "ana" || c.Surface != "web" {
			t.Errorf("history = %+v", c)
		}
		fields := c.Fields()
		if len(fields) != 3 || fields[0].Field != "statement" || !strings.Contains(fields[0].Old, "$10 million") || !strings.Contains(fields[0].New, "$12 million") ||
			fields[1] != (facts.FieldChange{Field: "value", Old: "10000000", New: "12000000"}) || fields[2] != (facts.FieldChange{Field: "keywords", Old: "", New: "state aid"}) {
			t.Errorf("fields = %+v, want statement, value and keywords before and after", fields)
		}
		// Still pending: editing is not approving.
		if ans := mustAsk(t, kb, "How much is the grant?"); ans.Found {
			t.Errorf("an edited pending fact answered: %q", ans.Answer)
		}
		if _, err := kb.Approve(ctx, web, grant); err != nil {
			t.Fatal(err)
		}
		if ans := mustAsk(t, kb, "How much is the grant?"); !strings.Contains(ans.Answer, "$12 million") {
			t.Errorf("answer = %q, want the edited statement", ans.Answer)
		}
	})
	tests := []struct {
		name, id string
		edit     facts.FactEdit
		want     string
	}{
		{"ErrApproved", driversHired, facts.FactEdit{Statement: str("x")}, "supersede"},
		{"ErrRetracted", riverton + "/old-ridership", facts.FactEdit{Statement: str("x")}, "retracted"},
		{"ErrNotFound", riverton + "/nope", facts.FactEdit{Statement: str("x")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kb.EditFact(ctx, web, tt.id, tt.edit)
			if err == nil || !strings.Contains(facts.ErrorMessage(err), tt.want) {
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
	t.Run("ErrFields", func(t *testing.T) {
		kb := sqlitetest.OpenEmpty(t)
		sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
		before, _ := kb.Fact(ctx, grant)
		_, err := kb.EditFact(ctx, web, grant, facts.FactEdit{Statement: str(" "), Source: str("tribune"), Speaker: str("nobody"), Quote: str("We will."), Date: str("June")})
		msg := facts.ErrorMessage(err)
		for _, want := range []string{"statement: is required", `source: "tribune" is not a source`, `speaker: "nobody" is not an entity`, "date:"} {
			if !strings.Contains(msg, want) {
				t.Errorf("error %q lacks %q", msg, want)
			}
		}
		if after, _ := kb.Fact(ctx, grant); after.Statement != before.Statement {
			t.Error("a refused edit changed the fact")
		}
		if _, err := kb.EditFact(ctx, web, grant, facts.FactEdit{Statement: str(before.Statement)}); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("an edit changing nothing: err = %v, want invalid", err)
		}
	})
}

func TestKB_Supersede(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	web := facts.Actor{Name: "ana", Surface: "web"}
	fix := facts.FactEdit{Statement: str("The Riverton Transit Authority will hire 58 new bus drivers under the plan."), Value: new(58.0)}

	if _, err := kb.Flag(ctx, facts.Actor{Name: "rita"}, driversHired, "It is 58."); err != nil {
		t.Fatal(err)
	}
	res, err := kb.Supersede(ctx, web, driversHired, fix, facts.SupersedeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f := res.Fact
	const corrected = riverton + "/drivers-hired-corrected"
	if f.FullID() != corrected || f.Status != facts.StatusPending || f.Supersedes != "drivers-hired" || f.Subject != "transit-authority" {
		t.Errorf("correction = %+v, want a pending copy with the edit, superseding drivers-hired", f)
	}
	if ans := mustAsk(t, kb, driversQ); !cites(ans, driversHired) {
		t.Errorf("a pending correction changed the answer: %q", ans.Answer)
	}
	if _, err := kb.Supersede(ctx, web, driversHired, fix, facts.SupersedeOptions{}); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), corrected) {
		t.Errorf("a second correction: err = %v, want invalid naming %s", err, corrected)
	}
	if _, err := kb.Approve(ctx, web, corrected); err != nil {
		t.Fatal(err)
	}
	if ans := mustAsk(t, kb, driversQ); !cites(ans, corrected) || cites(ans, driversHired) {
		t.Errorf("answer = %q, want the correction only", ans.Answer)
	}
	if st, _ := kb.Status(ctx, driversHired); st.SupersededBy != corrected || len(st.OpenFlags) != 0 {
		t.Errorf("status = %+v, want superseded, flag closed", st)
	}

	t.Run("ApproveAtOnce", func(t *testing.T) {
		const fares = riverton + "/fare-unchanged"
		// Factdesk cited the fare in a Slack thread: the correction is queued there.
		if err := kb.RecordDelivery(ctx, facts.Delivery{Conversation: facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C1", Thread: "1.2"},
			Message: "1.3", Facts: []string{fares}}); err != nil {
			t.Fatal(err)
		}
		res, err := kb.Supersede(ctx, web, fares, facts.FactEdit{Statement: str("The bus fare stays at $2.75 under the budget."), Value: new(2.75)},
			facts.SupersedeOptions{ID: "fare-fixed", Approve: true})
		if err != nil || res.Fact.Status != facts.StatusApproved || res.Corrects != fares || res.Told != 1 {
			t.Fatalf("correction = %+v, %v; want approved, correcting %s, one conversation told", res, err, fares)
		}
		queued, err := kb.Corrections(ctx, facts.CorrectionFilter{Fact: fares})
		if err != nil || len(queued) != 1 || queued[0].NewFact != riverton+"/fare-fixed" || queued[0].Status != facts.CorrectionPending {
			t.Errorf("corrections = %+v, %v; want one pending, naming the correction", queued, err)
		}
		if ans := mustAsk(t, kb, "How much is the bus fare?"); !strings.Contains(ans.Answer, "2.75") {
			t.Errorf("answer = %q, want the correction", ans.Answer)
		}
		if c := lastChange(t, kb, fares); c.Action != "supersede" || !strings.Contains(c.Note, "fare-fixed") {
			t.Errorf("history of the old fact = %+v", c)
		}
	})
	tests := []struct {
		name, id string
		edit     facts.FactEdit
		opt      facts.SupersedeOptions
		want     string
	}{
		{"ErrPending", riverton + "/pending-grant", fix, facts.SupersedeOptions{}, "edit it instead"},
		{"ErrNothingChanged", riverton + "/new-routes", facts.FactEdit{}, facts.SupersedeOptions{}, "changes nothing"},
		{"ErrIDTaken", riverton + "/new-routes", fix, facts.SupersedeOptions{ID: "becker-quote"}, "taken"},
		{"ErrBadID", riverton + "/new-routes", fix, facts.SupersedeOptions{ID: "Not A Slug"}, "slug"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := kb.Supersede(ctx, web, tt.id, tt.edit, tt.opt)
			if facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), tt.want) {
				t.Errorf("err = %v, want invalid saying %q", err, tt.want)
			}
		})
	}
}

func TestKB_FactViews(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	kb.Flag(ctx, facts.Actor{Name: "rita"}, driversHired, "58?")
	all, err := kb.StoryFacts(ctx, riverton)
	if err != nil {
		t.Fatal(err)
	}
	sf, _ := kb.StoryFile(ctx, riverton)
	if len(all) != len(sf.Facts) {
		t.Fatalf("%d facts, the story has %d", len(all), len(sf.Facts))
	}
	byID := map[string]facts.FactView{}
	for _, v := range all {
		byID[v.ID] = v
	}
	if v := byID["old-ridership"]; v.Status != facts.StatusRetracted || v.SupersededBy != riverton+"/ridership" || v.SourceInfo.Publisher == "" {
		t.Errorf("old-ridership = %+v", v)
	}
	if v := byID["drivers-hired"]; len(v.OpenFlags) != 1 || len(v.Entities) == 0 || v.Entities[0] != (facts.FactEntity{ID: "transit-authority", Name: "Riverton Transit Authority", Role: "subject"}) {
		t.Errorf("drivers-hired = %+v, want its flag and its subject first", v)
	}
	if v := byID["becker-quote"]; v.SpeakerName != "Tom Becker" {
		t.Errorf("becker-quote speaker %q", v.SpeakerName)
	}
	if _, err := kb.StoryFacts(ctx, "nope"); facts.ErrorCode(err) != facts.ENOTFOUND {
		t.Errorf("unknown story: err = %v", err)
	}
	if _, err := kb.Retract(ctx, editor, riverton+"/becker-quote", "Misquoted."); err != nil {
		t.Fatal(err)
	}
	if v, err := kb.FactView(ctx, riverton+"/becker-quote"); err != nil || v.Reason != "Misquoted." {
		t.Errorf("retracted fact = %+v, %v; want its reason", v, err)
	}

	t.Run("Search", func(t *testing.T) {
		tests := []struct {
			q    string
			want []string
		}{
			{"bus drivers", []string{"drivers-hired"}},
			{"drivers", []string{"drivers-hired", "union-backed"}},
			{"BLANK check", []string{"becker-opposed", "becker-quote"}},
			{"grant", []string{"pending-grant"}},
			{"ridership", []string{"old-ridership", "ridership"}},
			{"ticket", []string{"fare-unchanged"}},
			{"100%", nil},
			{"_", nil},
			{"", nil},
		}
		for _, tt := range tests {
			got, err := kb.SearchFacts(ctx, tt.q, 0)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, v := range got {
				ids = append(ids, v.ID)
			}
			if strings.Join(ids, " ") != strings.Join(tt.want, " ") {
				t.Errorf("search %q = %v, want %v", tt.q, ids, tt.want)
			}
		}
	})
}
