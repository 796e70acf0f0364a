// Package gap groups the questions nobody could answer by similar wording, so
// curators see what readers keep asking for and the knowledge base lacks.
//
// A question's key is its content words, stemmed, without repeats, sorted and
// joined by "-": "How many people died in the camps?" and "the camps: how
// many people died" are both "camp-die-peopl". Two keys are near, and their
// questions one group, when their words overlap by a Jaccard index of at least
// 0.8, or when one key is the other with one word more, the shorter having at
// least two words ("camp-die-peopl" and "camp-die-peopl-xinjiang"). A group is led by its
// most asked key; each other key joins the first group, most asked first, whose
// leader it is near, so groups never drift through chains of near keys.
package gap

import (
	"maps"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
)

// Key normalises a question into its key: case, accents and punctuation
// folded, stopwords dropped (the built-in English ones, not a lexicon's, so a
// key never changes with the knowledge base), words stemmed, each once,
// sorted. A question of stopwords alone ("Who is he?") keeps them all. The key
// is "" only for a question without words.
func Key(question string) string {
	toks := text.Tokenize(question)
	words := map[string]bool{}
	for _, t := range toks {
		if !text.IsStopword(t.Norm) {
			words[t.Stem] = true
		}
	}
	if len(words) == 0 {
		for _, t := range toks {
			words[t.Stem] = true
		}
	}
	delete(words, "")
	return strings.Join(slices.Sorted(maps.Keys(words)), "-")
}

// Words are a key's stems.
func Words(key string) []string {
	if key == "" {
		return nil
	}
	return strings.Split(key, "-")
}

// MinJaccard is how much two keys' words must overlap (shared words over all
// their words) to be one group.
const MinJaccard = 0.8

// Near reports whether two keys are near enough to be one group: a Jaccard
// index of their words of at least MinJaccard, or one word added to a key of
// at least two ("camp-die" and "camp-die-peopl"; not "camp" and "camp-die",
// whose one shared word says too little).
func Near(a, b string) bool {
	return near(Words(a), Words(b))
}

func near(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			shared++
		}
	}
	if shared == 0 {
		return false
	}
	union := len(a) + len(b) - shared
	if float64(shared) >= MinJaccard*float64(union) {
		return true
	}
	return shared == len(a) && len(a) >= 2 && len(b) == len(a)+1
}

// Wording is one key's questions as the knowledge base counts them: the rows
// Group merges.
type Wording struct {
	Key      string
	Question string // its latest wording
	// Total is how many times it was asked since its dismissal, in all; it
	// orders the keys, so a group keeps its key whatever period is listed.
	Total int
	// Count is how many of those fall in the period listed.
	Count       int
	LastAsked   string // RFC 3339, UTC, fixed width: compares as text
	Surfaces    []string
	Askers      []string
	DismissedAt string
}

// Group merges wordings into groups (see the package's comment), most asked
// first (in the period listed; then the latest asked, then by key). A group
// has the leader's key and question; its count, surfaces and askers are its
// wordings' in the period; groups with no question in the period are left
// out. Nearest is left for the caller.
func Group(ws []Wording) []facts.GapGroup {
	ws = slices.Clone(ws)
	slices.SortFunc(ws, func(a, b Wording) int {
		if a.Total != b.Total {
			return b.Total - a.Total
		}
		if c := strings.Compare(b.LastAsked, a.LastAsked); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	type group struct {
		leader  []string
		members []Wording
	}
	var groups []*group
	byWord := map[string][]int{} // a leader's word -> its groups, in order
	for _, w := range ws {
		words := Words(w.Key)
		joined := -1
		for _, gi := range candidates(byWord, words) {
			if near(words, groups[gi].leader) {
				joined = gi
				break
			}
		}
		if joined >= 0 {
			groups[joined].members = append(groups[joined].members, w)
			continue
		}
		for _, word := range words {
			byWord[word] = append(byWord[word], len(groups))
		}
		groups = append(groups, &group{leader: words, members: []Wording{w}})
	}
	var out []facts.GapGroup
	for _, g := range groups {
		if gg := merge(g.members); gg.Count > 0 {
			out = append(out, gg)
		}
	}
	slices.SortStableFunc(out, func(a, b facts.GapGroup) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if c := strings.Compare(b.LastAsked, a.LastAsked); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	return out
}

// candidates are the groups whose leaders share a word with words, in the
// order the groups were made.
func candidates(byWord map[string][]int, words []string) []int {
	var out []int
	for _, w := range words {
		out = append(out, byWord[w]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// merge makes one group of its wordings, the leader first. The group is
// dismissed when every wording in it is and none was asked since.
func merge(ws []Wording) facts.GapGroup {
	lead := ws[0]
	g := facts.GapGroup{Key: lead.Key, Question: lead.Question, Nearest: []facts.GapFact{}, Surfaces: []string{}}
	dismissed := ""
	for _, w := range ws {
		g.Keys = append(g.Keys, w.Key)
		if w.Count > 0 {
			g.Count += w.Count
			g.LastAsked = max(g.LastAsked, w.LastAsked)
			if w.Key != lead.Key {
				g.Wordings = append(g.Wordings, w.Question)
			}
		}
		g.Surfaces = append(g.Surfaces, w.Surfaces...)
		g.Askers = append(g.Askers, w.Askers...)
		switch {
		case dismissed == "-":
		case w.DismissedAt == "" || w.DismissedAt < w.LastAsked:
			dismissed = "-" // a wording open: the group is
		default:
			dismissed = max(dismissed, w.DismissedAt)
		}
	}
	if dismissed != "-" {
		g.DismissedAt = dismissed
	}
	slices.Sort(g.Surfaces)
	g.Surfaces = slices.Compact(g.Surfaces)
	slices.Sort(g.Askers)
	g.Askers = slices.Compact(g.Askers)
	return g
}
