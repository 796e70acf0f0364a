package bot

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// RateLimit is how many requests one person may make in a period. A person may
// spend the whole allowance at once, then gets it back steadily over the period:
// a token bucket, so a reporter's burst of questions is never refused but a
// runaway script is.
type RateLimit struct {
	N   int           // requests per period; 0 means no limit
	Per time.Duration // the period
}

// DefaultRateLimit is generous for a person at a keyboard and stops a loop.
var DefaultRateLimit = RateLimit{N: 20, Per: time.Minute}

// String writes the limit back in FACTDESK_RATE_LIMIT's form: "20/minute".
func (l RateLimit) String() string {
	if l.N <= 0 {
		return "off"
	}
	for _, u := range rateUnits {
		if l.Per == u.d {
			return fmt.Sprintf("%d/%s", l.N, u.name)
		}
	}
	return fmt.Sprintf("%d/%s", l.N, l.Per)
}

var rateUnits = []struct {
	name string
	d    time.Duration
}{{"second", time.Second}, {"minute", time.Minute}, {"hour", time.Hour}}

// ParseRateLimit reads a limit such as "20/minute", "5/second", "300/hour" or
// "10/30s" (any Go duration); "off" or "0" means no limit. An empty string is the
// default.
func ParseRateLimit(s string) (RateLimit, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return DefaultRateLimit, nil
	}
	if s == "off" || s == "0" || s == "none" {
		return RateLimit{}, nil
	}
	num, per, ok := strings.Cut(s, "/")
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if !ok || err != nil || n < 0 {
		return RateLimit{}, fmt.Errorf("rate limit %q is not of the form 20/minute (a count, a slash, and second, minute, hour or a duration such as 30s)", s)
	}
	per = strings.TrimSpace(per)
	for _, u := range rateUnits {
		if per == u.name || per == u.name+"s" || per == u.name[:1] || per == u.name[:3] {
			return RateLimit{N: n, Per: u.d}, nil
		}
	}
	d, err := time.ParseDuration(per)
	if err != nil || d <= 0 {
		return RateLimit{}, fmt.Errorf("rate limit %q: %q is not a period (use second, minute, hour or a duration such as 30s)", s, per)
	}
	return RateLimit{N: n, Per: d}, nil
}

// LimitRate caps how many requests each person (platform and user id) may make,
// on every surface at once; a zero limit removes the cap. Requests without a
// user id, which no chat platform sends, are not limited.
func (b *Bot) LimitRate(l RateLimit) {
	if l.N <= 0 || l.Per <= 0 {
		b.limiter = nil
		return
	}
	b.limiter = newRateLimiter(l, time.Now)
}

// rateLimited returns the polite reply for a request over its person's limit.
func (b *Bot) rateLimited(r Request) (Reply, bool) {
	if b.limiter == nil || r.UserID == "" {
		return Reply{}, false
	}
	wait, ok := b.limiter.allow(r.Platform + ":" + r.UserID)
	if ok {
		return Reply{}, false
	}
	b.logger.Info("rate limited", "platform", r.Platform, "user", r.UserID, "retry_in", wait)
	secs := int(math.Ceil(wait.Seconds()))
	return Reply{Kind: KindRefusal, Text: fmt.Sprintf(
		"Sorry, that is more requests than factdesk takes from one person (%s). Please try again in %d second%s.",
		b.limiter.limit.describe(), secs, plural(secs))}, true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// describe says the limit in words: "20 a minute", "300 an hour".
func (l RateLimit) describe() string {
	for _, u := range rateUnits {
		if l.Per == u.d && u.name == "hour" {
			return fmt.Sprintf("%d an hour", l.N)
		}
		if l.Per == u.d {
			return fmt.Sprintf("%d a %s", l.N, u.name)
		}
	}
	return fmt.Sprintf("%d every %s", l.N, l.Per)
}

// rateLimiter keeps one token bucket per person.
type rateLimiter struct {
	limit     RateLimit
	now       func() time.Time
	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

// sweepAbove is how many buckets are kept before full ones are dropped: a full
// bucket is the same as none, so memory stays bounded by the people active in
// one period.
const sweepAbove = 1000

func newRateLimiter(l RateLimit, now func() time.Time) *rateLimiter {
	return &rateLimiter{limit: l, now: now, buckets: map[string]*bucket{}}
}

// allow takes a token from key's bucket, or says how long until one is back.
func (l *rateLimiter) allow(key string) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	perToken := l.limit.Per / time.Duration(l.limit.N)
	b, ok := l.buckets[key]
	if !ok {
		l.sweep(now)
		b = &bucket{tokens: float64(l.limit.N), at: now}
		l.buckets[key] = b
	}
	b.tokens = min(float64(l.limit.N), b.tokens+float64(now.Sub(b.at))/float64(perToken))
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return 0, true
	}
	return time.Duration((1 - b.tokens) * float64(perToken)), false
}

// sweep drops the buckets that have refilled, when there are many and at most
// once a period.
func (l *rateLimiter) sweep(now time.Time) {
	if len(l.buckets) < sweepAbove || now.Sub(l.lastSweep) < l.limit.Per {
		return
	}
	l.lastSweep = now
	for k, b := range l.buckets {
		if now.Sub(b.at) >= l.limit.Per {
			delete(l.buckets, k)
		}
	}
}
