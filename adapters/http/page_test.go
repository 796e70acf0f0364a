package http_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// chromium finds a Chromium or Chrome binary. In CI (CI=true) its absence is a
// failure, since .ci/run installs it; on a laptop without one the test skips.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no chromium on PATH: the editor's page is tested in a real browser; install it with `apt-get install -y chromium` (.ci/run does)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser starts a headless Chromium with a throwaway profile and returns a
// context to drive it, cancelled when the test ends.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// TestEditorPage_Browser loads the editor's page in headless Chromium, checks a
// draft with a wrong number and asks a question, as an editor would.
func TestEditorPage_Browser(t *testing.T) {
	ctx := browser(t)
	srv := MustServe(t)

	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("draft")),
		chromedp.SetValue(chromedp.ID("draft"), wrongCount), // as if pasted
		chromedp.Click(chromedp.ID("check-button")),
		chromedp.WaitVisible(chromedp.CSS("#draft-view mark")),
	); err != nil {
		t.Fatalf("check a draft: %v", err)
	}
	marked := must(t, ctx, chromedp.Text(chromedp.CSS("#draft-view mark")))
	marks := must(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#draft-view mark").length`))
	title := must(t, ctx, chromedp.AttributeValue(chromedp.CSS("#draft-view mark"), "title"))
	findings := must(t, ctx, chromedp.Text(chromedp.ID("findings")))
	if marked != "45 countries" || marks != 1 {
		t.Errorf("marked %q (%d marks), want the one wrong span \"45 countries\"", marked, marks)
	}
	if !strings.Contains(title.Value, "43 countries") {
		t.Errorf("mark title %q lacks the expected value", title.Value)
	}
	for _, want := range []string{"Expected: 43 countries", "Source: 43 countries denounce China", "un-xinjiang-2021/"} {
		if !strings.Contains(findings, want) {
			t.Errorf("findings lack %q:\n%s", want, findings)
		}
	}

	// Ask with the keyboard alone: type the question, press Enter.
	if err := chromedp.Do(ctx,
		chromedp.Focus(chromedp.ID("question")),
		chromedp.SendKeys(chromedp.ID("question"), "How many countries backed China?"+kb.Enter),
		chromedp.WaitVisible(chromedp.ID("answer-text")),
	); err != nil {
		t.Fatalf("ask: %v", err)
	}
	answer := must(t, ctx, chromedp.Text(chromedp.ID("answer")))
	for _, want := range []string{"62", "Source: 43 countries denounce China"} {
		if !strings.Contains(answer, want) {
			t.Errorf("answer lacks %q:\n%s", want, answer)
		}
	}
}

// TestEditorPage_Narrow checks the page on a phone-sized screen, driven from the
// keyboard: nothing is wider than the screen, and Ctrl+Enter in the draft box
// checks the draft and marks the finding.
func TestEditorPage_Narrow(t *testing.T) {
	ctx := browser(t)
	srv := MustServe(t)
	long := wrongCount + " " + strings.Repeat("Averyveryverylongwordwithoutspaces", 4)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(360, 740),
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("draft")),
		chromedp.SetValue(chromedp.ID("draft"), long),
		chromedp.Focus(chromedp.ID("draft")),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.WaitVisible(chromedp.CSS("#draft-view mark")),
	); err != nil {
		t.Fatalf("narrow screen: %v", err)
	}
	marked := must(t, ctx, chromedp.Text(chromedp.CSS("#draft-view mark")))
	overflow := must(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
	if marked != "45 countries" {
		t.Errorf("marked %q, want \"45 countries\"", marked)
	}
	if overflow {
		t.Error("the page is wider than a 360-pixel screen")
	}
}

// draftAllVerdicts has two contradictions of different kinds, a quotation no
// fact backs and a figure a fact backs.
const draftAllVerdicts = "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday. " +
	"Zhang Jun, China's foreign minister, said: \"The criticism is a pack of lies.\" " +
	"A Cuban envoy delivered a statement on behalf of 62 countries."

