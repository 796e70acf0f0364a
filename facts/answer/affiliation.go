package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A reporter asks whom someone works or plays for in as many ways as there
// are ("Who does Pyykkonen work for?", "Which club does Michalak play
// for?", "Which company is Coleman from?"), and a story seldom says it with
// a verb: it puts the body beside the name ("Janco Partners analyst Martin
// Pyykkonen", "Microsoft's Mike Coleman", "Nick Bubb of Evolution
// Securities", "Dimitri Yachvili (Biarritz)"). Such a fact says the working
// for and which body it is.

// commonVerb is the least commonness (wordnet.Commonness) of a verb so
// common it says little beyond the words around it: "work", "play", "come"
// before a preposition that says whose someone is, "take" and "last" in a
// how-long question; a rarer one ("recover", "split", "sign") says an act
// of its own.
const commonVerb = 0.55

// saysLittle reports whether a verb is so common it says little (see
// commonVerb).
func saysLittle(stem string) bool { return wordnet.Commonness(stem) >= commonVerb }

// affiliationEnds are the prepositions a question of affiliation ends with.
var affiliationEnds = text.Set(`for from with`)

// affiliatedAsked is the person whose body a question asks for ("Which firm
// does Anthony Walker work for?"), "" for none: a who-, which- or
// what-question that ends in "for", "from" or "with" and names one person;
// and where the verb before the preposition stands ("work"), -1 for none.
func (q question) affiliatedAsked(ix *index.Index) (string, int) {
	n := len(q.Toks)
	if q.Type != askWho && q.Type != askWhich && q.Type != askWhat || n < 3 || !affiliationEnds[q.Toks[n-1].Norm] {
		return "", -1
	}
	verb := -1
	if t := q.termAt(n - 2); t != nil {
		if !saysLittle(t.Alts[0].Stem) || pluralNoun(q.Toks[n-2]) {
			return "", -1 // "Who did Wenger fall out with?" asks of a verb of its own; "Which writer does Smith want readings from?" of a thing
		}
		verb = n - 2
	}
	person := ""
	for _, m := range q.Entities {
		for _, id := range m.IDs {
			if ix.Names.Kind(id) != "person" {
				continue
			}
			if person != "" && person != id {
				return "", -1
			}
			person = id
		}
	}
	return person, verb
}

// bodyAsked is the one person a which- or what-question asks the body
// they are of now, by its kind and a verb in the present ("Which party does
// Pound belong to?", "Which committee is Lord Harris on?"): a noun for a
// body or a place right after "which" or "what", "does", "do", "is" or
// "are", the person, and a verb or a preposition, or both, to the end. Not
// a past or a change ("Which school did he go to?", "Which club is Bellamy
// joining?"): the title says where someone is now. "" for none, and where
// the verb stands (-1 for none).
func (q question) bodyAsked(ix *index.Index) (string, int) {
	toks := q.Toks
	if q.Type != askWhich && q.Type != askWhat || len(toks) < 5 || whatAt(toks) != 0 || len(q.Entities) != 1 {
		return "", -1
	}
	m := q.Entities[0]
	if m.From != 3 || !presentHelpers[toks[2].Norm] || wordnet.NounKinds(toks[1].Stem)&(wordnet.Organization|wordnet.Region) == 0 {
		return "", -1
	}
	verb, rest := -1, toks[m.To:beforeClosingAdverb(toks, m.To+1)] // "Which club does Stam play for now?"
	if len(rest) > 0 && !text.IsPreposition(rest[0].Norm) {
		if strings.HasSuffix(rest[0].Norm, "ing") || strings.HasSuffix(rest[0].Norm, "ed") {
			return "", -1
		}
		verb, rest = m.To, rest[1:]
	}
	if len(rest) > 1 || len(rest) == 1 && !text.IsPreposition(rest[0].Norm) || verb < 0 && len(rest) == 0 {
		return "", -1
	}
	id := ix.MostCited(m.IDs)
	if ix.Names.Kind(id) != "person" {
		return "", -1
	}
	return id, verb
}

