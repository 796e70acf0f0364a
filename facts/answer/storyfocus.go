package answer

// storyWeight is how much a fact's score loses for each share of the
// question's weight its story holds less of, in all its candidate facts
// together, than the story that holds most.
const storyWeight = 1

// storyFocus lowers the score of a fact whose story holds less of the
// question than another story does. A reporter asks about one story: the
// story whose facts together hold the question's words and names is the one
// asked about, and a fact of another that shares a name or a word with the
// question ("Europe" of a trade pact, for "When can European gamers buy the
// DS?") is less likely to answer than a fact of that story. held is each
// candidate's weight of each of the question's words and entities, width
// wide, in out's order before sorting.
func storyFocus(out []ranked, held []float64, width int, total float64) {
	best := map[string][]float64{}
	for i, r := range out {
		b := best[r.c.Story]
		if b == nil {
			b = make([]float64, width)
			best[r.c.Story] = b
		}
		for k, v := range held[i*width : (i+1)*width] {
			b[k] = max(b[k], v)
		}
	}
	if len(best) < 2 {
		return
	}
	cov := make(map[string]float64, len(best))
	top := 0.0
	for st, b := range best {
		sum := 0.0
		for _, v := range b {
			sum += v
		}
		cov[st] = sum / total
		top = max(top, cov[st])
	}
	for i := range out {
		out[i].score -= storyWeight * (top - cov[out[i].c.Story])
	}
}
