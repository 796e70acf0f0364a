package facts

import (
	"strings"
)

// clauseWords open a new clause after a comma: "..., and a Cuban envoy ...".
var clauseWords = setOf(`and but while whereas although though yet`)

// relativeOpeners open a clause that describes something else: "Zhang, who ...".
var relativeOpeners = setOf(`who whom whose which where`)

// claimContext is the part of a draft a claim is about: its clause, as words and the
// entities named there, without the claim's own words.
type claimContext struct {
	stems    map[string]bool
	entities map[string]bool
}

// clauseOf returns the tokens of the clause holding token k: its sentence cut at
// semicolons, dashes, parentheses and ", and"-style joins, without relative
// clauses ("Zhang, who ..., said") unless k is inside one.
func (d *draft) clauseOf(k int) []int {
	if k < 0 || k >= len(d.toks) {
		return nil
	}
	s := d.tokSent[k]
	first, last := k, k
	for first > 0 && d.tokSent[first-1] == s {
		first--
	}
	for last+1 < len(d.toks) && d.tokSent[last+1] == s {
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
		hard := breaksClause(g) || strings.ContainsAny(g, "\u2013")
		if i <= last && !hard && !strings.Contains(g, ",") {
			continue
		}
		cur.to = i
		segs = append(segs, cur)
		if i > last {
			break
		}
		cur = segment{from: i, relative: relativeOpeners[d.toks[i].Norm], opensAfter: hard || clauseWords[d.toks[i].Norm]}
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

// contextOf is the clause of claim c, without c's own words.
func (ck *checker) contextOf(c Claim) claimContext {
	ctx := claimContext{stems: map[string]bool{}, entities: map[string]bool{}}
	in := map[int]bool{}
	for _, i := range ck.d.clauseOf(c.from) {
		if i >= c.from && i < c.to {
			continue
		}
		in[i] = true
		t := ck.d.toks[i]
		if !ck.ix.isStop(t.Norm) && !isFigure(t.Norm) {
			ctx.stems[t.Stem] = true
		}
	}
	for _, m := range ck.mentions {
		if in[m.From] && in[m.To-1] {
			for _, id := range m.IDs {
				ctx.entities[id] = true
			}
		}
	}
	return ctx
}

// relevance says how surely a clause is about the same thing as a fact: whether
// it names the fact's event (its predicate, or a synonym), its subject or object,
// and how many of its rarer words it shares.
type relevance struct {
	score   float64
	pred    bool // the clause names what happened
	subject bool // the clause names who or what it happened to
}

func (ck *checker) relevance(ctx claimContext, cf *checkFact) relevance {
	var r relevance
	for _, p := range cf.pred {
		if ck.hasConcept(ctx.stems, p) {
			r.pred = true
			break
		}
	}
	if r.pred {
		r.score += 2
	}
	for id := range ctx.entities {
		switch cf.entities[id] {
		case "subject":
			r.score += 2
			r.subject = true
		case "object":
			r.score += 1.5
			r.subject = true
		case "speaker":
			r.score += 1.5
		case "mention":
			r.score += 0.75
		default:
			if ck.memberLinked(id, cf.Subject) {
				r.score += 0.5
			}
		}
	}
	var shared, total float64
	for s := range ctx.stems {
		w := ck.ix.idf(ck.ix.df[s])
		total += w
		if ck.hasConceptIn(cf.stems, s) {
			shared += w
		}
	}
	if total > 0 {
		r.score += 2 * shared / total
	}
	return r
}

// hasConcept reports whether stems hold s or one of its lexicon synonyms.
func (ck *checker) hasConcept(stems map[string]bool, s string) bool {
	return ck.hasConceptIn(stems, s)
}

func (ck *checker) hasConceptIn(stems map[string]bool, s string) bool {
	if stems[s] {
		return true
	}
	for _, g := range ck.ix.synonyms[s] {
		for _, alt := range ck.ix.groups[g] {
			if stems[alt] {
				return true
			}
		}
	}
	return false
}

// sameConcept reports whether two stems are the same word or lexicon synonyms.
func (ck *checker) sameConcept(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range ck.ix.synonyms[a] {
		for _, alt := range ck.ix.groups[g] {
			if alt == b {
				return true
			}
		}
	}
	return false
}

// memberLinked reports whether one entity is a member of the other.
func (ck *checker) memberLinked(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	for _, g := range ck.ix.aliases.memberOf[a] {
		if g == b {
			return true
		}
	}
	for _, g := range ck.ix.aliases.memberOf[b] {
		if g == a {
			return true
		}
	}
	return false
}
