package main

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kljensen/snowball/english"
)

// writeIrregular keeps the word forms the stemmer cannot bring to their
// base's stem, for the text package: irregular verbs and nouns ("held hold",
// "went go", "teeth tooth n", a noun's line says so), and the comparatives and
// superlatives of adjectives ("largest large a", "biggest big a"), but not
// "abetted abet", which it stems alike. A form in several lists keeps its
// first: a verb's base before a noun's, a noun's before an adjective's.
//
// An adjective's forms are those of WordNet's adj.exc and adv.exc, and those
// morphy's detachment rules give (-er, -est, and -r, -st after an "e"); a
// form WordNet knows as a word of its own ("lower", "offer", "better") is
// left as it is, for it may be that word. Rules are applied only to the
// adjectives WordNet's tagged texts use, of one or two syllables: English
// compares longer ones with "more" and "most", and a rare adjective's form
// would only make the list longer.
func writeIrregular(path, dir string) error {
	words, err := wordsOf(dir)
	if err != nil {
		return err
	}
	var out []string
	seen := map[string]bool{}
	keep := func(form, base, mark string) {
		if seen[form] || strings.ContainsAny(form, "_-") || strings.ContainsAny(base, "_-") || form == base {
			return
		}
		if english.Stem(form, false) != english.Stem(base, false) {
			seen[form] = true
			out = append(out, form+" "+base+mark)
		}
	}
	for _, exc := range []struct{ file, mark string }{{"verb.exc", ""}, {"noun.exc", " n"}} {
		err := lines(filepath.Join(dir, exc.file), func(l string) {
			if f := strings.Fields(l); len(f) >= 2 {
				keep(f[0], f[1], exc.mark)
			}
		})
		if err != nil {
			return err
		}
	}
	for _, file := range []string{"adj.exc", "adv.exc"} {
		err := lines(filepath.Join(dir, file), func(l string) {
			if f := strings.Fields(l); len(f) >= 2 && !words[f[0]] {
				keep(f[0], f[1], " a")
			}
		})
		if err != nil {
			return err
		}
	}
	adjectives, err := comparableAdjectives(dir)
	if err != nil {
		return err
	}
	for _, a := range adjectives {
		for _, form := range comparedForms(a) {
			if !words[form] {
				keep(form, a, " a")
			}
		}
	}
	sort.Strings(out)
	head := "# English word forms the Snowball stemmer cannot bring to their base's stem,\n# and their base form: irregular verbs, nouns (marked n), and adjectives'\n# comparatives and superlatives (marked a), from WordNet 3.0's exception lists\n# and morphy's rules (see facts/wordnet/LICENSE), written by facts/wordnet/gen.\n"
	return os.WriteFile(path, []byte(head+strings.Join(out, "\n")+"\n"), 0o644)
}

// comparedForms are the comparative and superlative morphy's detachment
// rules bring back to an adjective: "larger" and "largest" (-r, -st) for
// "large", "cheaper" and "cheapest" (-er, -est) for "cheap".
func comparedForms(a string) []string {
	if strings.HasSuffix(a, "e") {
		return []string{a + "r", a + "st"}
	}
	return []string{a + "er", a + "est"}
}

// wordsOf lists every lemma WordNet knows, in any part of speech.
func wordsOf(dir string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := lines(filepath.Join(dir, "index."+pos), func(l string) {
			words[strings.Fields(l)[0]] = true
		})
		if err != nil {
			return nil, err
		}
	}
	return words, nil
}

// comparableAdjectives lists, sorted, the single-word adjectives of one or
// two syllables WordNet's tagged texts use (cntlist.rev).
func comparableAdjectives(dir string) ([]string, error) {
	used := map[string]bool{}
	err := lines(filepath.Join(dir, "cntlist.rev"), func(l string) {
		f := strings.Fields(l)
		if len(f) != 3 {
			return
		}
		lemma, rest, _ := strings.Cut(f[0], "%")
		if n, _ := strconv.Atoi(f[2]); n > 0 && (strings.HasPrefix(rest, "3") || strings.HasPrefix(rest, "5")) {
			used[strings.ToLower(lemma)] = true
		}
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for a := range used {
		if plainWord(a) && syllables(a) <= 2 {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out, nil
}

// plainWord reports whether a lemma is one word of letters a to z.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// syllables counts a word's groups of vowels, a silent final "e" aside: near
// enough its syllables to tell "cheap" and "narrow" from "expensive".
func syllables(w string) int {
	w = strings.TrimSuffix(w, "e")
	n, vowel := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !vowel {
			n++
		}
		vowel = v
	}
	return max(n, 1)
}
