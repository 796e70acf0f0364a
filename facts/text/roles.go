package text

// The words of news prose that say who someone is and who said what: grammar of
// the genre, shared by claim extraction, the draft check and story drafting.

// roleNouns are the English words for a person's office or job: what a title
// claim asserts. They are grammar of news prose, not story data.
var roleNouns = Set(`ambassador envoy minister president premier chancellor secretary undersecretary spokesman
spokeswoman spokesperson spokesmen director chief head chairman chairwoman chairperson chair governor mayor senator
congressman congresswoman councilman councilwoman councillor councilor alderman assemblyman assemblywoman lawmaker
legislator representative official diplomat commissioner king queen prince princess emperor leader founder cofounder
owner partner ceo cfo coo cto executive officer editor publisher reporter correspondent columnist anchor producer judge
justice attorney lawyer prosecutor professor lecturer researcher scientist economist analyst strategist historian
adviser advisor counselor counsel consul delegate emissary negotiator rapporteur administrator manager treasurer
comptroller auditor inspector superintendent principal dean provost rector registrar clerk trustee steward organizer
organiser activist candidate commander general admiral colonel major captain lieutenant sergeant sheriff marshal bishop
archbishop pope cardinal imam rabbi pastor priest coach deputy`)

// roleModifiers qualify a role noun: "foreign minister", "deputy ambassador",
// "shadow chancellor"; so do the portfolios.
var roleModifiers = Set(`foreign deputy vice prime top chief former acting senior permanent special assistant executive
defense defence finance interior justice trade state general associate managing interim outgoing incoming shadow`)

// PortfolioWords are the qualifiers that make one office another: a finance
// minister is not the foreign minister, a home secretary not the education
// secretary, a chief financial officer not the chief executive.
const PortfolioWords = `foreign finance financial defense defence interior justice health education trade transport
transportation home prime energy environment agriculture labor labour economy economic treasury commerce culture
executive operating technology marketing legal information security intelligence budget housing`

var portfolios = Set(PortfolioWords)

// nameParticles are lower-case words inside personal names: "Nicolas de Riviere".
var nameParticles = Set(`de da di du del della der den van von la le al el bin ibn dos das ter`)

// titlePrepositions may follow a role noun inside a title: "ambassador to the U.N.".
var titlePrepositions = Set(`to at of for in with on`)

// reportingVerbs introduce or follow a quotation: "Zhang said", "said Zhang",
// "Critics argue". Base forms only of verbs seldom used as nouns: "state",
// "note" and "claim" more often name things.
var reportingVerbs = Set(`said says say told tells added adds stated states declared declares wrote writes argued argues
insisted insists noted notes warned warns explained explains continued continues replied replies responded responds
asked asks tweeted posted remarked remarks claimed claims alleged alleges contended contends acknowledged acknowledges
admitted admits conceded concedes concluded concludes recalled recalls urged urges stressed stresses emphasized emphasises
emphasizes emphasised charged charges countered counters complained complains announced announces according
demanded demands pledged pledges vowed vows cautioned cautions observed observes reiterated reiterates testified
tweeted tweets posted posts quipped quips shouted shouts agreed agrees suggested suggests predicted predicts
tell write declare argue insist warn explain reply respond ask allege contend acknowledge admit concede conclude recall
urge emphasize emphasise complain announce reiterate testify agree suggest predict`)

// IsRoleNoun reports whether a normalised word names an office or job: "ambassador".
func IsRoleNoun(norm string) bool { return roleNouns[norm] }

// IsHonorific reports whether a normalised word is one written before a
// surname without being a first name: "Mr Johnson", "Sir Bill Morris".
func IsHonorific(norm string) bool { return honorifics[norm] }

var honorifics = Set(`mr mrs ms miss dr sir lord lady dame prof professor rev fr st mp`)

// IsRoleModifier reports whether a normalised word qualifies a role noun: "deputy".
func IsRoleModifier(norm string) bool { return roleModifiers[norm] || portfolios[norm] }

// IsNameParticle reports whether a lower-case word may sit inside a name: "de".
func IsNameParticle(norm string) bool { return nameParticles[norm] }

// IsTitlePreposition reports whether a word may follow a role noun inside a title.
func IsTitlePreposition(norm string) bool { return titlePrepositions[norm] }

// IsReportingVerb reports whether a word introduces or follows a quotation: "said".
func IsReportingVerb(w string) bool { return reportingVerbs[w] }
