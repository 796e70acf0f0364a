package check

import (
	"maps"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// claimContext is the part of a draft a claim is about: its clause, as words and the
// entities named there, without the claim's own words.
type claimContext struct {
	stems    map[string]bool // every content word, for finding the event
	words    map[string]bool // content words outside entity names, for overlap
	wordList []string        // the same, sorted
	entities map[string]bool
	// unmarked are the entities the clause names with no preposition before
	// them, as a clause's subject is named: "Almunia would line up", not
	// "with the BBC reporting".
	unmarked map[string]bool
	years    []int          // years the clause names: "in 2020"
	dates    []claims.Claim // the dates it gives: "in November"
	relYears []int          // years it names relative to the story: "last year" is -1
	// sourced is set when the clause credits its claim to someone ("according
	// to X"); sources are the known entities so credited.
	sourced bool
	sources map[string]bool
}

// relativeYears are phrases that name a year relative to the story's.
var relativeYears = map[string]int{"last year": -1, "previous year": -1, "year earlier": -1, "year before": -1,
	"this year": 0, "next year": 1, "year later": 1}

// contextOf is the clause of claim c, without c's own words.
func (ck *checker) contextOf(c claims.Claim) claimContext {
	ctx := claimContext{stems: map[string]bool{}, entities: map[string]bool{}, unmarked: map[string]bool{}, words: map[string]bool{}}
	in := map[int]bool{}
	for _, i := range ck.d.ClauseOf(c.From) {
		if i >= c.From && i < c.To {
			continue
		}
		in[i] = true
		t := ck.d.Toks[i]
		if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) {
			ctx.stems[t.Stem] = true
		}
	}
	for _, o := range ck.inSentenceOf(c) { // a clause is within its sentence
		if o.Kind == claims.ClaimDate && in[o.From] {
			ctx.dates = append(ctx.dates, o)
		}
		// Another date of the clause sets no date's year: "won first prize
		// in 1982 and made his debut in 2000" puts the 1982 in no 2000.
		if o.Kind == claims.ClaimDate && o.Year > 0 && in[o.From] && c.Kind != claims.ClaimDate && ck.ownsTime(c, o.From, in) {
			ctx.years = append(ctx.years, o.Year)
		}
	}
	for i := range in {
		if i+1 < len(ck.d.Toks) && in[i+1] {
			// The map lookup first: ownsTime walks every claim of the clause.
			if r, ok := relativeYears[ck.d.Toks[i].Norm+" "+ck.d.Toks[i+1].Norm]; ok && ck.ownsTime(c, i, in) {
				ctx.relYears = append(ctx.relYears, r)
			}
		}
	}
	ctx.sources = map[string]bool{}
	for i := range in {
		if ck.d.Toks[i].Norm == "according" && in[i+1] && ck.d.Toks[i+1].Norm == "to" {
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
			before := m.From - 1
			for before >= 0 && in[before] && text.IsArticle(ck.d.Toks[before].Norm) {
				before--
			}
			marked := before >= 0 && in[before] && text.IsPreposition(ck.d.Toks[before].Norm)
			for _, id := range m.IDs {
				ctx.entities[id] = true
				ctx.unmarked[id] = ctx.unmarked[id] || !marked
			}
			for i := m.From; i < m.To; i++ {
				named[i] = true
			}
		}
	}
	// A relative clause tells of what it follows: "Kennedy, who was first
	// elected to the Commons in 1987" dates Kennedy's election.
	if a := ck.d.Antecedent(c.From); a >= 0 {
		for _, m := range ck.mentions {
			if m.To-1 == a {
				for _, id := range m.IDs {
					ctx.entities[id] = true
					ctx.unmarked[id] = true
				}
			}
		}
	}
	if id := ck.pronounsPerson(in, ctx.entities); id != "" {
		ctx.entities[id] = true
	}
	// Words of names already count as entities; counting them again as words
	// would make "The council has nine members" look like the vote count.
	if c.Kind == claims.ClaimDate {
		// Another date of the clause is not what this one dates: "ended on 9
		// February, in time for Saturday's clash" puts the clash on no day
		// in February.
		for _, o := range ck.inSentenceOf(c) {
			if o.Kind == claims.ClaimDate && o.From != c.From {
				for i := o.From; i < o.To; i++ {
					named[i] = true
				}
			}
		}
	}
	ctx.words = map[string]bool{}
	for i := range in {
		if t := ck.d.Toks[i]; !named[i] && !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) {
			ctx.words[t.Stem] = true
		}
	}
	// In order: the words' weights are summed, and a sum in map order differs
	// in its last bits from run to run, enough to tip a score at a threshold.
	ctx.wordList = slices.Sorted(maps.Keys(ctx.words))
	return ctx
}

