package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A "Where is Patty Schnyder from?" question is answered by the place a fact
// sets beside her name: "Patty Schnyder from Switzerland", "Conchita
// Martinez of Spain", "Russia's Elena Bovina", "American Lindsay Davenport".
// Another fact about her may name a place beside someone else ("Patty
// Schnyder defeated China's Li Na"): it holds her name and a place too, and
// ranks as high, but says nothing of where she is from. When a candidate
// places her, the places the others name are someone else's.

// placedElsewhere is the fit of a fact for an origin question when another
// fact sets a place beside the one asked about and this one does not.
const placedElsewhere = 0.5

// placedOrigin reports whether a question asks where someone is from and a
// candidate fact says it beside their name; read once for all of them.
func placedOrigin(q question, cands []*index.Doc, ix *index.Index) bool {
	return (asksOrigin(q) || whichOrigin(q)) && slices.ContainsFunc(cands, func(c *index.Doc) bool { return placesAsked(q, c, ix) })
}

// placesAsked reports whether a fact names a place, or a nationality, beside
// a name the question gives.
func placesAsked(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	ms := c.Mentions(ix.Names)
	placeAt := func(i int) bool {
		for _, m := range ms {
			if m.From == i && slices.ContainsFunc(m.IDs, func(id string) bool { return placeKinds[ix.Names.Kind(id)] }) {
				return true
			}
		}
		return toks[i].Upper && wordnet.IsPlace(toks[i].Stem)
	}
	for _, m := range ms {
		if !slices.ContainsFunc(m.IDs, q.names) {
			continue
		}
		if m.To+1 < len(toks) && (toks[m.To].Norm == "from" || toks[m.To].Norm == "of") && placeAt(m.To+1) {
			return true
		}
		if m.From > 0 {
			before := toks[m.From-1]
			if before.Upper && (before.Possessive && placeAt(m.From-1) || formOrSynonymIs(before.Stem, wordnet.IsPlace)) {
				return true
			}
		}
	}
	return false
}

// whichOrigin reports whether a which-question asks where someone is from,
// by a noun for a place or a state: "Which country is Conchita Martinez
// from?".
func whichOrigin(q question) bool {
	n := len(q.Toks)
	if q.Type != askWhich || n == 0 || q.Toks[n-1].Norm != "from" {
		return false
	}
	ft := q.focus()
	return ft != nil && wordnet.NounKinds(ft.Alts[0].Stem)&(wordnet.Organization|wordnet.Region|wordnet.Location) != 0
}
