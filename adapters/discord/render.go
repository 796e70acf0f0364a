package discord

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

// message is a reply rendered for Discord: what each way of sending (a reply in a
// channel, an interaction response, an interaction follow-up) carries.
type message struct {
	Content   string
	Embeds    []*discordgo.MessageEmbed
	Ephemeral bool // only the asker sees it; honoured by interactions only
}

// Embed colours by reply kind, so a reader sees at a glance whether the knowledge
// base answered.
const (
	colorAnswer   = 0x2E7D32 // green
	colorNotFound = 0xF9A825 // amber
	colorProblems = 0xC62828 // red
	colorUnbacked = 0xE0A030 // muted amber: claims no fact backs, nothing contradicted
	colorNothing  = 0x90A4AE // blue grey: nothing the knowledge base could check
	colorFact     = 0x1565C0 // blue
	colorHelp     = 0x5865F2 // Discord blurple
	colorCorrect  = 0xEF6C00 // orange: a fact cited here no longer stands
)

// noPings stops knowledge-base text ("@everyone" in a quote, say) from pinging
// anyone; a reply still notifies the person who asked.
func noPings() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: true}
}

// render turns a bot reply into a Discord message. Answers, facts, findings and
// help become one embed; errors, refusals and confirmations stay plain text, and
// errors and refusals are shown only to the asker where Discord allows it.
func render(rep bot.Reply) message {
	switch rep.Kind {
	case bot.KindError, bot.KindRefusal:
		return message{Content: cut(escapeMarkdown(rep.PlainText()), maxContent), Ephemeral: true}
	case bot.KindDone:
		return message{Content: cut(escapeMarkdown(rep.PlainText()), maxContent)}
	}
	return message{Embeds: []*discordgo.MessageEmbed{embed(rep)}}
}

func embed(rep bot.Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Type:  discordgo.EmbedTypeRich,
		Title: cut(heading(rep), maxEmbedTitle),
		Color: color(rep),
	}
	for _, it := range rep.Items {
		if it.Source != nil && it.Source.URL != "" {
			e.URL = it.Source.URL // the title links to the first cited source
			break
		}
	}
	items := make([]*discordgo.MessageEmbedField, 0, len(rep.Items))
	for _, it := range rep.Items {
		items = append(items, itemField(it, rep.Text))
	}

	// Every answer must stay citable, so the first fact and its source are never
	// crowded out: the description and notes give way to it first.
	reserve := size(e.Title)
	if len(items) > 0 {
		reserve += size(items[0].Name) + size(items[0].Value)
	}
	if len(items) > 1 {
		m := moreField(len(items))
		reserve += size(m.Name) + size(m.Value)
	}
	var notes *discordgo.MessageEmbedField
	if len(rep.Notes) > 0 {
		name, budget := "Notes", maxFieldValue
		if rep.Kind == bot.KindNotFound {
			name = suggestionsHeading(rep.Notes)
		}
		if len(items) > 0 {
			budget = maxFieldValue / 2 // the facts matter more than the notes
		}
		lines := make([]string, len(rep.Notes))
		for i, n := range rep.Notes {
			lines[i] = escapeMarkdown(n)
		}
		notes = &discordgo.MessageEmbedField{Name: name, Value: joinLines(lines, budget)}
		reserve += size(notes.Name) + size(notes.Value)
	}
	e.Description = cut(escapeMarkdown(rep.Text), min(maxEmbedDescription, maxEmbedTotal-reserve))
	e.Fields = fitFields(e, items, notes)
	return e
}

func heading(rep bot.Reply) string {
	switch rep.Kind {
	case bot.KindAnswer:
		return "Answer"
	case bot.KindNotFound:
		// The description says it is not in the knowledge base; the title
		// need not say so again.
		return "No answer"
	case bot.KindFindings:
		return "Draft check"
	case bot.KindFact:
		if len(rep.Items) > 0 && rep.Items[0].Title != "" {
			return "Fact " + rep.Items[0].Title
		}
		return "Fact"
	case bot.KindHelp:
		return "factdesk"
	case bot.KindCorrection:
		return "Correction"
	}
	return ""
}

// suggestionsHeading names what a not-found reply offers instead: questions
// the knowledge base answers, the nearest facts it holds, or both.
func suggestionsHeading(notes []string) string {
	facts, questions := 0, 0
	for _, n := range notes {
		if strings.HasPrefix(n, "Nearest fact") {
			facts++
		} else {
			questions++
		}
	}
	switch {
	case facts == 0:
		return "You could ask"
	case questions == 0:
		return "Nearest facts"
	}
	return "You could ask, and the nearest facts"
}

