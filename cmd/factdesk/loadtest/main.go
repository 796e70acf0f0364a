// Command loadtest measures how many questions a running `factdesk serve` answers
// per second: C clients send GET /api/v1/ask back to back for D, and it reports
// requests per second, latency percentiles and, with -pid, the server's peak
// resident memory (VmHWM in /proc/PID/status, Linux).
//
// The questions are those facts/synth asks of the knowledge base that
// `factdesk kb synth` writes with the same -stories, -facts-per-story and -seed
// (a fifth of them not answerable), or one per line from -questions FILE:
//
//	factdesk kb synth --stories 1000 /tmp/kb10k
//	factdesk kb import --db /tmp/kb10k.db /tmp/kb10k
//	factdesk serve --db /tmp/kb10k.db --addr 127.0.0.1:8080 &
//	go run ./cmd/factdesk/loadtest -addr http://127.0.0.1:8080 -c 32 -d 10s -stories 1000 -pid $!
//
// With -checks N it also keeps N worst-case draft checks in flight the whole
// time (issue 16's hostile load: each a -draft-bytes draft facts/synth writes
// to make a check work hardest against the same synthetic knowledge base,
// POSTed to /api/v1/check back to back), and reports them apart: what the
// main load (say -path /healthz) gets while the server checks drafts.
//
//	go run ./cmd/factdesk/loadtest -stories 2000 -checks 16 -path /healthz -c 4 -d 20s -pid $!
//
// With -naive DB, the knowledge base file the server serves, it then runs the
// naive baseline beside the figures: the same questions and clients for the
// same time, each one FTS5 BM25 query over the question's words, in process.
//
// It only talks to loopback addresses: it is for measuring, not for loading
// someone else's server.
package main

import (
	"bufio"
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
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factdesk/factdesk/facts/synth"
)

func main() {
	addr := flag.String("addr", "http://127.0.0.1:8080", "the factdesk server (loopback only)")
	clients := flag.Int("c", 32, "concurrent clients")
	dur := flag.Duration("d", 10*time.Second, "how long to send requests")
	warmup := flag.Duration("warmup", time.Second, "requests sent first and not counted")
	qfile := flag.String("questions", "", "file of questions, one a line (default: synthetic questions)")
	stories := flag.Int("stories", 1000, "synthetic questions: --stories given to kb synth")
	perStory := flag.Int("facts-per-story", 10, "synthetic questions: --facts-per-story given to kb synth")
	seed := flag.Uint64("seed", 1, "synthetic questions: --seed given to kb synth")
	nq := flag.Int("n", 1000, "synthetic questions: how many different questions")
	pid := flag.Int("pid", 0, "the server's process id, to report its peak resident memory")
	path := flag.String("path", "", "GET this path instead of questions (/healthz: the HTTP stack's own ceiling)")
	naiveDB := flag.String("naive", "", "after the run, time the naive baseline (one FTS5 BM25 query a question) on this knowledge base file, the server's")
	checks := flag.Int("checks", 0, "worst-case draft checks to keep in flight beside the main load")
	draftBytes := flag.Int("draft-bytes", 4096, "-checks: the size of each draft")
	flag.Parse()

	hostile := hostileLoad{checks: *checks, bytes: *draftBytes}
	if err := run(*addr, *path, *clients, *dur, *warmup, *qfile, *stories, *perStory, *seed, *nq, *pid, *naiveDB, hostile); err != nil {
		fmt.Fprintf(os.Stderr, "loadtest: %v\n", err)
		os.Exit(1)
	}
}

func run(addr, path string, clients int, dur, warmup time.Duration, qfile string, stories, perStory int, seed uint64, nq, pid int, naiveDB string, hostile hostileLoad) error {
	base, err := loopback(addr)
	if err != nil {
		return err
	}
	questions, err := loadQuestions(qfile, stories, perStory, seed, nq)
	if err != nil {
		return err
	}
	urls := make([]string, len(questions))
	for i, q := range questions {
		urls[i] = base + "/api/v1/ask?q=" + url.QueryEscape(q)
	}
	target := fmt.Sprintf("%s/api/v1/ask (%d different questions)", base, len(questions))
	if path != "" {
		urls, target = []string{base + path}, base+path
	}
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true},
		Timeout:   30 * time.Second,
	}
	if err := healthy(client, base); err != nil {
		return err
	}
	if warmup > 0 {
		load(client, urls, clients, warmup)
	}
	var checked chan result
	if hostile.checks > 0 {
		kb := synth.Generate(synth.Options{Stories: stories, FactsPerStory: perStory, Seed: seed})
		drafts := make([]string, hostile.checks)
		for i := range drafts {
			drafts[i] = synth.HostileDraft(kb, hostile.bytes, uint64(i+1))
		}
		checked = make(chan result, 1)
		go func() { checked <- checkLoad(client, base, drafts, dur) }()
	}
	res := load(client, urls, clients, dur)
	fmt.Printf("%d clients for %v against %s\n", clients, dur, target)
	fmt.Print(res)
	if naiveDB != "" && path == "" {
		nres, err := naive(naiveDB, questions, clients, dur)
		if err != nil {
			return err
		}
		fmt.Printf("naive baseline, the same questions and clients, in process on %s: one FTS5 BM25 query over each question's words\n", naiveDB)
		fmt.Print(nres)
	}
	if checked != nil {
		fmt.Printf("beside it, %d worst-case checks of %d-byte drafts kept in flight (POST /api/v1/check):\n", hostile.checks, hostile.bytes)
		fmt.Print(<-checked)
	}
	if pid > 0 {
		hwm, rss, err := memory(pid)
		if err != nil {
			return err
		}
		fmt.Printf("server (pid %d): peak resident memory (VmHWM) %.1f MiB, now (VmRSS) %.1f MiB\n", pid, hwm, rss)
	}
	if res.ok == 0 {
		return errors.New("no request succeeded")
	}
	return nil
}

