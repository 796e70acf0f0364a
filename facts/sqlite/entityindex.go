package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// aliasIndex finds entity names and aliases in text. It is small (one row per
// name) and rebuilt when the knowledge base changes.
type aliasIndex struct {
	byNorm   map[string][]string // "china u n ambassador" -> ["zhang-jun"]
	maxWords int
	longest  map[string]int      // first word of a name -> words in the longest name it starts
	byTitle  map[string][]string // normalised title, without a leading article -> entities
	entities map[string]facts.Entity
	memberOf map[string][]string // member id -> group ids
	stemmed  map[string][]string // entity id -> its names and aliases as index terms
}

// stemmedNames lists the index-term forms of the entities' names and aliases.
func (ix *aliasIndex) stemmedNames(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, ix.stemmed[id]...)
	}
	return out
}

func loadAliasIndex(ctx context.Context, q queryer) (*aliasIndex, error) {
	ix := &aliasIndex{byNorm: map[string][]string{}, entities: map[string]facts.Entity{}, memberOf: map[string][]string{}, stemmed: map[string][]string{}, longest: map[string]int{}, byTitle: map[string][]string{}}
	rows, err := q.QueryContext(ctx, `SELECT id, name, kind, title, aliases, members FROM entities`)
	if err != nil {
		return nil, fmt.Errorf("load entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e facts.Entity
		var aliases, members string
		if err := rows.Scan(&e.ID, &e.Name, &e.Kind, &e.Title, &aliases, &members); err != nil {
			return nil, err
		}
		_ = json.Unmarshal([]byte(aliases), &e.Aliases)
		_ = json.Unmarshal([]byte(members), &e.Members)
		ix.setEntity(e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	nrows, err := q.QueryContext(ctx, `SELECT norm, entity_id FROM entity_names`)
	if err != nil {
		return nil, fmt.Errorf("load entity names: %w", err)
	}
	defer nrows.Close()
	for nrows.Next() {
		var n, id string
		if err := nrows.Scan(&n, &id); err != nil {
			return nil, err
		}
		ix.addName(n, id)
	}
	return ix, nrows.Err()
}

// setEntity records an entity's details (not its lookup names).
func (ix *aliasIndex) setEntity(e facts.Entity) {
	if old, ok := ix.entities[e.ID]; ok {
		for _, m := range old.Members {
			ix.memberOf[m] = slices.DeleteFunc(ix.memberOf[m], func(g string) bool { return g == e.ID })
		}
	}
	if old, ok := ix.entities[e.ID]; ok && old.Title != "" {
		key := titleKey(old.Title)
		ix.byTitle[key] = slices.DeleteFunc(ix.byTitle[key], func(id string) bool { return id == e.ID })
	}
	if e.Title != "" {
		key := titleKey(e.Title)
		ix.byTitle[key] = append(ix.byTitle[key], e.ID)
	}
	ix.entities[e.ID] = e
	ix.stemmed[e.ID] = nil
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if s := strings.Join(factStemsOf(n), " "); s != "" {
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
	for _, a := range []string{"the ", "a ", "an "} {
		k = strings.TrimPrefix(k, a)
	}
	return k
}

// add records a new or changed entity while an import runs, so later stories in
// the same import link its names without reloading the whole index.
func (ix *aliasIndex) add(e facts.Entity) {
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
	ix.setEntity(e)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if key := text.NormPhrase(n); key != "" && !slices.Contains(ix.byNorm[key], e.ID) {
			ix.addName(key, e.ID)
		}
	}
}

// addName indexes one normalised name of an entity.
func (ix *aliasIndex) addName(key, id string) {
	ix.byNorm[key] = append(ix.byNorm[key], id)
	words := strings.Count(key, " ") + 1
	ix.maxWords = max(ix.maxWords, words)
	first, _, _ := strings.Cut(key, " ")
	ix.longest[first] = max(ix.longest[first], words)
}

// entityMention is a run of tokens that names one or more entities.
type entityMention struct {
	IDs      []string
	From, To int // token indexes, To exclusive
	Norm     string
}

// find links entity names in toks. Longer names win over shorter ones that
// overlap them, wherever they start: "the U.N. High Commissioner" is the High
// Commissioner, not "the U.N." and a stray word. Aliases that are also common
// words ("us") only count when written in capitals ("US", "U.S.").
func (ix *aliasIndex) find(toks []text.Token) []entityMention {
	var all []entityMention
	for i := range toks {
		for n := min(ix.longest[toks[i].Norm], len(toks)-i); n >= 1; n-- {
			parts := make([]string, n)
			for k := range n {
				parts[k] = toks[i+k].Norm
			}
			key := strings.Join(parts, " ")
			ids, ok := ix.byNorm[key]
			if !ok || (n == 1 && text.IsStopword(key) && !toks[i].Caps) {
				continue
			}
			all = append(all, entityMention{IDs: ids, From: i, To: i + n, Norm: key})
			break // the longest name starting here
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].To-all[a].From > all[b].To-all[b].From })
	taken := make([]bool, len(toks))
	var out []entityMention
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
	return out
}

func (ix *aliasIndex) name(id string) string {
	if e, ok := ix.entities[id]; ok {
		return e.Name
	}
	return id
}

// factEntities lists the entities a fact is about, with their role in it.
func factEntities(fa facts.Fact, ix *aliasIndex) map[string]string {
	out := map[string]string{}
	set := func(id, role string) {
		if id == "" {
			return
		}
		if _, ok := out[id]; !ok {
			out[id] = role
		}
	}
	set(fa.Subject, "subject")
	set(fa.Speaker, "speaker")
	if _, ok := ix.entities[fa.Object]; ok {
		set(fa.Object, "object")
	}
	all := strings.Join([]string{fa.Statement, fa.Quote, fa.Place, fa.Object}, " . ")
	for _, m := range ix.find(text.Tokenize(all)) {
		for _, id := range m.IDs {
			set(id, "mention")
		}
	}
	return out
}

// factParts is everything a reader might ask a fact with.
func factParts(fa facts.Fact, ix *aliasIndex) []string {
	parts := []string{fa.Statement, fa.Quote, fa.Predicate, fa.Place, fa.Unit, strings.Join(fa.Keywords, " . ")}
	if _, ok := ix.entities[fa.Object]; ok {
		parts = append(parts, ix.name(fa.Object))
	} else {
		parts = append(parts, fa.Object)
	}
	// The names and roles of who acts and who speaks: "What did the mayor say?"
	// should find the quote of the person whose title is mayor.
	for _, id := range []string{fa.Subject, fa.Speaker} {
		if id != "" {
			parts = append(parts, ix.name(id))
			if t := ix.entities[id].Title; t != "" {
				parts = append(parts, t)
			}
		}
	}
	return parts
}

// partBreak separates a fact's fields in its index terms, so that words from two
// fields never look adjacent. The full-text tokenizer drops it.
const partBreak = "|"

// factStems is the fact's text as index terms: stemmed words, stopwords removed,
// fields separated by partBreak.
func factStems(fa facts.Fact, ix *aliasIndex) []string {
	var out []string
	for _, p := range factParts(fa, ix) {
		if stems := factStemsOf(p); len(stems) > 0 {
			if len(out) > 0 {
				out = append(out, partBreak)
			}
			out = append(out, stems...)
		}
	}
	return out
}

// factStemsOf turns text into index terms.
func factStemsOf(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		if !text.IsStopword(t.Norm) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// factText is the fact's searchable fields as one string, for code that matches
// words in a fact rather than index terms.
func factText(fa facts.Fact, ix *aliasIndex) string {
	return strings.Join(factParts(fa, ix), " . ")
}
