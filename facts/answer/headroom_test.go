package answer

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/eval"
)

// TestHeadroom reports, part by part and in aggregate only, where the answers
// are lost: to the ranking (the right fact not first) or to the decision (the
// right fact first, not answered). FACTDESK_PARTS names the parts (comma
// separated); only with FACTDESK_FIT=1.
func TestHeadroom(t *testing.T) {
	if os.Getenv("FACTDESK_FIT") == "" {
		t.Skip("with FACTDESK_FIT=1")
	}
	parts := devParts
	if p := os.Getenv("FACTDESK_PARTS"); p != "" {
		parts = strings.Split(p, ",")
	}
	for _, part := range parts {
		b := loadParts(t, []string{part})
		before := map[string]int{}
		var c struct{ ans, unans, none, top1, at2to5, later, missing, right, wrongAns, wrongUnans, lostTop1 int }
		for _, dq := range b.questions {
			if !dq.q.Answerable() {
				c.unans++
			} else {
				c.ans++
			}
			q, rs := b.ranked(dq)
			if len(rs) == 0 {
				c.none++
				ans, err := Ask(context.Background(), dq.kb.ix, dq.kb.mem, dq.q.Q, facts.AskOptions{})
				if err != nil {
					t.Fatal(err)
				}
				v, _ := eval.Grade(dq.q, ans)
				kind := "who-is"
				if len(q.Unknown) > 0 {
					kind = "unknown"
				}
				if !dq.q.Answerable() {
					kind += " (unanswerable)"
				}
				before[kind+" "+v]++
				continue
			}
			v := ""
			if best := firstAnswering(rs); best >= 0 {
				v, _ = eval.Grade(dq.q, composeAnswer(facts.Answer{Question: dq.q.Q}, q, rs[best:], dq.kb.ix))
			}
			switch {
			case v == eval.Pass && dq.q.Answerable():
				c.right++
			case v == eval.Wrong && dq.q.Answerable():
				c.wrongAns++
			case v == eval.Wrong:
				c.wrongUnans++
			}
			if !dq.q.Answerable() {
				continue
			}
			rightAt := firstRight(dq, rs)
			switch {
			case rightAt == 0:
				c.top1++
				if v != eval.Pass && firstAnswering(rs) < 0 {
					c.lostTop1++
				}
			case rightAt > 0 && rightAt < 5:
				c.at2to5++
			case rightAt >= 5:
				c.later++
			default:
				c.missing++
			}
		}
		t.Logf("%s: answerable %d (right %d, wrong %d; right fact first %d, of which not answered %d; at 2-5 %d; later %d; not among candidates %d), unanswerable %d (answered %d), decided before ranking %d",
			part, c.ans, c.right, c.wrongAns, c.top1, c.lostTop1, c.at2to5, c.later, c.missing, c.unans, c.wrongUnans, c.none)
		t.Logf("%s: before ranking %v", part, before)
	}
}
