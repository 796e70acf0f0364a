package http_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// answerShown is what the page shows of an answer.
type answerShown struct {
	Text      string   // the whole answer box
	Lead      string   // the answer's sentence
	Questions []string // the questions offered, as buttons
	Nearest   []string // the nearest facts, as text
}

// askOnPage asks q on the editor's page from the keyboard and reads the answer.
func askOnPage(t *testing.T, ctx context.Context, url, q string) answerShown {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url+"/"),
		chromedp.WaitVisible(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), q+kb.Enter),
		chromedp.WaitVisible(chromedp.ID("answer-text")),
	); err != nil {
		t.Fatalf("ask %q: %v", q, err)
	}
	return must(t, ctx, chromedp.Evaluate[answerShown](`({
		Text: document.getElementById("answer").innerText,
		Lead: document.getElementById("answer-text").innerText,
		Questions: Array.from(document.querySelectorAll("#answer button")).map((b) => b.textContent),
		Nearest: Array.from(document.querySelectorAll("#answer .nearest li")).map((li) => li.innerText),
	})`))
}

// TestEditorPage_NotFound asks the page what the knowledge base does not hold:
// it says so once, offers other questions as buttons (never the one just
// asked) and the nearest facts as facts to read, not as questions.
func TestEditorPage_NotFound(t *testing.T) {
	ctx := browser(t)
	srv := MustServe(t)
	const q = "What did Xinjiang say?"
	got := askOnPage(t, ctx, srv.URL, q)
	if n := strings.Count(strings.ToLower(got.Text), "not in the knowledge base"); n != 1 {
		t.Errorf("the page says \"not in the knowledge base\" %d times:\n%s", n, got.Text)
	}
	for _, s := range got.Questions {
		if strings.EqualFold(strings.TrimSpace(s), q) || strings.HasPrefix(s, "Nearest fact") {
			t.Errorf("the page offers %q to ask:\n%s", s, got.Text)
		}
	}
	if len(got.Nearest) == 0 || !strings.Contains(got.Nearest[0], "un-xinjiang-2021/") {
		t.Errorf("nearest facts %q, want each with its fact id:\n%s", got.Nearest, got.Text)
	}
}

// repeatingEngine answers every question as an engine that repeats itself
// would: it is not found, the reply says so, and the suggestions hold the
// question itself.
type repeatingEngine struct{ real httpapi.Engine }

func (e repeatingEngine) Ask(ctx context.Context, q string, opt facts.AskOptions) (facts.Answer, error) {
	return facts.Answer{Question: q, Answer: "Rosa Delgado is known to the knowledge base, but no approved fact is recorded about it. That is not in the knowledge base.",
		Facts: []facts.AnswerFact{}, Suggestions: []string{q, "who is rosa delgado", "What did Rosa Delgado say?"}}, nil
}

func (e repeatingEngine) Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
	return e.real.Check(ctx, text, opt)
}

func (e repeatingEngine) Ping(ctx context.Context) error { return e.real.Ping(ctx) }

// TestEditorPage_NotFoundNoRepeats: whatever the engine sends, the page adds
// no second "not in the knowledge base" and offers no repeat of the question.
func TestEditorPage_NotFoundNoRepeats(t *testing.T) {
	ctx := browser(t)
	mux := http.NewServeMux()
	httpapi.New(repeatingEngine{sqlitetest.Open(t)}, slog.New(slog.NewTextHandler(io.Discard, nil))).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	got := askOnPage(t, ctx, srv.URL, "Who is Rosa Delgado?")
	if n := strings.Count(strings.ToLower(got.Text), "not in the knowledge base"); n != 1 {
		t.Errorf("the page says \"not in the knowledge base\" %d times:\n%s", n, got.Text)
	}
	if len(got.Questions) != 1 || got.Questions[0] != "What did Rosa Delgado say?" {
		t.Errorf("questions offered %q, want only the one not asked", got.Questions)
	}
}
