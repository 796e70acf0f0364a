package sqlite_test

import (
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

const (
	riverton     = "riverton-transit-2024"
	driversHired = riverton + "/drivers-hired"
	driversQ     = "How many new bus drivers will the transit authority hire?"
)

var editor = facts.Actor{Name: "ed", Surface: "cli"}

// mustAsk asks and fails the test on an error.
func mustAsk(t *testing.T, kb *sqlite.KB, q string) facts.Answer {
	t.Helper()
	ans, err := kb.Ask(context.Background(), q, facts.AskOptions{})
	if err != nil {
		t.Fatalf("ask %q: %v", q, err)
	}
	return ans
}

func cites(ans facts.Answer, id string) bool {
	for _, f := range ans.Facts {
		if f.ID == id {
			return true
		}
	}
	return false
}

// lastChange returns the latest history entry of id.
func lastChange(t *testing.T, kb *sqlite.KB, id string) facts.Change {
	t.Helper()
	hist, err := kb.History(context.Background(), id)
	if err != nil {
		t.Fatalf("history of %s: %v", id, err)
	}
	return hist[len(hist)-1]
}

func TestKB_Retract(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	if ans := mustAsk(t, kb, driversQ); !cites(ans, driversHired) {
		t.Fatalf("before: answer %q does not cite %s", ans.Answer, driversHired)
	}

	t.Run("ErrReasonRequired", func(t *testing.T) {
		if _, err := kb.Retract(ctx, editor, driversHired, "  "); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("err = %v, want invalid", err)
		}
		if f, _ := kb.Fact(ctx, driversHired); f.Status != facts.StatusApproved {
			t.Errorf("status = %s after a refused retraction", f.Status)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := kb.Retract(ctx, editor, riverton+"/nope", "x"); facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("err = %v, want not found", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		if _, err := kb.Retract(ctx, editor, driversHired, "The authority will hire 58 drivers, not 85."); err != nil {
			t.Fatal(err)
		}
		if ans := mustAsk(t, kb, driversQ); cites(ans, driversHired) || strings.Contains(ans.Answer, "85") {
			t.Errorf("a retracted fact answered: %q", ans.Answer)
		}
		f, err := kb.Fact(ctx, driversHired)
		if err != nil || f.Status != facts.StatusRetracted {
			t.Fatalf("fact = %+v, %v; want it kept, retracted", f, err)
		}
		st, err := kb.Status(ctx, driversHired)
		if err != nil || !strings.Contains(st.Reason, "58 drivers") {
			t.Errorf("status = %+v, %v; want the reason kept", st, err)
		}
		c := lastChange(t, kb, driversHired)
		if c.Action != "retract" || c.Actor != "ed" || c.Surface != "cli" || !strings.Contains(c.Note, "58") ||
			!strings.Contains(c.Old, `"status":"approved"`) || !strings.Contains(c.New, `"status":"retracted"`) {
			t.Errorf("history = %+v, want the retraction with old and new values", c)
		}
	})
	t.Run("ErrAlreadyRetracted", func(t *testing.T) {
		if _, err := kb.Retract(ctx, editor, driversHired, "again"); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("err = %v, want invalid", err)
		}
	})
}

func TestKB_Approve(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	const grant = riverton + "/pending-grant"
	const q = "How much is the grant?"
	if ans := mustAsk(t, kb, q); ans.Found {
		t.Fatalf("a pending fact answered: %q", ans.Answer)
	}
	rev, err := kb.Review(ctx)
	if err != nil || len(rev.Pending) != 1 || rev.Pending[0].FullID() != grant {
		t.Fatalf("review = %+v, %v; want the pending grant", rev, err)
	}
	if _, err := kb.Approve(ctx, editor, grant); err != nil {
		t.Fatal(err)
	}
	if ans := mustAsk(t, kb, q); !ans.Found || !cites(ans, grant) {
		t.Errorf("approved fact does not answer: %q", ans.Answer)
	}
	if c := lastChange(t, kb, grant); c.Action != "approve" || !strings.Contains(c.New, `"status":"approved"`) {
		t.Errorf("history = %+v, want the approval", c)
	}
	if rev, _ := kb.Review(ctx); len(rev.Pending) != 0 {
		t.Errorf("still pending: %+v", rev.Pending)
	}
	if _, err := kb.Approve(ctx, editor, grant); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("approving twice: err = %v, want invalid", err)
	}
}

