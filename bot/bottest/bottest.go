// Package bottest holds fakes of the bot's interfaces for tests: each method
// calls the function in its Fn field, so a test says exactly what it needs (a
// slow engine, a failing one, one that counts its calls) and leaves the rest to
// a real knowledge base (facts/sqlite/sqlitetest).
package bottest

import (
	"context"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// Engine is a bot.Engine whose methods call its Fn fields.
type Engine struct {
	AskFn      func(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error)
	CheckFn    func(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error)
	FactFn     func(ctx context.Context, fullID string) (facts.FactRecord, error)
	ExamplesFn func(ctx context.Context) ([]string, error)
}

var _ bot.Engine = (*Engine)(nil)

func (e *Engine) Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error) {
	return e.AskFn(ctx, question, opt)
}

func (e *Engine) Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
	return e.CheckFn(ctx, text, opt)
}

func (e *Engine) Fact(ctx context.Context, fullID string) (facts.FactRecord, error) {
	return e.FactFn(ctx, fullID)
}

func (e *Engine) Examples(ctx context.Context) ([]string, error) { return e.ExamplesFn(ctx) }

// Before is an Engine that calls before, then real, on every method: to count
// the calls that reach the knowledge base, or to make it slow.
func Before(real bot.Engine, before func()) *Engine {
	return &Engine{
		AskFn: func(ctx context.Context, q string, opt facts.AskOptions) (facts.Answer, error) {
			before()
			return real.Ask(ctx, q, opt)
		},
		CheckFn: func(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
			before()
			return real.Check(ctx, text, opt)
		},
		FactFn: func(ctx context.Context, id string) (facts.FactRecord, error) {
			before()
			return real.Fact(ctx, id)
		},
		ExamplesFn: func(ctx context.Context) ([]string, error) {
			before()
			return real.Examples(ctx)
		},
	}
}

// Curator is a bot.Curator whose methods call its Fn fields.
type Curator struct {
	FlagFn    func(ctx context.Context, actor facts.Actor, fullID, note string) (facts.Flag, error)
	RetractFn func(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	ApproveFn func(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	ReviewFn  func(ctx context.Context) (facts.Review, error)
}

var _ bot.Curator = (*Curator)(nil)

func (c *Curator) Flag(ctx context.Context, actor facts.Actor, fullID, note string) (facts.Flag, error) {
	return c.FlagFn(ctx, actor, fullID, note)
}

func (c *Curator) RetractFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error) {
	return c.RetractFn(ctx, actor, fullID, opt)
}

func (c *Curator) ApproveFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error) {
	return c.ApproveFn(ctx, actor, fullID, opt)
}

func (c *Curator) Review(ctx context.Context) (facts.Review, error) { return c.ReviewFn(ctx) }

// Responder is a bot.Responder whose methods call its Fn fields.
type Responder struct {
	HandleFn   func(ctx context.Context, r bot.Request) bot.Reply
	CommandsFn func() []bot.Command
}

var _ bot.Responder = (*Responder)(nil)

func (r *Responder) Handle(ctx context.Context, req bot.Request) bot.Reply {
	return r.HandleFn(ctx, req)
}

func (r *Responder) Commands() []bot.Command { return r.CommandsFn() }

// GapStore is a bot.GapStore whose method calls its Fn field: a store that
// blocks, to fill a GapLog's queue.
type GapStore struct {
	RecordGapsFn func(ctx context.Context, gaps ...facts.Gap) error
}

var _ bot.GapStore = (*GapStore)(nil)

func (s *GapStore) RecordGaps(ctx context.Context, gaps ...facts.Gap) error {
	return s.RecordGapsFn(ctx, gaps...)
}

// Poster is a bot.Poster for the platform Name whose PostCorrection calls its
// Fn field: a platform that fails, rate-limits, or counts what it was sent.
type Poster struct {
	Name             string
	PostCorrectionFn func(ctx context.Context, c facts.Correction) (string, error)
}

var _ bot.Poster = (*Poster)(nil)

func (p *Poster) Platform() string { return p.Name }

func (p *Poster) PostCorrection(ctx context.Context, c facts.Correction) (string, error) {
	return p.PostCorrectionFn(ctx, c)
}
