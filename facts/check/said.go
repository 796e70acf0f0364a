package check

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// Reported speech is compared with what the knowledge base records someone as
// saying only when the draft's words are mostly the fact's: people say alike
// things, and a misattribution is a grave charge.
const (
	minSaidShare  = 0.6 // of the draft's content words the fact holds
	minSaidCommon = 3   // content words in common, at least
)

// checkSaid compares reported speech ("Kenneth Roth said the statement was
// significant") with the facts recording what someone said: the same words
// credited to someone else is a misattribution, naming who said them.
func (ck *checker) checkSaid(c claims.Claim) {
	words := ck.saidStems(*c.Content)
	if len(words) < minSaidCommon {
		return
	}
	// What was said may run on into what the writer adds ("tax revenues
	// rose 25.7%, helped by a clampdown on evasion"): its first clause is
	// weighed too, when it says enough.
	first := words
	if sp, ok := ck.firstClause(*c.Content); ok {
		if w := ck.saidStems(sp); len(w) >= minSaidCommon {
			first = w
		}
	}
	var best *checkFact
	bestShare, bestCommon := 0.0, 0
	cands := ck.alignable(words)
	ck.spend(len(cands))
	readings := [][]string{slices.Collect(maps.Keys(words)), slices.Collect(maps.Keys(first))}
	for _, cf := range cands {
		if ck.sayer(cf) == "" {
			continue
		}
		for _, ws := range readings {
			common := 0
			for _, w := range ws {
				if ck.hasConceptIn(cf.described().stems, w) {
					common++
				}
			}
			share := float64(common) / float64(len(ws))
			// On a tie, a curated speaker before one read from the statement.
			if share > bestShare || share == bestShare && (common > bestCommon || common == bestCommon && cf.Speaker != "" && best.Speaker == "") {
				best, bestShare, bestCommon = cf, share, common
			}
		}
	}
	if best == nil || bestShare < minSaidShare || bestCommon < minSaidCommon {
		return
	}
	if ck.figuresDisagree(c, best) && !ck.sharesFigure(c, best) {
		return // "Boeing said it will cut 1,500 jobs" is not Acme's 1,200 said again
	}
	speakers := ck.entitiesIn(*c.Speaker)
	if len(speakers) == 0 && !ck.looksLikeName(*c.Speaker) {
		return // "Officials said": nobody the draft names
	}
	ck.checked++
	sayer := ck.sayer(best)
	if len(speakers) > 0 && ck.speakerFits(speakers, best) || len(speakers) == 0 && ck.describedSpeaker(c, sayer) {
		ck.support("attribution", *c.Speaker, best)
		return
	}
	who := ck.ix.Names.Name(sayer)
	if e, ok := ck.entity(sayer); ok && e.Title != "" {
		who += " (" + e.Title + ")"
	}
	msg := fmt.Sprintf("The knowledge base records this as said by %s, not %s: %s", who, c.Speaker.Text, best.Statement)
	ck.add(best.finding("attribution", *c.Speaker, ck.ix.Names.Name(sayer), msg))
}

// sayer is who a fact records saying its words: its speaker, or, with none
// curated, its subject when its statement opens with them saying it: the
// subject is named in its first words ("UEI chief Paul Arling"), before any
// comma or reporting verb, and a reporting verb follows at once or after an
// apposition ("Xie Xuren, head of the State Administration
// of Taxation, said tax revenues rose 25.7%"). "Kite said Jackson associate
// Marc Schaffel rang her" is Kite's saying, whatever its subject.
func (ck *checker) sayer(cf *checkFact) string {
	if cf.sayer == nil {
		id := ck.readSayer(cf)
		cf.sayer = &id
	}
	return *cf.sayer
}

// readSayer reads a fact's sayer (see sayer).
func (ck *checker) readSayer(cf *checkFact) string {
	if cf.Speaker != "" || cf.Subject == "" {
		return cf.Speaker
	}
	if e, ok := ck.entity(cf.Subject); !ok || !agentKinds[e.Kind] {
		return ""
	}
	toks := cf.doc.Tokens()
	at := ck.opensWith(cf, cf.Subject)
	if at < 0 {
		return ""
	}
	if at < len(toks) && strings.Contains(statementGap(cf, at), ",") {
		for at < len(toks) && !strings.Contains(statementGap(cf, at+1), ",") {
			at++ // through the apposition to its closing comma
		}
		at++
	}
	if at < len(toks) && text.IsReportingVerb(toks[at].Norm) {
		return cf.Subject
	}
	return ""
}

