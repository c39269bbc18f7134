package e2e_test

import "testing"

// TestMailThreads29B pins e-mail threads and support tickets read whole:
// each quoted, forwarded or replied message is read from its own day (a
// '>'-quoted "On ..., X wrote:" line, one whose message lost its "> ",
// a ticket's "Reply from X, DAY TIME" lines), not from the outer
// message's.
func TestMailThreads29B(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "a quoted reply header at its message's depth",
			file: "fwd.txt",
			text: "From: Ines Costa <ines@quarry.example>\nSent: Thursday, 6 March 2025 10:42\nTo: Site team\nSubject: FW: Crusher hire\n\n" +
				"See the thread below.\n\n> On Fri, 28 Feb 2025 at 16:05, Ines Costa wrote:\n> Rui, can we meet early next week?\n",
			want: []string{"2025-W10 | Rui, can we meet?"},
			not:  []string{"2025-W11", "2025-02-28T16:05"},
		},
		{
			name: "a forward banner over a wrote line, its message unquoted",
			file: "fwd2.txt",
			text: "From: Ines Costa <ines@quarry.example>\nSent: Thursday, 6 March 2025 10:42\nTo: Site team\nSubject: FW: Crusher hire\n\n" +
				"Forwarding Rui's note.\n\n---------- Forwarded message ---------\nOn Tue, 4 Mar 2025 at 09:12, Rui Matos <rui@crushers.example> wrote:\n\n" +
				"Hi Ines,\n\nFollowing our call on Monday, the hire rate is EUR 900 a week.\n\nRui\n",
			want: []string{"2025-03-03 | Our call"},
			not:  []string{"2025-03-10", "2025-03-04T09:12"},
		},
		{
			name: "a ticket's messages, each headed by its sender, day and time",
			file: "ticket.html",
			text: "<html><head><title>Ticket #5120 - Scanner fleet</title></head>\n<body>\n<h1>Ticket #5120: scanner firmware rollback</h1>\n" +
				"<div class=\"msg\"><p class=\"meta\">Opened by R. Okafor, 2 September 2024 08:30</p>\n<p>After the firmware push on 30 August, our scanners stopped sending to email.</p></div>\n" +
				"<div class=\"msg\"><p class=\"meta\">Reply from Support (L2), 2 September 2024 13:05</p>\n<p>Known issue; a fix is planned for the week of 16 September. Please roll back.</p></div>\n" +
				"<div class=\"msg\"><p class=\"meta\">Reply from R. Okafor, 4 September 2024 17:48</p>\n<p>Rollback completed on 3 September for all units.</p></div>\n" +
				"<div class=\"msg\"><p class=\"meta\">Support (L2), 19 September 2024 10:00</p>\n<p>The fix was released yesterday.</p></div>\n</body></html>\n",
			want: []string{"2024-09-03 | Rollback completed", "2024-09-18 | The fix was released", "2024-W38"},
			not:  []string{"2023-09-03", "2024-09-01"},
		},
	})
}

// TestOrdinalDayClause29B: "on the 25th" with a clause after it is a day
// of the message's month, and "that night" that day's night, not the
// message's.
func TestOrdinalDayClause29B(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "turns 70 on the 25th so dinner that night",
			file: "note.txt",
			text: "Date: 12 August 2024\n\nGran turns 90 on the 25th so we'll book a table that night.\n",
			want: []string{"2024-08-25TNI"},
			not:  []string{"2024-08-12TNI"},
		},
	})
}