// pronounsPerson is the person a clause that names no one but says "he" or
// "she" is about: the one person last named before it, in its sentence or the
// one before ("But Bellamy has not been put on the transfer list, although he
// did not train on Tuesday"). "" when the clause names a person, has no such
// pronoun, or the last name before it is not one person's.
func (ck *checker) pronounsPerson(in map[int]bool, named map[string]bool) string {
	for id := range named {
		if e, ok := ck.entity(id); ok && e.Kind == "person" {
			return ""
		}
	}
	from, pronoun := len(ck.d.Toks), false
	for i := range in {
		from = min(from, i)
		pronoun = pronoun || text.IsPersonPronoun(ck.d.Toks[i].Norm)
	}
	if !pronoun {
		return ""
	}
	k := ck.sentenceAt(from)
	if k < 0 {
		return ""
	}
	start := ck.sentences()[max(0, k-1)][0]
	for j := len(ck.mentions) - 1; j >= 0; j-- {
		m := ck.mentions[j]
		if m.To > from || m.From < start {
			continue
		}
		var people []string
		for _, id := range m.IDs {
			if e, ok := ck.entity(id); ok && e.Kind == "person" {
				people = append(people, id)
			}
		}
		if len(people) == 0 {
			continue
		}
		// A name the knowledge base does not know, nearer the pronoun, may
		// be whom it stands for ("Irons ... said he had wondered").
		for i := m.To; i < from; i++ {
			if t := ck.d.Toks[i]; properName([]text.Token{t}) && !claims.CalendarWord(t.Norm) && !slices.ContainsFunc(ck.mentions, func(o index.Mention) bool { return i >= o.From && i < o.To }) {
				return ""
			}
		}
		if len(people) == 1 {
			return people[0]
		}
		return ""
	}
	return ""
}

