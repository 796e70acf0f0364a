package facts

// StoryInfo is a story with its fact counts, for listings.
type StoryInfo struct {
	Story
	Facts    int `json:"facts"`
	Approved int `json:"approved"`
	Pending  int `json:"pending"`
}
