package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// interactionResponse is the part of Discord's interaction response the tests read.
type interactionResponse struct {
	Type int `json:"type"`
	Data *struct {
		Content string `json:"content"`
		Flags   int    `json:"flags"`
		Embeds  []struct {
			Title       string `json:"title"`
			Color       int    `json:"color"`
			URL         string `json:"url"`
			Description string `json:"description"`
			Fields      []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"fields"`
		} `json:"embeds"`
	} `json:"data"`
}

// signer signs requests the way Discord does: Ed25519 over timestamp + body.
type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(tb testing.TB) signer {
	tb.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return signer{pub: pub, priv: priv}
}

func (s signer) request(body string, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	r := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(s.priv, []byte(ts+body))))
	return r
}

func serve(a *Adapter, r *http.Request) *httptest.ResponseRecorder {
	mux := http.NewServeMux()
	a.Register(mux)
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, r)
	return w
}

func decodeResponse(tb testing.TB, w *httptest.ResponseRecorder) interactionResponse {
	tb.Helper()
	if w.Code != http.StatusOK {
		tb.Fatalf("status = %d, want 200; body %s", w.Code, w.Body)
	}
	var resp interactionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		tb.Fatalf("response is not JSON: %v: %s", err, w.Body)
	}
	return resp
}

func TestInteractions_Ping(t *testing.T) {
	key := newSigner(t)
	kb := MustOpenKB(t)
	a := MustNewAdapter(t, kb, nil, Config{PublicKey: hex.EncodeToString(key.pub)})

	resp := decodeResponse(t, serve(a, key.request(`{"id":"i-0","type":1,"application_id":"app-1","token":"t"}`, time.Now())))
	if resp.Type != 1 {
		t.Fatalf("type = %d, want 1 (PONG)", resp.Type)
	}
	if n := kb.calls.Load(); n != 0 {
		t.Fatalf("a PING reached the engine %d times", n)
	}
}

func TestInteractions_Ask(t *testing.T) {
	key := newSigner(t)
	kb := MustOpenKB(t)
	a := MustNewAdapter(t, kb, nil, Config{PublicKey: hex.EncodeToString(key.pub)})

	body := mustJSON(t, commandInteraction("ask", "question", "who signed the statement?"))
	resp := decodeResponse(t, serve(a, key.request(body, time.Now())))
	if resp.Type != 4 {
		t.Fatalf("type = %d, want 4 (answered in the response)", resp.Type)
	}
	if resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("want one embed, got %+v", resp.Data)
	}
	e := resp.Data.Embeds[0]
	if !strings.Contains(e.Description, "43") {
		t.Errorf("answer = %q, want it to say 43", e.Description)
	}
	if len(e.Fields) == 0 || !strings.Contains(e.Fields[0].Value, "Source: ") {
		t.Errorf("fields = %+v, want each fact with its source", e.Fields)
	}
}

func TestInteractions_Check(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})

	body := mustJSON(t, commandInteraction("check", "passage", "A coalition of 45 countries signed the statement."))
	resp := decodeResponse(t, serve(a, key.request(body, time.Now())))
	if resp.Type != 4 || resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("want an embed answered in the response, got %+v", resp)
	}
	if e := resp.Data.Embeds[0]; e.Title != "Draft check" || !strings.Contains(e.Description, "problem") || e.Color != colorProblems {
		t.Errorf("embed = %q / %q (colour %#06x), want the draft check's findings in red", e.Title, e.Description, e.Color)
	}
}

// TestInteractions_CheckVerdicts runs /fact check over the bundled story: the
// embed's colour and fields tell a contradiction, a quotation no fact backs,
// an all-clear and a passage with nothing to check apart.
func TestInteractions_CheckVerdicts(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	tests := []struct {
		name, passage string
		color         int
		description   string
		field         string // a field name that must be there; "" for none at all
	}{
		{"Contradicted", "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.",
			colorProblems, "1 problem found", "\u26a0\ufe0f number: \u201c45 countries\u201d"},
		{"Unbacked", `Zhang Jun said: "The criticism is a pack of lies."`,
			colorUnbacked, "not backed by any fact", "\u2754 Not backed: \u201cThe criticism is a pack of lies\u201d"},
		{"Agrees", "A Cuban envoy delivered a statement on behalf of 62 countries.",
			colorAnswer, "No contradictions: 1 claim agrees with the knowledge base.", ""},
		{"NothingCheckable", "The sky is blue.",
			colorNothing, "Nothing in this passage could be checked against the knowledge base.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := mustJSON(t, commandInteraction("check", "passage", tt.passage))
			resp := decodeResponse(t, serve(a, key.request(body, time.Now())))
			if resp.Data == nil || len(resp.Data.Embeds) != 1 {
				t.Fatalf("want one embed, got %+v", resp)
			}
			e := resp.Data.Embeds[0]
			if e.Color != tt.color || !strings.Contains(e.Description, tt.description) {
				t.Errorf("embed %q (colour %#06x), want %q in colour %#06x", e.Description, e.Color, tt.description, tt.color)
			}
			var names []string
			for _, f := range e.Fields {
				names = append(names, f.Name)
			}
			if tt.field == "" && len(names) > 0 || tt.field != "" && !slices.Contains(names, tt.field) {
				t.Errorf("fields %q, want %q", names, tt.field)
			}
		})
	}
}

func TestInteractions_Unauthorized(t *testing.T) {
	key := newSigner(t)
	other := newSigner(t)
	body := mustJSON(t, commandInteraction("ask", "question", "who signed the statement?"))
	for name, req := range map[string]func() *http.Request{
		"MissingSignature": func() *http.Request {
			r := key.request(body, time.Now())
			r.Header.Del("X-Signature-Ed25519")
			return r
		},
		"MissingTimestamp": func() *http.Request {
			r := key.request(body, time.Now())
			r.Header.Del("X-Signature-Timestamp")
			return r
		},
		"WrongKey":      func() *http.Request { return other.request(body, time.Now()) },
		"Stale":         func() *http.Request { return key.request(body, time.Now().Add(-6*time.Minute)) },
		"FromTheFuture": func() *http.Request { return key.request(body, time.Now().Add(6*time.Minute)) },
		"TamperedBody": func() *http.Request {
			r := key.request(body, time.Now())
			signed := key.request(strings.Replace(body, "who signed", "who wrote", 1), time.Now())
			signed.Header = r.Header
			return signed
		},
		"NotHex": func() *http.Request {
			r := key.request(body, time.Now())
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		},
	} {
		t.Run(name, func(t *testing.T) {
			kb := MustOpenKB(t)
			a := MustNewAdapter(t, kb, nil, Config{PublicKey: hex.EncodeToString(key.pub)})
			w := serve(a, req())
			if w.Code != http.StatusUnauthorized {
				t.Errorf("status = %d, want 401", w.Code)
			}
			if n := kb.calls.Load(); n != 0 {
				t.Errorf("the engine was called %d times, want 0", n)
			}
		})
	}
}

func TestInteractions_NoPublicKey(t *testing.T) {
	key := newSigner(t)
	kb := MustOpenKB(t)
	a := MustNewAdapter(t, kb, nil, Config{})
	body := mustJSON(t, commandInteraction("ask", "question", "who signed the statement?"))
	if w := serve(a, key.request(body, time.Now())); w.Code != http.StatusUnauthorized {
		t.Errorf("status = %d, want 401 when no public key is configured", w.Code)
	}
	if n := kb.calls.Load(); n != 0 {
		t.Errorf("the engine was called %d times, want 0", n)
	}
}

func TestNew_BadPublicKey(t *testing.T) {
	for _, key := range []string{"not hex", "abcd"} {
		if _, err := New(nil, Config{PublicKey: key}); err == nil || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY") {
			t.Errorf("New(PublicKey: %q) error = %v, want one naming DISCORD_PUBLIC_KEY", key, err)
		}
	}
}

// A slow answer is deferred within Discord's three seconds, then sent through the
// interaction's webhook.
func TestInteractions_SlowAnswerIsDeferred(t *testing.T) {
	key := newSigner(t)
	fake := newFakeDiscord(t)
	kb := MustOpenKB(t)
	kb.delay = 200 * time.Millisecond
	a := MustNewAdapter(t, kb, fake, Config{PublicKey: hex.EncodeToString(key.pub), Patience: 20 * time.Millisecond})

	body := mustJSON(t, commandInteraction("ask", "question", "who signed the statement?"))
	resp := decodeResponse(t, serve(a, key.request(body, time.Now())))
	if resp.Type != 5 {
		t.Fatalf("type = %d, want 5 (deferred)", resp.Type)
	}
	a.Wait()
	calls := fake.Calls()
	if len(calls) != 1 {
		t.Fatalf("Discord got %d calls, want one follow-up: %+v", len(calls), calls)
	}
	if c := calls[0]; c.Method != http.MethodPost || c.Path != api+"/webhooks/app-1/itoken" || !strings.Contains(c.Body, "43") {
		t.Errorf("follow-up = %s %s %s, want POST to the interaction webhook with the answer", c.Method, c.Path, c.Body)
	}
}

func TestInteractions_EditorsOnly(t *testing.T) {
	key := newSigner(t)
	a := MustNewAdapter(t, MustOpenKB(t), nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	registerRetract(a)

	t.Run("Refused", func(t *testing.T) {
		body := mustJSON(t, commandInteraction("retract", "id", "un-xinjiang-2021/coalition-signed-statement"))
		resp := decodeResponse(t, serve(a, key.request(body, time.Now())))
		if resp.Data == nil || !strings.Contains(resp.Data.Content, "Only editors") {
			t.Fatalf("response = %+v, want a refusal", resp.Data)
		}
		if resp.Data.Flags&64 == 0 {
			t.Errorf("flags = %d, want the refusal shown only to the asker (ephemeral)", resp.Data.Flags)
		}
	})
	t.Run("Editor", func(t *testing.T) {
		in := commandInteraction("retract", "id", "un-xinjiang-2021/coalition-signed-statement")
		in["member"] = map[string]any{"user": map[string]any{"id": "u-editor", "username": "editor"}}
		resp := decodeResponse(t, serve(a, key.request(mustJSON(t, in), time.Now())))
		if resp.Data == nil || resp.Data.Content != "retracted un-xinjiang-2021/coalition-signed-statement" {
			t.Fatalf("response = %+v, want the editor's command run", resp.Data)
		}
	})
}
