package check

import (
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// A hurried curator makes entities of the people a story is about, not of
// everyone its statements and quotations name: "They have some very good
// creative players in Damien Duff and Arjen Robben" names two players the
// knowledge base knows only in those recorded words. A draft's "Arjen
// Roben" is a slip for the name the fact writes, told by the word it gets
// right.

// nameSlip is a two-word name of a draft that no entity's name is close to:
// one word the knowledge base knows, written exactly (at), the other unknown
// to it (slip), just before or after.
type nameSlip struct {
	at, slip int
}

// maxNameFacts is how many facts writing a slip's exact word are read to
// find the name it may be a slip for.
const maxNameFacts = 8

// noteNameSlip records a run of capitals of two words, one known to the
// knowledge base and one not, that checkName found no entity's name close
// to: the statements that write the known word may name the one meant.
func (ck *checker) noteNameSlip(c claims.Claim, covered map[int]bool) {
	if c.To-c.From != 2 || covered[c.From] || covered[c.From+1] {
		return
	}
	a, b := ck.d.Toks[c.From], ck.d.Toks[c.From+1]
	if !ck.d.SameSentence(c.From, c.From+1) || !lettersOnly(a.Norm) || !lettersOnly(b.Norm) || a.Possessive {
		return
	}
	switch ka, kb := ck.knownWord(a), ck.knownWord(b); {
	case ka && !kb && !ck.ix.IsNameWord(b.Norm):
		ck.slips = append(ck.slips, nameSlip{at: c.From, slip: c.From + 1})
	case kb && !ka && !ck.ix.IsNameWord(a.Norm):
		ck.slips = append(ck.slips, nameSlip{at: c.From + 1, slip: c.From})
	}
}

// slipQueries are the exact words of the slips, to find the facts that write
// them.
func (ck *checker) slipQueries() [][]string {
	var out [][]string
	for _, s := range ck.slips {
		out = append(out, []string{ck.d.Toks[s.at].Stem})
	}
	return out
}

// checkNameSlips compares each slip with the names the loaded statements
// write beside its exact word: one name close enough (as a person's name one
// word of which is written exactly: see nameDistance) is the one meant; two
// or more, and there is no telling which.
func (ck *checker) checkNameSlips() {
	for _, s := range ck.slips {
		exact := ck.d.Toks[s.at]
		side := s.slip - s.at // the slip's place beside the exact word: -1 or 1
		var meant string
		var cite *checkFact
		tie := false
		for _, cf := range ck.facts {
			for _, w := range cf.writings() {
				for _, name := range ck.namesBesideIn(s, exact, side, w) {
					switch {
					case meant == "":
						meant, cite = name, cf
					case !strings.EqualFold(meant, name):
						tie = true
					}
				}
			}
		}
		if meant == "" || tie {
			continue
		}
		sp := ck.d.TokSpan(min(s.at, s.slip), max(s.at, s.slip)+1)
		src := cite.source
		ck.add(facts.Finding{Kind: "name", Text: sp.Text, Start: sp.Start, End: sp.End, Expected: meant,
			Message: fmt.Sprintf("Possible misspelling: the knowledge base writes %q.", meant), FactID: cite.FullID(), Source: &src})
		ck.checked++
	}
}

// writing is a text a fact writes, its statement or its quotation, with
// its words.
type writing struct {
	text string
	toks []text.Token
}

// writings are the texts a fact writes names in: its statement, and the
// words it records someone saying ("Damien Duff and Arjen Robben"), which a
// curator leaves unsaid in the statement.
func (cf *checkFact) writings() []writing {
	out := []writing{{cf.Statement, cf.doc.Tokens()}}
	if cf.Quote != "" {
		if cf.quoteToks == nil {
			cf.quoteToks = text.Tokenize(cf.Quote)
		}
		out = append(out, writing{cf.Quote, cf.quoteToks})
	}
	return out
}

// namesBesideIn lists the names of two words a text writes that a slip may
// be for: the slip's exact word, and beside it on the slip's side (-1 or 1)
// a capitalised word close enough to the slip (see slipOf).
func (ck *checker) namesBesideIn(s nameSlip, exact text.Token, side int, w writing) []string {
	var out []string
	var rs []rune // the text, read only when it writes the exact word
	toks := w.toks
	for i, t := range toks {
		j := i + side
		if t.Norm != exact.Norm || !t.Upper || j < 0 || j >= len(toks) || !toks[j].Upper || !lettersOnly(toks[j].Norm) {
			continue
		}
		if rs == nil {
			rs = []rune(w.text)
		}
		if !spacedIn(rs, toks, min(i, j)) || !ck.slipOf(s, toks[min(i, j)], toks[max(i, j)]) {
			continue
		}
		out = append(out, string(rs[toks[min(i, j)].Start:toks[max(i, j)].End]))
	}
	return out
}

// spacedIn reports whether tokens i and i+1 of a statement are two words of
// one name: a single space between them.
func spacedIn(rs []rune, toks []text.Token, i int) bool {
	return toks[i+1].Start-toks[i].End == 1 && rs[toks[i].End] == ' '
}

// slipOf reports whether the draft's two words are a slip for a person's
// name a statement writes (first and second), weighed as checkName weighs
// a known person's name (see nameDistance): the word written exactly, the
// other within a person's slack.
func (ck *checker) slipOf(s nameSlip, first, second text.Token) bool {
	a, b := min(s.at, s.slip), max(s.at, s.slip)
	var words []draftWord
	for _, t := range ck.d.Toks[a : b+1] {
		words = append(words, ck.draftWordOf(t))
	}
	kn := knownName{norms: []string{first.Norm, second.Norm}, upper: []bool{true, true}, kind: "person"}
	_, ok := ck.nameDistance(words, kn)
	return ok
}
