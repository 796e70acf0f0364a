package slack

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdesk/factdesk/bot"
)

// entity is what may follow an & in escaped mrkdwn.
var brokenEntity = regexp.MustCompile(`&(?:(?:amp|lt|gt);)?`)

// wholeEntities reports whether every & in s starts a whole entity.
func wholeEntities(s string) bool {
	for _, m := range brokenEntity.FindAllString(s, -1) {
		if m == "&" {
			return false
		}
	}
	return true
}

// TestRender_EscapesKnowledgeBaseText: a statement or a source's title holding
// Slack's markup shows as written: no bold, italics, strike-through, code,
// link or mention comes out of the knowledge base, while factdesk's own bold
// titles, links and fact ids stay.
func TestRender_EscapesKnowledgeBaseText(t *testing.T) {
	rep := bot.Reply{Kind: bot.KindAnswer, Text: "Shares *rose* 5% & _fell_ ~2%~ in `after-hours` trading <!here>.",
		Items: []bot.Item{{Title: "markets-2024/shares_rose", Text: "The board said *no* to <@U123> & <https://evil.example|a link>.",
			Quote: "We said *no*.", Speaker: "A_Director",
			Source: &bot.Citation{Title: "Q4 *earnings* & _outlook_", Publisher: "Wire ~ Co", Date: "2024-01-02", URL: "https://example.org/q?a=1&b=2"}}}}
	m := render(rep, renderOptions{})
	shown := blocksShown(t, m)
	var mrkdwn []string
	for _, b := range shown {
		if b.kind != "rich_text" {
			mrkdwn = append(mrkdwn, b.text)
		}
	}
	all := strings.Join(append(mrkdwn, m.Text), "\n")
	for _, bad := range []string{"*rose*", "_fell_", "~2%~", "`after-hours`", "<!here>", "*no*", "<@U123>", "<https://evil", "*earnings*", "_outlook_", " & "} {
		if strings.Contains(all, bad) {
			t.Errorf("mrkdwn holds %q from the knowledge base:\n%s", bad, all)
		}
	}
	for _, want := range []string{
		"Shares \u2217rose\u2217 5% &amp; \u02cdfell\u02cd \u223c2%\u223c in \u02cbafter-hours\u02cb trading &lt;!here&gt;.",
		"The board said \u2217no\u2217 to &lt;@U123&gt; &amp; &lt;https://evil.example|a link&gt;.",
		"*Q4 \u2217earnings\u2217 &amp; \u02cdoutlook\u02cd* · Wire \u223c Co · 2024-01-02 · <https://example.org/q?a=1&amp;b=2|link> · `markets-2024/shares_rose`",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("mrkdwn lacks %q:\n%s", want, all)
		}
	}
	// The quote is rich text, which Slack does not parse: exact words.
	if js := encode(t, m); !strings.Contains(js, `"text":"“We said *no*.”"`) || !strings.Contains(js, `"text":" — A_Director"`) {
		t.Errorf("quote not kept verbatim:\n%s", js)
	}
}

// TestText_CutBeforeEscaping: text too long for a block is cut as written,
// then escaped, so the cut never falls inside an entity.
func TestText_CutBeforeEscaping(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("&", 5000),
		strings.Repeat("a<b>", 2000),
		strings.Repeat("x", 2998) + "&&&&",
		strings.Repeat("é&", 3000),
	} {
		got := text(s, maxText)
		if n := utf8.RuneCountInString(got); n > maxText {
			t.Errorf("%.10q…: %d characters, limit %d", s, n, maxText)
		}
		if !strings.HasSuffix(got, "…") || !wholeEntities(got) {
			t.Errorf("%.10q…: cut ends %q", s, got[max(0, len(got)-20):])
		}
	}
	if got := text("fits & shows", 100); got != "fits &amp; shows" {
		t.Errorf("text that fits = %q", got)
	}
}

// TestClip: the last guard on a block never splits an entity, a link or a mention.
func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc &amp; def", 8, "abc …"},
		{"abc <https://x.org/a?b=1&amp;c=2|link> d", 20, "abc …"},
		{"abc <https://x.org/a?b=1&amp;c=2|link> d", 39, "abc <https://x.org/a?b=1&amp;c=2|link>…"},
		{"abcdefgh", 7, "abcdef…"},
		{"abcdefgh", 8, "abcdefgh"},
		{"ab &lt;c&gt; and more", 10, "ab &lt;c…"},
	} {
		if got := clip(tc.in, tc.n); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
	long := ":warning: *" + strings.Repeat("a &amp; ", 600) + "*"
	if got := clip(long, maxText); utf8.RuneCountInString(got) > maxText || !wholeEntities(got) {
		t.Errorf("clip of a long block ends %q", got[len(got)-20:])
	}
}

// TestRender_LongStatementEscapedWhole: a statement far over Slack's 3,000
// characters, full of characters to escape, is cut to fit with every entity whole.
func TestRender_LongStatementEscapedWhole(t *testing.T) {
	long := strings.Repeat("R&D <costs> rose; ", 400)
	m := render(bot.Reply{Kind: bot.KindAnswer, Text: long, Items: []bot.Item{{Title: "s/f", Text: long + " again"}}}, renderOptions{})
	for _, b := range blocksShown(t, m) {
		if utf8.RuneCountInString(b.text) > maxText || !wholeEntities(b.text) {
			t.Errorf("%s block of %d characters ends %q", b.kind, utf8.RuneCountInString(b.text), b.text[max(0, len(b.text)-20):])
		}
	}
	if utf8.RuneCountInString(m.Text) > maxText || !wholeEntities(m.Text) {
		t.Errorf("notification text ends %q", m.Text[len(m.Text)-20:])
	}
}
