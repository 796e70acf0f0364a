package claims

import (
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"

	"strings"
)

// copulas tie a relative clause to the role it gives: "who is", "who will
// become", "who has served as".
var copulas = text.Set(`is was are were be been becomes became become will would has have had remains remained serves served as`)

// relativeWords open a clause, not a title: "Zhang, who is ...".
var relativeWords = text.Set(`who whom whose which that where when and or but while although as`)

// capRun returns the end of the run of capitalised words starting at i (i when
// there is none). Particles count inside a run; capitalised function words do not
// start one. With stopAtRole, a role noun ends the run.
func (d *Draft) capRun(i int, stopAtRole bool) int {
	end := i
	for k := i; k < len(d.Toks); k++ {
		t := d.Toks[k]
		if k > i && !d.spaced(k) && d.gap(k) != "-" {
			break
		}
		if stopAtRole && text.IsRoleNoun(t.Norm) {
			break
		}
		switch {
		case (t.Upper || t.Caps) && !text.IsStopword(t.Norm) && !text.IsNameParticle(t.Norm):
			end = k + 1
			if d.Toks[k].Possessive {
				return end // "Human Rights Watch's Louis Charbonneau": two names
			}
		case text.IsNameParticle(t.Norm) && k > i && k+1 < len(d.Toks) && d.Toks[k+1].Upper && d.spaced(k+1):
			continue
		default:
			return end
		}
	}
	return end
}

// nameClaims returns runs of capitalised words: the names a draft uses, for the
// comparison to look up (and to catch misspellings of).
func (d *Draft) nameClaims() []Claim {
	var out []Claim
	for i := 0; i < len(d.Toks); i++ {
		if d.InQuote(d.Toks[i].Start) {
			continue
		}
		end := d.capRun(i, false)
		if end == i {
			continue
		}
		skip := end-i == 1 && (months[d.Toks[i].Norm] > 0 || isWeekday(d.Toks[i].Norm))
		if !skip {
			c := d.claim(ClaimName, i, end)
			c.Name = &Span{Text: c.Text, Start: c.Start, End: c.End}
			out = append(out, c)
		}
		i = end - 1
	}
	return out
}

func isWeekday(n string) bool { _, ok := weekdays[n]; return ok }

// personClaims finds people named with a title or role, in the three shapes news
// prose uses: "Zhang Jun, China's U.N. ambassador, said"; "China's U.N.
// ambassador, Zhang Jun, said"; "French Ambassador Nicolas de Riviere".
func (d *Draft) personClaims() []Claim {
	var out []Claim
	seen := map[[2]int]bool{}
	add := func(nameFrom, nameTo, titleFrom, titleTo int) {
		if nameFrom >= nameTo || titleFrom >= titleTo || seen[[2]int{titleFrom, titleTo}] {
			return
		}
		if d.InQuote(d.Toks[nameFrom].Start) || d.InQuote(d.Toks[titleFrom].Start) {
			return
		}
		seen[[2]int{titleFrom, titleTo}] = true
		from, to := min(nameFrom, titleFrom), max(nameTo, titleTo)
		c := d.claim(ClaimPerson, from, to)
		n, t := d.TokSpan(nameFrom, nameTo), d.TokSpan(titleFrom, titleTo)
		c.Name, c.Title = &n, &t
		out = append(out, c)
	}
	for i := 0; i < len(d.Toks); i++ {
		t := d.Toks[i]
		// Title before the name: "French Ambassador Nicolas de Riviere".
		// The name first: most words have none after them, and reading a
		// word's kinds in WordNet costs more.
		if i+1 < len(d.Toks) && d.spaced(i+1) && d.Toks[i+1].Upper && !text.IsStopword(d.Toks[i+1].Norm) && (text.IsRoleNoun(t.Norm) || IsRoleWord(t) && (i == 0 || d.gap(i) != "-")) {
			if end := d.capRun(i+1, true); end > i+1 {
				add(i+1, end, d.titleStart(i), i+1)
			}
		}
		if !(t.Upper || t.Caps) || text.IsStopword(t.Norm) || (i > 0 && d.spaced(i) && (d.Toks[i-1].Upper || text.IsNameParticle(d.Toks[i-1].Norm))) {
			continue
		}
		end := d.capRun(i, true)
		if end == i {
			continue
		}
		// Name, then title: "Zhang Jun, China's foreign minister, said".
		if end < len(d.Toks) && strings.TrimSpace(d.gap(end)) == "," {
			if tf, tt, ok := d.appositive(end); ok {
				add(i, end, tf, tt)
			}
		}
		// Title, then name: "China's U.N. ambassador, Zhang Jun, said".
		if i > 1 && strings.TrimSpace(d.gap(i)) == "," && text.IsRoleNoun(d.Toks[i-1].Norm) && (end-i >= 2 || !d.Toks[i].First) {
			// The name closes the apposition with a comma or the sentence,
			// or the title opens it: in "did not trust the prime minister, Mr
			// Brown replied" the name begins a new clause.
			if ts := d.titleStart(i - 1); d.closesApposition(end) || d.opensSentence(ts) {
				add(i, end, ts, i)
			}
		}
		i = end - 1
	}
	return out
}

