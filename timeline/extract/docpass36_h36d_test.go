package extract

import (
	"slices"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestShortClauseAfterADate36h36d: a pronoun and its verb alone after
// "and" and a date ("and in 1995 she died.") are a clause of their own,
// not the second item of a list of dates.
func TestShortClauseAfterADate36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "she died", ref: "2026-03-01", text: "Mary Smith retired in 1990 and in 1995 she died.",
			want: []brief{{"1990", "in 1990", "Mary Smith retired"}, {"1995", "in 1995", "Mary Smith died"}}},
		{name: "we married", ref: "2026-03-01", text: "We met in 1990 and in 1995 we married.",
			want: []brief{{"1990", "in 1990", "We met"}, {"1995", "in 1995", "We married"}}},
		{name: "a list of dates stays one", ref: "2026-03-01", text: "The fair was held in 1990 and in 1995.",
			want: []brief{{"1990", "in 1990", "The fair was held"}, {"1995", "in 1995", "The fair was held"}}},
	})
}

// TestPronounOfTheFirstConjunct36h36d: "it" or "they" opening a second
// conjunct that has a date of its own stands for the first conjunct's
// subject ("The shop opened in 1990 and in 1995 it moved"), when the
// first conjunct names nothing else and the pronoun agrees with it.
func TestPronounOfTheFirstConjunct36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "it after a dated conjunct", ref: "2026-03-01", text: "The shop opened in 1990 and in 1995 it moved to the high street.",
			want: []brief{{"1990", "in 1990", "The shop opened"}, {"1995", "in 1995", "The shop moved to the high street"}}},
		{name: "a short clause", ref: "2026-03-01", text: "The shop opened in 1990 and in 1995 it moved.",
			want: []brief{{"1990", "in 1990", "The shop opened"}, {"1995", "in 1995", "The shop moved"}}},
		{name: "they after a passive", ref: "2026-03-01", text: "The twins were born in 1990 and in 2004 they opened a bakery.",
			want: []brief{{"1990", "in 1990", "The twins were born"}, {"2004", "in 2004", "The twins opened a bakery"}}},
		{name: "it with the date after the verb", ref: "2026-03-01", text: "The library was founded in 1902, and it was rebuilt in 1961.",
			want: []brief{{"1902", "in 1902", "The library was founded"}, {"1961", "in 1961", "The library was rebuilt"}}},
		{name: "the first date opens the sentence", ref: "2026-03-01", text: "In 1990 the shop opened and in 1995 it moved to Leeds.",
			want: []brief{{"1990", "In 1990", "The shop opened"}, {"1995", "in 1995", "The shop moved to Leeds"}}},
		// what the pronoun may stand for is not sure: it stays
		{name: "an object it could be", ref: "2026-03-01", text: "The council approved the plan in 1990 and in 1995 it was scrapped.",
			want: []brief{{"1990", "in 1990", "The council approved the plan"}, {"1995", "in 1995", "It was scrapped"}}},
		{name: "a place it could be", ref: "2026-03-01", text: "The firm moved to a new factory in 1990 and in 1995 it burned down.",
			want: []brief{{"1990", "in 1990", "The firm moved to a new factory"}, {"1995", "in 1995", "It burned down"}}},
		{name: "it of the weather", ref: "2026-03-01", text: "The shop opened in 1990 and in 1995 it rained for a month.",
			want: []brief{{"1990", "in 1990", "The shop opened"}, {"1995", "in 1995", "It rained for a month"}}},
		{name: "a dummy it", ref: "2026-03-01", text: "The shop opened in 1990 and in 1995 it was decided to close it.",
			want: []brief{{"1990", "in 1990", "The shop opened"}, {"1995", "in 1995", "It was decided to close it"}}},
		{name: "a plural and it", ref: "2026-03-01", text: "The shops opened in 1990 and in 1995 it moved.",
			want: []brief{{"1990", "in 1990", "The shops opened"}, {"1995", "in 1995", "It moved"}}},
		{name: "two things and they", ref: "2026-03-01", text: "The shop and the cafe opened in 1990 and in 1995 they closed.",
			want: []brief{{"1990", "in 1990", "The shop and the cafe opened"}, {"1995", "in 1995", "They closed"}}},
		{name: "a semicolon keeps it", ref: "2026-03-01", text: "The shop opened in 1990; in 1995 it moved.",
			want: []brief{{"1990", "in 1990", "The shop opened"}, {"1995", "in 1995", "It moved"}}},
	})
}

