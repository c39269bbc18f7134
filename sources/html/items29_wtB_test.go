package html

import (
	"strings"
	"testing"
)

// TestMessageItems29 checks a ticket's or a thread's messages, each in
// its element and headed by its sender, day and time ("Reply from J.
// Alvarez, 4 September 2024 17:48"): each is dated by its own line,
// whatever the page's heading; a line giving no time heads no message.
func TestMessageItems29(t *testing.T) {
	msg := func(head, body string) string {
		return "<div class=\"msg\"><p class=\"meta\">" + head + "</p>\n<p>" + body + "</p></div>\n"
	}
	page := "<html><head><title>Ticket #5120 - Scanner fleet</title></head>\n<body>\n<h1>Ticket #5120: scanner firmware rollback</h1>\n" +
		msg("Opened by R. Okafor, 2 September 2024 08:30", "After the firmware push on 30 August, our scanners stopped sending to email.") +
		msg("Reply from Support (L2), 2 September 2024 13:05", "Known issue; a fix is planned for the week of 16 September.") +
		msg("Reply from R. Okafor, 4 September 2024 17:48", "Rollback completed on 3 September for all units.") +
		msg("Support (L2), 19 September 2024 10:00", "The fix was released yesterday.") + "</body></html>\n"
	doc, err := Read(strings.NewReader(page), "p.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct{ text, date string }{
		{"scanners stopped", "2024-09-02"},
		{"Rollback completed", "2024-09-04"},
		{"released yesterday", "2024-09-19"},
	} {
		s := sectionWith(doc, w.text)
		if s == nil {
			t.Fatalf("no section holds %q:\n%s", w.text, dump(doc))
		}
		if got := s.Citation.Date.String(); got != w.date || s.Statement {
			t.Errorf("%q: dated %q (statement %v), want %q, no statement", w.text, got, s.Statement, w.date)
		}
	}
	// Without the time, "Support (L2), 19 September 2024" may be a
	// place's or an outlet's date line: no message head.
	if _, _, ok := itemLine("Support (L2), 19 September 2024"); ok {
		t.Errorf("a name and a day without a time read as a message's head")
	}
}
