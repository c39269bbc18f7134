package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestDayOpensTheSentence: a sentence that opens with the one day its
// clock time is on tells that day's time, even with a verb of opening
// hours ("opens at"); a sentence of every such day (a plural weekday,
// "daily", "from" a day on) keeps the time out.
func TestDayOpensTheSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "dated day", ref: "2025-03-01", text: "On Monday 2 June 2025 the workshop opens at 9:30.",
			want: []brief{{"2025-06-02T09:30", "On Monday 2 June 2025 … at 9:30", "The workshop opens"}}},
		{name: "weekday after the page's date", ref: "2025-03-01", text: "On Sunday the museum opens at 10:00.",
			want: []brief{{"2025-03-02T10:00", "On Sunday … at 10:00", "The museum opens"}}},
		{name: "closes", ref: "2025-03-01", text: "On 14 March 2025 the consultation closes at 17:00.",
			want: []brief{{"2025-03-14T17:00", "On 14 March 2025 … at 17:00", "The consultation closes"}}},
		{name: "plural weekday", ref: "2025-03-01", text: "On Sundays the museum opens at 10:00.",
			want: nil},
		{name: "daily from a day", ref: "2025-03-01", text: "On 3 March 2025 the café opens at 8am daily.",
			want: []brief{{"2025-03-03", "On 3 March 2025", "The café opens at 8am daily"}}},
		{name: "from a day on", ref: "2025-03-01", text: "From 3 March 2025 the café opens at 8am.",
			want: []brief{{"2025-03-03", "From 3 March 2025", "The café opens at 8am"}}},
		{name: "no day", ref: "2025-03-01", text: "The museum opens at 10:00.",
			want: nil},
	})
}

// TestRegisterEntries: a register's entry opened by its date and a full
// stop ("1733, 25 March. John, son of ...") is titled by what follows,
// without that sentence's own dates, and its text is the whole entry;
// a folio's label over it ("Fol. 14r") is no title.
func TestRegisterEntries(t *testing.T) {
	text := "Fol. 17r\n1733, 25 March. John, son of John Bagnall (privately baptised; received into the church 8 April).\n1729/30, Feb. 2. Joseph, son of Hannah Wood, baptised."
	doc := &timeline.Document{Name: "reg.txt", Sections: []timeline.Section{{Kind: timeline.Body, Text: text}}}
	want := map[string][2]string{
		"1733-03-25": {"John, son of John Bagnall (privately baptised; received into the church)", "1733, 25 March. John, son of John Bagnall (privately baptised; received into the church 8 April)."},
		"1730-02-02": {"Joseph, son of Hannah Wood, baptised", "1729/30, Feb. 2. Joseph, son of Hannah Wood, baptised."},
	}
	for _, e := range Events(doc, Options{}) {
		w, ok := want[e.Span.Start.String()]
		if !ok {
			continue
		}
		if e.Title != w[0] || e.Text != w[1] {
			t.Errorf("%s: got title %q, text %q; want %q, %q", e.Span.Start, e.Title, e.Text, w[0], w[1])
		}
		delete(want, e.Span.Start.String())
	}
	for k := range want {
		t.Errorf("no event on %s", k)
	}
}

// TestGappedNameTitle: a second clause that names only another person
// and a date ("and Joseph two years later") takes the first clause's
// verb when that clause's subject is a name too; an object after the
// verb keeps it out ("visited Paris in 1990 and Rome in 1992": the name
// is the object's, "He visited Rome"; see TestGappedNamedObject).
func TestGappedNameTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "died", text: "Sarah died on 17 May 1881, and Joseph two years later.",
			want: []brief{{"1881-05-17", "on 17 May 1881", "Sarah died"}, {"1883", "two years later", "Joseph died"}}},
		{name: "passive", text: "Sarah was baptised on 3 May 1820, and Joseph Wood in 1822.",
			want: []brief{{"1820-05-03", "on 3 May 1820", "Sarah was baptised"}, {"1822", "in 1822", "Joseph Wood was baptised"}}},
		{name: "an object", text: "He visited Paris in 1990 and Rome in 1992.",
			want: []brief{{"1990", "in 1990", "He visited Paris"}, {"1992", "in 1992", "He visited Rome"}}},
	})
}

// TestTrailingParticipleTitle: a date in a participle phrase after a
// clause with a date of its own is titled by what the phrase tells, done
// by the clause's subject; a phrase of a deed to come, a noun's date or a
// relative clause's keep the old title.
func TestTrailingParticipleTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "arriving", text: "In late 1862 the family sailed from Liverpool, arriving at New York on 4 December 1862 after a passage of sixteen days.",
			want: []brief{{"1862", "In late 1862", "The family sailed from Liverpool"}, {"1862-12-04", "on 4 December 1862", "The family arrived at New York after a passage of sixteen days"}}},
		{name: "an irregular verb", text: "The team won the cup in 1998, beating Rovers 2-1 on 16 May 1998.",
			want: []brief{{"1998", "in 1998", "The team won the cup"}, {"1998-05-16", "on 16 May 1998", "The team beat Rovers 2-1"}}},
		{name: "the last clause's subject", text: "Joseph sold the smithy in 1860, and in 1862 the family sailed from Liverpool, reaching Quebec on 20 June 1862.",
			want: []brief{{"1860", "in 1860", "Joseph sold the smithy"}, {"1862", "in 1862", "The family sailed from Liverpool"}, {"1862-06-20", "on 20 June 1862", "The family reached Quebec"}}},
		{name: "a noun's date", text: "A warbler was trapped on 24 September 2025, beating the previous earliest date of 21 September 2016 by a week.",
			want: []brief{{"2016-09-21", "21 September 2016", "The previous earliest date"}, {"2025-09-24", "on 24 September 2025", "A warbler was trapped"}}},
	})
}

// TestWhoAfterDateTitle: a date in a "who" clause that closes the
// sentence after the main clause's name and date is titled by the one
// named doing what the clause tells.
func TestWhoAfterDateTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a judge", text: "The appeal came before First-tier Tribunal Judge Amis on 4 December 2019, who dismissed it in a decision promulgated on 20 January 2020.",
			want: []brief{{"2019-12-04", "on 4 December 2019", "The appeal came before First-tier Tribunal Judge Amis"}, {"2020-01-20", "on 20 January 2020", "First-tier Tribunal Judge Amis dismissed it in a decision promulgated"}}},
		{name: "a title and name", text: "The case went to Mr Justice Hale in March 2019, who gave judgment on 4 May 2019.",
			want: []brief{{"2019-03", "in March 2019", "The case went to Mr Justice Hale"}, {"2019-05-04", "on 4 May 2019", "Mr Justice Hale gave judgment"}}},
	})
}

// TestNamedOfDateTitle: a date after a named event's "of" in a sentence
// dated otherwise is titled by the event's name; a name of one word
// ("The Treaty of 1648") is left to the sentence.
func TestNamedOfDateTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a jubilee", text: "The tenor was recast in 1898 for Queen Victoria's Diamond Jubilee of the previous year.",
			want: []brief{{"1897", "the previous year", "Queen Victoria's Diamond Jubilee"}, {"1898", "in 1898", "The tenor was recast for Queen Victoria's Diamond Jubilee of the previous year"}}},
		{name: "with its article", text: "The hall was built in 1850 for the Great Exhibition of the following year.",
			want: []brief{{"1850", "in 1850", "The hall was built for the Great Exhibition of the following year"}, {"1851", "the following year", "The Great Exhibition"}}},
	})
}
