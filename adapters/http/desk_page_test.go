package http_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/facts"
)

// card selects a fact's card inside a part of the page.
func card(within, id string) string {
	return within + ` article[data-fact="` + id + `"]`
}

// signInOnPage signs in on the page from the keyboard and waits until the
// page says who is signed in.
func signInOnPage(t *testing.T, ctx context.Context, url, token string) {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url+"/"),
		chromedp.WaitVisible(`body[data-desk-ready="true"]`),
		chromedp.Click(chromedp.ID("show-signin")),
		chromedp.WaitVisible(chromedp.ID("editor-token")),
		chromedp.SendKeys(chromedp.ID("editor-token"), token),
		chromedp.Click(chromedp.ID("signin-button")),
		chromedp.WaitVisible(chromedp.ID("signed-in")),
	); err != nil {
		t.Fatalf("sign in: %v", err)
	}
}

// TestDeskPage_Curate drives the desk in headless Chromium as an editor: sign
// in, approve a pending fact from the review queue and see it answer, then
// find a fact factdesk cited in a Slack thread, retract it with a reason, and
// see the correction queued for that thread.
func TestDeskPage_Curate(t *testing.T) {
	ctx := browser(t)
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	bg := context.Background()
	thread := facts.Conversation{Platform: "slack", Workspace: "T0NEWS", Channel: "C0DESK", Thread: "1718000000.000100"}
	if err := d.kb.RecordDelivery(bg, facts.Delivery{Conversation: thread, Message: "1718000000.000200", Facts: []string{driversHired}}); err != nil {
		t.Fatal(err)
	}

	signInOnPage(t, ctx, d.URL, d.token)
	name := must(t, ctx, chromedp.Text(chromedp.ID("editor-name")))
	cookies := must(t, ctx, chromedp.Evaluate[string](`document.cookie`))
	token := must(t, ctx, chromedp.Evaluate[string](`document.getElementById("editor-token").value`))
	if name != "ana" {
		t.Errorf("signed in as %q, want ana", name)
	}
	if strings.Contains(cookies, "factdesk_session") {
		t.Errorf("the session cookie is readable by scripts: %q", cookies)
	}
	if token != "" {
		t.Error("the token stays in the sign-in box after signing in")
	}

	// Approve the pending grant from the queue; then ask, and it answers.
	const q = "How much is the state grant?"
	if ans := askOnPage(t, ctx, d.URL, q); strings.Contains(ans.Lead, "$10 million") {
		t.Fatalf("a pending fact answered: %q", ans.Lead)
	}
	if err := chromedp.Do(ctx,
		chromedp.WaitVisible(card("#queue-list", pendingGrant)+" button.approve"),
		chromedp.Click(card("#queue-list", pendingGrant)+" button.approve"),
		chromedp.WaitVisible(`body[data-desk-actions="1"]`),
		chromedp.WaitVisible(chromedp.ID("queue-empty")),
	); err != nil {
		t.Fatalf("approve from the queue: %v", err)
	}
	if msg := must(t, ctx, chromedp.Text(chromedp.ID("desk-status"))); !strings.Contains(msg, "Approved "+pendingGrant) {
		t.Errorf("after approving, the page says %q", msg)
	}
	if ans := askOnPage(t, ctx, d.URL, q); !strings.Contains(ans.Lead, "$10 million") || !strings.Contains(ans.Text, pendingGrant) {
		t.Errorf("the approved fact does not answer: %q", ans.Text)
	}

	// Find the drivers fact, retract it (a reason is required), and see the
	// correction queued for the Slack thread that was told it.
	if err := chromedp.Do(ctx,
		chromedp.WaitVisible(`body[data-desk-ready="true"]`),
		chromedp.SendKeys(chromedp.ID("search"), "bus drivers"),
		chromedp.Click(chromedp.ID("search-button")),
		chromedp.WaitVisible(card("#search-results", driversHired)+" button.retract"),
		chromedp.Click(card("#search-results", driversHired)+" button.retract"),
		chromedp.WaitVisible(card("#search-results", driversHired)+" .retract-form textarea"),
		chromedp.Click(card("#search-results", driversHired)+" button.confirm-retract"),
		chromedp.WaitVisible(`#desk-status.error`),
	); err != nil {
		t.Fatalf("retract without a reason: %v", err)
	}
	if msg := must(t, ctx, chromedp.Text(chromedp.ID("desk-status"))); !strings.Contains(msg, "Say why") {
		t.Errorf("a retraction without a reason: the page says %q", msg)
	}
	if f, _ := d.kb.Fact(bg, driversHired); f.Status != facts.StatusApproved {
		t.Fatalf("retracted without a reason: %s", f.Status)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(card("#search-results", driversHired)+" .retract-form textarea", "The authority will hire 58 drivers, not 85."),
		chromedp.Click(card("#search-results", driversHired)+" button.confirm-retract"),
		chromedp.WaitVisible(`body[data-desk-actions="1"]`), // the page was loaded again since the approval
		chromedp.WaitVisible(card("#search-results", driversHired)+".status-retracted"),
	); err != nil {
		t.Fatalf("retract: %v", err)
	}
	msg := must(t, ctx, chromedp.Text(chromedp.ID("desk-status")))
	if !strings.Contains(msg, "Retracted "+driversHired) || !strings.Contains(msg, "A correction will be posted in the 1 conversation") {
		t.Errorf("after retracting, the page says %q; want the retraction and the one conversation to be told", msg)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(card("#search-results", driversHired)+" button.open"),
		chromedp.WaitVisible(`#fact-corrections li`),
	); err != nil {
		t.Fatalf("open the retracted fact: %v", err)
	}
	queued := strings.ToLower(must(t, ctx, chromedp.Text(chromedp.ID("fact-corrections")))) // badges are set in capitals
	history := must(t, ctx, chromedp.Text(`#fact-view .history`))
	if !strings.Contains(queued, "pending") || !strings.Contains(queued, "slack t0news/c0desk thread 1718000000.000100") || !strings.Contains(queued, "retracted by ana") {
		t.Errorf("corrections shown: %q, want one pending for the Slack thread", queued)
	}
	if !strings.Contains(history, "retract by ana (http)") || !strings.Contains(history, "58 drivers, not 85") {
		t.Errorf("history shown: %q, want the retraction with its reason", history)
	}
	cs, err := d.kb.Corrections(bg, facts.CorrectionFilter{Fact: driversHired})
	if err != nil || len(cs) != 1 || cs[0].Status != facts.CorrectionPending || cs[0].Conversation != thread || cs[0].By != "ana" ||
		cs[0].Reason != "The authority will hire 58 drivers, not 85." {
		t.Errorf("corrections queued = %+v, %v; want one, pending, for the thread, by ana with her reason", cs, err)
	}
}

