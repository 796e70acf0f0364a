package text

import (
	"strings"
	"sync"
)

// stopwords are English function words and question scaffolding: grammar, not
// vocabulary, so they live here rather than in the lexicon. A lexicon file may add
// more (its stopwords key).
var stopwords = Set(`a an the and or but nor of to in on at by for with from as into onto upon about over under
than then so such this that these those there here it its it's they them their theirs he him his she her hers we us our
you your i me my mine be is am are was were been being do does did doing done have has had having will would shall
should can could may might must not no yes if whether what which who whom whose when where why how
any some all each every both either neither other another else much many more most very also just only even
again still yet ever too quite rather s t let lets get got gets make made tell told know knew known
mention mentioned mentions happen happened happens thing things anything something one ones
please according want wants wanted really actually kind sort way exactly specifically precisely currently
basically generally ever story article piece`)

// questionWords open questions; they say what is asked, not what it is about.
var questionWords = Set(`what which who whom whose when where why how`)

func Set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func IsStopword(norm string) bool { return stopwords[norm] }

// IsStopwordForm reports whether a word is a form of a word the stopwords
// list in several forms, a verb ("happening": "happen", "happened",
// "happens"): it says no more than the forms listed. A word sharing its stem
// with one stopword only ("evening", "even") is not one.
func IsStopwordForm(norm string) bool {
	stopForms.Do(func() {
		stopForms.n = map[string]int{}
		for w := range stopwords {
			stopForms.n[Stem(w)]++
		}
	})
	return stopForms.n[Stem(norm)] >= 2
}

var stopForms struct {
	sync.Once
	n map[string]int // how many stopwords have each stem
}

// IsQuestionWord reports whether a normalised word opens a question (what, who, ...).
func IsQuestionWord(norm string) bool { return questionWords[norm] }

// prepositions is English's closed class of prepositions, the common ones.
var prepositions = Set(`about above across after against along amid among around at before behind below beneath beside
between beyond by despite down during except for from in inside into like near of off on onto out outside over past
per since through throughout till to toward towards under until up upon via with within without`)

// personPronouns stand for one person named before them.
var personPronouns = Set(`he she him her his`)

// IsPersonPronoun reports whether a normalised word is a pronoun standing for
// one person: "he", "her".
func IsPersonPronoun(norm string) bool { return personPronouns[norm] }

// subjectPronouns are English's personal pronouns in the subject case.
var subjectPronouns = Set(`i you he she it we they`)

// IsSubjectPronoun reports whether a normalised word is a personal pronoun
// that can only be a verb's subject: "they" in "they captain", not "his" in
// "his captain".
func IsSubjectPronoun(norm string) bool { return subjectPronouns[norm] }

// ordinalCounts are English's ordinal numbers in words, a closed class, but
// "first": "for the first time" is seldom a count.
var ordinalCounts = Set(`second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth`)

// IsOrdinalCount reports whether a normalised word is an ordinal in words that
// says how many came before: "for a sixth month running" is six months.
func IsOrdinalCount(norm string) bool { return ordinalCounts[norm] }

// OrdinalDigits is the number of an ordinal written in digits ("21" of
// "21st", "43" of "43rd"), "" for any other word.
func OrdinalDigits(norm string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(norm, suf); ok && DigitsOnly(n) {
			return n
		}
	}
	return ""
}

// IsPreposition reports whether a normalised word is a preposition: "in", "by".
func IsPreposition(norm string) bool { return prepositions[norm] }

// conjunctions are English's subordinating conjunctions that WordNet also
// knows as other words ("while" a noun, "though" an adverb): grammar, which
// no lexical resource tells apart from the noun.
var conjunctions = Set(`while whilst although though unless whereas because`)

// IsConjunction reports whether a normalised word is a subordinating
// conjunction: "while" of "fell by 1,132 while he was home secretary".
func IsConjunction(norm string) bool { return conjunctions[norm] }

// articles are English's articles.
var articles = Set(`the a an`)

// IsArticle reports whether a normalised word is an article: "the", "a", "an".
func IsArticle(norm string) bool { return articles[norm] }
