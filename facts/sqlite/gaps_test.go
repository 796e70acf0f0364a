package sqlite_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// day0 dates the unanswered questions of these tests.
var day0 = time.Date(2024, 6, 1, 9, 0, 0, 0, time.UTC)

// recordGaps records questions in one batch, the i-th asked i hours after
// day0 unless its At is set.
func recordGaps(t *testing.T, kb *sqlite.KB, gaps ...facts.Gap) {
	t.Helper()
	gaps = slices.Clone(gaps)
	for i := range gaps {
		if gaps[i].At.IsZero() {
			gaps[i].At = day0.Add(time.Duration(i) * time.Hour)
		}
	}
	if err := kb.RecordGaps(context.Background(), gaps...); err != nil {
		t.Fatalf("RecordGaps: %v", err)
	}
}

func mustGaps(t *testing.T, kb *sqlite.KB, f facts.GapFilter) facts.GapList {
	t.Helper()
	list, err := kb.Gaps(context.Background(), f)
	if err != nil {
		t.Fatalf("Gaps(%+v): %v", f, err)
	}
	return list
}

func gapKeys(list facts.GapList) []string {
	var out []string
	for _, g := range list.Groups {
		out = append(out, g.Key)
	}
	return out
}

func TestKB_Gaps(t *testing.T) {
	kb := sqlitetest.Open(t)
	recordGaps(t, kb,
		facts.Gap{Question: "How many people died in the camps?", Surface: "slack"},
		facts.Gap{Question: "how many PEOPLE died in the camps", Surface: "discord"},
		facts.Gap{Question: "How many people died in the Xinjiang camps?", Surface: "http"},
		facts.Gap{Question: "What is the capital of Australia?", Surface: "cli"},
		facts.Gap{Question: "When will the camps close?", Surface: "slack", At: day0.Add(-30 * 24 * time.Hour)},
		facts.Gap{Question: "?!", Surface: "slack"}, // no words: not recorded
	)

	t.Run("OK", func(t *testing.T) {
		list := mustGaps(t, kb, facts.GapFilter{})
		if want := []string{"camp-die-peopl", "australia-capit", "camp-close"}; !slices.Equal(gapKeys(list), want) || list.More {
			t.Fatalf("groups %v (more %v), want %v", gapKeys(list), list.More, want)
		}
		g := list.Groups[0]
		if g.Count != 3 || g.Question != "how many PEOPLE died in the camps" || g.LastAsked != "2024-06-01T11:00:00.000Z" {
			t.Errorf("group: count %d, question %q, last asked %s; want 3, the latest wording of its key, 11:00", g.Count, g.Question, g.LastAsked)
		}
		if !slices.Equal(g.Surfaces, []string{"discord", "http", "slack"}) || !slices.Equal(g.Keys, []string{"camp-die-peopl", "camp-die-peopl-xinjiang"}) {
			t.Errorf("group: surfaces %v, keys %v", g.Surfaces, g.Keys)
		}
		if len(g.Nearest) == 0 || g.Nearest[0].ID != "un-xinjiang-2021/un-estimate-detained" || g.Nearest[0].Statement == "" {
			t.Errorf("group: nearest %+v, want the U.N. estimate of the detained first", g.Nearest)
		}
		if far := list.Groups[1]; far.Nearest == nil || len(far.Nearest) != 0 {
			t.Errorf("a question far from every fact: nearest %#v, want [] (not null, for JSON)", far.Nearest)
		}
		if len(g.Askers) != 0 {
			t.Errorf("askers %v, none given", g.Askers)
		}
	})
	t.Run("Since", func(t *testing.T) {
		list := mustGaps(t, kb, facts.GapFilter{Since: day0.Add(90 * time.Minute)})
		// Each asked once since: the latest asked first.
		if want := []string{"australia-capit", "camp-die-peopl"}; !slices.Equal(gapKeys(list), want) {
			t.Fatalf("groups since 10:30 %v, want %v", gapKeys(list), want)
		}
		if g := list.Groups[1]; g.Count != 1 || !slices.Equal(g.Surfaces, []string{"http"}) || g.Key != "camp-die-peopl" {
			t.Errorf("since 10:30: %+v; want the group keeping its key, counting 1, via http", g)
		}
		if list := mustGaps(t, kb, facts.GapFilter{Since: day0.Add(24 * time.Hour)}); len(list.Groups) != 0 {
			t.Errorf("since the next day: %v, want none", gapKeys(list))
		}
	})
	t.Run("Limit", func(t *testing.T) {
		list := mustGaps(t, kb, facts.GapFilter{Limit: 2})
		if want := []string{"camp-die-peopl", "australia-capit"}; !slices.Equal(gapKeys(list), want) || !list.More {
			t.Errorf("limit 2: %v, more %v; want %v and more", gapKeys(list), list.More, want)
		}
		if list := mustGaps(t, kb, facts.GapFilter{Limit: 3}); list.More {
			t.Errorf("limit 3 of 3: more")
		}
	})
}

