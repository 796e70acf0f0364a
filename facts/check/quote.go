package check

import (
	"github.com/factdesk/factdesk/facts/claims"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Quote comparison thresholds. A quotation shorter than minQuoteWords is a scare
// quote or a phrase ("genocide"), too short to misquote or misattribute. Below
// minMisquoteSimilarity the draft is more likely quoting other words than
// garbling these.
const (
	minQuoteWords         = 4
	minMisquoteSimilarity = 0.6
	// With a named speaker who is not the recorded one, the draft is probably
	// quoting someone else unless the words are nearly the same.
	minOtherSpeakerSimilarity = 0.8
	// A short quotation of at least minWholeQuoteWords that is the whole of a
	// recorded one is held to its speaker (wholeQuote).
	minWholeQuoteWords = 3
)

// ellipsis splits a quotation into the stretches quoted word for word.
var ellipsis = regexp.MustCompile(`\.\s*\.\s*\.|\x{2026}|\[\s*\.\.\.\s*\]`)

// quoteMatch is how a draft's quotation lines up with a recorded one.
type quoteMatch struct {
	cf       *checkFact
	verbatim bool    // the draft's words are the recorded words (or a stretch of them)
	sim      float64 // share of words in common, in order
	common   int
}

// checkQuote compares a quotation with the recorded ones: the same words by
// another speaker is a misattribution; nearly the same words is a misquote.
func (ck *checker) checkQuote(c claims.Claim) {
	words := quoteWords(c.Quote)
	if len(words) == 0 {
		return
	}
	var best *quoteMatch
	var verbatim []quoteMatch
	// A recorded quotation sharing no word with the draft's can be neither
	// the same words nor nearly them.
	cands := ck.candidates(ck.quoting(words))
	ck.spend(len(cands))
	for _, cf := range cands {
		m := matchQuote(c.Quote, words, cf)
		if m.verbatim {
			verbatim = append(verbatim, m)
		}
		if best == nil || m.verbatim && !best.verbatim || m.verbatim == best.verbatim && m.sim > best.sim {
			mm := m
			best = &mm
		}
	}
	speakers, speaker := ck.speakersOf(c)
	if cf := ck.swappedQuote(c, words, speakers); cf != nil && (best == nil || !best.verbatim) {
		ck.checked++
		who := ck.ix.Names.Name(cf.Speaker)
		msg := fmt.Sprintf("The recorded words of %s are \u201c%s\u201d: %s", who, cf.Quote, cf.Statement)
		ck.add(cf.finding("quote", c.Span, cf.Quote, msg))
		return
	}
	if best == nil {
		ck.unrecordedOrRestated(c, speakers)
		return
	}
	if len(verbatim) > 0 {
		ck.checked++
		short := len(words) < minQuoteWords
		if short && len(speakers) > 0 {
			short = !ck.phraseOf(c, verbatim) && !wholeQuote(words, verbatim)
		}
		if !short && len(speakers) == 0 {
			if cf, name := ck.creditedToStranger(c, words, verbatim); cf != nil {
				ck.misattributed(c, cf, name)
				return
			}
		}
		if short || len(speakers) == 0 {
			ck.support("quote", c.Span, verbatim[0].cf)
			return
		}
		for _, m := range verbatim {
			if ck.speakerFits(speakers, m.cf) {
				ck.support("quote", c.Span, m.cf)
				return
			}
		}
		ck.misattributed(c, verbatim[0].cf, speaker)
		return
	}
	if cf, rec := ck.garbledPhrase(words, speakers); cf != nil {
		ck.checked++
		who := ck.ix.Names.Name(cf.Speaker)
		msg := fmt.Sprintf("The recorded words of %s are \u201c%s\u201d: %s", who, rec, cf.Quote)
		ck.add(cf.finding("quote", c.Span, rec, msg))
		return
	}
	short := ck.shortMisquote(c, words, best)
	if !short && (len(words) < minQuoteWords || best.common < minQuoteWords || best.sim < minMisquoteSimilarity) {
		ck.unrecordedOrRestated(c, speakers)
		return
	}
	ck.checked++
	if len(speakers) > 0 && !ck.speakerFits(speakers, best.cf) && best.sim < minOtherSpeakerSimilarity {
		ck.unrecorded(c, speakers)
		return
	}
	who := ck.ix.Names.Name(best.cf.Speaker)
	msg := fmt.Sprintf("The recorded words of %s differ: \u201c%s\u201d", who, best.cf.Quote)
	ck.add(best.cf.finding("quote", c.Span, best.cf.Quote, msg))
	if len(speakers) > 0 && !ck.speakerFits(speakers, best.cf) {
		ck.misattributed(c, best.cf, speaker)
	}
}

// phraseOf reports whether a short quotation is the recorded words of one
// fact alone, which the draft's sentence restates: a scare quote or a
// phrase in common use ("genocide") is recorded by many or said of other
// things, but "Oliver Letwin said ministers were interested in governing,
// not in a \"soap opera\" about Blair and Brown" restates the one fact that
// records the words, as Number 10's, and credits them to someone else.
func (ck *checker) phraseOf(c claims.Claim, verbatim []quoteMatch) bool {
	if len(verbatim) != 1 {
		return false
	}
	k := ck.sentenceAt(c.From)
	if k < 0 {
		return false
	}
	st := ck.sentences()[k]
	a := ck.align(st[0], st[1])
	cf := verbatim[0].cf
	return slices.Contains(a.facts, cf) || slices.Contains(a.actorless, cf) || slices.Contains(a.partyless, cf) || slices.Contains(a.within, cf)
}

// wholeQuote reports whether a short quotation of three words or more is the
// whole of the one recorded quotation holding it: a phrase a curator recorded
// as someone's words ("fair and responsible", the vice-president's), quoted
// entire, is theirs, where a stretch of longer words or a phrase recorded
// twice may be common speech.
func wholeQuote(words []string, verbatim []quoteMatch) bool {
	return len(words) >= minWholeQuoteWords && len(verbatim) == 1 && slices.Equal(words, verbatim[0].cf.quote)
}

// unrecorded notes a quotation credited to a known speaker that no recorded
// quotation backs: not a finding (the knowledge base may not hold every word
// they said), but an editor should know nothing vouches for it.
func (ck *checker) unrecorded(c claims.Claim, speakers []string) {
	if len(speakers) == 0 || len(quoteWords(c.Quote)) == 0 {
		return
	}
	ck.unsupported("quote", c.Span, fmt.Sprintf("No recorded quotation of %s says \u201c%s\u201d.", ck.ix.Names.Name(speakers[0]), c.Quote))
}

// unrecordedOrRestated holds a quotation none of its speaker's recorded
// words hold to the fact of theirs the clause restates (restatedQuote), or
// notes it unsupported.
func (ck *checker) unrecordedOrRestated(c claims.Claim, speakers []string) {
	cf := ck.restatedQuote(c, speakers)
	if cf == nil {
		ck.unrecorded(c, speakers)
		return
	}
	ck.checked++
	who := ck.ix.Names.Name(cf.Speaker)
	msg := fmt.Sprintf("The recorded words of %s are \u201c%s\u201d: %s", who, cf.Quote, cf.Statement)
	ck.add(cf.finding("quote", c.Span, cf.Quote, msg))
}

// restatedQuote finds, for a quotation credited to a named speaker, the one
// fact recording words of theirs whose statement the clause restates outside
// the quotation, in minRestated of its own words or more and two thirds of
// them: "The Law Commission's report described the current law on murder as
// \"a shambles\"" restates "...a Law Commission report that called the
// current murder law a mess", whose recorded words are "a mess". The same
// thing said of the same matter in other words is the words changed; a
// clause saying less of the fact may be quoting something else they said.
func (ck *checker) restatedQuote(c claims.Claim, speakers []string) *checkFact {
	if len(speakers) == 0 {
		return nil
	}
	ctx := ck.contextOf(c)
	if len(ctx.words) < minRestated {
		return nil
	}
	var found *checkFact
	for _, cf := range ck.factsSpokenBy(speakers) {
		if len(cf.quote) == 0 {
			continue
		}
		stems := setOf(cf.statementStems())
		held := 0
		for w := range ctx.words {
			if ck.hasConceptIn(stems, w) {
				held++
			}
		}
		if held < minRestated || 3*held < 2*len(ctx.words) {
			continue
		}
		if ck.statementSays(cf, stems, c.Quote) {
			return nil // "dedicated funding": said, if not recorded word for word
		}
		if found != nil && found != cf {
			return nil // two it could be: no telling which
		}
		found = cf
	}
	return found
}

// factsSpokenBy lists the facts that record words of any of speakers.
func (ck *checker) factsSpokenBy(speakers []string) []*checkFact {
	var theirs []int
	for _, s := range speakers {
		theirs = append(theirs, ck.index().bySpeaker[s]...)
	}
	slices.Sort(theirs)
	return ck.factsOf(slices.Compact(theirs))
}

// setOf is a set of the strings given.
func setOf(ss []string) map[string]bool {
	out := make(map[string]bool, len(ss))
	for _, s := range ss {
		out[s] = true
	}
	return out
}

// statementSays reports whether a fact's statement (its stems given) holds
// every word of a quotation that says something: the statement tells what
// the speaker said, and a draft quoting those words misquotes nothing.
func (ck *checker) statementSays(cf *checkFact, stems map[string]bool, quote string) bool {
	says := false
	for _, t := range text.Tokenize(quote) {
		if ck.ix.IsStop(t.Norm) || isFigure(t.Norm) {
			continue
		}
		says = true
		if !stems[t.Stem] {
			return false
		}
	}
	return says
}

// garbledPhrase finds, for a short quotation (two to four words) credited to
// a named speaker, a stretch of that speaker's recorded words of the same
// length with one word changed ("just distraction tactics" for "just
// diversionary tactics", "real pity" for "real shame"), when none of their
// recorded words has it word for word. It returns the fact and the recorded
// stretch.
func (ck *checker) garbledPhrase(words []string, speakers []string) (*checkFact, string) {
	n := len(words)
	if n < 2 || n >= minQuoteWords+1 || len(speakers) == 0 {
		return nil, ""
	}
	var found *checkFact
	var rec string
	for _, cf := range ck.factsSpokenBy(speakers) {
		if len(cf.quote) < n {
			continue
		}
		for i := 0; i+n <= len(cf.quote); i++ {
			diff, at, kept := 0, -1, false
			for k := range n {
				if cf.quote[i+k] != words[k] {
					diff, at = diff+1, k
				} else if !text.IsStopword(words[k]) {
					kept = true // a word that says something is the same ("real" of "real shame")
				}
			}
			switch {
			case diff == 0:
				return nil, "" // said word for word
			case diff == 1 && kept && found == nil && !text.IsStopword(words[at]) && !text.IsStopword(cf.quote[i+at]):
				found, rec = cf, strings.Join(cf.quote[i:i+n], " ")
			}
		}
		// A word put in or left out: "a world-class act" for "a class act".
		if found == nil {
			if at := oneWordApart(cf.quote, words); at != "" {
				found, rec = cf, at
			}
		}
	}
	return found, rec
}

// oneWordApart is the stretch of a recorded quotation that a short quoted
// phrase gives with one word put in or left out, a word that says something
// ("a world-class act" for "a class act"), the rest the same and holding a
// word that says something too; "" for none.
func oneWordApart(quote, words []string) string {
	says := func(ws []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return !text.IsStopword(w) })
	}
	without := func(ws []string, k int) []string { return slices.Concat(ws[:k], ws[k+1:]) }
	n := len(words)
	for i := 0; i+n-1 <= len(quote) && n > 2; i++ {
		stretch := quote[i : i+n-1]
		if !says(stretch) {
			continue
		}
		for k := range n {
			if !text.IsStopword(words[k]) && slices.Equal(without(words, k), stretch) {
				return strings.Join(stretch, " ")
			}
		}
	}
	if !says(words) {
		return ""
	}
	for i := 0; i+n+1 <= len(quote) && n >= 2; i++ {
		stretch := quote[i : i+n+1]
		for k := range n + 1 {
			if !text.IsStopword(stretch[k]) && slices.Equal(without(stretch, k), words) {
				return strings.Join(stretch, " ")
			}
		}
	}
	return ""
}

