package claims

import (
	"unicode"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"math"
	"strconv"
	"strings"
)

// English number words. Plural scale words on their own ("hundreds", "dozens of")
// are vague: they stand for a range, not a figure.
var (
	numberUnits = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	numberTens = map[string]float64{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90}
	numberScales = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
	vagueNumbers = map[string][2]float64{"dozens": {24, 99}, "scores": {40, 99}, "tens": {20, 99}, "hundreds": {200, 999},
		"thousands": {2000, 99999}, "millions": {2e6, 999e6}, "billions": {2e9, 999e9}}
)

// numberQualifiers say how a figure bounds the truth, longest phrase first.
var numberQualifiers = []struct {
	words string
	kind  string
}{
	{"more than", "more"}, {"greater than", "more"}, {"upwards of", "more"}, {"upward of", "more"}, {"in excess of", "more"},
	{"just over", "more"}, {"well over", "more"}, {"over", "more"},
	{"at least", "least"}, {"no fewer than", "least"}, {"no less than", "least"},
	{"fewer than", "less"}, {"less than", "less"}, {"just under", "less"}, {"under", "less"}, {"up to", "less"},
	{"at most", "less"}, {"as many as", "less"}, {"no more than", "less"},
	{"nearly", "nearly"}, {"almost", "nearly"}, {"close to", "nearly"}, {"just shy of", "nearly"},
	{"about", "about"}, {"around", "about"}, {"roughly", "about"}, {"approximately", "about"}, {"some", "about"},
	{"an estimated", "about"}, {"estimated", "about"}, {"an approximate", "about"}, {"circa", "about"},
}

// timeUnits count time; "over" and "under" before them are prepositions.
var timeUnits = text.Set(`year years month months week weeks day days decade decades hour hours minute minutes century centuries`)

// unitLead are words between a number and what it counts: "43 other countries",
// "39 mostly Western nations".
var unitLead = text.Set(`other more additional new separate different further`)

// scaleSuffixes are the scales news copy writes onto a figure: "£150m", "$3.3bn".
var scaleSuffixes = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}

// unitSuffixes are the units British copy writes onto a figure: "270.25p",
// a share price in pence.
var unitSuffixes = map[string]string{"p": "pence"}

// unitSuffix is the unit written onto a figure's token ("270.25p": pence),
// "" for none.
func unitSuffix(norm string) string {
	if norm == "" || norm[0] < '0' || norm[0] > '9' {
		return ""
	}
	return unitSuffixes[strings.TrimLeft(norm, "0123456789.")]
}

// currencies name what a sign before a figure counts.
var currencies = map[rune]string{'$': "dollars", '\u20ac': "euros", '\u00a3': "pounds", '\u00a5': "yen"}

// numberClaims finds figures with what they count. Days and years already read as
// dates, and anything inside a quotation, are skipped.
func (d *Draft) numberClaims(dates []Claim) []Claim {
	used := make([]bool, len(d.Toks))
	for _, c := range dates {
		for i := c.From; i < c.To && i < len(used); i++ {
			used[i] = true
		}
	}
	var out []Claim
	for i := 0; i < len(d.Toks); i++ {
		if used[i] || d.InQuote(d.Toks[i].Start) {
			continue
		}
		if c, ok := d.ordinalAt(i); ok {
			out = append(out, c)
			continue
		}
		v, lo, hi, end, vague, ok := d.parseNumberAt(i)
		if !ok {
			continue
		}
		c := d.claim(ClaimNumber, i, end)
		c.Value, c.Low, c.High = v, lo, hi
		from := i
		unitAt := d.unitAfter(&c, i, end, vague)
		// "over three years" is a span of time, not "more than three".
		if q, n := d.qualifierBefore(i); n > 0 && !vague && !(timeUnits[strings.ToLower(c.Unit)] && (q == "over" || q == "under")) {
			from = i - n
			c.Qualifier = q
			c.Low, c.High = qualify(q, v)
		}
		to := end
		if unitAt >= 0 {
			to = unitAt + 1
		}
		c.Span = d.TokSpan(from, to)
		if at := d.Toks[i].Start - 1; from == i && at >= 0 && currencies[d.rs[at]] != "" {
			c.Span = d.Span(at, c.End)
		}
		c.From, c.To = from, to
		out = append(out, c)
		i = end - 1
	}
	d.borrowUnits(out)
	return out
}

