package index

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Names finds entity names and aliases in text. It is small (one entry per
// name) and rebuilt when the knowledge base changes; an import keeps one up to
// date as it writes stories, so later stories of the same import link the
// names of earlier ones.
type Names struct {
	byNorm   map[string][]string // "china u n ambassador" -> ["zhang-jun"]
	maxWords int
	longest  map[string]int      // first word of a name -> words in the longest name it starts
	byTitle  map[string][]string // normalised title, without a leading article -> entities
	entities map[string]facts.Entity
	memberOf map[string][]string // member id -> group ids
	stemmed  map[string][]string // entity id -> its names and aliases as index terms
	acronyms map[string][]string // generated acronym ("nao") -> entities whose name it shortens
	titleAcr map[string][]string // acronym of a person's title ("pm" of Prime minister) -> the people
	titled   map[string][]string // stem of a word of a person's title -> the people
}

// NewNames returns an empty name index. Snapshots hold its maps as they are:
// a change to what SetEntity or AddName derive must bump snapshotFormat.
func NewNames() *Names {
	return &Names{byNorm: map[string][]string{}, entities: map[string]facts.Entity{}, memberOf: map[string][]string{},
		stemmed: map[string][]string{}, longest: map[string]int{}, byTitle: map[string][]string{},
		acronyms: map[string][]string{}, titled: map[string][]string{}, titleAcr: map[string][]string{}}
}

// Mention is a run of tokens that names one or more entities.
type Mention struct {
	IDs      []string
	From, To int // token indexes, To exclusive
	Norm     string
}

// SetEntity records an entity's details, not its lookup names: a knowledge base
// that stores the names normalised adds them with AddName.
func (ix *Names) SetEntity(e facts.Entity) {
	if old, ok := ix.entities[e.ID]; ok {
		for _, m := range old.Members {
			ix.memberOf[m] = slices.DeleteFunc(ix.memberOf[m], func(g string) bool { return g == e.ID })
		}
	}
	if old, ok := ix.entities[e.ID]; ok && old.Title != "" {
		key := titleKey(old.Title)
		ix.byTitle[key] = slices.DeleteFunc(ix.byTitle[key], func(id string) bool { return id == e.ID })
	}
	if old, ok := ix.entities[e.ID]; ok {
		drop := func(m map[string][]string, key string) {
			m[key] = slices.DeleteFunc(m[key], func(id string) bool { return id == e.ID })
		}
		if a := acronym(old.Name); a != "" {
			drop(ix.acronyms, a)
		}
		if a := titleAcronym(old); a != "" {
			drop(ix.titleAcr, a)
		}
		for _, w := range titleStems(old) {
			drop(ix.titled, w)
		}
	}
	if a := acronym(e.Name); a != "" && !slices.Contains(ix.acronyms[a], e.ID) {
		ix.acronyms[a] = append(ix.acronyms[a], e.ID)
	}
	if a := titleAcronym(e); a != "" && !slices.Contains(ix.titleAcr[a], e.ID) {
		ix.titleAcr[a] = append(ix.titleAcr[a], e.ID)
	}
	for _, w := range titleStems(e) {
		if !slices.Contains(ix.titled[w], e.ID) {
			ix.titled[w] = append(ix.titled[w], e.ID)
		}
	}
	if e.Title != "" {
		key := titleKey(e.Title)
		ix.byTitle[key] = append(ix.byTitle[key], e.ID)
	}
	ix.entities[e.ID] = e
	ix.stemmed[e.ID] = nil
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if s := strings.Join(TermsOf(n), " "); s != "" {
			ix.stemmed[e.ID] = append(ix.stemmed[e.ID], s)
		}
	}
	for _, m := range e.Members {
		ix.memberOf[m] = append(ix.memberOf[m], e.ID)
	}
}

// titleKey normalises a title for lookup, without a leading article.
func titleKey(title string) string {
	k := text.NormPhrase(title)
	if first, rest, ok := strings.Cut(k, " "); ok && text.IsArticle(first) {
		return rest
	}
	return k
}

