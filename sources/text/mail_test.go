package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestMail checks e-mails saved as text: the header that opens one dates
// and names the document and is metadata, a quoted older message is an
// excerpt dated by its own header, and a line introducing a quotation
// dates the quote block under it.
func TestMail(t *testing.T) {
	const reply = "From: Ana Ruiz\nSent: Monday, 2 March 2020 09:14\nTo: Harbour board\nSubject: RE: Dredging\n\n" +
		"Hi all,\n\nThe dredger arrives on Thursday.\n\nAna\n\n"
	tests := []struct {
		name  string
		in    string
		title string
		want  []section
	}{
		{
			name:  "an Outlook reply quoting the message it answers",
			in:    reply + "-----Original Message-----\nFrom: Tom Berg <tom@harbour.example>\nSent: Friday, 28 February 2020 16:52\nTo: Ana Ruiz\nSubject: Dredging\n\nCan the dredger come next week? The quay wall was repaired on Wednesday.\n\nTom\n",
			title: "Dredging",
			want: []section{
				{kind: CL, text: "From: Ana Ruiz\nSent:", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: B, text: "Hi all,\n\nThe dredger arrives on Thursday.\n\nAna", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: CL, text: "-----Original Message-----\nFrom: Tom Berg", date: "2020-02-28", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "Can the dredger come next week?", date: "2020-02-28", from: "header-line", outlet: "Tom Berg"},
			},
		},
		{
			name:  "a Date header, the body right under the header",
			in:    "From: ops@harbour.example\nTo: Ana Ruiz\nDate: Tue, 3 Mar 2020 10:00:00 +0000\nSubject: Fwd: Tides\nThe tide tables for April are attached.\n",
			title: "Tides",
			want: []section{
				{kind: CL, text: "From: ops@harbour.example", date: "2020-03-03", from: "header-line", outlet: "ops@harbour.example"},
				{kind: B, text: "The tide tables for April", date: "2020-03-03", from: "header-line", outlet: "ops@harbour.example"},
			},
		},
		{
			name:  "a forwarded message under a note",
			in:    "Harbour news\n\nSee the note below from the port office.\n\n---------- Forwarded message ---------\nFrom: Port office\nDate: 5 May 2021\nSubject: Closure\n\nThe east quay closes on Friday.\n",
			title: "Harbour news",
			want: []section{
				{kind: H, text: "Harbour news"},
				{kind: B, text: "See the note below"},
				{kind: CL, text: "---------- Forwarded message", date: "2021-05-05", from: "header-line", outlet: "Port office"},
				{kind: X, text: "The east quay closes on Friday.", date: "2021-05-05", from: "header-line", outlet: "Port office"},
			},
		},
		{
			name:  "a quotation introduced by a wrote line",
			in:    "Harbour news\n\nYes, Friday suits us.\n\nOn Fri, 28 Feb 2020 at 16:52, Tom Berg <tom@harbour.example> wrote:\n> Can the dredger come on Friday?\n\nThanks again.\n",
			title: "Harbour news",
			want: []section{
				{kind: H, text: "Harbour news"},
				{kind: B, text: "Yes, Friday suits us."},
				{kind: CL, text: "On Fri, 28 Feb 2020", date: "2020-02-28", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "Can the dredger come on Friday?", date: "2020-02-28", from: "header-line", outlet: "Tom Berg"},
				{kind: B, text: "Thanks again."},
			},
		},
		{
			name: "a reply quoting a reply: each quote dated by its own header",
			in: reply + "On Wed, 4 Mar 2020 at 18:03, Tom Berg <tom@harbour.example> wrote:\n> Ana,\n>\n> The dredger came on Monday.\n>\n> Tom\n>\n" +
				"> On Tue, 3 Mar 2020 at 10:12, Ana Ruiz <ana@harbour.example> wrote:\n>> Hi Tom,\n>>\n>> Can the dredger come by Friday?\n",
			title: "Dredging",
			want: []section{
				{kind: CL, text: "From: Ana Ruiz\nSent:", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: B, text: "Hi all,", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: CL, text: "On Wed, 4 Mar 2020", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "Ana,\n\nThe dredger came on Monday.\n\nTom", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: CL, text: "On Tue, 3 Mar 2020 at 10:12", date: "2020-03-03", from: "header-line", outlet: "Ana Ruiz"},
				{kind: X, text: "Hi Tom,\n\nCan the dredger come by Friday?", date: "2020-03-03", from: "header-line", outlet: "Ana Ruiz"},
			},
		},
		{
			name: "a quoted reply's header wrapped onto two lines",
			in: reply + "On Wed, 4 Mar 2020 at 18:03, Tom Berg <tom@harbour.example> wrote:\n> The dredger came on Monday.\n>\n" +
				"> On Tue, 3 Mar 2020 at 10:12, Ana Ruiz Fernandez <ana.ruiz.fernandez@harbour.example>\n> wrote:\n>\n>> Can the dredger come by Friday?\n",
			title: "Dredging",
			want: []section{
				{kind: CL, text: "From: Ana Ruiz\nSent:", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: B, text: "Hi all,", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: CL, text: "On Wed, 4 Mar 2020", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "The dredger came on Monday.", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: CL, text: "On Tue, 3 Mar 2020 at 10:12, Ana Ruiz Fernandez <ana.ruiz.fernandez@harbour.example>\nwrote:", date: "2020-03-03", from: "header-line", outlet: "Ana Ruiz Fernandez"},
				{kind: X, text: "Can the dredger come by Friday?", date: "2020-03-03", from: "header-line", outlet: "Ana Ruiz Fernandez"},
			},
		},
		{
			name:  "a wrote line with the quote going on after it at its depth stays quoted",
			in:    reply + "On Wed, 4 Mar 2020 at 18:03, Tom Berg <tom@harbour.example> wrote:\n> On Tue, 3 Mar 2020, the pilot wrote:\n> the basin is silting up.\n> So the dredger came on Monday.\n",
			title: "Dredging",
			want: []section{
				{kind: CL, text: "From: Ana Ruiz\nSent:", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: B, text: "Hi all,", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: CL, text: "On Wed, 4 Mar 2020", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "On Tue, 3 Mar 2020, the pilot wrote:\nthe basin", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
			},
		},
		{
			name:  "replies written between the lines of a deeper quote stay in the quote",
			in:    reply + "On Wed, 4 Mar 2020 at 18:03, Tom Berg <tom@harbour.example> wrote:\n> On Tue, 3 Mar 2020 at 10:12, Ana Ruiz <ana@harbour.example> wrote:\n>> Can the dredger come by Friday?\n> Yes, it can.\n",
			title: "Dredging",
			want: []section{
				{kind: CL, text: "From: Ana Ruiz\nSent:", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: B, text: "Hi all,", date: "2020-03-02", from: "header-line", outlet: "Ana Ruiz"},
				{kind: CL, text: "On Wed, 4 Mar 2020", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
				{kind: X, text: "On Tue, 3 Mar 2020 at 10:12", date: "2020-03-04", from: "header-line", outlet: "Tom Berg"},
			},
		},
		{
			name:  "From and To lines without a date are no header",
			in:    "Route change\n\nFrom: Leeds\nTo: York\nThe line reopened on 3 May 2021.\n",
			title: "Route change",
			want: []section{
				{kind: H, text: "Route change"},
				{kind: B, text: "From: Leeds\nTo: York\nThe line reopened"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "mail.txt", Options{})
			checkPositions(t, doc, tt.in)
			checkSections(t, doc, tt.want)
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			for _, s := range doc.Sections {
				if s.Kind != timeline.CitationLine && strings.Contains(s.Text, "Subject:") {
					t.Errorf("a header line in the story: %q", s.Text)
				}
			}
		})
	}
}

func TestMailHeader(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		ok            bool
		from, subject string
		date          string // as written
	}{
		{"Outlook", "From: Tom Berg <tom@x.example>\nSent: Friday, 28 February 2020 16:52\nTo: Ana\nSubject: RE: FW: Dredging", true, "Tom Berg", "Dredging", "28 February 2020"},
		{"emphasized keys", "**From:** Tom Berg\n**Sent:** 28 February 2020\n**Subject:** Dredging", true, "Tom Berg", "Dredging", "28 February 2020"},
		{"under a separator", "-----Original Message-----\nFrom: Tom\nDate: 2020-02-28\nTo: Ana", true, "Tom", "", "2020-02-28"},
		{"keys in any order", "Date: 28 February 2020\nFrom: Tom\nTo: Ana", true, "Tom", "", "28 February 2020"},
		{"a wrote line", "On 28 February 2020, Tom Berg wrote:", true, "Tom Berg", "", "28 February 2020"},
		{"a wrote line wrapped", "On Fri, 28 Feb 2020 at 16:52, Tom Berg <tom.berg@harbour.example>\nwrote:", true, "Tom Berg", "", "28 Feb 2020"},
		{"a wrote line and a line of its quote", "On 28 February 2020, Tom Berg wrote:\nHi Ana,", false, "", "", ""},
		{"no date", "From: Tom\nSent: Friday\nSubject: Dredging", false, "", "", ""},
		{"two lines and no subject", "From: Tom\nDate: 28 February 2020", false, "", "", ""},
		{"no sender", "Sent: 28 February 2020\nSubject: Dredging\nTo: Ana", false, "", "", ""},
		{"a wrote line without a date", "On the quay, the crew wrote:", false, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, ok := mailHeader(tt.in, false)
			if ok != tt.ok {
				t.Fatalf("mailHeader(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			if got := tt.in[m.date.start:m.date.end]; m.from != tt.from || m.subject != tt.subject || got != tt.date {
				t.Errorf("header = %q %q %q, want %q %q %q", m.from, m.subject, got, tt.from, tt.subject, tt.date)
			}
		})
	}
}

// TestMailHeaderLines: every header line of a raw message (Message-ID,
// MIME-Version, X-Mailer ...) belongs to the header, not to the body.
func TestMailHeaderLines(t *testing.T) {
	src := "From: \"K. Dorsey\" <kd@example.org>\nTo: Sam <sam@example.org>\nSubject: Re: Halvorsen\n" +
		"Date: Wed, 9 Apr 2025 21:14:07 -0400\nMessage-ID: <a81f2c@example.org>\nMIME-Version: 1.0\nX-Mailer: Mail 16.0\n\nSam,\n\nI quit in February.\n"
	doc := Parse(src, "mail.txt", Options{})
	for _, s := range doc.Sections {
		if s.Kind == timeline.Body && (strings.Contains(s.Text, "Message-ID") || strings.Contains(s.Text, "X-Mailer")) {
			t.Errorf("a header line in the body: %q", s.Text)
		}
		if s.Kind == timeline.Body && strings.Contains(s.Text, "I quit") && s.Citation.Date.String() != "2025-04-09" {
			t.Errorf("body dated %s, want 2025-04-09", s.Citation.Date)
		}
	}
}

// TestMailName checks the sender's name read from a "From:" value, which
// an e-mail's events are credited to.
func TestMailName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Lisa Grant <lisa@example.com>`, "Lisa Grant"},
		{`"K. Dorsey" <kdorsey@example.org>`, "K. Dorsey"},
		{`'Port office' <port@example.org>`, "Port office"},
		{`ops@harbour.example`, "ops@harbour.example"},
	} {
		if got := mailName(tc.in); got != tc.want {
			t.Errorf("mailName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