// borrowUnits gives a figure written without its counted noun the noun its
// sentence gives it elsewhere: the next figure's in "between 9,000 and 7,000
// jobs", the last one's in "104,000 jobs would be cut, around 6,000 of those
// in Wales", the counted noun of "the total number of jobs to go ... to 5,500".
func (d *Draft) borrowUnits(cs []Claim) {
	for k := range cs {
		c := &cs[k]
		if c.Unit != "" {
			continue
		}
		next := ""
		if c.To < len(d.Toks) {
			next = d.Toks[c.To].Norm
		}
		switch {
		case (next == "and" || next == "or" || next == "to") && k+1 < len(cs) && cs[k+1].From == c.To+1 && cs[k+1].Unit != "" && d.spaced(c.To) && d.spaced(c.To+1):
			c.Unit = cs[k+1].Unit
		case next == "of" && c.To+1 < len(d.Toks) && partitives[d.Toks[c.To+1].Norm]:
			for j := k - 1; j >= 0; j-- {
				if cs[j].Unit != "" && d.tokSent[cs[j].From] == d.tokSent[c.From] {
					c.Unit, c.Part = cs[j].Unit, true
					break
				}
			}
		case next == "of":
			if c.Unit = d.partOf(c, cs[k+1:]); c.Unit != "" {
				c.Part = true
			} else {
				c.Unit = d.numberOf(c.From)
			}
		default:
			c.Unit = d.numberOf(c.From)
			if c.Unit == "" {
				c.Unit = d.nounOf(c.From)
			}
		}
	}
}

// partOf reads what a figure counts in "23 of the 30 projects" and "three of
// their last 10 league games": the counted noun of the figure a determiner
// and a word or two after "of" give.
func (d *Draft) partOf(c *Claim, later []Claim) string {
	at := c.To + 1
	if at >= len(d.Toks) || !ofDeterminers[d.Toks[at].Norm] || len(later) == 0 {
		return ""
	}
	if k := later[0].From; k > at && k <= at+3 && d.SameSentence(k, c.From) {
		return later[0].Unit
	}
	return ""
}

// ordinalAt reads a place in an order written in digits: "the 43rd minute",
// "his 15th time", "climbed to 12th in the world". What it counts is the noun
// after it, or, with none, a place. Its value is the place; Ordinal marks
// it, so that it is compared only with places.
func (d *Draft) ordinalAt(i int) (Claim, bool) {
	t := d.Toks[i]
	digits := text.OrdinalDigits(t.Norm)
	if digits == "" || digits[0] == '0' || t.Norm != digits+OrdinalSuffix(digits) {
		return Claim{}, false
	}
	v, err := strconv.Atoi(digits)
	if err != nil || v <= 0 {
		return Claim{}, false
	}
	c := d.claim(ClaimNumber, i, i+1)
	c.Value, c.Low, c.High, c.Ordinal = float64(v), float64(v), float64(v), true
	c.Unit = "place"
	if k := i + 1; k < len(d.Toks) && d.spaced(k) && !text.IsStopword(d.Toks[k].Norm) && !text.IsPreposition(d.Toks[k].Norm) &&
		!d.Toks[k].Upper && mayCount(d.Toks[k]) && wordnet.PartsOfSpeech(d.Toks[k].Stem)&wordnet.Noun != 0 {
		c.Unit = string(d.rs[d.Toks[k].Start:d.Toks[k].End])
		c.Span = d.TokSpan(i, k+1)
		c.To = k + 1
	}
	return c, true
}