func TestKB_Flag(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	reporter := facts.Actor{Name: "slack:U0REPORTER", Surface: "slack"}
	if _, err := kb.Flag(ctx, reporter, driversHired, ""); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("flag without a note: err = %v, want invalid", err)
	}
	fl, err := kb.Flag(ctx, reporter, driversHired, "The gazette corrected this to 58.")
	if err != nil {
		t.Fatal(err)
	}
	if fl.Fact != driversHired || fl.Actor != reporter.Name || fl.Surface != "slack" {
		t.Errorf("flag = %+v", fl)
	}
	// A flag asks for review; the fact answers until an editor decides.
	if ans := mustAsk(t, kb, driversQ); !cites(ans, driversHired) {
		t.Errorf("a flag alone changed the answer: %q", ans.Answer)
	}
	rev, _ := kb.Review(ctx)
	if len(rev.Flags) != 1 || rev.Flags[0].Note != "The gazette corrected this to 58." || rev.Flags[0].Statement == "" {
		t.Errorf("review flags = %+v", rev.Flags)
	}
	if c := lastChange(t, kb, driversHired); c.Action != "flag" || c.Actor != reporter.Name || c.Surface != "slack" {
		t.Errorf("history = %+v, want the flag", c)
	}
	// Approving a flagged fact records the review and closes its flags.
	if _, err := kb.Approve(ctx, editor, driversHired); err != nil {
		t.Fatal(err)
	}
	if rev, _ := kb.Review(ctx); len(rev.Flags) != 0 {
		t.Errorf("flags still open after review: %+v", rev.Flags)
	}
	if c := lastChange(t, kb, driversHired); c.Action != "review" {
		t.Errorf("history = %+v, want the review", c)
	}
	// Retracting closes flags too.
	kb.Flag(ctx, reporter, driversHired, "Still wrong.")
	if _, err := kb.Retract(ctx, editor, driversHired, "wrong figure"); err != nil {
		t.Fatal(err)
	}
	if st, _ := kb.Status(ctx, driversHired); len(st.OpenFlags) != 0 {
		t.Errorf("open flags after retraction: %+v", st.OpenFlags)
	}
}

// correction is a fact correcting drivers-hired, as an editor would write it.
const correction = `id: drivers-corrected
statement: The Riverton Transit Authority will hire 58 new bus drivers under the plan.
subject: transit-authority
predicate: will hire
value: 58
unit: drivers
source: gazette
supersedes: drivers-hired
`

func TestKB_AddFact_Supersede(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	const corrected = riverton + "/drivers-corrected"
	f, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "fix.yaml", Data: []byte(correction)}, sqlite.AddOptions{Story: riverton})
	if err != nil {
		t.Fatal(err)
	}
	if f.Status != facts.StatusPending {
		t.Errorf("added fact is %s, want pending", f.Status)
	}
	if ans := mustAsk(t, kb, driversQ); !cites(ans, driversHired) || cites(ans, corrected) {
		t.Errorf("a pending correction changed the answer: %q", ans.Answer)
	}
	if _, err := kb.Flag(ctx, facts.Actor{Name: "rita"}, driversHired, "Should be 58."); err != nil {
		t.Fatal(err)
	}
	if _, err := kb.Approve(ctx, editor, corrected); err != nil {
		t.Fatal(err)
	}
	if st, _ := kb.Status(ctx, driversHired); st.SupersededBy != corrected || len(st.OpenFlags) != 0 {
		t.Errorf("status of the corrected fact = %+v, want superseded and its flag closed by the correction", st)
	}
	ans := mustAsk(t, kb, driversQ)
	if !cites(ans, corrected) || cites(ans, driversHired) || !strings.Contains(ans.Answer, "58") {
		t.Fatalf("answer = %q (%+v), want the correction only", ans.Answer, ans.Facts)
	}
	if !strings.Contains(ans.Answer, "correction") || !regexp.MustCompile(`recorded on \d{4}-\d{2}-\d{2}`).MatchString(ans.Answer) || ans.Facts[0].Corrects != driversHired {
		t.Errorf("answer %q does not say it corrects %s and when", ans.Answer, driversHired)
	}
	hist, _ := kb.History(ctx, corrected)
	if len(hist) != 2 || hist[0].Action != "create" || hist[1].Action != "approve" {
		t.Errorf("history of the correction = %+v, want create then approve", hist)
	}
	if c := lastChange(t, kb, driversHired); c.Action != "supersede" || !strings.Contains(c.Note, corrected) {
		t.Errorf("history of the corrected fact = %+v, want a supersede entry", c)
	}
	// The story's history holds both.
	if all, _ := kb.History(ctx, riverton); len(all) < 4 {
		t.Errorf("story history has %d entries", len(all))
	}
}