// closesApposition reports whether what follows token end-1 closes an
// apposition: a comma, the sentence's end or the text's.
func (d *Draft) closesApposition(end int) bool {
	if end >= len(d.Toks) {
		return true
	}
	g := strings.TrimSpace(d.gap(end))
	return g != "" && strings.ContainsAny(g[:1], ",.;:!?)")
}

// opensSentence reports whether a token begins its sentence, after any
// opening words of the same title ("The", "Human Rights Watch's").
func (d *Draft) opensSentence(i int) bool {
	for k := i; k >= 0; k-- {
		if d.Toks[k].First {
			return true
		}
		if k < i && !text.IsStopword(d.Toks[k].Norm) {
			return false
		}
	}
	return true
}

// titleStart walks back from a role noun over its modifiers: "China's U.N.",
// "Human Rights Watch", "French", "deputy foreign".
func (d *Draft) titleStart(role int) int {
	from := role
	for k := role - 1; k >= 0 && role-k <= 4; k-- {
		g := d.gap(k + 1)
		if !d.spaced(k+1) && g != "'s " && g != "\u2019s " && g != "' " {
			break
		}
		t := d.Toks[k]
		if text.IsStopword(t.Norm) || (!t.Upper && !t.Caps && !text.IsRoleModifier(t.Norm) && !text.IsRoleNoun(t.Norm) && !portfolioNoun(t)) {
			break
		}
		from = k
	}
	return from
}

// portfolioNoun reports whether a lower-case word may name what an office is
// over, before its role noun: a noun or an adjective WordNet gives, and no
// verb ("foreign affairs spokesman", "constitutional affairs committee
// chairman"; not "newly appointed", whose stems are no such word or a verb).
func portfolioNoun(t text.Token) bool {
	pos := wordnet.PartsOfSpeech(t.Stem)
	return pos&(wordnet.Noun|wordnet.Adjective) != 0 && pos&wordnet.Verb == 0
}

