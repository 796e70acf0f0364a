package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_PlaceSaysWhereNotWhich: "Traders at US banking giant Citigroup
// are facing a criminal investigation in Germany" names two countries and
// says which traders no more than "some traders" would: "Which Citigroup
// traders are under investigation?" is not in the knowledge base. A place
// right before the noun names it ("Deutsche Boerse runs the Frankfurt
// exchange"), and a focus noun that may be a body or a place is answered by
// one. The stories are parts of the development benchmark.
func TestAsk_PlaceSaysWhereNotWhich(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev69/stories")), map[string]string{
		"Which Citigroup traders are under investigation?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev35/stories")), map[string]string{
		"Which exchange is run by Deutsche Boerse?": "Frankfurt",
	})
}
