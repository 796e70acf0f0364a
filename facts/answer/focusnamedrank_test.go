package answer_test

import (
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FocusNamedRanksAhead: of facts that hold a which-question's
// words, the one that names a thing beside its focus noun ("Here We Go
// Again, his song with Norah Jones") is ahead of those that only say the
// noun of another thing ("best R&B song for..."), far enough to answer. The
// story is the benchmark's, as curated.
func TestAsk_FocusNamedRanksAhead(t *testing.T) {
	ask := asker(indextest.Bundled(t, filepath.Join("..", "eval", "testdata", "realnews", "dev9", "stories", "bbc-entertainment-264.yaml")))
	answersWith(t, ask, map[string]string{"Which song was named record of the year?": "Here We Go Again"})
}
