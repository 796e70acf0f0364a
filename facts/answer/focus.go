package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// The noun after "what" or "which" ("Which internet provider has a deal
// with RSA?") names the kind of answer wanted, and the fact that answers
// gives something of that kind ("RSA has a deal with AOL") without saying
// the noun: the knowledge base knows what the thing is.

// focusCredit is what a fact earns for the question's focus noun when it
// names something of that kind rather than the noun itself: as much as a
// synonym in its main sense, no more, for the fact does not say it.
const focusCredit = mainSynonym

// focusAt is the token index of the focus noun of a what- or
// which-question (see question.focus), -1 when it has none.
func (q question) focusAt() int {
	if q.Type != askWhat && q.Type != askWhich {
		return -1
	}
	if ft := q.focus(); ft != nil {
		return ft.At
	}
	return -1
}

// focusSpan is the tokens [from, to) of the focus noun phrase of a what- or
// which-question: the focus noun and the nouns after it ("Which internet
// provider...?"), up to a word that is no term of the question or can only
// be a verb. Each of its words is met by an entity whose title says it (see
// namesFocusKind). Empty when the question has no focus.
func (q question) focusSpan() (from, to int) {
	at := q.focusAt()
	if at < 0 {
		return 0, 0
	}
	to = at + 1
	for to < len(q.Toks) && q.termAt(to) != nil && wordnet.PartsOfSpeech(q.Toks[to].Stem)&wordnet.Noun != 0 && !verbForm(q.Toks[to]) {
		to++
	}
	return at, to
}

// namesFocusKind reports whether a fact names an entity the question does
// not whose recorded title says the focus noun t, itself or in a main-sense
// synonym: "RSA has a deal with AOL" names an internet provider when the
// curator titled AOL so. titleTerms gives an entity's title as padded stems.
func namesFocusKind(q question, t qterm, c *index.Doc, ix *index.Index, titleTerms func(id string) string) bool {
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if !q.names(id) && termCreditIn(titleTerms(id), t) >= verbHeld {
				return true
			}
		}
	}
	return false
}

// namesInstanceOf reports whether a fact names, in a capitalised word or two
// that no entity asked about holds, a thing WordNet knows as one of the
// focus noun's kind: "Gunter Grass of Germany" names a country (Germany, a
// European country), for "Which country is Gunter Grass from?", though the
// curator recorded no entity for Germany.
func namesInstanceOf(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	var asked []index.Mention
	for _, m := range c.Mentions(ix.Names) {
		if slices.ContainsFunc(m.IDs, q.names) {
			asked = append(asked, m)
		}
	}
	for i, tok := range toks {
		if !tok.Upper || slices.ContainsFunc(asked, func(m index.Mention) bool { return m.From <= i && i < m.To }) {
			continue
		}
		if instanceOfKind(tok.Stem, t) || i+1 < len(toks) && toks[i+1].Upper && instanceOfKind(tok.Stem+" "+toks[i+1].Stem, t) {
			return true
		}
	}
	return false
}

// instanceOfKind reports whether WordNet gives the named thing stem as an
// instance of the term's noun, or of a kind of it one step narrower
// ("European country" of "country").
func instanceOfKind(stem string, t qterm) bool {
	for _, r := range wordnet.Related(stem) {
		if r.Kind != wordnet.Instance {
			continue
		}
		if r.Stem == t.Alts[0].Stem || slices.ContainsFunc(wordnet.Related(r.Stem), func(b wordnet.Relation) bool {
			return b.Kind == wordnet.Broader && b.Stem == t.Alts[0].Stem
		}) {
			return true
		}
	}
	return false
}

// focus is the term a what- or which-question asks for: the word after
// "what" or "which" ("What changes...?"), if it is a term.
func (q question) focus() *qterm {
	at := whatAt(q.Toks)
	if at < 0 {
		return nil
	}
	if n := at + 2; n < len(q.Toks) && claims.IsNumberWord(q.Toks[at+1].Norm) {
		if t := q.termAt(n); t != nil {
			return t // "Which two firms...?" asks for firms, two of them
		}
	}
	if t := q.termAt(at + 1); t != nil {
		return t
	}
	// "Which London theatre...?": a name there, read as an entity and no
	// term, says where or whose; the noun after it is the kind asked for.
	// After a longer name ("Which Beach Boys song...?") the name stays the
	// focus, and the noun only says its kind (see focusHead).
	if n := headAfterName(q.Toks, at); n == at+2 {
		return q.termAt(n)
	}
	return nil
}