// swappedQuote finds, for a short quotation (three words at most) credited
// to a named speaker, the fact that records their words in its place: a
// short quotation of theirs the fact's statement quotes after the same two
// words as the draft does ("said the two-year penalty was \"derisory\"" for
// "...penalty was \"ridiculous\""), or before the same two ("\"tedious\"
// and unfulfilling" for "boring and unfulfilling"). One word changed is the
// quotation changed, where no other of their recorded words holds it.
func (ck *checker) swappedQuote(c claims.Claim, words []string, speakers []string) *checkFact {
	if len(words) > 3 || len(speakers) == 0 {
		return nil
	}
	frame := func(a, b string) bool { return a != "" && b != "" && !(text.IsStopword(a) && text.IsStopword(b)) }
	var before, after [2]string
	if c.From >= 2 {
		before = [2]string{ck.d.Toks[c.From-2].Norm, ck.d.Toks[c.From-1].Norm}
	}
	if c.To+1 < len(ck.d.Toks) && ck.d.SameSentence(c.From, c.To+1) {
		after = [2]string{ck.d.Toks[c.To].Norm, ck.d.Toks[c.To+1].Norm}
	}
	// "said it was": too common a frame to tell one quotation's place.
	byBefore, byAfter := frame(before[0], before[1]), frame(after[0], after[1])
	if !byBefore && !byAfter {
		return nil
	}
	var found *checkFact
	for _, cf := range ck.factsSpokenBy(speakers) {
		if len(cf.quote) == 0 || len(cf.quote) > 4 {
			continue
		}
		if slices.Equal(cf.quote, words) {
			return nil // said word for word
		}
		if ck.statementSays(cf, setOf(cf.statementStems()), c.Quote) {
			return nil // said, as the statement tells, if not recorded word for word
		}
		toks := cf.doc.Tokens()
		for i := 0; i+len(cf.quote) <= len(toks); i++ {
			if !slices.EqualFunc(toks[i:i+len(cf.quote)], cf.quote, func(t text.Token, w string) bool { return t.Norm == w }) {
				continue
			}
			end := i + len(cf.quote)
			sameBefore := byBefore && i >= 2 && toks[i-2].Norm == before[0] && toks[i-1].Norm == before[1]
			sameAfter := byAfter && end+1 < len(toks) && toks[end].Norm == after[0] && toks[end+1].Norm == after[1]
			if !sameBefore && !sameAfter {
				continue
			}
			if found != nil && found != cf {
				return nil // two in that place: no telling which
			}
			found = cf
		}
	}
	return found
}