// TestEditorPage_Verdicts checks a draft with every verdict in the browser:
// contradictions coloured by kind with a legend, the claim no fact backs
// underlined with dots and a tooltip, the backed one in faint green, and the
// summary in the words every surface uses; then a passage with nothing to
// check, which gets no all-clear.
func TestEditorPage_Verdicts(t *testing.T) {
	ctx := browser(t)
	srv := MustServe(t)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("draft")),
		chromedp.SetValue(chromedp.ID("draft"), draftAllVerdicts),
		chromedp.Click(chromedp.ID("check-button")),
		chromedp.WaitVisible(chromedp.CSS("#draft-view mark")),
	); err != nil {
		t.Fatalf("check a draft: %v", err)
	}

	type span struct {
		Class, Text, Kind, Title, Background, Decoration string
	}
	spans := must(t, ctx, chromedp.Evaluate[[]span](`Array.from(document.querySelectorAll("#draft-view .claim")).map((e) => {
		const cs = getComputedStyle(e);
		return {Class: e.className, Text: e.textContent, Kind: e.dataset.kind, Title: e.title,
			Background: cs.backgroundColor, Decoration: cs.textDecorationLine + " " + cs.textDecorationStyle};
	})`))
	want := []struct{ class, text, title string }{
		{"claim contradicted kind-number", "45 countries", "number: expected 43 countries"},
		{"claim contradicted kind-title", "China's foreign minister", "title: expected China's ambassador"},
		{"claim unsupported", "The criticism is a pack of lies", "Not backed by any fact: No recorded quotation of Zhang Jun"},
		{"claim supported", "62 countries", "Agrees with the knowledge base: "},
	}
	if len(spans) != len(want) {
		t.Fatalf("marked spans %+v, want %d", spans, len(want))
	}
	for i, w := range want {
		if spans[i].Class != w.class || spans[i].Text != w.text || !strings.HasPrefix(spans[i].Title, w.title) {
			t.Errorf("span %d = %+v\nwant class %q, text %q, tooltip starting %q", i, spans[i], w.class, w.text, w.title)
		}
	}
	if spans[0].Background == spans[1].Background {
		t.Errorf("a number and a title are marked in the same colour %s", spans[0].Background)
	}
	if spans[2].Decoration != "underline dotted" || spans[2].Background != "rgba(0, 0, 0, 0)" {
		t.Errorf("the claim no fact backs is styled %q on %s, want a dotted underline and no fill", spans[2].Decoration, spans[2].Background)
	}
	if spans[3].Decoration != "underline solid" || spans[3].Background != "rgba(0, 0, 0, 0)" || !strings.Contains(spans[3].Title, "un-xinjiang-2021/") {
		t.Errorf("the backed claim is styled %q on %s, tooltip %q; want an underline, no fill, its fact id", spans[3].Decoration, spans[3].Background, spans[3].Title)
	}

	// The legend: one colour per kind, then the two soft marks.
	type entry struct{ Class, Text, Background string }
	key := must(t, ctx, chromedp.Evaluate[[]entry](`Array.from(document.querySelectorAll("#legend li > *")).map((e) =>
		({Class: e.className, Text: e.textContent, Background: getComputedStyle(e).backgroundColor}))`))
	kinds := []string{"number", "quote", "attribution", "name", "title", "date"}
	if len(key) != len(kinds)+2 {
		t.Fatalf("legend %+v, want the %d kinds and the two soft marks", key, len(kinds))
	}
	colours := map[string]string{}
	for i, k := range kinds {
		if key[i].Class != "claim contradicted kind-"+k || key[i].Text != k {
			t.Errorf("legend entry %d = %+v, want the %s colour", i, key[i], k)
		}
		if other, dup := colours[key[i].Background]; dup {
			t.Errorf("%s and %s share the colour %s", other, k, key[i].Background)
		}
		colours[key[i].Background] = k
	}
	if key[6].Class != "claim unsupported" || key[7].Class != "claim supported" {
		t.Errorf("legend ends %+v, want the soft marks", key[6:])
	}
	if spans[0].Background != key[0].Background || spans[1].Background != key[4].Background {
		t.Errorf("marks coloured %s and %s, the legend's number and title %s and %s", spans[0].Background, spans[1].Background, key[0].Background, key[4].Background)
	}

	// The summary says what the bot says of the same check.
	summary := must(t, ctx, chromedp.Text(chromedp.ID("check-summary")))
	class := must(t, ctx, chromedp.AttributeValue(chromedp.ID("check-summary"), "class"))
	if want := bot.CheckSummary(checkOver(t, srv, draftAllVerdicts)); summary != want {
		t.Errorf("summary %q\nwant    %q", summary, want)
	}
	if class.Value != "summary outcome-contradicted" {
		t.Errorf("summary class %q", class.Value)
	}
	findings := must(t, ctx, chromedp.Text(chromedp.ID("findings")))
	for _, want := range []string{"Contradicted by the knowledge base", "Not backed by any fact", "No recorded quotation of Zhang Jun", "1 claim agrees with the knowledge base"} {
		if !strings.Contains(findings, want) {
			t.Errorf("results lack %q:\n%s", want, findings)
		}
	}

	// Nothing to check: said plainly, no marks, no green.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("draft"), "The sky is blue."),
		chromedp.Click(chromedp.ID("check-button")),
		chromedp.WaitNotPresent(chromedp.ID("draft-view")),
	); err != nil {
		t.Fatalf("check a passage with nothing to check: %v", err)
	}
	summary = must(t, ctx, chromedp.Text(chromedp.ID("check-summary")))
	class = must(t, ctx, chromedp.AttributeValue(chromedp.ID("check-summary"), "class"))
	if summary != bot.NothingCheckableText || class.Value != "summary outcome-nothing" {
		t.Errorf("summary %q (class %q), want %q and no all-clear", summary, class.Value, bot.NothingCheckableText)
	}
}

// checkOver posts a draft to the API as the page does and returns the result.
func checkOver(t *testing.T, srv *httptest.Server, draft string) facts.CheckResult {
	t.Helper()
	_, data := post(t, srv, "text/plain", strings.NewReader(draft))
	var res facts.CheckResult
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("not the check object: %v\n%s", err, data)
	}
	return res
}

// TestEditorPage_Static fetches the page's files over HTTP, as a browser
// would: the stylesheet colours each kind and the soft verdicts, and the
// script draws the legend.
func TestEditorPage_Static(t *testing.T) {
	srv := MustServe(t)
	get := func(path string) string {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %v", path, res.StatusCode, err)
		}
		return string(body)
	}
	css, js := get("/static/style.css"), get("/static/app.js")
	for _, want := range []string{".kind-number", ".kind-quote", ".kind-attribution", ".kind-name", ".kind-title", ".kind-date",
		".claim.unsupported", "dotted", ".claim.supported", ".outcome-nothing"} {
		if !strings.Contains(css, want) {
			t.Errorf("style.css lacks %s", want)
		}
	}
	for _, want := range []string{`"Key to the marks"`, bot.NothingCheckableText, `"Not backed by any fact: "`} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
}

// must runs one browser action and returns its value, failing the test on error.
func must[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return v
}
