package check

import (
	"github.com/factdesk/factdesk/facts/claims"
	"slices"

	"fmt"
	"strconv"
	"strings"
	"time"
)

// minDateRelevance is how surely a clause must be about a fact before its date is
// held against the fact's. Dates need the event itself named: "In May, Europe
// suspended ..." is about the suspension; "In May, Europe imposed sanctions" is not.
const minDateRelevance = 3.0

// factDate is a fact's date split into the parts it gives.
type factDate struct {
	year, month, day int
	dayName          string // a day of the week given without a full date ("on Wednesday")
}

func parseFactDate(s string) (factDate, bool) {
	var fd factDate
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || s == "" {
		return fd, false
	}
	vals := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return fd, false
		}
		vals[i] = v
	}
	fd.year = vals[0]
	if len(vals) > 1 {
		fd.month = vals[1]
	}
	if len(vals) > 2 {
		fd.day = vals[2]
	}
	return fd, true
}

// weekday is the day of the week of a full date, or the one given alone.
func (fd factDate) weekday() (string, bool) {
	if fd.day == 0 || fd.year == 0 || fd.month == 0 {
		return fd.dayName, fd.dayName != ""
	}
	return time.Date(fd.year, time.Month(fd.month), fd.day, 12, 0, 0, 0, time.UTC).Weekday().String(), true
}

// writtenDate is the date a fact's statement gives when it gives exactly one
// ("Counting its Wednesday opening", "In October 2004 Spitzer sued"): a
// curator who left the date field empty often wrote the date into the
// statement, and a draft that changes it is as wrong.
func writtenDate(ds []claims.Claim) (factDate, bool) {
	if len(ds) != 1 {
		return factDate{}, false
	}
	d := ds[0]
	fd := factDate{year: d.Year, month: d.Month, day: d.Day, dayName: d.Weekday}
	return fd, fd != factDate{}
}

// String writes the date as a reader would: "Thursday, October 21, 2021", "May 2021".
func (fd factDate) String() string {
	switch {
	case fd.day > 0 && fd.month > 0 && fd.year > 0:
		wd, _ := fd.weekday()
		return fmt.Sprintf("%s, %s %d, %d", wd, time.Month(fd.month), fd.day, fd.year)
	case fd.day > 0 && fd.month > 0:
		return fmt.Sprintf("%s %d", time.Month(fd.month), fd.day)
	case fd.month > 0 && fd.year > 0:
		return fmt.Sprintf("%s %d", time.Month(fd.month), fd.year)
	case fd.month > 0:
		return time.Month(fd.month).String()
	case fd.year > 0:
		return strconv.Itoa(fd.year)
	}
	return fd.dayName
}

// writes reports whether a statement's dates (ds) give the claim's date
// itself, every part the claim gives: "the region's best showing since 1980"
// says what the fact of 2004's growth says ("the best since 1980"), not when
// it grew.
func writes(ds []claims.Claim, c claims.Claim) bool {
	for _, d := range ds {
		if (c.Year == 0 || d.Year == c.Year) && (c.Month == 0 || d.Month == c.Month) && (c.Day == 0 || d.Day == c.Day) && (c.Weekday == "" || d.Weekday == c.Weekday) {
			return true
		}
	}
	return false
}

// conflicts reports whether a draft's date disagrees with the fact's in any part
// both give.
func (fd factDate) conflicts(c claims.Claim) bool {
	if c.Year > 0 && fd.year > 0 && c.Year != fd.year {
		return true
	}
	if c.Month > 0 && fd.month > 0 && c.Month != fd.month {
		return true
	}
	if c.Day > 0 && fd.day > 0 && c.Day != fd.day && (c.Month == 0 || c.Month == fd.month) {
		return true
	}
	if c.Weekday != "" {
		if wd, ok := fd.weekday(); ok && wd != c.Weekday {
			return true
		}
	}
	return false
}

// nearMiss reports whether a date differs from the fact's in just one of
// two or more parts both give: "24 May" for 24 March, "December 2002" for
// December 2003.
func (fd factDate) nearMiss(c claims.Claim) bool {
	shared, differ := 0, 0
	for _, p := range [][2]int{{c.Year, fd.year}, {c.Month, fd.month}, {c.Day, fd.day}} {
		if p[0] > 0 && p[1] > 0 {
			shared++
			if p[0] != p[1] {
				differ++
			}
		}
	}
	return shared >= 2 && differ == 1
}

