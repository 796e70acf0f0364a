package http_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
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

// must runs one browser action and returns its value, failing the test on error.
func must[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	return v
}
