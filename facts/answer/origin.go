package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
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
	return (asksOrigin(q) || whichOrigin(q) || nationalityAsked(q)) && slices.ContainsFunc(cands, func(c *index.Doc) bool { return placesAsked(q, c, ix) })
}

// placesAsked reports whether a fact names a place, or a nationality, beside
// a name the question gives.
func placesAsked(q question, c *index.Doc, ix *index.Index) bool {
	if placedInName(q, c, ix) {
		return true
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
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
		if at := titleStart(toks, rs, m.From); at >= 0 {
			before := toks[at]
			// "Russia's Elena Bovina", "American Lindsay Davenport",
			// "Glasgow group Franz Ferdinand" (a place alone before a
			// word that describes them).
			if before.Upper && ((before.Possessive || at < m.From-1) && placeAt(at) || nationality(before) || at > 0 && nationalityOfTwo(toks[at-1], before)) {
				return true
			}
		}
	}
	return false
}

// placedInName reports whether a fact names someone the question asks
// about by words that hold a place: "the Bristol band", the curator's alias
// for Portishead.
func placedInName(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	for _, m := range c.Mentions(ix.Names) {
		if slices.ContainsFunc(m.IDs, q.names) && slices.ContainsFunc(toks[m.From:m.To], func(t text.Token) bool { return t.Upper && wordnet.IsPlace(t.Stem) }) {
			return true
		}
	}
	return false
}

// titleReach is how many words of a title may stand between a name and the
// place that opens it: "Israeli technology firm Celltick".
const titleReach = 3

// titleStart is where the words before a name that describe it begin: the
// word right before it ("Russia's Elena Bovina"), or the first of a few words
// in lower case with no comma or word like "the" between, a noun right
// before the name and nouns or adjectives before it ("Israeli technology
// firm Celltick", "Swiss cement firm Holcim", "Eric Clapton's 1991 hit Tears
// In Heaven"; not "The American said Melzer"); -1 at the start.
func titleStart(toks []text.Token, rs []rune, from int) int {
	at := from - 1
	for k := 0; k < titleReach && at > 0; k++ {
		t := toks[at]
		pos := wordnet.PartsOfSpeech(t.Stem)
		describes := pos&wordnet.Noun != 0 || k > 0 && (pos&wordnet.Adjective != 0 || isYear(t, rs))
		if t.Upper || t.Possessive || text.IsStopword(t.Norm) || inflected(t) || commaBetween(rs, toks[at-1], t) || !describes {
			break
		}
		at--
	}
	return at
}

// inflected reports whether a word is a verb's inflected form, not one that
// may be its noun too: "said", "played", "leading"; not "hit" or "set".
func inflected(t text.Token) bool {
	if strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") {
		return t.Stem != t.Norm
	}
	base, ok := text.BaseForm(t.Norm)
	return ok && base != t.Norm
}

// nationalityAsked reports whether a what-question asks someone's
// nationality by its noun: "What nationality is Holcim?".
func nationalityAsked(q question) bool {
	ft := q.focus()
	return q.Type == askWhat && ft != nil && asksNationality(*ft)
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

// nationality reports whether a capitalised word names a place's people, or
// what is theirs (see wordnet.IsNationality).
func nationality(t text.Token) bool { return wordnet.IsNationality(t.Norm, t.Stem) }

// nationalityOfTwo reports whether two capitalised words make one
// nationality: "South African", "New Zealand".
func nationalityOfTwo(a, b text.Token) bool {
	return a.Upper && wordnet.IsNationality(a.Norm+" "+b.Norm, a.Stem+" "+b.Stem)
}

// originTitled is the one person a question asks the nationality or origin
// of ("What nationality is Chepkemei?", "Where is Melzer from?") when their
// recorded title gives it ("Kenyan runner", "Newcastle striker and Wales
// international"): the title answers, as it answers "Who is Chepkemei?".
// "" when the question is no such one, asks more than that, or the title
// gives no nationality ("Tottenham manager").
func (q question) originTitled(ix *index.Index) string {
	if !asksOrigin(q) && !whichOrigin(q) && !nationalityAsked(q) || len(q.Entities) != 1 {
		return ""
	}
	focus := -1
	if ft := q.focus(); ft != nil {
		focus = ft.At
	}
	if !q.asksOnly(focus) {
		return ""
	}
	id := ix.MostCited(q.Entities[0].IDs)
	e, ok := ix.Names.Entity(id)
	if !ok || e.Kind != "person" {
		return ""
	}
	toks := text.Tokenize(e.Title)
	for i, t := range toks {
		// "Wales international": a country's player.
		if nationality(t) || t.Upper && wordnet.IsPlace(t.Stem) && i+1 < len(toks) && toks[i+1].Norm == "international" {
			return id
		}
	}
	return ""
}
