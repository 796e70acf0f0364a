package facts

import "context"

// Progress reports how far a long operation (an import or export of thousands of
// files) has come, so a terminal can show a bar.
type Progress struct {
	Stage string // "reading", "writing", "exporting"
	Done  int
	Total int
}

type progressKey struct{}

// WithProgress returns a context whose long operations call report as they go.
// Reports come from the operation's goroutine; report must be quick.
func WithProgress(ctx context.Context, report func(Progress)) context.Context {
	return context.WithValue(ctx, progressKey{}, report)
}

// progress reports to the context's callback, if any.
func progress(ctx context.Context, stage string, done, total int) {
	if report, ok := ctx.Value(progressKey{}).(func(Progress)); ok {
		report(Progress{Stage: stage, Done: done, Total: total})
	}
}