// TestKB_Gaps_AnsweredNow: a group whose question answers now (a curator added
// the fact) leaves the list, and is shown, marked, with All.
func TestKB_Gaps_AnsweredNow(t *testing.T) {
	kb := sqlitetest.Open(t)
	recordGaps(t, kb, facts.Gap{Question: "Who signed the statement?", Surface: "slack"})
	if list := mustGaps(t, kb, facts.GapFilter{}); len(list.Groups) != 0 {
		t.Errorf("answered now, listed: %v", gapKeys(list))
	}
	list := mustGaps(t, kb, facts.GapFilter{All: true})
	if len(list.Groups) != 1 || !list.Groups[0].Answered {
		t.Errorf("with All: %+v, want the group marked answered", list.Groups)
	}
}

func TestKB_DismissGap(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t)
	kb.Now = func() time.Time { return day0.Add(5 * time.Hour) }
	recordGaps(t, kb,
		facts.Gap{Question: "How many people died in the camps?", Surface: "slack"},
		facts.Gap{Question: "How many people died in the camps?", Surface: "slack"},
		facts.Gap{Question: "How many people died in the Xinjiang camps?", Surface: "http"},
		facts.Gap{Question: "What is the capital of Australia?", Surface: "cli"},
	)
	ed := facts.Actor{Name: "ana", Surface: "http"}

	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := kb.DismissGap(ctx, ed, "no-such-key"); facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("unknown key: %v, want ENOTFOUND", err)
		}
		if _, err := kb.DismissGap(ctx, ed, " "); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("no key: %v, want EINVALID", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		// Named by a key inside the group: the whole group goes.
		g, err := kb.DismissGap(ctx, ed, "camp-die-peopl-xinjiang")
		if err != nil {
			t.Fatal(err)
		}
		if g.Key != "camp-die-peopl" || g.Count != 3 {
			t.Errorf("dismissed %+v, want the group of 3", g)
		}
		if got := gapKeys(mustGaps(t, kb, facts.GapFilter{})); !slices.Equal(got, []string{"australia-capit"}) {
			t.Errorf("after dismissal: %v", got)
		}
		all := mustGaps(t, kb, facts.GapFilter{All: true})
		if len(all.Groups) != 2 || all.Groups[0].DismissedAt != "2024-06-01T14:00:00.000Z" || all.Groups[1].DismissedAt != "" {
			t.Errorf("with All: %+v, want the dismissed group marked", all.Groups)
		}
	})
	t.Run("ErrAlreadyDismissed", func(t *testing.T) {
		if _, err := kb.DismissGap(ctx, ed, "camp-die-peopl"); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("dismissed again: %v, want EINVALID", err)
		}
	})
	t.Run("Reopen", func(t *testing.T) {
		// Asked again, in another wording of the group, after the dismissal.
		recordGaps(t, kb, facts.Gap{Question: "how many people died in the camps in Xinjiang", Surface: "discord", At: day0.Add(6 * time.Hour)})
		list := mustGaps(t, kb, facts.GapFilter{})
		if want := []string{"camp-die-peopl-xinjiang", "australia-capit"}; !slices.Equal(gapKeys(list), want) {
			t.Fatalf("after a new ask: %v, want %v", gapKeys(list), want)
		}
		if g := list.Groups[0]; g.Count != 1 || !slices.Equal(g.Surfaces, []string{"discord"}) || g.LastAsked != "2024-06-01T15:00:00.000Z" {
			t.Errorf("reopened: %+v; want counting from the dismissal: 1, via discord", g)
		}
		// Asked at the very time of the dismissal: still dismissed.
		recordGaps(t, kb, facts.Gap{Question: "How many people died in the camps?", Surface: "slack", At: day0.Add(5 * time.Hour)})
		if got := gapKeys(mustGaps(t, kb, facts.GapFilter{})); len(got) != 2 {
			t.Errorf("asked at the dismissal's time: %v", got)
		}
	})
}

// TestKB_RecordGaps_AskerAsGiven: the knowledge base keeps the asker it is
// given; bot.GapLog, through which every surface records, decides whether to
// give one (FACTDESK_LOG_ASKERS).
func TestKB_RecordGaps_AskerAsGiven(t *testing.T) {
	kb := sqlitetest.Open(t)
	recordGaps(t, kb,
		facts.Gap{Question: "What is the capital of Australia?", Surface: "slack", Asker: "slack:U1"},
		facts.Gap{Question: "What is the capital of Australia?", Surface: "slack"},
	)
	if g := mustGaps(t, kb, facts.GapFilter{}).Groups; len(g) != 1 || g[0].Count != 2 || !slices.Equal(g[0].Askers, []string{"slack:U1"}) {
		t.Errorf("groups %+v, want 2 questions, the one asker given", g)
	}
}
