package html

import "testing"

// TestSiteFirstTitle38h38e: a <title> that names the site first and the
// page's headline after it ("Lowmere News :: Library to open on
// Sundays") gives the headline as the title and the first part as the
// site, when the first part is the site's known name or the last is the
// page's own <h1> and the longer; the usual "Headline - Site" is read as
// before.
func TestSiteFirstTitle38h38e(t *testing.T) {
	tests := []struct {
		name, head, h1, title, site string
	}{
		{"the site first, the headline the page's <h1>", `<title>Lowmere News :: Library to open on Sundays</title>`, "Library to open on Sundays",
			"Library to open on Sundays", "Lowmere News"},
		{"the site first, named by og:site_name", `<title>Valley Herald | Harbour works begin next spring</title><meta property="og:site_name" content="Valley Herald">`, "",
			"Harbour works begin next spring", "Valley Herald"},
		{"the headline first, as usual", `<title>Harbour works begin - Valley Herald</title>`, "Harbour works begin",
			"Harbour works begin", "Valley Herald"},
		{"a short <h1> after a longer name is no headline", `<title>Marrow Kings and the Lowmere Brass – Live</title>`, "Live",
			"Marrow Kings and the Lowmere Brass", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body><h1>" + tc.h1 + "</h1></body></html>")
			if err != nil {
				t.Fatal(err)
			}
			if m := readMeta(doc, ""); m.Title != tc.title || m.Site != tc.site {
				t.Errorf("got title %q site %q, want %q %q", m.Title, m.Site, tc.title, tc.site)
			}
		})
	}
}
