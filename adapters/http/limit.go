package http

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/factdesk/factdesk/facts"
)

// MaxBody caps the body of any request to the server, on every route: the
// largest legitimate one is a draft sent as JSON (about 260 KB), and Slack's and
// Discord's payloads are a few kilobytes. Routes may hold bodies to less.
const MaxBody = 1 << 20

// LimitBodies answers 413 with a JSON error to any request whose body is over
// max, before the route's handler runs, so every POST route (the API, the Slack
// and Discord webhooks, and any added later) answers an oversized body the same
// way instead of each in its own (a webhook would otherwise call it a bad
// signature). A declared Content-Length is refused without reading the body; a
// chunked body of unknown length is read up to the limit first, which is why the
// limit is small.
func LimitBodies(next http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Body == nil || r.Body == http.NoBody:
		case r.ContentLength > max:
			tooLarge(w, max)
			return
		case r.ContentLength < 0:
			body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
			if err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "Could not read the request body.", "code": facts.EINVALID})
				return
			}
			if int64(len(body)) > max {
				tooLarge(w, max)
				return
			}
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		default:
			r.Body = http.MaxBytesReader(w, r.Body, max)
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	w.Header().Set("Connection", "close")
	writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{
		"error": fmt.Sprintf("The request body is over the %d-byte limit. Send less (a draft: check it in parts).", max),
		"code":  facts.ETOOLARGE,
	})
}

// ClientLimits are what one client of the HTTP API may ask: the API is open to
// anyone who can reach it, and one client sending drafts back to back must not
// take the server from everyone else (issue 16).
type ClientLimits struct {
	// Rate and Burst bound a client's requests: Rate a second on average,
	// Burst at once (a token bucket, golang.org/x/time/rate). A zero Rate
	// is no limit.
	Rate  rate.Limit
	Burst int
	// Concurrency bounds a client's requests in flight at once; 0 is no
	// limit.
	Concurrency int
	// TrustForwardedFor names the client by the last address in
	// X-Forwarded-For, which the reverse proxy in front of factdesk appends;
	// otherwise by the connection's address. Set it only behind such a
	// proxy: anyone else can write the header.
	TrustForwardedFor bool
}

// maxClients bounds the clients remembered: past it, those idle longest are
// forgotten, which costs them nothing (an idle client's bucket is full).
const maxClients = 10000

// LimitClients answers a request to the API (/api/) over its client's limits
// with 429 and a Retry-After saying when to try again, before the route's
// handler runs. The page and its files, the health check and the chat
// platforms' webhooks are not counted: the bot limits each person in chat.
func LimitClients(next http.Handler, l ClientLimits) http.Handler {
	if l.Rate <= 0 && l.Concurrency <= 0 {
		return next
	}
	cs := &clients{limits: l, byAddr: map[string]*client{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			next.ServeHTTP(w, r)
			return
		}
		release, wait, reason := cs.admit(cs.addr(r), time.Now())
		if release == nil {
			tooMany(w, wait, reason)
			return
		}
		defer release()
		next.ServeHTTP(w, r)
	})
}

// clients holds each client's bucket and requests in flight.
type clients struct {
	limits ClientLimits
	mu     sync.Mutex
	byAddr map[string]*client
}

type client struct {
	bucket   *rate.Limiter
	inFlight int
	seen     time.Time
}

// addr names a request's client: its IP address, without the port.
func (cs *clients) addr(r *http.Request) string {
	if cs.limits.TrustForwardedFor {
		if fwd := r.Header.Values("X-Forwarded-For"); len(fwd) > 0 {
			hops := strings.Split(fwd[len(fwd)-1], ",")
			if a := strings.TrimSpace(hops[len(hops)-1]); a != "" {
				return a
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// admit counts a request of the client at addr, or says how long it should
// wait and why not.
func (cs *clients) admit(addr string, now time.Time) (release func(), wait time.Duration, reason string) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	c := cs.byAddr[addr]
	if c == nil {
		cs.forget(now)
		c = &client{}
		if cs.limits.Rate > 0 {
			c.bucket = rate.NewLimiter(cs.limits.Rate, max(1, cs.limits.Burst))
		}
		cs.byAddr[addr] = c
	}
	c.seen = now
	if cs.limits.Concurrency > 0 && c.inFlight >= cs.limits.Concurrency {
		return nil, time.Second, fmt.Sprintf("You already have %d requests in progress; wait for one to finish.", c.inFlight)
	}
	if c.bucket != nil {
		res := c.bucket.ReserveN(now, 1)
		if d := res.DelayFrom(now); d > 0 {
			res.CancelAt(now) // a refused request costs no token
			return nil, d, "That is more requests than factdesk takes from one client."
		}
	}
	c.inFlight++
	return func() {
		cs.mu.Lock()
		defer cs.mu.Unlock()
		c.inFlight--
	}, 0, ""
}

// forget drops the clients idle longest when there are too many, keeping
// those with requests in flight.
func (cs *clients) forget(now time.Time) {
	if len(cs.byAddr) < maxClients {
		return
	}
	for idle := time.Hour; len(cs.byAddr) >= maxClients/2 && idle >= time.Second; idle /= 4 {
		for a, c := range cs.byAddr {
			if c.inFlight == 0 && now.Sub(c.seen) >= idle {
				delete(cs.byAddr, a)
			}
		}
	}
}

// tooMany answers 429 with the seconds to wait, rounded up.
func tooMany(w http.ResponseWriter, wait time.Duration, reason string) {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeJSON(w, http.StatusTooManyRequests, map[string]string{
		"error": fmt.Sprintf("%s Please try again in %d second%s.", reason, secs, map[bool]string{true: "", false: "s"}[secs == 1]),
		"code":  "too_many_requests",
	})
}

// RequestTimeout is the deadline every HTTP request is given (Deadline): a
// worst-case check waiting its turn behind a full queue of them finishes well
// inside it, and it ends before the server's 30-second write timeout, so the
// client still hears why its request was stopped.
const RequestTimeout = 25 * time.Second

// Deadline gives every request a context that ends d after it arrives, so
// that work nobody will read the answer to stops (issue 16: the write timeout
// closed the connection, but the work went on). The engine stops when its
// context ends; the route then answers 503 if it still can.
func Deadline(next http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
