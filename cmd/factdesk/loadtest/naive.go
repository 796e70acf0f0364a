package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// naive runs the naive baseline the way load runs the server's questions:
// clients asking in turn for dur, each question one FTS5 BM25 query over its
// words on the knowledge base file (sqlite.NaiveSearch), in this process and
// without HTTP, so it is a lower bound of what a plain search would cost.
func naive(db string, questions []string, clients int, dur time.Duration) (result, error) {
	ctx := context.Background()
	kb, err := sqlite.Open(ctx, db)
	if err != nil {
		return result{}, fmt.Errorf("-naive %s: %w", db, err)
	}
	defer kb.Close()
	ctx, cancel := context.WithTimeout(ctx, dur)
	defer cancel()
	var next atomic.Int64
	var mu sync.Mutex
	res := result{statuses: map[int]int{}}
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var lat []time.Duration
			errs := 0
			var firstErr error
			for ctx.Err() == nil {
				q := questions[int(next.Add(1))%len(questions)]
				t := time.Now()
				if _, err := sqlite.NaiveSearch(ctx, kb, q); err != nil {
					if ctx.Err() != nil {
						break
					}
					errs++
					if firstErr == nil {
						firstErr = err
					}
					continue
				}
				lat = append(lat, time.Since(t))
			}
			mu.Lock()
			defer mu.Unlock()
			res.ok += len(lat)
			res.errs += errs
			if res.firstErr == nil {
				res.firstErr = firstErr
			}
			res.lat = append(res.lat, lat...)
		})
	}
	wg.Wait()
	res.wall = time.Since(start)
	return res, nil
}
