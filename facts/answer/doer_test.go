package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhatDidItNeedsTheVerb: "What caused the smell of smoke?" asks
// what did the causing; a fact that tells of the smell but of no cause does
// not answer it, however far ahead of the rest it is. (The story sits beside
// the bundled one, so the words weigh as in a real knowledge base.)
func TestAsk_WhatDidItNeedsTheVerb(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../testdata/orchestra-2005.yaml"))
	ans, err := ask("What caused the smell of smoke?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says what caused the smell", ans.Answer)
	}
}
