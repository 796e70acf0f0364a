package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/answer"
	"github.com/factdesk/factdesk/facts/gap"
)

// gapTime is how the gaps tables write times: UTC, milliseconds, fixed width,
// so that they compare as text and a question asked just after a dismissal
// opens its group again.
const gapTime = "2006-01-02T15:04:05.000Z"

func gapStamp(t time.Time) string { return t.UTC().Format(gapTime) }

// nearestGapFacts is how many facts each group of unanswered questions shows.
const nearestGapFacts = 3

// RecordGaps records questions nobody could answer, in one transaction (the
// background writer of bot.GapLog sends what has queued up together, so it
// takes a connection once for many). It changes nothing answers are made of:
// the generation stays, and no cache is dropped. It stores each Asker as given:
// bot.GapLog, through which every surface records, blanks it unless
// FACTDESK_LOG_ASKERS=1. A question without words (punctuation alone) is not
// recorded: there is nothing to curate.
func (kb *KB) RecordGaps(ctx context.Context, gaps ...facts.Gap) error {
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record unanswered questions: %w", err)
	}
	defer tx.Rollback()
	if err := insertGaps(ctx, tx, gaps, kb.Now()); err != nil {
		return fmt.Errorf("record unanswered questions: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record unanswered questions: %w", err)
	}
	return nil
}

func insertGaps(ctx context.Context, tx *sql.Tx, gaps []facts.Gap, now time.Time) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO gaps (key, question, surface, asker, asked_at) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, g := range gaps {
		key := gap.Key(g.Question)
		if key == "" {
			continue
		}
		if g.At.IsZero() {
			g.At = now
		}
		// group_concat lists askers with commas (gapWordings): an asker holds none.
		asker := strings.ReplaceAll(g.Asker, ",", " ")
		if _, err := stmt.ExecContext(ctx, key, strings.TrimSpace(g.Question), g.Surface, asker, gapStamp(g.At)); err != nil {
			return err
		}
	}
	return nil
}

// Gaps lists the questions nobody could answer, grouped by similar wording
// (facts/gap), most asked first, each with the facts nearest its question.
//
// Dismissed questions are left out (a question asked after its wording was
// dismissed is not, and opens the group again), and so are groups whose
// question the knowledge base answers now; f.All keeps both, marked. Groups
// are formed from every question not dismissed, whatever f.Since, so a group
// keeps its key in every period listed; f.Since only narrows what is counted.
func (kb *KB) Gaps(ctx context.Context, f facts.GapFilter) (facts.GapList, error) {
	ws, err := kb.gapWordings(ctx, f)
	if err != nil {
		return facts.GapList{}, err
	}
	list := facts.GapList{Groups: []facts.GapGroup{}}
	for _, g := range gap.Group(ws) {
		if f.Limit > 0 && len(list.Groups) == f.Limit {
			// One more to show would mean more: groups answered now do not count.
			if ok, err := kb.fillGap(ctx, &g, f.All); err != nil {
				return facts.GapList{}, err
			} else if ok {
				list.More = true
				break
			}
			continue
		}
		ok, err := kb.fillGap(ctx, &g, f.All)
		if err != nil {
			return facts.GapList{}, err
		}
		if ok {
			list.Groups = append(list.Groups, g)
		}
	}
	return list, nil
}

// fillGap adds a group's nearest facts and whether its question answers now,
// and reports whether the group is listed: not when it answers, unless all.
func (kb *KB) fillGap(ctx context.Context, g *facts.GapGroup, all bool) (bool, error) {
	ans, err := kb.Ask(ctx, g.Question, facts.AskOptions{})
	switch {
	case facts.ErrorCode(err) == facts.EINTERNAL:
		return false, fmt.Errorf("gaps: ask %q: %w", g.Question, err)
	case err == nil && ans.Found:
		g.Answered = true
		if !all {
			return false, nil
		}
	}
	ix, err := kb.index(ctx)
	if err != nil {
		return false, fmt.Errorf("gaps: %w", err)
	}
	near, err := answer.Nearest(ctx, ix, snapshot{kb, ix}, g.Question, nearestGapFacts)
	if facts.ErrorCode(err) == facts.EINTERNAL {
		return false, fmt.Errorf("gaps: nearest facts to %q: %w", g.Question, err)
	}
	if near != nil {
		g.Nearest = near
	}
	return true, nil
}