// loopback checks that addr names this machine and returns it without a trailing
// slash.
func loopback(addr string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("-addr %q is not a URL such as http://127.0.0.1:8080", addr)
	}
	if host := u.Hostname(); host != "localhost" {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return "", fmt.Errorf("-addr %q is not a loopback address (127.0.0.1, ::1 or localhost): loadtest only measures a server on this machine", addr)
		}
	}
	return strings.TrimRight(u.Scheme+"://"+u.Host, "/"), nil
}

func loadQuestions(file string, stories, perStory int, seed uint64, n int) ([]string, error) {
	if file == "" {
		kb := synth.Generate(synth.Options{Stories: stories, FactsPerStory: perStory, Seed: seed})
		return synth.Questions(kb, n, seed+100), nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" {
			qs = append(qs, q)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no questions in the file", file)
	}
	return qs, nil
}

func healthy(client *http.Client, base string) error {
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		return fmt.Errorf("is factdesk serve running at %s? %w", base, err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s/healthz answered %s", base, resp.Status)
	}
	return nil
}

type result struct {
	wall     time.Duration
	ok       int
	statuses map[int]int // non-200 answers by status
	errs     int
	firstErr error
	lat      []time.Duration
}

func (r result) String() string {
	slices.Sort(r.lat)
	var b strings.Builder
	fmt.Fprintf(&b, "requests: %d answered (200) in %v: %.0f req/s\n", r.ok, r.wall.Round(time.Millisecond), float64(r.ok)/r.wall.Seconds())
	if len(r.statuses) > 0 || r.errs > 0 {
		fmt.Fprintf(&b, "failures: %d transport errors (first: %v), other statuses %v\n", r.errs, r.firstErr, r.statuses)
	}
	fmt.Fprintf(&b, "latency: p50 %v  p90 %v  p99 %v  max %v\n", pct(r.lat, 50), pct(r.lat, 90), pct(r.lat, 99), pct(r.lat, 100))
	return b.String()
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := min(len(d)-1, len(d)*p/100)
	return d[i].Round(10 * time.Microsecond)
}

// load runs clients sending requests back to back for dur, each the next of
// urls in turn.
func load(client *http.Client, urls []string, clients int, dur time.Duration) result {
	var next atomic.Int64
	return drive(clients, dur, func(ctx context.Context, _ int) (int, error) {
		return get(ctx, client, urls[int(next.Add(1))%len(urls)])
	})
}

// drive runs clients calling do back to back for dur (do is told which
// client calls), and counts what they got: an HTTP status, or an error.
func drive(clients int, dur time.Duration, do func(ctx context.Context, client int) (int, error)) result {
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var mu sync.Mutex
	res := result{statuses: map[int]int{}}
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			var lat []time.Duration
			ok, errs := 0, 0
			statuses := map[int]int{}
			var firstErr error
			for ctx.Err() == nil {
				t := time.Now()
				status, err := do(ctx, c)
				if ctx.Err() != nil {
					break // cut off by the end of the run: not the server's failure
				}
				switch {
				case err != nil:
					errs++
					if firstErr == nil {
						firstErr = err
					}
				case status != http.StatusOK:
					statuses[status]++
				default:
					ok++
					lat = append(lat, time.Since(t))
				}
			}
			mu.Lock()
			defer mu.Unlock()
			res.ok += ok
			res.errs += errs
			if res.firstErr == nil {
				res.firstErr = firstErr
			}
			for s, n := range statuses {
				res.statuses[s] += n
			}
			res.lat = append(res.lat, lat...)
		})
	}
	wg.Wait()
	res.wall = time.Since(start)
	return res
}

func get(ctx context.Context, client *http.Client, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	return send(client, req)
}

// send sends req and reads the whole answer, returning its status.
func send(client *http.Client, req *http.Request) (int, error) {
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

// memory reads a process's peak and current resident memory, in MiB, from
// /proc/PID/status.
func memory(pid int) (hwm, rss float64, err error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, fmt.Errorf("-pid %d: %w (Linux only)", pid, err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		var kb float64
		if _, err := fmt.Sscanf(line, "VmHWM: %f kB", &kb); err == nil {
			hwm = kb / 1024
		}
		if _, err := fmt.Sscanf(line, "VmRSS: %f kB", &kb); err == nil {
			rss = kb / 1024
		}
	}
	return hwm, rss, nil
}

// hostileLoad is what -checks adds to the main load.
type hostileLoad struct {
	checks int // drafts kept in flight
	bytes  int // each draft's size
}

// checkLoad keeps one check of each draft in flight, back to back, for dur.
func checkLoad(client *http.Client, base string, drafts []string, dur time.Duration) result {
	return drive(len(drafts), dur, func(ctx context.Context, c int) (int, error) {
		return post(ctx, client, base+"/api/v1/check", drafts[c])
	})
}

func post(ctx context.Context, client *http.Client, u, body string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	return send(client, req)
}
