package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// HostileDraft writes a draft of at most size bytes built to make a check of it
// against the stories (as Generate wrote them) work as hard as a draft can:
// every sentence names people by the bare surnames the most people share, the
// countries and organisations most facts are about, several figures counting
// what those facts count (some a little off), a month and year, and often a
// quotation one word away from a recorded one. It is the worst case of issue
// 16, for benchmarks and load tests; the same seed writes the same draft.
func HostileDraft(stories []facts.StoryFile, size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0xd4af7))
	about := map[string]int{} // entity id -> facts about it
	var figures []*facts.Fact
	var quotes []string
	entities := map[string]facts.Entity{}
	for _, sf := range stories {
		for _, e := range sf.Entities {
			entities[e.ID] = e
		}
		for i := range sf.Facts {
			fa := &sf.Facts[i]
			for _, id := range []string{fa.Subject, fa.Object, fa.Speaker} {
				if id != "" {
					about[id]++
				}
			}
			if fa.Value != nil && fa.Unit != "" {
				figures = append(figures, fa)
			}
			if fa.Quote != "" {
				quotes = append(quotes, fa.Quote)
			}
		}
	}
	// A surname counts the facts of everyone who shares it: naming it names
	// them all.
	surnameFacts := map[string]int{}
	var countries, orgs []string
	for id, e := range entities {
		switch e.Kind {
		case "person":
			if len(e.Aliases) > 0 {
				surnameFacts[e.Aliases[0]] += about[id]
			}
		case "country":
			countries = append(countries, id)
		case "organization":
			orgs = append(orgs, id)
		}
	}
	surnames := make([]string, 0, len(surnameFacts))
	for s := range surnameFacts {
		surnames = append(surnames, s)
	}
	byFacts := func(n map[string]int) func(a, b string) int {
		return func(a, b string) int {
			if n[a] != n[b] {
				return n[b] - n[a]
			}
			return strings.Compare(a, b)
		}
	}
	slices.SortFunc(surnames, byFacts(surnameFacts))
	slices.SortFunc(countries, byFacts(about))
	slices.SortFunc(orgs, byFacts(about))
	if len(surnames) == 0 || len(countries) == 0 || len(orgs) == 0 || len(figures) == 0 {
		return ""
	}
	top := func(list []string, n int) string { return list[r.IntN(min(n, len(list)))] }
	name := func(id string) string { return strings.TrimPrefix(entities[id].Name, "the ") }
	figure := func() string {
		fa := figures[r.IntN(len(figures))]
		v := *fa.Value
		if r.IntN(2) == 0 {
			v += float64(1 + r.IntN(9)) // a little off: a contradiction to find
		}
		return fmt.Sprintf("%g %s", v, fa.Unit)
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	var b strings.Builder
	for {
		var s string
		if r.IntN(3) == 0 && len(quotes) > 0 {
			words := strings.Fields(strings.TrimSuffix(quotes[r.IntN(len(quotes))], "."))
			if len(words) > 2 {
				words[r.IntN(len(words))] = verbs[r.IntN(len(verbs))] // one word off: a misquote to look for
			}
			s = fmt.Sprintf("\u201c%s,\u201d %s said of %s, adding that %s and %s %s %s.",
				strings.Join(words, " "), top(surnames, 20), name(top(orgs, 10)), figure(), figure(), verbs[r.IntN(len(verbs))], name(top(countries, 10)))
		} else {
			s = fmt.Sprintf("%s, %s and %s of %s said %s and %s were involved when %s %s %s in %s %d, with %s.",
				top(surnames, 20), top(surnames, 20), top(surnames, 20), name(top(countries, 10)), figure(), figure(),
				name(top(orgs, 10)), verbs[r.IntN(len(verbs))], name(top(countries, 10)), months[r.IntN(12)], 2000+r.IntN(25), figure())
		}
		if b.Len()+len(s)+1 > size {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}
