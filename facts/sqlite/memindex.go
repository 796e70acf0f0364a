package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/text"

	"context"
	"fmt"
	"math"
	"strings"
)

// memIndex holds what every question needs and is cheap to keep in memory: entity
// names, the lexicon, term frequencies and the set of superseded facts. It is
// rebuilt whenever the knowledge base's generation changes, by any process.
type memIndex struct {
	gen         int64
	aliases     *aliasIndex
	synonyms    map[string][]int // stem phrase -> synonym groups it belongs to
	groups      [][]string       // group -> stem phrases
	maxPhrase   int              // longest synonym phrase, in words
	stop        map[string]bool  // stopwords added by lexicons
	df          map[string]int   // index term -> number of facts holding it
	byLen       map[int][]string // index terms by length, for typo correction
	aliasWords  map[string]bool  // every word of every entity name
	entityDF    map[string]int   // entity -> number of facts about it
	superseded  map[string]string
	sources     map[string]facts.Source // "story/source" -> source, for citations
	correctedAt map[string]string       // correcting fact -> day it was recorded or approved
	facts       int
}

// index returns the current memIndex, rebuilding it when the knowledge base changed.
func (kb *KB) index(ctx context.Context) (*memIndex, error) {
	gen, err := kb.generation(ctx)
	if err != nil {
		return nil, fmt.Errorf("read generation: %w", err)
	}
	kb.mu.Lock()
	defer kb.mu.Unlock()
	if kb.cache != nil && kb.cache.gen == gen {
		return kb.cache, nil
	}
	ix, err := buildIndex(ctx, kb.db, gen)
	if err != nil {
		return nil, err
	}
	kb.cache = ix
	return ix, nil
}

func buildIndex(ctx context.Context, q queryer, gen int64) (*memIndex, error) {
	ix := &memIndex{gen: gen, synonyms: map[string][]int{}, stop: map[string]bool{}, df: map[string]int{},
		byLen: map[int][]string{}, aliasWords: map[string]bool{}, entityDF: map[string]int{}, superseded: map[string]string{}, sources: map[string]facts.Source{}, correctedAt: map[string]string{}}
	var err error
	if ix.aliases, err = loadAliasIndex(ctx, q); err != nil {
		return nil, err
	}
	for n := range ix.aliases.byNorm {
		for _, w := range strings.Fields(n) {
			ix.aliasWords[w] = true
		}
	}
	if err := ix.loadLexicon(ctx, q); err != nil {
		return nil, err
	}
	if err := ix.loadFrequencies(ctx, q); err != nil {
		return nil, err
	}
	return ix, nil
}

func (ix *memIndex) loadLexicon(ctx context.Context, q queryer) error {
	rows, err := q.QueryContext(ctx, `SELECT words FROM lexicon_groups ORDER BY id`)
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var words string
		if err := rows.Scan(&words); err != nil {
			return err
		}
		var g []string
		decodeList(words, &g)
		id := len(ix.groups)
		var stems []string
		for _, w := range g {
			s := text.StemPhrase(w)
			if s == "" {
				continue
			}
			stems = append(stems, s)
			ix.synonyms[s] = append(ix.synonyms[s], id)
			ix.maxPhrase = max(ix.maxPhrase, strings.Count(s, " ")+1)
		}
		ix.groups = append(ix.groups, stems)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	srows, err := q.QueryContext(ctx, `SELECT word FROM lexicon_stopwords`)
	if err != nil {
		return fmt.Errorf("load stopwords: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var w string
		if err := srows.Scan(&w); err != nil {
			return err
		}
		ix.stop[text.NormPhrase(w)] = true
	}
	return srows.Err()
}

func (ix *memIndex) loadFrequencies(ctx context.Context, q queryer) error {
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE status = 'approved'`).Scan(&ix.facts); err != nil {
		return fmt.Errorf("count facts: %w", err)
	}
	rows, err := q.QueryContext(ctx, `SELECT term, doc FROM facts_vocab`)
	if err != nil {
		return fmt.Errorf("load vocabulary: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var term string
		var n int
		if err := rows.Scan(&term, &n); err != nil {
			return err
		}
		ix.df[term] = n
		l := len([]rune(term))
		ix.byLen[l] = append(ix.byLen[l], term)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	erows, err := q.QueryContext(ctx, `SELECT entity_id, count(*) FROM fact_entities GROUP BY entity_id`)
	if err != nil {
		return fmt.Errorf("count entity facts: %w", err)
	}
	defer erows.Close()
	for erows.Next() {
		var id string
		var n int
		if err := erows.Scan(&id, &n); err != nil {
			return err
		}
		ix.entityDF[id] = n
	}
	if err := erows.Err(); err != nil {
		return err
	}
	crows, err := q.QueryContext(ctx, `SELECT story_id, id, title, publisher, url, published FROM sources`)
	if err != nil {
		return fmt.Errorf("load sources: %w", err)
	}
	defer crows.Close()
	for crows.Next() {
		var story string
		var s facts.Source
		if err := crows.Scan(&story, &s.ID, &s.Title, &s.Publisher, &s.URL, &s.Published); err != nil {
			return err
		}
		ix.sources[story+"/"+s.ID] = s
	}
	if err := crows.Err(); err != nil {
		return err
	}
	srows, err := q.QueryContext(ctx, `SELECT f.story_id, f.id, f.supersedes,
		coalesce((SELECT max(h.at) FROM history h WHERE h.target = f.story_id || '/' || f.id AND h.action IN ('create', 'update', 'approve')), '')
		FROM facts f WHERE f.supersedes != '' AND f.status = 'approved'`)
	if err != nil {
		return fmt.Errorf("load corrections: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var story, id, sup, at string
		if err := srows.Scan(&story, &id, &sup, &at); err != nil {
			return err
		}
		if len(at) >= len("2006-01-02") {
			ix.correctedAt[story+"/"+id] = at[:len("2006-01-02")]
		}
		if !strings.Contains(sup, "/") {
			sup = story + "/" + sup
		}
		ix.superseded[sup] = story + "/" + id
	}
	return srows.Err()
}

// idf weighs a term by rarity: rare words say more about what is asked.
func (ix *memIndex) idf(df int) float64 {
	n := float64(max(ix.facts, 1))
	return math.Log(1 + n/(float64(df)+0.5))
}

func (ix *memIndex) isStop(norm string) bool { return text.IsStopword(norm) || ix.stop[norm] }

// correct returns the known word closest to an unknown one (a typo), or "".
func (ix *memIndex) correct(stem string) string {
	l := len([]rune(stem))
	if l < 4 {
		return ""
	}
	maxDist := 1
	if l >= 8 {
		maxDist = 2
	}
	best, bestDF := "", 0
	for d := -maxDist; d <= maxDist; d++ {
		for _, cand := range ix.byLen[l+d] {
			if cand[0] != stem[0] && maxDist == 1 {
				continue
			}
			if text.EditDistance(stem, cand, maxDist) <= maxDist && ix.df[cand] > bestDF {
				best, bestDF = cand, ix.df[cand]
			}
		}
	}
	return best
}

// correctName returns the entity-name word closest to an unknown word, or "".
func (ix *memIndex) correctName(norm string) string {
	l := len([]rune(norm))
	if l < 4 {
		return ""
	}
	maxDist := 1
	if l >= 8 {
		maxDist = 2
	}
	best := ""
	bestD := maxDist + 1
	for w := range ix.aliasWords {
		if d := text.EditDistance(norm, w, maxDist); d < bestD || (d == bestD && w < best) {
			best, bestD = w, d
		}
	}
	if bestD > maxDist {
		return ""
	}
	return best
}