// shortMisquote reports whether a quotation of three words is a recorded
// three-word phrase with one word changed ("vocational training centers"), in a
// sentence that names the phrase's speaker or subject. Short phrases are
// otherwise too common to call misquotes.
func (ck *checker) shortMisquote(c claims.Claim, words []string, m *quoteMatch) bool {
	r := m.cf.quote
	if len(words) != 3 || len(r) != 3 {
		return false
	}
	same := 0
	for i := range words {
		if words[i] == r[i] {
			same++
		}
	}
	if same != 2 {
		return false
	}
	for _, id := range ck.entitiesIn(c.Sentence) {
		if id == m.cf.Speaker || id == m.cf.Subject {
			return true
		}
	}
	return false
}

// misattributed records that the quotation's words are another speaker's. The
// span runs over the quotation and its attribution: the claim "X said these
// words" is what is wrong.
func (ck *checker) misattributed(c claims.Claim, cf *checkFact, speaker *claims.Span) {
	sp := c.Span
	if speaker != nil {
		sp = ck.d.Span(min(sp.Start, speaker.Start), max(sp.End, speaker.End))
	}
	who := ck.ix.Names.Name(cf.Speaker)
	if e, ok := ck.entity(cf.Speaker); ok && e.Title != "" {
		who += " (" + e.Title + ")"
	}
	said := "someone else"
	if speaker != nil {
		said = speaker.Text
	}
	msg := fmt.Sprintf("These words are recorded as said by %s, not %s.", who, said)
	ck.add(cf.finding("attribution", sp, ck.ix.Names.Name(cf.Speaker), msg))
}

