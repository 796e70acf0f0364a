// Package synth writes synthetic newsroom knowledge bases of any size, so that
// benchmarks and load tests run at 1k, 10k and 100k facts without a download.
//
// The text is built to stress what real archives stress: word frequencies follow
// Zipf's law (a few words in most facts, a long tail in few), entities recur across
// stories (a handful of countries in thousands of stories, surnames shared by many
// people), and facts carry quotes, numbers and dates.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// Options size the generated knowledge base.
type Options struct {
	Stories        int
	FactsPerStory  int
	Seed           uint64
	PeopleInPool   int // distinct people across all stories
	SurnamesInPool int // fewer surnames than people: shared surnames are the trap
	OrgsInPool     int // parties, unions, companies: each recurs across many stories
}

// Defaults fills unset options with realistic proportions.
func (o Options) withDefaults() Options {
	if o.FactsPerStory == 0 {
		o.FactsPerStory = 10
	}
	if o.PeopleInPool == 0 {
		o.PeopleInPool = max(50, o.Stories/2)
	}
	if o.SurnamesInPool == 0 {
		o.SurnamesInPool = max(20, o.PeopleInPool/5)
	}
	if o.OrgsInPool == 0 {
		o.OrgsInPool = max(30, o.Stories/50)
	}
	return o
}

// common news words, most frequent first; the Zipf draw favours the head.
var common = strings.Fields(`said government officials country people year percent million president minister
report police city state party week election vote plan budget support attack court law security health
company market price workers talks deal group leaders military forces border trade economy energy crisis
water school children women police protest rights human council member agency program project funding
tax bank inflation rates climate emissions fire storm flood damage hospital patients vaccine virus
rules sanctions exports imports oil gas power prices jobs strike union contract bill reform investigation
charges trial judge ruling appeal prison release hostages ceasefire troops missile drone talks summit
treaty agreement statement criticism response demand warning threat concern pressure record decision`)

var verbs = strings.Fields(`signed backed rejected approved announced criticized denied launched blocked
proposed warned urged accused praised suspended expanded cut raised delayed cancelled ordered arrested
charged freed defended opposed supported condemned welcomed reported estimated confirmed investigated`)

// orgKinds end organisations' names: "the Mirmark Party".
var orgKinds = strings.Fields(`Party Union Bank Group Council Alliance Federation Institute`)

var units = strings.Fields(`countries people workers votes dollars tons patients schools homes soldiers
companies members cases deaths jobs students hospitals villages`)

var syllables = strings.Fields(`ka lo mi ra ne tu sa vi do re fa ba zo qui mar tel son ber gan dor lin vas
cor pel hal tin mor ran sek lu fen dra kal bor min zer tos lar pen rik`)

