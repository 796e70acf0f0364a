// Command factdesk answers newsroom questions from a curated knowledge base, checks
// drafts against it, curates it, and serves it to Slack, Discord and the web.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/factdesk/factdesk/facts"
	"github.com/spf13/pflag"
)

// Exit codes, per SPEC: 1 is reserved for "check found problems".
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
	exitInternal = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Main holds what every command needs: settings, streams and a logger. Tests run
// the same Main with their own streams and a temporary database.
type Main struct {
	Config Config
	// ConfigErr is why the settings could not be read (a malformed .env); every
	// command but help stops with it.
	ConfigErr error
	Stdin     io.Reader
	Stdout    io.Writer
	Stderr    io.Writer
	Logger    *slog.Logger
	// HTTPClient carries serve's calls to Slack's and Discord's APIs (answers,
	// corrections); nil leaves each adapter's own. Tests point it at local
	// stand-ins for those APIs.
	HTTPClient *http.Client
}

// NewMain reads the settings, once: the environment, then a .env file in the
// working folder for what the environment does not set.
func NewMain() *Main {
	cfg, err := LoadConfig(".env", os.LookupEnv)
	return &Main{
		Config:    cfg,
		ConfigErr: err,
		Stdin:     os.Stdin,
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		Logger:    slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
}

// Run runs one command and returns its exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		printUsage(m.Stderr)
		return exitUsage
	}
	if isHelp(args[0]) {
		printUsage(m.Stdout)
		return exitOK
	}
	c, rest, ok := lookup(args)
	if !ok && isGroup(args[0]) && (len(args) == 1 || !isHelp(args[1])) {
		var names []string
		for _, u := range group(args[0]) {
			names = append(names, strings.TrimPrefix(u.name, args[0]+" "))
		}
		if len(args) == 1 {
			return m.exit(&usageError{cmd: args[0], msg: "needs a command: " + strings.Join(names, ", "), help: true})
		}
		return m.exit(&usageError{cmd: args[0], msg: fmt.Sprintf("unknown command %q (try %s)", args[1], strings.Join(names, ", ")), help: true})
	}
	if !ok && isGroup(args[0]) {
		printGroupUsage(m.Stdout, args[0])
		return exitOK
	}
	if !ok {
		return m.exit(usageErrorf("unknown command %q (see factdesk --help)", args[0]))
	}
	if m.ConfigErr != nil && !slices.Contains(rest, "--help") && !slices.Contains(rest, "-h") {
		return m.exit(m.ConfigErr)
	}
	return m.exit(c.run(ctx, m, rest))
}

func isHelp(arg string) bool { return arg == "help" || arg == "-h" || arg == "--help" }

// usageError is a mistake in how a command was called, or a problem with its
// input: exit 2, one line, naming the command when it has one and, for a command
// called the wrong way, where its help is.
type usageError struct {
	cmd, msg string
	help     bool
}

func (e *usageError) Error() string {
	switch {
	case e.cmd == "":
		return e.msg
	case !e.help:
		return e.cmd + ": " + e.msg
	}
	return fmt.Sprintf("%s: %s (see factdesk %s --help)", e.cmd, e.msg, e.cmd)
}

// usageErrorf is a problem with the input or settings, said in one line.
func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// misuse is a command called the wrong way: its line points to its help.
func misuse(fs *pflag.FlagSet, format string, args ...any) error {
	return &usageError{cmd: fs.Name(), msg: fmt.Sprintf(format, args...), help: true}
}

// errFindings makes check exit 1 after printing its findings.
var errFindings = errors.New("findings")

// exit prints err for a person and picks the exit code: bad usage and bad input
// are the user's to fix (2); anything else is logged in detail (3).
func (m *Main) exit(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, pflag.ErrHelp):
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.As(err, &ue):
		sep := ": "
		if ue.cmd != "" {
			sep = " "
		}
		fmt.Fprintf(m.Stderr, "factdesk%s%s\n", sep, ue.Error())
		return exitUsage
	case facts.ErrorCode(err) != facts.EINTERNAL:
		for _, line := range strings.Split(facts.ErrorMessage(err), "\n") {
			fmt.Fprintf(m.Stderr, "factdesk: %s\n", line)
		}
		return exitUsage
	}
	m.Logger.Error("command failed", "err", err)
	fmt.Fprintln(m.Stderr, "factdesk: internal error (details above)")
	return exitInternal
}

// parseFlags parses a command's GNU-style flags, which may come before, between
// or after its arguments (ask "who signed?" --json), up to a "--", and returns
// the arguments. A problem is one line naming it; --help prints the command's
// help on standard output.
func parseFlags(fs *pflag.FlagSet, args []string) ([]string, error) {
	// Defined here rather than left to pflag, so that the help lists it last.
	fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return nil, misuse(fs, "%s", flagProblem(fs, err))
	}
	if help, _ := fs.GetBool("help"); help {
		fs.Usage()
		return nil, pflag.ErrHelp
	}
	return fs.Args(), nil
}

// flagProblem says what pflag found wrong, in the words of this command line.
func flagProblem(fs *pflag.FlagSet, err error) string {
	var notExist *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var badValue *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		typed := notExist.GetSpecifiedShortnames()
		name, _, _ := strings.Cut(typed, "=")
		if fs.Lookup(name) != nil {
			return fmt.Sprintf("-%s: long flags take two dashes: --%s", typed, typed)
		}
		return fmt.Sprintf("unknown flag -%s", notExist.GetSpecifiedName())
	case errors.As(err, &notExist):
		return fmt.Sprintf("unknown flag --%s", notExist.GetSpecifiedName())
	case errors.As(err, &noValue):
		if noValue.GetSpecifiedShortnames() != "" {
			return fmt.Sprintf("-%s needs a value", noValue.GetSpecifiedName())
		}
		return fmt.Sprintf("--%s needs a value", noValue.GetSpecifiedName())
	case errors.As(err, &badValue):
		return fmt.Sprintf("--%s: %q is not a valid %s", badValue.GetFlag().Name, badValue.GetValue(), valueKind(badValue.GetFlag()))
	case errors.As(err, &syntax):
		return fmt.Sprintf("bad flag syntax %s", syntax.GetSpecifiedFlag())
	}
	return err.Error()
}

// valueKind names what a flag takes, for messages.
func valueKind(f *pflag.Flag) string {
	switch t := f.Value.Type(); {
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "whole number"
	case t == "bool":
		return "true or false"
	default:
		return t
	}
}

// noArgs parses a command's flags, for a command that takes no arguments.
func noArgs(fs *pflag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err == nil && len(rest) > 0 {
		err = misuse(fs, "takes no arguments")
	}
	return err
}

// oneArg parses a command's flags and its one argument; what says what the
// argument must be when it is missing or there are more.
func oneArg(fs *pflag.FlagSet, args []string, what string) (string, error) {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return "", err
	}
	if len(rest) != 1 {
		return "", misuse(fs, "%s", what)
	}
	return rest[0], nil
}

// newFlagSet makes a command's flag set: GNU-style --flags (pflag), errors
// returned rather than fatal, and --help on standard output.
func (m *Main) newFlagSet(c command) *pflag.FlagSet {
	u := c.usage()
	fs := pflag.NewFlagSet(u.name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(m.Stdout)
	fs.Usage = func() {
		fmt.Fprintf(m.Stdout, "Usage: factdesk %s %s\n\n%s.\n\nFlags:\n", u.name, u.args, capitalize(u.summary))
		fs.PrintDefaults()
	}
	return fs
}

// capitalize writes a summary as a sentence's start.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
