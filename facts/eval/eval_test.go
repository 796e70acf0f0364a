package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/answer"
	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/eval"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

func TestGrade(t *testing.T) {
	no := false
	ans := facts.Answer{Found: true, Answer: "A coalition of 43 countries backed the statement.",
		Facts: []facts.AnswerFact{{Statement: "A coalition of 43 countries backed the statement.", Quote: "We call on China"}}}
	tests := []struct {
		name string
		q    eval.Question
		ans  facts.Answer
		want string
	}{
		{"Pass", eval.Question{Expect: [][]string{{"43"}, {"countr", "nation"}}}, ans, eval.Pass},
		{"PassInQuote", eval.Question{Expect: [][]string{{"call on china"}}}, ans, eval.Pass},
		{"PartlyMissing", eval.Question{Expect: [][]string{{"43"}, {"turkey"}}}, ans, eval.Fail},
		{"AllMissing", eval.Question{Expect: [][]string{{"62"}}}, ans, eval.Wrong},
		{"Rejected", eval.Question{Expect: [][]string{{"43"}}, Reject: []string{"coalition"}}, ans, eval.Wrong},
		{"NotFound", eval.Question{Expect: [][]string{{"43"}}}, facts.Answer{}, eval.Fail},
		{"RightlyNotFound", eval.Question{Found: &no}, facts.Answer{}, eval.Pass},
		{"AnsweredNotHeld", eval.Question{Found: &no}, ans, eval.Wrong},
		{"Folded", eval.Question{Expect: [][]string{{"RIVIÈRE"}}}, facts.Answer{Found: true, Answer: "Nicolas de Riviere read it."}, eval.Pass},
	}
	for _, tt := range tests {
		if got, why := eval.Grade(tt.q, tt.ans); got != tt.want {
			t.Errorf("%s: %s (%s), want %s", tt.name, got, why, tt.want)
		}
	}
}

func TestLoad_Errors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"unknown-key.yaml": "questions:\n  - q: Who?\n    expect: [[a]]\n    answer: a\n",
		"no-expect.yaml":   "questions:\n  - q: Who signed?\n",
		"planted.yaml":     "drafts:\n  - id: d\n    text: Forty countries signed.\n    errors: [{kind: number, text: 41 countries}]\n",
		"empty.yaml":       "about: nothing\n",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		if _, err := eval.Load(p); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), p) {
			t.Errorf("%s: err = %v, want an invalid-input error naming the file", name, err)
		}
	}
}

// engine answers and checks from stories held in memory.
type engine struct {
	ix  *index.Index
	mem *index.Memory
}

func (e engine) Ask(ctx context.Context, q string, opt facts.AskOptions) (facts.Answer, error) {
	return answer.Ask(ctx, e.ix, e.mem, q, opt)
}

func (e engine) Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
	return check.Check(ctx, e.ix, e.mem, text, opt)
}

// TestRun runs an eval file against the bundled story: what holds passes, a
// planted error is found, and a deliberately wrong expectation is reported.
func TestRun(t *testing.T) {
	ix, mem := indextest.Bundled(t)
	e := engine{ix, mem}
	p := filepath.Join(t.TempDir(), "eval.yaml")
	os.WriteFile(p, []byte(`questions:
  - q: Who signed the statement?
    expect: [["43"]]
  - q: What is the capital of Australia?
    found: false
  - q: How many countries backed China?
    expect: [["99"]]
drafts:
  - id: count
    text: A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.
    errors: [{kind: number, text: "45 countries"}]
`), 0o644)
	files, err := eval.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Run(context.Background(), files, e, e)
	if err != nil {
		t.Fatal(err)
	}
	pass, fail, wrong := rep.Counts()
	if pass != 2 || fail+wrong != 1 || rep.Questions[2].Verdict == eval.Pass || rep.OK() {
		t.Errorf("counts %d/%d/%d, results %+v", pass, fail, wrong, rep.Questions)
	}
	if r, p := rep.RecallPrecision(); r != 1 || p != 1 {
		t.Errorf("drafts: recall %.2f precision %.2f", r, p)
	}
	if s := eval.Explained(rep.Questions[2].Answer.Explain); !strings.Contains(s, "how many") {
		t.Errorf("explained = %q, want how the question was read", s)
	}
}
