package text

import (
	_ "embed"
	"strings"
	"sync"
)

// irregularData maps irregular English verb and noun forms to their base form,
// which the Snowball stemmer cannot do: without it "stood by" never matches
// "stand by", nor "held" "hold", nor "teeth" "tooth". It comes from WordNet's
// verb.exc and noun.exc (facts/wordnet/gen writes it), keeping only the forms
// the stemmer gets wrong; a noun's line ends in "n". Adjectives' comparatives
// and superlatives, which Snowball leaves whole ("largest", "biggest"), are
// there too, their lines ending in "a": they keep their own stems (see
// Compared).
//
//go:embed irregular.txt
var irregularData string

// irregular maps every form to its base; irregularVerbs holds the verb forms.
var irregular, irregularVerbs = func() (map[string]string, map[string]bool) {
	m, verbs := map[string]string{}, map[string]bool{}
	for _, line := range strings.Split(irregularData, "\n") {
		f := strings.Fields(line)
		if strings.HasPrefix(line, "#") || len(f) < 2 {
			continue
		}
		if len(f) > 2 && f[2] == "a" {
			continue // an adjective's degree: see compared
		}
		m[f[0]] = f[1]
		if len(f) == 2 {
			verbs[f[0]] = true
		}
	}
	return m, verbs
}()

// degreeForm is an adjective's comparative or superlative: the stem of its
// adjective and which degree it is.
type degreeForm struct {
	base        string
	superlative bool
}

// compared maps the stem of an adjective's comparative or superlative to
// its adjective's stem and degree, and forms the other way, from the
// adjective's stem and degree to the forms' stems. Built on first use:
// stemming them costs a few milliseconds a process that never compares
// need not spend.
var compared = sync.OnceValues(func() (map[string]degreeForm, map[degreeForm][]string) {
	forms, byBase := map[string]degreeForm{}, map[degreeForm][]string{}
	for _, line := range strings.Split(irregularData, "\n") {
		f := strings.Fields(line)
		if strings.HasPrefix(line, "#") || len(f) < 3 || f[2] != "a" {
			continue
		}
		d := degreeForm{base: Stem(f[1]), superlative: strings.HasSuffix(f[0], "st")}
		form := Stem(f[0])
		forms[form] = d
		byBase[d] = append(byBase[d], form)
	}
	return forms, byBase
})

// Compared reports whether a stem is an adjective's comparative or
// superlative ("largest"), and gives its adjective's stem ("larg") and
// whether it is the superlative. A degree is a meaning of its own: "the
// newest range" says more than "new", and "bigger" is no "biggest"; so the
// forms keep their stems, and a superlative meets another only through
// their adjectives ("largest" and "biggest", as "large" and "big").
func Compared(stem string) (base string, superlative, ok bool) {
	forms, _ := compared()
	d, ok := forms[stem]
	return d.base, d.superlative, ok
}

// ComparedForms lists the stems of an adjective's forms of one degree:
// "biggest" for "big", superlative.
func ComparedForms(base string, superlative bool) []string {
	_, byBase := compared()
	return byBase[degreeForm{base: base, superlative: superlative}]
}

// IsIrregularPlural reports whether a word is a noun's plural the stemmer
// cannot undo ("men", "children"): a plural, though it ends in no "s".
func IsIrregularPlural(word string) bool {
	_, ok := irregular[word]
	return ok && !irregularVerbs[word]
}

// IsPastForm reports whether a word is written as a verb's past: an
// irregular past ("won", "said"), or a regular "-ed" form the stemmer takes
// the ending off ("planned"; not "need" or "speed").
func IsPastForm(t Token) bool {
	if base, ok := BaseForm(t.Norm); ok {
		return base != t.Norm
	}
	return strings.HasSuffix(t.Norm, "ed") && t.Stem != t.Norm
}

// BaseForm returns the base form of an irregular verb form ("held": "hold").
func BaseForm(word string) (string, bool) {
	if !irregularVerbs[word] {
		return "", false
	}
	return irregular[word], true
}
