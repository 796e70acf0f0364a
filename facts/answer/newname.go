package answer

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// namesSomethingNew reports whether a fact names a thing the question does
// not: an entity, a capitalised name or a figure. "Which drugs did Collins
// take?" wants them named; "she used the substances" refers to them. An
// entity counts only when it may be of the kind the question's focus noun
// names (see mayBe).
func namesSomethingNew(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	from, to := q.focusSide(toks)
	named := make([]bool, len(toks))
	ofKind := q.ofFocusKind(ix, false)
	ft := q.focus()
	source := attribution(q, c)
	rs := []rune(c.Statement)
	// A country, or a place a name in capitals gives, says where the thing
	// is, not which, unless the focus noun may name a place or a body
	// ("Which country...?", "Which team...?"): "Traders at US banking giant
	// Citigroup are facing a criminal investigation in Germany" does not say
	// which traders.
	placeNames := true
	if fh := q.focusHead(); fh != nil {
		placeNames = wordnet.NounKinds(fh.Alts[0].Stem)&(wordnet.Region|wordnet.Organization|wordnet.Location) != 0
	}
	isCountry := func(id string) bool { return ix.Names.Kind(id) == "country" }
	// A place's name right before the focus noun names it: "the Frankfurt
	// exchange", "Highbury Corner Magistrates Court".
	beforeFocus := func(at int) bool {
		for k := at; ft != nil && k < len(toks) && k < at+3; k++ {
			if termCreditIn(" "+toks[k].Stem+" ", *ft) >= verbHeld {
				return true
			}
			if !toks[k].Upper {
				break
			}
		}
		return false
	}
	for _, m := range c.Mentions(ix.Names) {
		if m.From >= from && m.From < to && !source[m.From] && !slices.ContainsFunc(m.IDs, q.names) && slices.ContainsFunc(m.IDs, ofKind) && (placeNames || !slices.ContainsFunc(m.IDs, isCountry) || beforeFocus(m.To)) {
			return true
		}
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	for i, t := range toks {
		if named[i] || q.norms[t.Norm] || i < from || i >= to || source[i] || !placeNames && t.Upper && placeWord(t.Stem) && !beforeFocus(i+1) {
			continue
		}
		// "Grammy Awards" for "Which Grammy categories...?": the rest of a
		// name the question gives part of is no new name.
		continues := i > 0 && toks[i-1].Upper && !toks[i-1].Possessive && q.norms[toks[i-1].Norm]
		if unicode.IsDigit([]rune(t.Norm)[0]) && !countOrShare(rs, toks, i) || t.Upper && !t.First && !text.IsStopword(t.Norm) && !monthWords[t.Norm] && !text.IsHonorific(t.Norm) && !continues {
			return true
		}
		if ft != nil && i > 0 && termCreditIn(" "+toks[i-1].Stem+" ", *ft) >= 1 && namesAfterNoun(t) {
			return true // "the stimulant modafinil": a name in lower case, set beside the focus noun
		}
	}
	return false
}

// ofFocusKind is the test of whether an entity may be of the kind a
// which-question's focus noun names (see mayBe), or, surely, is of it: its
// recorded kind is one the noun names. An entity whose recorded title is
// the focus noun's kind (its head noun says it) is of its kind, whatever the
// noun's main sense: "Which centre has Italy recalled?" (a region, mostly) is
// answered by a person titled "Italy centre", not "Which country...?" by a
// "world cross country champion".
func (q question) ofFocusKind(ix *index.Index, surely bool) func(id string) bool {
	var kinds wordnet.NounKind
	ft := q.focusHead() // past a name before it: "Which Gloucester centre...?" asks for a centre
	if ft != nil {
		// A location may be anything a curator records (a studio, a site).
		kinds = wordnet.NounKinds(ft.Alts[0].Stem) &^ wordnet.Location
	}
	return func(id string) bool {
		if kind := ix.Names.Kind(id); !surely && mayBe(kinds, kind) || surely && kinds&entityKinds[kind] != 0 {
			return true
		}
		e, _ := ix.Names.Entity(id)
		return ft != nil && termCreditIn(" "+titleHead(e.Title)+" ", *ft) >= verbHeld
	}
}

// newOfKind lists the entities a fact names where a which-question's answer
// should be (see focusSide) that the question does not name and that are
// surely of its focus noun's kind: what the fact answers it with.
func newOfKind(q question, c *index.Doc, ix *index.Index) []string {
	from, to := q.focusSide(c.Tokens())
	ofKind := q.ofFocusKind(ix, true)
	toks := c.Tokens()
	var out []string
	for _, m := range c.Mentions(ix.Names) {
		if m.From < from || m.From >= to || slices.ContainsFunc(m.IDs, q.names) {
			continue
		}
		if slices.ContainsFunc(toks[m.From:min(m.To+1, len(toks))], func(tk text.Token) bool {
			return slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Alts[0].Stem == tk.Stem })
		}) {
			continue // "British troops" for "Which countries are pulling their troops out?": whose troops, not which countries
		}
		for _, id := range m.IDs {
			if ofKind(id) && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// namesAfterNoun reports whether a word just after a noun may be its name
// in apposition: a content word that is not a verb nor a preposition, and
// too rare in English to be the head of a compound ("union leader").
func namesAfterNoun(t text.Token) bool {
	return !text.IsStopword(t.Norm) && !text.IsPreposition(t.Norm) && !verbForm(t) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb == 0 &&
		wordnet.Commonness(t.Stem) == 0
}

// focusSide is the stretch of a fact's words where the thing a which-question
// asks for should be named: after the question's verb when the question names
// who acts and asks what is acted on ("Which drugs did Collins take?": after
// "took"); otherwise all of them, as for a question that asks what is so
// called ("Which is the world's biggest reinsurer?": "Munich Re, the world's
// biggest reinsurer, said...").
func (q question) focusSide(toks []text.Token) (from, to int) {
	vt := q.verbTerm()
	if vt == nil {
		return 0, len(toks)
	}
	vi := vt.firstIn(toks, 0)
	if vi < 0 {
		return 0, len(toks)
	}
	at := whatAt(q.Toks)
	for i, t := range q.Toks[:q.verbAt] {
		if at >= 0 && i == at+1 && beForms[t.Norm] {
			break
		}
		// "Which Brentford players are injury doubts?": "are" with no verb
		// after it links the two, no auxiliary of a verb.
		copula := beForms[t.Norm] && !slices.ContainsFunc(q.Toks[i+1:], func(w text.Token) bool { return verbForm(w) || w.Norm == "to" })
		if i > 0 && (auxiliaries[t.Norm] || beForms[t.Norm]) && !copula && q.subjectBetween(i+1, q.verbAt) {
			return vi + 1, len(toks) // "Which drugs did Collins take?": the object
		}
	}
	// "Which products were leaked?" asks what is acted on, and "Which
	// projects are performing well?" who acts: either may stand on either
	// side of the fact's verb ("came under attack from rivals such as ...").
	return 0, len(toks)
}

// namesSomeoneNew reports whether a fact's words name a person or body the
// question does not: a capitalised name it does not know as an entity
// ("a spokesman, John Smith, said").
func namesSomeoneNew(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	named := namedTokens(c, ix.Names)
	for i, t := range toks {
		if t.Upper && !t.First && !named[i] && !q.norms[t.Norm] && !text.IsStopword(t.Norm) && !monthWords[t.Norm] {
			return true
		}
	}
	return false
}

// mayBe reports whether an entity of a recorded kind may be what a focus noun
// of the given kinds names (see wordnet.NounKinds): "Which union is Baume
// from?" is not answered by a fact whose only new names are people's ("Gordon
// Brown has criticised union leader Jonathan Baume"). A focus noun of no such
// kind ("Which minister...?") and an entity of kind "other" (a film, a
// product) may be anything.
func mayBe(kinds wordnet.NounKind, kind string) bool {
	return kinds == 0 || kind == "other" || kinds&entityKinds[kind] != 0
}

// entityKinds are the kinds of thing a noun can name that an entity of each
// recorded kind is: a country is a state and a territory; a group (a band, a
// family) an organization, as a focus noun asks for one.
var entityKinds = map[string]wordnet.NounKind{
	"organization": wordnet.Organization,
	"group":        wordnet.Organization,
	"country":      wordnet.Organization | wordnet.Region,
	"place":        wordnet.Region,
}

// focusNamed reports whether a fact names, beside a which-question's focus
// noun ("What agencies...?" asks which too), a thing the question does not
// (see namesBeside): "three credit rating agencies, Standard & Poor's,
// Moody's and Fitch", "the IAAF, athletics' ruling body", "rapper Kano", or
// any capitalised name after a verb of naming there ("a song dedicated to
// Edwards called Cardiff Afterlife"). It is the surest sign a fact says
// which one, where "A US TV station has refused" says only that one did: a
// place's name, or its people's, says where the thing is, not which it is.
func focusNamed(q question, c *index.Doc) bool {
	if !q.asksOneOfKind() {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for _, use := range focusUses(q, toks) {
		i, n := use.at, use.n
		// Outwards from the noun, as far as a comma before a word in lower
		// case: "critic for the paper, asks Finegold" names the one asked,
		// where "agencies, Standard & Poor's" names the agencies.
		// A preposition before its determiner ends its phrase: "met Peter
		// Kenyon at a London hotel" names who was met, not the hotel.
		for k := i - 1; k >= max(0, i-focusReach) && !(!toks[k].Upper && commaBetween(rs, toks[k], toks[k+1])) && !(text.IsPreposition(toks[k].Norm) && (determiners[toks[k+1].Norm] || indefinites[toks[k+1].Norm])); k-- {
			if namesBeside(q, rs, toks[k]) {
				return true
			}
		}
		for k := i + n; k < min(len(toks), i+n+focusReach) && !(!toks[k].Upper && commaBetween(rs, toks[k-1], toks[k])); k++ {
			if namesBeside(q, rs, toks[k]) {
				return true
			}
			if namingVerb(toks[k].Stem) && k+1 < len(toks) && toks[k+1].Upper && !q.norms[toks[k+1].Norm] {
				return true // named, if by a place: "called Cardiff Afterlife"
			}
		}
	}
	return false
}

// focusLeftUnnamed reports whether a fact says the head noun of a
// which-question's focus ("Which England kickers...?": kickers) and leaves
// it unnamed: no use of it has a word of the fact's own that says which
// (see nounUses), no name stands beside it (see focusNamed), nor a place
// ("the Brussels summit", "the city of Baghdad"). The names it gives
// elsewhere then answer something else: "Castaignede said that had
// England's kickers not been so bad, the Six Nations standings would be very
// different" does not say which kickers. A place after a count is no name
// of the noun ("two US firms"), and a noun before another ("the Sundance
// film festival") is no use of it.
func focusLeftUnnamed(q question, c *index.Doc) bool {
	from, to := q.focusSpan()
	if from == to {
		return false
	}
	ft := q.termAt(to - 1) // "Which law lord...?" asks for a lord
	if ft == nil {
		return false
	}
	toks := c.Tokens()
	var uses []focusUse
	for _, u := range nounUses(q, ft, toks) {
		if u.end < len(toks) && nounBefore(toks[u.end]) {
			continue
		}
		if u.qualified || u.unnamed { // a word of its own before it qualifies it too
			return false
		}
		uses = append(uses, u)
	}
	if len(uses) == 0 || focusNamed(q, c) {
		return false
	}
	for _, u := range uses {
		for k := max(0, u.at-focusReach); k < min(len(toks), u.end+focusReach); k++ {
			t := toks[k]
			if (k < u.at || k >= u.end) && t.Upper && !q.norms[t.Norm] && placeWord(t.Stem) && (k >= u.end || k == 0 || !counting(toks[k-1])) {
				return false
			}
		}
	}
	return true
}

// nounBefore reports whether a word after a noun makes the noun its
// modifier: a noun in lower case, no verb ("film festival").
func nounBefore(t text.Token) bool {
	return !t.Upper && !verbForm(t) && !text.IsStopword(t.Norm) && !text.IsPreposition(t.Norm) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0
}

// counting reports whether a word counts without naming: "a", "some", "two".
func counting(t text.Token) bool {
	r := []rune(t.Norm)
	return indefinites[t.Norm] || len(r) > 0 && unicode.IsDigit(r[0]) || digitsOf(t.Norm) != ""
}

// focusIndefinite reports whether a fact says a which-question's focus noun
// ("Which newspaper said...?") only after "a", "an" or a word that counts
// without naming ("many", "some"), unqualified (see focusUses), or after a
// word that says it has no name ("two unnamed firms"), and names
// nothing beside it (see focusNamed): "a newspaper declared", "A US TV
// station has refused", "Many laptop makers have committed" say that some
// did, in so many words not which; "a hamstring injury" says which injury.
func focusIndefinite(q question, c *index.Doc) bool {
	if !q.asksOneOfKind() {
		return false
	}
	says := false
	for _, use := range focusUses(q, c.Tokens()) {
		if !use.unnamed && (use.qualified || !indefinites[use.det]) {
			return false
		}
		says = true
	}
	return says && !focusNamed(q, c)
}

// personIndefinite reports whether a who-question asks who a person of its
// own description is ("Who was the man allegedly assaulted at the
// hotel?": "the" says the story told of one), and a fact says the noun
// only after "a" or "an" with no name beside it ("claims that a man had
// been assaulted"): it tells that someone was, not who.
func personIndefinite(q question, c *index.Doc) bool {
	if len(q.Toks) < 4 || q.Toks[0].Norm != "who" || !beForms[q.Toks[1].Norm] || q.Toks[2].Norm != "the" {
		return false
	}
	at := slices.IndexFunc(q.Terms, func(t qterm) bool { return t.At == 3 })
	if at < 0 || !wordnet.Marked(q.Toks[3].Norm, q.Toks[3].Stem, wordnet.People) {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	uses := nounUses(q, &q.Terms[at], toks)
	for _, use := range uses {
		if use.qualified || !indefinites[use.det] {
			return false
		}
		for k := max(0, use.at-focusReach); k < min(len(toks), use.end+focusReach); k++ {
			if namesBeside(q, rs, toks[k]) {
				return false
			}
		}
	}
	return len(uses) > 0
}

// anonymousStem is WordNet's word for what has no name known.
var anonymousStem = text.Stem("anonymous")

// anonymousAlike are anonymous and its synonyms and similar words in
// WordNet, read once: facts' words are asked of them for every candidate.
var anonymousAlike = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{anonymousStem: true}
	for _, r := range wordnet.Related(anonymousStem) {
		if r.Kind == wordnet.Synonym || r.Kind == wordnet.Similar {
			out[r.Stem] = true
		}
	}
	return out
})

// nameless reports whether a word says a thing is not named: "anonymous",
// or one of its synonyms or similar words in WordNet ("unnamed",
// "unidentified", "unknown"), either way round.
func nameless(stem string) bool {
	return anonymousAlike()[stem] || relationIs(stem, 0, func(s string) bool { return s == anonymousStem }, wordnet.Synonym, wordnet.Similar)
}

// indefinites are the words before a noun that say there is one, or some,
// but not which.
var indefinites = text.Set(`a an some many several few numerous various`)

// commaBetween reports whether a comma stands between two words of a text.
func commaBetween(rs []rune, a, b text.Token) bool {
	return a.End <= b.Start && b.Start <= len(rs) && slices.Contains(rs[a.End:b.Start], ',')
}

// focusReach is how many words either side of a focus noun a name may
// stand and be the noun's: "the IAAF, athletics' ruling body".
const focusReach = 4

// namesBeside reports whether a word of a fact (whose text is rs) is a
// name the question does not give, and not a place's or its people's.
func namesBeside(q question, rs []rune, t text.Token) bool {
	if q.norms[t.Norm] || text.IsStopword(t.Norm) || monthWords[t.Norm] || text.IsHonorific(t.Norm) || placeWord(t.Stem) {
		return false
	}
	if r := []rune(t.Norm); unicode.IsDigit(r[0]) {
		return strings.ContainsFunc(t.Norm, unicode.IsLetter) // "1Xtra", not "27,000"
	}
	if !t.Upper || t.First && index.KnownWord(t.Stem) {
		return false
	}
	// A common noun's short form ("TV") is no name.
	word := string(rs[t.Start:min(t.End, len(rs))])
	return strings.ContainsFunc(word, unicode.IsLower) || !index.KnownWord(t.Stem) || wordnet.IsName(t.Norm)
}

// placeWord reports whether a stem is a place's name or its people's, by
// WordNet ("US", "Indian" of India).
func placeWord(stem string) bool {
	return wordnet.IsPlace(stem) || formOrSynonymIs(stem, wordnet.IsPlace)
}

// titleHead is the stem of a title's head noun: its last word before a
// preposition ("chief executive of Marsh": "execut"), or its last word
// ("Italy centre": "centr").
func titleHead(title string) string {
	words := strings.Fields(text.NormPhrase(title))
	if at := slices.IndexFunc(words, text.IsPreposition); at >= 0 {
		words = words[:at]
	}
	if len(words) == 0 {
		return ""
	}
	return text.Stem(words[len(words)-1])
}

// attribution marks the words of a fact that say whose account it is, where
// a which-question asks of no saying: the end of "..., IDS said", the start
// of "According to the US Trade Representative's Office, ..." and the one
// saying before what is said. The names there are the source's, not the
// things asked for.
func attribution(q question, c *index.Doc) []bool {
	toks := c.Tokens()
	out := make([]bool, len(toks))
	vt := q.verbTerm()
	if vt == nil || wordnet.IsSpeechVerb(vt.Alts[0].Stem) {
		return out
	}
	rs := []rune(c.Statement)
	comma := func(k int) bool { return commaBetween(rs, toks[k-1], toks[k]) }
	if n := len(toks); n > 2 && text.IsReportingVerb(toks[n-1].Norm) {
		for k := n - 1; k > 0; k-- {
			if comma(k) {
				for i := k; i < n; i++ {
					out[i] = true
				}
				break
			}
		}
	}
	// "David Bedford said that after announcing the greatest men's field
	// ever...": the one saying, before what is said, where the act asked
	// about is in what is said and the question asks of no saying.
	// Not where what is said begins with a pronoun for the one saying:
	// "Rival exchange operator Euronext has said it may also bid" tells of
	// Euronext's own bid; nor after "be": "Chelsea and Arsenal will both be
	// asked to give evidence" names the ones told, who do what is asked.
	if r := slices.IndexFunc(toks, func(t text.Token) bool { return text.IsReportingVerb(t.Norm) }); r > 0 && r <= 6 && !beForms[toks[r-1].Norm] && vt.firstIn(toks[r+1:], verbHeld) >= 0 &&
		!slices.ContainsFunc(q.Toks, func(t text.Token) bool { return wordnet.IsSpeechVerb(t.Stem) && verbForm(t) }) && !tellsOfItself(toks, r) {
		for i := range r {
			out[i] = true
		}
	}
	if len(toks) > 2 && toks[0].Norm == "according" && toks[1].Norm == "to" {
		for k := 3; k < len(toks); k++ {
			if comma(k) {
				for i := range k {
					out[i] = true
				}
				break
			}
		}
	}
	return out
}

// tellsOfItself reports whether what is said after the reporting verb at r
// begins with a pronoun, past "that": the one saying tells of itself ("has
// said it may also bid", "said that he would stand").
func tellsOfItself(toks []text.Token, r int) bool {
	k := r + 1
	if k < len(toks) && toks[k].Norm == "that" {
		k++
	}
	return k < len(toks) && text.IsSubjectPronoun(toks[k].Norm) && toks[k].Norm != "i" && toks[k].Norm != "you"
}

// countOrShare reports whether the figure at i counts or shares out what it
// is said of rather than naming anything: "22 of the 30 projects", "by 100%".
func countOrShare(rs []rune, toks []text.Token, i int) bool {
	return toks[i].End < len(rs) && rs[toks[i].End] == '%' || i+1 < len(toks) && (toks[i+1].Norm == "of" || toks[i+1].Norm == "percent" || toks[i+1].Norm == "per")
}
