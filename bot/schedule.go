package bot

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"time"
)

// Work is what a request costs the engine, and so which lane it waits in.
type Work int

const (
	// Cheap work takes milliseconds: a question, a fact, help, curation.
	Cheap Work = iota
	// Costly work takes up to about half a second: a draft's check.
	Costly
)

// Scheduler shares the engine between everyone who asks, on every surface
// (issue 16: one person's long checks delayed everyone's questions by a
// minute, with one engine slot for all). Cheap and costly work wait in lanes
// of their own, so a question never waits behind a check; each lane runs a
// few requests at once and lets a bounded number wait, and beyond that a
// request is refused at once as busy rather than queued without end; and one
// person may have only a few requests running or waiting at a time, so one
// person cannot fill a lane. It is safe for concurrent use.
type Scheduler struct {
	lanes     [2]lane
	perPerson int

	mu     sync.Mutex
	people map[string]int // requests running or waiting, by person
}

// lane runs up to cap(slots) requests at once and lets up to queue wait.
type lane struct {
	slots   chan struct{}
	queue   int
	mu      sync.Mutex
	waiting int
}

// SchedulerOptions size a Scheduler.
type SchedulerOptions struct {
	CheapSlots, CostlySlots int // requests of each kind run at once
	CheapQueue, CostlyQueue int // requests of each kind that may wait for a slot
	// PerPerson is how many requests one person (platform and user id) may
	// have running or waiting at once, every surface together; 0 is no limit.
	PerPerson int
}

// DefaultSchedulerOptions fit the machine: checks may use half the CPUs (at
// least one), so that questions and the server itself always have the rest;
// questions as many as there are CPUs (at least two). A person may have two
// requests in hand at once.
func DefaultSchedulerOptions() SchedulerOptions {
	cpus := runtime.GOMAXPROCS(0)
	return SchedulerOptions{CheapSlots: max(2, cpus), CostlySlots: max(1, cpus/2), CheapQueue: 256, CostlyQueue: 32, PerPerson: 2}
}

// NewScheduler makes a scheduler; unset sizes take their defaults.
func NewScheduler(opt SchedulerOptions) *Scheduler {
	def := DefaultSchedulerOptions()
	pick := func(v, d int) int {
		if v <= 0 {
			return d
		}
		return v
	}
	s := &Scheduler{perPerson: opt.PerPerson, people: map[string]int{}}
	s.lanes[Cheap] = lane{slots: make(chan struct{}, pick(opt.CheapSlots, def.CheapSlots)), queue: pick(opt.CheapQueue, def.CheapQueue)}
	s.lanes[Costly] = lane{slots: make(chan struct{}, pick(opt.CostlySlots, def.CostlySlots)), queue: pick(opt.CostlyQueue, def.CostlyQueue)}
	return s
}

// Errors Acquire returns instead of a slot.
var (
	// ErrBusy: the lane's queue is full. Nothing was started; the request
	// may be sent again in a moment.
	ErrBusy = errors.New("busy")
	// ErrPersonBusy: the person already has as many requests in hand as
	// they may; one of them must finish first.
	ErrPersonBusy = errors.New("too many requests in hand")
)

// Acquire waits for a slot in work's lane for person ("" for none, which no
// person limit applies to: the HTTP API limits its clients itself). It
// returns the function that gives the slot back, which must be called once;
// or ErrPersonBusy, ErrBusy (whether or not ctx has ended: the lane is full
// either way), or ctx's error if ctx ends first.
func (s *Scheduler) Acquire(ctx context.Context, work Work, person string) (release func(), err error) {
	if !s.take(person) {
		return nil, ErrPersonBusy
	}
	l := &s.lanes[work]
	select {
	case l.slots <- struct{}{}:
		if err := ctx.Err(); err != nil {
			<-l.slots
			s.give(person)
			return nil, err
		}
	default:
		l.mu.Lock()
		if l.waiting >= l.queue {
			l.mu.Unlock()
			s.give(person)
			return nil, ErrBusy
		}
		if err := ctx.Err(); err != nil {
			l.mu.Unlock()
			s.give(person)
			return nil, err
		}
		l.waiting++
		l.mu.Unlock()
		select {
		case l.slots <- struct{}{}:
			l.leave()
		case <-ctx.Done():
			l.leave()
			s.give(person)
			return nil, ctx.Err()
		}
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			<-l.slots
			s.give(person)
		})
	}, nil
}

func (l *lane) leave() {
	l.mu.Lock()
	l.waiting--
	l.mu.Unlock()
}

// take counts a request in hand for person, if they may have one more.
func (s *Scheduler) take(person string) bool {
	if person == "" || s.perPerson <= 0 {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.people[person] >= s.perPerson {
		return false
	}
	s.people[person]++
	return true
}

// give counts a request of person's as done.
func (s *Scheduler) give(person string) {
	if person == "" || s.perPerson <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.people[person]--; s.people[person] <= 0 {
		delete(s.people, person) // the map holds only people with requests in hand
	}
}

// WorkTimeout bounds the work of one chat request (a command, a mention, a
// message, an interaction) from when it arrives: enough for the longest check
// after a wait for its turn, far less than the time a platform keeps the way
// to the asker open (Slack's response_url, Discord's 15-minute interaction
// token), and the engine stops when it ends, so no request can hold a core
// after nobody will see its answer.
const WorkTimeout = time.Minute
