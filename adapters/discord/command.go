package discord

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

// commandName is the one application command factdesk registers: /fact, with a
// subcommand per bot command so Discord's client can prompt for each argument.
const commandName = "fact"

// subcommand is how one /fact subcommand maps onto the bot's text grammar.
type subcommand struct {
	name        string
	description string
	option      string // the string option carrying the argument; "" for none
	optionHelp  string
	required    bool
	prefix      string // what the bot expects before the argument: "check", or "" for a question
}

// builtinSubcommands are the subcommands every deployment has. The bot's other
// registered commands (curation, say) are added after them from its registry.
var builtinSubcommands = []subcommand{
	{name: "ask", description: "Ask a question about a story; the answer comes with its sources.",
		option: "question", optionHelp: "For example: who signed the statement?", required: true, prefix: "ask"},
	{name: "check", description: "Check a passage of a draft against the knowledge base.",
		option: "passage", optionHelp: "The passage to check: numbers, quotes, names and titles.", required: true, prefix: "check"},
	{name: "source", description: "Show one fact in full, with its citation.",
		option: "id", optionHelp: "The fact id, as every answer lists it: story-id/fact-id", required: true, prefix: "source"},
	{name: "help", description: "What factdesk can do, with examples.", prefix: "help"},
}

// validName is Discord's rule for command and option names.
var validName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// subcommands lists /fact's subcommands: the built-in four, then every other
// command in the bot's registry, taking its arguments as one text option.
// Discord allows 25.
func subcommands(b *bot.Bot) []subcommand {
	subs := append([]subcommand(nil), builtinSubcommands...)
	taken := map[string]bool{}
	for _, s := range subs {
		taken[s.name] = true
	}
	for _, c := range b.Commands() {
		if taken[c.Name] || !validName.MatchString(c.Name) || len(subs) == 25 {
			continue
		}
		taken[c.Name] = true
		s := subcommand{name: c.Name, description: c.Description, prefix: c.Name,
			option: "text", optionHelp: c.Usage, required: strings.Contains(c.Usage, "<")}
		if c.EditorsOnly {
			s.description = "Editors only. " + s.description
		}
		subs = append(subs, s)
	}
	return subs
}

// applicationCommands is what factdesk registers with Discord at start.
func applicationCommands(b *bot.Bot) []*discordgo.ApplicationCommand {
	fact := &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        commandName,
		Description: "Answers and draft checks from the newsroom's knowledge base, with sources.",
		Contexts:    &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
	}
	for _, s := range subcommands(b) {
		opt := &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        s.name,
			Description: short(s.description, 100),
		}
		if s.option != "" {
			opt.Options = []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        s.option,
				Description: short(s.optionHelp, 100),
				Required:    s.required,
			}}
		}
		fact.Options = append(fact.Options, opt)
	}
	return []*discordgo.ApplicationCommand{fact}
}

// short fits a description in Discord's limit for it; descriptions are ours, so
// an ellipsis is enough.
func short(s string, limit int) string {
	if s == "" {
		return "\u2014"
	}
	if size(s) <= limit {
		return s
	}
	return prefix(s, limit-1) + "\u2026"
}

var errNotOurCommand = errors.New("not a /fact command")

// interactionRequest turns a /fact interaction into a bot request. The caller
// has checked that the interaction is an application command: discordgo panics
// when asked for command data of any other kind.
func (a *Adapter) interactionRequest(i *discordgo.Interaction) (bot.Request, error) {
	data := i.ApplicationCommandData()
	if data.Name != commandName || len(data.Options) == 0 {
		return bot.Request{}, fmt.Errorf("%w: %q", errNotOurCommand, data.Name)
	}
	sub := data.Options[0]
	text, found := "", false
	for _, s := range subcommands(a.bot) {
		if s.name != sub.Name {
			continue
		}
		arg := ""
		if s.option != "" {
			arg = stringOption(sub, s.option)
		}
		text, found = strings.TrimSpace(s.prefix+" "+arg), true
		break
	}
	if !found {
		return bot.Request{}, fmt.Errorf("%w: unknown subcommand %q", errNotOurCommand, sub.Name)
	}
	req := bot.Request{Platform: Platform, Channel: i.ChannelID, Text: text}
	if u := interactionUser(i); u != nil {
		req.UserID, req.UserName = u.ID, displayName(u)
	}
	return req, nil
}

// stringOption reads a string option without discordgo's panicking accessors: a
// malformed payload gets an empty argument, which the bot answers with usage.
func stringOption(sub *discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range sub.Options {
		if o.Name == name {
			if v, ok := o.Value.(string); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return ""
}

// interactionUser is who ran the command: the member in a server, the user in a DM.
func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

func displayName(u *discordgo.User) string {
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}
