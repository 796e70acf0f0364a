package check

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"fmt"
	"slices"
	"strings"
)

// rankModifiers change what a role is: a deputy ambassador is not the ambassador.
var rankModifiers = text.Set(`deputy vice assistant acting interim associate shadow`)

// pastRoles mark a title the person no longer holds (or not yet): the knowledge
// base records a current role, so these are not compared.
var pastRoles = text.Set(pastRoleWords)

// pastRoleWords are pastRoles as written; pastRoleStems the same, stemmed,
// for a clause's stems (see affiliatedNow).
const pastRoleWords = `former ex onetime then previous previously later future incoming outgoing erstwhile once`

var pastRoleStems = stemSet(pastRoleWords)

// genericModifiers qualify a role without changing it: a "top diplomat" and a
// "senior diplomat" are both diplomats.
var genericModifiers = text.Set(`top senior permanent special current new longtime veteran longstanding powerful influential
chief principal lead`)

// rolePhrase is a title read for comparison: its role nouns, the head (the
// last role noun before any "to the ..." tail) and the word qualifying the head
// ("foreign" in "foreign minister"), if any.
type rolePhrase struct {
	roles    map[string]bool
	head     string
	headNorm string // the head as written, lower case
	mod      string
	rank     string // a rank modifier among the words just before the head: "shadow" of "shadow home secretary"
	words    map[string]bool
	stems    map[string]bool // the same words, stemmed: what a qualifier (mod) is compared with
	// modProper is set when the qualifier is capitalised and no known name:
	// a proper adjective ("Tory" of "Tory leader").
	modProper bool
	// titleCase is set when the head is capitalised ("U.S. District
	// Judge"): its qualifier's capital says nothing of it.
	titleCase bool
	modNorm   string // the qualifier as written, lower case
	// all is the stems of every word of the title, past the head's tail.
	all map[string]bool
	// lead is the words before the head but small ones, lower case, in
	// order: "lib dem" of "the Lib Dem spokesman".
	lead []string
	// portfolios are the stems of the portfolio words before the head:
	// "foreign" of "foreign affairs spokesman".
	portfolios []string
	// before is the stem of the word just before the head, whatever it is:
	// "chief" of "chief executive".
	before string
	// tail is the stems of the words after "of" that say what the head is
	// over, names aside: "marketing" of "head of marketing".
	tail []string
}

