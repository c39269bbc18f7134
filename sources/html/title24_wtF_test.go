package html

import "testing"

// TestTitleInstalment: a <title>'s tail that numbers an instalment of the
// story ("Update 3", "Part 2") belongs to the headline and is no site's
// name; a site's name after the instalment still splits off.
func TestTitleInstalment(t *testing.T) {
	tests := []struct {
		name, head  string
		title, site string
	}{
		{"update n", `<title>Legionnaires' Disease Cluster in Brookfield – Update 3</title>`, "Legionnaires' Disease Cluster in Brookfield – Update 3", ""},
		{"part n", `<title>The long road home - Part 2</title>`, "The long road home - Part 2", ""},
		{"site after the instalment", `<title>Flood recovery – Update 4 | Valley Herald</title>`, "Flood recovery – Update 4", "Valley Herald"},
		{"a site with a number", `<title>Storm closes the coast road – Radio 4</title>`, "Storm closes the coast road", "Radio 4"},
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
