package html

import "testing"

// TestTitleDateTail: a <title> that ends with a date ("The Good Shepherd
// Messenger — May 12, 2024") names no site by it: the source is the
// head, and the date is the page's when nothing else dates it.
func TestTitleDateTail(t *testing.T) {
	tests := []struct {
		name, head  string
		title, site string
		date        string
	}{
		{"a newsletter's issue, dated by a meta", `<title>The Good Shepherd Messenger — May 12, 2024</title><meta name="date" content="2024-05-12">`, "The Good Shepherd Messenger", "", "2024-05-12"},
		{"the title's date alone", `<title>The Good Shepherd Messenger — May 12, 2024</title>`, "The Good Shepherd Messenger", "", "2024-05-12"},
		{"a day first", `<title>Parish Notes | 3 March 2024</title>`, "Parish Notes", "", "2024-03-03"},
		{"a site's name still", `<title>Softball team wins opener - Good Shepherd</title>`, "Softball team wins opener", "Good Shepherd", ""},
		{"a month", `<title>The Good Shepherd Messenger — May 2024</title>`, "The Good Shepherd Messenger", "", "2024-05"},
		{"a name with a month in it", `<title>Parish picnic - May Fair</title>`, "Parish picnic", "May Fair", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseForMeta("<html><head>" + tc.head + "</head><body></body></html>")
			if err != nil {
				t.Fatal(err)
			}
			m := readMeta(doc, "")
			date := ""
			if !m.Date.IsZero() {
				date = m.Date.String()
			}
			if m.Title != tc.title || m.Site != tc.site || date != tc.date {
				t.Errorf("got title %q site %q date %q, want %q %q %q", m.Title, m.Site, date, tc.title, tc.site, tc.date)
			}
		})
	}
}
