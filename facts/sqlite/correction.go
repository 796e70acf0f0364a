package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Corrections: when a fact stops standing (retracted, or superseded by an
// approved fact) the change's own transaction records a notice of it, who and
// why, and queues one correction in the outbox for each conversation where
// factdesk cited it within KeepDeliveries. The server's sender claims due
// corrections, posts them, and records the outcome here, so the outbox survives
// restarts and each conversation hears of each fact once.

// noticeCorrection records that old no longer stands — retracted, or superseded
// by corr — and, unless the editor chose to tell no one (w.noNotice), queues a
// correction for every conversation that was told it, adding their number to
// w.told. reason says why; "" leaves the reason the change was made with.
func (w *writer) noticeCorrection(ctx context.Context, old facts.Fact, corr *facts.Fact, reason string) error {
	if reason == "" {
		reason = w.reason
	}
	src, err := citedSource(ctx, w.tx, old.Story, old.Source)
	if err != nil {
		return err
	}
	kind, newID, newStatement, newSource := facts.CorrectionRetracted, "", "", ""
	if corr != nil {
		kind, newID, newStatement = facts.CorrectionSuperseded, corr.FullID(), corr.Statement
		if newSource, err = citedSource(ctx, w.tx, corr.Story, corr.Source); err != nil {
			return err
		}
	}
	actor := actorName(w.actor)
	res, err := w.tx.ExecContext(ctx, `INSERT INTO notices (story_id, fact_id, kind, statement, source, new_fact, new_statement, new_source, actor, surface, reason, no_notice, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		old.Story, old.ID, kind, old.Statement, src, newID, newStatement, newSource, actor, w.actor.Surface, reason, w.noNotice, w.kb.stamp())
	if err != nil {
		return fmt.Errorf("notice of %s: %w", old.FullID(), err)
	}
	if w.noNotice {
		return nil
	}
	notice, err := res.LastInsertId()
	if err != nil {
		return err
	}
	n, err := w.kb.queueCorrections(ctx, w.tx, notice, old.Story, old.ID, 0)
	if err != nil {
		return fmt.Errorf("queue corrections of %s: %w", old.FullID(), err)
	}
	w.told += n
	return nil
}

// noticeImported queues the corrections an imported fact calls for: the file
// retracts a fact that was approved, or its approved fact newly corrects another.
func (w *writer) noticeImported(ctx context.Context, prev facts.Fact, had bool, fa facts.Fact) error {
	if had && prev.Status == facts.StatusApproved && fa.Status == facts.StatusRetracted {
		if err := w.noticeCorrection(ctx, prev, nil, "retracted in its story file"); err != nil {
			return err
		}
	}
	old := facts.SupersededID(fa)
	if fa.Status != facts.StatusApproved || old == "" || (had && prev.Status == facts.StatusApproved && facts.SupersededID(prev) == old) {
		return nil
	}
	return w.noticeSuperseded(ctx, old, &fa)
}

// noticeSuperseded queues the correction of the fact old (a full id) by fa,
// for every conversation that was told old; nothing when old is not a fact.
func (w *writer) noticeSuperseded(ctx context.Context, old string, fa *facts.Fact) error {
	of, err := factForUpdate(ctx, w.tx, old)
	if facts.ErrorCode(err) == facts.ENOTFOUND {
		return nil
	}
	if err != nil {
		return err
	}
	return w.noticeCorrection(ctx, of.Fact, fa, "")
}

// citedSource is a story's source as JSON, as it is cited now.
func citedSource(ctx context.Context, q queryer, story, id string) (string, error) {
	s := facts.Source{ID: id}
	err := q.QueryRowContext(ctx, `SELECT title, publisher, url, published FROM sources WHERE story_id = ? AND id = ?`, story, id).
		Scan(&s.Title, &s.Publisher, &s.URL, &s.Published)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("source %s of %s: %w", id, story, err)
	}
	js, err := json.Marshal(s)
	return string(js), err
}

// queueCorrections queues the notice's correction for each conversation where
// factdesk cited the fact within KeepDeliveries (only delivery's, when not 0),
// replying to the latest answer there that the platform identified. A
// conversation that already has a correction of this fact keeps it: each hears
// of each fact once. It returns how many it queued.
func (kb *KB) queueCorrections(ctx context.Context, tx *sql.Tx, notice int64, story, local string, delivery int64) (int, error) {
	now, since := kb.stamp(), kb.deliveriesSince()
	only := ``
	args := []any{notice, story, local, story, local, since, now, now, story, local, since}
	if delivery != 0 {
		only = ` AND d.id = ?`
		args = append(args, delivery)
	}
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO corrections
		(notice_id, story_id, fact_id, platform, workspace, channel, thread, reply_to, answered_at, next_at, queued_at)
		SELECT ?, ?, ?, d.platform, d.workspace, d.channel, d.thread,
			coalesce((SELECT l.message FROM delivery_facts lf JOIN deliveries l ON l.id = lf.delivery_id
				WHERE lf.story_id = ? AND lf.fact_id = ? AND l.platform = d.platform AND l.workspace = d.workspace
				AND l.channel = d.channel AND l.thread = d.thread AND l.message != '' AND l.at >= ?
				ORDER BY l.id DESC LIMIT 1), ''),
			max(d.at), ?, ?
		FROM delivery_facts df JOIN deliveries d ON d.id = df.delivery_id
		WHERE df.story_id = ? AND df.fact_id = ? AND d.at >= ?`+only+`
		GROUP BY d.platform, d.workspace, d.channel, d.thread`, args...)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// correctionColumns are what Corrections and ClaimCorrections read, in scanCorrection's order.
const correctionColumns = `c.id, c.story_id || '/' || c.fact_id, n.kind, n.statement, n.source, n.new_fact, n.new_statement, n.new_source,
	n.actor, n.surface, n.reason, n.at, c.platform, c.workspace, c.channel, c.thread, c.reply_to, c.answered_at,
	c.status, c.attempts, c.next_at, c.last_error, c.queued_at, c.sent_at, c.sent_as`

func scanCorrection(row interface{ Scan(...any) error }) (facts.Correction, error) {
	var c facts.Correction
	var src, newSrc string
	err := row.Scan(&c.ID, &c.Fact, &c.Kind, &c.Statement, &src, &c.NewFact, &c.NewStatement, &newSrc,
		&c.By, &c.Surface, &c.Reason, &c.CorrectedAt, &c.Conversation.Platform, &c.Conversation.Workspace,
		&c.Conversation.Channel, &c.Conversation.Thread, &c.ReplyTo, &c.AnsweredAt,
		&c.Status, &c.Attempts, &c.NextAttempt, &c.LastError, &c.QueuedAt, &c.SentAt, &c.SentAs)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal([]byte(src), &c.Source); err != nil {
		return c, fmt.Errorf("correction %d: source: %w", c.ID, err)
	}
	if newSrc != "" {
		c.NewSource = &facts.Source{}
		if err := json.Unmarshal([]byte(newSrc), c.NewSource); err != nil {
			return c, fmt.Errorf("correction %d: new source: %w", c.ID, err)
		}
	}
	if c.Status != facts.CorrectionPending {
		c.NextAttempt = ""
	}
	return c, nil
}

// Corrections lists the corrections the filter selects: pending first (the
// next due first), then failed and sent, the latest first. It returns EINVALID
// for an unknown status.
func (kb *KB) Corrections(ctx context.Context, f facts.CorrectionFilter) ([]facts.Correction, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	var where []string
	var args []any
	if f.Status != "" {
		where, args = append(where, `c.status = ?`), append(args, f.Status)
	}
	if id := strings.TrimSpace(f.Fact); id != "" {
		story, local, _ := strings.Cut(id, "/")
		where, args = append(where, `c.story_id = ? AND c.fact_id = ?`), append(args, story, local)
	}
	cond := ``
	if len(where) > 0 {
		cond = ` WHERE ` + strings.Join(where, ` AND `)
	}
	limit := -1
	if f.Limit > 0 {
		limit = f.Limit
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT `+correctionColumns+` FROM corrections c JOIN notices n ON n.id = c.notice_id`+cond+`
		ORDER BY CASE c.status WHEN 'pending' THEN 0 WHEN 'failed' THEN 1 ELSE 2 END,
			CASE c.status WHEN 'pending' THEN c.next_at END, c.id DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer rows.Close()
	out := []facts.Correction{}
	for rows.Next() {
		c, err := scanCorrection(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ClaimCorrections takes up to limit corrections due on platform for posting,
// counting an attempt for each and holding it for lease, so that another sender
// (or this one, after a crash) takes it again only when the lease is over.
func (kb *KB) ClaimCorrections(ctx context.Context, platform string, limit int, lease time.Duration) ([]facts.Correction, error) {
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim corrections: begin: %w", err)
	}
	defer tx.Rollback()
	now := kb.Now()
	ids, err := queryStrings(ctx, tx, `UPDATE corrections SET attempts = attempts + 1, next_at = ?
		WHERE id IN (SELECT id FROM corrections WHERE status = 'pending' AND platform = ? AND next_at <= ? ORDER BY next_at, id LIMIT ?)
		RETURNING id`, stampAt(now.Add(lease)), platform, stampAt(now), limit)
	if err != nil {
		return nil, fmt.Errorf("claim corrections: %w", err)
	}
	out := []facts.Correction{}
	for _, id := range ids {
		c, err := scanCorrection(tx.QueryRowContext(ctx, `SELECT `+correctionColumns+` FROM corrections c JOIN notices n ON n.id = c.notice_id WHERE c.id = ?`, id))
		if err != nil {
			return nil, fmt.Errorf("claim correction %s: %w", id, err)
		}
		out = append(out, c)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim corrections: commit: %w", err)
	}
	return out, nil
}

// CorrectionSent records that a correction was posted, as the message ref.
func (kb *KB) CorrectionSent(ctx context.Context, id int64, ref string) error {
	_, err := kb.db.ExecContext(ctx, `UPDATE corrections SET status = 'sent', sent_at = ?, sent_as = ?, last_error = '' WHERE id = ?`, kb.stamp(), ref, id)
	if err != nil {
		return fmt.Errorf("correction %d sent: %w", id, err)
	}
	return nil
}

// CorrectionFailed records a failed attempt and why: the correction is due
// again after wait or, when giveUp, never (failed; RetryCorrections queues it again).
func (kb *KB) CorrectionFailed(ctx context.Context, id int64, problem string, wait time.Duration, giveUp bool) error {
	status := facts.CorrectionPending
	if giveUp {
		status = facts.CorrectionFailed
	}
	// Whole seconds, rounded up: "retry after 1.5s" must not be tried after 1.
	next := kb.Now().Add(wait).Add(time.Second - 1).Truncate(time.Second)
	_, err := kb.db.ExecContext(ctx, `UPDATE corrections SET status = ?, next_at = ?, last_error = ? WHERE id = ?`,
		status, stampAt(next), cutProblem(problem, 500), id)
	if err != nil {
		return fmt.Errorf("correction %d failed: %w", id, err)
	}
	return nil
}

// RetryCorrections queues failed corrections again, due now: after the bot was
// invited back to a channel, say. With no ids it retries every failed one. It
// returns how many.
func (kb *KB) RetryCorrections(ctx context.Context, ids ...int64) (int, error) {
	query, args := `UPDATE corrections SET status = 'pending', next_at = ? WHERE status = 'failed'`, []any{kb.stamp()}
	if len(ids) > 0 {
		query += ` AND id IN (` + placeholders(len(ids)) + `)`
		for _, id := range ids {
			args = append(args, id)
		}
	}
	res, err := kb.db.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("retry corrections: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

func stampAt(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// cutProblem keeps an error's text to at most n bytes, cut on a character boundary.
func cutProblem(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
