package answer

import (
	"slices"

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
func statesScore(c *index.Doc) bool { return len(scoresAt(c.Tokens(), c.Statement)) > 0 }

// scoresAt are where the scores of a text begin, as token indexes: two
// numbers joined by a dash.
func scoresAt(toks []text.Token, s string) []int {
	rs := []rune(s)
	var out []int
	for i := 0; i+1 < len(toks); i++ {
		if text.DashedPair(rs, toks, i) {
			out = append(out, i)
		}
	}
	return out
}

// onlyRunningScores reports whether every score a fact gives is one a game
// stood at on its way, not its result: after "at" ("serving for the match
// at 5-4") or before a word for a lead or a moment ("a 4-0 lead", "a 15-6
// half-time deficit"). "What was the score in Henman's win?" asks the
// result, unless it asks for such a moment itself.
func onlyRunningScores(q question, c *index.Doc) bool {
	if slices.ContainsFunc(q.Toks, func(t text.Token) bool { return runningScoreWords[t.Norm] }) {
		return false
	}
	toks := c.Tokens()
	at := scoresAt(toks, c.Statement)
	return len(at) > 0 && !slices.ContainsFunc(at, func(i int) bool { return !runningScore(toks, i) })
}

// runningScore reports whether the score at toks[i] is one a game stood at
// ("at 5-4", "a 4-0 lead"), not its result.
func runningScore(toks []text.Token, i int) bool {
	running := i > 0 && toks[i-1].Norm == "at"
	for k := i + 2; k < len(toks) && k <= i+3; k++ {
		running = running || runningScoreWords[toks[k].Norm]
	}
	return running
}

// gameOfScore reports whether a fact gives one score, a game's result (see
// runningScore), and names everyone the question names: it then says the
// game that a question for the score describes by other words ("What was
// the final score against Ireland?", "...in the Wales game?"), as "Ireland
// beat England 19-13" does, whatever its words. t is a noun of the
// question other than the score.
func (w *wordCredit) gameOfScore(t qterm, c *index.Doc) bool {
	if w.score[t.At] || verbForm(w.q.Toks[t.At]) || wordnet.PartsOfSpeech(t.Alts[0].Stem)&wordnet.Noun == 0 || len(w.q.Entities) == 0 {
		return false
	}
	toks := c.Tokens()
	if at := scoresAt(toks, c.Statement); len(at) != 1 || runningScore(toks, at[0]) {
		return false
	}
	return !slices.ContainsFunc(w.q.Entities, func(m index.Mention) bool {
		cr, _ := entityCredit(c, m, w.ix)
		return cr == 0
	})
}

// runningScoreWords say a score is one a game stood at, not its result.
var runningScoreWords = text.Set(`lead deficit half-time half advantage interval`)

// asksScore reports whether a what-question asks a game's score: the noun it
// asks for ("What was the final score...?", "By what score...?") is the
// score, as a noun.
func (q question) asksScore() bool {
	head, _ := askedNounAt(q.Toks)
	return head >= 0 && q.Toks[head].Stem == scoreStem && !verbForm(q.Toks[head])
}

// asksNationality reports whether a question's word asks a country or a
// nationality ("What nationality is Bellamy?", "Which nation won?"): the
// word is country, or WordNet makes country its synonym (nation).
func asksNationality(t qterm) bool { return isOrSynonym(t.Alts[0].Stem, 0.5, countryStem) }

// isOrSynonym reports whether a stem is one of stems, or WordNet relates one
// of them to it as a synonym at least as strong as min. WordNet itself is
// asked, not the question's alternatives, which keep only the words the
// knowledge base holds.
func isOrSynonym(stem string, min float64, stems ...string) bool {
	return slices.Contains(stems, stem) || synonymIs(stem, min, func(s string) bool { return slices.Contains(stems, s) })
}

// synonymIs reports whether WordNet gives a stem a synonym at least as
// strong as min that is as asked.
func synonymIs(stem string, min float64, is func(stem string) bool) bool {
	return relationIs(stem, min, is, wordnet.Synonym)
}

// relationIs reports whether WordNet relates a word to a stem that is as
// asked, by one of the kinds of relation given, at least as strongly as min.
func relationIs(stem string, min float64, is func(stem string) bool, kinds ...wordnet.Kind) bool {
	return slices.ContainsFunc(wordnet.Related(stem), func(r wordnet.Relation) bool {
		return slices.Contains(kinds, r.Kind) && r.Weight >= min && is(r.Stem)
	})
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
	toks := c.Tokens()
	for i, t := range toks {
		if !t.Upper {
			continue
		}
		if i > 0 && nationalityOfTwo(toks[i-1], t) {
			return true // "South African"
		}
		if wordnet.IsPlace(t.Stem) {
			if t.Possessive {
				return true
			}
			continue // "the Amsterdam club" names a city, no one's nationality
		}
		if nationality(t) {
			return true
		}
	}
	return false
}

// asksOrigin reports whether a where-question asks where someone or
// something is from ("Where is Carolina Kluft from?"): a nationality
// answers it as a place does.
func asksOrigin(q question) bool {
	return q.Type == askWhere && len(q.Toks) > 0 && q.Toks[len(q.Toks)-1].Norm == "from"
}

// asksRoleOf reports whether a question's word asks someone's job ("What is
// Colin High's job?", "What is Bill Gates's role at Microsoft?"): WordNet
// makes occupation or office its synonym, or it is one of them.
func asksRoleOf(stem string) bool { return isOrSynonym(stem, 0.8, occupationStem, officeStem) }

var occupationStem, officeStem = text.Stem("occupation"), text.Stem("office")

// givesRoleOf reports whether a fact says the job of a person the question
// names, beside their name: a word for an office or a job just before it or
// just after ("Google's vice-president of operations, Urs Holzle", "High,
// the RFU's referees' manager, claimed"). "Jones said stability was the key
// word for British business" holds a synonym of "job" (business), not his.
func givesRoleOf(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, func(id string) bool { return q.names(id) && ix.Names.Kind(id) == "person" }) {
			continue
		}
		for k := max(0, m.From-3); k < min(len(toks), m.To+5); k++ {
			if (k < m.From || k >= m.To) && text.IsRoleNoun(toks[k].Norm) {
				return true
			}
		}
	}
	return false
}
