package text

import (
	"strings"
	"testing"
)

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

// TestCapsHeadingOverText: a section's heading in capitals written
// against its first paragraph ("2. EPIDEMIOLOGICAL UPDATE" over "The
// first clade Ib case ..."), no blank line between, is a heading, and the
// paragraph's text does not open with it; a letterhead's lines, all in
// capitals, stay one paragraph.
func TestCapsHeadingOverText(t *testing.T) {
	doc := Parse("Date: 2024-10-04\n\n2. EPIDEMIOLOGICAL UPDATE\nThe first clade Ib case outside the region was reported by Nordmark on 15 August.\n\n3. VACCINATION\nThe first doses arrived in Kivalu on 5 September.\n", "s.txt", Options{})
	for _, prefix := range []string{"The first clade Ib case", "The first doses arrived"} {
		if s := bodyAt(t, doc, prefix); s.Heading == "" {
			t.Errorf("%q: no heading\n%s", prefix, dump(doc))
		}
	}
	doc = Parse("UNITED STATES DISTRICT COURT\nDISTRICT OF MONTANA\n\nThe hearing was held on 3 May 2021.\n", "c.txt", Options{})
	for _, s := range doc.Sections {
		if strings.HasPrefix(s.Text, "DISTRICT OF MONTANA") {
			t.Errorf("the letterhead was split:\n%s", dump(doc))
		}
	}
}
