package claims

import (
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// ClaimScore is a result as sport pages write it: "won 2-1", "a 45-9 rout",
// "beat Massu 6-3 6-2", its sets in order. Scores holds each pair; a range
// ("2-3 days", "10-15%") is no score but a figure.
const ClaimScore = "score"

// maxScore bounds a side of a score: rugby reaches the hundreds, years
// ("1990-95") and most ranges do not read as scores.
const maxScore = 200

// scoreClaims finds scores: two whole numbers joined by a hyphen or a dash,
// the first no smaller than the second as a result is written ("2-1",
// "18-16", "2-2") or smaller in a set of a match ("3-6 7-6"), and not
// followed by what a range counts ("2-3 days", "10-15%"). Odds ("the 2-1
// favourite") read the same, and compare the same. A run of them, in
// brackets or not, is one claim: a tennis match's sets.
func (d *Draft) scoreClaims() []Claim {
	var out []Claim
	for i := 0; i+1 < len(d.Toks); i++ {
		if d.InQuote(d.Toks[i].Start) {
			continue
		}
		a, b, ok := d.scoreAt(i)
		if !ok || i > 0 && (d.gap(i) == "-" || d.gap(i) == "\u2013") {
			continue // the middle of a chain: "4-4-2"
		}
		scores := [][2]int{{a, b}}
		end := i + 2
		for end+1 < len(d.Toks) && d.SameSentence(end-1, end+1) && setGap(d.gap(end)) {
			x, y, ok := d.scoreAt(end)
			if !ok {
				break
			}
			scores = append(scores, [2]int{x, y})
			end += 2
		}
		if a < b && len(scores) == 1 || d.countsAfter(end) {
			continue
		}
		c := d.claim(ClaimScore, i, end)
		c.Scores = scores
		out = append(out, c)
		i = end - 1
	}
	return out
}

// scoreAt reads a pair of whole numbers at tokens i and i+1 joined by a
// hyphen or a dash (text.DashedPair), each at most maxScore.
func (d *Draft) scoreAt(i int) (int, int, bool) {
	if !text.DashedPair(d.rs, d.Toks, i) {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(d.Toks[i].Norm)
	b, err2 := strconv.Atoi(d.Toks[i+1].Norm)
	if err1 != nil || err2 != nil || a > maxScore || b > maxScore || d.Toks[i].Norm[0] == '0' && a > 0 {
		return 0, 0, false
	}
	if at := d.Toks[i].Start - 1; at >= 0 && currencies[d.rs[at]] != "" {
		return 0, 0, false // "$2-3m"
	}
	return a, b, true
}

// setGap reports whether what stands between two pairs of numbers joins
// the sets of one match: a space, or a bracket about a tie-break ("7-6
// (8-6) 7-5").
func setGap(g string) bool {
	t := strings.TrimSpace(g)
	return strings.Contains(g, " ") && (t == "" || t == "(" || t == ")" || t == ") (")
}

// countsAfter reports whether what follows a pair of numbers says what a
// range counts, or makes it something else: a per cent sign or a third
// number ("10-15%", "4-4-2"), or a plural noun or a measure ("2-3 days",
// "6-8 weeks").
func (d *Draft) countsAfter(end int) bool {
	if at := d.Toks[end-1].End; at < len(d.rs) && (d.rs[at] == '%' || d.rs[at] == '-' || d.rs[at] == '\u2013') {
		return true
	}
	if end >= len(d.Toks) || !d.spaced(end) {
		return false
	}
	t := d.Toks[end]
	if t.Norm == "per" || t.Norm == "percent" || timeUnits[t.Norm] {
		return true
	}
	return wordnet.Marked(t.Norm, t.Stem, wordnet.Measure) || strings.HasSuffix(t.Norm, "s") && !text.IsStopword(t.Norm) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0 && wordnet.PartsOfSpeech(t.Stem)&wordnet.Verb == 0
}
