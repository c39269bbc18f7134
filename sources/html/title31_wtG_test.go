package html

import "testing"

// TestSectionTitleTail: a <title> whose tail names a section of a
// person's or a band's site ("Biography", "Live") keeps its head as the
// title, and the tail is no site's name.
func TestSectionTitleTail(t *testing.T) {
	tests := []titleSiteCase{
		{"a biography", `<title>María Echeverría Lasa – Biography</title>`, "María Echeverría Lasa", ""},
		{"a band's live page", `<title>Marrow Kings – Live</title>`, "Marrow Kings", ""},
		{"a site's name still splits", `<title>Harbour works begin - Valley Herald</title>`, "Harbour works begin", "Valley Herald"},
	}
	runTitleSite(t, tests)
}