// TestDeskPage_EditAndHistory edits a pending fact on the page, then corrects
// an approved one, and reads each change as a before and after.
func TestDeskPage_EditAndHistory(t *testing.T) {
	ctx := browser(t)
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	signInOnPage(t, ctx, d.URL, d.token)
	statement := card("#queue-list", pendingGrant) + ` .edit-form textarea[name="statement"]`
	if err := chromedp.Do(ctx,
		chromedp.WaitVisible(card("#queue-list", pendingGrant)+" button.edit"),
		chromedp.Click(card("#queue-list", pendingGrant)+" button.edit"),
		chromedp.WaitVisible(statement),
		chromedp.SetValue(statement, "The state is expected to add a $12 million grant to the plan."),
		chromedp.SetValue(card("#queue-list", pendingGrant)+` .edit-form input[name="value"]`, "12000000"),
		chromedp.Click(card("#queue-list", pendingGrant)+" button.save"),
		chromedp.WaitVisible(`body[data-desk-actions="1"]`),
	); err != nil {
		t.Fatalf("edit: %v", err)
	}
	if f, _ := d.kb.Fact(context.Background(), pendingGrant); !strings.Contains(f.Statement, "$12 million") || *f.Value != 12e6 || f.Status != facts.StatusPending {
		t.Fatalf("after the edit: %+v", f)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(card("#queue-list", pendingGrant)+" button.open"),
		chromedp.WaitVisible(`#fact-view table.diff`),
	); err != nil {
		t.Fatalf("open: %v", err)
	}
	type row struct{ Field, Old, New string }
	rows := must(t, ctx, chromedp.Evaluate[[]row](`Array.from(document.querySelectorAll("#fact-view .change:last-child table.diff tbody tr")).map((tr) =>
		({Field: tr.cells[0].textContent, Old: tr.cells[1].textContent, New: tr.cells[2].textContent}))`))
	if len(rows) != 2 || rows[0].Field != "statement" || !strings.Contains(rows[0].Old, "$10 million") || !strings.Contains(rows[0].New, "$12 million") ||
		rows[1] != (row{"value", "10000000", "12000000"}) {
		t.Errorf("the edit reads %+v, want statement and value before and after", rows)
	}

	// Correct an approved fact from its story: the correction is approved at
	// once and the old fact shows it is corrected.
	const fares = riverton + "/fare-unchanged"
	form := card("#story-view", fares) + " .supersede-form"
	if err := chromedp.Do(ctx,
		chromedp.Click(`button.story-link[data-story="`+riverton+`"]`),
		chromedp.WaitVisible(card("#story-view", fares)+" button.supersede"),
		chromedp.Click(card("#story-view", fares)+" button.supersede"),
		chromedp.WaitVisible(form+` textarea[name="statement"]`),
		chromedp.SetValue(form+` textarea[name="statement"]`, "The bus fare rises to $2.75 under the budget."),
		chromedp.SetValue(form+` input[name="value"]`, "2.75"),
		chromedp.Click(form+` input[name="approve"]`),
		chromedp.Click(form+" button.save"),
		chromedp.WaitVisible(`body[data-desk-actions="2"]`),
		chromedp.WaitVisible(card("#story-view", riverton+"/fare-unchanged-corrected")+".status-approved"),
	); err != nil {
		t.Fatalf("supersede: %v", err)
	}
	old := must(t, ctx, chromedp.Text(card("#story-view", fares)+" .status-badge"))
	if !strings.EqualFold(old, "approved, corrected by "+riverton+"/fare-unchanged-corrected") {
		t.Errorf("the corrected fact is shown as %q", old)
	}
	if ans, _ := d.kb.Ask(context.Background(), "How much is the bus fare?", facts.AskOptions{}); !strings.Contains(ans.Answer, "2.75") {
		t.Errorf("after the correction: %q", ans.Answer)
	}
}

