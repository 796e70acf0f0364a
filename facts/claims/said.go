package claims

import (
	"strings"

	"github.com/factdesk/factdesk/facts/text"
)

// minSaidWords is the least a reported statement must hold to be compared:
// "he said so" reports nothing checkable.
const minSaidWords = 4

// saidClaims finds reported speech without quotation marks, in the two shapes
// news prose uses: a named speaker before the reporting verb ("Human Rights
// Watch's Kenneth Roth said the statement was significant") and after it
// ("The statement was significant, said Roth"). Pronouns ("he said") name no
// one and are left out; so are statements holding a quotation, which the
// quotation's claim covers.
func (d *Draft) saidClaims() []Claim {
	var out []Claim
	for i, t := range d.Toks {
		if !text.IsReportingVerb(t.Norm) || t.Upper || d.InQuote(t.Start) { // "United States" is no verb
			continue
		}
		if i+1 < len(d.Toks) && d.Toks[i+1].Norm == "by" {
			continue // "announced by the chancellor": a passive, not reported speech
		}
		if c, named, ok := d.saidAfterName(i); ok {
			out = append(out, c)
		} else if named {
			continue // the speaker is named before the verb; what they said is quoted
		} else if c, ok := d.saidBeforeName(i); ok {
			out = append(out, c)
		}
	}
	return out
}

// saidAfterName reads "Roth said (that) the statement was significant", and
// "Stone, honoured in Stockholm, said ...": a comma before the verb closes an
// aside, and the speaker is named before it.
func (d *Draft) saidAfterName(verb int) (c Claim, named, ok bool) {
	end := verb // the speaker's name ends just before the verb
	if strings.Contains(d.gap(verb), ",") {
		end = -1
		for k := verb - 1; k > 0 && d.SameSentence(k-1, verb); k-- {
			if strings.Contains(d.gap(k), ",") {
				end = k // the first comma of the sentence, going back
			}
		}
		if end < 0 {
			return Claim{}, false, false
		}
	}
	start := end
	for start > 0 && d.SameSentence(start-1, verb) && (d.Toks[start-1].Upper || text.IsNameParticle(d.Toks[start-1].Norm)) &&
		!text.IsStopword(d.Toks[start-1].Norm) && (start == end || !d.Toks[start-1].Possessive) {
		start--
		// "The Ministry of Commerce said", "the Bank of Israel said": a
		// name may hold "of" between capitalised words.
		if start > 1 && start < end && d.Toks[start-1].Norm == "of" && !d.Toks[start-1].Upper && d.Toks[start-2].Upper &&
			!text.IsStopword(d.Toks[start-2].Norm) && !d.Toks[start-2].Possessive && d.SameSentence(start-2, verb) {
			start -= 2
		}
	}
	if start == end || start > 0 && d.SameSentence(start-1, verb) && text.IsPreposition(d.Toks[start-1].Norm) {
		return Claim{}, false, false // "in Stockholm said": no speaker
	}
	if c, ok := d.saidBetweenCommas(start, end, verb); ok {
		return c, true, true
	}
	from := verb + 1
	if from < len(d.Toks) && d.Toks[from].Norm == "that" {
		from++
	}
	to := from
	for to < len(d.Toks) && d.SameSentence(to, verb) {
		to++
	}
	c, ok = d.saidClaim(start, end, from, to)
	return c, true, ok
}

// saidBetweenCommas reads "Exports were the main driver, the Bank of Israel
// said, while tourism bounced back": a speaker and verb set off by commas,
// or closing the sentence, after what was said, which runs from the
// sentence's start to the comma before them.
func (d *Draft) saidBetweenCommas(start, end, verb int) (Claim, bool) {
	after := verb + 1
	if after < len(d.Toks) && d.SameSentence(after, verb) && !strings.Contains(d.gap(after), ",") {
		return Claim{}, false
	}
	comma := start
	if comma > 0 && d.Toks[comma-1].Norm == "the" && d.SameSentence(comma-1, verb) {
		comma--
	}
	if comma == 0 || !d.SameSentence(comma-1, verb) || !strings.Contains(d.gap(comma), ",") {
		return Claim{}, false
	}
	from := comma
	for from > 0 && d.SameSentence(from-1, verb) {
		from--
	}
	return d.saidClaim(start, end, from, comma)
}

// saidBeforeName reads "The statement was significant, said Roth" and "...,
// Roth said."
func (d *Draft) saidBeforeName(verb int) (Claim, bool) {
	if !strings.Contains(d.gap(verb), ",") {
		return Claim{}, false // "said Mr Ahern had been...": no statement before the verb
	}
	start := verb + 1
	end := start
	for end < len(d.Toks) && d.SameSentence(end, verb) && d.Toks[end].Upper && !text.IsStopword(d.Toks[end].Norm) {
		end++
	}
	if end == start {
		return Claim{}, false
	}
	to := verb
	from := to
	for from > 0 && d.SameSentence(from-1, verb) {
		from--
	}
	return d.saidClaim(start, end, from, to)
}

// saidClaim builds a reported-speech claim from the speaker's tokens and the
// statement's, when the statement is long enough and quotes nothing.
func (d *Draft) saidClaim(speakerFrom, speakerTo, from, to int) (Claim, bool) {
	if to-from < minSaidWords {
		return Claim{}, false
	}
	for k := from; k < to; k++ {
		if d.InQuote(d.Toks[k].Start) {
			return Claim{}, false
		}
	}
	c := d.claim(ClaimSaid, min(speakerFrom, from), max(speakerTo, to))
	sp, content := d.TokSpan(speakerFrom, speakerTo), d.TokSpan(from, to)
	c.Speaker, c.Content = &sp, &content
	return c, true
}
