package html

import "testing"

// TestTitleKindTail: a <title>'s tail that says what kind of page it is
// ("Funding Call", "Press Release") names no site: the source is the
// headline, not "Funding Call".
func TestTitleKindTail(t *testing.T) {
	tests := []struct {
		name, head  string
		title, site string
	}{
		{"a funding call", `<title>Seed Fund for Community Energy — Funding Call</title>`, "Seed Fund for Community Energy", ""},
		{"a call for proposals", `<title>Coastal Resilience 2026 - Call for Proposals</title>`, "Coastal Resilience 2026", ""},
		{"a press release, then the site", `<title>Harbour reopens - Press Release | Port Authority</title>`, "Harbour reopens - Press Release", "Port Authority"},
		{"a site whose name is no page kind", `<title>Seed Fund for Community Energy — Energy Trust</title>`, "Seed Fund for Community Energy", "Energy Trust"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body></body></html>")
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
