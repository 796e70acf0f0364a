package slack

import (
	"sync"
	"time"
)

// seenSet remembers event ids for a while, so an event Slack redelivers (it retries
// after three seconds without a 200, and again after a minute and five) is handled
// once. It is bounded: past max entries the oldest are forgotten first.
type seenSet struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	at    map[string]time.Time
	order []string // ids in the order they were first seen
	now   func() time.Time
}

func newSeenSet(ttl time.Duration, max int) *seenSet {
	return &seenSet{ttl: ttl, max: max, at: map[string]time.Time{}, now: time.Now}
}

// firstTime records id and reports whether it had not been seen within the ttl.
// An empty id is always new: there is nothing to deduplicate by.
func (s *seenSet) firstTime(id string) bool {
	if id == "" {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	if _, ok := s.at[id]; ok {
		return false
	}
	s.at[id] = now
	s.order = append(s.order, id)
	return true
}

// expire drops entries older than the ttl, and the oldest beyond max.
func (s *seenSet) expire(now time.Time) {
	drop := 0
	for drop < len(s.order) {
		id := s.order[drop]
		if now.Sub(s.at[id]) < s.ttl && len(s.order)-drop < s.max {
			break
		}
		delete(s.at, id)
		drop++
	}
	if drop > 0 {
		s.order = append(s.order[:0:0], s.order[drop:]...)
	}
}

// len is how many ids are remembered.
func (s *seenSet) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.at)
}
