package text

import "testing"

// TestDocDate32G: a paper's masthead whose parts stand between dots or
// bars ("*The Southern Courier* · Sunday 9 February 2020 · 7.15am AEDT"),
// an "Updated:" stamp with its day between hyphens ("13-12-2017"), and a
// dateline in capitals ending in a colon ("PUNE, December 13, 2017:")
// date the story; a masthead whose name is no paper's, and figures in a
// longer run of hyphens, do not.
func TestDocDate32G(t *testing.T) {
	tests := []docDateCase{
		{"masthead by dots", "# Emergency warning downgraded\n\n*The Southern Courier* · Sunday 9 February 2020 · 7.15am AEDT\n\nResidents were told on Sunday morning they could return home.\n", "2020-02-09"},
		{"masthead by bars", "Harbour wall to be rebuilt\n\nThe Coastal Herald | Friday 3 May 2024\n\nThe council met on Thursday.\n", "2024-05-03"},
		{"no paper's name", "# Derby day\n\n*Rangers Football Club* · Sunday 9 February 2020 · 7.15am AEDT\n\nThe players trained on Sunday morning.\n", ""},
		{"updated, hyphens", "The Deccan Ledger | Updated: 13-12-2017, 18:40 IST\n\nPUNE: The corporation on Wednesday said the line will open late.\n", "2017-12-13"},
		{"hyphens in a longer run", "Grants desk | Updated: 022-13-12-2017\n\nThe panel met on Wednesday.\n", ""},
		{"caps dateline, colon", "PUNE, December 13, 2017: The corporation on Wednesday said the line will open late.\n", "2017-12-13"},
		{"caps place, colon, no day", "PUNE: The corporation on Wednesday said the line will open late.\n", ""},
	}
	runDocDate(t, tests)
}
