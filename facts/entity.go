package facts

// EntityUse is an entity with the stories that use it. Entities are shared:
// before changing one, a curator needs to know which stories rely on it.
type EntityUse struct {
	Entity  Entity       `json:"entity"`
	Stories []EntityInfo `json:"stories"`
}

// EntityInfo is one story's use of an entity: whether its file declares the
// entity, and how many of its facts are about it (as subject, speaker, object
// or by name).
type EntityInfo struct {
	Story    string `json:"story"`
	Title    string `json:"title"`
	Declares bool   `json:"declares"`
	Facts    int    `json:"facts"`
}