func TestKB_AddFact_Validation(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		yaml  string
		opt   sqlite.AddOptions
		line  int
		field string
		what  string
	}{
		{"UnknownKey", correction + "colour: blue\n", sqlite.AddOptions{}, 9, "facts[].colour", "unknown key"},
		{"MissingStatement", strings.Replace(correction, "statement: The Riverton Transit Authority will hire 58 new bus drivers under the plan.\n", "", 1), sqlite.AddOptions{}, 1, "facts.statement", "is required"},
		{"UnknownSource", strings.Replace(correction, "source: gazette", "source: tribune", 1), sqlite.AddOptions{}, 7, "facts.source", "not a source"},
		{"UnknownSpeaker", correction + "quote: We will hire.\nspeaker: nobody\n", sqlite.AddOptions{}, 10, "facts.speaker", "not an entity"},
		{"DuplicateID", strings.Replace(correction, "id: drivers-corrected", "id: drivers-hired", 1), sqlite.AddOptions{}, 1, "facts.id", "duplicate"},
		{"SupersedesUnknown", strings.Replace(correction, "supersedes: drivers-hired", "supersedes: drivers-fired", 1), sqlite.AddOptions{}, 8, "facts.supersedes", "not a fact"},
		{"ApprovedWithoutFlag", correction + "status: approved\n", sqlite.AddOptions{}, 9, "facts.status", "--approve"},
		{"TwoFacts", "- id: a\n  statement: A.\n  source: gazette\n- id: b\n  statement: B.\n  source: gazette\n", sqlite.AddOptions{}, 1, "facts", "one fact"},
		{"YAML", "id: [oops\n", sqlite.AddOptions{}, 2, "yaml", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kb := sqlitetest.OpenEmpty(t)
			sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
			before, _ := kb.Stories(ctx)
			tt.opt.Story = riverton
			_, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "fact.yaml", Data: []byte(tt.yaml)}, tt.opt)
			verr, ok := err.(*facts.ValidationError)
			if !ok {
				t.Fatalf("err = %v, want a validation error", err)
			}
			p := verr.Problems[0]
			if p.File != "fact.yaml" || p.Line != tt.line || p.Field != tt.field || !strings.Contains(p.What, tt.what) {
				t.Errorf("problem = %s, want fact.yaml:%d: %s: ...%s...", p, tt.line, tt.field, tt.what)
			}
			if after, _ := kb.Stories(ctx); after[0].Facts != before[0].Facts {
				t.Errorf("a bad fact changed the knowledge base: %d facts, had %d", after[0].Facts, before[0].Facts)
			}
		})
	}
	t.Run("ErrNoStory", func(t *testing.T) {
		kb := sqlitetest.OpenEmpty(t)
		_, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "f.yaml", Data: []byte(correction)}, sqlite.AddOptions{Story: "nope"})
		if facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("err = %v, want not found", err)
		}
	})
	t.Run("Approve", func(t *testing.T) {
		kb := sqlitetest.OpenEmpty(t)
		sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
		f, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "f.yaml", Data: []byte(correction)}, sqlite.AddOptions{Story: riverton, Approve: true})
		if err != nil || f.Status != facts.StatusApproved {
			t.Fatalf("fact = %+v, %v; want it approved", f, err)
		}
		if ans := mustAsk(t, kb, driversQ); !strings.Contains(ans.Answer, "58") {
			t.Errorf("answer = %q, want the approved correction", ans.Answer)
		}
	})
}

func TestKB_Retract_ReasonTooLong(t *testing.T) {
	kb := sqlitetest.Open(t)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	_, err := kb.Retract(context.Background(), facts.Actor{Name: "editor"}, "riverton-transit-2024/new-routes", strings.Repeat("x", facts.MaxNoteLen+1))
	if facts.ErrorCode(err) != facts.ETOOLARGE {
		t.Fatalf("err = %v, want too large", err)
	}
	if f, _ := kb.Fact(context.Background(), "riverton-transit-2024/new-routes"); f.Status != facts.StatusApproved {
		t.Errorf("status = %s after a refused retraction", f.Status)
	}
}

// TestKB_Clock: history and flags are dated by the knowledge base's clock.
func TestKB_Clock(t *testing.T) {
	kb := sqlitetest.Open(t)
	kb.Now = func() time.Time { return time.Date(2024, 3, 12, 9, 30, 0, 0, time.FixedZone("EST", -5*3600)) }
	ctx := context.Background()
	fl, err := kb.Flag(ctx, editor, "un-xinjiang-2021/coalition-signed-statement", "Check the count.")
	if err != nil {
		t.Fatal(err)
	}
	changes, err := kb.History(ctx, fl.Fact)
	if err != nil {
		t.Fatal(err)
	}
	if last := changes[len(changes)-1]; fl.At != "2024-03-12T14:30:00Z" || last.At != fl.At || last.Action != "flag" {
		t.Errorf("flag at %s, history %+v; want both at the clock's time, in UTC", fl.At, last)
	}
}
