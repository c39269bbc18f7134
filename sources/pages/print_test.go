package pages

import "testing"

// TestPrintLine checks the reading of an edge line as a browser's print
// header or footer.
func TestPrintLine(t *testing.T) {
	const title = "Riverside Choir: Year in Review 2024"
	tests := []struct {
		name, line string
		ok         bool
		url        string
	}{
		{"chrome header", "11/28/26, 7:03 PM Riverside Choir: Year in Review 2024", true, ""},
		{"chrome footer, a file", "ﬁle:///tmp/review.html 1/2", true, ""},
		{"chrome footer, a web page", "https://choir.example/review-2024 2/2", true, "https://choir.example/review-2024"},
		{"a day-first stamp with seconds", "28.11.2026, 19:03:12 Riverside Choir: Year in Review 2024", true, ""},
		{"firefox footer", "Page 1 of 2 11/28/2026, 7:03:00 PM", true, ""},
		{"firefox header", "Riverside Choir: Year in Review 2024 https://choir.example/review", true, "https://choir.example/review"},
		{"the title cut short", "11/28/26, 7:03 PM Riverside Choir: Year in Re…", true, ""},
		{"an address cut short is no citation", "https://choir.example/reviews/2024/the-year-in-rev… 1/3", true, ""},
		{"an address with a time zone's stamp", "2026-11-28 19:03 UTC https://choir.example/review.", true, "https://choir.example/review"},
		{"a stamp and other words", "11/28/26, 7:03 PM Rehearsal moved to the church hall", false, ""},
		{"no stamp, no address", "Riverside Choir: Year in Review 2024 1/2", false, ""},
		{"a sentence with an address", "Tickets are sold at https://choir.example/tickets from Monday.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, ok := printLine(tt.line, title)
			if ok != tt.ok || url != tt.url {
				t.Errorf("printLine(%q) = %q, %v; want %q, %v", tt.line, url, ok, tt.url, tt.ok)
			}
		})
	}
}
