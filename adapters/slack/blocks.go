package slack

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/factdesk/factdesk/bot"
)

// Slack's limits on a message, and ours. Socket Mode silently drops payloads of
// 20 KB or more, so every message stays under budget, wherever it is sent: a long
// answer is cut with "and N more" rather than lost.
const (
	maxBlocks      = 50   // blocks per message
	maxText        = 3000 // characters in a section or context text
	maxButtonValue = 2000 // characters in a button's value
	budget         = 15000
	shareAction    = "factdesk_share"
	unbackedMarker = ":grey_question: " // a claim no fact backs: neither wrong nor confirmed
)

// message is a Slack message as the slash command response, a response_url post or
// a Socket Mode acknowledgement carries it.
type message struct {
	ResponseType    string        `json:"response_type,omitempty"` // "ephemeral" or "in_channel"
	Text            string        `json:"text"`                    // notification and fallback text
	Blocks          []slack.Block `json:"blocks,omitempty"`
	ReplaceOriginal bool          `json:"replace_original,omitempty"`
}

// ephemeral marks m as seen by the asker alone.
func (m message) ephemeral() message {
	m.ResponseType = "ephemeral"
	return m
}

// renderOptions say where a reply is going.
type renderOptions struct {
	share     string // the command text the "Post to channel" button re-runs; "" for no button
	askedBy   string // user id shown as having asked, on answers posted for everyone
	askedText string // what they asked
}

// render turns a reply into Block Kit: the answer, each fact's quote set off as a
// quote, a context line citing its source, then notes, and the share button.
func render(rep bot.Reply, opt renderOptions) message {
	m := message{Text: text(rep.Text, maxText)}
	var b builder
	b.size = len(m.Text)
	if opt.askedBy != "" {
		b.add(contextBlock(fmt.Sprintf("<@%s> asked: %s", escapeCode(opt.askedBy), text(opt.askedText, maxTitle))))
	}
	b.add(section(icon(rep) + text(rep.Text, maxText-maxIcon)))

	tail := tailBlocks(rep, opt)
	tailSize := sizeOf(tail...)
	for i, it := range rep.Items {
		blocks := itemBlocks(rep, i, it)
		// Keep room for the tail and for the "and N more" line.
		if !b.fits(tailSize+400, len(tail)+1, blocks...) {
			b.add(contextBlock(fmt.Sprintf(":heavy_plus_sign: …and %d more %s not shown. Ask a narrower question, or use `/fact source FACT-ID`.",
				len(rep.Items)-i, noun(rep, len(rep.Items)-i))))
			break
		}
		b.add(blocks...)
	}
	b.add(tail...)
	m.Blocks = b.blocks
	return m
}

// builder collects blocks while keeping count of their encoded size.
type builder struct {
	blocks []slack.Block
	size   int
}

func (b *builder) add(blocks ...slack.Block) {
	b.blocks = append(b.blocks, blocks...)
	b.size += sizeOf(blocks...)
}

// fits reports whether blocks can be added while leaving reserve bytes and
// reserveBlocks blocks free.
func (b *builder) fits(reserve, reserveBlocks int, blocks ...slack.Block) bool {
	return len(b.blocks)+len(blocks)+reserveBlocks <= maxBlocks && b.size+sizeOf(blocks...)+reserve <= budget
}

func sizeOf(blocks ...slack.Block) int {
	n := 0
	for _, bl := range blocks {
		js, err := json.Marshal(bl)
		if err != nil {
			continue
		}
		n += len(js) + 1
	}
	return n
}

// itemBlocks renders one fact or finding. A fact whose statement the answer
// already says shows only its quote and citation.
func itemBlocks(rep bot.Reply, i int, it bot.Item) []slack.Block {
	var out []slack.Block
	switch rep.Kind {
	case bot.KindHelp:
		// The bot writes each usage line as typed in Slack: "/fact check <passage>".
		return []slack.Block{section("*" + text(it.Title, maxTitle) + "*\n" + text(it.Text, maxText-maxTitle-maxIcon))}
	case bot.KindFindings:
		if it.Verdict == bot.VerdictUnsupported {
			// Softer than a contradiction: small grey text, a neutral marker. The
			// knowledge base may simply not hold it.
			return []slack.Block{contextBlock(fmt.Sprintf("%s%s\n%s", unbackedMarker, text(it.Title, maxTitle), text(it.Text, maxText-maxTitle-maxIcon)))}
		}
		out = append(out, section(fmt.Sprintf(":warning: *%s*\n%s", text(it.Title, maxTitle), text(it.Text, maxText-maxTitle-maxIcon))))
	default:
		if it.Text != "" && !strings.Contains(rep.Text, strings.TrimSuffix(it.Text, ".")) {
			out = append(out, section(text(it.Text, maxText)))
		}
	}
	if it.Quote != "" {
		out = append(out, quoteBlock(it.Quote, it.Speaker))
	}
	if line := citationLine(rep, i, it); line != "" {
		out = append(out, contextBlock(line))
	}
	return out
}

