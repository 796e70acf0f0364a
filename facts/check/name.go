package check

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// knownName is one way the knowledge base writes an entity's name.
type knownName struct {
	id     string
	text   string   // as curated: "Nicolas de Riviere"
	norms  []string // its words, normalised
	upper  []bool   // which words are capitalised as curated
	isName bool     // the entity's name, not an alias
	kind   string   // the entity's kind, read once with the names
}

// knownNames groups every entity name and alias by its number of words,
// and indexes the names of two words or more by each of their words (see
// closeName).
func (ck *checker) knownNames() map[int][]knownName {
	out := map[int][]knownName{}
	ck.nameWords = map[int]map[string][]int{}
	// In a fixed order: of two entities written alike (one person in two
	// stories), the first met is the one a slip is read as, and so the
	// one whose facts the sentence is held to, on every check alike.
	entities := ck.ix.Names.Entities()
	for _, id := range slices.Sorted(maps.Keys(entities)) {
		e := entities[id]
		for i, n := range append([]string{e.Name}, e.Aliases...) {
			toks := text.Tokenize(n)
			if len(toks) == 0 {
				continue
			}
			kn := knownName{id: id, text: n, isName: i == 0, kind: e.Kind}
			for _, t := range toks {
				kn.norms = append(kn.norms, t.Norm)
				kn.upper = append(kn.upper, t.Upper || t.Caps)
			}
			if n := len(toks); n > 1 {
				if ck.nameWords[n] == nil {
					ck.nameWords[n] = map[string][]int{}
				}
				for _, w := range kn.norms {
					ck.nameWords[n][w] = append(ck.nameWords[n][w], len(out[n]))
				}
			}
			out[len(toks)] = append(out[len(toks)], kn)
		}
	}
	return out
}

