package slack

import "testing"

func TestWithoutMention(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<@U0BOT> who signed the statement?", "who signed the statement?"},
		{"<@U0BOT>: who signed?", "who signed?"},
		{"<@U0BOT> /fact check 45 &amp; counting &lt;draft&gt;", "check 45 & counting <draft>"},
		{"<@U0BOT> what did <@U123|zhang> say at <https://un.org|the UN>?", "what did zhang say at the UN?"},
		{"<@U0BOT>", ""},
		{"<@U0BOT> check line one\nline two", "check line one\nline two"},
	} {
		if got := withoutMention(tc.in); got != tc.want {
			t.Errorf("withoutMention(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsLargeCheck(t *testing.T) {
	long := make([]byte, largeCheck)
	for i := range long {
		long[i] = 'a'
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"check short passage", false},
		{"check " + string(long), true},
		{"CHECK " + string(long), true},
		{"who said " + string(long), false},
	} {
		if got := isLargeCheck(tc.in); got != tc.want {
			t.Errorf("isLargeCheck(%.20q…) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
