package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// "Whose film is Million Dollar Baby?" asks whose a named thing is. The fact
// that answers says so by a possessive, before the thing's name ("Clint
// Eastwood's Million Dollar Baby") or after it and a form of "be" ("Million
// Dollar Baby is Clint Eastwood's boxing drama"). The noun after "whose" says
// what kind of thing it is, which such a fact need not repeat ("film"), and
// no one in the question acts on anyone: "is" is no act.

// ownedAsked is the thing a "Whose N is X?" question asks the owner of: the
// name after the form of "be" that ends the question, the words between
// "whose" and it saying what kind of thing it is; nil otherwise.
func (q question) ownedAsked() *index.Mention {
	toks := q.Toks
	if len(toks) < 4 || toks[0].Norm != "whose" {
		return nil
	}
	k := 1
	for k < len(toks) && !beForms[toks[k].Norm] {
		if text.IsStopword(toks[k].Norm) || q.inEntity(k) {
			return nil
		}
		k++
	}
	from := k + 1
	if from < len(toks) && toks[from].Norm == "the" {
		from++
	}
	if k == 1 || from >= len(toks) {
		return nil
	}
	for i, m := range q.Entities {
		if (m.From == from || m.From == k+1) && m.To == len(toks) {
			return &q.Entities[i]
		}
	}
	return nil
}

// readOwned reads ownedAsked, and drops the words of a whose-question that
// say what kind of thing its owner is asked of ("film" of "Whose film is
// Million Dollar Baby?"): a fact that says whose it is need not say what it
// is, and the name is all there is to hold.
func (q *question) readOwned() {
	m := q.ownedAsked()
	if m == nil {
		return
	}
	q.owned = m.IDs
	q.Terms = slices.DeleteFunc(q.Terms, func(t qterm) bool { return t.At < m.From })
}

// ownerSaid is the owner a fact gives of the thing a whose-question names
// (its possessive's word, "" for none): a capitalised possessive before its
// name, a few words that describe it between or none ("Eric Clapton's 1991
// hit", "Toshiba's HD-DVD"), or after it and a form of "be" ("is Clint
// Eastwood's boxing drama").
func ownerSaid(q question, c *index.Doc, ix *index.Index) string {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	owner := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Upper && toks[k].Possessive }
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(q.owned, id) }) {
			continue
		}
		if k := titleStart(toks, rs, m.From); owner(k) {
			return toks[k].Norm
		}
		if o := kindOfOwner(q, toks, rs, m.To); o != "" {
			return o
		}
		if m.To < len(toks) && beForms[toks[m.To].Norm] {
			for k := m.To + 1; k < len(toks) && k <= m.To+3; k++ {
				if owner(k) {
					return toks[k].Norm
				}
			}
		}
	}
	return ""
}

// kindOfOwner is the owner a fact gives after the thing's name by the
// question's own word for its kind, set off by a comma and followed by "of"
// ("Jackie Stallone, mother of actor Sylvester", for "Whose mother is
// Jackie Stallone?"): the first capitalised word of the three after "of";
// "" for none.
func kindOfOwner(q question, toks []text.Token, rs []rune, at int) string {
	if at == 0 || at+2 >= len(toks) || !commaBetween(rs, toks[at-1], toks[at]) {
		return ""
	}
	be := slices.IndexFunc(q.Toks, func(t text.Token) bool { return beForms[t.Norm] })
	kind := be > 1 && slices.ContainsFunc(q.Toks[1:be], func(t text.Token) bool { return t.Stem == toks[at].Stem })
	if !kind || toks[at+1].Norm != "of" {
		return ""
	}
	for k := at + 2; k < len(toks) && k <= at+4; k++ {
		if toks[k].Upper {
			return toks[k].Norm
		}
	}
	return ""
}

// ownersGiven is the owner each candidate fact gives of the thing a
// whose-question names (see ownerSaid), read once for all of them by rank;
// nil when none gives one. When one does, the others, which name the thing
// but not whose it is, do not answer as well.
func ownersGiven(q question, cands []*index.Doc, ix *index.Index) map[*index.Doc]string {
	if q.owned == nil {
		return nil
	}
	var out map[*index.Doc]string
	for _, c := range cands {
		if o := ownerSaid(q, c, ix); o != "" {
			if out == nil {
				out = map[*index.Doc]string{}
			}
			out[c] = o
		}
	}
	return out
}

// ownerOfAsked reports whether a "Whose N...?" question's noun stands in the
// fact a few words after an owner's word ("'s"), which says whose it is:
// "plays to the far right's racist agenda".
func ownerOfAsked(q question, c *index.Doc) bool {
	if len(q.Toks) < 3 || q.Toks[0].Norm != "whose" {
		return false
	}
	n := q.termAt(1)
	if n == nil {
		return false
	}
	toks := c.Tokens()
	for i, t := range toks {
		if !t.Possessive || q.stems[t.Stem] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if termCreditIn(" "+toks[k].Stem+" ", *n) >= 1 {
				return true
			}
		}
	}
	return false
}
