package facts

import (
	"github.com/factdesk/factdesk/facts/text"

	"strings"
)

// roleNouns are the English words for a person's office or job: what a title
// claim asserts. They are grammar of news prose, not story data.
var roleNouns = text.Set(`ambassador envoy minister president premier chancellor secretary undersecretary spokesman
spokeswoman spokesperson spokesmen director chief head chairman chairwoman chairperson chair governor mayor senator
congressman congresswoman councilman councilwoman councillor councilor alderman assemblyman assemblywoman lawmaker
legislator representative official diplomat commissioner king queen prince princess emperor leader founder cofounder
owner partner ceo cfo coo cto executive officer editor publisher reporter correspondent columnist anchor producer judge
justice attorney lawyer prosecutor professor lecturer researcher scientist economist analyst strategist historian
adviser advisor counselor counsel consul delegate emissary negotiator rapporteur administrator manager treasurer
comptroller auditor inspector superintendent principal dean provost rector registrar clerk trustee steward organizer
organiser activist candidate commander general admiral colonel major captain lieutenant sergeant sheriff marshal bishop
archbishop pope cardinal imam rabbi pastor priest coach deputy`)

// roleModifiers qualify a role noun: "foreign minister", "deputy ambassador".
var roleModifiers = text.Set(`foreign deputy vice prime top chief former acting senior permanent special assistant executive
defense defence finance interior justice trade state general associate managing interim outgoing incoming`)

// nameParticles are lower-case words inside personal names: "Nicolas de Riviere".
var nameParticles = text.Set(`de da di du del della der den van von la le al el bin ibn dos das ter`)

// relativeWords open a clause, not a title: "Zhang, who is ...".
var relativeWords = text.Set(`who whom whose which that where when and or but while although as`)

// titlePrepositions may follow a role noun inside a title: "ambassador to the U.N.".
var titlePrepositions = text.Set(`to at of for in with on`)

// capRun returns the end of the run of capitalised words starting at i (i when
// there is none). Particles count inside a run; capitalised function words do not
// start one. With stopAtRole, a role noun ends the run.
func (d *draft) capRun(i int, stopAtRole bool) int {
	end := i
	for k := i; k < len(d.toks); k++ {
		t := d.toks[k]
		if k > i && !d.spaced(k) && d.gap(k) != "-" {
			break
		}
		if stopAtRole && roleNouns[t.Norm] {
			break
		}
		switch {
		case (t.Upper || t.Caps) && !text.IsStopword(t.Norm) && !nameParticles[t.Norm]:
			end = k + 1
			if d.possessive(k) {
				return end // "Human Rights Watch's Louis Charbonneau": two names
			}
		case nameParticles[t.Norm] && k > i && k+1 < len(d.toks) && d.toks[k+1].Upper && d.spaced(k+1):
			continue
		default:
			return end
		}
	}
	return end
}

// possessive reports whether token k is written with a possessive 's.
func (d *draft) possessive(k int) bool {
	raw := string(d.rs[d.toks[k].Start:d.toks[k].End])
	return strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "\u2019s")
}

