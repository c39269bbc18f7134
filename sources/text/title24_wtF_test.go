package text

import "testing"

// TestCapsTitleWithSubtitle: a first line in capitals with a subtitle
// after its colon ("GRAND HARBOUR HOTEL: A TIMELINE") is the document's
// title, as the same line in title case is; a speaker's label in
// capitals over what is said is not.
func TestCapsTitleWithSubtitle(t *testing.T) {
	for _, tc := range []struct{ text, title string }{
		{"GRAND HARBOUR HOTEL: A TIMELINE\n\n1891 - The hotel opens.\n\n1923 - A fire destroys the east wing.\n", "GRAND HARBOUR HOTEL: A TIMELINE"},
		{"Grand Harbour Hotel: A Timeline\n\n1891 - The hotel opens.\n", "Grand Harbour Hotel: A Timeline"},
		{"LU KANG: WE HAVE NOTED THE REPORTS\n\nThe ministry met on 3 May 2021 to discuss the matter.\n", ""},
	} {
		if doc := Parse(tc.text, "t.txt", Options{}); doc.Title != tc.title {
			t.Errorf("%q: title %q, want %q", tc.text, doc.Title, tc.title)
		}
	}
}
