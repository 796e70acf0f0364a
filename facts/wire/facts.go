package wire

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"

	"github.com/factdesk/factdesk/facts/text"

	"sort"
	"strings"
)

// vagueUnits are words after a number that do not say what it counts: "three
// others", "two more".
var vagueUnits = text.Set(`others other more times ones of each`)

// facts turns quotes and counted numbers into pending facts, in text order.
func (d *drafter) facts(cs []claims.Claim) {
	seen := map[string]bool{}
	unnamed := 0
	for _, c := range cs {
		sentence := collapse(c.Sentence.Text)
		switch c.Kind {
		case claims.ClaimQuote:
			var p *draftPerson
			if c.Speaker != nil {
				p = d.person(c.Speaker.Text, c.Speaker.Start)
			}
			if p == nil && standsAlone(c.Quote, sentence) {
				// "…are long gone." standing as its own sentence after "Zhang said":
				// the same speaker. A phrase in scare quotes inside someone else's
				// sentence ("defended the camps as “vocational centers”") is not.
				p = d.lastMentioned(c.Start)
			}
			if p == nil {
				// The sentence keeps the words; the editor names the speaker.
				unnamed++
				d.add(c.Start, facts.Fact{ID: d.factID("quote"), Statement: sentence})
				continue
			}
			p.used = true
			d.add(c.Start, facts.Fact{ID: d.factID(p.ID + "-quote"), Statement: sentence, Quote: collapse(c.Quote), Speaker: p.ID})
		case claims.ClaimNumber:
			unit := strings.ToLower(c.Unit)
			if unit == "" || vagueUnits[unit] || (c.Qualifier == "" && c.Low != c.High) {
				continue // a figure without what it counts, or a vague one ("hundreds")
			}
			key := sentence + "|" + formatValue(c.Value) + "|" + unit
			if seen[key] {
				continue
			}
			seen[key] = true
			v := c.Value
			d.add(c.Start, facts.Fact{ID: d.factID(slugify(unit) + "-" + slugify(formatValue(v))), Statement: sentence, Value: &v, Unit: c.Unit})
		}
	}
}

// addTitleFact records the sentence that gives a person's title.
func (d *drafter) addTitleFact(p *draftPerson, at int, sentence string) {
	d.add(at, facts.Fact{ID: d.factID(p.ID + "-title"), Statement: collapse(sentence), Subject: p.ID, Predicate: "is", Object: p.Title})
}

// add appends a pending fact citing the article; at is where in the article it
// was found, so the facts can be listed in the article's order.
func (d *drafter) add(at int, f facts.Fact) {
	f.Source = d.sf.Sources[0].ID
	f.Status = facts.StatusPending
	d.sf.Facts = append(d.sf.Facts, f)
	d.factAt = append(d.factAt, at)
}

// sortFacts puts the facts in the order the article states them.
func (d *drafter) sortFacts() {
	idx := make([]int, len(d.sf.Facts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d.factAt[idx[a]] < d.factAt[idx[b]] })
	out := make([]facts.Fact, len(idx))
	for i, k := range idx {
		out[i] = d.sf.Facts[k]
	}
	d.sf.Facts = out
}

// factID returns base, or base-2, base-3... when taken.
func (d *drafter) factID(base string) string {
	id := base
	for n := 2; d.factIDs[id]; n++ {
		id = base + "-" + formatValue(float64(n))
	}
	d.factIDs[id] = true
	return id
}

// standsAlone reports whether a quotation is its sentence's substance: several
// words making up most of the sentence, not a phrase quoted within it.
func standsAlone(quote, sentence string) bool {
	q, s := len(text.Tokenize(quote)), len(text.Tokenize(sentence))
	return q >= 6 && q*4 >= s*3
}
