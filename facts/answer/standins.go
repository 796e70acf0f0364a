package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// scoreStem is the noun a reporter asks a game's result by ("What was the
// score at half-time?"), in WordNet's sense "a number that expresses the
// accomplishment of a team or an individual in a game or contest; 'the
// score was 7 to 0'".
const scoreStem = "score"

// statesScore reports whether a fact gives a score as news copy writes one:
// two numbers joined by a dash ("beat Sheffield United 4-2 on penalties",
// "trailed 1-0 at half-time", "7-6 6-2").
func statesScore(c *index.Doc) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i := 0; i+1 < len(toks); i++ {
		if digitsOnly(toks[i].Norm) && digitsOnly(toks[i+1].Norm) {
			if between := string(rs[toks[i].End:toks[i+1].Start]); between == "-" || between == "–" {
				return true
			}
		}
	}
	return false
}

func digitsOnly(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
}

// asksNationality reports whether a question's word asks a country or a
// nationality ("What nationality is Bellamy?", "Which nation won?"): the
// word is country or nation, or WordNet's country is its synonym.
func asksNationality(t qterm) bool {
	return slices.ContainsFunc(t.Alts, func(a index.Alt) bool { return a.Stem == countryStem && a.Weight >= 0.5 })
}

// countryStem is "country" as the index writes it.
var countryStem = text.Stem("country")

// statesNationality reports whether a fact gives someone's nationality as
// news copy does: a word for a people or their country's adjective ("the
// Greek sprinter", "Dutch youngster", "Timbilil, like Masai a Kenyan"),
// which WordNet relates as a form of a place's name; or a place's name with
// "'s" ("Sweden's Thomas Enqvist"). Not a place's name without it ("the
// Amsterdam club"): a city is no one's nationality.
func statesNationality(c *index.Doc) bool {
	for _, t := range c.Tokens() {
		if !t.Upper {
			continue
		}
		if wordnet.IsPlace(t.Stem) {
			if t.Possessive {
				return true
			}
			continue // "the Amsterdam club" names a city, no one's nationality
		}
		for _, r := range wordnet.Related(t.Stem) {
			if (r.Kind == wordnet.Derivation || r.Kind == wordnet.Synonym) && r.Weight >= 0.85 && wordnet.IsPlace(r.Stem) {
				return true
			}
		}
	}
	return false
}
