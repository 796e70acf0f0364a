package http

import (
	"fmt"
	"net/http"

	"github.com/factdesk/factdesk/facts"
)

// storyCounts is a story with its facts counted by status.
type storyCounts struct {
	facts.StoryInfo
	Retracted int `json:"retracted"`
}

// listStories is GET /api/v1/stories: every story with its facts counted by status.
func (s *Server) listStories(w http.ResponseWriter, r *http.Request, _ facts.Actor) {
	stories, err := s.desk.desk.Stories(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]storyCounts, 0, len(stories))
	for _, st := range stories {
		out = append(out, storyCounts{st, st.Facts - st.Approved - st.Pending})
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": out})
}

// showStory is GET /api/v1/stories/{story}: the story, its sources and
// entities, and its facts in any status with their citations, entities and
// review state.
func (s *Server) showStory(w http.ResponseWriter, r *http.Request, _ facts.Actor) {
	id := r.PathValue("story")
	sf, err := s.desk.desk.StoryFile(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	views, err := s.desk.desk.StoryFacts(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	counts := map[string]int{facts.StatusApproved: 0, facts.StatusPending: 0, facts.StatusRetracted: 0}
	for _, v := range views {
		counts[v.Status]++
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"story": sf.Story, "sources": nonNilList(sf.Sources), "entities": nonNilList(sf.Entities),
		"counts": counts, "facts": views,
	})
}

// changeView is a history entry with its fields before and after.
type changeView struct {
	facts.Change
	Fields []facts.FieldChange `json:"fields"`
}

// showFact is GET /api/v1/facts/{story}/{fact}: one fact in any status, with
// its history, oldest first, each change field by field, and for an editor the
// corrections of it queued for chat.
func (s *Server) showFact(w http.ResponseWriter, r *http.Request, _ facts.Actor) {
	id := factID(r)
	v, err := s.desk.desk.FactView(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	hist, err := s.desk.desk.History(r.Context(), v.FullID())
	if err != nil && facts.ErrorCode(err) != facts.ENOTFOUND {
		s.error(w, r, err)
		return
	}
	changes := make([]changeView, 0, len(hist))
	for _, c := range hist {
		changes = append(changes, changeView{c, nonNilList(c.Fields())})
	}
	out := map[string]any{"fact": v, "history": changes}
	// Editors also see the corrections queued for and posted to the
	// conversations in chat that were told the fact; others do not see where
	// factdesk answered.
	if _, err := s.checkEditor(r); err == nil {
		cs, err := s.desk.desk.Corrections(r.Context(), facts.CorrectionFilter{Fact: v.FullID()})
		if err != nil {
			s.error(w, r, err)
			return
		}
		out["corrections"] = cs
	}
	writeJSON(w, http.StatusOK, out)
}

// searchFacts is GET /api/v1/search?q=...: facts in any status holding every
// word of q.
func (s *Server) searchFacts(w http.ResponseWriter, r *http.Request, _ facts.Actor) {
	q := r.URL.Query().Get("q")
	if len([]rune(q)) > facts.MaxQuestionLen {
		s.error(w, r, facts.Errorf(facts.ETOOLARGE, "Search with fewer words: at most %d characters.", facts.MaxQuestionLen))
		return
	}
	found, err := s.desk.desk.SearchFacts(r.Context(), q, 0)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "facts": found})
}

// review is GET /api/v1/review: the pending facts and the open flags.
func (s *Server) review(w http.ResponseWriter, r *http.Request, _ facts.Actor) {
	rev, err := s.desk.desk.Review(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rev)
}

// curated is what a curation route answers: the fact as it is now, what
// happened in a sentence, and, for a change that left a fact no longer
// standing, which fact and how many conversations in chat will be told.
type curated struct {
	Fact     facts.Fact `json:"fact"`
	Message  string     `json:"message"`
	Corrects string     `json:"corrects,omitempty"`
	Told     *int       `json:"told,omitempty"`
}

// changeBody is the optional body of approve and retract: why, and whether
// the conversations in chat that were told the fact hear of it.
type changeBody struct {
	Reason   string `json:"reason"`
	NoNotice bool   `json:"no_notice"`
}