// creditedToStranger is the fact recording a quotation the draft credits
// to a person the knowledge base does not know ("In his New Year message,
// Tony Blair said ..." for Charles Kennedy's words), when every fact that
// records most of the words gives one speaker, a person: words recorded as
// one person's are no stranger's. Nil when the draft names no speaker, names
// one the knowledge base knows, or calls them by no name ("a spokesman").
func (ck *checker) creditedToStranger(c claims.Claim, words []string, verbatim []quoteMatch) (*checkFact, *claims.Span) {
	if c.Speaker == nil || len(ck.speakerPeople(*c.Speaker)) > 0 {
		return nil, nil
	}
	name := ck.strangerNamed(c)
	if name == nil {
		return nil, nil
	}
	cf := verbatim[0].cf
	for _, m := range verbatim {
		// Most of the draft's words, not a stretch they share ("at the
		// same time"), which anyone may say.
		if m.cf.Speaker == "" || m.cf.Speaker != cf.Speaker || m.common < minQuoteWords || 2*m.common < len(words) {
			return nil, nil
		}
	}
	if e, ok := ck.entity(cf.Speaker); !ok || e.Kind != "person" {
		return nil, nil
	}
	return cf, name
}

// strangerNamed is the name of two words or more, each capitalised, that
// ends the words a quotation is credited to ("Tony Blair" of "In his New
// Year message, Tony Blair"), which the knowledge base does not know (the
// caller has found no entity there); nil for none.
func (ck *checker) strangerNamed(c claims.Claim) *claims.Span {
	for _, o := range ck.inSentenceOf(c) {
		if o.Kind != claims.ClaimName || o.End != c.Speaker.End {
			continue
		}
		words := strings.Fields(o.Text)
		if len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return !lettersOnly(text.Fold(w)) }) {
			return &o.Span
		}
	}
	return nil
}

