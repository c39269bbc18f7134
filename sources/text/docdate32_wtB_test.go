package text

import "testing"

// TestPublishedSentence: a line naming a document and its publication
// ("Leaflet published 2 April 2023") dates the document; a short sentence
// of someone publishing something ("The Ministry published its
// consultation response on 22 May 2024.") does not, however near the top.
func TestPublishedSentence(t *testing.T) {
	tests := []docDateCase{
		{"a story sentence", "Background.\n\nThe Ministry published its consultation response on 22 May 2024.\n\nObjections must be lodged by next Friday.\n", ""},
		{"the council's sentence", "Notes\n\nThe council issued new guidance on 3 June 2024.\n\nIt takes effect next month.\n", ""},
		{"a name and its day", "Leaflet published 2 April 2023\n\nThe clinic opens on Monday.\n", "2023-04-02"},
		{"a weekday between", "Guide published Tuesday 2 April 2024\n\nThe clinic opens on Monday.\n", "2024-04-02"},
	}
	runDocDate(t, tests)
}
