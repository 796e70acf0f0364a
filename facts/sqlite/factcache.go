package sqlite

import "sync"

// factCache keeps recently read candidate facts, so the facts of a story people
// are asking about are read from SQLite once rather than for every question. It
// is emptied whenever the knowledge base changes. Candidates are read-only once
// built, so they are shared between questions.
type factCache struct {
	mu    sync.Mutex
	gen   int64
	facts map[int64]*candidate // nil: the fact exists but does not answer (not approved)
}

// maxCachedFacts bounds the cache (about 1 KB a fact); past it, it starts over.
const maxCachedFacts = 10_000

// lookup passes every cached fact among rowids to keep and returns the rowids it
// does not hold.
func (fc *factCache) lookup(gen int64, rowids map[int64]bool, keep func(*candidate)) []int64 {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if fc.gen != gen {
		fc.gen, fc.facts = gen, nil
	}
	var missing []int64
	for id := range rowids {
		if c, ok := fc.facts[id]; ok {
			keep(c)
		} else {
			missing = append(missing, id)
		}
	}
	return missing
}

// store records what was read for the missing rowids; those not loaded do not
// answer.
func (fc *factCache) store(gen int64, missing []int64, loaded map[int64]*candidate) {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	if fc.gen != gen {
		return // the knowledge base changed while reading
	}
	if fc.facts == nil || len(fc.facts)+len(missing) > maxCachedFacts {
		fc.facts = make(map[int64]*candidate, len(missing))
	}
	for _, id := range missing {
		fc.facts[id] = loaded[id]
	}
}
