package sqlite_test

import (
	"context"
	"testing"

	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"github.com/factdesk/factdesk/facts"
)

// BenchmarkKB_Ask measures answering on the bundled knowledge base, over a mix of
// question types including one that is not held.
func BenchmarkKB_Ask(b *testing.B) {
	kb := sqlitetest.Open(b)
	ctx := context.Background()
	questions := []string{
		"Who signed the statement criticizing China?",
		"What did China respond?",
		"How many countries backed China?",
		"Who is Zhang Jun?",
		"When did Europe suspend the investment pact?",
		"What did Russia say about the statement?",
		"How many Uyghurs live in Xinjiang?",
	}
	if _, err := kb.Ask(ctx, questions[0], facts.AskOptions{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := kb.Ask(ctx, questions[i%len(questions)], facts.AskOptions{Fresh: true}); err != nil {
			b.Fatal(err)
		}
	}
}
