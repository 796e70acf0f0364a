package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
)

// changeParticle is the direction a question's verb of change moves in, as
// its own phrasal alternatives that say what it says (weighed as a verb is
// held, verbHeld) give it ("rise": "go up", "drop": "go down"):
// "up" or "down", "" for a word that is no such verb or says both.
func changeParticle(t qterm) string {
	dir := ""
	for _, a := range t.Alts[1:] {
		if a.Weight < verbHeld {
			continue
		}
		_, last, ok := strings.Cut(a.Stem, " ")
		if !ok || last != "up" && last != "down" {
			continue
		}
		if dir != "" && dir != last {
			return ""
		}
		dir = last
	}
	return dir
}

// changedIn reports whether a fact says a change in the direction given by
// that word and a figure after it ("exports for the whole year up 35.4%",
// "up by 30%", "down 3.75p on the day"), which says the question's verb of
// change ("By how much did exports rise?") without it.
func changedIn(c *index.Doc, dir string) bool {
	toks := c.Tokens()
	figures := c.Figures()
	for i, t := range toks {
		if t.Norm != dir || i+1 >= len(toks) {
			continue
		}
		k := i + 1
		if toks[k].Norm == "by" && k+1 < len(toks) {
			k++
		}
		if _, ok := figureAt(figures, toks[k]); ok {
			return true
		}
	}
	return false
}
