package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoadConfig_DotEnv: settings come from a .env file where the environment
// does not set them; the environment wins, even when it sets a value empty.
func TestLoadConfig_DotEnv(t *testing.T) {
	dir := t.TempDir()
	dotenv := filepath.Join(dir, ".env")
	os.WriteFile(dotenv, []byte("# settings\nFACTDESK_DB=from-file.db\nFACTDESK_ADDR=:9090\nSLACK_BOT_TOKEN=xoxb-file\nexport DISCORD_GUILD_ID=123456789012345678\nFACTDESK_EDITOR=slack:U0123ABC\nOTHER_APP_KEY=x\n"), 0o644)
	env := map[string]string{"FACTDESK_ADDR": "127.0.0.1:7000", "SLACK_BOT_TOKEN": ""}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }

	c, err := LoadConfig(dotenv, lookup)
	if err != nil {
		t.Fatal(err)
	}
	if c.DB != "from-file.db" || c.Addr != "127.0.0.1:7000" || c.SlackBotToken != "" || c.DiscordGuildID != "123456789012345678" || c.EnvFile != dotenv {
		t.Errorf("config = %+v; want the file's FACTDESK_DB and DISCORD_GUILD_ID, the environment's FACTDESK_ADDR and empty SLACK_BOT_TOKEN", c)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "FACTDESK_EDITOR in "+dotenv+" is not a factdesk setting") {
		t.Errorf("warnings = %q; want one, for the misspelt FACTDESK_EDITOR (and none for another program's OTHER_APP_KEY)", c.Warnings)
	}

	c, err = LoadConfig(filepath.Join(dir, "missing.env"), lookup)
	if err != nil || c.DB != "factdesk.db" || c.Addr != "127.0.0.1:7000" || c.EnvFile != "" {
		t.Errorf("without a .env: %+v, %v", c, err)
	}

	os.WriteFile(dotenv, []byte("FACTDESK_DB='unterminated\nFACTDESK_ADDR=:1\n"), 0o644)
	if _, err := LoadConfig(dotenv, lookup); err == nil || !strings.Contains(err.Error(), dotenv) || strings.Contains(err.Error(), "\n") {
		t.Errorf("a malformed .env: %v; want one line naming the file", err)
	}
}

// TestDotEnv_Binary: the real command reads .env in its working folder, the
// environment wins over it, and a malformed .env stops every command but help
// with one line.
func TestDotEnv_Binary(t *testing.T) {
	bin := factdeskBinary(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".env"), []byte("FACTDESK_DB=from-dotenv.db\n"), 0o644)
	factdesk := func(env []string, args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}, env...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), code
	}

	_, errOut, code := factdesk(nil, "kb", "list")
	if code != 0 || !strings.Contains(errOut, "created a new knowledge base at "+filepath.Join(dir, "from-dotenv.db")) {
		t.Errorf("with .env: exit %d, stderr %q; want the knowledge base .env names", code, errOut)
	}
	_, errOut, code = factdesk([]string{"FACTDESK_DB=" + filepath.Join(dir, "from-env.db")}, "kb", "list")
	if code != 0 || !strings.Contains(errOut, "created a new knowledge base at "+filepath.Join(dir, "from-env.db")) {
		t.Errorf("with FACTDESK_DB set: exit %d, stderr %q; want the environment's knowledge base", code, errOut)
	}

	os.WriteFile(filepath.Join(dir, ".env"), []byte("FACTDESK_DB\n"), 0o644)
	_, errOut, code = factdesk(nil, "kb", "list")
	oneLine(t, "a malformed .env", errOut, code, "cannot read the settings in "+filepath.Join(dir, ".env"))
	if out, _, code := factdesk(nil, "ask", "--help"); code != 0 || !strings.Contains(out, "Usage: factdesk ask") {
		t.Errorf("help with a malformed .env: exit %d, %q", code, out)
	}
}

func TestParseEditors(t *testing.T) {
	for _, tt := range []struct {
		list     string
		editors  []string
		warnings []string // a phrase of each warning, in order
	}{
		{"", nil, nil},
		{"slack:U0123456789, discord:123456789012345678", []string{"slack:U0123456789", "discord:123456789012345678"}, nil},
		{"Slack:U0123456789", []string{"slack:U0123456789"}, nil},
		{"U123ABC", nil, []string{`"U123ABC" has no platform and is ignored: write slack:U123ABC`}},
		{"123456789012345678", nil, []string{"write discord:123456789012345678"}},
		{"jane", nil, []string{"write slack:jane or discord:jane"}},
		{"teams:U1,slack:", nil, []string{`"teams:U1" names no known platform`, `"slack:" has no user id`}},
		{"slack:jane,discord:jane", []string{"slack:jane", "discord:jane"}, []string{"does not look like a Slack member id", "does not look like a Discord user id"}},
		{",,slack:U0123456789,", []string{"slack:U0123456789"}, nil},
	} {
		editors, warnings := parseEditors(tt.list)
		ok := reflect.DeepEqual(editors, tt.editors) && len(warnings) == len(tt.warnings)
		for i := 0; ok && i < len(warnings); i++ {
			ok = strings.Contains(warnings[i], tt.warnings[i])
		}
		if !ok {
			t.Errorf("parseEditors(%q) = %q, %q; want %q with warnings about %q", tt.list, editors, warnings, tt.editors, tt.warnings)
		}
	}
}

// syncBuffer is a log a server writes to while the test waits.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe_SaysWhatIsOn: at start, serve logs the knowledge base's absolute
// path and counts, which chat surfaces are on (and why the others are off), how
// many editors each platform has, and a warning for each malformed setting.
func TestServe_SaysWhatIsOn(t *testing.T) {
	cfg := ConfigFromEnv(envMap{
		"FACTDESK_EDITORS":     "U0123ABC,slack:U0123456789,slack:W0123456789,discord:123456789012345678",
		"SLACK_SIGNING_SECRET": "secret",
		"SLACK_BOT_TOKEN":      "xoxp-user-token",
	}.get)
	var logs syncBuffer
	kb := testKB(t)
	m := &Main{Config: cfg, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, kb, testListener(t)) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "msg=serving"); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("serve never started:\n%s", logs.String())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	abs, _ := filepath.Abs(kb.Path())
	stories, err := kb.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	facts := 0
	for _, s := range stories {
		facts += s.Facts
	}
	for _, want := range []string{
		fmt.Sprintf(`msg="knowledge base" path=%s stories=%d facts=%d approved=%d pending=0 retracted=0`, abs, len(stories), facts, facts),
		`msg="chat surfaces" slack=webhooks discord="off (set DISCORD_BOT_TOKEN or DISCORD_PUBLIC_KEY)" slack_editors=2 discord_editors=1`,
		`level=WARN msg="setting ignored or suspect" problem="FACTDESK_EDITORS entry \"U0123ABC\" has no platform and is ignored: write slack:U0123ABC"`,
		`problem="SLACK_BOT_TOKEN does not start with xoxb-`,
		`problem="FACTDESK_EDITORS names Discord editors but Discord is off"`,
		`msg="slack webhooks mounted"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %s\n%s", want, out)
		}
	}
	if strings.Count(out, "level=WARN") != 3 {
		t.Errorf("want 3 warnings, for the bare id, the user token and the Discord editors:\n%s", out)
	}
}

type envMap map[string]string

func (e envMap) get(k string) string { return e[k] }
