package index

import (
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// DeriveVersion names how facts are indexed: their terms and roles, and the
// stemming behind them. Stored indexes made under another version are rebuilt
// when a knowledge base is opened; bump it with any change to what Derive writes.
const DeriveVersion = 16

// Roles lists the entities a fact is about, with their role in it: "subject",
// "speaker", "object", or "mention" for a name its words hold.
func Roles(fa facts.Fact, ix *Names) map[string]string {
	out := map[string]string{}
	set := func(id, role string) {
		if id == "" {
			return
		}
		if _, ok := out[id]; !ok {
			out[id] = role
		}
	}
	set(fa.Subject, "subject")
	set(fa.Speaker, "speaker")
	if _, ok := ix.entities[fa.Object]; ok {
		set(fa.Object, "object")
	}
	all := strings.Join([]string{fa.Statement, fa.Quote, fa.Place, fa.Object}, " . ")
	toks := text.Tokenize(all)
	for _, m := range ix.Find(toks) {
		for _, id := range m.IDs {
			set(id, "mention")
		}
		for _, id := range ix.owners(toks, m) {
			set(id, "mention")
		}
	}
	return out
}

// parts is everything a reader might ask a fact with: its own words (see
// ownParts), and the roles of who acts and who speaks: "What did the mayor
// say?" should find the quote of the person whose title is mayor.
func parts(fa facts.Fact, ix *Names) []string {
	out := ownParts(fa, ix)
	for _, id := range []string{fa.Subject, fa.Speaker} {
		if t := ix.entities[id].Title; id != "" && t != "" {
			out = append(out, t)
		}
	}
	return out
}

// ownParts is what a fact says in its own fields, with the names of what it
// acts on, who acts and who speaks: its parts but the titles.
func ownParts(fa facts.Fact, ix *Names) []string {
	out := []string{fa.Statement, fa.Quote, fa.Predicate, fa.Place, fa.Unit, strings.Join(fa.Keywords, " . ")}
	if _, ok := ix.entities[fa.Object]; ok {
		out = append(out, ix.Name(fa.Object))
	} else {
		out = append(out, fa.Object)
	}
	for _, id := range []string{fa.Subject, fa.Speaker} {
		if id != "" {
			out = append(out, ix.Name(id))
		}
	}
	return out
}

// PartBreak separates a fact's fields in its index terms, so that words from two
// fields never look adjacent. A full-text tokenizer drops it.
const PartBreak = "|"

// Terms is the fact's text as index terms: stemmed words, stopwords removed,
// fields separated by PartBreak.
func Terms(fa facts.Fact, ix *Names) []string {
	var out []string
	for _, p := range parts(fa, ix) {
		if stems := TermsOf(p); len(stems) > 0 {
			if len(out) > 0 {
				out = append(out, PartBreak)
			}
			out = append(out, stems...)
		}
	}
	return out
}

// TermsOf turns text into index terms. Two words a hyphen joins into one
// that WordNet knows ("co-operating": "cooperating") give that word too,
// after them: a reader may write it either way.
func TermsOf(s string) []string {
	var out []string
	rs, toks := []rune(s), text.Tokenize(s)
	for i, t := range toks {
		if !text.IsStopword(t.Norm) {
			out = append(out, t.Stem)
		}
		if one := JoinedByHyphen(rs, toks, i); one != "" {
			out = append(out, one)
		}
	}
	return out
}

// JoinedByHyphen is the stem of the one word the words at i-1 and i make
// when a hyphen joins them and WordNet knows it ("co-operating": "cooper";
// not "set-top", no word joined), unless WordNet knows the two as a phrase,
// which is read as one already; "" otherwise. rs is the text toks were
// made of. A question's words are read so too.
func JoinedByHyphen(rs []rune, toks []text.Token, i int) string {
	if i == 0 || toks[i].Start != toks[i-1].End+1 || rs[toks[i-1].End] != '-' {
		return ""
	}
	one := text.Stem(toks[i-1].Norm + toks[i].Norm)
	if !wordnet.Known(one) || wordnet.Known(toks[i-1].Stem+" "+toks[i].Stem) {
		return ""
	}
	return one
}

// Text is the fact's searchable fields as one string, for code that matches
// words in a fact rather than index terms.
func Text(fa facts.Fact, ix *Names) string {
	return strings.Join(parts(fa, ix), " . ")
}

// Derived is what indexing a fact makes of it: its terms, space-separated, and
// the entities it is about with their roles.
type Derived struct {
	Terms string
	Roles map[string]string
}

// Derive indexes one fact against the names known.
func Derive(fa facts.Fact, ix *Names) Derived {
	return Derived{Terms: strings.Join(Terms(fa, ix), " "), Roles: Roles(fa, ix)}
}
