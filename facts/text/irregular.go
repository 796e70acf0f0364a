package text

import "strings"

// irregular maps irregular English verb forms to their base form, which the
// Snowball stemmer cannot do: without it "stood by" never matches "stand by", nor
// "held" "hold". This is grammar, like the stopwords, not story vocabulary.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became|begin began begun
bend bent|bid bade bidden|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought
build built|burn burnt|buy bought|catch caught|choose chose chosen|cling clung|come came|creep crept|deal dealt|dig dug
do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought
find found|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen
get got gotten|give gave given|go went gone|grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hold held
keep kept|know knew known|lay laid|lead led|leave left|lend lent|lie lay lain|lose lost|make made|mean meant|meet met
overcome overcame|overtake overtook overtaken|pay paid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said says
see saw seen|seek sought|sell sold|send sent|shake shook shaken|shoot shot|shrink shrank shrunk|sing sang sung|sink sank sunk
sit sat|sleep slept|slide slid|speak spoke spoken|spend spent|spin spun|spring sprang sprung|stand stood|steal stole stolen
stick stuck|sting stung|strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|take took taken
teach taught|tear tore torn|tell told|think thought|throw threw thrown|understand understood|undertake undertook undertaken
uphold upheld|wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|withstand withstood
write wrote written|mistake mistook mistaken|overthrow overthrew overthrown|foresee foresaw foreseen|forgo forwent forgone`, "|") {
		forms := strings.Fields(line)
		for _, f := range forms[1:] {
			m[f] = forms[0]
		}
	}
	return m
}()

// BaseForm returns the base form of an irregular verb form ("held": "hold").
func BaseForm(word string) (string, bool) {
	b, ok := irregular[word]
	return b, ok
}
