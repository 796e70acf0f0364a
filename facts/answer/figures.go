package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// hasNewFigure reports whether a fact gives a figure the question does not: its
// value, or a number in its words that is neither one the question gives nor
// part of a name ("the Type 45 destroyer" states no amount).
func hasNewFigure(q question, c *index.Doc, ix *index.Index) bool {
	if c.Value != nil && !slices.Contains(q.specific, formatFigure(*c.Value)) && !q.givenFigure(*c.Value) {
		return true
	}
	toks := c.Tokens()
	named := namedTokens(c, ix.Names)
	rs := []rune(c.Statement)
	for i, t := range toks {
		// A number word in lower case is the number, whatever name it
		// spells elsewhere: "a five-month contract", not the channel Five.
		if named[i] && (t.Upper || !claims.IsNumberWord(t.Norm)) || slices.Contains(q.specific, t.Norm) {
			continue
		}
		if quantity(t) && !isYear(t, rs) && !slashed(t, rs) {
			return true
		}
	}
	return false
}

// slashed reports whether a number is written joined to another by a slash
// ("9/11", "24/7", odds of "4/6"): a date, a name or a ratio, not a count.
func slashed(t text.Token, rs []rune) bool {
	return t.Start > 0 && rs[t.Start-1] == '/' || t.End < len(rs) && rs[t.End] == '/'
}

// isYear reports whether a token is a year as news copy writes one ("in
// 2003"), or a decade ("in the 1990s"), not a figure ("2,000 jobs"): four
// digits from 1900 to 2100, no comma.
func isYear(t text.Token, rs []rune) bool {
	digits := strings.TrimSuffix(t.Norm, "s")
	y, err := strconv.Atoi(digits)
	return err == nil && len(digits) == 4 && y >= 1900 && y <= 2100 && !strings.ContainsRune(string(rs[t.Start:t.End]), ',')
}

// formatFigure writes a value as the tokenizer writes a number: 43, 2.5.
func formatFigure(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// noSumForMoney reports whether a question asks a sum of money (asksSum)
// and no figure of the fact is one, nor a share: "How much does the screen
// cost?" is not answered by "a 102-inch (2.6 metre) screen".
func noSumForMoney(q question, c *index.Doc) bool {
	return q.asksSum && everyFigure(c, func(cl claims.Claim) bool { return !sumOrShare(cl) })
}

// sumOrShare reports whether a figure is a sum of money or a percentage:
// what "How much...?" asks for, most often.
func sumOrShare(cl claims.Claim) bool { return claims.IsMoney(cl.Unit) || cl.Unit == "percent" }

// figureAt is the figure whose words hold token t (a qualifier's too: "more
// than 60%" holds "more"), and whether there is one.
func figureAt(figures []claims.Claim, t text.Token) (claims.Claim, bool) {
	for _, cl := range figures {
		if cl.Start <= t.Start && t.Start < cl.End {
			return cl, true
		}
	}
	return claims.Claim{}, false
}

// isDuration reports whether a figure is a stretch of time: "60 seconds",
// "three months"; not a multiple ("10 times faster"), though WordNet's
// "time" may be one.
func isDuration(cl claims.Claim) bool {
	return cl.Unit != "" && cl.Unit != "times" && wordnet.Marked(strings.ToLower(cl.Unit), text.StemPhrase(cl.Unit), wordnet.TimePeriod)
}