// headAfterName is where the noun is, in lower case, after a name in
// capitals of one to three words that follows "what" or "which" at ("Which
// Porsche model", "Which London theatre", "Which De Niro film"); 0 when
// there is none.
func headAfterName(toks []text.Token, at int) int {
	if at < 0 {
		return 0
	}
	n := at + 1
	for n < len(toks) && n <= at+3 && toks[n].Upper {
		n++
	}
	if n == at+1 || n >= len(toks) || toks[n].Upper || wordnet.PartsOfSpeech(toks[n].Stem)&wordnet.Noun == 0 || text.IsStopword(toks[n].Norm) || verbForm(toks[n]) {
		return 0
	}
	return n
}

// focusHead is the noun a which- or what-question asks for, past a name
// before it that says which of its kind: "Which Hollywood icon did
// Blanchett portray?" asks for an icon, "Which Porsche model" for a model.
// The name stays the focus, for a fact to hold; the kind is the head's.
func (q question) focusHead() *qterm {
	if n := headAfterName(q.Toks, whatAt(q.Toks)); n > 0 {
		if t := q.termAt(n); t != nil {
			return t
		}
	}
	return q.focus()
}

// focusAsAction reports whether the thing a what-question asks for ("What
// changes has Marsh made?") is in the fact only as an action ("agreed to change
// its practices"): the fact says something happens, not what it is.
func focusAsAction(q question, c *index.Doc) bool {
	ft := q.focus()
	if ft == nil {
		return false
	}
	toks := c.Tokens()
	found := false
	for i, t := range toks {
		if termCreditIn(" "+t.Stem+" ", *ft) < 0.8 {
			continue
		}
		if i == 0 || toks[i-1].Norm != "to" || !bareVerb(t) {
			return false // "linked to supermodel Kate Moss": "to" before a noun is no infinitive's
		}
		if figureRightAfter(c, toks, i) {
			return false // "forecast to grow 2.1%" gives the growth asked for
		}
		found = true
	}
	return found
}

// figureRightAfter reports whether a figure of the fact follows its word
// at i, next to it or after "by": "grow 2.1%", "rise by 5.7%".
func figureRightAfter(c *index.Doc, toks []text.Token, i int) bool {
	for _, cl := range c.Figures() {
		at := tokenAt(toks, cl.Start)
		if at == i+1 || at == i+2 && toks[i+1].Norm == "by" {
			return true
		}
	}
	return false
}

// namesOfKindWord reports whether a fact names an entity the question does
// not whose recorded kind is the focus noun itself, in American spelling or
// British ("organisation"): "Which countries are big oil exporters?" is
// answered by "Mexico and Venezuela are important oil exporters" when the
// curator recorded both as countries.
func namesOfKindWord(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if kind := ix.Names.Kind(id); !q.names(id) && kind != "other" && (text.Stem(kind) == t.Alts[0].Stem || text.Stem(strings.Replace(kind, "iz", "is", 1)) == t.Alts[0].Stem) {
				return true
			}
		}
	}
	return false
}

// focusUnqualified reports whether a what-question asking which thing of a
// kind ("What new initiatives did Prescott announce?") has a fact say the
// thing only in the question's own words ("before new initiatives were
// announced") and name nothing new: it says there were some, not which. A
// word of its own beside the noun ("a groin injury" for "What injury...?")
// or whose it is ("its badge") says which.
func focusUnqualified(q question, c *index.Doc, ix *index.Index) bool {
	if q.Type != askWhat || !q.asksOneOfKind() {
		return false
	}
	found := false
	for _, use := range focusUses(q, c.Tokens()) {
		if use.qualified || possessives[use.det] {
			return false // "carries its badge": whose it is
		}
		found = true
	}
	return found && !namesSomethingNew(q, c, ix)
}

// asksOneOfKind reports whether a question asks which thing of a kind: a
// which-question, or a what-question whose word after "what" is a noun
// ("What agencies...?").
func (q question) asksOneOfKind() bool {
	at := whatAt(q.Toks)
	return q.focus() != nil && (q.Type == askWhich || q.Type == askWhat && at >= 0 && q.Toks[at].Norm == "what" && nounAfterWhat(q.Toks, at+1))
}