// dateMatch is a dated fact a clause may be about, and how surely.
type dateMatch struct {
	cf  *checkFact
	fd  factDate
	rel relevance
}

// checkDate compares a date with the dated facts about the clause's event. Only
// a fact whose event and subject the clause names (or its subject, where the
// date misses the fact's by one part: see nearMiss) can contradict the date, or,
// in a clause that names no one, the one fact it restates (see
// restates); any fact the clause may be about, by its keywords or a
// figure it shares, can clear it.
func (ck *checker) checkDate(c claims.Claim) {
	ctx := ck.contextOf(c)
	var ms, clearers, restated []dateMatch
	best := 0.0
	// A fact can contradict the date only if the clause names its event and
	// actors, and clear it only if the clause names one of them, a keyword,
	// or a figure it gives (see relevance and sharesFigure).
	about := ck.aboutClause(ctx)
	for _, o := range ck.clauseFigures(c) {
		about = union(about, ck.counting(ck.countedOf(o.Unit)))
	}
	dated := hits{}
	dated.add(ck.index().dated)
	cands := ck.candidates(intersect(dated, about))
	ck.spend(len(cands))
	for _, cf := range cands {
		fd, ok := cf.date()
		if !ok {
			continue
		}
		r := ck.relevance(ctx, cf)
		if !r.subject && cf.Subject == "" && cf.Speaker == "" && r.named {
			// A fact with no subject or speaker curated is about what it
			// names: "The winner will be announced at the London Book Fair
			// on 14 March" dates the fair's announcing, a clause naming
			// the fair and its event its subject's.
			r.subject = true
			r.score++
		}
		if !(fd.conflicts(c) && !writes(cf.statementDates(), c)) && (ck.sharesFigure(c, cf) || (r.pred || r.keyword || r.subject) && r.score >= minDateRelevance) {
			clearers = append(clearers, dateMatch{cf, fd, r})
		}
		if len(ctx.entities) == 0 && ck.restates(ctx, c, cf) {
			restated = append(restated, dateMatch{cf, fd, r})
		}
		if !ck.namesDatedEvent(ctx, cf, r) && !fd.nearMiss(c) || !r.subject || r.score < minDateRelevance || ck.figuresDisagree(c, cf) || !ck.saysMoreOf(ctx, cf) {
			continue
		}
		ms = append(ms, dateMatch{cf, fd, r})
		best = max(best, r.score)
	}
	if len(ms) == 0 && len(restated) == 1 {
		// A clause that names no one is held to the one fact it restates:
		// two such facts, and there is no telling which.
		ms, best = restated, restated[0].rel.score
	}
	if len(ms) == 0 {
		return
	}
	ck.checked++
	for _, m := range clearers {
		if m.rel.score >= best*rivalShare || ck.sharesFigure(c, m.cf) {
			ck.support("date", c.Span, m.cf)
			return
		}
	}
	var top *dateMatch
	for i := range ms {
		if top == nil || ms[i].rel.score > top.rel.score {
			top = &ms[i]
		}
	}
	if !top.rel.named && !ck.anchored(c, top.cf) {
		return // see checkNumber: about someone else, maybe
	}
	exp := top.fd.String()
	msg := fmt.Sprintf("The knowledge base dates this to %s, not %s: %s", exp, c.Text, top.cf.Statement)
	ck.add(top.cf.finding("date", c.Span, exp, msg))
}

// namesDatedEvent reports whether a clause names the event of a fact it may
// date: its curated predicate, or, when the curator named none, at least
// minDatedEventWords of its statement's own words besides names. The clause
// must name the fact's subject too (see checkDate), so two words suffice
// where relevance asks for half the statement's: "Sir Elton played the Paris
// concert on Saturday, with ... in the audience" names the event of "The
// British singer played to an audience of 2,700 on Sunday". A clause that
// puts the curated predicate in other words names it by one word more: "will
// have a fitness test on Thursday" the event "undergo" of "D'Arcy will have
// a fitness test on Friday". A clause whose subject is the fact's, named
// with no preposition before it, and that names its object too, names its
// event in any words: "Italy face Scotland on Sunday" the event of "Italy
// take on Scotland on Saturday".
func (ck *checker) namesDatedEvent(ctx claimContext, cf *checkFact, r relevance) bool {
	if r.pred || cf.Subject != "" && cf.Object != "" && ctx.unmarked[cf.Subject] && ctx.entities[cf.Object] {
		return true
	}
	_, held := ck.statementHeld(ctx, cf)
	if len(cf.pred) > 0 {
		return held >= minDatedEventWords+1
	}
	return held >= minDatedEventWords
}

