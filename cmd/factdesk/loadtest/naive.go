package main

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// naive runs the naive baseline the way load runs the server's questions:
// clients asking in turn for dur, each question one FTS5 BM25 query over its
// words on the knowledge base file (sqlite.NaiveSearch), in this process and
// without HTTP, so it is a lower bound of what a plain search would cost.
func naive(db string, questions []string, clients int, dur time.Duration) (result, error) {
	kb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		return result{}, fmt.Errorf("-naive %s: %w", db, err)
	}
	defer kb.Close()
	var next atomic.Int64
	return drive(clients, dur, func(ctx context.Context, _ int) (int, error) {
		if _, err := sqlite.NaiveSearch(ctx, kb, questions[int(next.Add(1))%len(questions)]); err != nil {
			return 0, err
		}
		return http.StatusOK, nil
	}), nil
}
