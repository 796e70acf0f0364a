package answer

import (
	"slices"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// lead is what the question asked, said first: the figure for "how many",
// the date for "when", Yes or No for a yes-no question. A reporter on deadline
// reads the first words; the fact after them is the evidence. "" when the
// fact does not give it plainly: the fact alone is then the answer.
func lead(q question, c *index.Doc) string {
	switch q.Type {
	case askHowMany:
		return figureLead(q, c)
	case askWhen:
		return dateLead(q, c)
	case askYesNo:
		return yesNoLead(q, c)
	}
	return ""
}

// figureLead is the figure the fact gives for the thing counted: a number of
// its statement not given in the question, the one that counts the thing asked
// about when there are several.
func figureLead(q question, c *index.Doc) string {
	asked := map[string]bool{}
	for _, t := range q.Toks {
		asked[t.Norm] = true
	}
	// "What proportion...?", "By what percentage...?" want the percentage
	// of a fact that gives a sum and the share it is.
	ratio := slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Ratio })
	var first string
	for _, cl := range claims.Extract(c.Statement) {
		if cl.Kind != claims.ClaimNumber {
			continue
		}
		toks := text.Tokenize(cl.Text)
		if slices.ContainsFunc(toks, func(t text.Token) bool { return asked[t.Norm] && t.Norm[0] >= '0' && t.Norm[0] <= '9' }) {
			continue // the question's own figure
		}
		if countsIn(" "+text.StemPhrase(cl.Unit)+" ", q.counted) || ratio && cl.Unit == "percent" {
			return figureText(cl)
		}
		if first == "" {
			first = figureText(cl)
		}
	}
	if o := ordinalCount(c, q.counted); o != "" {
		return o // "sixth month": the count, though no figure gives it
	}
	return first
}

// figureText is a figure as the answer leads with it: a percentage with
// its sign ("37%"), which the claim's text leaves to its unit.
func figureText(cl claims.Claim) string {
	if cl.Unit == "percent" && !strings.HasSuffix(cl.Text, "%") && !strings.Contains(cl.Text, "per") {
		return cl.Text + "%"
	}
	return cl.Text
}

// dateLead is the date the fact gives: one its statement names, else the date
// curated for it.
func dateLead(q question, c *index.Doc) string {
	asked := map[string]bool{}
	for _, t := range q.Toks {
		asked[t.Norm] = true
	}
	for _, cl := range claims.Extract(c.Statement) {
		if cl.Kind == claims.ClaimDate && !slices.ContainsFunc(text.Tokenize(cl.Text), func(t text.Token) bool { return asked[t.Norm] }) {
			return cl.Text
		}
	}
	if d, err := time.Parse("2006-01-02", c.Date); err == nil {
		return d.Format("2 January 2006")
	}
	if from, to, ok := relativeTime(c.Tokens()); ok {
		toks := c.Tokens()
		return string([]rune(c.Statement)[toks[from].Start:toks[to-1].End])
	}
	return ""
}

// yesNoLead is Yes or No when the fact holds the question's verb, No when one
// of them negates it and the other does not; "" when the fact does not hold
// the verb, so says nothing plainly either way.
func yesNoLead(q question, c *index.Doc) string {
	vt := q.verbTerm()
	if vt == nil {
		return ""
	}
	toks := c.Tokens()
	vi := slices.IndexFunc(toks, func(t text.Token) bool { return termCreditIn(" "+t.Stem+" ", *vt) > 0 })
	if vi < 0 {
		return ""
	}
	if negated(toks, vi) != negated(q.Toks, q.verbAt) {
		return "No"
	}
	return "Yes"
}

// negated reports whether the verb at i is negated: "not", "never" or "no"
// just before it ("did not rule out", "has never won").
func negated(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if negations[toks[k].Norm] {
			return true
		}
	}
	return false
}

var negations = text.Set(`not never no`)
