package sqlite

import (
	"sync"

	"github.com/factdesk/factdesk/facts/index"
)

// factCache keeps recently read facts, so the facts of a story people are asking
// about are read from SQLite once rather than for every question. It is emptied
// whenever the knowledge base changes. Docs are read-only once built, so they
// are shared between questions.
type factCache struct {
	mu    sync.Mutex
	gen   int64
	facts map[int64]*index.Doc // nil: the fact exists but does not answer (not approved)
}

// maxCachedFacts bounds the cache; past it, it starts over. A read fact,
// with its words and names kept for ranking, is several kilobytes: 2,000 hold
// the stories a newsroom is asking about, and at 100,000 facts with questions
// all over the archive a cache five times larger cost the server 60 MiB of
// memory and bought no speed (measured with loadtest, 16 clients).
const maxCachedFacts = 2_000

// lookup returns the cached facts among refs (nil for a cached fact that does
// not answer) and the refs it does not hold.
func (fc *factCache) lookup(gen int64, refs []int64) (map[int64]*index.Doc, []int64) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if fc.gen != gen {
		fc.gen, fc.facts = gen, nil
	}
	got := make(map[int64]*index.Doc, len(refs))
	var missing []int64
	for _, id := range refs {
		if d, ok := fc.facts[id]; ok {
			got[id] = d
		} else {
			missing = append(missing, id)
		}
	}
	return got, missing
}

// store records what was read for the missing refs; those not loaded do not
// answer.
func (fc *factCache) store(gen int64, missing []int64, loaded map[int64]*index.Doc) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if fc.gen != gen {
		return // the knowledge base changed while reading
	}
	if fc.facts == nil || len(fc.facts)+len(missing) > maxCachedFacts {
		fc.facts = make(map[int64]*index.Doc, len(missing))
	}
	for _, id := range missing {
		fc.facts[id] = loaded[id]
	}
}