// quoteWords normalises a quotation to its words.
func quoteWords(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		out = append(out, t.Norm)
	}
	return out
}

// matchQuote lines a draft's quotation up with a fact's recorded one. It is
// verbatim when every stretch between ellipses appears word for word, in order,
// or when the two overlap word for word and the draft's extra words lie beyond
// the recorded quotation's ends (the knowledge base holds only part of it).
func matchQuote(raw string, words []string, cf *checkFact) quoteMatch {
	m := quoteMatch{cf: cf}
	r := cf.quote
	if segs := ellipsis.Split(raw, -1); len(segs) > 1 {
		at, ok := 0, true
		for _, s := range segs {
			w := quoteWords(s)
			if len(w) == 0 {
				continue
			}
			i := indexWords(r[at:], w)
			if i < 0 {
				ok = false
				break
			}
			at += i + len(w)
		}
		m.verbatim = ok
	}
	pairs := lcsPairs(words, r)
	m.common = len(pairs)
	if len(pairs) == 0 {
		return m
	}
	qa, qb := pairs[0][0], pairs[len(pairs)-1][0]
	ra, rb := pairs[0][1], pairs[len(pairs)-1][1]
	contiguous := qb-qa == len(pairs)-1 && rb-ra == len(pairs)-1
	if contiguous && (qa == 0 || ra == 0) && (qb == len(words)-1 || rb == len(r)-1) &&
		(len(pairs) >= 3 || len(pairs) == len(words) || len(pairs) == len(r)) {
		m.verbatim = true
	}
	m.sim = float64(len(pairs)) / float64(max(len(words), rb-ra+1))
	if indexWords(r, words) >= 0 {
		m.verbatim = true // a stretch of the recorded words, word for word
	}
	if len(r) > len(words) {
		// The draft may quote a stretch of a long recorded quotation: weigh
		// it against the stretch it lines up with best, word for word in
		// order, not against the words the whole alignment spans ("clearly
		// the hardest hit area in the Indian Ocean" of "... Aceh which is
		// undoubtedly the hardest hit area in the Indian Ocean ...").
		for at := 0; at+len(words) <= len(r); at++ {
			if n := lcsTable(words, r[at:at+len(words)])[0][0]; float64(n)/float64(len(words)) > m.sim {
				m.sim = float64(n) / float64(len(words))
			}
		}
	}
	if len(words) > len(r) && 4*len(pairs) >= 3*len(r) {
		// The draft quotes more than the knowledge base records, around the
		// recorded words: compare over the stretch both cover.
		m.sim = max(m.sim, float64(len(pairs))/float64(max(qb-qa+1, rb-ra+1)))
	}
	return m
}