// titleNamesBody reports whether a person's title names a body they are
// of: an organisation or group it names; a capitalised name after "at",
// "of", "for" or "with" ("economist at Natexis Banques Populaires", "member
// of the Commons intelligence and security committee"); or one that opens
// it before a role in lower case ("Dragons three-quarter", "Sale Sharks
// player"). Not a person's name ("manager of Johnny Cash"), a nationality
// or a place ("Wales scrum-half" plays for a country).
func titleNamesBody(toks []text.Token, person string, ix *index.Index) bool {
	people := map[int]bool{} // the words of people the title names
	for _, m := range ix.Names.Find(toks) {
		if slices.ContainsFunc(m.IDs, func(id string) bool {
			k := ix.Names.Kind(id)
			return id != person && (k == "organization" || k == "group")
		}) {
			return true
		}
		if slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) == "person" }) {
			for k := m.From; k < m.To; k++ {
				people[k] = true
			}
		}
	}
	body := func(k int) bool {
		return k < len(toks) && toks[k].Upper && !people[k] && !nationality(toks[k]) && !wordnet.IsPlace(toks[k].Stem)
	}
	for i, t := range toks[:max(0, len(toks)-1)] {
		if !bodyPreposition[t.Norm] || t.Norm == "from" {
			continue
		}
		k := i + 1
		if text.IsArticle(toks[k].Norm) {
			k++
		}
		if !body(k) {
			continue
		}
		e := k
		for e < len(toks) && toks[e].Upper {
			e++
		}
		if e+1 < len(toks) && !toks[e].Upper && toks[e+1].Upper {
			continue // "wife of Tory leader Michael Howard": Tory says whose leader
		}
		return true // "at Natexis Banques Populaires", a body no entity records
	}
	// "Dragons three-quarter": a capitalised run, then a lower-case role;
	// not a title's first word written with a capital ("Former model").
	end := 0
	for end < len(toks) && end < 3 && body(end) && !text.IsRoleModifier(toks[end].Norm) && wordnet.PartsOfSpeech(toks[end].Stem)&wordnet.Adjective == 0 {
		end++
	}
	return end > 0 && end < len(toks) && !toks[end].Upper && !text.IsStopword(toks[end].Norm)
}

// otherKindOfBody reports whether a title names a body by a capitalised
// noun for a kind of body other than the one asked ("Committee" in
// "Chairman of the Environmental Audit Committee", for "Which party...?").
//
// Nor does a title that closes on a common noun for a thing that is no body
// at all ("Founder of the Sundance film festival": a festival is an event)
// name one of the kind asked.
func otherKindOfBody(title []text.Token, asked text.Token) bool {
	if wordnet.NounKinds(asked.Stem)&wordnet.Organization == 0 {
		return false
	}
	if of := slices.IndexFunc(title, func(t text.Token) bool { return t.Norm == "of" }); of > 0 && of <= 2 && of < len(title)-2 && (wordnet.IsPeople(title[of-1].Stem) || text.IsRoleNoun(title[of-1].Norm)) {
		// The role, then "of" and the body: its last word says what it
		// is. ("Republic of Ireland and Liverpool right-back" is no role of
		// a body.)
		last := title[len(title)-1]
		if !last.Upper && last.Stem != asked.Stem && wordnet.PartsOfSpeech(last.Stem)&wordnet.Noun != 0 && wordnet.NounKinds(last.Stem)&wordnet.Organization == 0 && !wordnet.IsPeople(last.Stem) && !text.IsRoleNoun(last.Norm) {
			return true
		}
	}
	return slices.ContainsFunc(title, func(t text.Token) bool {
		return t.Upper && !t.First && t.Stem != asked.Stem && wordnet.NounKinds(t.Stem)&wordnet.Organization != 0
	})
}

// presentHelpers are the helpers of a verb in the present: "does", "do",
// "is", "are".
var presentHelpers = text.Set(`does do is are`)

// affiliationGap is the most words between a person's name and the body
// beside it: "Janco Partners analyst Martin Pyykkonen", "David Naude, an
// economist at Deutsche Bank".
const affiliationGap = 3

// statesAffiliation reports whether a fact names a body right beside the
// person: before the name, past the words of a role ("Wasps flanker Johnny
// O'Connor", "Microsoft's Mike Coleman"); after it, past a role, at "of",
// "at", "for" or "with" ("Nick Bubb of Evolution Securities"); or in
// brackets after it ("Dimitri Yachvili (Biarritz)").
func statesAffiliation(c *index.Doc, person string, ix *index.Index) bool {
	return affiliated(c, person, nil, ix)
}

