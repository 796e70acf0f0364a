package answer

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestMarkLight_AdverbIsTheWordItself: "now" is used almost only as an
// adverb, so it is light; "final" is not, though it shares its stem with
// "finally", which is.
func TestMarkLight_AdverbIsTheWordItself(t *testing.T) {
	ix, _ := indextest.Bundled(t)
	for q, want := range map[string]map[string]bool{
		"Who is leading the coalition now?":        {"now": true},
		"Who came second in the final?":            {"final": false},
		"How many countries signed it altogether?": {"altogether": true},
	} {
		pq := parseQuestion(q, ix)
		for _, tm := range pq.Terms {
			if w, ok := want[tm.Text]; ok && tm.Light != w {
				t.Errorf("%q: %q light %v, want %v", q, tm.Text, tm.Light, w)
			}
			delete(want, tm.Text)
		}
		for w := range want {
			t.Errorf("%q: no word %q", q, w)
		}
	}
}