// word makes a pronounceable pseudo-word: the long tail of rare vocabulary.
func word(r *rand.Rand, parts int) string {
	var b strings.Builder
	for range parts {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	return b.String()
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// zipf draws an index in [0, n) with probability falling as 1/(i+1).
func zipf(r *rand.Rand, z *rand.Zipf, n int) int {
	return int(z.Uint64()) % n
}

// Generate returns the story files of a synthetic knowledge base.
func Generate(opt Options) []facts.StoryFile {
	opt = opt.withDefaults()
	r := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	tail := make([]string, 20000)
	for i := range tail {
		tail[i] = word(r, 2+r.IntN(2))
	}
	vocab := append(append([]string{}, common...), tail...)
	zw := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))

	surnames := make([]string, opt.SurnamesInPool)
	for i := range surnames {
		surnames[i] = capitalize(word(r, 2))
	}
	people := make([]facts.Entity, opt.PeopleInPool)
	for i := range people {
		first, last := capitalize(word(r, 2)), surnames[r.IntN(len(surnames))]
		people[i] = facts.Entity{ID: fmt.Sprintf("person-%d", i), Name: first + " " + last, Kind: "person",
			Title:   fmt.Sprintf("%s %s of %s", common[r.IntN(20)], []string{"minister", "director", "spokesperson", "ambassador", "chief"}[r.IntN(5)], capitalize(word(r, 2))),
			Aliases: []string{last}}
	}
	countries := make([]facts.Entity, 150)
	for i := range countries {
		n := capitalize(word(r, 2+r.IntN(2)))
		countries[i] = facts.Entity{ID: fmt.Sprintf("country-%d", i), Name: n, Kind: "country", Aliases: []string{n + "n"}}
	}
	orgs := make([]facts.Entity, opt.OrgsInPool)
	for i := range orgs {
		n := capitalize(word(r, 2)) + " " + orgKinds[r.IntN(len(orgKinds))]
		orgs[i] = facts.Entity{ID: fmt.Sprintf("org-%d", i), Name: "the " + n, Kind: "organization", Aliases: []string{n}}
	}
	zc := rand.NewZipf(r, 1.3, 1, uint64(len(countries)-1))
	zp := rand.NewZipf(r, 1.05, 4, uint64(len(people)-1))
	zo := rand.NewZipf(r, 1.1, 2, uint64(len(orgs)-1))

	var out []facts.StoryFile
	for s := range opt.Stories {
		sf := facts.StoryFile{
			Story: facts.Story{ID: fmt.Sprintf("synthetic-%06d", s), Title: capitalize(phrase(r, zw, vocab, 6)),
				Date: fmt.Sprintf("%04d-%02d-%02d", 2000+s%25, 1+s%12, 1+s%28)},
			Sources: []facts.Source{{ID: "wire", Title: capitalize(phrase(r, zw, vocab, 7)), Publisher: "Synthetic Wire", Published: fmt.Sprintf("%04d-%02d-%02d", 2000+s%25, 1+s%12, 1+s%28)}},
		}
		used := map[string]facts.Entity{}
		pick := func(pool []facts.Entity, z *rand.Zipf) facts.Entity {
			e := pool[zipf(r, z, len(pool))]
			used[e.ID] = e
			return e
		}
		for f := range opt.FactsPerStory {
			fa := facts.Fact{ID: fmt.Sprintf("f%d", f), Source: "wire", Status: facts.StatusApproved}
			var subj, obj facts.Entity
			switch r.IntN(3) {
			case 0:
				subj = pick(countries, zc)
			case 1:
				subj = pick(people, zp)
			default:
				subj = pick(orgs, zo)
			}
			if r.IntN(2) == 0 {
				obj = pick(orgs, zo)
			} else {
				obj = pick(countries, zc)
			}
			verb := verbs[r.IntN(len(verbs))]
			fa.Subject, fa.Predicate, fa.Object = subj.ID, verb, obj.ID
			switch f % 4 {
			case 0: // a counted number
				v := float64(2 + r.IntN(5000))
				unit := units[r.IntN(len(units))]
				fa.Value, fa.Unit = &v, unit
				fa.Statement = fmt.Sprintf("%s %s %s involving %g %s, %s.", subj.Name, verb, obj.Name, v, unit, phrase(r, zw, vocab, 6))
			case 1: // a quote
				sp := pick(people, zp)
				fa.Speaker = sp.ID
				fa.Quote = capitalize(phrase(r, zw, vocab, 10)) + "."
				fa.Object = obj.ID
				fa.Statement = fmt.Sprintf("%s said %s about %s.", sp.Name, phrase(r, zw, vocab, 9), obj.Name)
			case 2: // a dated event
				fa.Date = fmt.Sprintf("%04d-%02d", 2000+s%25, 1+r.IntN(12))
				fa.Statement = fmt.Sprintf("%s %s the %s with %s, %s.", subj.Name, verb, phrase(r, zw, vocab, 2), obj.Name, phrase(r, zw, vocab, 5))
			default:
				fa.Statement = fmt.Sprintf("%s %s %s over %s.", subj.Name, verb, obj.Name, phrase(r, zw, vocab, 8))
				fa.Keywords = []string{vocab[zipf(r, zw, len(vocab))]}
			}
			sf.Facts = append(sf.Facts, fa)
		}
		for _, e := range used {
			sf.Entities = append(sf.Entities, e)
		}
		sortEntities(sf.Entities)
		out = append(out, sf)
	}
	return out
}

func phrase(r *rand.Rand, z *rand.Zipf, vocab []string, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = vocab[zipf(r, z, len(vocab))]
	}
	return strings.Join(w, " ")
}

func sortEntities(es []facts.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].ID < es[j-1].ID; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// Questions returns n distinct questions a reporter might ask of a generated
// knowledge base, as hard as real ones: people by full name and by a bare
// surname that dozens share, organisations that recur across many stories,
// common words everywhere, and about one in five whose answer is absent
// (a real person and organisation the facts never bring together).
func Questions(stories []facts.StoryFile, n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, seed+1))
	seen := map[string]bool{}
	var out []string
	for tries := 0; len(out) < n && tries < 100*n; tries++ {
		sf := stories[r.IntN(len(stories))]
		fa := sf.Facts[r.IntN(len(sf.Facts))]
		ent := func(id string) facts.Entity {
			for _, e := range sf.Entities {
				if e.ID == id {
					return e
				}
			}
			return facts.Entity{Name: id}
		}
		// A person is asked about by full name or, half the time, by the bare
		// surname other people share.
		who := func(id string) string {
			e := ent(id)
			if e.Kind == "person" && len(e.Aliases) > 0 && r.IntN(2) == 0 {
				return e.Aliases[0]
			}
			return e.Name
		}
		var q string
		switch {
		case len(out)%5 == 4: // absent: someone and something the facts never join
			other := stories[r.IntN(len(stories))]
			e := other.Entities[r.IntN(len(other.Entities))]
			if fa.Speaker == "" || e.ID == fa.Object {
				continue
			}
			q = fmt.Sprintf("What did %s say about %s %s?", who(fa.Speaker), e.Name, common[r.IntN(len(common))])
		case fa.Speaker != "":
			q = fmt.Sprintf("What did %s say about %s?", who(fa.Speaker), ent(fa.Object).Name)
		case fa.Value != nil:
			q = fmt.Sprintf("How many %s were involved when %s %s %s?", fa.Unit, who(fa.Subject), fa.Predicate, ent(fa.Object).Name)
		case fa.Date != "":
			q = fmt.Sprintf("When did %s %s %s?", who(fa.Subject), fa.Predicate, ent(fa.Object).Name)
		default:
			q = fmt.Sprintf("Who %s %s over the %s?", fa.Predicate, ent(fa.Object).Name, common[r.IntN(len(common))])
		}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}
