package text

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"China's U.N. ambassador", []string{"china", "un", "ambassador"}},
		{"Nicolas de Rivière", []string{"nicolas", "de", "riviere"}},
		{"“Baseless,” he said", []string{"baseless", "he", "said"}},
		{"1,000 people and 2.5 million", []string{"1000", "people", "and", "2.5", "million"}},
		{"re-education camps", []string{"re", "education", "camps"}},
		{"the U.S. The next", []string{"the", "us", "the", "next"}},
		{"don't", []string{"do", "not"}},
		{"Marsh won't cut", []string{"marsh", "will", "not", "cut"}},
		{"it can’t, they're, we've", []string{"it", "can", "not", "they", "are", "we", "have"}},
		{"rock 'n' roll, O'Neill", []string{"rock", "n", "roll", "oneill"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Norm)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	toks := Tokenize("Zhang said.")
	if toks[0].Start != 0 || toks[0].End != 5 || toks[1].Stem != "say" {
		t.Errorf("offsets or stem wrong: %+v", toks)
	}
}

// TestTokenize_NoOverlap: tokens come in order and never overlap, so that
// the text between two of them can always be read: a dotted abbreviation
// ended by a contraction ("A.C.B.B'D.", found by fuzzing the ask path, where
// the claims reader panicked on it) does not stretch over the contraction's
// second word.
func TestTokenize_NoOverlap(t *testing.T) {
	for _, in := range []string{"00!A.C.B.B'D.0", "the U.S.'d been", "U.N.'s envoy", "I'd said, U.K.'ll"} {
		toks := Tokenize(in)
		for i := 1; i < len(toks); i++ {
			if toks[i].Start < toks[i-1].End {
				t.Errorf("tokenize(%q): %q [%d,%d) overlaps %q [%d,%d)", in, toks[i].Norm, toks[i].Start, toks[i].End, toks[i-1].Norm, toks[i-1].Start, toks[i-1].End)
			}
		}
	}
}

// TestStem_Irregular: irregular forms stem as their base, verbs and nouns
// alike; only the verb forms are verbs.
func TestStem_Irregular(t *testing.T) {
	for form, base := range map[string]string{"held": "hold", "went": "go", "teeth": "tooth", "children": "child", "feet": "foot"} {
		if Stem(form) != Stem(base) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want the same", form, Stem(form), base, Stem(base))
		}
	}
	if _, ok := BaseForm("held"); !ok {
		t.Error("held is not an irregular verb form")
	}
	if _, ok := BaseForm("teeth"); ok {
		t.Error("teeth is an irregular verb form")
	}
	for word, plural := range map[string]bool{"men": true, "teeth": true, "held": false, "man": false, "pages": false} {
		if IsIrregularPlural(word) != plural {
			t.Errorf("IsIrregularPlural(%q) = %v; want %v", word, !plural, plural)
		}
	}
}

// TestCompared: an adjective's comparative and superlative are known as
// its forms, those WordNet's rules make ("largest") as well as those it
// lists ("biggest"), keeping their own stems; a word that only looks like
// one is none ("number" is no "numb", "gamer" no "game", and "latest" is
// a word of its own).
func TestCompared(t *testing.T) {
	for form, want := range map[string]struct {
		base        string
		superlative bool
	}{"largest": {"large", true}, "biggest": {"big", true}, "strongest": {"strong", true}, "happier": {"happy", false}, "simpler": {"simple", false}} {
		base, sup, ok := Compared(Stem(form))
		if !ok || base != Stem(want.base) || sup != want.superlative {
			t.Errorf("Compared(%q) = %q, %v, %v; want %q, %v", form, base, sup, ok, Stem(want.base), want.superlative)
		}
		if Stem(form) == Stem(want.base) {
			t.Errorf("Stem(%q) = Stem(%q): a degree keeps its own stem", form, want.base)
		}
	}
	for _, word := range []string{"number", "gamer", "latest", "large"} {
		if base, _, ok := Compared(Stem(word)); ok {
			t.Errorf("Compared(%q) = %q; want none", word, base)
		}
	}
	if forms := ComparedForms(Stem("big"), true); !slices.Contains(forms, Stem("biggest")) {
		t.Errorf("ComparedForms(big, superlative) = %v; want biggest among them", forms)
	}
}

