package text

import "testing"

// TestMailThreads29 pins the reply headers a mail program writes over a
// quoted or forwarded message: they date the message under them, whether
// its lines keep their "> " at the header's own depth or lost it.
func TestMailThreads29(t *testing.T) {
	const top = "From: Ines Costa <ines@quarry.example>\nSent: Thursday, 6 March 2025 10:42\nTo: Site team\nSubject: FW: Crusher hire\n\nSee the thread below.\n\n"
	tests := []struct {
		name string
		in   string
		want []section
	}{
		{
			name: "a quoted header over lines of its own depth dates them",
			in:   top + "> On Fri, 28 Feb 2025 at 16:05, Ines Costa wrote:\n> Rui, can we meet early next week?\n",
			want: []section{
				{kind: CL, text: "From: Ines Costa", date: "2025-03-06", from: "header-line", outlet: "Ines Costa"},
				{kind: B, text: "See the thread below.", date: "2025-03-06", from: "header-line", outlet: "Ines Costa"},
				{kind: CL, text: "On Fri, 28 Feb 2025 at 16:05", date: "2025-02-28", from: "header-line", outlet: "Ines Costa"},
				{kind: X, text: "Rui, can we meet early next week?", date: "2025-02-28", from: "header-line", outlet: "Ines Costa"},
			},
		},
		{
			name: "a forward banner over a wrote line, the message unquoted under it",
			in: top + "---------- Forwarded message ---------\nOn Tue, 4 Mar 2025 at 09:12, Rui Matos <rui@crushers.example> wrote:\n\n" +
				"Hi Ines,\n\nThe crusher arrives on Friday.\n\nRui\n",
			want: []section{
				{kind: CL, text: "From: Ines Costa", date: "2025-03-06", from: "header-line", outlet: "Ines Costa"},
				{kind: B, text: "See the thread below.", date: "2025-03-06", from: "header-line", outlet: "Ines Costa"},
				{kind: CL, text: "---------- Forwarded message", date: "2025-03-04", from: "header-line", outlet: "Rui Matos"},
				{kind: X, text: "Hi Ines,\n\nThe crusher arrives on Friday.\n\nRui", date: "2025-03-04", from: "header-line", outlet: "Rui Matos"},
			},
		},
		{
			name: "a wrote line opening the text dates the message under it",
			in:   "On Thu, 6 Nov 2025 at 22:40, Min-jun Park wrote:\n\nThe survey team lands on Monday.\n",
			want: []section{
				{kind: CL, text: "On Thu, 6 Nov 2025", date: "2025-11-06", from: "header-line", outlet: "Min-jun Park"},
				{kind: X, text: "The survey team lands on Monday.", date: "2025-11-06", from: "header-line", outlet: "Min-jun Park"},
			},
		},
		{
			name: "a wrote line with no comma after its clock time",
			in:   "Thanks, all.\n\nOn Mon, Jan 13, 2025 at 11:20 AM Ben Sato <b.sato@lab.example> wrote:\n> Can we get the offer out before Friday?\n",
			want: []section{
				{kind: B, text: "Thanks, all."},
				{kind: CL, text: "On Mon, Jan 13, 2025", date: "2025-01-13", from: "header-line", outlet: "Ben Sato"},
				{kind: X, text: "Can we get the offer out before Friday?", date: "2025-01-13", from: "header-line", outlet: "Ben Sato"},
			},
		},
		{
			name: "a quotation in a story, not a mail program's header, dates no paragraph after it",
			in:   "Harbour history\n\nOn 3 March 1920, the harbour master wrote:\n\nThe basin is silting up.\n",
			want: []section{
				{kind: B, text: "Harbour history"},
				{kind: CL, text: "On 3 March 1920", date: "1920-03-03", from: "header-line", outlet: "the harbour master"},
				{kind: B, text: "The basin is silting up."},
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