func color(rep bot.Reply) int {
	switch rep.Kind {
	case bot.KindAnswer:
		return colorAnswer
	case bot.KindNotFound:
		return colorNotFound
	case bot.KindFindings:
		switch rep.Outcome() {
		case bot.OutcomeContradicted:
			return colorProblems
		case bot.OutcomeUnsupported, bot.OutcomePartial:
			return colorUnbacked
		case bot.OutcomeNothing:
			return colorNothing // no green for a passage nothing was compared in
		}
		return colorAnswer
	case bot.KindFact:
		return colorFact
	case bot.KindCorrection:
		return colorCorrect
	}
	return colorHelp
}

// itemField shows one fact or finding: its statement (unless the description
// already says it, as a composed answer does), the quote with its speaker, and
// the citation. A claim of a draft check is marked by its verdict.
func itemField(it bot.Item, description string) *discordgo.MessageEmbedField {
	var lines []string
	if it.Text != "" && !strings.Contains(description, it.Text) {
		lines = append(lines, escapeMarkdown(it.Text))
	}
	if it.Quote != "" {
		// One line, so that the quote bar holds all of it.
		q := "> \u201c" + escapeMarkdown(strings.Join(strings.Fields(it.Quote), " ")) + "\u201d"
		if it.Speaker != "" {
			q += " \u2014 " + escapeMarkdown(it.Speaker)
		}
		lines = append(lines, q)
	}
	if it.Source != nil {
		lines = append(lines, "Source: "+citation(*it.Source))
	}
	if len(lines) == 0 {
		lines = append(lines, "\u200b") // Discord refuses an empty field value
	}
	name := escapeMarkdown(it.Title)
	switch it.Verdict {
	case bot.VerdictContradicted:
		name = "\u26a0\ufe0f " + name // ⚠️, as a contradiction
	case bot.VerdictUnsupported:
		name = "\u2754 " + name // ❔ "Not backed: …", softer: neither wrong nor confirmed
	}
	if name == "" {
		name = "\u200b"
	}
	return &discordgo.MessageEmbedField{Name: cut(name, maxFieldName), Value: cut(strings.Join(lines, "\n"), maxFieldValue)}
}

// citation renders a source on one line, its title a link when the URL is known.
func citation(c bot.Citation) string {
	title := escapeMarkdown(c.Title)
	if c.URL != "" {
		title = "[" + escapeMarkdown(strings.NewReplacer("[", "(", "]", ")").Replace(c.Title)) + "](" + strings.NewReplacer(")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(c.URL) + ")"
	}
	parts := []string{title}
	for _, p := range []string{c.Publisher, c.Date} {
		if p != "" {
			parts = append(parts, escapeMarkdown(p))
		}
	}
	return strings.Join(parts, ", ")
}

// fitFields keeps as many item fields as fit in Discord's field count and total
// embed size, then the notes, and says how many items were left out.
func fitFields(e *discordgo.MessageEmbed, items []*discordgo.MessageEmbedField, notes *discordgo.MessageEmbedField) []*discordgo.MessageEmbedField {
	base := size(e.Title) + size(e.Description)
	if e.Footer != nil {
		base += size(e.Footer.Text)
	}
	if notes != nil {
		base += size(notes.Name) + size(notes.Value)
	}
	for k := len(items); ; k-- {
		fields := append([]*discordgo.MessageEmbedField(nil), items[:k]...)
		if k < len(items) {
			fields = append(fields, moreField(len(items)-k))
		}
		if notes != nil {
			fields = append(fields, notes)
		}
		total := base
		for _, f := range fields {
			if f != notes {
				total += size(f.Name) + size(f.Value)
			}
		}
		if (len(fields) <= maxEmbedFields && total <= maxEmbedTotal) || k == 0 {
			return fields
		}
	}
}

// moreField says how many facts or findings were left out, and how to see them.
func moreField(n int) *discordgo.MessageEmbedField {
	return &discordgo.MessageEmbedField{
		Name:  fmt.Sprintf("\u2026and %d more", n),
		Value: "Not shown here, to stay within Discord's limits. Ask a narrower question, or use source <fact-id> for one fact in full.",
	}
}
