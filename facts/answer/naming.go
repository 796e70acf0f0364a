package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// nameAskedOf is the noun of a question whose name it asks, and where its
// word of naming is ("What is U2's new album called?": album, and "called";
// "What is the name of Hague's wife?": wife, and "name"), or nil: a
// what-question that ends in a verb of naming in the past participle
// ("called", "named"), with a form of "be" after "what" and a noun of the
// question just before the verb; or one that asks "the name of" a noun, its
// first word after "of" (nil, with where "name" is, when only a name the
// knowledge base knows follows). Such a question is answered by a fact that
// names a thing beside that noun ("U2's new album, How To Dismantle An Atomic
// Bomb", "his wife Ffion"), which seldom says "called" or "name".
func (q question) nameAskedOf() (*qterm, int) {
	n := len(q.Toks)
	if q.Type != askWhat && q.Type != askWho || n < 4 || q.Toks[0].Norm != "what" && q.Toks[0].Norm != "whats" {
		return nil, -1 // "What is the name of Hague's wife?" asks who she is
	}
	if !q.Toks[0].Possessive && q.Toks[0].Norm != "whats" && !beForms[q.Toks[1].Norm] {
		return nil, -1
	}
	if last := q.Toks[n-1]; q.Type == askWhat && strings.HasSuffix(last.Norm, "ed") && namingVerb(last.Stem) {
		return q.termAt(n - 2), n - 1
	}
	for i := 1; i+2 < n && i <= 3; i++ {
		if q.Toks[i].Stem != namingStem || q.Toks[i+1].Norm != "of" {
			continue
		}
		for _, t := range q.Terms {
			if t.At > i+1 {
				return &t, i // "the name of Hague's wife": wife
			}
		}
		return nil, i // "the name of the FAO report": a thing the knowledge base knows (see saysNameOfDescribed)
	}
	return nil, -1
}

// ownNameAsked reports whether a what-question asks the name a thing it
// names goes by ("What is Bono's real name?", "What was MCI's old name?"):
// a fact that writes no name but the one asked about ("Salam Pax is not
// the blogger's real name") does not answer it (see givesAnotherName).
func (q question) ownNameAsked() bool {
	n := len(q.Toks)
	if q.Type != askWhat || n < 4 || q.Toks[n-1].Stem != namingStem {
		return false
	}
	for k := n - 2; k >= max(1, n-3); k-- {
		if q.Toks[k].Possessive {
			return slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return m.To == k+1 })
		}
	}
	return false
}

// givesAnotherName reports whether a fact writes a name the question does
// not, in capitals: "Paul Hewson" for Bono, though a curator may have
// recorded it as one of his names. A word of English that opens the
// sentence ("Originally...") is no name.
func givesAnotherName(q question, c *index.Doc) bool {
	return slices.ContainsFunc(c.Tokens(), func(t text.Token) bool {
		return t.Upper && !(t.First && index.KnownWord(t.Stem)) && !q.norms[t.Norm] && !text.IsStopword(t.Norm) && !monthWords[t.Norm] && !text.IsHonorific(t.Norm)
	})
}

// namingVerb reports whether a verb is one of naming: "name", or one whose
// synonym in its main sense it is ("call").
func namingVerb(stem string) bool { return isOrSynonym(stem, mainSynonym, namingStem) }

// namingStem is the stem of "name", the verb of naming.
var namingStem = text.Stem("name")

// namesItBeside reports whether a fact names a thing right beside its use
// of the noun whose name the question asks: just before it, past the
// question's own words in lower case ("its Blogger site", "Hotseat's Solo
// Chassis gaming chair"), but not an owner's name ("Theo Van Gogh's
// film"), or just after it, or after a verb of naming or "is" ("U2's new
// album, How To Dismantle An Atomic Bomb", "a service called MSN Spaces",
// "Fosters' main wine business is Beringer Blass"), or before it across a
// comma and an owner's word ("The Aviator, his biopic"). A use must be a
// noun ("showed" is no show) and say the question's words before the noun
// that can be adjectives, which tell which one it is: "Chris Morris's new
// show" is not "the TV show Brass Eye" of a fact that tells of his new
// sitcom.
func namesItBeside(q question, noun *qterm, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	qualifiers := adjectivesBefore(q, noun.At)
	for _, use := range nounUses(q, noun, toks) {
		if verbForm(toks[use.at]) || !saysBefore(toks, use.at, qualifiers) {
			continue
		}
		k := use.at - 1
		for k >= 0 && !toks[k].Upper && q.stems[toks[k].Stem] && !text.IsStopword(toks[k].Norm) {
			k--
		}
		if k >= 1 && possessives[toks[k].Norm] && commaBetween(rs, toks[k-1], toks[k]) {
			k-- // "the A350, its rival to the 7E7": the name, then what it is
		}
		if k >= 0 && toks[k].Upper && !toks[k].Possessive && namesBeside(q, rs, toks[k]) && !bodyOrPlaceAt(c, k, ix) {
			return true
		}
		k = use.at + use.n
		if k < len(toks) && (namingVerb(toks[k].Stem) || toks[k].Norm == "is" || toks[k].Norm == "was") {
			k++ // "a service called MSN Spaces", "Fosters' main wine business is Beringer Blass"
		}
		// A name may open with a small word: "How To Dismantle An Atomic Bomb".
		for end := min(len(toks), k+3); k < end; k++ {
			if namesBeside(q, rs, toks[k]) {
				return true
			}
			if !toks[k].Upper {
				break
			}
		}
	}
	return false
}

