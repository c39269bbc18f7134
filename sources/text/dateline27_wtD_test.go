package text

import "testing"

// TestDocDate27D: an "Announced" line alone in the header dates the
// document as a "Published" one does, and a full day on the document's
// first line, over its text with no blank line between, is its date;
// "Announced" told in a sentence, and a day under other text, are not.
func TestDocDate27D(t *testing.T) {
	tests := []docDateCase{
		{"announced", "# Summer School 2026\n\n*Announced 3 November 2025*\n\nThe first round of funding decisions was made last spring.\n", "2025-11-03"},
		{"announced on", "Grants round\n\nAnnounced on: 12 May 2024\n\nThe panel met last week.\n", "2024-05-12"},
		{"announced in a sentence", "Grants round\n\nAnnounced on 12 May 2024, the scheme opens to all schools in June.\n", ""},
		{"page last updated", "Workshop news\n\nPage last updated: 12 February 2025\n\nThe board met on Monday.\n", "2025-02-12"},
		{"first line day", "Saturday 2 December 2023\nOn Thursday a tagged pup was found on the east beach.\n", "2023-12-02"},
		{"first line day, more text", "2 December 2023\nA tagged pup was found on the east beach on Thursday.\nThe warden took it to the vet.\n", "2023-12-02"},
	}
	runDocDate(t, tests)
}

// TestFirstLineDay27D: a day on the document's first line over its text,
// no blank line between, heads that text as a diary's one entry; over a
// byline it stays the header's date.
func TestFirstLineDay27D(t *testing.T) {
	doc := Parse("Saturday 2 December 2023\nOn Thursday a tagged pup was found on the east beach.\n", "t.txt", Options{})
	checkSections(t, doc, []section{{kind: H, text: "Saturday 2 December 2023"}, {kind: B, text: "On Thursday", date: "2023-12-02", from: "heading"}})
	doc = Parse("Monday, 3 May 2021\nBy Tomas Reyes\n\nThe board met on Friday.\n", "t.txt", Options{})
	checkSections(t, doc, []section{
		{kind: CL, text: "Monday, 3 May 2021", date: "2021-05-03", from: "document"},
		{kind: CL, text: "By Tomas Reyes", date: "2021-05-03", from: "document"},
		{kind: B, text: "The board met", date: "2021-05-03", from: "document"},
	})
}

// docDateCase is a document and the date its body is read against ("":
// none).
type docDateCase struct{ name, in, want string }

// runDocDate parses each case's document and compares its body's date.
func runDocDate(t *testing.T, tests []docDateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			body := bodyOf(t, doc)
			got := body.Citation.Date.String()
			if body.Citation.Date.IsZero() {
				got = ""
			}
			if got != tt.want {
				t.Errorf("ref = %q from %q, want %q\n%s", got, body.RefFrom, tt.want, dump(doc))
			}
		})
	}
}
