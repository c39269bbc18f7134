package extract

import "testing"

// TestWrappedDateEndsItsSentence: a sentence hard-wrapped so that its
// date opens the next line ("until\n31 October 2025.", "on\nSaturday 6
// May.") ends at that date's full stop: a date that carries on the line
// before is no register's label opening an entry, and a clock time that
// does ("at\n21:00 GMT.") no item of a list of times.
func TestWrappedDateEndsItsSentence(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "until, then the date on the next line", ref: "2025-10-06",
			text: "Walks start at 19:30 every Friday from 10 October until\n31 October 2025. The Halloween special on Friday 31 October begins later.",
			want: []brief{{"2025-10-10/2025-10-31", "from 10 October until 31 October 2025", "Walks start at 19:30 every Friday"}, {"2025-10-31", "on Friday 31 October", "The Halloween special begins later"}}},
		{name: "on, then the weekday and date on the next line", ref: "2023-04-02",
			text: "It reopens on\nSaturday 6 May. Our 500th tour took place last Sunday.",
			want: []brief{{"2023-03-26", "last Sunday", "Our 500th tour took place"}, {"2023-05-06", "Saturday 6 May", "It reopens"}}},
		{name: "at, then the clock time on the next line", ref: "2025-10-06",
			text: "The Halloween special on Friday 31 October begins later, at\n21:00 GMT.",
			want: []brief{{"2025-10-31T21:00Z", "on Friday 31 October … 21:00 GMT", "The Halloween special begins later"}}},
		{name: "a register's label still opens its entry", ref: "",
			text: "Baptisms, 1711.\nApril 8. John son of Robert Thaxter.\nApril 15. Mary daughter of Thomas Hale.",
			want: []brief{{"1711", "1711", "Baptisms"}, {"1711-04-08", "April 8", "John son of Robert Thaxter"}, {"1711-04-15", "April 15", "Mary daughter of Thomas Hale"}}},
	})
}

// TestNoBeforeAReference: "no." before a reference of capitals and
// digits is its number, no sentence end: the title keeps its subject.
func TestNoBeforeAReference(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "policy no. and a code in brackets", ref: "2024-03-04",
			text: "The policy (no. CW-778210) had been renewed in December 2021.",
			want: []brief{{"2021-12", "in December 2021", "The policy (no. CW-778210) had been renewed"}}},
		{name: "an answer no, then a sentence", ref: "2024-03-04",
			text: "The council said no. The Hall was sold in December 2021.",
			want: []brief{{"2021-12", "in December 2021", "The Hall was sold"}}},
	})
}

// TestSecondVerbAfterFirst: "and first appeared ... the next day" is a
// second verb of the same subject past an adverb, titled on its own (not
// "He was charged and first appeared").
func TestSecondVerbAfterFirst(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "charged, and first appeared the next day", ref: "2024-01-10",
			text: "He was charged on 2 August 2021 and first appeared before the magistrates the next day.",
			want: []brief{{"2021-08-02", "on 2 August 2021", "He was charged"}, {"2021-08-03", "the next day", "He first appeared before the magistrates"}}},
		{name: "founded, and first reported a profit", ref: "2024-01-10",
			text: "The company was founded in 2009 and first reported a profit in 2015.",
			want: []brief{{"2009", "in 2009", "The company was founded"}, {"2015", "in 2015", "The company first reported a profit"}}},
	})
}

// TestClaimedThing: a claim verb with a thing for its object ("claimed
// asylum", "claimed victory") tells no claim: the title is the subject's
// act, not "United Kingdom claims Asylum".
func TestClaimedThing(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "claimed asylum the next day", ref: "2024-01-10",
			text: "He arrived in the United Kingdom on 27 October 2017 concealed in a lorry and claimed asylum the next day.",
			want: []brief{{"2017-10-27", "on 27 October 2017", "He arrived in the United Kingdom concealed in a lorry"}, {"2017-10-28", "the next day", "He claimed asylum"}}},
		{name: "claimed victory on a day", ref: "2024-01-10",
			text: "The rebels claimed victory on 3 May 2011.",
			want: []brief{{"2011-05-03", "on 3 May 2011", "The rebels claimed victory"}}},
		{name: "a claim told keeps its claimant", ref: "2024-01-10",
			text: "A post on the forum claims the reservoir was built in 1910.",
			want: []brief{{"1910", "in 1910", "A post on the forum claims the reservoir was built"}}},
	})
}

// TestNameThenAside: a name, then what it is set off by commas, then a
// past form: the past form is the name's verb, not a participle said of
// the aside ("The grandest of them was opened", "Our chief executive was
// joined").
func TestNameThenAside(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a cinema and what it was", ref: "2024-01-10",
			text: "The Regal, the grandest of them, opened on Boxing Day 1936.",
			want: []brief{{"1936-12-26", "on Boxing Day 1936", "The Regal, the grandest of them, opened"}}},
		{name: "a person and her post", ref: "2024-01-10",
			text: "Priya Nair, our chief executive, joined in 2019.",
			want: []brief{{"2019", "in 2019", "Priya Nair, our chief executive, joined"}}},
		{name: "a participle said of an object", ref: "2024-01-10",
			text: "We visited Acme, the old mill, built in 1790.",
			want: []brief{{"1790", "in 1790", "The old mill was built"}}},
	})
}

// TestNameForANameThenParticiple: a name set off by another name, then a
// past form, is a participle phrase of a brochure's line.
func TestNameForANameThenParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a temple and its other name", ref: "2024-01-10",
			text: "Kinkaku-ji, the Golden Pavilion, rebuilt in 1955.",
			want: []brief{{"1955", "in 1955", "The Golden Pavilion was rebuilt"}}},
	})
}

// TestWhoOfAPerson: "who" is said of people: after "the workshop of
// Joseph Reddle" the person named is the relative clause's subject, not
// the workshop; a person's kin or a title's "of" stays whole.
func TestWhoOfAPerson(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a workshop of a person, who", ref: "2024-01-10",
			text: "The clock was made in the workshop of Joseph Reddle, who was apprenticed in 1851 at the age of 14.",
			want: []brief{{"1851", "in 1851", "Joseph Reddle was apprenticed at the age of 14"}}},
		{name: "the son of a person, who", ref: "2024-01-10",
			text: "It was made by the son of Joseph Reddle, who was apprenticed in 1851.",
			want: []brief{{"1851", "in 1851", "The son of Joseph Reddle was apprenticed"}}},
		{name: "a family of a place, who", ref: "2024-01-10",
			text: "It belonged to the Fenwick family of Cold Ashby, who sold it at auction on 12 October 1921 for 310 guineas.",
			want: []brief{{"1921-10-12", "on 12 October 1921", "The Fenwick family of Cold Ashby sold it at auction for 310 guineas"}}},
		{name: "a title with of, who", ref: "2024-01-10",
			text: "He met the Duke of Wellington, who was born in 1769.",
			want: []brief{{"1769", "in 1769", "The Duke of Wellington was born"}}},
	})
}

// TestRoleYearsInBrackets: a post and its years in brackets after a
// person's name ("(rector 1838-1873)") title the person in that post, not
// the clause the name stands in.
func TestRoleYearsInBrackets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a rector's years", ref: "2024-01-10",
			text: "The east window was installed in 1874 in memory of Canon Edward Lyle (rector 1838-1873).",
			want: []brief{{"1838/1873", "1838-1873", "Canon Edward Lyle as rector"}, {"1874", "in 1874", "The east window was installed in memory of Canon Edward Lyle (rector 1838-1873)"}}},
	})
}
