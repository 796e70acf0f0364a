package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// A reporter clips a long name they use every day: "Lib Dem" for the Liberal
// Democrats. The knowledge base records the name in full, in an entity's name,
// alias or title, and knows none of the clipped words. Such a run is read as the name it clips when every
// word of it is the start of the matching word of that name, in order, and no
// other name the knowledge base records is clipped so: a clipped word names
// nothing by itself, so an unsure reading is worse than none, which leaves the
// words unknown and the question refused.

// minClip is the fewest letters a clipped word keeps: "Lib", "Dem". Fewer
// ("Li", "D") start too many words to say which.
const minClip = 3

// expandClipped rewrites, in place, the words of each run of two or more
// capitalised words the knowledge base does not know that clip exactly one
// run of capitalised words of its names and titles, as the words of that run.
func expandClipped(ix *index.Index, toks []text.Token) {
	for i := 0; i < len(toks); i++ {
		end := i
		for end < len(toks) && clippable(ix, toks[end]) {
			end++
		}
		if end-i < 2 {
			continue
		}
		known := capitalisedRuns(ix, toks[i].Norm)
		for n := end - i; n >= 2; n-- {
			if full := clipsOne(toks[i:i+n], known); full != nil {
				for k, w := range full {
					toks[i+k].Norm, toks[i+k].Stem = w.Norm, w.Stem
				}
				break
			}
		}
		i = end - 1
	}
}

// clippable reports whether a question's word may be a clipped word of a
// name: capitalised, letters only, at least minClip of them, and unknown to
// the knowledge base as a word or a name's word.
func clippable(ix *index.Index, t text.Token) bool {
	if !t.Upper || len(t.Norm) < minClip || strings.ContainsFunc(t.Norm, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	return !ix.IsStop(t.Norm) && ix.DF(t.Stem) == 0 && !ix.IsNameWord(t.Norm)
}

// capitalisedRuns lists the runs of capitalised words in the knowledge base's
// entity names, aliases and titles that may start with a word clipped to
// first: "Liberal Democrats" of "leader of the Liberal Democrats in the Welsh
// assembly" for "lib". Only the names that hold first capitalised are read
// into words, so that a question with unknown names does not tokenize every
// name of a large knowledge base.
func capitalisedRuns(ix *index.Index, first string) [][]text.Token {
	r, size := utf8.DecodeRuneInString(first)
	hint := string(unicode.ToUpper(r)) + first[size:]
	var out [][]text.Token
	for _, e := range ix.Names.Entities() {
		for _, s := range append([]string{e.Name, e.Title}, e.Aliases...) {
			if !strings.Contains(s, hint) {
				continue
			}
			toks := text.Tokenize(s)
			for i := 0; i < len(toks); i++ {
				end := i
				for end < len(toks) && toks[end].Upper {
					end++
				}
				if end-i >= 2 {
					out = append(out, toks[i:end])
				}
				i = end
			}
		}
	}
	return out
}

// clipsOne is the words of the one known name that words clip, word for word
// in order; nil when none does, or names that differ do.
func clipsOne(words []text.Token, known [][]text.Token) []text.Token {
	var found []text.Token
	for _, run := range known {
		for at := 0; at+len(words) <= len(run); at++ {
			cand := run[at : at+len(words)]
			if !clips(words, cand) {
				continue
			}
			if found != nil && !sameWords(found, cand) {
				return nil
			}
			found = cand
		}
	}
	return found
}

// clips reports whether each of words is a shorter start of the word of name
// in its place.
func clips(words, name []text.Token) bool {
	for k, w := range words {
		if len(name[k].Norm) <= len(w.Norm) || !strings.HasPrefix(name[k].Norm, w.Norm) {
			return false
		}
	}
	return true
}

func sameWords(a, b []text.Token) bool {
	for k := range a {
		if a[k].Stem != b[k].Stem {
			return false
		}
	}
	return true
}