// TestStem_RegularForms: a verb's regular forms stem as the verb does, where
// Snowball alone leaves them apart: "were added" is "add", not "ad" (an
// advertisement), "staffed" is "staff", "tried" is "try" (not "trie"), and
// "experienced" is "experience". "putting" is still put's, and "programmed"
// program's as programme's.
func TestStem_RegularForms(t *testing.T) {
	for form, base := range map[string]string{"added": "add", "adding": "add", "staffed": "staff", "erred": "err", "sniffing": "sniff", "putting": "put",
		"boycotted": "boycott", "tried": "try", "dried": "dry", "experienced": "experience", "sacrificed": "sacrifice", "programmed": "program"} {
		if Stem(form) != Stem(base) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want the same", form, Stem(form), base, Stem(base))
		}
	}
	if Stem("added") == Stem("ad") {
		t.Errorf("Stem(added) = Stem(ad) = %q; want them apart", Stem("ad"))
	}
}

// TestStem_ShortVerbs: the forms of a short verb ending in "e" stem as the verb
// does, and words that only look like such forms keep their own stems.
func TestStem_ShortVerbs(t *testing.T) {
	for form, base := range map[string]string{"sued": "sue", "suing": "sue", "queued": "queue", "dyed": "dye", "admitted": "admit", "planned": "plan"} {
		if Stem(form) != Stem(base) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want the same", form, Stem(form), base, Stem(base))
		}
	}
	for word, not := range map[string]string{"need": "nee", "doing": "doe", "being": "bee", "shed": "she"} {
		if Stem(word) == Stem(not) {
			t.Errorf("Stem(%q) = Stem(%q) = %q; want them apart", word, not, Stem(word))
		}
	}
}

// TestIsStopwordForm: a form of a verb the stopwords list in several forms is
// one too; a word that shares its stem with a single stopword is not.
func TestIsStopwordForm(t *testing.T) {
	for w, want := range map[string]bool{"happening": true, "getting": true, "making": true, "evening": false, "signing": false} {
		if got := IsStopwordForm(w); got != want {
			t.Errorf("IsStopwordForm(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTokenize_Possessive: a word written with "'s" says so, whichever
// apostrophe, and drops it; a plain word, an abbreviation and a contraction do not.
func TestTokenize_Possessive(t *testing.T) {
	toks := Tokenize("the chairman's aides, England\u2019s Johnson, the U.S. chairman, it won't")
	want := map[string]bool{"chairman": true, "england": true}
	seen := map[string]bool{}
	for _, tk := range toks {
		if tk.Possessive != (want[tk.Norm] && !seen[tk.Norm]) {
			t.Errorf("%q: Possessive = %v", tk.Norm, tk.Possessive)
		}
		seen[tk.Norm] = true
	}
}

// TestStemUncached: the stem of a word not remembered is the stem Stem
// gives, irregular forms and short bases included.
func TestStemUncached(t *testing.T) {
	for _, w := range []string{"signed", "held", "teeth", "sued", "queued", "credibility", "2005", ""} {
		if got, want := StemUncached(w), Stem(w); got != want {
			t.Errorf("StemUncached(%q) = %q, Stem gives %q", w, got, want)
		}
	}
}

// TestIsLowerLetters: a word of the letters a to z only; not one with a
// digit, an apostrophe, an accent or a capital, nor nothing.
func TestIsLowerLetters(t *testing.T) {
	for s, want := range map[string]bool{"wat": true, "credibilty": true, "mp3": false, "don't": false, "café": false, "Wat": false, "": false} {
		if got := IsLowerLetters(s); got != want {
			t.Errorf("IsLowerLetters(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDashedPair: two whole numbers joined by a hyphen or a dash, nothing
// else between them.
func TestDashedPair(t *testing.T) {
	for s, want := range map[string]bool{"won 4-2": true, "won 7–6": true, "won 4 - 2": false, "won 4-2a": false, "the 2004-05 season": true, "a Boeing 747-400": true, "won four-two": false} {
		rs, toks := []rune(s), Tokenize(s)
		got := false
		for i := range toks {
			got = got || DashedPair(rs, toks, i)
		}
		if got != want {
			t.Errorf("DashedPair in %q = %v, want %v", s, got, want)
		}
	}
}

// TestOrdinalDigits: the number of an ordinal written in digits.
func TestOrdinalDigits(t *testing.T) {
	for norm, want := range map[string]string{"21st": "21", "43rd": "43", "12th": "12", "2nd": "2", "first": "", "st": "", "12": "", "4x4th": ""} {
		if got := OrdinalDigits(norm); got != want {
			t.Errorf("OrdinalDigits(%q) = %q, want %q", norm, got, want)
		}
	}
}