// OrdinalSuffix is the ending English writes after a number to make it a
// place: "1st", "2nd", "3rd", "11th", "43rd".
func OrdinalSuffix(digits string) string {
	n := len(digits)
	if n >= 2 && digits[n-2] == '1' {
		return "th"
	}
	switch digits[n-1] {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}

// ofDeterminers open the whole a figure is part of: "three of their ...".
var ofDeterminers = text.Set(`the their its his her our your these those`)

// partitives stand for what an earlier figure counted: "6,000 of those".
var partitives = map[string]bool{"those": true, "them": true, "these": true}

// nounOf reads what a figure counts in "a crowd of 7,200", "a majority of
// 5,097", "a total workforce of 6,500": the noun just before "of", after "a"
// or "an" and perhaps one word that qualifies it.
func (d *Draft) nounOf(i int) string {
	if i < 3 || d.Toks[i-1].Norm != "of" || !d.SameSentence(i-3, i) {
		return ""
	}
	n, det := d.Toks[i-2], d.Toks[i-3].Norm
	if det != "a" && det != "an" && i >= 4 && d.SameSentence(i-4, i) {
		if q := d.Toks[i-3]; !q.Upper && !q.Possessive && !text.IsStopword(q.Norm) && text.IsLowerLetters(q.Norm) && d.spaced(i-3) && d.spaced(i-2) {
			det = d.Toks[i-4].Norm // "a total workforce of"
		}
	}
	if det != "a" && det != "an" || text.IsStopword(n.Norm) || n.Upper || !mayCount(n) || !d.spaced(i-1) {
		return ""
	}
	return string(d.rs[n.Start:n.End])
}

// numberOf finds, before token i in its sentence, "number of NOUNS" and
// returns the nouns as written: what a figure that follows counts.
func (d *Draft) numberOf(i int) string {
	for k := i - 2; k > 0 && d.tokSent[k] == d.tokSent[i]; k-- {
		if d.Toks[k].Norm == "of" && d.Toks[k-1].Norm == "number" && d.spaced(k+1) && !text.IsStopword(d.Toks[k+1].Norm) && strings.HasSuffix(d.Toks[k+1].Norm, "s") {
			t := d.Toks[k+1]
			return string(d.rs[t.Start:t.End])
		}
	}
	return ""
}

// parseNumberAt reads the figure starting at token i: digits ("43", "2.5",
// "1,000"), digits with a scale ("1.5 million"), words ("forty-three", "a dozen",
// "two hundred") or vague plurals ("hundreds of thousands").
func (d *Draft) parseNumberAt(i int) (v, lo, hi float64, end int, vague, ok bool) {
	t := d.Toks[i]
	norm := func(k int) string {
		if k < len(d.Toks) {
			return d.Toks[k].Norm
		}
		return ""
	}
	if t.Norm[0] >= '0' && t.Norm[0] <= '9' {
		digits, scale := t.Norm, 1.0
		unitWritten := unitSuffix(t.Norm) != ""
		if suffix := strings.TrimLeft(t.Norm, "0123456789."); unitWritten {
			digits = strings.TrimSuffix(t.Norm, suffix) // "270.25p": a unit written onto the figure
		} else if suffix != "" {
			// "£150m", "$3.3bn", "10k": a scale written onto the figure.
			if scale = scaleSuffixes[suffix]; scale == 0 {
				return 0, 0, 0, 0, false, false // "21st", "3D", "1e9": not a count
			}
			digits = strings.TrimSuffix(t.Norm, suffix)
		}
		n, err := strconv.ParseFloat(digits, 64)
		if err == nil && scale != 1 {
			n *= scale
			return n, n, n, i + 1, false, true
		}
		if err != nil || math.IsInf(n, 0) {
			return 0, 0, 0, 0, false, false
		}
		raw := string(d.rs[t.Start:t.End])
		end = i + 1
		if s, isScale := numberScales[norm(end)]; isScale && d.spaced(end) && !math.IsInf(n*s, 0) {
			n *= s
			end++
		} else if n >= 1000 && n <= 2100 && n == float64(int(n)) && !strings.Contains(raw, ",") && !unitWritten {
			return 0, 0, 0, 0, false, false // a year, not a count
		}
		n, end = d.andAHalf(n, end)
		return n, n, n, end, false, true
	}
	if r, isVague := vagueNumbers[t.Norm]; isVague {
		lo, hi = r[0], r[1]
		end = i + 1
		// "hundreds of thousands": the first range times the second's scale.
		if norm(end) == "of" {
			if sc := scaleOfVague(norm(end + 1)); sc > 0 && vagueNumbers[norm(end+1)][0] > 0 {
				lo, hi = lo*sc, hi*sc
				end += 2
			}
		}
		if t.Norm == "tens" && end == i+1 {
			return 0, 0, 0, 0, false, false // "tens" alone is not a number
		}
		return lo, lo, hi, end, true, true
	}
	if v, ok := foldNumber(t.Norm); ok {
		return v, v, v, i + 1, false, true // "rose tenfold"
	}
	// "half a million", "half a dozen": half the scale after "a".
	if t.Norm == "half" && (norm(i+1) == "a" || norm(i+1) == "an") && numberScales[norm(i+2)] > 0 {
		v = numberScales[norm(i+2)] / 2
		return v, v, v, i + 3, false, true
	}
	// Words: "a dozen", "forty-three", "two hundred and five", "three million".
	k := i
	if (t.Norm == "a" || t.Norm == "an") && numberScales[norm(i+1)] > 0 {
		k = i + 1
	}
	v, end = d.numberWords(i, k)
	if end == k {
		return 0, 0, 0, 0, false, false
	}
	// A number word written with a capital inside a sentence, before another
	// capitalised word, is part of a name: "the Six Nations title", "the Big
	// Four".
	if t.Upper && !t.First && end < len(d.Toks) && d.spaced(end) && d.Toks[end].Upper {
		return 0, 0, 0, 0, false, false
	}
	// A number word hyphened to a word into one English knows as a word of its
	// own counts nothing: "a one-time passcode" (single-use), "a one-off
	// charge", "two-way talks"; "a one-day strike" and "a two-year deal" are
	// counts, and English has no such words.
	if end == k+1 && end < len(d.Toks) && d.gap(end) == "-" && wordnet.Phrase(d.Toks[k].Stem+" "+d.Toks[end].Stem) {
		return 0, 0, 0, 0, false, false
	}
	// A scale alone hyphened to a word makes an adjective of money or size:
	// "million-pound homes", "a billion-dollar deal" count no homes or deals.
	if end == k+1 && end < len(d.Toks) && d.gap(end) == "-" && numberScales[d.Toks[k].Norm] >= 1000 {
		return 0, 0, 0, 0, false, false
	}
	v, end = d.andAHalf(v, end)
	return v, v, v, end, false, true
}

// andAHalf reads "and a half" after a whole number at token end, and a scale
// after it: "five and a half months" is 5.5 months, "two and a half
// million" 2.5 million. It returns the value and the token after.
func (d *Draft) andAHalf(v float64, end int) (float64, int) {
	if end+2 >= len(d.Toks) || v != math.Trunc(v) || d.Toks[end].Norm != "and" || d.Toks[end+1].Norm != "a" || d.Toks[end+2].Norm != "half" {
		return v, end
	}
	v, end = v+0.5, end+3
	if end < len(d.Toks) && numberScales[d.Toks[end].Norm] > 0 && d.spaced(end) {
		v, end = v*numberScales[d.Toks[end].Norm], end+1
	}
	return v, end
}

// numberWords reads number words from token k (the figure starting at token i)
// and returns their value and the token after them; end == k when there are none.
func (d *Draft) numberWords(i, k int) (v float64, end int) {
	total, cur := 0.0, 0.0
	start := k
	end = k
	for ; k < len(d.Toks); k++ {
		w := d.Toks[k].Norm
		if k > i && !d.spaced(k) && d.gap(k) != "-" {
			break
		}
		switch {
		case numberUnits[w] > 0 || w == "zero":
			cur += numberUnits[w]
		case numberTens[w] > 0:
			cur += numberTens[w]
		case w == "hundred":
			cur = max(cur, 1) * 100
		case numberScales[w] > 0:
			total += max(cur, 1) * numberScales[w]
			cur = 0
		case w == "and" && end > start && k+1 < len(d.Toks) && (numberUnits[d.Toks[k+1].Norm] > 0 || numberTens[d.Toks[k+1].Norm] > 0):
			continue
		default:
			return total + cur, end
		}
		end = k + 1
	}
	return total + cur, end
}

// foldNumber reads a multiple written as one word, a number word and
// "fold": "twofold", "tenfold", "twentyfold" (the times one amount is
// another).
func foldNumber(w string) (float64, bool) {
	n, ok := strings.CutSuffix(w, "fold")
	if !ok {
		return 0, false
	}
	if v := numberUnits[n] + numberTens[n]; v > 0 {
		return v, true
	}
	if v := numberScales[n]; v > 0 {
		return v, true // "hundredfold", "thousandfold"
	}
	return 0, false
}

// scaleOfVague is the unit a vague plural multiplies by: "thousands" -> 1000.
func scaleOfVague(w string) float64 {
	return numberScales[strings.TrimSuffix(w, "s")]
}

// qualifierBefore returns the qualifier ending just before token i and how many
// words it has.
func (d *Draft) qualifierBefore(i int) (string, int) {
	for _, q := range numberQualifiers {
		words := strings.Fields(q.words)
		n := len(words)
		if i-n < 0 {
			continue
		}
		match := true
		for k, w := range words {
			at := i - n + k
			if d.Toks[at].Norm != w || (k > 0 && !d.spaced(at)) {
				match = false
				break
			}
		}
		if match && (d.spaced(i) || d.signed(i)) {
			return q.words, n
		}
	}
	return "", 0
}

// signed reports whether token i is a figure whose currency sign alone
// stands between it and the white space before it: "more than £80,000"
// bounds the sum as "more than 80,000" bounds a count.
func (d *Draft) signed(i int) bool {
	g := []rune(d.gap(i))
	return len(g) >= 2 && currencies[g[len(g)-1]] != "" && strings.TrimSpace(string(g[:len(g)-1])) == ""
}

// qualify turns a qualified figure into the range it allows; High 0 is no bound.
// QualifierKind is how a qualifier bounds a figure: "more" ("more than",
// "over"), "least", "less" ("up to"), "nearly" or "about"; "" for none.
func QualifierKind(q string) string {
	for _, nq := range numberQualifiers {
		if nq.words == q {
			return nq.kind
		}
	}
	return ""
}

func qualify(q string, v float64) (lo, hi float64) {
	for _, nq := range numberQualifiers {
		if nq.words != q {
			continue
		}
		switch nq.kind {
		case "more":
			return v + 1e-9, 0
		case "least":
			return v, 0
		case "less":
			return 0, v
		case "nearly":
			return v * 0.9, v
		case "about":
			return v * 0.9, v * 1.1
		}
	}
	return v, v
}

// unitAfter finds what a figure counts in the words after it and returns the
// index of the counted noun, or -1. "43-country coalition" counts countries;
// "hundreds of thousands of Uyghurs" counts Uyghurs; "40%" counts percent.
func (d *Draft) unitAfter(c *Claim, i, end int, vague bool) int {
	if _, ok := foldNumber(d.Toks[i].Norm); ok {
		c.Unit = "times"
		return -1
	}
	if end < len(d.Toks) && d.Toks[end].Norm == "fold" && d.gap(end) == "-" {
		c.Unit = "times" // "a 10-fold rise"
		return end
	}
	if at := d.Toks[i].Start - 1; at >= 0 {
		if cur, ok := currencies[d.rs[at]]; ok {
			c.Unit = cur
			return -1 // "$48 million flood wall": the sign says what is counted
		}
	}
	if e := d.Toks[end-1].End; e < len(d.rs) && d.rs[e] == '%' {
		c.Unit = "percent"
		return -1
	}
	if u := unitSuffix(d.Toks[i].Norm); u != "" {
		c.Unit = u
		return -1
	}
	j := end
	if j >= len(d.Toks) {
		return -1
	}
	hyphen := d.gap(j) == "-" || d.gap(j) == "\u2013"
	if !hyphen && !d.spaced(j) {
		return -1
	}
	if vague && d.Toks[j].Norm == "of" {
		j++
	}
	for j < len(d.Toks) && d.spaced(j) && (unitLead[d.Toks[j].Norm] || strings.HasSuffix(d.Toks[j].Norm, "ly")) {
		j++
	}
	var tail []int
	for k := j; k < len(d.Toks) && len(tail) < 3; k++ {
		if k > j && !d.spaced(k) && d.gap(k) != "-" {
			break
		}
		if k == j && !hyphen && !d.spaced(k) && k != end {
			break
		}
		// "US" in "3,428 US patents" is a name, not the pronoun.
		if text.IsStopword(d.Toks[k].Norm) && !d.Toks[k].Caps || text.IsConjunction(d.Toks[k].Norm) {
			break // "fell by 1,132 while he was home secretary" counts no whiles
		}
		tail = append(tail, k)
	}
	if len(tail) == 0 {
		return -1
	}
	if d.Toks[tail[0]].Norm == "percent" || d.Toks[tail[0]].Norm == "per" && len(tail) > 1 && d.Toks[tail[1]].Norm == "cent" {
		c.Unit = "percent"
		return tail[0]
	}
	pick := tail[0]
	if !hyphen {
		for _, k := range tail {
			if n := d.Toks[k].Norm; len(n) > 2 && strings.HasSuffix(n, "s") {
				pick = k
				break
			}
		}
	}
	if !hyphen && !mayCount(d.Toks[pick]) {
		// "one in five Americans under 30 own an MP3 player": "own" is
		// what they do, not what 30 counts.
		pick = -1
		for _, k := range tail {
			if mayCount(d.Toks[k]) {
				pick = k
				break
			}
		}
		if pick < 0 {
			return -1
		}
	}
	if c.Unit == "" {
		c.Unit = string(d.rs[d.Toks[pick].Start:d.Toks[pick].End])
	}
	return pick
}

// mayCount reports whether a word after a figure may be what it counts: a
// noun, a name, or a word WordNet does not know; not a preposition ("a
// shortlist of five after the competition closes") nor a word that can only
// be a verb, an adjective or an adverb.
func mayCount(t text.Token) bool {
	if text.IsPreposition(t.Norm) {
		return false
	}
	pos := wordnet.PartsOfSpeech(t.Stem)
	return t.Upper || t.Caps || pos == 0 || pos&wordnet.Noun != 0
}

// MayHoldFigure reports, cheaply, whether a statement may state a figure: it
// has a digit or a number word. Most statements have neither, and reading their
// claims is the costliest part of preparing a fact.
func MayHoldFigure(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if IsNumberWord(w) || vagueNumbers[w][1] > 0 {
			return true
		}
	}
	return false
}

