package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RoleWordAsVerbAfterSubject: in "Which company does Molyneux
// head?" the word after "does" and its subject is the verb, not a role that
// names the head of something: the answer is the company he heads, not a
// fact about him that says nothing of it. The story is a part of the
// development benchmark.
func TestAsk_RoleWordAsVerbAfterSubject(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev77/stories")), map[string]string{
		"Which company does Molyneux head?": "Lionhead",
	})
}
