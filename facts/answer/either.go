package answer

import (
	"context"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// A yes-no question that offers two answers ("Were staff pushed to be
// thorough or efficient?", "Was Gray injured playing for Scotland or for
// his club?") is answered by the fact that says which, not by Yes or No: it
// is asked as the two questions it joins ("Were staff pushed to be
// thorough?", "Were staff pushed to be efficient?"), and what answers them
// is told without a lead.

// eitherQuestions are the two questions an alternative question joins with
// "or", each with one of its answers, and whether it is one: a yes-no
// question with "or" between two words or phrases, not "or not".
func eitherQuestions(q question) (first, second string, ok bool) {
	if q.Type != askYesNo {
		return "", "", false
	}
	toks := q.Toks
	k := -1
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Norm == "or" {
			k = i
			break
		}
	}
	if k < 0 || toks[k+1].Norm == "not" {
		return "", "", false
	}
	// "before or after the allegations": the two are prepositions.
	if text.IsPreposition(toks[k-1].Norm) && text.IsPreposition(toks[k+1].Norm) {
		return cut(q.Text, toks[k].Start, toks[k+1].End), cut(q.Text, toks[k-1].Start, toks[k].End), true
	}
	// The second answer: the words of its own after "or", past small words
	// ("the Tories", "a set"); the first as many words of its own before it
	// ("Labour", "feature"), with a small word before them as the second has
	// one ("one feature", "a full launch", "for Scotland").
	to := k + 1
	for to < len(toks) && boundary(toks[to]) {
		to++
	}
	if to == len(toks) || boundary(toks[k-1]) {
		return "", "", false
	}
	content := 1
	for to+1 < len(toks) && !boundary(toks[to+1]) {
		to++
		content++
	}
	from := k - 1
	for n := 1; n < content && from > 0 && !boundary(toks[from-1]); n++ {
		from--
	}
	switch lead := toks[k+1]; {
	case text.IsPreposition(lead.Norm):
		if from > 0 && toks[from-1].Norm == lead.Norm {
			from-- // "for Scotland or for his club"
		}
	case determiners[lead.Norm]:
		for back := from - 1; back >= 0 && back >= from-2; back-- {
			if determiners[toks[back].Norm] || claims.IsNumberWord(toks[back].Norm) {
				from = back // "a full launch or a trial", "one feature or a set"
				break
			}
			if boundary(toks[back]) {
				break
			}
		}
	}
	// The first answer's question keeps the second's words past as many
	// words of its own as the first has: "criminal or civil lawsuit" asks
	// whether it is a criminal lawsuit.
	end := k + 1
	for end < len(toks) && boundary(toks[end]) {
		end++
	}
	own := 0
	for k2 := from; k2 < k; k2++ {
		if !boundary(toks[k2]) {
			own++
		}
	}
	end += own - 1
	end = min(end, to)
	return cut(q.Text, toks[k].Start, toks[end].End), cut(q.Text, toks[from].Start, toks[k].End), true
}

// boundary reports whether a question's word ends an answer offered: a
// small word, a preposition, an auxiliary.
func boundary(t text.Token) bool {
	return text.IsStopword(t.Norm) || text.IsPreposition(t.Norm) || auxiliaries[t.Norm] || beForms[t.Norm]
}

// cut is s without its runes from..to, and the space before them.
func cut(s string, from, to int) string {
	rs := []rune(s)
	for from > 0 && rs[from-1] == ' ' {
		from--
	}
	return string(rs[:from]) + string(rs[to:])
}

// askEither answers an alternative question by the two questions it joins
// (see eitherQuestions): the fact that answers one, told without Yes or No;
// where both are answered by different facts, the one that says Yes to its
// question, else the better.
func askEither(ctx context.Context, ix *index.Index, st index.Store, ans facts.Answer, q question, first, second string, opt facts.AskOptions) (facts.Answer, error) {
	type side struct {
		q    question
		rs   []ranked
		best int
	}
	var sides []side
	for _, s := range []string{first, second} {
		sq := parseQuestion(s, ix)
		if len(sq.Unknown) > 0 {
			continue
		}
		var explain *facts.Explanation
		if opt.Explain {
			explain = ans.Explain.Add(0, "asked as %q", s)
		}
		rs, err := ranking(ctx, st, sq, ix, opt, explain)
		if err != nil {
			return ans, err
		}
		sides = append(sides, side{sq, rs, firstAnswering(rs)})
	}
	var pick *side
	for i := range sides {
		s := &sides[i]
		switch {
		case s.best < 0:
		case pick == nil:
			pick = s
		case s.rs[s.best].c.Ref == pick.rs[pick.best].c.Ref:
		case lead(pick.q, pick.rs[pick.best].c, ix) != "Yes" && (lead(s.q, s.rs[s.best].c, ix) == "Yes" || s.rs[s.best].score > pick.rs[pick.best].score):
			pick = s // the one that says Yes, else the better
		}
	}
	if pick == nil {
		if len(sides) == 0 {
			return notFound(ans, "", q, ix), nil
		}
		return notFoundNear(ans, q, ix, sides[0].rs), nil
	}
	told := pick.q
	told.Type = askWhat // which of the two, told by the fact: no Yes or No
	return composeAnswer(ans, told, pick.rs[pick.best:], ix), nil
}