// IsNumberWord reports whether a lower-case word names a number above zero
// ("four", "nineteen", "sixty", "million"), or a multiple ("tenfold"): a
// figure written out.
func IsNumberWord(w string) bool {
	_, fold := foldNumber(w)
	return numberUnits[w] > 0 || numberTens[w] > 0 || numberScales[w] > 0 || fold
}

// Scaled reads a curated unit that opens with a scale ("million dollars",
// "trillion pesos") as the value it scales and the unit it counts: 805.9
// "million dollars" is 805,900,000 dollars, as "$805.9m" is read. Other
// units are as given.
func Scaled(v float64, unit string) (float64, string) {
	first, rest, ok := strings.Cut(strings.TrimSpace(unit), " ")
	if s := numberScales[strings.ToLower(first)]; ok && s > 0 && rest != "" {
		return v * s, strings.TrimSpace(rest)
	}
	return v, unit
}

// CurrencySign is the sign written before a figure counted in unit ("dollars":
// "$"), or "" when unit is no currency the extractor reads.
func CurrencySign(unit string) string {
	for sign, name := range currencies {
		if strings.EqualFold(unit, name) || strings.EqualFold(unit+"s", name) { // "a 30,000 pound prize"
			return string(sign)
		}
	}
	return ""
}

// IsMoney reports whether a figure counted in unit is a sum of money: a sign
// stood before it ("$5m", unit "dollars"), or its unit is a unit of money
// ("a 475m euro hit", "420bn yuan", "2m rupees", "12 trillion won"). A unit
// is a noun: stemmed as a dictionary word, not undone as a verb's form
// ("won" is Korea's currency here, not "win").
func IsMoney(unit string) bool {
	if CurrencySign(unit) != "" {
		return true
	}
	words := strings.Fields(unit)
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(words[0])
	// An irregular plural is read by its singular's stem: "pence", "penny".
	return wordnet.Marked(w, text.StemBase(w), wordnet.Currency) || text.IsIrregularPlural(w) && wordnet.Marked(w, text.Stem(w), wordnet.Currency)
}