// nameClaims returns runs of capitalised words: the names a draft uses, for the
// comparison to look up (and to catch misspellings of).
func (d *draft) nameClaims() []Claim {
	var out []Claim
	for i := 0; i < len(d.toks); i++ {
		if d.inQuote(d.toks[i].Start) {
			continue
		}
		end := d.capRun(i, false)
		if end == i {
			continue
		}
		skip := end-i == 1 && (months[d.toks[i].Norm] > 0 || isWeekday(d.toks[i].Norm))
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
func (d *draft) personClaims() []Claim {
	var out []Claim
	seen := map[[2]int]bool{}
	add := func(nameFrom, nameTo, titleFrom, titleTo int) {
		if nameFrom >= nameTo || titleFrom >= titleTo || seen[[2]int{titleFrom, titleTo}] {
			return
		}
		if d.inQuote(d.toks[nameFrom].Start) || d.inQuote(d.toks[titleFrom].Start) {
			return
		}
		seen[[2]int{titleFrom, titleTo}] = true
		from, to := min(nameFrom, titleFrom), max(nameTo, titleTo)
		c := d.claim(ClaimPerson, from, to)
		n, t := d.tokSpan(nameFrom, nameTo), d.tokSpan(titleFrom, titleTo)
		c.Name, c.Title = &n, &t
		out = append(out, c)
	}
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		// Title before the name: "French Ambassador Nicolas de Riviere".
		if roleNouns[t.Norm] && i+1 < len(d.toks) && d.spaced(i+1) && d.toks[i+1].Upper && !text.IsStopword(d.toks[i+1].Norm) {
			if end := d.capRun(i+1, true); end > i+1 {
				add(i+1, end, d.titleStart(i), i+1)
			}
		}
		if !(t.Upper || t.Caps) || text.IsStopword(t.Norm) || (i > 0 && d.spaced(i) && (d.toks[i-1].Upper || nameParticles[d.toks[i-1].Norm])) {
			continue
		}
		end := d.capRun(i, true)
		if end == i {
			continue
		}
		// Name, then title: "Zhang Jun, China's foreign minister, said".
		if end < len(d.toks) && strings.TrimSpace(d.gap(end)) == "," {
			if tf, tt, ok := d.appositive(end); ok {
				add(i, end, tf, tt)
			}
		}
		// Title, then name: "China's U.N. ambassador, Zhang Jun, said".
		if i > 1 && strings.TrimSpace(d.gap(i)) == "," && roleNouns[d.toks[i-1].Norm] && (end-i >= 2 || !d.toks[i].First) {
			add(i, end, d.titleStart(i-1), i)
		}
		i = end - 1
	}
	return out
}

// titleStart walks back from a role noun over its modifiers: "China's U.N.",
// "Human Rights Watch", "French", "deputy foreign".
func (d *draft) titleStart(role int) int {
	from := role
	for k := role - 1; k >= 0 && role-k <= 4; k-- {
		g := d.gap(k + 1)
		if !d.spaced(k+1) && g != "'s " && g != "\u2019s " && g != "' " {
			break
		}
		t := d.toks[k]
		if text.IsStopword(t.Norm) || (!t.Upper && !t.Caps && !roleModifiers[t.Norm] && !roleNouns[t.Norm]) {
			break
		}
		from = k
	}
	return from
}

// appositive reads the title after "Name," up to the next comma or the end of
// the sentence, if it is one: it holds a role noun, and after the role noun only
// a prepositional tail ("ambassador to the United Nations").
func (d *draft) appositive(comma int) (int, int, bool) {
	from := comma
	if from >= len(d.toks) || relativeWords[d.toks[from].Norm] || reportingVerbs[d.toks[from].Norm] {
		return 0, 0, false
	}
	if !d.sameSentence(from-1, from) {
		return 0, 0, false
	}
	to := from
	for to < len(d.toks) && to-from < 10 && (to == from || !breaksClause(d.gap(to)) && !strings.Contains(d.gap(to), ",")) {
		to++
	}
	// The title's last role noun may be followed only by a tail naming whom the
	// role is held for: "chief financial officer", "ambassador to the U.N.".
	role := -1
	for k := from; k < to; k++ {
		if roleNouns[d.toks[k].Norm] {
			role = k
			continue
		}
		if role >= 0 && titlePrepositions[d.toks[k].Norm] {
			break
		}
	}
	if role >= 0 {
		for k := role + 1; k < to; k++ {
			if titlePrepositions[d.toks[k].Norm] {
				break
			}
			if !roleNouns[d.toks[k].Norm] {
				return 0, 0, false
			}
		}
	}
	if role < 0 {
		return 0, 0, false
	}
	for k := from; k < role; k++ {
		if reportingVerbs[d.toks[k].Norm] || relativeWords[d.toks[k].Norm] {
			return 0, 0, false
		}
	}
	for from < role && (d.toks[from].Norm == "the" || d.toks[from].Norm == "a" || d.toks[from].Norm == "an") {
		from++
	}
	return from, to, true
}
