// Package text is factdesk's English: tokenising with offsets into the original
// text, folding case and accents, stemming, stopwords and the word lists the
// engine's packages share. It knows nothing of facts, questions or drafts.
package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text, normalised for matching but still pointing at the
// original characters.
type Token struct {
	Norm  string // lower case, accents and punctuation removed: "riviere", "us"
	Stem  string // Snowball English stem of Norm: "sign" for "signed"
	Start int    // offset in runes of the original text
	End   int
	Upper bool // the original began with an upper-case letter
	Caps  bool // the original was all capitals or a dotted abbreviation (U.S., NBA)
	First bool // first word of a sentence
	// Possessive: the word was written with "'s", which the token drops
	// ("the chairman's aides" gives "chairman").
	Possessive bool
}

// Fold lower-cases s and removes accents and typographic variants, so "Rivière",
// "RIVIERE" and "riviere" compare equal.
func Fold(s string) string {
	if isPlainASCII(s) {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`', '\u00b4':
			return '\''
		case '\u201c', '\u201d', '\u00ab', '\u00bb':
			return '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
			return '-'
		}
		return r
	}, out)
	return strings.ToLower(out)
}

// isPlainASCII reports whether s needs no accent folding: most words of English copy.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}

// Tokenize splits text into words. Possessive 's is dropped, dotted abbreviations
// (U.S., U.N.) become one word, hyphenated words split, and digit groups such as
// 1,000 or 2.5 stay whole.
func Tokenize(text string) []Token {
	rs := []rune(text)
	var toks []Token
	sentenceStart := true
	for i := 0; i < len(rs); {
		r := rs[i]
		if !IsWordRune(r) {
			if r == '.' || r == '?' || r == '!' || r == ':' || r == ';' || r == '\n' {
				sentenceStart = true
			}
			i++
			continue
		}
		start := i
		var b strings.Builder
		dotted, possessive := false, false
		expanded, expandedAt := "", [2]int{} // the second word of a contraction, and where it is
		for i < len(rs) {
			c := rs[i]
			if IsWordRune(c) {
				b.WriteRune(c)
				i++
				continue
			}
			// 1,000 and 2.5: separators between digits stay inside the number.
			if (c == ',' || c == '.') && i+1 < len(rs) && i > start && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
				if c == '.' {
					b.WriteRune('.')
				}
				i++
				continue
			}
			// U.S. and U.N.: a single letter followed by a dot and another letter.
			if c == '.' && i-start >= 1 && isAbbrevPart(rs, start, i) {
				dotted = true
				i++
				continue
			}
			// Apostrophes inside words: drop possessive 's; a contraction
			// ("won't", "they're") is its words ("will not", "they are").
			if (c == '\'' || c == '\u2019') && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
				if (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 >= len(rs) || !IsWordRune(rs[i+2])) {
					i += 2
					possessive = true
					break
				}
				if base, more, n := contraction(b.String(), rs[i+1:]); n > 0 {
					b.Reset()
					b.WriteString(base)
					expanded = more
					expandedAt = [2]int{i, i + 1 + n}
					i += 1 + n
					break
				}
				i++
				continue
			}
			break
		}
		end := i
		if expanded != "" {
			end = expandedAt[0]
		}
		// A dotted abbreviation keeps its final dot in the original span,
		// unless a contraction ended it: its second word's span comes
		// after the first's ("A.C.B.B'D." is "acbb" and "would"), and
		// tokens never overlap.
		if dotted && expanded == "" && i < len(rs) && rs[i] == '.' {
			end = i + 1
			i++
		}
		word := b.String()
		n := Fold(word)
		if n == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(word)
		upper := unicode.IsUpper(first)
		// All capitals: a first letter that has a capital form rules it out
		// at once, as it does for most words.
		caps := dotted || (unicode.ToUpper(first) == first && utf8.RuneCountInString(word) > 1 && strings.ToUpper(word) == word && strings.ToLower(word) != word)
		toks = append(toks, Token{
			Norm:       n,
			Stem:       Stem(n),
			Start:      start,
			End:        end,
			Upper:      upper,
			Caps:       caps,
			First:      sentenceStart,
			Possessive: possessive,
		})
		sentenceStart = false
		if expanded != "" {
			toks = append(toks, Token{Norm: expanded, Stem: Stem(expanded), Start: expandedAt[0], End: expandedAt[1]})
		}
	}
	return toks
}

// contractions are English's contracted endings and the words they stand for.
var contractions = map[string]string{"t": "not", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}

// contraction reads a contracted ending after an apostrophe (rest) on word:
// the word as it stands alone ("wo" of "won't" is "will"), the ending's word,
// and how many letters the ending has; n is 0 when rest is no such ending.
func contraction(word string, rest []rune) (base, more string, n int) {
	for n < len(rest) && unicode.IsLetter(rest[n]) {
		n++
	}
	if n < len(rest) && IsWordRune(rest[n]) {
		return "", "", 0
	}
	ending := strings.ToLower(string(rest[:n]))
	more, ok := contractions[ending]
	if !ok {
		return "", "", 0
	}
	if ending == "t" {
		lower := strings.ToLower(word)
		if !strings.HasSuffix(lower, "n") {
			return "", "", 0
		}
		word = word[:len(word)-1]
		switch strings.ToLower(word) {
		case "wo":
			word = "will"
		case "ca":
			word = "can"
		case "sha":
			word = "shall"
		case "":
			return "", "", 0
		}
	}
	return word, more, n
}

// isAbbrevPart reports whether the dot at rs[dot] sits inside an abbreviation like
// U.S. or U.N.: single letters separated by dots.
func isAbbrevPart(rs []rune, start, dot int) bool {
	if dot+1 >= len(rs) || !unicode.IsLetter(rs[dot+1]) {
		return false
	}
	if dot+2 < len(rs) && unicode.IsLetter(rs[dot+2]) {
		return false // "end.Next": a word follows, not a letter
	}
	// The run before the dot must be a single letter since the word or last dot.
	return dot-start == 1 || (dot >= 2 && rs[dot-2] == '.')
}

func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Stem reduces a normalised word to its Snowball English Stem; numbers stay as they are.
func Stem(n string) string {
	if r, _ := utf8.DecodeRuneInString(n); n == "" || unicode.IsDigit(r) {
		return n
	}
	stemCache.RLock()
	s, ok := stemCache.m[n]
	stemCache.RUnlock()
	if ok {
		return s
	}
	s = StemUncached(n)
	stemCache.Lock()
	if len(stemCache.m) >= maxStemCache {
		clear(stemCache.m) // a vocabulary this large is rare; start over rather than grow
	}
	stemCache.m[n] = s
	stemCache.Unlock()
	return s
}

// StemUncached is Stem without remembering the word: for words seen once, such
// as the many spellings tried for a typo, which would only crowd out the
// vocabulary that repeats.
func StemUncached(n string) string {
	if r, _ := utf8.DecodeRuneInString(n); n == "" || unicode.IsDigit(r) {
		return n
	}
	base := n
	if b, ok := irregular[n]; ok {
		base = b
	}
	return StemRegular(base)
}

// StemRegular stems a word as Stem does one that is no irregular form: the
// stem its spelling gives, whatever word it is a form of. The WordNet
// generator compares it across a verb's forms to find those it leaves apart.
func StemRegular(w string) string { return shortBase(w, english.Stem(w, false)) }

// shortBase undoes what Snowball does to a short verb ending in "e": it keeps
// "sue" whole, as too short to stem, but cuts "sued" and "suing" to "su", so
// that a question's "sue" never meets a fact's "sued". When the base form
// ("sue" for "sued", "queue" for "queued") is a word Snowball leaves whole and
// its inflection was cut shorter than it, the stem is the base. Only a base
// ending in "ue" is taken back from "-ing": "doing" and "being" are no "doe"
// or "bee".
func shortBase(word, stem string) string {
	var base string
	switch {
	case strings.HasSuffix(word, "ed") && strings.HasSuffix(word[:len(word)-1], "e"):
		base = word[:len(word)-1] // "sued" -> "sue"
	case strings.HasSuffix(word, "uing"):
		base = word[:len(word)-3] + "e" // "suing" -> "sue"
	default:
		return stem
	}
	if b := english.Stem(base, false); b == base && len(b) > len(stem) && strings.HasPrefix(b, stem) {
		return b
	}
	return stem
}

// StemBase stems a word known to be a base form, as a dictionary lists it: the
// irregular forms are not undone, since "found" (to establish), "lay" and
// "ground" are verbs of their own. It stems as Stem does every form but those.
func StemBase(n string) string {
	if r, _ := utf8.DecodeRuneInString(n); n == "" || unicode.IsDigit(r) {
		return n
	}
	if _, ok := irregular[n]; ok {
		return english.Stem(n, false)
	}
	return Stem(n)
}

// stemCache remembers stems: the stemmer is the costliest step of indexing, and a
// newsroom's vocabulary repeats.
var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

const maxStemCache = 200_000

// NormPhrase normalises a name or phrase for lookup: folded words joined by spaces.
func NormPhrase(s string) string {
	toks := Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// StemPhrase is normPhrase with every word stemmed: the form the index holds.
func StemPhrase(s string) string {
	toks := Tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Stem
	}
	return strings.Join(parts, " ")
}

// IsLowerLetters reports whether s is a word of the letters a to z only, as
// a normalised English word is: no digit, hyphen, apostrophe or accent.
// Spelling slips are looked for only in such words.
func IsLowerLetters(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' })
}

// EditDistance is the Levenshtein distance between a and b, in runes, giving up
// (returning max+1) as soon as it must exceed max.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// OSADistance is the edit distance between a and b counting a swap of two
// neighbouring letters as one edit, as typing slips are; it gives up at max+1.
func OSADistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// DashedPair reports whether tokens i and i+1 of a text (rs, as the tokens
// index it) are two whole numbers joined by a hyphen or a dash and nothing
// else, as sport pages write a score ("4-2", "7-6") and other copy a range
// ("2-3 days"): the answer's score and the claims' result both start here.
func DashedPair(rs []rune, toks []Token, i int) bool {
	if i < 0 || i+1 >= len(toks) || !DigitsOnly(toks[i].Norm) || !DigitsOnly(toks[i+1].Norm) {
		return false
	}
	between := string(rs[toks[i].End:toks[i+1].Start])
	return between == "-" || between == "\u2013"
}

// DigitsOnly reports whether a word is written in digits alone: "2004", "45".
func DigitsOnly(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
