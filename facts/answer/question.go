package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"

	"slices"
	"strings"
)

// Question types: what kind of answer a question wants.
const (
	askWho     = "who"
	askWhoIs   = "who is"   // describe an entity: "Who is Zhang Jun?"
	askWhoSaid = "who said" // find a quote's speaker
	askSay     = "say"      // "What did X say?": X's quotes and remarks
	askWhat    = "what"
	askWhen    = "when"
	askWhere   = "where"
	askHowMany = "how many"
	askWhich   = "which"
	askWhy     = "why"
	askYesNo   = "yes/no"
)

// question is a parsed question: its type, the entities it names, and the content
// words left once entities, stopwords and question words are set aside.
type question struct {
	Text      string
	Type      string
	Toks      []text.Token
	Entities  []index.Mention
	Terms     []qterm
	Unknown   []string // capitalised names the knowledge base has never seen
	Described string   // for askWhoIs: the entity to describe
	counted   *qterm   // for askHowMany: what is counted ("countries")
	countedE  []string // ... or the entity counted ("Uyghurs")
	verbAt    int      // token index of the first content word, to tell subject from object
	passive   bool     // "What is Beijing accused of?": the entity before the verb is its object
}

// qterm is a content word (or lexicon phrase) of a question with what it may match.
type qterm struct {
	Text   string
	Alts   []string // stem phrases: the word itself first, then its synonyms
	Weight float64
	At     int
	Absent bool // no fact holds this word or any of its synonyms
}

var auxiliaries = text.Set(`do does did is are was were has have had can could will would should may might`)
var sayStems = text.Set(`say tell state quot`)

// parseQuestion analyses a question against the knowledge base's vocabulary.
func parseQuestion(s string, ix *index.Index) question {
	q := question{Text: s, Toks: text.Tokenize(s), verbAt: -1}
	correctTypos(ix, q.Toks)
	q.Type = questionType(q.Toks)
	q.Entities = ix.Names.Find(q.Toks)
	covered := make([]bool, len(q.Toks))
	for _, m := range q.Entities {
		for i := m.From; i < m.To; i++ {
			covered[i] = true
		}
	}
	hasSay := false
	for i := 0; i < len(q.Toks); i++ {
		t := q.Toks[i]
		if covered[i] || ix.IsStop(t.Norm) || text.IsQuestionWord(t.Norm) {
			continue
		}
		if i > 0 && q.Toks[i-1].Norm == "how" && measureWords[t.Norm] {
			continue // "how far": the question asks for a figure, not for farness
		}
		if sayStems[t.Stem] && (q.Type == askWhat || q.Type == askWho || q.Type == askYesNo) {
			hasSay = true
			continue
		}
		if phrase, n := lexiconPhrase(ix, q.Toks, i, covered); n > 1 {
			q.Terms = append(q.Terms, term(ix, phrase, t.Norm, i))
			if q.verbAt < 0 {
				q.verbAt = i
			}
			i += n - 1
			continue
		}
		if t.Upper && !t.First && ix.DF(t.Stem) == 0 && !ix.IsNameWord(t.Norm) && !ix.HasSynonyms(t.Stem) {
			q.Unknown = append(q.Unknown, t.Norm)
		}
		q.Terms = append(q.Terms, term(ix, t.Stem, t.Norm, i))
		if q.verbAt < 0 {
			q.verbAt = i
		}
	}
	if q.Type == askHowMany {
		q.counted, q.countedE = q.countedThing()
	}
	q.passive = q.isPassive()
	if hasSay {
		switch q.Type {
		case askWho:
			q.Type = askWhoSaid
		case askWhat:
			q.Type = askSay
		}
	}
	if (q.Type == askWho || q.Type == askWhat) && len(q.Terms) == 0 && len(q.Entities) == 1 && !hasSay && q.asksIdentity() {
		q.Type = askWhoIs
		q.Described = ix.MostCited(q.Entities[0].IDs)
	} else if id := q.titleAsked(ix); id != "" {
		q.Type = askWhoIs
		q.Described = id
	}
	return q
}

func questionType(toks []text.Token) string {
	w := func(i int) string {
		if i < len(toks) {
			return toks[i].Norm
		}
		return ""
	}
	start := 0
	for start < len(toks) && (w(start) == "and" || w(start) == "so" || w(start) == "but" || w(start) == "then") {
		start++
	}
	switch first := w(start); {
	case first == "how" && (w(start+1) == "many" || w(start+1) == "much" || measureWords[w(start+1)]):
		return askHowMany
	case first == "who" || first == "whom" || first == "whose":
		return askWho
	case first == "when" || (first == "what" || first == "which") && slices.Contains([]string{"year", "date", "day", "month", "time"}, w(start+1)):
		return askWhen
	case first == "where":
		return askWhere
	case first == "why":
		return askWhy
	case first == "which":
		return askWhich
	case first == "what" || first == "how":
		return askWhat
	case auxiliaries[first]:
		return askYesNo
	}
	return askWhat
}

