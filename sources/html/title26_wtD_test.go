package html

import "testing"

// TestTitleKind26D: a <title>'s tail that says what kind of page it is
// ("Exhibition", "Events") names no site, even after the page's own
// headline; a site's name with such a word in it still does.
func TestTitleKind26D(t *testing.T) {
	tests := []struct {
		name, head, h1 string
		title, site    string
	}{
		{"an exhibition", `<title>Ice Age Britain: Life at the Edge — Exhibition</title>`, "Ice Age Britain: Life at the Edge", "Ice Age Britain: Life at the Edge", ""},
		{"a lecture series' events", `<title>Rivers of the North — Events</title>`, "", "Rivers of the North", ""},
		{"an exhibition's programme", `<title>Bronze Age Gold | Exhibition Programme</title>`, "", "Bronze Age Gold", ""},
		{"a museum's name is a site", `<title>Ice Age Britain: Life at the Edge — Northfield Museum</title>`, "Ice Age Britain: Life at the Edge", "Ice Age Britain: Life at the Edge", "Northfield Museum"},
		{"a site named for its events", `<title>Harvest supper in the church hall — Village Events</title>`, "", "Harvest supper in the church hall", "Village Events"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := ""
			if tc.h1 != "" {
				body = "<h1>" + tc.h1 + "</h1>"
			}
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body>" + body + "</body></html>")
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(doc, "")
			if m.Title != tc.title || m.Site != tc.site {
				t.Errorf("got title %q site %q, want %q %q", m.Title, m.Site, tc.title, tc.site)
			}
		})
	}
}
