package html

import "testing"

// TestNoticeTitleKeepsItsSubject: a <title> whose head says what kind of
// notice the page is ("Funeral Announcement", "Obituary") keeps the name
// after it, whom the notice is about, no site's name; a site's name
// given by the metadata still splits off.
func TestNoticeTitleKeepsItsSubject(t *testing.T) {
	tests := []titleSiteCase{
		{"a funeral announcement", `<title>Funeral Announcement - Rosa Delgado</title>`, "Funeral Announcement - Rosa Delgado", ""},
		{"an obituary", `<title>Obituary | Tomasz Nowak</title>`, "Obituary | Tomasz Nowak", ""},
		{"the site's name given", `<title>Obituary | Valley Herald</title><meta property="og:site_name" content="Valley Herald">`, "Obituary", "Valley Herald"},
		{"a headline, then a site", `<title>Mourners gather for Rosa Delgado - Valley Herald</title>`, "Mourners gather for Rosa Delgado", "Valley Herald"},
	}
	runTitleSite(t, tests)
}

// titleSiteCase is a page's <head> and the title and site name read from it.
type titleSiteCase struct{ name, head, title, site string }

// runTitleSite reads each case's <head> and compares its title and site.
func runTitleSite(t *testing.T, tests []titleSiteCase) {
	t.Helper()
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
