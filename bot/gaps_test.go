package bot_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// recorded lists the unanswered questions kb holds, all of them, as
// "surface: question [askers]".
func recorded(t *testing.T, kb *sqlite.KB) []string {
	t.Helper()
	list, err := kb.Gaps(context.Background(), facts.GapFilter{All: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range list.Groups {
		out = append(out, strings.Join(g.Surfaces, ",")+": "+g.Question+" "+strings.Join(g.Askers, ","))
	}
	return out
}

func TestBot_RecordsGaps(t *testing.T) {
	kb := sqlitetest.Open(t)
	b := bot.New(kb, []string{"slack:U-EDITOR"}, nil)
	b.EnableCuration(kb)
	b.RecordGaps(bot.NewGapLog(kb, bot.GapLogOptions{})) // synchronous: recorded when Handle returns
	ctx := context.Background()
	for _, r := range []bot.Request{
		{Platform: "slack", UserID: "U1", Text: "What is the capital of Australia?"},        // recorded
		{Platform: "discord", UserID: "42", Text: "ask How many people died in the camps?"}, // recorded
		{Platform: "slack", UserID: "U1", Text: "Who signed the statement?"},                // answered
		{Platform: "slack", UserID: "U1", Text: "help"},                                     // help asks its examples itself
		{Platform: "slack", UserID: "U1", Text: "help ask"},
		{Platform: "slack", UserID: "U1", Text: "source un-xinjiang-2021/nothing"},   // an error, not a question
		{Platform: "slack", UserID: "U1", Text: "retract un-xinjiang-2021/x reason"}, // a refusal
		{Platform: "slack", UserID: "U1", Text: strings.Repeat("why ", 200)},         // too long: refused
		{Platform: "slack", UserID: "U1", Text: "What is the capital of Peru?", Replay: true},
	} {
		b.Handle(ctx, r)
	}
	// Which were recorded, in any order: two asked in the same millisecond
	// tie on when they were last asked.
	want := []string{"discord: How many people died in the camps? ", "slack: What is the capital of Australia? "}
	if got := slices.Sorted(slices.Values(recorded(t, kb))); !slices.Equal(got, want) {
		t.Errorf("recorded %q, want %q", got, want)
	}
}

// TestGapLog_Askers: nobody's identity is stored unless FACTDESK_LOG_ASKERS=1.
func TestGapLog_Askers(t *testing.T) {
	for _, tt := range []struct {
		logAskers bool
		want      string
	}{
		{false, "slack: What is the capital of Australia? "},
		{true, "slack: What is the capital of Australia? slack:U1"},
	} {
		kb := sqlitetest.Open(t)
		b := bot.New(kb, nil, nil)
		b.RecordGaps(bot.NewGapLog(kb, bot.GapLogOptions{LogAskers: tt.logAskers}))
		b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U1", UserName: "ana", Text: "What is the capital of Australia?"})
		if got := recorded(t, kb); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("LogAskers %v: recorded %q, want %q", tt.logAskers, got, tt.want)
		}
	}
}

// TestGapLog_Queue: with a queue, recording never waits on the store; a full
// queue drops the record; Close writes what is queued.
func TestGapLog_Queue(t *testing.T) {
	const size = 4
	entered, release := make(chan struct{}), make(chan struct{})
	var mu sync.Mutex
	var stored []facts.Gap
	store := &bottest.GapStore{RecordGapsFn: func(ctx context.Context, gaps ...facts.Gap) error {
		if gaps[0].Question == "first" {
			close(entered)
			<-release
		}
		mu.Lock()
		defer mu.Unlock()
		stored = append(stored, gaps...)
		return nil
	}}
	l := bot.NewGapLog(store, bot.GapLogOptions{Queue: size})
	ctx := context.Background()
	l.RecordGap(ctx, facts.Gap{Question: "first", Asker: "slack:U1"})
	<-entered // the writer holds "first"; the queue is empty
	for i := range size + 1 {
		if err := l.RecordGap(ctx, facts.Gap{Question: strings.Repeat("q", i+1)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := l.Dropped(); n != 1 {
		t.Errorf("dropped %d, want 1 (queue of %d full)", n, size)
	}
	close(release)
	l.Close()
	l.RecordGap(ctx, facts.Gap{Question: "after close"}) // dropped, no panic
	mu.Lock()
	defer mu.Unlock()
	if len(stored) != size+1 || stored[0].Asker != "" || stored[0].At.IsZero() {
		t.Errorf("stored %d (want %d), the first %+v (want no asker, dated)", len(stored), size+1, stored[0])
	}
}
