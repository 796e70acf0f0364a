// Command factdesk answers newsroom questions from a curated knowledge base, checks
// drafts against it, curates it, and serves it to Slack, Discord and the web.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/factdesk/factdesk/facts"
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
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger
}

// NewMain reads the settings from the environment, once.
func NewMain() *Main {
	return &Main{
		Config: ConfigFromEnv(os.Getenv),
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
}

// Run runs one command and returns its exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		printUsage(m.Stderr)
		return exitUsage
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(m.Stdout)
		return exitOK
	}
	c, rest, ok := lookup(args)
	if ok {
		return m.exit(c.run(ctx, m, rest))
	}
	if !isGroup(args[0]) {
		return m.exit(usageErrorf("unknown command %q (try ask, check, kb, serve)", args[0]))
	}
	// A group named without one of its commands: its help.
	if len(args) > 1 && (args[1] == "help" || args[1] == "-h" || args[1] == "--help") {
		printGroupUsage(m.Stdout, args[0])
		return exitOK
	}
	printGroupUsage(m.Stderr, args[0])
	var names []string
	for _, u := range group(args[0]) {
		names = append(names, strings.TrimPrefix(u.name, args[0]+" "))
	}
	if len(args) == 1 {
		return m.exit(usageErrorf("%s needs a command: %s", args[0], strings.Join(names, ", ")))
	}
	return m.exit(usageErrorf("unknown %s command %q (try %s)", args[0], args[1], strings.Join(names, ", ")))
}

// usageError is a mistake in how a command was called: exit 2, one line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
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
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "factdesk: %s\n", ue.msg)
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

// parseInterspersed parses flags that may come before, between or after the
// positional arguments, as people type them: ask "who signed?" --json.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageErrorf("%s: %v", fs.Name(), err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// oneArg parses a command's flags and its one argument; usage says what the
// argument must be when it is missing or there are more.
func oneArg(fs *flag.FlagSet, args []string, usage string) (string, error) {
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return "", err
	}
	if len(rest) != 1 {
		fs.Usage()
		return "", usageErrorf("%s", usage)
	}
	return rest[0], nil
}

// newFlagSet makes a command's flag set whose errors are reported, not fatal,
// and whose usage is the command's own.
func (m *Main) newFlagSet(c command) *flag.FlagSet {
	u := c.usage()
	fs := flag.NewFlagSet(u.name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: factdesk %s %s\n\n%s.\n\nFlags:\n", u.name, u.args, capitalize(u.summary))
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
