package facts

import (
	"github.com/factdesk/factdesk/facts/text"

	"strings"
)

// clauseWords open a new clause after a comma: "..., and a Cuban envoy ...".
var clauseWords = text.Set(`and but while whereas although though yet`)

// relativeOpeners open a clause that describes something else: "Zhang, who ...".
var relativeOpeners = text.Set(`who whom whose which where`)

// claimContext is the part of a draft a claim is about: its clause, as words and the
// entities named there, without the claim's own words.
type claimContext struct {
	stems    map[string]bool // every content word, for finding the event
	words    map[string]bool // content words outside entity names, for overlap
	entities map[string]bool
	years    []int // years the clause names: "in 2020"
	relYears []int // years it names relative to the story: "last year" is -1
	// sourced is set when the clause credits its claim to someone ("according
	// to X"); sources are the known entities so credited.
	sourced bool
	sources map[string]bool
}

// relativeYears are phrases that name a year relative to the story's.
var relativeYears = map[string]int{"last year": -1, "previous year": -1, "year earlier": -1, "year before": -1,
	"this year": 0, "next year": 1, "year later": 1}

// maxClauseReach bounds how far from a claim its clause is looked for, in words.
const maxClauseReach = 60

// clauseOf returns the tokens of the clause holding token k: its sentence cut at
// semicolons, dashes, parentheses and ", and"-style joins, without relative
// clauses ("Zhang, who ..., said") unless k is inside one.
func (d *draft) clauseOf(k int) []int {
	if k < 0 || k >= len(d.toks) {
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
	for last+1 < len(d.toks) && d.tokSent[last+1] == s && last-k < maxClauseReach {
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
		hard := strings.ContainsAny(g, ";:()[]\n\u2013\u2014")
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
	ctx := claimContext{stems: map[string]bool{}, entities: map[string]bool{}, words: map[string]bool{}}
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
	for _, o := range ck.claims {
		if o.Kind == ClaimDate && o.Year > 0 && in[o.from] && ck.ownsTime(c, o.from, in) {
			ctx.years = append(ctx.years, o.Year)
		}
	}
	for i := range in {
		if i+1 < len(ck.d.toks) && in[i+1] {
			// The map lookup first: ownsTime walks every claim of the clause.
			if r, ok := relativeYears[ck.d.toks[i].Norm+" "+ck.d.toks[i+1].Norm]; ok && ck.ownsTime(c, i, in) {
				ctx.relYears = append(ctx.relYears, r)
			}
		}
	}
	ctx.sources = map[string]bool{}
	for i := range in {
		if ck.d.toks[i].Norm == "according" && in[i+1] && ck.d.toks[i+1].Norm == "to" {
			ctx.sourced = true
			for _, m := range ck.mentions {
				if m.From > i+1 && m.From <= i+7 {
					for _, id := range m.IDs {
						ctx.sources[id] = true
					}
				}
			}
		}
	}
	named := map[int]bool{}
	for _, m := range ck.mentions {
		if in[m.From] && in[m.To-1] {
			for _, id := range m.IDs {
				ctx.entities[id] = true
			}
			for i := m.From; i < m.To; i++ {
				named[i] = true
			}
		}
	}
	// Words of names already count as entities; counting them again as words
	// would make "The council has nine members" look like the vote count.
	ctx.words = map[string]bool{}
	for i := range in {
		if t := ck.d.toks[i]; !named[i] && !ck.ix.isStop(t.Norm) && !isFigure(t.Norm) {
			ctx.words[t.Stem] = true
		}
	}
	return ctx
}

// ownsTime reports whether a time word at token at belongs to figure c rather
// than to another figure of the clause: in "41 nations, up from 39 a year
// earlier" the year is the 39's. Claims other than figures own every time word.
func (ck *checker) ownsTime(c Claim, at int, in map[int]bool) bool {
	if c.Kind != ClaimNumber {
		return true
	}
	dist := func(o Claim) int {
		switch {
		case at < o.from:
			return o.from - at
		case at >= o.to:
			return at - o.to + 1
		}
		return 0
	}
	mine := dist(c)
	for _, o := range ck.claims {
		if o.Kind == ClaimNumber && o.Start != c.Start && in[o.from] && dist(o) < mine {
			return false
		}
	}
	return true
}

// relevance says how surely a clause is about the same thing as a fact: whether
// it names the fact's event (its predicate, or a synonym), its subject or object,
// and how many of its rarer words it shares.
type relevance struct {
	score   float64
	pred    bool // the clause names what happened
	subject bool // the clause names who or what it happened to
	agent   bool // the clause names the fact's subject or speaker itself
	keyword bool // the clause holds one of the fact's keywords
}

func (ck *checker) relevance(ctx claimContext, cf *checkFact) relevance {
	var r relevance
	cf.described()
	for _, p := range cf.pred {
		if ck.hasConceptIn(ctx.stems, p) {
			r.pred = true
			break
		}
	}
	if r.pred {
		r.score += 2
	}
	for _, k := range cf.keys {
		if ck.hasConceptIn(ctx.stems, k) {
			r.keyword = true
			break
		}
	}
	for id := range ctx.entities {
		switch cf.entities[id] {
		case "subject":
			r.score += 2
			r.subject, r.agent = true, true
		case "object":
			r.score += 1.5
			r.subject = true
		case "speaker":
			r.score += 1.5
			r.agent = true
		case "mention":
			r.score += 0.75
		default:
			if ck.memberLinked(id, cf.Subject) {
				r.score += 0.5
			}
		}
	}
	// A clause about another thing of the same kind ("Cuba's statement" where
	// the fact is about the joint statement) is about another event.
	for _, role := range []string{cf.Subject, cf.Object} {
		if ck.otherOfKind(ctx, role) {
			r.score -= 2
		}
	}
	// A clause set in another year is about another event, however alike.
	if cf.year > 0 {
		for _, y := range ctx.years {
			r.score += yearFit(y, cf.year)
		}
		for _, rel := range ctx.relYears {
			if cf.story > 0 {
				r.score += yearFit(cf.story+rel, cf.year)
			}
		}
	}
	var shared, total float64
	for s := range ctx.words {
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

// hasConceptIn reports whether stems hold s or one of its lexicon synonyms.
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

// otherOfKind reports whether a clause names, instead of the entity id, another
// entity of the same kind that is not its member or group.
func (ck *checker) otherOfKind(ctx claimContext, id string) bool {
	e, ok := ck.entity(id)
	if !ok || ctx.entities[id] {
		return false
	}
	for other := range ctx.entities {
		if o, ok := ck.entity(other); ok && o.Kind == e.Kind && !ck.memberLinked(other, id) {
			return true
		}
	}
	return false
}

// yearFit scores a clause's year against a fact's: a little for agreeing, much
// against for disagreeing.
func yearFit(said, dated int) float64 {
	if said == dated {
		return 1
	}
	return -3
}