// focusUse is a fact's use of the question's focus noun, read as a noun
// phrase: its words' place, the determiner before it ("" when none), and
// whether a word of the fact's own says which one it is.
type focusUse struct {
	at, n     int
	end       int // past the nouns after it the question says after it too ("health effects")
	det       string
	qualified bool
	before    bool // a word of the fact's own before it says which: "the farm sector"
	unnamed   bool // a word before it says it is not named: "two unnamed firms"
}

// focusUses lists a fact's uses of the question's focus noun. A use is
// qualified by a word before the noun, in its phrase, that is neither the
// question's nor a place's ("a hamstring injury"; not "a US TV station"),
// or by the first word of its own after it, past prepositions, small
// words and the question's own words, that is no verb told of the noun ("a
// list of heavyweight executives", "a committee drawing up the manifesto",
// "seeded second", "a trend in California towards tougher privacy rights"
// for "What trend...in California?"; not "a newspaper declared", "new
// initiatives were announced").
func focusUses(q question, toks []text.Token) []focusUse { return nounUses(q, q.focus(), toks) }

// nounUses lists a fact's uses of a noun of the question (see focusUses).
func nounUses(q question, ft *qterm, toks []text.Token) []focusUse {
	var uses []focusUse
	for i := range toks {
		n := saysTermAt(toks, i, *ft)
		if n == 0 {
			continue
		}
		use := focusUse{at: i, n: n}
		k := i - 1
		phraseEnded := false
		for ; k >= 0 && i-k <= focusReach && !determiners[toks[k].Norm] && !text.IsStopword(toks[k].Norm) && !text.IsPreposition(toks[k].Norm); k-- {
			if nameless(toks[k].Stem) {
				use.unnamed = true
				continue
			}
			own := !q.stems[toks[k].Stem] && !placeWord(toks[k].Stem)
			use.qualified = use.qualified || own
			// A word in lower case in the noun's own phrase, up to a
			// figure, a quantity or a verb: "the farm sector", not "St
			// Fintian's High School", "600 schools", "said three magazines";
			// nor one that makes another word with the noun ("cross
			// country").
			if tk := toks[k]; counting(tk) || verbForm(tk) || k == i-1 && n == 1 && wordnet.Known(tk.Stem+" "+toks[i].Stem) {
				phraseEnded = true
			} else if own && !tk.Upper && !phraseEnded {
				use.before = true
			}
		}
		if k >= 0 && (determiners[toks[k].Norm] || indefinites[toks[k].Norm]) {
			use.det = toks[k].Norm
		}
		// "design features like rotating screens" for "What design
		// features...?": the nouns after the focus noun in the question,
		// said after it in the fact too, are of its phrase, and what says
		// which comes after them.
		j, next := i+n, ft.At+n
		for j < len(toks) && next < len(q.Toks) && toks[j].Stem == q.Toks[next].Stem && wordnet.PartsOfSpeech(toks[j].Stem)&wordnet.Noun != 0 && !verbForm(toks[j]) {
			j, next = j+1, next+1
		}
		use.end = j
		if j < len(toks) && nounOnly(toks[j]) {
			use.before = false // the noun is no head: "union leader"
		}
		use.qualified = use.qualified || saidOfAfter(q, toks[j:])
		uses = append(uses, use)
	}
	return uses
}

// saidOfAfter reports whether the words after a noun say which one it is
// (see focusUses). A time there says when the thing was done, not which it
// is: "met ... at a London hotel 11 days ago", "could not get a London
// theatre in time".
func saidOfAfter(q question, after []text.Token) bool {
	for i, w := range after {
		switch {
		case auxiliaries[w.Norm] || beForms[w.Norm] || verbForm(w) && !strings.HasSuffix(w.Norm, "ing"):
			return false
		case !q.stems[w.Stem] && (saysTimeFrom(after, i) || ageWords[w.Norm]):
			return false
		case text.IsPreposition(w.Norm) || text.IsStopword(w.Norm) && !possessives[w.Norm] || q.stems[w.Stem]:
			continue
		}
		return true
	}
	return false
}

