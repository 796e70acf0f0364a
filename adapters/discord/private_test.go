package discord

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/facts"
)

const ephemeral = 64 // Discord's EPHEMERAL message flag

// TestInteractions_WhoSees: through /fact, a draft's check, help, errors and
// refusals are shown to the asker alone, as on Slack; answers and facts go to
// the channel the question was asked in.
func TestInteractions_WhoSees(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	registerRetract(a)
	for _, tt := range []struct {
		name, sub, option, value string
		private                  bool
		want                     string // in the embed's description or the content
	}{
		{"Answer", "ask", "question", "who signed the statement?", false, "43"},
		{"NotFound", "ask", "question", "What is the capital of Australia?", false, "not in the knowledge base"},
		{"Fact", "source", "id", "un-xinjiang-2021/coalition-signed-statement", false, "43"},
		{"Check", "check", "passage", "A coalition of 45 countries signed the statement.", true, "problem"},
		{"Help", "help", "", "", true, "factdesk answers"},
		{"Error", "source", "id", "no-such/fact", true, "No fact"},
		{"Refusal", "retract", "id", "un-xinjiang-2021/coalition-signed-statement", true, "Only editors"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp := decodeResponse(t, serve(a, key.request(mustJSON(t, commandInteraction(tt.sub, tt.option, tt.value)), time.Now())))
			if resp.Type != 4 || resp.Data == nil {
				t.Fatalf("response %+v, want a message", resp)
			}
			if got := resp.Data.Flags&ephemeral != 0; got != tt.private {
				t.Errorf("shown only to the asker = %v, want %v", got, tt.private)
			}
			text := resp.Data.Content
			for _, e := range resp.Data.Embeds {
				text += e.Description
			}
			if !strings.Contains(text, tt.want) {
				t.Errorf("reply %q lacks %q", text, tt.want)
			}
		})
	}
}

// TestInteractions_CommandWordsAsAsked: what a person types into a
// subcommand's option is that command's argument, never re-read as another
// command; a question that begins with a command word is asked.
func TestInteractions_CommandWordsAsAsked(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	registerRetract(a)
	resp := decodeResponse(t, serve(a, key.request(mustJSON(t, commandInteraction("ask", "question", "retract the statement?")), time.Now())))
	if resp.Data == nil || len(resp.Data.Embeds) != 1 || strings.Contains(resp.Data.Content, "Only editors") {
		t.Errorf("ask: %+v, want the question answered, not a refusal", resp.Data)
	}
	resp = decodeResponse(t, serve(a, key.request(mustJSON(t, commandInteraction("source", "id", "of the 43 figure")), time.Now())))
	if resp.Data == nil || resp.Data.Flags&ephemeral == 0 || len(resp.Data.Embeds) != 0 {
		t.Errorf("source with no fact id: %+v, want a private error", resp.Data)
	}
}

// TestInteractions_HelpInDiscordsForm: /fact help writes every command as
// Discord's /fact takes it, and help topic: explains one.
func TestInteractions_HelpInDiscordsForm(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	embedText := func(resp interactionResponse) string {
		var b strings.Builder
		for _, e := range resp.Data.Embeds {
			b.WriteString(e.Description + "\n")
			for _, f := range e.Fields {
				b.WriteString(f.Name + "\n" + f.Value + "\n")
			}
		}
		return b.String()
	}
	help := embedText(decodeResponse(t, serve(a, key.request(mustJSON(t, commandInteraction("help", "", "")), time.Now()))))
	for _, want := range []string{"/fact ask question: <question>", "/fact check passage: <passage>", "/fact source id: <fact-id>",
		"Try: /fact ask question: Who is", "/fact help topic: check"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q:\n%s", want, help)
		}
	}
	if strings.Contains(help, "/fact <question>") || strings.Contains(help, "/fact check <passage>") {
		t.Errorf("help shows a form /fact does not take:\n%s", help)
	}
	topic := embedText(decodeResponse(t, serve(a, key.request(mustJSON(t, commandInteraction("help", "topic", "check")), time.Now()))))
	if !strings.Contains(topic, "/fact check passage: <passage> \u2014 Check a passage") || !strings.Contains(topic, "passage:") {
		t.Errorf("help topic: check:\n%s", topic)
	}
}

