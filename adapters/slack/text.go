package slack

import (
	"regexp"
	"strings"
)

// slackMarkup matches Slack's inline markup in message text: <@U123>, <@U123|name>,
// <#C123|name>, <!here>, <https://x|label>, <mailto:a@b>.
var slackMarkup = regexp.MustCompile(`<([^<>]*)>`)

// plainText turns Slack message text into what the user typed: mentions of people
// and channels become their names (or are dropped when Slack sent only an id),
// links become their labels, and &amp; &lt; &gt; are unescaped. Line breaks stay:
// a pasted draft keeps its paragraphs.
func plainText(s string) string {
	s = slackMarkup.ReplaceAllStringFunc(s, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case hasLabel:
			return label
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "#"), strings.HasPrefix(target, "!"):
			return ""
		}
		return strings.TrimPrefix(target, "mailto:")
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.TrimSpace(s)
}

// withoutMention removes the mention of the bot that starts (or fills) a message
// addressed to it: "<@U0BOT> who signed?" asks "who signed?".
func withoutMention(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "<@") {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			break
		}
		s = strings.TrimSpace(s[end+1:])
	}
	s = strings.TrimLeft(s, ":, ")
	if name, rest, _ := strings.Cut(s, " "); strings.EqualFold(name, "/fact") || strings.EqualFold(name, "!fact") {
		s = rest
	}
	return plainText(s)
}