// TestLeadPhraseBeforeSubject36h36d: a phrase of time that opens the
// sentence without a comma ("Soon after the war the firm closed") and
// the subject after it are no clause of the preposition's ("The war the
// firm closed"): the sentence's main clause is the date's, its phrase
// kept as the project keeps "After the Marne it moved north".
func TestLeadPhraseBeforeSubject36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "soon after a noun", ref: "2026-03-01", text: "Soon after the war the firm closed in 1946.",
			want: []brief{{"1946", "in 1946", "Soon after the war the firm closed"}}},
		{name: "after a noun", ref: "2026-03-01", text: "After the war the firm closed in 1946.",
			want: []brief{{"1946", "in 1946", "After the war the firm closed"}}},
		{name: "shortly before a noun", ref: "2026-03-01", text: "Shortly before the flood the council built a new weir in 1952.",
			want: []brief{{"1952", "in 1952", "Shortly before the flood the council built a new weir"}}},
		{name: "a noun phrase with its of", ref: "2026-03-01", text: "At the end of the war the firm closed in 1946.",
			want: []brief{{"1946", "in 1946", "At the end of the war the firm closed"}}},
		{name: "a possessive subject", ref: "2026-03-01", text: "Before the merger the bank's board had nine members in 1998.",
			want: []brief{{"1998", "in 1998", "Before the merger the bank's board had nine members"}}},
		// a clause of its own after "after" stays the date's
		{name: "a subordinate clause", text: "First public release, two years after the project began in early 2019.",
			want: []brief{{"2019", "in early 2019", "The project began"}}},
		{name: "a clause after a main one", ref: "2026-03-01", text: "The mill was rebuilt after the fire destroyed it in 1850.",
			want: []brief{{"1850", "in 1850", "The fire destroyed it"}}},
	})
}

// TestOpeningParticiple36h36d: a participle phrase that opens the
// sentence with its own date ("Opened in 1850, the mill closed in
// 1902") is an event of the main clause's subject, told in the passive.
func TestOpeningParticiple36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "opened then closed", ref: "2026-03-01", text: "Opened in 1850, the mill closed in 1902.",
			want: []brief{{"1850", "in 1850", "The mill was opened"}, {"1902", "in 1902", "The mill closed"}}},
		{name: "built then sold", ref: "2026-03-01", text: "Built in 1888, the chapels were sold in 1975.",
			want: []brief{{"1888", "in 1888", "The chapels were built"}, {"1975", "in 1975", "The chapels were sold"}}},
		{name: "the phrase goes on past its date", ref: "2026-03-01", text: "Founded in 1901 by two brothers, the firm was sold in 1960.",
			want: []brief{{"1901", "in 1901", "The firm was founded by two brothers"}, {"1960", "in 1960", "The firm was sold"}}},
		{name: "a name and a pronoun", ref: "2026-03-01", text: "Elected in 2010, Smith retired in 2020. Born in 1950, she died in 2021.",
			want: []brief{{"1950", "in 1950", "She was born"}, {"2010", "in 2010", "Smith was elected"}, {"2020", "in 2020", "Smith retired"}, {"2021", "in 2021", "She died"}}},
		{name: "the main clause undated", ref: "2026-03-01", text: "Opened in 1850, the mill is now a museum.",
			want: []brief{{"1850", "in 1850", "The mill was opened"}}},
		{name: "a name and its verb", ref: "2026-03-01", text: "Ahmed moved to Leeds in 1990, and the shop closed.",
			want: []brief{{"1990", "in 1990", "Ahmed moved to Leeds"}}},
	})
}

