package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// inFlight is a draft check the server has started on but not finished: its
// headers are read and the handler is waiting for the body.
type inFlight struct {
	conn net.Conn
	r    *bufio.Reader
	body string
}

const inFlightDraft = "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday."

// startCheck sends a check's headers with "Expect: 100-continue" and waits for
// the server's "100 Continue", which it sends only once the handler reads the
// body: from then on the request is in flight.
func startCheck(t *testing.T, addr string) *inFlight {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.SetDeadline(time.Now().Add(time.Minute)) // only stops a broken test
	fmt.Fprintf(conn, "POST /api/v1/check HTTP/1.1\r\nHost: factdesk\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n", len(inFlightDraft))
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "HTTP/1.1 100") {
		t.Fatalf("waiting for 100 Continue: %q %v", line, err)
	}
	if blank, err := r.ReadString('\n'); err != nil || blank != "\r\n" {
		t.Fatalf("after 100 Continue: %q %v", blank, err)
	}
	return &inFlight{conn: conn, r: r, body: inFlightDraft}
}

// finish sends the body and checks that the answer is complete: 200 with the
// draft's finding.
func (f *inFlight) finish(t *testing.T) {
	t.Helper()
	if _, err := io.WriteString(f.conn, f.body); err != nil {
		t.Fatalf("sending the rest of the body: %v", err)
	}
	resp, err := http.ReadResponse(f.r, nil)
	if err != nil {
		t.Fatalf("in-flight request lost: %v", err)
	}
	defer resp.Body.Close()
	var res facts.CheckResult
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatalf("in-flight request: status %d, body not JSON: %v", resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK || len(res.Findings) == 0 {
		t.Errorf("in-flight request = %d %+v, want 200 with the finding", resp.StatusCode, res)
	}
}

// waitRefused waits until new connections to addr are refused.
func waitRefused(t *testing.T, addr string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return
		}
		c.Close()
	}
	t.Fatal("the server still accepts connections after being told to stop")
}

// TestServe_GracefulShutdown: when its context ends, Serve stops taking
// connections but finishes the request in flight, then returns.
func TestServe_GracefulShutdown(t *testing.T) {
	kb, ln := testKB(t), testListener(t)
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m := &Main{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, kb, ln) }()

	req := startCheck(t, addr)
	cancel()
	waitRefused(t, addr)
	select {
	case err := <-done:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	req.finish(t)
	if err := <-done; err != nil {
		t.Errorf("Serve = %v, want nil after a graceful stop", err)
	}
}

// TestServe_SIGTERM runs the real binary: SIGTERM stops it taking connections,
// the request in flight is answered in full, and it exits 0.
func TestServe_SIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := factdeskBinary(t)
	cmd := exec.Command(bin, "serve", "--db", filepath.Join(dir, "kb.db"), "--addr", "127.0.0.1:0")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}
	cmd.Dir = dir // no .env but the test's
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logs := bufio.NewScanner(stderr)
	var addr string
	for addr == "" && logs.Scan() {
		if m := regexp.MustCompile(`msg=serving addr=(\S+)`).FindStringSubmatch(logs.Text()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("the server never said where it listens: %v", logs.Err())
	}
	rest := make(chan string, 1)
	go func() {
		var b strings.Builder
		for logs.Scan() {
			b.WriteString(logs.Text() + "\n")
		}
		rest <- b.String()
	}()

	req := startCheck(t, addr)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitRefused(t, addr)
	req.finish(t)
	out := <-rest // the log ends when the process does; Wait closes the pipe
	if err := cmd.Wait(); err != nil {
		t.Errorf("factdesk serve exited with %v after SIGTERM, want 0", err)
	}
	if !strings.Contains(out, "msg=stopped") {
		t.Errorf("no clean stop in the log:\n%s", out)
	}
}