// TestDeskPage_ReadOnly: without signing in, the page browses and searches
// but offers no curation, and shows no queue and no list of questions.
func TestDeskPage_ReadOnly(t *testing.T) {
	ctx := browser(t)
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(d.URL+"/"),
		chromedp.WaitVisible(`body[data-desk-ready="true"]`),
		chromedp.WaitVisible(`button.story-link[data-story="`+riverton+`"]`),
		chromedp.Click(`button.story-link[data-story="`+riverton+`"]`),
		chromedp.WaitVisible(card("#story-view", pendingGrant)),
	); err != nil {
		t.Fatalf("browse: %v", err)
	}
	type state struct {
		Actions, Queue, Gaps bool
		Story                string
	}
	got := must(t, ctx, chromedp.Evaluate[state](`({
		Actions: document.querySelectorAll("button.approve, button.retract, button.edit, button.supersede, button.dismiss").length > 0,
		Queue: !document.getElementById("queue-section").hidden,
		Gaps: !document.getElementById("gaps-section").hidden,
		Story: document.getElementById("story-view").textContent,
	})`))
	if got.Actions || got.Queue || got.Gaps {
		t.Errorf("a reader is offered curation: %+v", got)
	}
	for _, want := range []string{"1 pending", "pending " + pendingGrant, "Source: ", "About: Riverton Transit Authority (subject)", "retracted, corrected by " + riverton + "/ridership"} {
		if !strings.Contains(got.Story, want) {
			t.Errorf("the story lacks %q:\n%s", want, got.Story)
		}
	}
}

// TestDeskPage_NotFound: a question nobody could answer is listed for a
// signed-in editor, with its nearest facts, and dismissing it takes it off.
func TestDeskPage_NotFound(t *testing.T) {
	ctx := browser(t)
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	for range 2 {
		if res, body := d.do(t, "GET", "/api/v1/ask?q=How+many+people+died+in+the+camps%3F", nil, creds{}); res.StatusCode != 200 {
			t.Fatalf("ask: %d %s", res.StatusCode, body)
		}
	}
	signInOnPage(t, ctx, d.URL, d.token)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#gaps-list li.gap button.dismiss`)); err != nil {
		t.Fatalf("the list of questions nobody could answer: %v", err)
	}
	text := must(t, ctx, chromedp.Text(chromedp.ID("gaps-list")))
	if !strings.Contains(text, "How many people died in the camps?") || !strings.Contains(text, "asked 2 times") || !strings.Contains(text, "un-xinjiang-2021/") {
		t.Errorf("the list reads %q, want the question, asked twice, with nearest facts", text)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(`#gaps-list li.gap button.dismiss`),
		chromedp.WaitVisible(`body[data-desk-actions="1"]`),
		chromedp.WaitVisible(chromedp.ID("gaps-empty")),
	); err != nil {
		t.Fatalf("dismiss: %v", err)
	}
	if g, _ := d.kb.Gaps(context.Background(), facts.GapFilter{}); len(g.Groups) != 0 {
		t.Errorf("after dismissing, gaps = %+v", g.Groups)
	}
}
