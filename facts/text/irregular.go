package text

import (
	_ "embed"
	"strings"
)

// irregularData maps irregular English verb forms to their base form, which the
// Snowball stemmer cannot do: without it "stood by" never matches "stand by",
// nor "held" "hold". It comes from WordNet's verb.exc (facts/wordnet/gen writes
// it), keeping only the forms the stemmer gets wrong.
//
//go:embed irregular.txt
var irregularData string

var irregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(irregularData, "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			m[f[0]] = f[1]
		}
	}
	return m
}()

// BaseForm returns the base form of an irregular verb form ("held": "hold").
func BaseForm(word string) (string, bool) {
	b, ok := irregular[word]
	return b, ok
}
