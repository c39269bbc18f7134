package text

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestCommentHeads37h37e: a comment's head that writes its day in
// brackets and closes with a colon ("**Comment by Priya Nair (12 May
// 2026):**"), as meeting notes and review threads do, heads the comment
// below it, the document's first block too: the comment's text is read
// against that day, the head itself is no text of an event. Run into the
// comment's paragraph ("**Comment by Ben Ortiz (5 February 2026):** The
// meeting moved ..."), it is the paragraph's label, as an update's is,
// but the comment is no statement of its day. want lists the body
// sections as "date from: text" (from: where the date came from, "" for
// none).
func TestCommentHeads37h37e(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{name: "bold heads in brackets, the first block one",
			text: "**Comment by Priya Nair (12 May 2026):**\n\nThe price holds until 30 June.\n\n**Comment by Jonas Ekberg (13 May 2026):**\n\nFinance needs our decision by Friday.\n",
			want: []string{"2026-05-12 heading: The price holds until 30 June.", "2026-05-13 heading: Finance needs our decision by Friday."}},
		{name: "the colon outside the bold, the text on the next line",
			text: "**Comment by Priya Nair (12 May 2026)**:\nThe price holds until 30 June.\n\n**Comment by Jonas Ekberg (13 May 2026)**:\nFinance needs our decision by Friday.\n",
			want: []string{"2026-05-12 heading: The price holds until 30 June.", "2026-05-13 heading: Finance needs our decision by Friday."}},
		{name: "a reply after a comma, closed by a colon",
			text: "Reply from crumbandcrust, 5 Aug 2024:\nIt doubled by Sunday.\n\nReply from ben, 6 Aug 2024:\nMine rose yesterday.\n",
			want: []string{"2024-08-05 heading: It doubled by Sunday.", "2024-08-06 heading: Mine rose yesterday."}},
		{name: "labels run into their paragraphs",
			text: "**Comment by Amira Haddad (3 February 2026):** The roof repair is missing. I will raise it on Thursday.\n\nReply from Ben Ortiz, 5 February 2026: The meeting moved to next Tuesday.\n",
			want: []string{"2026-02-03 label: Comment by Amira Haddad (3 February 2026): The roof repair is missing. I will raise it on Thursday.",
				"2026-02-05 label: Reply from Ben Ortiz, 5 February 2026: The meeting moved to next Tuesday."}},
		// what is no comment's head
		{name: "a deadline for comments",
			text: "**Comments by Friday, 12 May 2026:** send them to the clerk.\n\nComment by Friday, 12 May 2026: the consultation closes then.\n",
			want: []string{" : Comments by Friday, 12 May 2026: send them to the clerk.\n\nComment by Friday, 12 May 2026: the consultation closes then."}},
		{name: "a comment with no day",
			text: "**Comment by the committee (see annex):** The plan was approved on 3 March 2026.\n",
			want: []string{" : Comment by the committee (see annex): The plan was approved on 3 March 2026."}},
		{name: "an update keeps its statement",
			text: "**Update (18 August 2025):** The launch slipped to this autumn.\n",
			want: []string{"2025-08-18 label statement: Update (18 August 2025): The launch slipped to this autumn."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, "notes.md", Options{})
			var got []string
			for _, s := range doc.Sections {
				if s.Kind != timeline.Body {
					continue
				}
				d := ""
				if !s.Citation.Date.IsZero() {
					d = s.Citation.Date.String()
				}
				from := s.RefFrom
				if s.Statement {
					from += " statement"
				}
				got = append(got, d+" "+from+": "+s.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLabelWithoutYear37h37e: an update's label that writes its day
// without the year ("Update (November 24):") dates its paragraph on that
// day of the year that puts it nearest the document's date; in a text
// that gives no date of its own it dates nothing.
func TestLabelWithoutYear37h37e(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{name: "the same year", text: "Build farm news\n\nPublished 18 November 2025\n\nThe rack went down on October 21.\n\nUpdate (November 24): the compiler bug was fixed upstream last Friday.\n",
			want: "2025-11-24 label"},
		{name: "the next year", text: "Harbour notes\n\nPublished 20 December 2025\n\nThe quay closed on Monday.\n\n**Update (January 3):** it reopened yesterday.\n",
			want: "2026-01-03 label"},
		{name: "the year before", text: "Harbour notes\n\nPublished 4 January 2026\n\nThe quay reopened on Friday.\n\nCorrection (December 30): the quay closed a day earlier than we said.\n",
			want: "2025-12-30 label"},
		{name: "no date of the document", text: "Harbour notes\n\nThe quay closed on 12 December 2025.\n\nUpdate (January 3): it reopened yesterday.\n",
			want: " "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, "notes.txt", Options{})
			var got string
			for _, s := range doc.Sections {
				if strings.Contains(s.Text, "):") {
					d := ""
					if s.RefFrom == "label" {
						d = s.Citation.Date.String()
					}
					got = d + " " + strings.TrimPrefix(s.RefFrom, "published-line")
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