// indexWords finds the word sequence w in s.
func indexWords(s, w []string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		ok := true
		for k := range w {
			if s[i+k] != w[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// lcsTable is the length of a longest common subsequence of a[i:] and b[j:],
// for every i and j: dp[0][0] is the whole one's.
func lcsTable(a, b []string) [][]int {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp
}

// lcsPairs returns the index pairs of a longest common subsequence of a and b.
func lcsPairs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	dp := lcsTable(a, b)
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// speakersOf returns the entities the draft names as a quotation's speaker,
// and where it names them. A speaker the claim reads beside a reporting verb
// is taken when it names someone known. Else the sentence before the
// quotation tells ("Pearson called the closure a 'real pity'"): the one
// person it names, or the person it names just before a reporting verb ("Mr
// Blair said Mr Bush's re-election came at a time that was 'fractured'"), or,
// naming no person, the one organisation ("The Audit Commission concluded
// the system was 'fundamentally broken'").
func (ck *checker) speakersOf(c claims.Claim) ([]string, *claims.Span) {
	if c.Speaker != nil {
		if ids := ck.speakerPeople(*c.Speaker); len(ids) > 0 {
			return ids, c.Speaker
		}
	}
	type named struct {
		id string
		at claims.Span
	}
	var people, bodies []named
	// sayer and bodySayer are the first person and the first body a verb of
	// saying follows, with every entity their name may be ("Gordon Brown"
	// of two stories).
	var sayer, bodySayer *saying
	for _, m := range ck.mentions {
		sp := ck.d.TokSpan(m.From, m.To)
		if sp.Start < c.Sentence.Start || sp.End > c.Start {
			continue
		}
		// A reporting verb, or a verb of telling in WordNet ("Euronext
		// described its meeting as"), after the name says who spoke.
		said := m.To < len(ck.d.Toks) && (text.IsReportingVerb(ck.d.Toks[m.To].Norm) || wordnet.IsSpeechVerb(ck.d.Toks[m.To].Stem))
		for _, id := range m.IDs {
			e, ok := ck.entity(id)
			switch {
			case !ok:
			case e.Kind == "person":
				if !slices.ContainsFunc(people, func(n named) bool { return n.id == id }) {
					people = append(people, named{id, sp})
				}
				if said {
					sayer = sayer.with(id, sp)
				}
			case e.Kind == "organization" || e.Kind == "group":
				if !slices.ContainsFunc(bodies, func(n named) bool { return n.id == id }) {
					bodies = append(bodies, named{id, sp})
				}
				if said {
					bodySayer = bodySayer.with(id, sp)
				}
			}
		}
	}
	switch {
	case len(people) == 1:
		return []string{people[0].id}, &people[0].at
	case sayer != nil:
		return sayer.ids, &sayer.at
	case len(people) == 0 && len(bodies) == 1:
		return []string{bodies[0].id}, &bodies[0].at
	case len(people) == 0 && bodySayer != nil:
		// "The Liberal Democrats said the Tories' plans were ...": the body
		// the reporting verb follows, not the one it reports on.
		return bodySayer.ids, &bodySayer.at
	}
	return nil, nil
}

// saying is a name a verb of saying follows: the entities it may be.
type saying struct {
	ids []string
	at  claims.Span
}

// with adds an entity named at sp to the first name a verb of saying
// follows: another entity of the same name joins it, a later name does not.
func (s *saying) with(id string, sp claims.Span) *saying {
	if s == nil {
		return &saying{ids: []string{id}, at: sp}
	}
	if s.at == sp && !slices.Contains(s.ids, id) {
		s.ids = append(s.ids, id)
	}
	return s
}

// speakerPeople returns the people a speaker's words name where they speak:
// "said Spain coach Luis Aragones" credits Aragones, not Spain, whose own
// officials' words would otherwise fit the country his title names. A person
// a comma parts from the end of the words is not the speaker unless the words
// begin with them ("After a meeting with John Prescott, a Unison spokesman";
// "Dai Young, Yapp's coach"), nor is one named in the possessive; with no one
// left, every entity named stands.
func (ck *checker) speakerPeople(sp claims.Span) []string {
	var people, all []string
	for _, m := range ck.mentions {
		at := ck.d.TokSpan(m.From, m.To)
		if at.Start >= sp.End || at.End <= sp.Start {
			continue
		}
		all = append(all, m.IDs...)
		if ck.d.Toks[m.To-1].Possessive {
			continue // "Yapp's coach" is not Yapp
		}
		after := ck.d.Span(at.End, sp.End).Text
		if at.Start > sp.Start && strings.ContainsAny(after, ",;:") {
			continue
		}
		for _, id := range m.IDs {
			if e, ok := ck.entity(id); ok && e.Kind == "person" {
				people = append(people, id)
			}
		}
	}
	if len(people) == 0 {
		return all
	}
	return people
}

// speakerFits reports whether any named speaker may have said the fact's words:
// the recorded speaker, a member or group of it, someone whose title ties them to
// it ("China's ambassador" for China), or what the fact is about (a statement
// that "said" the words its reader read out).
func (ck *checker) speakerFits(speakers []string, cf *checkFact) bool {
	rec := ck.sayer(cf)
	if rec == "" {
		return true
	}
	for _, s := range speakers {
		if s == rec || s == cf.Subject || ck.memberLinked(s, rec) {
			return true
		}
		if e, ok := ck.entity(s); ok && e.Kind == "document" && (s == cf.Object || s == cf.Subject) {
			return true
		}
		if ck.authored(s, cf.Subject) {
			return true
		}
		as, ar := ck.heldAffiliations(s), ck.heldAffiliations(rec)
		if as[rec] || ar[s] {
			return true
		}
		if g, ok := ck.entity(rec); ok {
			for _, mem := range g.Members {
				if as[mem] {
					return true
				}
			}
		}
	}
	return false
}

// authorVerbs make someone the author of a document's words: who signed, read
// out or issued a statement may be said to have said what it says.
var authorVerbs = stemSet(`sign read deliver present issue author write wrote draft publish release back endorse join adopt`)

// stemSet is setOf over the words' stems.
func stemSet(words string) map[string]bool {
	out := map[string]bool{}
	for w := range text.Set(words) {
		out[text.Stem(w)] = true
	}
	return out
}

// authored reports whether a fact makes who the signer, reader or issuer of doc,
// a document.
func (ck *checker) authored(who, doc string) bool {
	if e, ok := ck.entity(doc); !ok || e.Kind != "document" {
		return false
	}
	for _, f := range ck.factsOf(ck.index().bySubject[who]) {
		if f.Object != doc {
			continue
		}
		for _, p := range f.pred {
			if authorVerbs[p] {
				return true
			}
		}
	}
	return false
}

// affiliations are the countries, organisations and groups named in an entity's
// title and aliases: "China's ambassador to the United Nations" ties Zhang Jun
// to China and the U.N. People are left out: a lawyer's title names her client,
// who does not speak for her. The title check reads them all, past roles too
// ("former Liverpool manager"); see heldAffiliations.
func (ck *checker) affiliations(id string) map[string]bool {
	return ck.bodiesOf(id, false)
}

// heldAffiliations are the affiliations of the roles an entity still holds:
// a body of a role held no more ("former Chelsea chairman") ties no one to
// it, for what it says or does now.
func (ck *checker) heldAffiliations(id string) map[string]bool {
	return ck.bodiesOf(id, true)
}

// bodiesOf reads an entity's affiliations, once each way (see affiliations).
func (ck *checker) bodiesOf(id string, held bool) map[string]bool {
	key := id
	if held {
		key = "held:" + id
	}
	if out, ok := ck.affs[key]; ok {
		return out
	}
	out := map[string]bool{}
	if ck.affs == nil {
		ck.affs = map[string]map[string]bool{}
	}
	ck.affs[key] = out
	e, ok := ck.entity(id)
	if !ok {
		return out
	}
	var parts []string
	for _, s := range append([]string{e.Title}, e.Aliases...) {
		for _, part := range strings.Split(s, ",") {
			if !held || !slices.ContainsFunc(text.Tokenize(part), func(t text.Token) bool { return pastRoles[t.Norm] }) {
				parts = append(parts, part)
			}
		}
	}
	toks := text.Tokenize(strings.Join(parts, " . "))
	add := func(ids []string) {
		for _, x := range ids {
			if e, ok := ck.entity(x); x != id && ok && e.Kind != "person" {
				out[x] = true
			}
		}
	}
	for _, m := range ck.ix.Names.Find(toks) {
		add(m.IDs)
	}
	// Single capitalised words too: in "French ambassador" the whole alias names
	// the person, but "French" names the country.
	for _, t := range toks {
		if t.Upper && !text.IsStopword(t.Norm) {
			add(ck.ix.Names.Named(t.Norm))
		}
	}
	return out
}
