package discord

import (
	"regexp"
	"strings"
)

// Text from the knowledge base and from people (a flag's note, a passage of a
// draft, a display name) goes into Discord's markdown and must show as
// written: never as formatting, a masked link ("[your account](https://...)"
// can send an editor anywhere) or a mention. Discord drops a backslash before
// any punctuation mark and shows the mark itself, so each piece of markup its
// markdown reads is escaped so: emphasis, code, strikethrough and spoilers;
// the "](" that makes a masked link; the "<" that opens a mention, channel,
// role, custom emoji, timestamp or command; @everyone and @here; and at the
// start of a line, quotes, headings and lists. Our own markup (a citation's
// link, a quote's bar) is added around escaped text, never through it.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `~`, `\~`, `|`, `\|`,
	`](`, `]\(`, `@everyone`, `\@everyone`, `@here`, `\@here`,
)

// Markup Discord reads at the start of a line (a quote, a heading, -#
// subtext, a list item), and the "<" of its inline tags: <@user>, <@&role>,
// <#channel>, <:emoji:id>, <a:emoji:id>, <t:time>, </command:id>, <id:...>.
var (
	lineStart = regexp.MustCompile(`(?m)^([ \t]*)([>#\-+])`)
	openTag   = regexp.MustCompile(`<([@#:/]|a:|t:|id:)`)
)

// escapeMarkdown makes text safe inside Discord markdown.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(s)
	s = openTag.ReplaceAllString(s, `\<$1`)
	return lineStart.ReplaceAllString(s, `$1\$2`)
}