// minDatedEventWords: see namesDatedEvent.
const minDatedEventWords = 2

// saysMoreOf reports whether a clause says of a fact more than its actor and
// what happened, or nothing but: a word of its statement besides its
// predicate and names, or at most bareClauseWords words of its own. "Brown
// will deliver his Budget on 16 March, the Treasury has announced" names Brown
// and an announcing, but none of the 104,000 job cuts he announced in July;
// "She was suspended by Delta in October" says only what the fact does. A
// fact with no word but its predicate, names and dates has no more to be
// said of it.
func (ck *checker) saysMoreOf(ctx claimContext, cf *checkFact) bool {
	if len(ctx.words) <= bareClauseWords {
		return true
	}
	more := false // the fact says more than its actors and act
	for _, s := range cf.statementStems() {
		if cf.partyName(s) || slices.ContainsFunc(cf.pred, func(p string) bool { return p == s || ck.related(p, s) }) {
			continue
		}
		if ck.hasConceptIn(ctx.stems, s) {
			return true
		}
		more = more || !cf.calendar()[s]
	}
	// A fact that says nothing but who did what ("Sir Alex Ferguson sold
	// Stam to Lazio for £16.5m in August 2001") has nothing more to say.
	return !more
}

// bareClauseWords is how few words, names aside, a clause may hold and be
// taken to say nothing but its actor's act.
const bareClauseWords = 3

// sharesFigure reports whether the date's clause gives a figure the fact gives,
// counting the same thing: strong sign the clause is about that fact.
func (ck *checker) sharesFigure(c claims.Claim, cf *checkFact) bool {
	return ck.clauseFigure(c, cf, true)
}

// figuresDisagree reports whether the date's clause gives a figure that the fact
// contradicts: "In 2020, 39 countries signed" is about the 39-country year, not
// the 43-country one, whatever their dates. (A wrong figure is the number
// check's to report.)
func (ck *checker) figuresDisagree(c claims.Claim, cf *checkFact) bool {
	return ck.clauseFigure(c, cf, false)
}

// clauseFigure reports whether the date's clause gives a figure counting what one
// of the fact's figures counts, and agreeing with it (agree) or not.
func (ck *checker) clauseFigure(c claims.Claim, cf *checkFact, agree bool) bool {
	for _, o := range ck.clauseFigures(c) {
		for _, n := range cf.counts().numbers {
			if ck.sameUnit(ck.countedOf(o.Unit), n.counted) && rangesMeet(o.Low, o.High, n.lo, n.hi) == agree {
				return true
			}
		}
	}
	return false
}

// clauseFigures are the figures, with what they count, in the clause of claim
// c, read once per claim.
func (ck *checker) clauseFigures(c claims.Claim) []claims.Claim {
	if figs, ok := ck.figuresIn[c.Start]; ok {
		return figs
	}
	clause := map[int]bool{}
	for _, i := range ck.d.ClauseOf(c.From) {
		clause[i] = true
	}
	var figs []claims.Claim
	for _, o := range ck.inSentenceOf(c) {
		if o.Kind == claims.ClaimNumber && clause[o.From] && o.Unit != "" {
			figs = append(figs, o)
		}
	}
	if ck.figuresIn == nil {
		ck.figuresIn = map[int][]claims.Claim{}
	}
	ck.figuresIn[c.Start] = figs
	return figs
}

// restates reports whether a clause that names no one says again what a
// dated fact says: it gives the fact's figure and holds two of the fact's
// own words or more, two thirds of them ("The number of malicious programs
// in circulation passed 100,000 in September 2003" of the fact dated
// September 2004). A writer names the subject in an earlier sentence, or
// not at all. The figure ties the sentence to the fact's event as a name
// would: a few common words alone ("Both men will be sentenced on 29
// March") are not held to any fact.
func (ck *checker) restates(ctx claimContext, c claims.Claim, cf *checkFact) bool {
	if ck.figuresDisagree(c, cf) || !ck.sharesFigure(c, cf) {
		return false
	}
	own, held := ck.statementHeld(ctx, cf)
	return held >= 2 && 3*held >= 2*own
}
