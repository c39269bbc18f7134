package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestQuotedHeaders39 pins a message quoted whole under its own header
// ("> From: ..." over "> Date: ..."), as a mail program quotes a thread
// under a reply: the header dates the quoted lines under it, is no text
// of its own, and dates neither the reply nor the lines written after the
// quote.
func TestQuotedHeaders39(t *testing.T) {
	const top = "From: Leila Nasser <leila@example.org>\nDate: Mon, 10 Mar 2025 08:30:00 +0000\nSubject: Re: Grant report\n\n"
	const owen = "> From: Owen Price <owen@example.org>\n> Date: Fri, 7 Mar 2025 17:45:00 +0000\n> Subject: Grant report\n>\n"
	tests := []struct {
		name string
		in   string
		want []section
	}{
		{
			name: "a quoted header dates the quote under it",
			in:   top + "I have booked the room for Wednesday.\n\n" + owen + "> The funder wants the report tomorrow.\n",
			want: []section{
				{kind: CL, text: "From: Leila Nasser", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: B, text: "I have booked the room for Wednesday.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: CL, text: "From: Owen Price", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: X, text: "The funder wants the report tomorrow.", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
			},
		},
		{
			name: "the reply written under the quote is the reply's",
			in:   top + owen + "> The funder wants the report tomorrow.\n\nI sent it on Saturday.\n",
			want: []section{
				{kind: CL, text: "From: Leila Nasser", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: CL, text: "From: Owen Price", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: X, text: "The funder wants the report tomorrow.", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: B, text: "I sent it on Saturday.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
			},
		},
		{
			name: "a reply written between the quoted message's lines",
			in:   top + "Answers inline.\n\n" + owen + "> Can we meet tomorrow?\n\nNo, but Wednesday works.\n\n> Or on Monday?\n\nMonday is today.\n",
			want: []section{
				{kind: CL, text: "From: Leila Nasser", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: B, text: "Answers inline.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: CL, text: "From: Owen Price", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: X, text: "Can we meet tomorrow?", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: B, text: "No, but Wednesday works.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: X, text: "Or on Monday?", date: "2025-03-07", from: "header-line", outlet: "Owen Price"},
				{kind: B, text: "Monday is today.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
			},
		},
		{
			name: "a thread quoted deeper at each message",
			in: "From: Priya Raman\nDate: 12 Mar 2025 11:30\nSubject: Re: Re: Rota\n\nAhmed is down for Saturday.\n\n" +
				"> From: Ahmed Siddiqui\n> Date: 11 Mar 2025 19:02\n> Subject: Re: Rota\n>\n> I can do this weekend.\n>\n" +
				">> -----Original Message-----\n>> From: Priya Raman\n>> Sent: 10 Mar 2025 09:15\n>> Subject: Rota\n>>\n>> Can anyone cover on Saturday?\n",
			want: []section{
				{kind: CL, text: "From: Priya Raman", date: "2025-03-12", from: "header-line", outlet: "Priya Raman"},
				{kind: B, text: "Ahmed is down for Saturday.", date: "2025-03-12", from: "header-line", outlet: "Priya Raman"},
				{kind: CL, text: "From: Ahmed Siddiqui", date: "2025-03-11", from: "header-line", outlet: "Ahmed Siddiqui"},
				{kind: X, text: "I can do this weekend.", date: "2025-03-11", from: "header-line", outlet: "Ahmed Siddiqui"},
				{kind: CL, text: "-----Original Message-----", date: "2025-03-10", from: "header-line", outlet: "Priya Raman"},
				{kind: X, text: "Can anyone cover on Saturday?", date: "2025-03-10", from: "header-line", outlet: "Priya Raman"},
			},
		},
		{
			name: "quoted fields with no date are the quote's text",
			in:   top + "> From: the press office\n> To: all editors\n>\n> The launch is on Friday.\n",
			want: []section{
				{kind: CL, text: "From: Leila Nasser", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
				{kind: X, text: "From: the press office\nTo: all editors\n\nThe launch is on Friday.", date: "2025-03-10", from: "header-line", outlet: "Leila Nasser"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "mail.txt", Options{})
			checkPositions(t, doc, tt.in)
			checkSections(t, doc, tt.want)
		})
	}
}

// TestQuotedSubject39 pins the title of a message quoted under a line
// that names no subject ("On Fri, 7 Mar 2025 at 17:45, Owen Price
// wrote:"): the subject of the message quoting it, so that a thread
// written out message by message, each reply quoting the one before, cites
// the one message once, not under two titles.
func TestQuotedSubject39(t *testing.T) {
	in := "Thread: Grant report (2 messages)\n\n" +
		"From: Owen Price <owen@example.org>\nDate: Fri, 7 Mar 2025 17:45:00 +0000\nSubject: Grant report\n\nThe funder wants the report tomorrow.\n\n" +
		"From: Leila Nasser <leila@example.org>\nDate: Mon, 10 Mar 2025 08:30:00 +0000\nSubject: Re: Grant report\n\nI booked the room for Wednesday.\n\n" +
		"On Fri, 7 Mar 2025 at 17:45, Owen Price <owen@example.org> wrote:\n> The funder wants the report tomorrow.\n"
	doc := Parse(in, "thread.txt", Options{})
	checkPositions(t, doc, in)
	var n int
	for _, s := range doc.Sections {
		if s.Kind == timeline.CitationLine || !strings.Contains(s.Text, "funder") {
			continue
		}
		n++
		if c := s.Citation; c.Title != "Grant report" || c.Outlet != "Owen Price" || c.Date.String() != "2025-03-07" {
			t.Errorf("%q cited as %q, %q, %s; want Grant report, Owen Price, 2025-03-07:\n%s", s.Text, c.Title, c.Outlet, c.Date, dump(doc))
		}
	}
	if n != 2 {
		t.Errorf("%d sections of Owen's message; want 2:\n%s", n, dump(doc))
	}
}
