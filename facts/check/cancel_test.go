package check_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/check"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// cancelling is a store that ends the check's context once the facts are
// read: the comparisons, where a check spends its time, are still to come.
type cancelling struct {
	index.Store
	cancel context.CancelFunc
	docs   int
}

func (c *cancelling) Docs(ctx context.Context, refs []int64) ([]*index.Doc, error) {
	c.docs++
	docs, err := c.Store.Docs(ctx, refs)
	c.cancel()
	return docs, err
}

// TestCheck_Cancelled: a check stops when its request's context ends, in the
// middle of its work: it compares nothing more and returns the context's
// error, not a partial result that could pass for a whole one.
func TestCheck_Cancelled(t *testing.T) {
	ix, mem := indextest.Bundled(t, testStories)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := &cancelling{Store: mem, cancel: cancel}
	draft := strings.Repeat("A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday. ", 50)
	res, err := check.Check(ctx, ix, st, draft, facts.CheckOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Check with its context ended mid-way: %v, want context.Canceled", err)
	}
	if st.docs == 0 {
		t.Fatal("the context ended before the check read any fact: nothing was interrupted")
	}
	if len(res.Findings) != 0 || res.Checked != 0 {
		t.Errorf("a cancelled check returned %d findings, %d claims compared", len(res.Findings), res.Checked)
	}
}
