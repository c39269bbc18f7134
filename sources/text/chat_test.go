package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestChatExport checks that a chat exported as text is read one message a
// section, each dated by its own stamp and written by its sender (Section.Speaker, no outlet: QA 157), the stamp
// and the sender left out of its text (QA 17, B1 and A6).
func TestChatExport(t *testing.T) {
	type msg struct{ text, date, voice string }
	tests := []struct {
		name string
		in   string
		opt  Options
		want []msg
	}{
		{
			name: "bracketed stamps, day first shown by a day over 12",
			in: "[12/03/2024, 09:15] Ana: Morning all! The viewing is this Thursday at 2pm\n" +
				"[12/03/2024, 09:17] Tomás: I can't do Thursday\n" +
				"[25/03/2024, 21:14] Ana: Invitations go out tomorrow, I'll post them first thing\n",
			want: []msg{
				{"Morning all! The viewing is this Thursday at 2pm", "2024-03-12", "Ana"},
				{"I can't do Thursday", "2024-03-12", "Tomás"},
				{"Invitations go out tomorrow, I'll post them first thing", "2024-03-25", "Ana"},
			},
		},
		{
			name: "the Android form, with a dash",
			in: "12/03/2024, 09:15 - Ana: Reminder that the venue viewing is this Thursday at 2pm\n" +
				"12/03/2024, 09:17 - Tomás: I cannot do Thursday\n" +
				"20/03/2024, 10:03 - Tomás: Band confirmed for 8 June\n",
			want: []msg{
				{"Reminder that the venue viewing is this Thursday at 2pm", "2024-03-12", "Ana"},
				{"I cannot do Thursday", "2024-03-12", "Tomás"},
				{"Band confirmed for 8 June", "2024-03-20", "Tomás"},
			},
		},
		{
			name: "month first shown by a day over 12, two-digit years, AM and PM",
			in: "3/12/24, 9:15 AM - Ana: See you Friday\n" +
				"3/14/24, 4:03 PM - Lucía: Venue booked for June 8\n",
			want: []msg{
				{"See you Friday", "2024-03-12", "Ana"},
				{"Venue booked for June 8", "2024-03-14", "Lucía"},
			},
		},
		{
			name: "no day over 12: the order that keeps the stamps in time",
			in: "[02/03/2024, 09:15] Ana: First\n" +
				"[05/03/2024, 09:15] Ana: Second\n" +
				"[01/04/2024, 09:15] Ana: Third\n",
			// month first, 1 April would come before 5 February
			want: []msg{{"First", "2024-03-02", "Ana"}, {"Second", "2024-03-05", "Ana"}, {"Third", "2024-04-01", "Ana"}},
		},
		{
			name: "a line without a stamp continues the message above it",
			in: "[12/03/2024, 09:15] Ana: The list so far\n" +
				"- balloons\n" +
				"- cake\n" +
				"[13/03/2024, 10:00] Tomás: Thanks\n",
			want: []msg{{"The list so far\n- balloons\n- cake", "2024-03-12", "Ana"}, {"Thanks", "2024-03-13", "Tomás"}},
		},
		{
			name: "a system message has no sender",
			in: "[12/03/2024, 09:14] Messages and calls are end-to-end encrypted.\n" +
				"[12/03/2024, 09:15] Ana: Hello\n" +
				"[13/03/2024, 09:15] Ana: Bye\n",
			want: []msg{{"Messages and calls are end-to-end encrypted.", "2024-03-12", ""}, {"Hello", "2024-03-12", "Ana"}, {"Bye", "2024-03-13", "Ana"}},
		},
		{
			name: "seconds in the stamp, year first",
			in:   "[2024-03-12 09:15:02] Ana: Hello\n[2024-03-13 10:00:00] Tomás: Bye\n",
			want: []msg{{"Hello", "2024-03-12", "Ana"}, {"Bye", "2024-03-13", "Tomás"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "chat.txt", tt.opt)
			checkPositions(t, doc, tt.in)
			var got []msg
			for _, s := range doc.Sections {
				if s.RefFrom != "heading" {
					continue
				}
				if s.Kind != timeline.Body || s.Statement {
					t.Errorf("message %q: kind %v statement %v, want a body that is no statement", s.Text, s.Kind, s.Statement)
				}
				got = append(got, msg{s.Text, s.Citation.Date.String(), s.Speaker})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("messages:\n got %q\nwant %q\n%s", got, tt.want, dump(doc))
			}
		})
	}
}

// TestNotChat checks that text whose lines open with dates is no chat
// unless its first line is a message.
func TestNotChat(t *testing.T) {
	tests := []struct{ name, in string }{
		{"a diary's dated lines", "12/03/2024, 09:15 Arrived in Porto.\n13/03/2024, 10:00 Left for Lisbon.\n"},
		{"a title over messages", "Party planning\n\n[12/03/2024, 09:15] Ana: Hello\n"},
		{"a log", "2024-03-12 09:15:02 INFO started\n2024-03-12 09:15:03 INFO ready\n"},
		{"one message among prose", "[12/03/2024, 09:15] Ana: Hello\nThe party was a success, everyone said.\nIt went on until late.\nNobody left early.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, "t.txt", Options{})
			for _, s := range doc.Sections {
				if s.RefFrom == "heading" || s.Speaker != "" {
					t.Errorf("read as a chat:\n%s", dump(doc))
				}
			}
		})
	}
}

func TestChatLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"[12/03/2024, 09:15] Ana: Morning all!", true},
		{"12/03/2024, 09:15 - Ana: Morning all!", true},
		{"3/12/24, 9:15\u202fAM - Ana: Morning", true},
		{"[12.03.24, 09:15:22] Ana Ruiz: Morning", true},
		{"\u200e[12/03/2024, 09:15] Ana: Morning", true},
		{"[12/03/2024, 09:15] Messages and calls are end-to-end encrypted.", true}, // a system message
		{`[{"date": "2017"}]`, false},
		{"[12, 13, 14]", false},
		{"12/03/2024, 09:15 Arrived in Porto.", false},
		{"[12/03/2024] Ana: Morning", false},
		{"2025-02-03 14:12 PST — Jane: Nothing syncs.", true}, // a support ticket's entry
		{"2025-02-03 14:12 Arrived — in Porto.", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := ChatLine(tt.line); got != tt.want {
				t.Errorf("ChatLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// FuzzChatLine checks that any line reads without panic, its stamp within
// it.
func FuzzChatLine(f *testing.F) {
	for _, s := range []string{"[12/03/2024, 09:15] Ana: Morning all!", "12/03/2024, 09:15 - Ana: x", "3/12/24, 9:15\u202fAM - A: b", "[2024-03-12 09:15:02] Ana: Hello", "[1/1/1, 1:1", "[[[[[[[[[[", "[12/03/2024, 09:15] Ana\f: Morning all\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, ok := parseChatLine(line)
		if ok && (c.n > len(line) || c.n <= 0) {
			t.Fatalf("stamp of %d bytes in a line of %d", c.n, len(line))
		}
		if !ok || !utf8.ValidString(line) || strings.ContainsAny(line, "\r\n") {
			return // Decode guarantees valid UTF-8 without CR; a chat's line is one line
		}
		// Two messages: each maps back to its own bytes.
		src := line + "\n" + line + "\n"
		checkPositions(t, Parse(src, "f.txt", Options{}), src)
	})
}

func BenchmarkChat(b *testing.B) {
	var sb strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&sb, "[%02d/03/2024, 09:%02d] Ana: Invitations go out tomorrow, I'll post them first thing\n", i%28+1, i%60)
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(src, "chat.txt", Options{})
	}
}

// TestChatInParts checks that a chat read in parts is a chat in every
// part, though a part may open inside a message, and keeps the day-month
// order its first part showed.
func TestChatInParts(t *testing.T) {
	var sb strings.Builder
	for i := range 400 {
		// The first stamp shows the order; the others could be read either way.
		day := 1 + i%12
		if i == 0 {
			day = 13
		}
		fmt.Fprintf(&sb, "[%02d/03/2024, 09:15] Ana: Message %d, the venue is booked\nfor the whole evening\n", day, i)
	}
	src := sb.String()
	var msgs, parts int
	_, err := ReadParts(strings.NewReader(src), "chat.txt", Options{PartBytes: 4 << 10}, func(d *timeline.Document) error {
		parts++
		for _, s := range d.Sections {
			if s.RefFrom != "heading" || s.Speaker != "Ana" || s.Citation.Outlet == "Ana" {
				if strings.Contains(s.Text, "Message") {
					t.Errorf("part %d: %q read as %q (outlet %q) from %q", d.Part, s.Text, s.Speaker, s.Citation.Outlet, s.RefFrom)
				}
				continue
			}
			msgs++
			if s.Citation.Date.Month != 3 {
				t.Errorf("part %d: %q dated %s, want a day of March", d.Part, s.Text, s.Citation.Date)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if parts < 3 {
		t.Fatalf("%d parts, want several", parts)
	}
	if msgs < 399 {
		t.Errorf("%d messages read as messages, want 400 (one may be cut between parts)", msgs)
	}
}

// TestTicketEntries: a support ticket exported as text, a title over its
// entries ("2025-02-03 14:12 PST — Jane: ..."), is read as a chat: each
// entry's relative days are of its own stamp.
func TestTicketEntries(t *testing.T) {
	doc := Parse("Ticket #4412 — sync failure\n\n2025-02-03 14:12 PST — Jane: Since we upgraded on Friday, nothing syncs.\n2025-02-04 09:30 PST — Agent Kim: I reproduced this yesterday.\n2025-02-11 17:03 PST — Kim: 7.4.2 shipped today.\n", "ticket.txt", Options{})
	wantHeadingDays(t, doc, map[string]string{"nothing syncs": "2025-02-03", "reproduced this": "2025-02-04", "shipped today": "2025-02-11"}, false)
}
