package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Deliveries are the answers factdesk posted in chat, each with the facts it
// cited and where it went, so that a correction can follow a fact to every
// conversation that was told it. They are kept for KeepDeliveries, then pruned.

// RecordDelivery records an answer posted in a conversation. It does not move
// the generation: what chat was told changes no answer. If a fact it cites was
// retracted or superseded while the answer was on its way, the correction is
// queued for this conversation at once, so no conversation is missed. It
// returns EINVALID for a delivery without platform or channel or with a
// malformed fact id; a delivery that cites no fact records nothing.
func (kb *KB) RecordDelivery(ctx context.Context, d facts.Delivery) error {
	if err := d.Validate(); err != nil {
		return err
	}
	ids := slices.Compact(slices.Sorted(slices.Values(d.Facts)))
	if len(ids) == 0 {
		return nil
	}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record delivery: begin: %w", err)
	}
	defer tx.Rollback()
	now := kb.stamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO deliveries (platform, workspace, channel, thread, message, at) VALUES (?, ?, ?, ?, ?, ?)`,
		d.Platform, d.Workspace, d.Channel, d.Thread, d.Message, now)
	if err != nil {
		return fmt.Errorf("record delivery: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("record delivery: %w", err)
	}
	for _, full := range ids {
		story, local, _ := strings.Cut(full, "/")
		if _, err := tx.ExecContext(ctx, `INSERT INTO delivery_facts (story_id, fact_id, delivery_id) VALUES (?, ?, ?)`, story, local, id); err != nil {
			return fmt.Errorf("record delivery of %s: %w", full, err)
		}
		notice, err := standingNotice(ctx, tx, story, local)
		if err != nil {
			return fmt.Errorf("record delivery of %s: %w", full, err)
		}
		if notice != 0 {
			if _, err := kb.queueCorrections(ctx, tx, notice, story, local, id); err != nil {
				return fmt.Errorf("record delivery of %s: %w", full, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record delivery: commit: %w", err)
	}
	return nil
}

// standingNotice returns the notice to send about a fact that no longer stands
// (retracted, or superseded by an approved fact): its latest, unless the editor
// chose to tell no one. It returns 0 for a fact that stands, or has no notice.
func standingNotice(ctx context.Context, q queryer, story, local string) (int64, error) {
	var id int64
	var quiet bool
	err := q.QueryRowContext(ctx, `SELECT id, no_notice FROM notices WHERE story_id = ? AND fact_id = ? ORDER BY id DESC LIMIT 1`, story, local).Scan(&id, &quiet)
	if errors.Is(err, sql.ErrNoRows) || quiet {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var stands bool
	err = q.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM facts f WHERE f.story_id = ? AND f.id = ? AND f.status = 'approved'
		AND NOT EXISTS (SELECT 1 FROM facts c WHERE c.status = 'approved' AND (c.supersedes = f.story_id || '/' || f.id OR (c.story_id = f.story_id AND c.supersedes = f.id))))`,
		story, local).Scan(&stands)
	if err != nil || stands {
		return 0, err
	}
	return id, nil
}

// keepDeliveries is how long deliveries count.
func (kb *KB) keepDeliveries() time.Duration {
	if kb.KeepDeliveries > 0 {
		return kb.KeepDeliveries
	}
	return facts.DefaultKeepDeliveries
}

// deliveriesSince is the oldest delivery time that still counts.
func (kb *KB) deliveriesSince() string {
	return kb.Now().Add(-kb.keepDeliveries()).UTC().Format(time.RFC3339)
}

// PruneDeliveries removes the deliveries older than KeepDeliveries and returns
// how many. Corrections already queued stay, with where they go.
func (kb *KB) PruneDeliveries(ctx context.Context) (int64, error) {
	res, err := kb.db.ExecContext(ctx, `DELETE FROM deliveries WHERE at < ?`, kb.deliveriesSince())
	if err != nil {
		return 0, fmt.Errorf("prune deliveries: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("prune deliveries: %w", err)
	}
	return n, nil
}

// Conversations lists the conversations in chat where factdesk cited a fact
// within KeepDeliveries, the most recently told first: those a correction of
// it would reach. It returns EINVALID for a malformed fact id.
func (kb *KB) Conversations(ctx context.Context, fullID string) ([]facts.Conversation, error) {
	story, local, ok := strings.Cut(strings.TrimSpace(fullID), "/")
	if !ok || story == "" || local == "" {
		return nil, facts.Errorf(facts.EINVALID, "%q is not a fact id; fact ids look like story-id/fact-id.", fullID)
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT d.platform, d.workspace, d.channel, d.thread
		FROM delivery_facts df JOIN deliveries d ON d.id = df.delivery_id
		WHERE df.story_id = ? AND df.fact_id = ? AND d.at >= ?
		GROUP BY d.platform, d.workspace, d.channel, d.thread ORDER BY max(d.id) DESC`, story, local, kb.deliveriesSince())
	if err != nil {
		return nil, fmt.Errorf("conversations citing %s: %w", fullID, err)
	}
	defer rows.Close()
	var out []facts.Conversation
	for rows.Next() {
		var c facts.Conversation
		if err := rows.Scan(&c.Platform, &c.Workspace, &c.Channel, &c.Thread); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