// Add records a new or changed entity with its names, replacing what an earlier
// version of it had.
func (ix *Names) Add(e facts.Entity) {
	if old, ok := ix.entities[e.ID]; ok && reflect.DeepEqual(old, e) {
		return // shared by many stories, already known
	}
	if old, ok := ix.entities[e.ID]; ok {
		for _, n := range append([]string{old.Name}, old.Aliases...) {
			key := text.NormPhrase(n)
			ix.byNorm[key] = slices.DeleteFunc(ix.byNorm[key], func(id string) bool { return id == e.ID })
			if len(ix.byNorm[key]) == 0 {
				delete(ix.byNorm, key)
			}
		}
	}
	ix.SetEntity(e)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if key := text.NormPhrase(n); key != "" && !slices.Contains(ix.byNorm[key], e.ID) {
			ix.AddName(key, e.ID)
		}
	}
}

// AddName indexes one normalised name of an entity (text.NormPhrase of a name
// or alias).
func (ix *Names) AddName(key, id string) {
	ix.byNorm[key] = append(ix.byNorm[key], id)
	words := strings.Count(key, " ") + 1
	ix.maxWords = max(ix.maxWords, words)
	first, _, _ := strings.Cut(key, " ")
	ix.longest[first] = max(ix.longest[first], words)
}

// Find links entity names in toks. Longer names win over shorter ones that
// overlap them, wherever they start: "the U.N. High Commissioner" is the High
// Commissioner, not "the U.N." and a stray word. Aliases that are also common
// words ("us") only count when written in capitals ("US", "U.S.").
func (ix *Names) Find(toks []text.Token) []Mention {
	var all []Mention
	for i := range toks {
		for n := min(max(ix.longest[toks[i].Norm], 1), len(toks)-i); n >= 1; n-- {
			parts := make([]string, n)
			for k := range n {
				parts[k] = toks[i+k].Norm
			}
			key := strings.Join(parts, " ")
			ids, ok := ix.byNorm[key]
			if !ok && toks[i].Upper && (i == 0 || toks[i-1].Norm != "the") && !(i+n < len(toks) && toks[i+n].Upper && !toks[i+n].First) {
				// A proper name recorded with its article ("the Telegraph")
				// is the same name written without it before a common word
				// ("Telegraph journalists"); not a common noun ("the
				// union": "Union members"), nor the start of a longer name.
				ids = ix.articleNamed(key)
				ok = len(ids) > 0
			}
			if !ok && n == 1 && toks[i].Caps {
				// A short form of a name nobody wrote down: "NAO" for the
				// National Audit Office, "USADA" for the US Anti-Doping Agency.
				ids, ok = ix.acronyms[key]
			}
			if !ok && n == 1 && toks[i].Caps && i > 0 && toks[i-1].Norm == "the" {
				// A title's short form after "the": "the PM" for the one
				// titled Prime minister. Not after a word that says which
				// ("the Turkish PM", "the deputy PM"): that is another.
				ids, ok = ix.titleAcr[key]
			}
			if !ok || (n == 1 && text.IsStopword(key) && !toks[i].Caps) {
				continue
			}
			all = append(all, Mention{IDs: ids, From: i, To: i + n, Norm: key})
			break // the longest name starting here
		}
	}
	// A name's article adds nothing to its length: "the Brits committee" is
	// the Brits committee, not "the Brits" and a stray word.
	words := func(m Mention) int {
		n := m.To - m.From
		if text.IsArticle(toks[m.From].Norm) {
			n--
		}
		return n
	}
	// Nor does it make another name: "the Tories", one story's alias, and
	// "Tories", another's, are one proper name, written with its article or
	// without ("the report" and "report" are common words).
	for a := range all {
		for _, b := range all {
			if b.From == all[a].From+1 && b.To == all[a].To && text.IsArticle(toks[all[a].From].Norm) && toks[b.From].Upper {
				all[a].IDs = union(all[a].IDs, b.IDs)
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return words(all[a]) > words(all[b]) })
	taken := make([]bool, len(toks))
	var out []Mention
	for _, m := range all {
		free := true
		for i := m.From; i < m.To; i++ {
			free = free && !taken[i]
		}
		if !free {
			continue
		}
		for i := m.From; i < m.To; i++ {
			taken[i] = true
		}
		out = append(out, m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].From < out[b].From })
	return ix.otherFirstNames(toks, out)
}