// approveFact is POST /api/v1/facts/{story}/{fact}/approve, with an optional
// body {"reason": "...", "no_notice": false} for an approval that corrects a fact.
func (s *Server) approveFact(w http.ResponseWriter, r *http.Request, actor facts.Actor) {
	var body changeBody
	if r.ContentLength != 0 {
		if err := decodeJSON(r, &body); err != nil {
			s.error(w, r, err)
			return
		}
	}
	res, err := s.desk.desk.ApproveFact(r.Context(), actor, factID(r), facts.ChangeOptions{Reason: body.Reason, NoNotice: body.NoNotice})
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := curated{Fact: res.Fact, Message: fmt.Sprintf("Approved %s: it answers questions now.", res.Fact.FullID())}
	if res.Corrects != "" {
		out.Message = fmt.Sprintf("Approved %s: it answers in place of %s, which it corrects. %s", res.Fact.FullID(), res.Corrects, told(res.Told, body.NoNotice))
		out.Corrects, out.Told = res.Corrects, &res.Told
	}
	writeJSON(w, http.StatusOK, out)
}

// retractFact is POST /api/v1/facts/{story}/{fact}/retract with
// {"reason": "...", "no_notice": false}; the reason is required.
func (s *Server) retractFact(w http.ResponseWriter, r *http.Request, actor facts.Actor) {
	var body changeBody
	if err := decodeJSON(r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.desk.desk.RetractFact(r.Context(), actor, factID(r), facts.ChangeOptions{Reason: body.Reason, NoNotice: body.NoNotice})
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, curated{Fact: res.Fact, Told: &res.Told,
		Message: fmt.Sprintf("Retracted %s: it no longer answers questions. %s", res.Fact.FullID(), told(res.Told, body.NoNotice))})
}

// told says who hears of a fact that no longer stands.
func told(n int, noNotice bool) string {
	if noNotice {
		return "As you asked, no conversation in chat is told."
	}
	return facts.Told(n)
}

// editFact is PATCH /api/v1/facts/{story}/{fact} with the fields to change
// (facts.FactEdit): a pending fact edited in place.
func (s *Server) editFact(w http.ResponseWriter, r *http.Request, actor facts.Actor) {
	var edit facts.FactEdit
	if err := decodeJSON(r, &edit); err != nil {
		s.error(w, r, err)
		return
	}
	f, err := s.desk.desk.EditFact(r.Context(), actor, factID(r), edit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, curated{Fact: f, Message: fmt.Sprintf("Saved %s; it is still pending.", f.FullID())})
}

// supersedeFact is POST /api/v1/facts/{story}/{fact}/supersede with the
// correction's fields (facts.FactEdit) and, optionally, "id" and "approve".
func (s *Server) supersedeFact(w http.ResponseWriter, r *http.Request, actor facts.Actor) {
	var body struct {
		facts.FactEdit
		facts.SupersedeOptions
	}
	if err := decodeJSON(r, &body); err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.desk.desk.Supersede(r.Context(), actor, factID(r), body.FactEdit, body.SupersedeOptions)
	if err != nil {
		s.error(w, r, err)
		return
	}
	f := res.Fact
	out := curated{Fact: f, Corrects: facts.SupersededID(f),
		Message: fmt.Sprintf("Added %s, a correction of %s, pending: approve it to make it answer in its place.", f.FullID(), facts.SupersededID(f))}
	if f.Status == facts.StatusApproved {
		out.Told = &res.Told
		out.Message = fmt.Sprintf("Added and approved %s: it answers in place of %s, which it corrects. %s", f.FullID(), res.Corrects, told(res.Told, body.NoNotice))
	}
	writeJSON(w, http.StatusCreated, out)
}

// factID is the full id of the fact a route names.
func factID(r *http.Request) string { return r.PathValue("story") + "/" + r.PathValue("fact") }

// nonNilList writes an empty list as [] rather than null.
func nonNilList[T any](l []T) []T {
	if l == nil {
		return []T{}
	}
	return l
}
