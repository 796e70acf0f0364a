package sqlite

import (
	"context"

	"github.com/factdesk/factdesk/facts"
)

type progressKey struct{}

// WithProgress returns a context whose long operations call report as they go.
// Reports come from the operation's goroutine; report must be quick.
func WithProgress(ctx context.Context, report func(facts.Progress)) context.Context {
	return context.WithValue(ctx, progressKey{}, report)
}

// progress reports to the context's callback, if any.
func progress(ctx context.Context, stage string, done, total int) {
	if report, ok := ctx.Value(progressKey{}).(func(facts.Progress)); ok {
		report(facts.Progress{Stage: stage, Done: done, Total: total})
	}
}