// TestInteractions_SlowPrivateReply: a slow check is deferred privately, so
// its findings reach the asker alone; a slow question that ends in an error
// was deferred for everyone, so everyone sees only that the reply is private,
// and the error goes to the asker alone.
func TestInteractions_SlowPrivateReply(t *testing.T) {
	key := newSigner(t)
	fake := newFakeDiscord(t)
	kb := MustOpenKB(t)
	kb.delay = 100 * time.Millisecond
	a := MustNewAdapter(t, kb, fake, Config{PublicKey: hex.EncodeToString(key.pub), Patience: 10 * time.Millisecond})

	var deferral struct {
		Type int `json:"type"`
		Data *struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	type followup struct {
		Content string            `json:"content"`
		Flags   int               `json:"flags"`
		Embeds  []json.RawMessage `json:"embeds"`
	}
	followups := func(from int) []followup {
		var out []followup
		for _, c := range fake.Calls()[from:] {
			if c.Method != http.MethodPost || c.Path != api+"/webhooks/app-1/itoken" {
				t.Errorf("call %s %s, want a follow-up", c.Method, c.Path)
				continue
			}
			var f followup
			json.Unmarshal([]byte(c.Body), &f)
			out = append(out, f)
		}
		return out
	}

	w := serve(a, key.request(mustJSON(t, commandInteraction("check", "passage", "A coalition of 45 countries signed the statement.")), time.Now()))
	if err := json.Unmarshal(w.Body.Bytes(), &deferral); err != nil || deferral.Type != 5 || deferral.Data == nil || deferral.Data.Flags&ephemeral == 0 {
		t.Fatalf("check deferred as %s, want type 5, private", w.Body)
	}
	a.Wait()
	if got := followups(0); len(got) != 1 || len(got[0].Embeds) != 1 || !strings.Contains(string(got[0].Embeds[0]), "45") {
		t.Errorf("follow-ups %+v, want the findings once", got)
	}

	n := len(fake.Calls())
	long := strings.Repeat("who signed the statement ", facts.MaxQuestionLen/10)
	w = serve(a, key.request(mustJSON(t, commandInteraction("ask", "question", long)), time.Now()))
	deferral.Data = nil
	if err := json.Unmarshal(w.Body.Bytes(), &deferral); err != nil || deferral.Type != 5 || deferral.Data != nil && deferral.Data.Flags&ephemeral != 0 {
		t.Fatalf("question deferred as %s, want type 5, for everyone", w.Body)
	}
	a.Wait()
	got := followups(n)
	if len(got) != 2 {
		t.Fatalf("follow-ups %+v, want a public note then the private error", got)
	}
	if got[0].Flags&ephemeral != 0 || !strings.Contains(got[0].Content, "privately") || len(got[0].Embeds) != 0 {
		t.Errorf("first follow-up %+v, want only a note that the reply is private", got[0])
	}
	if got[1].Flags&ephemeral == 0 || got[1].Content == "" {
		t.Errorf("second follow-up %+v, want the error for the asker alone", got[1])
	}
}

// TestMessage_Addressed: a message that mentions factdesk in passing is not a
// question; one that starts by addressing it is, and help written there shows
// the !fact form.
func TestMessage_Addressed(t *testing.T) {
	fake := newFakeDiscord(t)
	a, kb := gatewayAdapter(t, fake)
	reporter := &discordgo.User{ID: "u-1", Username: "reporter"}
	for _, content := range []string{"thanks <@bot-1>, that helped", "as <@bot-1> said, 43 countries signed"} {
		a.handleMessage(context.Background(), a.session, messageCreate(reporter, content))
	}
	if calls := fake.Calls(); len(calls) != 0 || kb.calls.Load() != 0 {
		t.Fatalf("a passing mention was answered: %+v", calls)
	}
	a.handleMessage(context.Background(), a.session, messageCreate(reporter, "<@bot-1>, help"))
	calls := fake.Calls()
	if len(calls) != 1 {
		t.Fatalf("calls %+v, want one reply", calls)
	}
	for _, want := range []string{"!fact check \\u003cpassage\\u003e", "Try: !fact Who is"} {
		if !strings.Contains(calls[0].Body, want) {
			t.Errorf("help in a channel lacks %q: %s", want, calls[0].Body)
		}
	}
}
