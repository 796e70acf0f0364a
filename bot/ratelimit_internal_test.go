package bot

import (
	"testing"
	"time"
)

func TestParseRateLimit(t *testing.T) {
	tests := []struct {
		in   string
		want RateLimit
	}{
		{"", DefaultRateLimit},
		{"20/minute", RateLimit{20, time.Minute}},
		{" 5 / second ", RateLimit{5, time.Second}},
		{"300/hours", RateLimit{300, time.Hour}},
		{"10/min", RateLimit{10, time.Minute}},
		{"2/h", RateLimit{2, time.Hour}},
		{"10/30s", RateLimit{10, 30 * time.Second}},
		{"off", RateLimit{}},
		{"0", RateLimit{}},
		{"0/minute", RateLimit{0, time.Minute}},
	}
	for _, tt := range tests {
		got, err := ParseRateLimit(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseRateLimit(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"20", "twenty/minute", "20/fortnight", "-1/minute", "20/-5s", "/minute"} {
		if _, err := ParseRateLimit(bad); err == nil {
			t.Errorf("ParseRateLimit(%q) accepted", bad)
		}
	}
	if s := (RateLimit{20, time.Minute}).String(); s != "20/minute" {
		t.Errorf("String() = %q", s)
	}
}

// TestRateLimiter_Refills drives the token bucket with a hand-moved clock: a full
// allowance at once, then one request back every period/N.
func TestRateLimiter_Refills(t *testing.T) {
	clock := time.Unix(1000, 0)
	l := newRateLimiter(RateLimit{N: 3, Per: time.Minute}, func() time.Time { return clock })
	for i := range 3 {
		if _, ok := l.allow("slack:U1"); !ok {
			t.Fatalf("request %d refused within the allowance", i+1)
		}
	}
	wait, ok := l.allow("slack:U1")
	if ok || wait != 20*time.Second {
		t.Fatalf("4th request: ok=%v wait=%v; want refused, 20s", ok, wait)
	}
	if _, ok := l.allow("slack:U2"); !ok {
		t.Error("another person was refused")
	}
	clock = clock.Add(19 * time.Second)
	if wait, ok := l.allow("slack:U1"); ok || wait != time.Second {
		t.Errorf("after 19s: ok=%v wait=%v; want refused, 1s", ok, wait)
	}
	clock = clock.Add(time.Second)
	if _, ok := l.allow("slack:U1"); !ok {
		t.Error("after 20s the bucket has no token back")
	}
	if _, ok := l.allow("slack:U1"); ok {
		t.Error("one token came back, two were spent")
	}
	clock = clock.Add(time.Hour)
	for i := range 3 {
		if _, ok := l.allow("slack:U1"); !ok {
			t.Fatalf("after an hour, request %d refused: the bucket did not refill to full", i+1)
		}
	}
}

// TestRateLimiter_Sweeps keeps memory bounded by the people active in a period.
func TestRateLimiter_Sweeps(t *testing.T) {
	clock := time.Unix(1000, 0)
	l := newRateLimiter(RateLimit{N: 5, Per: time.Minute}, func() time.Time { return clock })
	for i := range sweepAbove {
		l.allow("discord:" + string(rune('a'+i%26)) + time.Duration(i).String())
	}
	clock = clock.Add(2 * time.Minute)
	l.allow("discord:latecomer")
	if n := len(l.buckets); n != 1 {
		t.Errorf("%d buckets kept after everyone's refilled; want 1", n)
	}
}
