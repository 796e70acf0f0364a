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

// validName is Discord's rule for command and option names.
var validName = regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`)

// subcommands lists /fact's subcommands: one per command in the bot's registry
// whose name Discord accepts, in the registry's order, each argument a string
// option. Discord allows 25.
func subcommands(b bot.Responder) []bot.Command {
	var subs []bot.Command
	for _, c := range b.Commands() {
		if !validName.MatchString(c.Name) || len(subs) == 25 {
			continue
		}
		subs = append(subs, c)
	}
	return subs
}

// applicationCommands is what factdesk registers with Discord at start.
func applicationCommands(b bot.Responder) []*discordgo.ApplicationCommand {
	fact := &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        commandName,
		Description: "Answers and draft checks from the newsroom's knowledge base, with sources.",
		Contexts:    &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM},
	}
	subs := subcommands(b)
	for _, c := range subs {
		desc := c.Summary
		if desc == "" {
			desc = c.Description
		}
		opt := &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        c.Name,
			Description: short(desc, 100),
		}
		for _, arg := range c.Args {
			if !validName.MatchString(arg.Name) {
				continue
			}
			o := &discordgo.ApplicationCommandOption{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        arg.Name,
				Description: short(arg.Description, 100),
				Required:    arg.Required,
			}
			if arg.Kind == bot.ArgCommand {
				// Discord offers the subcommands to pick from: /fact help topic: check.
				for _, s := range subs {
					o.Choices = append(o.Choices, &discordgo.ApplicationCommandOptionChoice{Name: s.Name, Value: s.Name})
				}
			}
			opt.Options = append(opt.Options, o)
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

// slashSyntax is how /fact is written in Discord: a subcommand, then each argument
// as a named option ("/fact check passage: ..."). Help and hints use it.
var slashSyntax = bot.Syntax{Prefix: "/" + commandName + " ", Options: true}

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
	for _, c := range subcommands(a.bot) {
		if c.Name != sub.Name {
			continue
		}
		args := make([]string, len(c.Args))
		for k, arg := range c.Args {
			args[k] = stringOption(sub, arg.Name)
		}
		text, found = c.Text(args...), true
		break
	}
	if !found {
		return bot.Request{}, fmt.Errorf("%w: unknown subcommand %q", errNotOurCommand, sub.Name)
	}
	// The person picked the subcommand in Discord's own interface: its options
	// are its arguments, never read as a question or as another command.
	req := bot.Request{Platform: Platform, Channel: i.ChannelID, Text: text, Command: sub.Name, Syntax: slashSyntax}
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
