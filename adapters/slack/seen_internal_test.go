package slack

import (
	"fmt"
	"testing"
	"time"
)

func TestSeenSet(t *testing.T) {
	now := time.Unix(1700000000, 0)
	s := newSeenSet(10*time.Minute, 3)
	s.now = func() time.Time { return now }

	if !s.firstTime("Ev1") || s.firstTime("Ev1") {
		t.Fatal("Ev1 should be new once, then seen")
	}
	if first, second := s.firstTime(""), s.firstTime(""); !first || !second {
		t.Error("an empty event id is never deduplicated")
	}
	now = now.Add(11 * time.Minute)
	if !s.firstTime("Ev1") {
		t.Error("Ev1 is remembered past its ttl")
	}
	for i := range 10 {
		s.firstTime(fmt.Sprintf("Ev%d", 100+i))
	}
	if n := s.len(); n > 3 {
		t.Errorf("remembers %d ids, max 3", n)
	}
	if s.firstTime("Ev109") {
		t.Error("the newest id was forgotten before older ones")
	}
}
