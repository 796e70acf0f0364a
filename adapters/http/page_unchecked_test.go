package http_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// budgetSpent is a knowledge base whose checks run out of budget at the
// second sentence, as a long dense draft's would against a large one.
type budgetSpent struct{ *sqlite.KB }

func (b budgetSpent) Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
	first, _, _ := strings.Cut(text, ". ")
	res, err := b.KB.Check(ctx, first+".", opt)
	res.Unchecked, res.UncheckedFrom = 2, utf8.RuneCountInString(first)+2
	return res, err
}

// TestEditorPage_Unchecked: a check that left part of the draft unchecked says
// so in its summary, from where, and the draft view sets that part apart, with
// no all-clear colour.
func TestEditorPage_Unchecked(t *testing.T) {
	ctx := browser(t)
	mux := http.NewServeMux()
	httpapi.New(budgetSpent{sqlitetest.Open(t)}, slog.New(slog.NewTextHandler(io.Discard, nil))).Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	second := "Last year 41 nations signed a similar statement."
	draft := wrongCount + " " + second
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("draft")),
		chromedp.SetValue(chromedp.ID("draft"), draft),
		chromedp.Click(chromedp.ID("check-button")),
		chromedp.WaitVisible(chromedp.CSS("#draft-view .unchecked")),
	); err != nil {
		t.Fatalf("check a draft: %v", err)
	}
	summary := must(t, ctx, chromedp.Evaluate[string](`document.getElementById("check-summary").textContent`))
	class := must(t, ctx, chromedp.Evaluate[string](`document.getElementById("check-summary").className`))
	unchecked := must(t, ctx, chromedp.Evaluate[string](`document.querySelector("#draft-view .unchecked").textContent`))
	if !strings.Contains(summary, "Only part of the passage was checked: 2 claims from character") {
		t.Errorf("summary %q does not say what was left unchecked", summary)
	}
	if strings.Contains(class, "outcome-agrees") {
		t.Errorf("summary styled %q: an all-clear for a partial check", class)
	}
	if strings.TrimSpace(unchecked) != second {
		t.Errorf("the part set apart as unchecked is %q, want %q", unchecked, second)
	}
}
