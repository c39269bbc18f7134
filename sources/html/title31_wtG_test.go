package html

import "testing"

// TestSectionTitleTail: a <title> whose tail names a section of a
// person's or a band's site ("Biography", "Live") keeps its head as the
// title, and the tail is no site's name.
func TestSectionTitleTail(t *testing.T) {
	tests := []struct{ name, head, title, site string }{
		{"a biography", `<title>María Echeverría Lasa – Biography</title>`, "María Echeverría Lasa", ""},
		{"a band's live page", `<title>Marrow Kings – Live</title>`, "Marrow Kings", ""},
		{"a site's name still splits", `<title>Harbour works begin - Valley Herald</title>`, "Harbour works begin", "Valley Herald"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body></body></html>")
			if err != nil {
				t.Fatal(err)
			}
			if m := readMeta(doc, ""); m.Title != tc.title || m.Site != tc.site {
				t.Errorf("got title %q site %q, want %q %q", m.Title, m.Site, tc.title, tc.site)
			}
		})
	}
}