// appositive reads the title after "Name," up to the next comma or the end of
// the sentence, if it is one: it holds a role noun, and after the role noun only
// a prepositional tail ("ambassador to the United Nations").
func (d *Draft) appositive(comma int) (int, int, bool) {
	from := comma
	if from < len(d.Toks) && d.Toks[from].Norm == "who" {
		// "Burgmans, who becomes Unilever's chief executive, said": a relative
		// clause that only gives the role is a title too.
		k := from + 1
		for k < len(d.Toks) && copulas[d.Toks[k].Norm] {
			k++
		}
		if k == from+1 {
			return 0, 0, false
		}
		from = k
	}
	if from >= len(d.Toks) || relativeWords[d.Toks[from].Norm] || text.IsReportingVerb(d.Toks[from].Norm) {
		return 0, 0, false
	}
	if !d.SameSentence(from-1, from) {
		return 0, 0, false
	}
	to := from
	for to < len(d.Toks) && to-from < 10 && (to == from || !breaksClause(d.gap(to)) && !strings.Contains(d.gap(to), ",")) {
		to++
	}
	// The title's last role noun may be followed only by a tail naming whom the
	// role is held for: "chief financial officer", "ambassador to the U.N.".
	role := -1
	for k := from; k < to; k++ {
		if text.IsRoleNoun(d.Toks[k].Norm) {
			role = k
			continue
		}
		if role >= 0 && text.IsTitlePreposition(d.Toks[k].Norm) {
			break
		}
	}
	if role >= 0 {
		for k := role + 1; k < to; k++ {
			if text.IsTitlePreposition(d.Toks[k].Norm) {
				break
			}
			// Any other preposition ends the title: "chief executive under
			// the new set-up", "ambassador since 2019".
			if text.IsPreposition(d.Toks[k].Norm) {
				to = k
				break
			}
			// "chief conductor": a noun for a person may close the role.
			if !text.IsRoleNoun(d.Toks[k].Norm) && !(k == to-1 && wordnet.Marked(d.Toks[k].Norm, d.Toks[k].Stem, wordnet.People)) {
				return 0, 0, false
			}
		}
	}
	if role < 0 {
		return 0, 0, false
	}
	for k := from; k < role; k++ {
		if text.IsReportingVerb(d.Toks[k].Norm) || relativeWords[d.Toks[k].Norm] {
			return 0, 0, false
		}
	}
	for from < role && text.IsArticle(d.Toks[from].Norm) {
		from++
	}
	return from, to, true
}

// IsRoleWord reports whether a word says what a person is, as a title
// before their name does: an office ("ambassador"), or a word that is only a
// noun and whose main sense WordNet gives as a kind of person ("Villa
// goalkeeper Olof Mellberg", "novelist Hugh Grant"). A word that may be a
// verb ("star", "beat") says what someone does as often; a capitalised word
// inside a sentence is a name's, and so is one WordNet knows as a name
// ("Nielsen"); a possessive ("a user's PC") owns what follows. Before a
// name, such a word joined to the word before it is part of another
// ("back-rower").
func IsRoleWord(t text.Token) bool {
	return text.IsRoleNoun(t.Norm) || isPersonNoun(t, wordnet.PartsOfSpeech(t.Stem) == wordnet.Noun)
}

// IsRoleHead reports whether a word of a title already read as one may be
// its head, what the person is: a role word, or a word WordNet gives as a
// kind of person that is no verb, though its stem is an adjective's too
// ("evangelist", stemmed as "evangelistic" is: "chief mobile technology
// evangelist"). Before a name such a word is too often no title ("her
// opponent Marion Bartoli").
func IsRoleHead(t text.Token) bool {
	return text.IsRoleNoun(t.Norm) || isPersonNoun(t, wordnet.PartsOfSpeech(t.Stem)&^wordnet.Adjective == wordnet.Noun || agentNoun(t))
}

// agentNoun reports whether a word is a noun for the one who does what a
// verb of its stem says, by its ending ("coordinator", "presenter",
// "negotiator", stemmed as "coordinate", "present" and "negotiate" are):
// the stem's verb does not make the word one.
func agentNoun(t text.Token) bool {
	return (strings.HasSuffix(t.Norm, "or") || strings.HasSuffix(t.Norm, "er")) && t.Norm != t.Stem && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0
}

// isPersonNoun reports whether a word that is a noun (noun, as the caller
// reads it) names a kind of person, and no name nor possessive.
func isPersonNoun(t text.Token, noun bool) bool {
	return noun && (!t.Upper || t.First) && !t.Possessive && !(t.Upper && wordnet.IsName(t.Norm)) && wordnet.Marked(t.Norm, t.Stem, wordnet.People)
}