// TestDatedAppositive36h36d: an appositive of the subject that holds
// another event's date is no part of the main event's title.
func TestDatedAppositive36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a dated appositive", ref: "2026-03-01", text: "The mill, a stone building erected in 1790, burned down in 1850.",
			want: []brief{{"1790", "in 1790", "The mill was erected"}, {"1850", "in 1850", "The mill burned down"}}},
		{name: "an appositive without a participle", ref: "2026-03-01", text: "The team, a finalist in 2019, won the cup in 2021.",
			want: []brief{{"2019", "in 2019", "The team, a finalist"}, {"2021", "in 2021", "The team won the cup"}}},
		{name: "an undated appositive stays", ref: "2026-03-01", text: "The office, once a bank, closed in 1990.",
			want: []brief{{"1990", "in 1990", "The office, once a bank, closed"}}},
	})
}

// TestYearsAfterAYear36h36d: "Two years after the storm" of a storm
// dated to a year is a year, and months after a month a month; not
// after a happening whose start that year was ("The war broke out in
// 1939"), nor days after a year.
func TestYearsAfterAYear36h36d(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "years after a year's event", ref: "2026-03-01", text: "A great storm struck in 1703. Two years after the storm, the town rebuilt its harbour.",
			want: []brief{{"1703", "in 1703", "A great storm struck"}, {"1705", "Two years after the storm", "The town rebuilt its harbour"}}},
		{name: "years after a verb's noun", ref: "2026-03-01", text: "The mill closed in 1902. Three years after the closure, the building was sold.",
			want: []brief{{"1902", "in 1902", "The mill closed"}, {"1905", "Three years after the closure", "The building was sold"}}},
		{name: "months after a month", ref: "2026-03-01", text: "The council approved the plan in March 1990. Six months after the approval, work began on the site.",
			want: []brief{{"1990-03", "in March 1990", "The council approved the plan"}, {"1990-09", "Six months after the approval", "Work began on the site"}}},
		{name: "days after a year are not told", ref: "2026-03-01", text: "A great storm struck in 1703. Two days after the storm, the town rebuilt its harbour.",
			want: []brief{{"1703", "in 1703", "A great storm struck"}}},
		{name: "after a war's start", ref: "2026-03-01", text: "The war broke out in 1939. Two years after the war, the town rebuilt its harbour.",
			want: []brief{{"1939", "in 1939", "The war broke out"}}},
	})
}

// TestCommentHeadIsNoEvent36h36d: the head an issue tracker or a forum
// writes over a comment ("dkowalski commented on Feb 27, 2026") dates
// the comment under it and is no event of its own, nor the name of what
// a bare verb under it tells ("Fixed yesterday."); a heading that tells
// what happened on its day still is one.
func TestCommentHeadIsNoEvent36h36d(t *testing.T) {
	for _, tt := range []struct {
		name, head, body string
		want             []brief
	}{
		{"a handle commented", "dkowalski commented on Feb 27, 2026", "The cache was cleared on Monday.",
			[]brief{{"2026-02-23", "on Monday", "The cache was cleared"}}},
		{"a name replied", "Ana Ruiz replied on 27 February 2026", "The cache was cleared on Monday.",
			[]brief{{"2026-02-23", "on Monday", "The cache was cleared"}}},
		{"a bare verb under a comment's head", "mlopez commented on Feb 27, 2026", "Fixed yesterday.",
			[]brief{{"2026-02-26", "yesterday", "Fixed"}}},
		{"a heading that tells an event", "Order #4471 shipped on 27 February 2026", "The parcel arrived on Monday.",
			[]brief{{"2026-02-23", "on Monday", "The parcel arrived"}, {"2026-02-27", "27 February 2026", "Order #4471 shipped"}}},
		{"a body that commented", "The council commented on 27 February 2026", "The plan was withdrawn on Monday.",
			[]brief{{"2026-02-23", "on Monday", "The plan was withdrawn"}, {"2026-02-27", "27 February 2026", "The council commented"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stamp := day(t, "2026-02-27")
			doc := &timeline.Document{Name: "thread.txt", Sections: []timeline.Section{
				{Kind: timeline.Heading, Text: tt.head},
				{Kind: timeline.Body, Heading: tt.head, Text: tt.body, Citation: timeline.Citation{Date: stamp}, RefFrom: "heading"},
			}}
			if got := briefs(Events(doc, Options{Ref: day(t, "2026-03-01")})); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
