package index

import (
	"context"
	"strings"
	"sync"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// Store is what answering and checking ask of the knowledge base's storage,
// as of one Index: which facts are about some entities, which hold some words,
// and the facts themselves. A Ref is storage's key for a fact. Errors are
// storage's own (I/O, a cancelled ctx); none carries a facts error code.
type Store interface {
	// AboutEntities lists facts about any of q.IDs (any status), newest first,
	// at most q.Limit.
	AboutEntities(ctx context.Context, q EntityQuery) ([]int64, error)
	// Match lists facts (any status) whose index terms match q, at most q.Limit.
	Match(ctx context.Context, q TextQuery) ([]int64, error)
	// Docs reads the approved facts among refs, in the order of refs; the
	// others are left out. Docs are shared between callers: read them, never change them.
	Docs(ctx context.Context, refs []int64) ([]*Doc, error)
}

// EntityQuery asks for the facts about some entities.
type EntityQuery struct {
	IDs   []string
	Limit int
	// ActorsFirst lists facts in which an entity is the subject or speaker
	// before those that only mention it.
	ActorsFirst bool
}

// TextQuery asks for the facts holding some words. Each group lists stem
// phrases (as Terms writes them) of which a fact must hold one to match it.
type TextQuery struct {
	Groups [][]string
	// All wants facts matching every group, in storage order; otherwise facts
	// matching any group, those matching most (and the rarest) first.
	All   bool
	Limit int
}

// Doc is a fact as the engine reads it: with its citation, its place in its
// story, and what indexing derived from it.
type Doc struct {
	facts.Fact
	Ref      int64
	Cite     facts.Source      // the source the fact cites
	Position int               // its place in its story: ledes first
	Terms    string            // " stem stem | stem ": its index terms, padded, for word and phrase matching
	Pred     string            // " stem ": its curated predicate, stemmed once when read
	Roles    map[string]string // entity -> role in the fact

	// The statement's words and the names in them, read once: every question
	// that ranks the fact looks at them, and a read fact is kept between
	// questions.
	read     sync.Mutex
	toks     []text.Token
	figures  []claims.Claim
	figured  bool
	names    *Names
	mentions []Mention
	nameOnly map[string]bool

	titleOnly  map[string]bool
	titleNames *Names
}

// NewDoc prepares a fact for the engine from its stored parts.
func NewDoc(fa facts.Fact, ref int64, position int, terms string, roles map[string]string, cite facts.Source) *Doc {
	return &Doc{Fact: fa, Ref: ref, Cite: cite, Position: position, Terms: " " + terms + " ",
		Pred: " " + text.StemPhrase(fa.Predicate) + " ", Roles: roles}
}

// Tokens are the words of the fact's statement. The slice is shared: read it,
// never change it.
func (d *Doc) Tokens() []text.Token {
	d.read.Lock()
	defer d.read.Unlock()
	if d.toks == nil {
		d.toks = text.Tokenize(d.Statement)
	}
	return d.toks
}

// Figures are the figures the fact's statement gives, as the draft check
// reads them (claims of kind number, places in an order aside), read once: ranking asks
// several times whether a fact gives money, a percentage or only durations,
// and an answer leads with one. The slice is shared: read it, never change it.
func (d *Doc) Figures() []claims.Claim {
	d.read.Lock()
	defer d.read.Unlock()
	if !d.figured {
		d.figured = true
		if claims.MayHoldFigure(d.Statement) {
			for _, cl := range claims.Extract(d.Statement) {
				if cl.Kind == claims.ClaimNumber && !cl.Ordinal {
					d.figures = append(d.figures, cl)
				}
			}
		}
	}
	return d.figures
}

// Mentions are the names of n found in the fact's statement. The slice is
// shared: read it, never change it.
func (d *Doc) Mentions(n *Names) []Mention {
	toks := d.Tokens()
	d.read.Lock()
	defer d.read.Unlock()
	if d.names != n {
		d.names, d.mentions, d.nameOnly = n, n.Find(toks), nil
	}
	return d.mentions
}

// NameOnly is the set of stems the statement holds only inside the names of n:
// "watch" in "Human Rights Watch said". A word related to a question's word
// ("watch" to "picket") says nothing when it is part of a name; the word itself
// still does. The set is shared: read it, never change it.
func (d *Doc) NameOnly(n *Names) map[string]bool {
	ms := d.Mentions(n)
	d.read.Lock()
	defer d.read.Unlock()
	if d.nameOnly == nil {
		inName := make([]bool, len(d.toks))
		for _, m := range ms {
			for i := m.From; i < m.To && i < len(inName); i++ {
				inName[i] = true
			}
		}
		out, outside := map[string]bool{}, map[string]bool{}
		for i, t := range d.toks {
			if inName[i] {
				out[t.Stem] = true
			} else {
				outside[t.Stem] = true
			}
		}
		for st := range outside {
			delete(out, st)
		}
		d.nameOnly = out
	}
	return d.nameOnly
}

// TitleOnly is the set of stems the fact holds only in the recorded titles of
// who acts or speaks in it: "banned" of "banned American sprinter" in every
// fact Kelli White tells. Such a word says who the fact is about, not what it
// tells: the fact that says "a two-year ban" tells of the ban. The set is
// shared: read it, never change it.
func (d *Doc) TitleOnly(n *Names) map[string]bool {
	d.read.Lock()
	defer d.read.Unlock()
	if d.titleOnly == nil || d.titleNames != n {
		out := map[string]bool{}
		for _, id := range []string{d.Subject, d.Speaker} {
			if id == "" {
				continue
			}
			for _, st := range TermsOf(n.entities[id].Title) {
				out[st] = true
			}
		}
		if len(out) > 0 {
			for _, st := range TermsOf(strings.Join(ownParts(d.Fact, n), " . ")) {
				delete(out, st)
			}
		}
		d.titleOnly, d.titleNames = out, n
	}
	return d.titleOnly
}
