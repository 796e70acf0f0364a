package claims

import (
	"strings"

	"github.com/factdesk/factdesk/facts/text"
)

// clauseWords open a new clause after a comma: "..., and a Cuban envoy ...".
var clauseWords = text.Set(`and but while whereas although though yet`)

// relativeOpeners open a clause that describes something else: "Zhang, who ...".
var relativeOpeners = text.Set(`who whom whose which where`)

// maxClauseReach bounds how far from a claim its clause is looked for, in words.
const maxClauseReach = 60

// ClauseOf returns the tokens of the clause holding token k: its sentence cut at
// semicolons, dashes, parentheses and ", and"-style joins, without relative
// clauses ("Zhang, who ..., said") unless k is inside one.
func (d *Draft) ClauseOf(k int) []int {
	if k < 0 || k >= len(d.Toks) {
		return nil
	}
	s := d.tokSent[k]
	first, last := k, k
	// A clause is read within maxClauseReach words of k: real clauses are far
	// shorter, and a run-on "sentence" of thousands of figures must not make every
	// claim read all of it.
	for first > 0 && d.tokSent[first-1] == s && k-first < maxClauseReach {
		first--
	}
	for last+1 < len(d.Toks) && d.tokSent[last+1] == s && last-k < maxClauseReach {
		last++
	}
	// Segments: runs of tokens between commas or harder breaks.
	type segment struct {
		from, to   int
		relative   bool
		opensAfter bool // a hard break or a joining word starts this segment
	}
	var segs []segment
	cur := segment{from: first}
	for i := first + 1; i <= last+1; i++ {
		g := ""
		if i <= last {
			g = d.gap(i)
		}
		// Inside a sentence a dot is an abbreviation's, and quotation marks sit
		// inside clauses; semicolons, colons, dashes and brackets end them.
		// A hyphen with spaces about it is a dash ("the suit - a figure in
		// line with the fees it collected in 2003 - and"); "well-known" is a
		// word.
		hard := strings.ContainsAny(g, ";:()[]\n\u2013\u2014") || strings.TrimSpace(g) == "-" && g != "-"
		if i <= last && !hard && !strings.Contains(g, ",") {
			continue
		}
		cur.to = i
		segs = append(segs, cur)
		if i > last {
			break
		}
		cur = segment{from: i, relative: relativeOpeners[d.Toks[i].Norm], opensAfter: hard || clauseWords[d.Toks[i].Norm]}
	}
	at := 0
	for i, sg := range segs {
		if k >= sg.from && k < sg.to {
			at = i
		}
	}
	var out []int
	add := func(sg segment) {
		for i := sg.from; i < sg.to; i++ {
			out = append(out, i)
		}
	}
	if segs[at].relative {
		add(segs[at])
		return out
	}
	lo := at
	for lo > 0 && !segs[lo].opensAfter {
		lo--
	}
	hi := at
	for hi+1 < len(segs) && !segs[hi+1].opensAfter {
		hi++
	}
	for i := lo; i <= hi; i++ {
		if !segs[i].relative {
			add(segs[i])
		}
	}
	return out
}

// Antecedent returns the last token of what the relative clause holding token
// k describes, the words before its comma: "Kennedy" in "Kennedy, who was
// first elected in 1983, said ...". The clause tells of it though it does not
// name it. -1 when k is in no relative clause set off by a comma.
func (d *Draft) Antecedent(k int) int {
	clause := d.ClauseOf(k)
	if len(clause) == 0 {
		return -1
	}
	f := clause[0]
	if !relativeOpeners[d.Toks[f].Norm] || f == 0 || !d.SameSentence(f-1, f) || !strings.Contains(d.gap(f), ",") {
		return -1
	}
	return f - 1
}