// saysTimeFrom reports whether the words at i say a time: a stretch of it
// ("in time"), a month, a year, or a stretch its figure places ("11 days
// ago", see placedTime).
func saysTimeFrom(toks []text.Token, i int) bool {
	if wordnet.IsTimePeriod(toks[i].Stem) || timeAt(toks, i) {
		return true
	}
	if i+1 >= len(toks) || !quantity(toks[i]) {
		return false
	}
	from, _, ok := placedTime(toks, i+1)
	return ok && from == i
}

// saysTermAt is how many of toks from i say the term itself, a word or
// the words of its phrase ("holding company"), or 0.
func saysTermAt(toks []text.Token, i int, t qterm) int {
	words := strings.Fields(t.Alts[0].Stem)
	if len(words) == 1 {
		return b2i(termCreditIn(" "+toks[i].Stem+" ", t) >= 1)
	}
	if !saysWordsAt(toks, i, words) {
		return 0
	}
	return len(words)
}

// saysWordsAt reports whether toks from i say the stems words, in order
// and next to one another.
func saysWordsAt(toks []text.Token, i int, words []string) bool {
	return i+len(words) <= len(toks) && slices.EqualFunc(toks[i:i+len(words)], words, func(t text.Token, w string) bool { return t.Stem == w })
}

// nounAfterWhat reports whether the word after "what" is a noun it
// qualifies ("What holding company...?"), not a verb or a pronoun.
func nounAfterWhat(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	return !text.IsStopword(t.Norm) && !auxiliaries[t.Norm] && !verbForm(t) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0 && !wordnet.IsAdverbial(t.Stem)
}

// possessives are the determiners that say whose a thing is.
var possessives = text.Set(`its his her their our my your`)

// focusSpecified reports whether a fact says which of a which-question's
// focus noun it means by words after it that single them out: "issues like
// energy needs and transport", "policies on tuition fees", "the growing
// markets of mobile gaming", "health effects including his liver". A word of
// the fact's own must follow the preposition, no verb nor time: not "plans
// for processing" alone, "the award for October", nor the question's words
// again. Or by words before "and other" before it: "ringtones, wallpapers and
// other phone extras".
func focusSpecified(q question, c *index.Doc) bool {
	ft := q.focus()
	if ft == nil {
		return false
	}
	toks := c.Tokens()
	for _, use := range focusUses(q, toks) {
		if b := use.at; b >= 3 && toks[b-1].Norm == "other" && (toks[b-2].Norm == "and" || toks[b-2].Norm == "or") && !q.stems[toks[b-3].Stem] && !text.IsStopword(toks[b-3].Norm) {
			return true
		}
		k := use.end // "the health effects on his body", for "Which health effects...?"
		if k+1 >= len(toks) || !specifiers[toks[k].Norm] {
			continue
		}
		k++
		if toks[k-1].Norm == "such" && toks[k].Norm == "as" {
			k++
		}
		for k < len(toks) && (determiners[toks[k].Norm] || possessives[toks[k].Norm]) {
			k++
		}
		if k < len(toks) && !q.stems[toks[k].Stem] && !verbForm(toks[k]) && !text.IsStopword(toks[k].Norm) && !monthWords[toks[k].Norm] && !unicode.IsDigit([]rune(toks[k].Norm)[0]) {
			return true // not a time: "the award for October" says when, not which
		}
	}
	return false
}

// nounOnly reports whether a word in lower case can only be a noun, or a
// verb not written as one: after another noun, it is that noun's head.
func nounOnly(t text.Token) bool {
	pos := wordnet.PartsOfSpeech(t.Stem)
	return !t.Upper && !verbForm(t) && !text.IsStopword(t.Norm) && pos&wordnet.Noun != 0 && pos&(wordnet.Adjective|wordnet.Adverb) == 0
}

// qualifiedBefore reports whether a fact says which of a which-question's
// focus noun it means by a word of its own before the noun, in its phrase:
// "a poor monsoon that hit the farm sector" for "Which sector was hit?".
func qualifiedBefore(q question, c *index.Doc) bool {
	return q.focus() != nil && slices.ContainsFunc(focusUses(q, c.Tokens()), func(u focusUse) bool { return u.before })
}