// parseRole reads a title. Words of known names ("China's", "U.N.") are
// affiliations, not modifiers.
func (ck *checker) parseRole(s string) (rolePhrase, bool) {
	toks := expandRoleAbbreviations(text.Tokenize(s))
	p := rolePhrase{roles: map[string]bool{}, words: map[string]bool{}, stems: map[string]bool{}, all: map[string]bool{}}
	for _, t := range toks {
		p.all[t.Stem] = true
	}
	named := map[int]bool{}
	for _, m := range ck.ix.Names.Find(toks) {
		if ck.namesPerson(m) {
			continue // an alias of the person themselves ("Acme's chief executive") is all title
		}
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	head := -1
	for i, t := range toks {
		p.words[t.Norm], p.stems[t.Stem] = true, true
		if text.IsRoleNoun(t.Norm) || !named[i] && claims.IsRoleHead(t) {
			p.roles[t.Stem] = true
			head = i
			continue
		}
		if head >= 0 && text.IsTitlePreposition(t.Norm) {
			if t.Norm == "of" && i == head+1 {
				p.tail = overWhat(toks[i+1:], named, i+1)
			}
			break // "ambassador to the United Nations": the tail names whom for
		}
	}
	if head < 0 {
		return p, false
	}
	p.head, p.headNorm = toks[head].Stem, toks[head].Norm
	p.titleCase = toks[head].Upper && !toks[head].Caps
	for _, t := range toks[:head] {
		if !text.IsStopword(t.Norm) {
			p.lead = append(p.lead, t.Norm)
		}
		if portfolios[t.Stem] {
			p.portfolios = append(p.portfolios, t.Stem)
		}
	}
	for k := head - 1; k >= 0 && k >= head-3 && !text.IsStopword(toks[k].Norm); k-- {
		if rankModifiers[toks[k].Norm] {
			p.rank = toks[k].Norm
			break
		}
	}
	if k := head - 1; k >= 0 {
		n := toks[k].Norm
		if !named[k] && !text.IsStopword(n) {
			p.before = toks[k].Stem
		}
		// A role noun may qualify the head too: "executive" in "chief executive officer".
		if !named[k] && !text.IsStopword(n) && !rankModifiers[n] && !pastRoles[n] && !genericModifiers[n] && lettersOnly(n) {
			p.mod, p.modNorm = toks[k].Stem, n
			// "MP" of "MP, chairman of ..." is an office in capitals, no adjective.
			p.modProper = toks[k].Upper && !text.IsRoleNoun(n) && !text.IsRoleModifier(n) && !(toks[k].Caps && wordnet.Marked(n, toks[k].Stem, wordnet.People))
		}
	}
	return p, true
}

// otherProper reports whether two titles qualify their heads by different
// proper adjectives, neither a people's nor a place's, and neither title
// holds the other's anywhere ("Committee chairman" for the chairman of the
// Public Accounts Committee): a party ("Conservative MP" for a Labour MP), where
// "Welsh" and "Labour" may both be true.
func otherProper(a, b rolePhrase) bool {
	if !a.modProper || !b.modProper || a.mod == b.mod || a.all[b.mod] || b.all[a.mod] {
		return false
	}
	return !wordnet.IsNationality(a.modNorm, a.mod) && !wordnet.IsNationality(b.modNorm, b.mod) && !wordnet.IsPlace(a.mod) && !wordnet.IsPlace(b.mod)
}

// shortens reports whether the words of one title before its head shorten
// the other's: "Lib Dem" or "LibDem" for "Liberal Democrat", each piece the
// start of the next word, in order, or their initials ("SNP").
func shortens(short, long []string) bool {
	s := strings.Join(short, "")
	if len(s) < 2 || len(long) == 0 {
		return false
	}
	var from func(s string, k int) bool
	from = func(s string, k int) bool {
		if s == "" {
			return true
		}
		for ; k < len(long); k++ {
			w := long[k]
			for n := min(len(w), len(s)); n >= 2; n-- {
				if s[:n] == w[:n] && from(s[n:], k+1) {
					return true
				}
			}
		}
		return false
	}
	initials := ""
	for _, w := range long {
		initials += w[:1]
	}
	return strings.Contains(initials, s) || len(s) < len(strings.Join(long, "")) && from(s, 0)
}

// otherPortfolio reports whether each title names a portfolio before its
// head, anywhere among its words there ("foreign affairs spokesman"), and
// neither title holds any of the other's: two offices.
func otherPortfolio(a, b rolePhrase) bool {
	if len(a.portfolios) == 0 || len(b.portfolios) == 0 {
		return false
	}
	return !slices.ContainsFunc(a.portfolios, func(s string) bool { return b.all[s] }) && !slices.ContainsFunc(b.portfolios, func(s string) bool { return a.all[s] })
}

// qualifiesOther reports whether a's head is only the word that qualifies
// b's ("executive" of "executive chairman"), a itself qualified by a word b
// does not hold ("chief executive"): another office.
func qualifiesOther(a, b rolePhrase) bool {
	return a.head != b.head && a.head == b.mod && a.before != "" && !b.stems[a.before]
}

// overlaps reports whether a word of what one title's head is over is a
// word of the other title, there or before its head.
func overlaps(a, b rolePhrase) bool {
	return slices.ContainsFunc(a.tail, func(s string) bool { return b.stems[s] || slices.Contains(b.tail, s) })
}

// overWhat reads the words after a role's "of" up to another preposition:
// what the role is over ("marketing", "third party services"), names aside,
// for they say whose ("chip design division" of "head of Intel's chip
// design division"; "head of Vodafone" is over nothing named).
func overWhat(toks []text.Token, named map[int]bool, from int) []string {
	var out []string
	for k, t := range toks {
		if named[from+k] || t.Upper && !t.First {
			continue // whose: "Intel's" of "head of Intel's chip design division"
		}
		if text.IsPreposition(t.Norm) {
			break
		}
		if !text.IsStopword(t.Norm) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// roleAbbreviations are the usual short forms of offices.
var roleAbbreviations = map[string]string{
	"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
	"cto": "chief technology officer", "gm": "general manager", "md": "managing director",
}

// expandRoleAbbreviations writes "CEO" as "chief executive officer", so it
// compares with a title written out.
func expandRoleAbbreviations(toks []text.Token) []text.Token {
	var out []text.Token
	for _, t := range toks {
		long, ok := roleAbbreviations[t.Norm]
		if !ok {
			out = append(out, t)
			continue
		}
		for _, w := range text.Tokenize(long) {
			w.Start, w.End = t.Start, t.End
			out = append(out, w)
		}
	}
	return out
}

// namesPerson reports whether a mention names a person.
func (ck *checker) namesPerson(m index.Mention) bool {
	for _, id := range m.IDs {
		if e, ok := ck.entity(id); ok && e.Kind == "person" {
			return true
		}
	}
	return false
}

// fits reports whether a claimed role agrees with a recorded one: one's head is
// among the other's role nouns (or a lexicon synonym: envoy, ambassador), and
// where both qualify the head, alike (a finance minister is not a foreign one).
func (ck *checker) fits(claim, rec rolePhrase) bool {
	// The heads alike, or one head among the other's role words as written: a
	// "chief executive" is no "managing director", though a chief is a head.
	heads := ck.sameConcept(claim.head, rec.head) || rec.roles[claim.head] || claim.roles[rec.head] || clipped(claim.headNorm, rec.headNorm) || clipped(rec.headNorm, claim.headNorm)
	if !heads {
		return false
	}
	if otherProper(claim, rec) && !ck.sameConcept(claim.mod, rec.mod) && !shortens(claim.lead, rec.lead) && !shortens(rec.lead, claim.lead) {
		return false // a Conservative MP is no Labour MP
	}
	if otherPortfolio(claim, rec) {
		return false // a foreign affairs spokesman is no home affairs one
	}
	if qualifiesOther(claim, rec) || qualifiesOther(rec, claim) {
		return false // a chief executive is no executive chairman
	}
	if len(claim.tail) > 0 && len(rec.tail) > 0 && !overlaps(claim, rec) && !overlaps(rec, claim) {
		return false // a head of marketing is no head of third party services
	}
	switch {
	case claim.mod == "" || rec.mod == "" || claim.mod == rec.mod:
		return true
	case portfolios[claim.mod] && portfolios[rec.mod]:
		return false
	}
	// A portfolio against another qualifier that the other title does not
	// hold: a health secretary is no work and pensions secretary, though
	// "pensions" is no portfolio word of its own; a culture secretary may be
	// the culture, media and sport secretary.
	return !portfolios[claim.mod] && !portfolios[rec.mod] || rec.stems[claim.mod] || claim.stems[rec.mod]
}

// clipped reports whether a role noun is another written short by its
// last part: "keeper" of "goalkeeper", "writer" of "songwriter". The part
// left off is a noun of three letters or more, no rank ("vice") or small
// prefix ("co").
func clipped(short, long string) bool {
	rest, ok := strings.CutSuffix(long, short)
	return ok && len(short) >= 4 && len(rest) >= 3 && !rankModifiers[rest] && wordnet.PartsOfSpeech(text.Stem(rest))&wordnet.Noun != 0
}

// portfolios are the qualifiers that make one office another: a finance
// minister is not the foreign minister, a chief financial officer not the chief
// executive. Other qualifiers ("federal judge" for a district judge) are too
// loose to contradict.
var portfolios = stemSet(text.PortfolioWords)

// checkTitle compares the role a draft gives a person with the roles the
// knowledge base records for them, in their title and aliases: the role itself
// (minister is not ambassador, but envoy and diplomat may be; chief executive
// officer is chief executive), its rank (deputy) and whom it is held for
// (France's ambassador is not China's).
func (ck *checker) checkTitle(c claims.Claim) {
	if c.Name == nil || c.Title == nil {
		return
	}
	claim, ok := ck.parseRole(c.Title.Text)
	if !ok || ck.peopleWordBefore(*c.Name) || sharedRole(c.Title.Text) {
		return
	}
	// Two stories may each record the same person: the title is wrong only
	// if it is wrong for every record of them.
	var first *facts.Finding
	for _, person := range ck.personsIn(*c.Name) {
		f, judged := ck.titleOf(person, claim, c)
		if !judged {
			continue
		}
		if f == nil {
			if cf := ck.roleCheckFact(person); cf != nil {
				ck.support("title", *c.Title, cf)
			}
			ck.checked++
			return
		}
		if first == nil {
			first = f
		}
	}
	if first != nil {
		ck.checked++
		ck.add(*first)
	}
}

// sharedRole reports whether a title is one the draft says the person shares
// with another it tells of ("fellow speaker James MacMillan", "fellow
// Spaniard"): a part in the event, not the office the knowledge base records.
func sharedRole(title string) bool {
	toks := text.Tokenize(title)
	return len(toks) > 1 && toks[0].Norm == "fellow"
}

// peopleWordBefore reports whether a name span opens with a capitalised word
// for a kind of person that is no part of the name found after it: "fellow
// Spaniard Guillermo Garcia-Lopez". The title read before the name ("fellow")
// is then only the first of its words, and what the person is sits between.
func (ck *checker) peopleWordBefore(name claims.Span) bool {
	toks := ck.d.Toks
	for _, m := range ck.mentions {
		if from := toks[m.From].Start; from > name.Start && from < name.End {
			for k := m.From - 1; k >= 0 && toks[k].Start >= name.Start; k-- {
				if !text.IsHonorific(toks[k].Norm) && wordnet.Marked(toks[k].Norm, toks[k].Stem, wordnet.People) && !slices.ContainsFunc(ck.mentions, func(o index.Mention) bool { return o.From <= k && k < o.To }) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// titleOf compares a claimed role with the roles recorded for one person: a
// finding when it is wrong, nil when it fits; judged is false when nothing
// recorded for them compares.
func (ck *checker) titleOf(person string, claim rolePhrase, c claims.Claim) (f *facts.Finding, judged bool) {
	e, _ := ck.entity(person)
	past := false
	for w := range claim.words {
		past = past || pastRoles[w]
	}
	var recorded []rolePhrase
	recWords := map[string]bool{}
	var title rolePhrase // the recorded title, read (titled) for its rank below
	titled := false
	forms := append([]string{e.Title, e.Name}, e.Aliases...)
	if before, after, ok := strings.Cut(e.Title, " and "); ok {
		// Two offices in one title ("chair of the judges and Guardian
		// literary editor"): each is a role the person holds.
		forms = append(forms, before, after)
	}
	for i, s := range forms {
		if p, ok := ck.parseRole(s); ok {
			if i == 0 {
				title, titled = p, true
			}
			recorded = append(recorded, p)
			for w := range p.words {
				recWords[w] = true
			}
		}
	}
	if len(recorded) == 0 {
		return nil, false
	}
	if past {
		// A role the person no longer holds is compared only with the past
		// roles recorded for them ("former Chelsea chairman").
		recorded = slices.DeleteFunc(recorded, func(p rolePhrase) bool {
			for w := range p.words {
				if pastRoles[w] {
					return false
				}
			}
			return true
		})
		if len(recorded) == 0 {
			return nil, false
		}
	}
	// A generic alias ("the minister") holds no qualifier: where any recorded
	// form qualifies the head, the draft's qualifier is held to those.
	for i := range recorded {
		if recorded[i].mod != "" {
			continue
		}
		for _, o := range recorded {
			if o.mod != "" && ck.sameConcept(o.head, recorded[i].head) {
				// A party the recorded title names is the alias's too:
				// "Senator Brownbeck" is the Republican senator.
				recorded[i].mod, recorded[i].modNorm = o.mod, o.modNorm
				recorded[i].modProper = titled && title.modProper && !title.titleCase && title.mod == o.mod
			}
		}
	}
	expected := e.Title
	if expected == "" {
		expected = e.Name
	}
	wrong := true
	for _, rec := range recorded {
		if ck.fits(claim, rec) {
			wrong = false
			break
		}
	}
	if !wrong {
		for w := range claim.words {
			if rankModifiers[w] && !recWords[w] {
				wrong = true
				break
			}
		}
	}
	if !wrong && titled && !past && title.rank != "" && ck.sameConcept(title.head, claim.head) && !claim.words[title.rank] && !ck.wordsBefore(c.Title.Start, 3)[title.rank] {
		// Nor is the rank the recorded title gives left out: "Home
		// Secretary David Davis" for the shadow home secretary. The draft
		// may say it just before the words read as the title ("Shadow
		// sport spokesman").
		wrong = true
	}
	if !wrong && titled && title.modProper && ck.sameConcept(title.head, claim.head) && !claim.stems[title.mod] && ck.namesAnotherBody(*c.Title, person, title.mod) {
		wrong = true
	}
	if !wrong && ck.wrongAffiliation(person, *c.Title) == "" && ck.unknownAffiliation(person, *c.Title) == "" {
		return nil, true
	}
	msg := fmt.Sprintf("The knowledge base gives %s's role as %s.", e.Name, expected)
	return &facts.Finding{Kind: "title", Text: c.Title.Text, Start: c.Title.Start, End: c.Title.End, Expected: expected, Message: msg,
		FactID: ck.roleFact(person), Source: ck.roleSource(person)}, true
}

// wordsBefore are the draft's n words before the character offset at.
func (ck *checker) wordsBefore(at, n int) map[string]bool {
	out := map[string]bool{}
	toks := ck.d.Toks
	for i := len(toks) - 1; i >= 0 && n > 0; i-- {
		if toks[i].End <= at {
			out[toks[i].Norm] = true
			n--
		}
	}
	return out
}

// personsIn returns the person a name span refers to: one entity, or several
// that stories recorded under the same full name ("Gordon Brown" in two
// stories); none when it may be different people.
func (ck *checker) personsIn(sp claims.Span) []string {
	var found []string
	for _, id := range ck.entitiesIn(sp) {
		e, ok := ck.entity(id)
		if !ok || e.Kind != "person" || slices.Contains(found, id) {
			continue
		}
		if len(found) > 0 {
			if first, _ := ck.entity(found[0]); text.Fold(first.Name) != text.Fold(e.Name) {
				return nil
			}
		}
		found = append(found, id)
	}
	return found
}

// roleStems returns the stems of the role nouns in a title, and all its words.
func roleStems(s string) ([]string, map[string]bool) {
	var roles []string
	words := map[string]bool{}
	for _, t := range text.Tokenize(s) {
		words[t.Norm] = true
		if text.IsRoleNoun(t.Norm) {
			roles = append(roles, t.Stem)
		}
	}
	return roles, words
}

// wrongAffiliation returns a country or organisation the draft's title ties the
// person to when the knowledge base ties them to another of the same kind.
func (ck *checker) wrongAffiliation(person string, title claims.Span) string {
	aff := ck.affiliations(person)
	seen := map[string]bool{}
	named := append([]string(nil), ck.entitiesIn(title)...)
	for _, t := range text.Tokenize(title.Text) {
		if t.Upper && !text.IsStopword(t.Norm) {
			named = append(named, ck.ix.Names.Named(t.Norm)...)
		}
	}
	for _, id := range named {
		if id == person || seen[id] || aff[id] {
			continue
		}
		seen[id] = true
		e, ok := ck.entity(id)
		if !ok || (e.Kind != "country" && e.Kind != "organization") {
			continue
		}
		sameKind := false
		for a := range aff {
			if ae, ok := ck.entity(a); ok && ae.Kind == e.Kind {
				sameKind = true
				if ck.memberLinked(a, id) {
					sameKind = false
					break
				}
			}
		}
		if sameKind {
			return e.Name
		}
	}
	return ""
}

// namesAnotherBody reports whether a draft's title names a country or an
// organisation, none of whose names is the proper adjective the recorded title
// gives in its place: "Labour leader Michael Howard" for the "Tory leader",
// where the knowledge base knows Labour, and the Conservatives as the Tories,
// but no "Tory". A title naming the Tories ("leader of the Conservatives")
// agrees.
func (ck *checker) namesAnotherBody(title claims.Span, person, recorded string) bool {
	named := false
	for _, id := range ck.entitiesIn(title) {
		if e, ok := ck.entity(id); !ok || id == person || e.Kind != "country" && e.Kind != "organization" {
			continue
		}
		if nameStems(ck.ix.Names, []string{id})[recorded] {
			return false
		}
		named = true
	}
	return named
}

// roleFact is the fact that states a person's role, if one does: the subject is
// the person and the object or statement holds a role noun.
func (ck *checker) roleFact(person string) string {
	if cf := ck.roleCheckFact(person); cf != nil {
		return cf.FullID()
	}
	return ""
}

func (ck *checker) roleSource(person string) *facts.Source {
	if cf := ck.roleCheckFact(person); cf != nil {
		src := cf.source
		return &src
	}
	return nil
}

func (ck *checker) roleCheckFact(person string) *checkFact {
	var best *checkFact
	for _, cf := range ck.factsOf(ck.index().bySubject[person]) {
		roles, _ := roleStems(cf.Object + " " + cf.Predicate)
		if len(roles) > 0 {
			return cf
		}
		if r, _ := roleStems(cf.Statement); best == nil && len(r) > 0 {
			best = cf
		}
	}
	if best == nil {
		best = ck.factAbout(person) // the title is the entity's; cite its story
	}
	return best
}

// unknownAffiliation returns a name the draft's title ties the person to that
// the knowledge base does not know, where it records another in that place:
// "German ambassador" for France's, "director for Amnesty International" for
// Human Rights Watch's. A name before the role stands for a country; one after
// "for", "of" or "at", for an organisation. "" when there is none, or when the
// title also names what the knowledge base records there.
func (ck *checker) unknownAffiliation(person string, title claims.Span) string {
	toks := text.Tokenize(title.Text)
	named := make([]bool, len(toks))
	mentioned := map[string]bool{}
	for _, m := range ck.ix.Names.Find(toks) {
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
		for _, id := range m.IDs {
			mentioned[id] = true
		}
	}
	head, tail := -1, -1
	for i, t := range toks {
		if text.IsRoleNoun(t.Norm) && tail < 0 {
			head = i
		} else if head >= 0 && tail < 0 && text.IsTitlePreposition(t.Norm) {
			tail = i
		}
	}
	if head < 0 {
		return ""
	}
	var before, after string
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Upper && !named[j] && !roleWord(toks[j].Norm) {
			j++
		}
		if j > i && (j-i >= 2 || wordnet.IsName(toks[i].Norm) || !wordnet.Known(toks[i].Stem)) {
			name := title.Text[toks[i].Start:toks[j-1].End]
			switch {
			case j <= head:
				before = name
			case tail >= 0 && i > tail:
				after = name
			}
		}
		i = max(j, i+1)
	}
	missing := func(kind string) bool {
		for a := range ck.affiliations(person) {
			if e, ok := ck.entity(a); ok && e.Kind == kind && !mentioned[a] {
				return true
			}
		}
		return false
	}
	switch {
	case before != "" && missing("country"):
		return before
	case after != "" && missing("organization"):
		return after
	}
	return ""
}

// roleWord reports whether a word belongs to a title's role rather than naming
// whom it is held for: "Deputy Foreign Minister", "Senior Vice President".
func roleWord(norm string) bool {
	return text.IsRoleNoun(norm) || text.IsRoleModifier(norm) || rankModifiers[norm] || genericModifiers[norm] ||
		pastRoles[norm] || portfolios[text.Stem(norm)] || text.IsStopword(norm) || text.IsTitlePreposition(norm)
}