// correctTypos replaces words the knowledge base does not know with the closest
// known name or index term, so "statment" and "Charbono" still match.
func correctTypos(ix *index.Index, toks []text.Token) {
	for i := range toks {
		t := &toks[i]
		if ix.IsStop(t.Norm) || text.IsQuestionWord(t.Norm) || ix.DF(t.Stem) > 0 || ix.IsNameWord(t.Norm) || ix.HasSynonyms(t.Stem) {
			continue
		}
		if t.Norm[0] >= '0' && t.Norm[0] <= '9' {
			continue
		}
		if c := ix.CorrectName(t.Norm); c != "" {
			t.Norm, t.Stem = c, text.Stem(c)
		} else if c := ix.Correct(t.Stem); c != "" {
			t.Stem = c
		}
	}
}

// lexiconPhrase finds the longest lexicon phrase starting at token i.
func lexiconPhrase(ix *index.Index, toks []text.Token, i int, covered []bool) (string, int) {
	for n := min(ix.MaxPhrase(), len(toks)-i); n >= 2; n-- {
		parts := make([]string, 0, n)
		ok := true
		for k := range n {
			if covered[i+k] {
				ok = false
				break
			}
			parts = append(parts, toks[i+k].Stem)
		}
		if !ok {
			continue
		}
		p := strings.Join(parts, " ")
		if ix.HasSynonyms(p) {
			return p, n
		}
	}
	return "", 0
}

// term builds a question term with its synonyms and weight.
func term(ix *index.Index, stemmed, word string, at int) qterm {
	alts := []string{stemmed}
	for _, s := range ix.Synonyms(stemmed) {
		if !slices.Contains(alts, s) {
			alts = append(alts, s)
		}
	}
	df := 0
	for _, a := range alts {
		df += ix.PhraseDF(a)
	}
	return qterm{Text: word, Alts: alts, Weight: ix.IDF(min(df, ix.Facts())), At: at, Absent: df == 0}
}

// countedThing is the word or entity right after "how many": what the number in
// an answer must count.
func (q question) countedThing() (*qterm, []string) {
	for i, t := range q.Toks {
		if t.Norm != "many" && t.Norm != "much" {
			continue
		}
		for k := range q.Terms {
			if q.Terms[k].At == i+1 {
				return &q.Terms[k], nil
			}
		}
		for _, m := range q.Entities {
			if m.From == i+1 {
				return nil, m.IDs
			}
		}
		break
	}
	return nil, nil
}

var beForms = text.Set(`is are was were been being be`)

// measureWords follow "how" in questions that want a figure: "how far", "how long".
var measureWords = text.Set(`far long old big large tall high deep wide often fast heavy`)

// titleAsked finds the entity whose recorded title is exactly what a "Who is ...?"
// question names: "Who is the king of Morocco?" for the entity titled "King of
// Morocco". It returns "" when no title matches.
func (q question) titleAsked(ix *index.Index) string {
	if q.Type != askWho && q.Type != askWhat {
		return ""
	}
	for i, t := range q.Toks {
		if !beForms[t.Norm] {
			continue
		}
		rest := q.Toks[i+1:]
		for len(rest) > 0 && (rest[0].Norm == "the" || rest[0].Norm == "a" || rest[0].Norm == "an") {
			rest = rest[1:]
		}
		parts := make([]string, len(rest))
		for k, r := range rest {
			parts[k] = r.Norm
		}
		if ids := ix.Names.Titled(strings.Join(parts, " ")); len(ids) > 0 {
			return ix.MostCited(ids)
		}
		return ""
	}
	return ""
}

// isPassive reports a passive question: a form of "be" before the first content
// word, which is a past participle ("accused", "held", "blamed").
func (q question) isPassive() bool {
	if q.verbAt < 0 {
		return false
	}
	v := q.Toks[q.verbAt].Norm
	if !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "en") && !irregularForm(v) {
		return false
	}
	for _, t := range q.Toks[:q.verbAt] {
		if beForms[t.Norm] {
			return true
		}
	}
	return false
}

// asksIdentity reports a question about what someone or something is ("Who is
// X?", "What are the camps?", "Tell me about X") rather than what they did.
func (q question) asksIdentity() bool {
	for i, t := range q.Toks {
		if beForms[t.Norm] || (i == 0 && (t.Norm == "tell" || t.Norm == "describe" || t.Norm == "about")) {
			return true
		}
	}
	return len(q.Toks) > 0 && q.Entities[0].From == 0 // just a name: "Zhang Jun?"
}

// irregularForm reports whether a word is an irregular verb form ("held", "stood").
func irregularForm(w string) bool {
	_, ok := text.BaseForm(w)
	return ok
}
