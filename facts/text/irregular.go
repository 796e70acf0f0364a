package text

import (
	_ "embed"
	"strings"
)

// irregularData maps irregular English verb and noun forms to their base form,
// which the Snowball stemmer cannot do: without it "stood by" never matches
// "stand by", nor "held" "hold", nor "teeth" "tooth". It comes from WordNet's
// verb.exc and noun.exc (facts/wordnet/gen writes it), keeping only the forms
// the stemmer gets wrong; a noun's line ends in "n". Adjectives' comparatives
// and superlatives, which Snowball leaves whole ("largest", "biggest"), are
// there too, their lines ending in "a".
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
		m[f[0]] = f[1]
		if len(f) == 2 {
			verbs[f[0]] = true
		}
	}
	return m, verbs
}()

// BaseForm returns the base form of an irregular verb form ("held": "hold").
func BaseForm(word string) (string, bool) {
	if !irregularVerbs[word] {
		return "", false
	}
	return irregular[word], true
}