// gapWordings counts the recorded questions by key: in all, and since f.Since,
// with the surfaces and askers of those since. Without f.All, questions asked
// up to their key's dismissal are left out.
func (kb *KB) gapWordings(ctx context.Context, f facts.GapFilter) ([]gap.Wording, error) {
	since := ""
	if !f.Since.IsZero() {
		since = gapStamp(f.Since)
	}
	// One max() in the query: SQLite takes g.question from the row holding it,
	// the latest wording.
	rows, err := kb.db.QueryContext(ctx, `SELECT g.key, g.question, count(*), sum(g.asked_at >= ?1), max(g.asked_at),
			coalesce(group_concat(DISTINCT CASE WHEN g.asked_at >= ?1 THEN g.surface END), ''),
			coalesce(group_concat(DISTINCT CASE WHEN g.asked_at >= ?1 AND g.asker != '' THEN g.asker END), ''),
			coalesce(d.dismissed_at, '')
		FROM gaps g LEFT JOIN gap_dismissals d ON d.key = g.key
		WHERE ?2 OR d.dismissed_at IS NULL OR g.asked_at > d.dismissed_at
		GROUP BY g.key`, since, f.All)
	if err != nil {
		return nil, fmt.Errorf("gaps: %w", err)
	}
	defer rows.Close()
	var out []gap.Wording
	for rows.Next() {
		var w gap.Wording
		var surfaces, askers string
		if err := rows.Scan(&w.Key, &w.Question, &w.Total, &w.Count, &w.LastAsked, &surfaces, &askers, &w.DismissedAt); err != nil {
			return nil, fmt.Errorf("gaps: %w", err)
		}
		w.Surfaces, w.Askers = splitList(surfaces), splitList(askers)
		out = append(out, w)
	}
	return out, rows.Err()
}

// splitList splits group_concat's commas.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// DismissGap hides a group of unanswered questions, named by its key or any
// key in it (GapGroup.Keys), until one of its wordings is asked again: every
// key of the group is dismissed as of now. Groups are formed as Gaps forms
// them, from every question not dismissed. It returns the group as it was;
// ENOTFOUND for a key no open group holds, EINVALID for one already dismissed
// and not asked since.
func (kb *KB) DismissGap(ctx context.Context, actor facts.Actor, key string) (facts.GapGroup, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return facts.GapGroup{}, facts.Errorf(facts.EINVALID, "Name the group to dismiss by its key, as kb gaps lists it.")
	}
	open, err := kb.gapWordings(ctx, facts.GapFilter{})
	if err != nil {
		return facts.GapGroup{}, err
	}
	g, ok := groupOf(gap.Group(open), key)
	if !ok {
		all, err := kb.gapWordings(ctx, facts.GapFilter{All: true})
		if err != nil {
			return facts.GapGroup{}, err
		}
		if d, ok := groupOf(gap.Group(all), key); ok && d.DismissedAt != "" {
			return facts.GapGroup{}, facts.Errorf(facts.EINVALID, "The questions %q were dismissed at %s and not asked since.", key, d.DismissedAt)
		}
		return facts.GapGroup{}, facts.Errorf(facts.ENOTFOUND, "No unanswered questions with the key %q; kb gaps lists the keys.", key)
	}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return facts.GapGroup{}, fmt.Errorf("dismiss: %w", err)
	}
	defer tx.Rollback()
	if err := dismissKeys(ctx, tx, g.Keys, gapStamp(kb.Now()), actor); err != nil {
		return facts.GapGroup{}, fmt.Errorf("dismiss: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return facts.GapGroup{}, fmt.Errorf("dismiss: %w", err)
	}
	return g, nil
}

// groupOf finds the group with key, as its own key first, then among its keys.
func groupOf(groups []facts.GapGroup, key string) (facts.GapGroup, bool) {
	for _, g := range groups {
		if g.Key == key {
			return g, true
		}
	}
	for _, g := range groups {
		for _, k := range g.Keys {
			if k == key {
				return g, true
			}
		}
	}
	return facts.GapGroup{}, false
}

func dismissKeys(ctx context.Context, tx *sql.Tx, keys []string, at string, actor facts.Actor) error {
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT INTO gap_dismissals (key, dismissed_at, actor, surface) VALUES (?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET dismissed_at = excluded.dismissed_at, actor = excluded.actor, surface = excluded.surface`,
			k, at, actorName(actor), actor.Surface); err != nil {
			return err
		}
	}
	return nil
}