// articleNamed lists the entities with a name or alias written as "the"
// and a capitalised name whose normalised form is key: "the Telegraph" for
// "telegraph", not "the union" for "union".
func (ix *Names) articleNamed(key string) []string {
	var out []string
	for _, id := range ix.byNorm["the "+key] {
		e := ix.entities[id]
		if slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool {
			rest, ok := strings.CutPrefix(n, "the ")
			if !ok {
				rest, ok = strings.CutPrefix(n, "The ")
			}
			r, _ := utf8.DecodeRuneInString(rest)
			return ok && unicode.IsUpper(r) && text.NormPhrase(rest) == key
		}) {
			out = append(out, id)
		}
	}
	return out
}

// otherFirstNames drops from mentions the people a first name before their
// surname rules out: "Boris Johnson" is not Martin Johnson, whose alias
// "Johnson" the surname matches, nor "Matthew Taylor" Mark Taylor. A first
// name within a letter of theirs ("Nicholas" for Nicolas) may be a slip of
// the same person: it is kept, for the name check to flag.
func (ix *Names) otherFirstNames(toks []text.Token, mentions []Mention) []Mention {
	out := make([]Mention, 0, len(mentions)) // mentions is read whole while out grows
	for _, m := range mentions {
		if m.To < len(toks) {
			// The same for a name written on after the alias: "director
			// Zhang Yimou" is not Zhang Jun, "Taylor Hackford" not Mark Taylor.
			if next := toks[m.To]; ix.otherName(next, toks[m.To-1], mentions, m.To) {
				m.IDs = ix.peopleNamed(m.IDs, next)
				if len(m.IDs) == 0 {
					continue
				}
			}
		}
		if m.From == 0 {
			out = append(out, m)
			continue
		}
		prev, first := toks[m.From-1], toks[m.From]
		// A possessive ("England's Johnson") names another; a nationality
		// ("Russian Dmitriy Bogdanov") says where they are from.
		if !prev.Upper || prev.Possessive || first.Start != prev.End+1 || text.IsStopword(prev.Norm) || text.IsRoleNoun(prev.Norm) ||
			text.IsRoleModifier(prev.Norm) || text.IsHonorific(prev.Norm) || prev.Caps || prev.First && wordnet.Known(prev.Stem) && !wordnet.IsName(prev.Norm) ||
			wordnet.IsNationality(prev.Norm, prev.Stem) {
			out = append(out, m)
			continue
		}
		if slices.ContainsFunc(mentions, func(o Mention) bool { return o.From <= m.From-1 && m.From-1 < o.To }) {
			out = append(out, m) // "Newcastle" before "Bellamy" is another name, not a first name
			continue
		}
		if ix.wholeName(m) {
			// "Minister for Work Jane Kennedy": the mention gives her first
			// name itself, so the word before it is a title's, not another's.
			out = append(out, m)
			continue
		}
		m.IDs = ix.peopleNamed(m.IDs, prev)
		if len(m.IDs) > 0 {
			out = append(out, m)
		}
	}
	return out
}

// otherName reports whether a token written right after a name (after, the
// name's last token; at, its index) is another capitalised name word, not
// a new sentence, a title or another name found.
func (ix *Names) otherName(next, after text.Token, mentions []Mention, at int) bool {
	return next.Upper && !next.First && !next.Caps && next.Start == after.End+1 && !text.IsStopword(next.Norm) &&
		!text.IsRoleNoun(next.Norm) && !slices.ContainsFunc(mentions, func(o Mention) bool { return o.From <= at && at < o.To })
}

// peopleNamed keeps of ids the entities a name word beside their alias may
// belong to: any that is no person, and the people whose names hold the word
// (or a word a letter off it).
func (ix *Names) peopleNamed(ids []string, w text.Token) []string {
	return slices.DeleteFunc(slices.Clone(ids), func(id string) bool {
		e := ix.entities[id]
		if e.Kind != "person" {
			return false
		}
		for _, n := range text.Tokenize(strings.Join(append([]string{e.Name}, e.Aliases...), " ")) {
			if n.Norm == w.Norm || len(n.Norm) >= 4 && text.OSADistance(n.Norm, w.Norm, 1) <= 1 {
				return false
			}
		}
		return true
	})
}

// Name is an entity's name, or its id when it is unknown.
func (ix *Names) Name(id string) string {
	if e, ok := ix.entities[id]; ok {
		return e.Name
	}
	return id
}

