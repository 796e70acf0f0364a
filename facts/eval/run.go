package eval

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/factdesk/factdesk/facts"
)

// Asker answers questions: the knowledge base, or a baseline to compare it with.
type Asker interface {
	Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error)
}

// Checker checks drafts.
type Checker interface {
	Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error)
}

// Verdicts of a question.
const (
	Pass  = "pass"  // answered as expected, or rightly not answered
	Fail  = "fail"  // not answered though it should be, or answered missing part of what was expected
	Wrong = "wrong" // answered though the knowledge base does not hold it, or answered with none of what was expected, or with rejected text
)

// QuestionResult is how one question went.
type QuestionResult struct {
	File     string       `json:"file"`
	Question Question     `json:"question"`
	Answer   facts.Answer `json:"answer"`
	Verdict  string       `json:"verdict"`
	Why      string       `json:"why,omitempty"` // for a failure: what was missing or wrong
}

// DraftResult is how one draft went: planted errors found and missed, and
// findings that flag nothing planted.
type DraftResult struct {
	File     string
	Draft    Draft
	Result   facts.CheckResult
	Found    []Planted
	Missed   []Planted
	Spurious []facts.Finding
}

// Report is a whole run.
type Report struct {
	Questions []QuestionResult `json:"questions"`
	Drafts    []DraftResult    `json:"drafts"`
}

// Counts sums the question verdicts.
func (r Report) Counts() (pass, fail, wrong int) {
	for _, q := range r.Questions {
		switch q.Verdict {
		case Pass:
			pass++
		case Fail:
			fail++
		case Wrong:
			wrong++
		}
	}
	return pass, fail, wrong
}

// RecallPrecision sums the drafts: the share of planted errors found, and the
// share of findings that flag a planted error (1 when there are none).
func (r Report) RecallPrecision() (recall, precision float64) {
	found, planted, hits, findings := 0, 0, 0, 0
	for _, d := range r.Drafts {
		found += len(d.Found)
		planted += len(d.Found) + len(d.Missed)
		findings += len(d.Result.Findings)
		hits += len(d.Result.Findings) - len(d.Spurious)
	}
	recall, precision = 1, 1
	if planted > 0 {
		recall = float64(found) / float64(planted)
	}
	if findings > 0 {
		precision = float64(hits) / float64(findings)
	}
	return recall, precision
}

// OK reports whether everything passed.
func (r Report) OK() bool {
	pass, _, _ := r.Counts()
	if pass != len(r.Questions) {
		return false
	}
	for _, d := range r.Drafts {
		if len(d.Missed) > 0 || len(d.Spurious) > 0 {
			return false
		}
	}
	return true
}

// Run asks every question and checks every draft of files. A question or draft
// the asker or checker refuses with an error fails with that error; ctx's own
// end stops the run.
func Run(ctx context.Context, files []*File, a Asker, c Checker) (Report, error) {
	var rep Report
	for _, f := range files {
		for _, q := range f.Questions {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			ans, err := a.Ask(ctx, q.Q, facts.AskOptions{Story: q.Story, Explain: true})
			res := QuestionResult{File: f.Path, Question: q, Answer: ans}
			if err != nil {
				res.Verdict, res.Why = Fail, facts.ErrorMessage(err)
			} else {
				res.Verdict, res.Why = Grade(q, ans)
			}
			rep.Questions = append(rep.Questions, res)
		}
		for _, d := range f.Drafts {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			if c == nil {
				continue
			}
			cr, err := c.Check(ctx, d.Text, facts.CheckOptions{Story: d.Story})
			if err != nil {
				cr = facts.CheckResult{}
			}
			rep.Drafts = append(rep.Drafts, gradeDraft(f.Path, d, cr))
		}
	}
	return rep, nil
}

// Grade judges one answer against what the question expects.
func Grade(q Question, ans facts.Answer) (verdict, why string) {
	if !q.Answerable() {
		if ans.Found {
			return Wrong, "answered, but the knowledge base does not hold the answer"
		}
		return Pass, ""
	}
	if !ans.Found {
		return Fail, "not found"
	}
	text := ans.Answer
	for i, f := range ans.Facts {
		if i == 3 {
			break
		}
		text += " " + f.Statement + " " + f.Quote
	}
	t := fold(text)
	var missing []string
	for _, group := range q.Expect {
		ok := false
		for _, alt := range group {
			if a := strings.TrimSpace(fold(alt)); a != "" && strings.Contains(t, a) {
				ok = true
				break
			}
		}
		if !ok {
			missing = append(missing, strings.Join(group, " | "))
		}
	}
	for _, r := range q.Reject {
		if a := strings.TrimSpace(fold(r)); a != "" && strings.Contains(t, a) {
			return Wrong, fmt.Sprintf("holds %q, which it must not", r)
		}
	}
	switch {
	case len(missing) == 0:
		return Pass, ""
	case len(missing) == len(q.Expect):
		return Wrong, "answered with none of: " + strings.Join(missing, "; ")
	}
	return Fail, "missing: " + strings.Join(missing, "; ")
}

func gradeDraft(path string, d Draft, cr facts.CheckResult) DraftResult {
	res := DraftResult{File: path, Draft: d, Result: cr}
	type span struct{ start, end int }
	spans := make([]span, len(d.Errors))
	for i, e := range d.Errors {
		at := strings.Index(d.Text, e.Text)
		start := len([]rune(d.Text[:at]))
		spans[i] = span{start, start + len([]rune(e.Text))}
	}
	overlaps := func(f facts.Finding, s span) bool { return f.Start < s.end && s.start < f.End }
	for i, e := range d.Errors {
		hit := false
		for _, f := range cr.Findings {
			hit = hit || overlaps(f, spans[i])
		}
		if hit {
			res.Found = append(res.Found, e)
		} else {
			res.Missed = append(res.Missed, e)
		}
	}
	for _, f := range cr.Findings {
		planted := false
		for _, s := range spans {
			planted = planted || overlaps(f, s)
		}
		if !planted {
			res.Spurious = append(res.Spurious, f)
		}
	}
	return res
}

// fold writes text as the grading compares it: lower case, accents and
// typographic quotation marks removed, white space collapsed.
func fold(s string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)))
	s, _, _ = transform.String(t, s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ") + " "
}

// Explained sums up an answer's explanation in one line, for a failure's report:
// how the question was read and how the best candidate fared.
func Explained(e *facts.Explanation) string {
	if e == nil {
		return ""
	}
	parts := []string{e.Message}
	for _, c := range e.Children {
		if strings.HasPrefix(c.Message, "candidate facts") {
			if len(c.Children) == 0 {
				parts = append(parts, "no candidate fact")
				break
			}
			best := c.Children[0]
			line := fmt.Sprintf("best %s (score %.2f", best.Message, best.Value)
			for _, d := range best.Children {
				name, _, _ := strings.Cut(d.Message, ":")
				line += fmt.Sprintf(", %s %.2f", name, d.Value)
			}
			parts = append(parts, line+")")
		} else if strings.HasPrefix(c.Message, "names the knowledge base") {
			parts = append(parts, c.Message)
		}
	}
	return strings.Join(parts, "; ")
}
