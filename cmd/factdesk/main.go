// Command factdesk answers newsroom questions from a curated knowledge base, checks
// drafts against it, curates it, and serves it to Slack, Discord and the web.
package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

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

const usage = `factdesk answers questions about your newsroom's stories from a curated knowledge base.

Usage:
  factdesk ask [--db PATH] [--story ID] [--json] QUESTION...
  factdesk check [--db PATH] [--story ID] [--json] [FILE|-]
  factdesk kb import [--db PATH] FILE|DIR...
  factdesk kb export [--db PATH] [--story ID] DIR
  factdesk kb list|show|add|retract|approve|flag|pending|history ...
  factdesk kb backup|restore|draft ...
  factdesk serve [--db PATH] [--addr ADDR]

The knowledge base is --db, else $FACTDESK_DB, else factdesk.db here; a new one is
created with the bundled stories. Run "factdesk COMMAND --help" for a command's flags.

Examples:
  factdesk ask "Who signed the statement?"
  factdesk ask --json "How many countries backed China?"
  factdesk kb import stories/
`

// Run runs one command and returns its exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "ask":
		err = m.runAsk(ctx, args[1:])
	case "check":
		err = m.runCheck(ctx, args[1:])
	case "kb":
		err = m.runKB(ctx, args[1:])
	case "serve":
		err = m.runServe(ctx, args[1:])
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return exitOK
	default:
		err = usageErrorf("unknown command %q (try ask, check, kb, serve)", args[0])
	}
	return m.exit(err)
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

// newFlagSet makes a command's flag set whose errors are reported, not fatal.
func (m *Main) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: factdesk %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// dbHelp describes every command's --db flag.
const dbHelp = "knowledge base file (default $FACTDESK_DB, else factdesk.db)"

// openKB opens the knowledge base named by --db or the settings, seeding a new one.
func (m *Main) openKB(ctx context.Context, path string) (*sqlite.KB, error) {
	if path == "" {
		path = m.Config.DB
	}
	return sqlite.OpenOrSeed(ctx, path)
}
