package slack

import (
	"strings"
	"unicode/utf8"
)

// Text from the knowledge base (a statement, a source's title, a finding, a
// note) goes into Slack's mrkdwn and must show as written: never as
// formatting, a link or a mention.
//
// Slack's formatting reference names three control characters and their
// entities, & as &amp;, < as &lt; and > as &gt;, and says no other entity is
// decoded. It has no escape for the characters that format, *bold*, _italic_,
// ~strike~ and `code`: a backslash shows as itself. So those four become
// look-alike characters Slack does not read (∗ ˍ ∼ ˋ), as careful Block Kit
// libraries do. Quotations are set in rich-text blocks, which Slack does not
// parse at all, so they keep their exact words.
var mrkdwnEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	"*", "\u2217", "_", "\u02cd", "~", "\u223c", "`", "\u02cb",
)

// Budgets, in characters, for the pieces of a block.
const (
	maxTitle = 300  // a source's title, a publisher, a finding's title, a usage line
	maxNote  = 1000 // one note
	maxIcon  = 40   // an emoji prefix, a date
	maxURL   = 2000 // a link longer than this is left out rather than cut
)

// escape makes knowledge-base text safe inside mrkdwn.
func escape(s string) string { return mrkdwnEscaper.Replace(s) }

// escapeCode makes text safe inside a `code` span, which Slack does not
// format: only the entities are needed, and a fact id keeps its underscores,
// so it can be copied into /fact source.
func escapeCode(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "`", "\u02cb").Replace(s)
}

// escapeURL keeps a link's URL from closing the <url|label> markup early.
func escapeURL(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C", " ", "%20").Replace(strings.TrimSpace(s))
}

// text escapes s for mrkdwn in at most n characters. Text that does not fit
// is cut before it is escaped, at a whole character, and ends with "…": a cut
// never falls inside an entity such as &amp;.
func text(s string, n int) string {
	if e := escape(s); utf8.RuneCountInString(e) <= n {
		return e
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		piece := escape(string(r))
		k := utf8.RuneCountInString(piece)
		if used+k > n-1 {
			break
		}
		b.WriteString(piece)
		used += k
	}
	return b.String() + "…"
}

// clip is the last guard on a block's mrkdwn, which holds our own markup
// around escaped text: at most n characters, and a cut that would split an
// entity (&amp;) or a link or mention (<url|label>) falls before it.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	open := -1 // where an unfinished entity or <...> began
	for i, r := range cut {
		switch {
		case r == '<':
			open = i
		case r == '&' && (open < 0 || cut[open] != '<'):
			open = i
		case r == '>' && open >= 0 && cut[open] == '<', r == ';' && open >= 0 && cut[open] == '&':
			open = -1
		}
	}
	if open >= 0 {
		cut = cut[:open]
	}
	return cut + "…"
}

// truncate cuts plain text (a rich-text element's, which Slack does not parse)
// to at most n characters, marking the cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