// bodyOrPlaceAt reports whether the word at i is in the name of a place or
// a body the fact names: before a noun it says whose the thing is or where,
// not what it is called ("the EU project", "a US firm").
func bodyOrPlaceAt(c *index.Doc, i int, ix *index.Index) bool {
	for _, m := range c.Mentions(ix.Names) {
		if m.From <= i && i < m.To && slices.ContainsFunc(m.IDs, func(id string) bool { return ownsOrPlaces(ix.Names.Kind(id)) }) {
			return true
		}
	}
	return false
}

// ownsOrPlaces reports whether an entity of a kind owns or places a thing
// rather than names it: a place, or a body that acts (see isAgent) but no
// person.
func ownsOrPlaces(kind string) bool { return placeKinds[kind] || isAgent(kind) && kind != "person" }

// adjectivesBefore are the stems of the question's words just before its
// word at i, back to its first small word or owner, that can be adjectives
// ("new").
func adjectivesBefore(q question, i int) []string {
	var out []string
	for k := i - 1; k >= 0 && !text.IsStopword(q.Toks[k].Norm) && !q.Toks[k].Possessive; k-- {
		if wordnet.PartsOfSpeech(q.Toks[k].Stem)&wordnet.Adjective != 0 {
			out = append(out, q.Toks[k].Stem)
		}
	}
	return out
}

// saysBefore reports whether a fact says each of stems within its noun
// phrase's reach before the word at i.
func saysBefore(toks []text.Token, i int, stems []string) bool {
	for _, s := range stems {
		if !slices.ContainsFunc(toks[max(0, i-focusReach):i], func(t text.Token) bool { return t.Stem == s }) {
			return false
		}
	}
	return true
}

// saysNameOfDescribed reports whether a question asks what a thing is
// called by words the curator gave it as an alias ("What was Portishead's
// debut album called?", "debut album" an alias of Dummy), the words just
// before the verb of naming or just after "the name of" ("What is the name of
// the FAO report?"), and the fact says the thing's own name: that name is the
// answer.
func saysNameOfDescribed(q question, namingAt int, c *index.Doc, ix *index.Index) bool {
	after := -1 // where a name asked by "the name of" starts; "the names of the 12 detainees" asks theirs, one by one
	if namingAt+2 < len(q.Toks) && q.Toks[namingAt].Norm == "name" && q.Toks[namingAt+1].Norm == "of" {
		after = namingAt + 2
		if q.Toks[after].Norm == "the" {
			after++
		}
	}
	for _, m := range q.Entities {
		if m.To != namingAt && m.From != after {
			continue
		}
		for _, id := range m.IDs {
			name := text.NormPhrase(ix.Names.Name(id))
			if name == "" || name == m.Norm {
				continue // asked by its name: nothing to tell
			}
			// The fact's mentions of the thing, found once for every
			// question: one of them is its own name.
			if slices.ContainsFunc(c.Mentions(ix.Names), func(o index.Mention) bool { return o.Norm == name && slices.Contains(o.IDs, id) }) {
				return true
			}
		}
	}
	return false
}

// nameNotGiven reports whether a question asking the name of a thing ("What
// is the name of the shell company?") has a fact name nothing beside the head
// of its noun phrase nor say the word of naming: "an unknown shell company",
// "a Brazilian programmer had posted" give no name.
func nameNotGiven(q question, c *index.Doc, ix *index.Index) bool {
	of, at := q.nameAskedOf()
	return of != nil && !namesItBeside(q, q.phraseHead(of), c, ix) && (q.termAt(at) == nil || !saysNaming(c, *q.termAt(at)))
}

// saysNaming reports whether a fact says the question's word of naming
// ("called"), or one it holds well, as naming: not as part of another verb
// WordNet knows with the word after it ("has called for a tightening" asks
// for one, and names nothing).
func saysNaming(c *index.Doc, t qterm) bool {
	toks := c.Tokens()
	for i, tok := range toks {
		if termCreditIn(" "+tok.Stem+" ", t) < verbHeld {
			continue
		}
		if i+1 < len(toks) && wordnet.Phrase(tok.Stem+" "+toks[i+1].Stem) {
			continue
		}
		return true
	}
	return false
}

// phraseHead is the last noun of the question's words that run on from t
// without a break: "programmer" of "the Brazilian programmer", for a name is
// given beside the head of a phrase ("Brazilian programmer Marcelo Souza").
func (q question) phraseHead(t *qterm) *qterm {
	head := t
	for {
		next := q.termAt(head.At + 1)
		if next == nil || verbForm(q.Toks[next.At]) || wordnet.PartsOfSpeech(q.Toks[next.At].Stem)&wordnet.Noun == 0 {
			return head
		}
		head = next
	}
}