// affiliated reports whether a fact names a body beside the person as
// statesAffiliation does: any body when asked is nil, else one it holds
// ("Yahoo's Yonca Brunini" is Yahoo's).
func affiliated(c *index.Doc, person string, asked map[string]bool, ix *index.Index) bool {
	toks := c.Tokens()
	ms := c.Mentions(ix.Names)
	body := func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool {
			k := ix.Names.Kind(id)
			return id != person && (k == "organization" || k == "group" || k == "country") && (asked == nil || asked[id])
		})
	}
	rs := []rune(c.Statement)
	for _, p := range ms {
		if !slices.Contains(p.IDs, person) {
			continue
		}
		for _, o := range ms {
			if !body(o) || o.To-o.From == 1 && nationality(toks[o.From]) && !wordnet.IsPlace(toks[o.From].Stem) {
				continue // "Welsh legend Phil Bennett" says where he is from, not whom he plays for
			}
			switch {
			case o.To <= p.From && p.From-o.To <= affiliationGap && roleWordsOnly(toks[o.To:p.From]):
				return true
			case o.From > p.To && o.From-p.To <= affiliationGap+1 && bodyPreposition[toks[o.From-1].Norm] && roleWordsOnly(toks[p.To:o.From-1]):
				return true
			}
		}
		// "Ulster wing Tommy Bowe", "Tory MP Michael Mates": a body the
		// curator did not record, its capitalised name before the role
		// (not one that only starts the sentence: "Fund manager KK Mittal",
		// nor a nationality, which says where someone is from, not whom
		// they play for: "Dutch youngster Quincy Owusu-Abeyie").
		if at := titleStart(toks, rs, p.From); asked == nil && at >= 0 && at < p.From-1 && toks[at].Upper && !toks[at].Possessive && (!toks[at].First || wordnet.IsName(toks[at].Norm)) && !nationality(toks[at]) && !namedTokens(c, ix.Names)[at] {
			return true
		}
		// "Dimitri Yachvili (Biarritz)": a name in brackets right after.
		if asked == nil && p.To < len(toks) && toks[p.To].Upper && toks[p.To].Start <= len(rs) && strings.HasSuffix(strings.TrimSpace(string(rs[toks[p.To-1].End:toks[p.To].Start])), "(") {
			return true
		}
	}
	return false
}

// bodyPreposition joins a person to the body they are of.
var bodyPreposition = text.Set(`of at for with from`)

// roleWordsOnly reports whether words between a name and a body are only a
// role's: lower-case words that are no verbs ("analyst", "sales director",
// "an economist").
func roleWordsOnly(toks []text.Token) bool {
	for _, t := range toks {
		if t.Upper || verbForm(t) || text.IsPreposition(t.Norm) && t.Norm != "of" {
			return false
		}
	}
	return true
}

// affiliationMarker stands, as the fact's word, for the credit a fact earns
// by naming the body beside the person: it answers for both the verb and the
// noun of the body ("Which club does Dunbar play for?": "Leeds Tykes flanker
// Jon Dunbar"), where a fact's word answers for one question word only.
const affiliationMarker = "\x00affiliation"

// speaksHereFor reports whether a person the fact has speak is one it places in
// a body asked about, beside their name: "Yahoo's Yonca Brunini said..."
// speaks for Yahoo, as a spokesman titled so would.
func speaksHereFor(c *index.Doc, person string, bodies map[string]bool, ix *index.Index) bool {
	return person != "" && !bodies[person] && ix.Names.Kind(person) == "person" && affiliated(c, person, bodies, ix)
}

// affiliationTitled is the person an affiliation question asks about (see
// affiliatedAsked) when their recorded title names the body they are of
// ("Senior technology consultant at Sophos", "economist at Natexis Banques
// Populaires"): the title answers "Which firm does Cluley work for?" and
// "Where does Cluley work?" as it answers "Who is Cluley?", where no fact
// puts the body beside the name.
// "" for none, when the question asks more than the body, or when the
// title names no body ("England captain": whose club is it?).
func (q question) affiliationTitled(ix *index.Index) string {
	person, verb := q.affiliatedAsked(ix)
	if person == "" {
		person, verb = q.bodyAsked(ix)
	}
	if person == "" {
		person, verb = q.workplaceAsked(ix)
	}
	if person == "" || len(q.Entities) != 1 {
		return ""
	}
	// Nothing asked but the body: its kind after "which" or "what", the
	// verb, the person ("What did Karen Thomson compare computer use
	// with?" asks of an act of hers).
	kind := -1
	if at := whatAt(q.Toks); at >= 0 {
		kind = at + 1
	}
	if !q.asksOnly(verb, kind) {
		return ""
	}
	e, ok := ix.Names.Entity(person)
	if !ok || e.Title == "" {
		return ""
	}
	toks := text.Tokenize(e.Title)
	if kind >= 0 && kind < len(q.Toks) && otherKindOfBody(toks, q.Toks[kind]) {
		return "" // "Chairman of the Environmental Audit Committee" names no party
	}
	if !titleNamesBody(toks, person, ix) {
		return ""
	}
	return person
}
