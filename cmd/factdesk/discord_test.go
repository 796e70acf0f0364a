package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// serveForTest runs Main.Serve with cfg on a free port until the test ends, and
// returns its base URL.
func postSigned(t *testing.T, url string, priv ed25519.PrivateKey, body string) (int, string) {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, url+"/discord/interactions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	if priv != nil {
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServe_DiscordInteractions(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	url := serveForTest(t, Config{DiscordPublicKey: hex.EncodeToString(pub)})

	if code, body := postSigned(t, url, priv, `{"id":"i-0","type":1}`); code != http.StatusOK || strings.TrimSpace(body) != `{"type":1}` {
		t.Errorf("PING = %d %s, want 200 {\"type\":1}", code, body)
	}

	ask := map[string]any{"id": "i-1", "type": 2, "application_id": "app-1", "token": "t", "channel_id": "c-1",
		"user": map[string]any{"id": "u-1", "username": "reporter"},
		"data": map[string]any{"id": "cmd-1", "name": "fact", "type": 1, "options": []any{map[string]any{
			"name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 3, "value": "who signed the statement?"}}}}}}
	b, _ := json.Marshal(ask)
	code, body := postSigned(t, url, priv, string(b))
	if code != http.StatusOK || !strings.Contains(body, `"type":4`) || !strings.Contains(body, "43") {
		t.Errorf("/fact ask = %d %s, want 200, type 4, the answer 43", code, body)
	}

	if code, _ := postSigned(t, url, nil, string(b)); code != http.StatusUnauthorized {
		t.Errorf("unsigned = %d, want 401", code)
	}
}

func TestServe_DiscordNotConfigured(t *testing.T) {
	url := serveForTest(t, Config{})
	if code, _ := postSigned(t, url, nil, `{"type":1}`); code != http.StatusNotFound {
		t.Errorf("status = %d, want 404 when DISCORD_PUBLIC_KEY is not set", code)
	}
}