// ownsTime reports whether a time word at token at belongs to figure c rather
// than to another figure of the clause: in "41 nations, up from 39 a year
// earlier" the year is the 39's. Claims other than figures own every time word.
func (ck *checker) ownsTime(c claims.Claim, at int, in map[int]bool) bool {
	if c.Kind != claims.ClaimNumber {
		return true
	}
	dist := func(o claims.Claim) int {
		switch {
		case at < o.From:
			return o.From - at
		case at >= o.To:
			return at - o.To + 1
		}
		return 0
	}
	mine := dist(c)
	for _, o := range ck.inSentenceOf(c) {
		if o.Kind == claims.ClaimNumber && o.Start != c.Start && in[o.From] && dist(o) < mine {
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
	named   bool // the clause names one of the fact's people or things, in any role
	figure  bool // its sentence gives another figure the fact gives (echoesFigure)
}

func (ck *checker) relevance(ctx claimContext, cf *checkFact) relevance {
	var r relevance
	cf.described()
	for _, p := range cf.pred {
		if ck.hasConceptIn(ctx.stems, p) || ck.relatedIn(ctx.stems, p) {
			r.pred = true
			break
		}
	}
	if len(cf.pred) == 0 && ck.saysMuchOf(ctx, cf) {
		r.pred = true
	}
	if r.pred {
		r.score += 2
	}
	for _, k := range cf.keys {
		if ck.hasConceptIn(ctx.stems, k) {
			r.keyword = true
			r.score++
			break
		}
	}
	for id := range ctx.entities {
		if cf.entities[id] != "" {
			r.named = true
		}
		switch cf.entities[id] {
		case "subject":
			r.score += 2
			r.subject, r.agent = true, true
		case "object":
			r.score += 1.5
			r.subject = true
		case "speaker":
			r.agent = true
			// A fact with no subject curated whose statement opens with its
			// speaker is about them, as if curated its subject: "Kennedy was
			// first elected as an MP in 1983", his own words beside it.
			if id == cf.Speaker && ck.speakerOpens(cf) {
				r.score += 2
				r.subject = true
			} else {
				r.score += 1.5
			}
		case "mention":
			r.score += 0.75
		default:
			switch {
			case ck.affiliatedNow(ctx, cf.Subject, id) || ck.affiliatedNow(ctx, cf.Speaker, id):
				// "Cuba spoke for 64 countries": the fact's subject is Cuba's envoy.
				r.score += 2
				r.subject, r.agent, r.named = true, true, true
			case ck.memberLinked(id, cf.Subject):
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
	for _, s := range ctx.wordList {
		w := ck.ix.IDF(ck.ix.DF(s))
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

// A clause says much of a fact's statement when it holds at least
// minEventWords of its words other than names, and at least minEventShare of
// them.
const (
	minEventWords = 3
	minEventShare = 0.5
)

// saysMuchOf reports whether a clause names, in the fact statement's own
// words, what happened: for a fact whose curator named no predicate, "the total
// number of jobs to go at the firm to 8,250" names the event of "the total
// number of jobs going at Marsh reaches 5,500".
func (ck *checker) saysMuchOf(ctx claimContext, cf *checkFact) bool {
	own, held := ck.statementHeld(ctx, cf)
	return held >= minEventWords && float64(held) >= minEventShare*float64(own)
}

// statementHeld counts a fact statement's words other than names and the
// months and days that date it (own), and those of them the clause holds
// (held): "Murray's ban ended on 2 February" tells its event in "ban" and
// "ended", whatever day a draft gives.
func (ck *checker) statementHeld(ctx claimContext, cf *checkFact) (own, held int) {
	for _, s := range cf.statementStems() {
		if cf.partyName(s) || cf.calendar()[s] {
			continue
		}
		own++
		if ck.hasConceptIn(ctx.stems, s) {
			held++
		}
	}
	return own, held
}

// affiliated reports whether a person's title or aliases tie them to the
// country or organisation id: Cuba's envoy to Cuba.
func (ck *checker) affiliated(person, id string) bool {
	if person == "" {
		return false
	}
	if e, ok := ck.entity(person); !ok || e.Kind != "person" {
		return false
	}
	return ck.affiliations(person)[id]
}

// affiliatedNow is affiliated for a clause about what someone does now: a
// body of a role they no longer hold ("former Chelsea chairman") ties them
// to it only when the clause says the role is past ("the former Chelsea
// chairman sealed the deal"), not when it names the body ("69% in Kensington
// and Chelsea").
func (ck *checker) affiliatedNow(ctx claimContext, person, id string) bool {
	if !ck.affiliated(person, id) {
		return false
	}
	if ck.heldAffiliations(person)[id] {
		return true
	}
	for st := range pastRoleStems {
		if ctx.stems[st] {
			return true
		}
	}
	return false
}

// minRelatedWeight is how close in WordNet a clause's word must be to a fact's
// predicate to name its event: "spoke" for "delivered" (broader, 0.6).
const minRelatedWeight = 0.6

// relatedIn reports whether stems hold a word WordNet or the lexicon relates
// closely to s.
func (ck *checker) relatedIn(stems map[string]bool, s string) bool {
	for _, a := range ck.alternatives(s) {
		if a.Weight >= minRelatedWeight && stems[a.Stem] {
			return true
		}
	}
	return false
}

// related reports whether WordNet or the lexicon relates two stems closely,
// either way: "posts" and "jobs".
func (ck *checker) related(a, b string) bool {
	key := [2]string{a, b}
	if r, ok := ck.relatedCache[key]; ok {
		return r
	}
	r := ck.relatedIn(map[string]bool{b: true}, a) || ck.relatedIn(map[string]bool{a: true}, b)
	if ck.relatedCache == nil {
		ck.relatedCache = map[[2]string]bool{}
	}
	ck.relatedCache[key] = r
	return r
}

// hasConceptIn reports whether stems hold s or one of its lexicon synonyms.
func (ck *checker) hasConceptIn(stems map[string]bool, s string) bool {
	return ck.ix.HasConceptIn(stems, s)
}

// sameConcept reports whether two stems are the same word or lexicon synonyms.
func (ck *checker) sameConcept(a, b string) bool { return ck.ix.SameConcept(a, b) }

// memberLinked reports whether one entity is a member of the other.
func (ck *checker) memberLinked(a, b string) bool { return ck.ix.Names.MemberLinked(a, b) }

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