// wordSlack is how many letters a name's word may be off by and still be taken
// for a misspelling of it: none for short words, where one letter makes another
// name (Jun, Jin), one for middling words, two for long ones. nameDistance
// relaxes it for a person's short name when the rest is exact.
func wordSlack(known string) int {
	switch n := len([]rune(known)); {
	case n >= 8:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// maxSlack is the most letters any word may be off (see wordSlack and
// nameDistance's person's middling word).
const maxSlack = 2

// nameMatch is a stretch of a draft's name that is a small edit away from a known name.
type nameMatch struct {
	from, to int
	kn       knownName
	dist     int
}

// checkName looks for a known name spelt slightly wrong inside a run of
// capitalised words ("Nicholas de Riviere" for "Nicolas de Riviere"). Only
// capitalised words are compared with capitalised words of known names, never
// a word that is itself a known name or word of the knowledge base, and a
// single word only against a person's long name: short names and common words
// are too often other names.
func (ck *checker) checkName(c claims.Claim) {
	d := ck.d
	covered := map[int]bool{}
	exact := false
	for _, m := range ck.mentions {
		if m.From >= c.From && m.To <= c.To {
			exact = true
			for i := m.From; i < m.To; i++ {
				covered[i] = true
			}
		}
	}
	if ck.names == nil {
		ck.names = ck.knownNames()
	}
	var found []nameMatch
	accounted := ck.accountedWords(c, covered)
	for i := c.From; i < c.To; i++ {
		for j := i + 1; j <= c.To && j-i <= ck.ix.Names.MaxWords(); j++ {
			allCovered := true
			for k := i; k < j; k++ {
				allCovered = allCovered && covered[k]
			}
			if allCovered || !d.Toks[i].Upper && !d.Toks[i].Caps || !restAccounted(c, i, j, accounted) {
				continue
			}
			if m, ok := ck.closeName(i, j); ok {
				found = append(found, m)
			}
		}
	}
	if exact || len(found) > 0 {
		ck.checked++
	}
	if len(found) == 0 {
		ck.noteNameSlip(c, covered)
		return
	}
	best := found[0]
	for _, m := range found[1:] {
		if m.to-m.from > best.to-best.from || m.to-m.from == best.to-best.from && m.dist < best.dist {
			best = m
		}
	}
	for _, m := range found {
		if m.from == best.from && m.to == best.to && m.dist == best.dist && m.kn.id != best.kn.id && !sameWords(m.kn, best.kn) {
			return // two entities equally close: no telling which is meant
		}
	}
	ck.mentions = append(ck.mentions, index.Mention{IDs: []string{best.kn.id}, From: best.from, To: best.to, Norm: best.kn.text})
	sp := trimPossessive(d.TokSpan(best.from, best.to))
	name := ck.ix.Names.Name(best.kn.id)
	msg := fmt.Sprintf("Possible misspelling: the knowledge base writes %q", best.kn.text)
	if !strings.EqualFold(name, best.kn.text) {
		msg += fmt.Sprintf(" (%s)", name)
	}
	f := facts.Finding{Kind: "name", Text: sp.Text, Start: sp.Start, End: sp.End, Expected: best.kn.text, Message: msg + "."}
	ck.misspelt = append(ck.misspelt, misspelling{f, best.kn.id})
}

// misspelling is a name finding and the entity meant.
type misspelling struct {
	facts.Finding
	entity string
}

// citeNames records the name findings, citing a fact about each entity.
func (ck *checker) citeNames() {
	for _, m := range ck.misspelt {
		f := m.Finding
		if cf := ck.factAbout(m.entity); cf != nil {
			src := cf.source
			f.FactID, f.Source = cf.FullID(), &src
		}
		ck.add(f)
	}
}

// restAccounted reports whether the words of the run outside i..j are known
// names or titles (accounted, by the run's word, from c.From). Otherwise the
// run is one unknown name ("Columbia University"), and part of it resembling
// a known name means nothing.
func restAccounted(c claims.Claim, i, j int, accounted []wordAccount) bool {
	for k := c.From; k < c.To; k++ {
		if a := accounted[k-c.From]; k < i && !a.before || k >= j && !a.after {
			return false
		}
	}
	return true
}

// wordAccount is whether a word of a run is accounted for before a name
// (where it may describe the one named) and after it.
type wordAccount struct{ before, after bool }

// accountedWords says, for each word of a run of capitals, whether it is
// a known name's (covered) or a word that says who or what someone is: a
// role, a particle, a small word, or, before the name, one that describes
// them (see describes).
func (ck *checker) accountedWords(c claims.Claim, covered map[int]bool) []wordAccount {
	out := make([]wordAccount, c.To-c.From)
	for k := c.From; k < c.To; k++ {
		t := ck.d.Toks[k]
		n := t.Norm
		after := covered[k] || text.IsRoleNoun(n) || text.IsRoleModifier(n) || text.IsNameParticle(n) || text.IsStopword(n)
		out[k-c.From] = wordAccount{before: after || describes(t), after: after}
	}
	return out
}

// describes reports whether a capitalised word before a name is a common
// English word, a word for a kind of person ("MP") or a nationality,
// describing the one named rather than naming another ("Controversial DJ
// Howard Sterne", "Conservative MP Michael Mayes"): English knows it, as a
// word that is no name of its own.
func describes(t text.Token) bool {
	return wordnet.IsNationality(t.Norm, t.Stem) || wordnet.Known(t.Stem) && (!wordnet.IsName(t.Norm) || wordnet.IsPeople(t.Stem))
}

// closeName compares draft tokens i..j with the known names of as many words.
func (ck *checker) closeName(i, j int) (nameMatch, bool) {
	toks := ck.d.Toks[i:j]
	parts := make([]string, len(toks))
	words := make([]draftWord, len(toks))
	for k, t := range toks {
		parts[k] = t.Norm
		words[k] = ck.draftWordOf(t)
		words[k].at = i + k
	}
	if len(ck.ix.Names.Named(strings.Join(parts, " "))) > 0 {
		return nameMatch{}, false
	}
	var best nameMatch
	ok, tie := false, false
	for _, kn := range ck.nameCandidates(words) {
		dist, ok2 := ck.nameDistance(words, kn)
		if !ok2 {
			continue
		}
		switch {
		case !ok || dist < best.dist || dist == best.dist && kn.id == best.kn.id && kn.isName:
			best, ok, tie = nameMatch{from: i, to: j, kn: kn, dist: dist}, true, false
		case dist == best.dist && kn.id != best.kn.id && !sameWords(kn, best.kn):
			tie = true
		}
	}
	return best, ok && !tie
}

// sameWords reports whether two known names are written alike: two
// stories' entities for one company ("Connectotel") are one spelling to
// suggest, whichever is cited.
func sameWords(a, b knownName) bool { return slices.Equal(a.norms, b.norms) }

// nameCandidates are the known names a draft's words may be a slip for: of
// one word, every one; of more, those that write one of the draft's words
// exactly (a name is told by the words it gets right), each once.
func (ck *checker) nameCandidates(words []draftWord) []knownName {
	n := len(words)
	if n == 1 {
		return ck.names[1]
	}
	var at []int
	for _, w := range words {
		at = append(at, ck.nameWords[n][w.t.Norm]...)
	}
	slices.Sort(at)
	at = slices.Compact(at)
	out := make([]knownName, len(at))
	for k, i := range at {
		out[k] = ck.names[n][i]
	}
	return out
}

// draftWord is a draft's word as nameDistance weighs it, read once for all
// the known names it is compared with.
type draftWord struct {
	t        text.Token
	written  bool // capitalised, and letters only
	known    bool // a word the knowledge base knows (knownWord)
	nameWord bool // a word of a known name
	runes    int
	at       int // its place in the draft
}

// draftWordOf reads a draft's word as nameDistance weighs it.
func (ck *checker) draftWordOf(t text.Token) draftWord {
	return draftWord{
		t:        t,
		written:  (t.Upper || t.Caps) && lettersOnly(t.Norm),
		known:    ck.knownWord(t) && !ck.nameStemOnly(t),
		nameWord: ck.ix.IsNameWord(t.Norm),
		runes:    len([]rune(t.Norm)),
	}
}

// nameDistance is how many letters the draft's words are off a known name's,
// when that is few enough to be a slip. Every differing word must be capitalised
// in both, unknown to the knowledge base, not an inflection or a longer form of
// the known word ("Liberian" for "Liberia"), and within its slack. A single word
// must be long and one letter off (two in a very long one: see
// maxSingleSlip); a short word may be one letter off only when
// a person's other names are written exactly ("Zhang Jin" for "Zhang Jun"),
// and one word of a person's name may end otherwise when the rest are
// (sharesHead), weighed as farther off than any slip within slack; a
// person's first name may be another altogether, their surname exact, where
// the sentence says again what a fact of theirs says (restatesOwnFact),
// weighed farther off still.
func (ck *checker) nameDistance(words []draftWord, kn knownName) (int, bool) {
	// The words' lengths first: no slack is more than two letters, and most
	// known names are far off.
	for k, w := range words {
		if d := w.runes - len([]rune(kn.norms[k])); w.t.Norm != kn.norms[k] && (d > maxSlack || d < -maxSlack || !kn.upper[k] || !w.written) {
			return 0, false
		}
	}
	dist, same := 0, 0
	short, inflected, loose, known, headSlip, otherFirst := false, false, false, false, false, false
	person := kn.kind == "person"
	for k, w := range words {
		t, a := w.t, kn.norms[k]
		if t.Norm == a {
			same++
			continue
		}
		// A word sharing the known word's stem is known only by it: Snowball
		// writes "Bourne" as "Bourn" and "Simonetty" as "Simonetti". An
		// inflection ("Liberias") is derived's to spot. A person's first
		// name may be another known name ("John Harley" for Jon Harley)
		// when their surname is written exactly.
		firstName := person && k == 0 && len(words) > 1
		if (w.known && t.Stem != text.Stem(a) || w.nameWord) && !firstName {
			return 0, false
		}
		if firstName && w.known {
			known = true
		}
		if derived(t.Norm, a) || derived(a, t.Norm) {
			// A person's name has no derived forms: "Paul Goosen" for Paul
			// Goosens is a slip, when the other names are written exactly.
			if !person || len(words) == 1 {
				return 0, false
			}
			inflected = true
		}
		// A name of its own in English, or a word, is no slip for a known
		// one when it stands alone: "Siberia" is not Liberia, nor
		// "Americas" American, nor "Person" (John Person) Pearson.
		// Beside a known name's other words it may be ("Eliot Spitzer").
		if len(words) == 1 && (wordnet.IsName(t.Norm) || wordnet.IsPlace(t.Stem) || wordnet.Known(t.Stem)) {
			return 0, false
		}
		slack := wordSlack(a)
		if slack == 0 && len([]rune(a)) >= 3 {
			slack, short = 1, true
		}
		if slack == 1 && person && len(words) > 1 {
			// "Alan Milbourne" for Alan Milburn: beside a person's other
			// names written exactly, a middling word may be two letters off.
			slack, loose = 2, true
		}
		d := text.OSADistance(t.Norm, a, slack)
		if d > slack && firstName && !w.known && !otherFirst && !text.IsHonorific(t.Norm) && len(words) == 2 && words[1].t.Norm == kn.norms[1] && ck.restatesOwnFact(kn, words[1]) {
			// "Venus Williams" for Serena Williams, in a sentence saying
			// again what a fact of hers says: her first name mistaken.
			otherFirst = true
			continue
		}
		if d > slack {
			// "Claire Armitage" for Claire Armistead: beside a person's
			// other names written exactly, a word that starts as the
			// known one does and ends otherwise (see sharesHead).
			if !person || len(words) == 1 || headSlip || !sharesHead(t.Norm, a) {
				return 0, false
			}
			headSlip = true
			continue
		}
		dist += d
	}
	if headSlip {
		if same != len(words)-1 {
			return 0, false
		}
		return maxSlack + 1, true // any slip within slack is likelier
	}
	if otherFirst {
		return maxSlack + 2, true // and any half-remembered name
	}
	if dist == 0 || inflected && same == 0 || loose && (same == 0 || dist > 2) || known && (same != len(words)-1 || dist > 1) {
		return 0, false
	}
	if short && (!person || same == 0 || dist > 1) {
		return 0, false
	}
	if len(words) == 1 && (len([]rune(kn.norms[0])) < 7 && !ck.namedWithOthers(kn, words[0]) && !ck.restatesFactOf(kn, words[0]) || dist > maxSingleSlip(kn.norms[0]) || kn.kind == "group" || kn.kind == "other" || kn.kind == "document") {
		return 0, false
	}
	return dist, true
}

// minHead is how many first letters a name's word must share with a known
// one for a different ending to be read as a slip (see sharesHead).
const minHead = 4

// sharesHead reports whether a draft's word starts as a known name's word
// does, for minHead letters and two fifths of the known word or more, and
// ends otherwise: a surname half remembered ("Hollingworth" for
// Hollinghurst).
func sharesHead(draft, known string) bool {
	p := 0
	for p < len(draft) && p < len(known) && draft[p] == known[p] {
		p++
	}
	return p >= minHead && 5*p >= 2*len(known)
}

// namedWithOthers reports whether a short name of one word, a person's, is
// one a fact gives beside another name the draft's sentence gives: "Franka
// scored with the last kick" beside Jerzy Dudek and Dimitar Berbatov is a
// slip for Franca, whom a fact names with them both. Alone, a short word a
// letter off a short name is as often another name.
func (ck *checker) namedWithOthers(kn knownName, w draftWord) bool {
	if kn.kind != "person" || len([]rune(kn.norms[0])) < 5 {
		return false
	}
	k := ck.sentenceAt(w.at)
	if k < 0 {
		return false
	}
	sts := ck.sentences()
	mine := ck.ix.EntityPostings([]string{kn.id})
	for _, m := range ck.mentions {
		if m.From < sts[k][0] || m.From >= sts[k][1] || slices.Contains(m.IDs, kn.id) || !properMention(ck.ix.Names, ck.d.Toks, m) {
			continue
		}
		theirs := ck.ix.EntityPostings(m.IDs)
		if slices.ContainsFunc(mine, func(r int32) bool { _, ok := slices.BinarySearch(theirs, r); return ok }) {
			return true
		}
	}
	return false
}

// minRestated is how many of a sentence's own words one fact of a named
// thing must hold for a short one-word slip in it to be read as that name.
const minRestated = 3

// restatesFactOf reports whether the sentence around a body's short name of
// one word, five letters or more, says again what one fact about the body
// says, in minRestated of its words: "Gogle has put a link on its sparse
// homepage" restates "Google has put a link on its famously sparse
// homepage". Alone, a word a letter off a short name is as often another
// name; a person's is read by the names beside it (namedWithOthers), as
// another person may well do what a fact says one did.
func (ck *checker) restatesFactOf(kn knownName, w draftWord) bool {
	return kn.kind != "person" && len([]rune(kn.norms[0])) >= 5 && ck.sentenceRestatesFactOf(kn.id, w.at)
}

// restatesOwnFact reports whether the sentence around a person's surname,
// written exactly after another first name, says again what one fact
// naming them says (see sentenceRestatesFactOf): the sentence is about
// them, and the first name is a slip.
func (ck *checker) restatesOwnFact(kn knownName, w draftWord) bool {
	return ck.sentenceRestatesFactOf(kn.id, w.at)
}

// sentenceRestatesFactOf reports whether the sentence around the draft's
// word at says again what one fact naming the entity id says, in
// minRestated of the sentence's own words (names aside).
func (ck *checker) sentenceRestatesFactOf(id string, at int) bool {
	k := ck.sentenceAt(at)
	if k < 0 {
		return false
	}
	st := ck.sentences()[k]
	mine := ck.ix.EntityPostings([]string{id})
	held := map[int32]int{}
	seen := map[string]bool{}
	for i := st[0]; i < st[1]; i++ {
		t := ck.d.Toks[i]
		if i == at || t.Upper || text.IsStopword(t.Norm) || !lettersOnly(t.Norm) || seen[t.Stem] {
			continue
		}
		seen[t.Stem] = true
		// Walk the shorter list and search the longer: a common word holds
		// thousands of facts, an entity most often a handful.
		short, long := mine, ck.ix.TermPostings(t.Stem)
		if len(long) < len(short) {
			short, long = long, short
		}
		for _, r := range short {
			if _, ok := slices.BinarySearch(long, r); ok {
				if held[r]++; held[r] >= minRestated {
					return true
				}
			}
		}
	}
	return false
}

// maxSingleSlip is how many letters a name of one word may be off: one, or
// two in a name as long as "GlaxoSmithKline", where two slips still leave
// most of it right.
func maxSingleSlip(known string) int {
	if len([]rune(known)) >= 12 {
		return 2
	}
	return 1
}

// derivedSuffixes turn a name into another word for the same thing:
// "Liberia" -> "Liberian", "Japan" -> "Japanese", "Turk" -> "Turkish".
var derivedSuffixes = []string{"n", "an", "ian", "ese", "i", "ish", "s", "es"}

// derived reports whether word is base with a derivational suffix.
func derived(word, base string) bool {
	for _, suf := range derivedSuffixes {
		if word == base+suf {
			return true
		}
	}
	return false
}

// knownWord reports whether a draft word is a word the knowledge base already
// knows, as a name or in its facts: such a word is not a misspelling.
func (ck *checker) knownWord(t text.Token) bool {
	return ck.ix.IsNameWord(t.Norm) || ck.ix.DF(t.Stem) > 0
}

// nameStemOnly reports whether a word is known to the knowledge base only
// by its stem, which is a name's word: "Johns" is not the "John" Snowball
// makes of it, and may be a slip for Jones.
func (ck *checker) nameStemOnly(t text.Token) bool {
	return t.Stem != t.Norm && !ck.ix.IsNameWord(t.Norm) && ck.ix.IsNameWord(t.Stem)
}

func lettersOnly(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// factAbout returns a fact to cite for an entity: one it is the subject or
// speaker of, else one that names it.
func (ck *checker) factAbout(id string) *checkFact {
	fx := ck.index()
	if l := append(slices.Clone(fx.bySubject[id]), fx.bySpeaker[id]...); len(l) > 0 {
		return ck.facts[slices.Min(l)]
	}
	// Else the first that names it: its roles as stored, when the store gave
	// them, rule the others out without reading their words.
	ck.spend(len(ck.facts))
	for _, cf := range ck.facts {
		if cf.doc != nil && cf.doc.Roles != nil && cf.doc.Roles[id] == "" {
			continue
		}
		if _, ok := cf.described().entities[id]; ok {
			return cf
		}
	}
	return nil
}
