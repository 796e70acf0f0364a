// Command slackload measures how fast a running `factdesk serve` acknowledges
// Slack slash commands: it sends N concurrent /fact commands, signed with
// SLACK_SIGNING_SECRET exactly as Slack signs them, each with a response_url on a
// local listener, and reports the time to acknowledgement (Slack allows 3 s) and
// the time until the answer arrived (in the acknowledgement or at response_url).
//
//	SLACK_SIGNING_SECRET=... factdesk serve --addr 127.0.0.1:8080 &
//	SLACK_SIGNING_SECRET=... go run ./adapters/slack/slackload -url http://127.0.0.1:8080 -n 200
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
)

var questions = []string{
	"who signed the statement?",
	"what did China respond?",
	"How many countries backed Cuba's statement?",
	"help",
	"source un-xinjiang-2021/coalition-signed-statement",
	"check A coalition of 45 countries backed the statement.",
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the factdesk server")
	n := flag.Int("n", 200, "commands to send, all at once")
	rounds := flag.Int("rounds", 1, "bursts to send, one after the other")
	flag.Parse()
	secret := os.Getenv("SLACK_SIGNING_SECRET")
	if secret == "" {
		fmt.Fprintln(os.Stderr, "slackload: set SLACK_SIGNING_SECRET to the server's signing secret")
		os.Exit(2)
	}
	for r := range *rounds {
		res, err := burst(context.Background(), *base, secret, *n)
		if err != nil {
			fmt.Fprintf(os.Stderr, "slackload: %v\n", err)
			os.Exit(1)
		}
		fmt.Printf("round %d: %s\n", r+1, res)
	}
}

type result struct {
	n, inline, delivered int
	wall                 time.Duration
	acks, answers        []time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("%d commands in %v (%d answered in the ack, %d through response_url)\n"+
		"  time to acknowledgement: p50 %v  p90 %v  p99 %v  max %v\n"+
		"  time to answer:          p50 %v  p90 %v  p99 %v  max %v",
		r.n, r.wall.Round(time.Millisecond), r.inline, r.delivered,
		pct(r.acks, 50), pct(r.acks, 90), pct(r.acks, 99), pct(r.acks, 100),
		pct(r.answers, 50), pct(r.answers, 90), pct(r.answers, 99), pct(r.answers, 100))
}

// burst sends n commands at once and waits for every answer.
func burst(ctx context.Context, base, secret string, n int) (result, error) {
	res := result{n: n}
	var mu sync.Mutex
	sent := make([]time.Time, n)
	answered := make(chan struct{}, n)

	// The response_url Slack would give: answers that were not in the ack land here.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return res, fmt.Errorf("listen for response_url: %w", err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/response/"))
		if err != nil || i < 0 || i >= n {
			return
		}
		mu.Lock()
		res.answers = append(res.answers, time.Since(sent[i]))
		res.delivered++
		mu.Unlock()
		answered <- struct{}{}
	})}
	go srv.Serve(ln)
	defer srv.Close()

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n}, Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			form := url.Values{"command": {"/fact"}, "text": {questions[i%len(questions)]},
				// One user per command: the per-person rate limit (FACTDESK_RATE_LIMIT) would
				// refuse a single user's burst, and refusals are not what is measured.
				"user_id": {fmt.Sprintf("U0LOAD%d", i)}, "user_name": {"load"}, "channel_id": {"C0LOAD"}, "team_id": {"T0LOAD"},
				"response_url": {fmt.Sprintf("http://%s/response/%d", ln.Addr(), i)}}
			body := form.Encode()
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/slack/commands", strings.NewReader(body))
			if err != nil {
				errs <- err
				return
			}
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			now := time.Now()
			slackadapter.SignRequest(req, secret, now, []byte(body))
			mu.Lock()
			sent[i] = now
			mu.Unlock()
			resp, err := client.Do(req)
			if err != nil {
				errs <- fmt.Errorf("command %d: %w", i, err)
				return
			}
			ack, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			took := time.Since(now)
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("command %d: status %s: %.200s", i, resp.Status, ack)
				return
			}
			mu.Lock()
			res.acks = append(res.acks, took)
			if strings.Contains(string(ack), `"blocks"`) {
				res.answers = append(res.answers, took)
				res.inline++
				answered <- struct{}{}
			}
			mu.Unlock()
		})
	}
	began := time.Now()
	close(start)
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	if len(all) > 0 {
		return res, errors.Join(all...)
	}
	timeout := time.After(30 * time.Second)
	for range n {
		select {
		case <-answered:
		case <-timeout:
			return res, fmt.Errorf("only %d of %d answers arrived within 30s", res.inline+res.delivered, n)
		}
	}
	res.wall = time.Since(began)
	return res, nil
}

// pct is the p-th percentile of ds.
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	i := min(len(ds)*p/100, len(ds)-1)
	return ds[i].Round(100 * time.Microsecond)
}