// agentKinds are the kinds of entity that can say something.
var agentKinds = text.Set(`person organization group country`)

// describedSpeaker reports whether a speaker the knowledge base does not know
// by that name may be the recorded one: the sentence names them before the
// verb ("The Bishop of Durham, Tom Wright, said"), or every word of the
// speaker is in their recorded name, title or aliases ("the State
// Administration of Taxation said", of its head).
func (ck *checker) describedSpeaker(c claims.Claim, recorded string) bool {
	for _, m := range ck.mentions {
		if sp := ck.d.TokSpan(m.From, m.To); sp.Start >= c.Sentence.Start && sp.End <= c.Content.Start && slices.Contains(m.IDs, recorded) && properMention(ck.ix.Names, ck.d.Toks, m) {
			return true
		}
	}
	e, ok := ck.entity(recorded)
	if !ok {
		return false
	}
	known := ck.contentStems(strings.Join(append([]string{e.Name, e.Title}, e.Aliases...), " . "))
	for w := range ck.contentStems(c.Speaker.Text) {
		if !known[w] {
			return false
		}
	}
	return true
}

// saidStems are the content words of what a sentence reports said, names
// aside: they are who it is about, not what was said.
func (ck *checker) saidStems(content claims.Span) map[string]bool {
	words := ck.contentStems(content.Text)
	for _, m := range ck.mentions {
		if sp := ck.d.TokSpan(m.From, m.To); sp.Start >= content.Start && sp.End <= content.End {
			for _, t := range text.Tokenize(sp.Text) {
				delete(words, t.Stem)
			}
		}
	}
	return words
}

// firstClause is a span cut at its first comma, if it has one.
func (ck *checker) firstClause(sp claims.Span) (claims.Span, bool) {
	head, _, ok := strings.Cut(sp.Text, ",")
	if !ok {
		return sp, false
	}
	return ck.d.Span(sp.Start, sp.Start+utf8.RuneCountInString(head)), true
}

// contentStems are the content words of a text, stemmed.
func (ck *checker) contentStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(s) {
		if !ck.ix.IsStop(t.Norm) && !isFigure(t.Norm) && len(t.Norm) > 2 {
			out[t.Stem] = true
		}
	}
	return out
}

// looksLikeName reports whether an unknown speaker is a name rather than a
// capitalised common word opening a sentence ("Officials said"): two words or
// more, or a word English does not know, or one it only knows as a name.
func (ck *checker) looksLikeName(sp claims.Span) bool {
	toks := text.Tokenize(sp.Text)
	if len(toks) >= 2 {
		return true
	}
	return len(toks) == 1 && (!wordnet.Known(toks[0].Stem) || wordnet.IsName(toks[0].Norm))
}

// opensWith returns the token after the mention of id that a fact's statement
// opens with: named in its first words, before any comma, reporting verb or
// preposition ("UEI chief Paul Arling"; not "A book by Philippe Sands
// says"). -1 when the statement does not open with it.
func (ck *checker) opensWith(cf *checkFact, id string) int {
	toks := cf.doc.Tokens()
	ms := cf.doc.Mentions(ck.ix.Names)
	k := slices.IndexFunc(ms, func(m index.Mention) bool { return slices.Contains(m.IDs, id) })
	if k < 0 {
		return -1
	}
	for i := 1; i <= ms[k].From; i++ {
		if strings.Contains(statementGap(cf, i), ",") || text.IsReportingVerb(toks[i-1].Norm) || text.IsPreposition(toks[i-1].Norm) {
			return -1
		}
	}
	return ms[k].To
}

// speakerOpens reports, once per fact, whether a fact with no subject
// curated opens its statement with its speaker (see opensWith): it is then
// about them (relevance).
func (ck *checker) speakerOpens(cf *checkFact) bool {
	if cf.speakerFirst == nil {
		opens := cf.Subject == "" && cf.Speaker != "" && ck.opensWith(cf, cf.Speaker) >= 0
		cf.speakerFirst = &opens
	}
	return *cf.speakerFirst
}

// statementGap is the text of a fact's statement before its token i.
func statementGap(cf *checkFact, i int) string {
	toks := cf.doc.Tokens()
	if cf.runes == nil {
		cf.runes = []rune(cf.Statement)
	}
	if i <= 0 || i >= len(toks) || toks[i].Start > len(cf.runes) {
		return ""
	}
	return string(cf.runes[toks[i-1].End:toks[i].Start])
}