// Entity returns a known entity.
func (ix *Names) Entity(id string) (facts.Entity, bool) {
	e, ok := ix.entities[id]
	return e, ok
}

// Kind is an entity's kind, "" when it is unknown.
func (ix *Names) Kind(id string) string { return ix.entities[id].Kind }

// Entities are every known entity, by id. The map is the index's own: read it,
// never change it.
func (ix *Names) Entities() map[string]facts.Entity { return ix.entities }

// Named lists the entities one normalised name (text.NormPhrase) stands for.
func (ix *Names) Named(norm string) []string { return ix.byNorm[norm] }

// Titled lists the entities whose recorded title is words (normalised, without
// a leading article): "king of morocco".
func (ix *Names) Titled(words string) []string { return ix.byTitle[words] }

// GroupsOf lists the groups an entity is a member of.
func (ix *Names) GroupsOf(id string) []string { return ix.memberOf[id] }

// MaxWords is the number of words of the longest name.
func (ix *Names) MaxWords() int { return ix.maxWords }

// StemmedNames lists the index-term forms of the entities' names and aliases.
func (ix *Names) StemmedNames(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, ix.stemmed[id]...)
	}
	return out
}

// MemberLinked reports whether one entity is a member of the other.
func (ix *Names) MemberLinked(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return slices.Contains(ix.memberOf[a], b) || slices.Contains(ix.memberOf[b], a)
}

// acronym is the short form a name is written as, from the initials of its
// words (an abbreviation such as "US" whole, hyphenated words each): "nao" for
// National Audit Office, "usada" for US Anti-Doping Agency. Names of fewer than
// two words, or whose initials are not letters, have none.
func acronym(name string) string {
	var b strings.Builder
	words := 0
	for _, f := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		lower := strings.ToLower(f)
		if lower == "of" || lower == "the" || lower == "and" || lower == "&" || lower == "for" {
			continue
		}
		r := []rune(f)
		switch {
		case len(r) >= 2 && len(r) <= 3 && strings.ToUpper(f) == f && unicode.IsLetter(r[0]):
			b.WriteString(lower) // "US", "UK", "EU"
		case unicode.IsUpper(r[0]):
			b.WriteRune(unicode.ToLower(r[0]))
		default:
			return "" // a lower-case word: a description, not a name
		}
		words++
	}
	if words < 2 || b.Len() < 2 || b.Len() > 6 {
		return ""
	}
	return b.String()
}

// titleAcronym is the short form a person's title is written as, from the
// initials of its two or three words, in either case ("pm" of "Prime
// minister", "md" of "Managing director"); "" for a title of one word or of
// more, or with a word that is not all letters.
func titleAcronym(e facts.Entity) string {
	if e.Kind != "person" {
		return ""
	}
	var b strings.Builder
	words := strings.FieldsFunc(e.Title, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 || len(words) > 3 {
		return ""
	}
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return ""
		}
		b.WriteRune(unicode.ToLower([]rune(w)[0]))
	}
	return b.String()
}

// titleStems are the stems of the words of a person's title, for finding a
// person by role: "the Marsh boss" is the person titled chief executive of Marsh.
func titleStems(e facts.Entity) []string {
	if e.Kind != "person" || e.Title == "" {
		return nil
	}
	var out []string
	for _, t := range text.Tokenize(e.Title) {
		if !text.IsStopword(t.Norm) && !slices.Contains(out, t.Stem) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// WithTitleWord lists the people whose title holds a word of this stem.
func (ix *Names) WithTitleWord(stem string) []string { return ix.titled[stem] }

// wholeName reports whether a mention is a person's whole recorded name, of
// two words or more ("Jane Kennedy"), not a surname alone nor a surname of
// two words ("Van Gogh"): its first word is their first name.
func (ix *Names) wholeName(m Mention) bool {
	if !strings.Contains(m.Norm, " ") {
		return false
	}
	return slices.ContainsFunc(m.IDs, func(id string) bool {
		e := ix.entities[id]
		return e.Kind == "person" && text.NormPhrase(e.Name) == m.Norm
	})
}

// union is a's ids and those of b's it lacks, in order: a new slice, for a
// mention's ids are shared with the names index.
func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