// specifiers are the words after a noun that begin what singles out which
// of its kind are meant: examples ("like", "such as", "including") or what
// they are of, on or for.
var specifiers = text.Set(`like such including of on for from`)

// oneOfSaid reports whether a "Which of the Ns...?" question is answered by
// "the X one", X a word the question does not give, in a fact that says the
// noun: "two crisp, clear screens, and the bottom one is touch-sensitive".
func oneOfSaid(q question, c *index.Doc) bool {
	at := whatAt(q.Toks)
	if at < 0 || at+2 >= len(q.Toks) || q.Toks[at].Norm != "which" || q.Toks[at+1].Norm != "of" {
		return false
	}
	var noun *qterm
	for k := at + 2; k < len(q.Toks) && noun == nil; k++ {
		if t := q.termAt(k); t != nil && !q.Toks[k].Possessive {
			noun = t
		}
	}
	if noun == nil {
		return false
	}
	toks := c.Tokens()
	if !slices.ContainsFunc(toks, noun.heldWellBy) {
		return false
	}
	for i := 2; i < len(toks); i++ {
		if toks[i].Norm == "one" && determiners[toks[i-2].Norm] && !q.stems[toks[i-1].Stem] && !text.IsStopword(toks[i-1].Norm) {
			return true
		}
	}
	return false
}

// focusPlacedElsewhere reports whether a which-question places the kind it
// asks for ("Which European countries...?") and a fact says the noun only
// placed elsewhere, by another place's word right before it ("poorer
// African countries"): it tells of other ones.
func focusPlacedElsewhere(q question, c *index.Doc) bool {
	ft := q.focus()
	if !q.asksOneOfKind() || ft.At == 0 || !placeOrPeople(q.Toks[ft.At-1]) {
		return false
	}
	toks := c.Tokens()
	uses := focusUses(q, toks)
	for _, use := range uses {
		if use.at == 0 || q.stems[toks[use.at-1].Stem] || !placeOrPeople(toks[use.at-1]) {
			return false
		}
	}
	return len(uses) > 0
}

// placeOrPeople reports whether a word names a place or, capitalised, its
// people: "Kenya", "Kenyan", and "African", which WordNet derives from
// Africa, a name (a continent is no place of IsPlace's kinds).
func placeOrPeople(t text.Token) bool {
	if placeWord(t.Stem) || t.Upper && wordnet.IsNationality(t.Norm, t.Stem) {
		return true
	}
	if !t.Upper || !wordnet.IsName(t.Norm) {
		return false
	}
	for _, r := range wordnet.Related(t.Stem) {
		if r.Kind == wordnet.Derivation && r.Weight >= wordnet.MainSense && wordnet.IsName(wordnet.Word(r.Stem)) {
			return true
		}
	}
	return false
}

// focusOfAnother reports whether a which-question about a person it names
// ("Which university is Raj Reddy at?") is put to a fact that says the noun
// asked, in its words or in a name that holds it, only after another
// person's name and "of": "Eric Brewer of the University of California"
// tells of Brewer's university.
func focusOfAnother(q question, c *index.Doc, ix *index.Index) bool {
	ft := q.focus()
	isPerson := func(id string) bool { return ix.Names.Kind(id) == "person" }
	if q.Type != askWhich || ft == nil || !slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return slices.ContainsFunc(m.IDs, isPerson) }) {
		return false
	}
	toks := c.Tokens()
	// Where another person's name ends, and where the fact says the noun:
	// in its words, or in a name that holds it ("the University of
	// California").
	others := map[int]bool{}
	var at []int
	for _, use := range focusUses(q, toks) {
		at = append(at, use.at)
	}
	for _, m := range c.Mentions(ix.Names) {
		if slices.ContainsFunc(m.IDs, q.names) {
			continue
		}
		if slices.ContainsFunc(m.IDs, isPerson) {
			others[m.To-1] = true
		}
		if slices.ContainsFunc(toks[m.From:min(m.To, len(toks))], ft.heldBy) {
			at = append(at, m.From)
		}
	}
	for _, i := range at {
		k := i - 1
		for k >= 0 && determiners[toks[k].Norm] {
			k--
		}
		if k < 1 || toks[k].Norm != "of" || !others[k-1] {
			return false
		}
	}
	return len(at) > 0
}