// citationLine is "[1] Title · Publisher · date · link · fact id".
func citationLine(rep bot.Reply, i int, it bot.Item) string {
	var parts []string
	if c := it.Source; c != nil {
		if c.Title != "" {
			parts = append(parts, "*"+text(c.Title, maxTitle)+"*")
		}
		if c.Publisher != "" {
			parts = append(parts, text(c.Publisher, maxTitle))
		}
		if c.Date != "" {
			parts = append(parts, text(c.Date, maxIcon))
		}
		if u := escapeURL(c.URL); u != "" && utf8.RuneCountInString(u) <= maxURL {
			parts = append(parts, "<"+u+"|link>")
		}
	}
	if rep.Kind != bot.KindFindings && it.Title != "" {
		parts = append(parts, "`"+escapeCode(it.Title)+"`")
	}
	if len(parts) == 0 {
		return ""
	}
	prefix := ":page_facing_up: "
	if len(rep.Items) > 1 && rep.Kind != bot.KindFindings {
		prefix = fmt.Sprintf("[%d] ", i+1)
	}
	return prefix + strings.Join(parts, " · ")
}

// tailBlocks are the notes and the share button, which are never cut.
func tailBlocks(rep bot.Reply, opt renderOptions) []slack.Block {
	var out []slack.Block
	if len(rep.Notes) > 0 {
		var lines []string
		for _, n := range rep.Notes {
			lines = append(lines, text(n, maxNote))
		}
		out = append(out, contextBlock(strings.Join(lines, "\n")))
	}
	if opt.share != "" && shareable(rep) && utf8.RuneCountInString(opt.share) <= maxButtonValue {
		btn := slack.NewButtonBlockElement(shareAction, opt.share, slack.NewTextBlockObject(slack.PlainTextType, "Post to channel", false, false))
		btn.Style = slack.StylePrimary
		out = append(out, slack.NewActionBlock("factdesk_actions", btn))
	}
	return out
}

// shareable reports whether a reply is worth posting for the channel: answers,
// facts, findings and help, not errors, refusals or curation receipts.
func shareable(rep bot.Reply) bool {
	switch rep.Kind {
	case bot.KindAnswer, bot.KindNotFound, bot.KindFact, bot.KindFindings, bot.KindHelp:
		return true
	}
	return false
}

func icon(rep bot.Reply) string {
	switch rep.Kind {
	case bot.KindNotFound:
		return ":mag: "
	case bot.KindError:
		return ":warning: "
	case bot.KindRefusal:
		return ":no_entry_sign: "
	case bot.KindDone:
		return ":white_check_mark: "
	case bot.KindFindings:
		switch rep.Outcome() {
		case bot.OutcomeContradicted:
			return ":memo: "
		case bot.OutcomeUnsupported, bot.OutcomePartial:
			return unbackedMarker
		case bot.OutcomeNothing:
			return ":mag: " // looked, and found nothing to compare: not an all-clear
		}
		return ":white_check_mark: "
	case bot.KindHelp:
		return ":information_source: "
	case bot.KindCorrection:
		return ":rotating_light: "
	}
	return ""
}

func noun(rep bot.Reply, n int) string {
	switch {
	case rep.Kind == bot.KindFindings && n == 1:
		return "claim"
	case rep.Kind == bot.KindFindings:
		return "claims"
	case rep.Kind == bot.KindHelp:
		return "commands"
	case n == 1:
		return "fact"
	}
	return "facts"
}

func section(mrkdwn string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, clip(mrkdwn, maxText), false, false), nil, nil)
}

func contextBlock(mrkdwn string) slack.Block {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, clip(mrkdwn, maxText), false, false))
}

// quoteBlock sets a quote off as a rich-text quote: the exact words, then who said them.
func quoteBlock(quote, speaker string) slack.Block {
	elems := []slack.RichTextSectionElement{slack.NewRichTextSectionTextElement("\u201c"+truncate(quote, maxText)+"\u201d", nil)}
	if speaker != "" {
		elems = append(elems, slack.NewRichTextSectionTextElement(" \u2014 "+speaker, &slack.RichTextSectionTextStyle{Italic: true}))
	}
	return slack.NewRichTextBlock("", &slack.RichTextQuote{Type: slack.RTEQuote, Elements: elems})
}
