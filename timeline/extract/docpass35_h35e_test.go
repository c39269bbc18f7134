package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestSequenceAdverbSecondVerbH35e: "and later moved to Leeds" is a
// second verb of the first clause's subject past an adverb of sequence
// that could be a date word ("later", "earlier"), not a clause of its
// own without a subject; "later" before a subject of its own still
// opens one.
func TestSequenceAdverbSecondVerbH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "later moved", text: "The firm was founded in 1990 and later moved to Leeds in 1995.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "The firm was founded"}, {"1995", "in 1995", "The firm later moved to Leeds"}}},
		{name: "later became", text: "The chapel was built in 1820 and later became a school in 1890.", ref: "2017-12-13",
			want: []brief{{"1820", "in 1820", "The chapel was built"}, {"1890", "in 1890", "The chapel later became a school"}}},
		{name: "later closed", text: "The mill opened in 1850 and later closed in 1930.", ref: "2017-12-13",
			want: []brief{{"1850", "in 1850", "The mill opened"}, {"1930", "in 1930", "The mill later closed"}}},
		{name: "then, as before", text: "The firm was founded in 1990 and then moved to Leeds in 1995.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "The firm was founded"}, {"1995", "in 1995", "The firm then moved to Leeds"}}},
	})
}

// TestPassiveParticipleAdverbH35e: a participle after "and" with only
// an adverb before its date ("and extended twice in 1910") is a passive
// shared with the first clause's "was", as a bare one is.
func TestPassiveParticipleAdverbH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "twice", text: "The hall was built in 1880 and extended twice in 1910.", ref: "2017-12-13",
			want: []brief{{"1880", "in 1880", "The hall was built"}, {"1910", "in 1910", "The hall was extended twice"}}},
		{name: "manner adverb", text: "The hall was built in 1880 and rebuilt completely in 1955.", ref: "2017-12-13",
			want: []brief{{"1880", "in 1880", "The hall was built"}, {"1955", "in 1955", "The hall was rebuilt completely"}}},
		{name: "later and twice", text: "The hall was built in 1880 and later extended twice in 1910.", ref: "2017-12-13",
			want: []brief{{"1880", "in 1880", "The hall was built"}, {"1910", "in 1910", "The hall was later extended twice"}}},
		{name: "an object: active", text: "The hall was built in 1880 and hosted dances in 1910.", ref: "2017-12-13",
			want: []brief{{"1880", "in 1880", "The hall was built"}, {"1910", "in 1910", "The hall hosted dances"}}},
		{name: "intransitive: active", text: "The team was formed in 1880 and played twice in 1881.", ref: "2017-12-13",
			want: []brief{{"1880", "in 1880", "The team was formed"}, {"1881", "in 1881", "The team played twice"}}},
	})
}

// TestMannerAdverbSecondVerbH35e: a second verb after "and" past an
// adverb of manner ("and steadily fell in June") takes the first
// clause's subject; the first clause is no part of its title.
func TestMannerAdverbSecondVerbH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "steadily fell", text: "Prices rose sharply in March and steadily fell in June.", ref: "2017-12-13",
			want: []brief{{"2017-03", "in March", "Prices rose sharply"}, {"2017-06", "in June", "Prices steadily fell"}}},
		{name: "quickly approved", text: "The council met in May and quickly approved the plan in June.", ref: "2017-12-13",
			want: []brief{{"2017-05", "in May", "The council met"}, {"2017-06", "in June", "The council quickly approved the plan"}}},
		{name: "a passive", text: "The mill was damaged in 1901 and partly rebuilt in 1903.", ref: "2017-12-13",
			want: []brief{{"1901", "in 1901", "The mill was damaged"}, {"1903", "in 1903", "The mill was partly rebuilt"}}},
		{name: "adverb after the verb, as before", text: "Prices rose sharply in March and fell steadily in June.", ref: "2017-12-13",
			want: []brief{{"2017-03", "in March", "Prices rose sharply"}, {"2017-06", "in June", "Prices fell steadily"}}},
	})
}

// TestAdverbOwnSubjectH35e: an adverb after "and" before a subject of
// its own ("and surprisingly the mayor resigned in June") opens a clause
// of its own, which the first is no part of.
func TestAdverbOwnSubjectH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "surprisingly the mayor", text: "The council met in May and surprisingly the mayor resigned in June.", ref: "2017-12-13",
			want: []brief{{"2017-05", "in May", "The council met"}, {"2017-06", "in June", "The mayor resigned"}}},
		{name: "sadly the old mill", text: "The village grew in 1890 and sadly the old mill burned down in 1903.", ref: "2017-12-13",
			want: []brief{{"1890", "in 1890", "The village grew"}, {"1903", "in 1903", "The old mill burned down"}}},
	})
}

// TestWhoClauseAtSentenceEndH35e: a who-clause of one past verb that
// closes the sentence with its date ("We spoke to Tom Reed, who retired
// in 2001") tells of the person, as one set off by commas does.
func TestWhoClauseAtSentenceEndH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "at the end", text: "We spoke to Tom Reed, who retired in 2001.", ref: "2017-12-13",
			want: []brief{{"2001", "in 2001", "Tom Reed retired"}}},
		{name: "before the main verb, as before", text: "Mary Hall, who married in 1872, died in 1930.", ref: "2017-12-13",
			want: []brief{{"1872", "in 1872", "Mary Hall married"}, {"1930", "in 1930", "Mary Hall died"}}},
	})
}

// TestRelativeSecondConjunctH35e: a date in the second of two verbs
// joined by "and" in a relative clause or a participle phrase after a
// noun ("The old school, which was built in 1870 and extended in 1902,
// is now flats") titles the noun with the second verb, and the
// auxiliary the two share when it is a passive; never the main clause
// nor both verbs.
func TestRelativeSecondConjunctH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which, a shared passive", text: "The old school, which was built in 1870 and extended in 1902, is now flats.", ref: "2017-12-13",
			want: []brief{{"1870", "in 1870", "The old school was built"}, {"1902", "in 1902", "The old school was extended"}}},
		{name: "participle phrase", text: "The old school, built in 1870 and extended in 1902, is now flats.", ref: "2017-12-13",
			want: []brief{{"1870", "in 1870", "The old school was built"}, {"1902", "in 1902", "The old school was extended"}}},
		{name: "active verbs", text: "The chapel, which opened in 1850 and closed in 1962, stands empty.", ref: "2017-12-13",
			want: []brief{{"1850", "in 1850", "The chapel opened"}, {"1962", "in 1962", "The chapel closed"}}},
		{name: "an object: no passive", text: "The company, which was founded in 1990 and moved to Leeds in 1995, employs 40 people.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "The company was founded"}, {"1995", "in 1995", "The company moved to Leeds"}}},
		{name: "later", text: "The company, which was founded in 1990 and later moved to Leeds in 1995, employs 40 people.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "The company was founded"}, {"1995", "in 1995", "The company later moved to Leeds"}}},
		{name: "own auxiliary", text: "The hall, which had been used as a school and was sold in 1990, is empty.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "The hall was sold"}}},
		{name: "who", text: "The vicar, who arrived in 1890 and left in 1901, built the school.", ref: "2017-12-13",
			want: []brief{{"1890", "in 1890", "The vicar arrived"}, {"1901", "in 1901", "The vicar left"}}},
		{name: "at the sentence end", text: "We spoke to Tom Reed, who retired in 2001 and died in 2010.", ref: "2017-12-13",
			want: []brief{{"2001", "in 2001", "Tom Reed retired"}, {"2010", "in 2010", "Tom Reed died"}}},
	})
}

// TestMainVerbAfterTwoDatedAsideH35e: the main clause's date after an
// aside that holds two dated verbs ("The chapel, which opened in 1850
// and closed in 1962, was demolished in 1970") titles the main clause,
// the aside gone; not the aside's second verb with the main one ("Closed,
// was demolished"), nor a cut word ("The chapel was dem").
func TestMainVerbAfterTwoDatedAsideH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "which", text: "The chapel, which opened in 1850 and closed in 1962, was demolished in 1970.", ref: "2017-12-13",
			want: []brief{{"1850", "in 1850", "The chapel opened"}, {"1962", "in 1962", "The chapel closed"}, {"1970", "in 1970", "The chapel was demolished"}}},
		{name: "participles", text: "The chapel, built in 1850 and enlarged in 1880, was demolished in 1970.", ref: "2017-12-13",
			want: []brief{{"1850", "in 1850", "The chapel was built"}, {"1880", "in 1880", "The chapel was enlarged"}, {"1970", "in 1970", "The chapel was demolished"}}},
		{name: "one dated verb, as before", text: "The chapel, which opened in 1850, was demolished in 1970.", ref: "2017-12-13",
			want: []brief{{"1850", "in 1850", "The chapel opened"}, {"1970", "in 1970", "The chapel was demolished"}}},
	})
}

// TestDateOpensClauseAfterAndH35e: a date after "and" that opens a
// clause with a subject of its own, counted on from the first ("and
// three years later the station was demolished") or with its
// preposition ("and in August the council agreed"), is no second item of
// a list of dates: each date titles its own clause.
func TestDateOpensClauseAfterAndH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "counted on", text: "The line closed in 1964 and three years later the station was demolished.", ref: "2017-12-13",
			want: []brief{{"1964", "in 1964", "The line closed"}, {"1967", "three years later", "The station was demolished"}}},
		{name: "a year later", text: "The school opened in 1905 and a year later the first pupils sat exams.", ref: "2017-12-13",
			want: []brief{{"1905", "in 1905", "The school opened"}, {"1906", "a year later", "The first pupils sat exams"}}},
		{name: "with its preposition", text: "Talks were held in 2019 and in 2020 the plan was approved.", ref: "2017-12-13",
			want: []brief{{"2019", "in 2019", "Talks were held"}, {"2020", "in 2020", "The plan was approved"}}},
		{name: "weekdays", text: "The museum opens on Saturday and on Sunday the cafe opens too.", ref: "2017-12-13",
			want: []brief{{"2017-12-16", "on Saturday", "The museum opens"}, {"2017-12-17", "on Sunday", "The cafe opens too"}}},
		{name: "a list, as before", text: "The 2020 and 2021 editions were held online.", ref: "2017-12-13",
			want: []brief{{"2020", "2020", "The editions were held online"}, {"2021", "2021", "The editions were held online"}}},
		{name: "a gapped subject, as before", text: "The mill closed in 1930 and reopened two years later.", ref: "2017-12-13",
			want: []brief{{"1930", "in 1930", "The mill closed"}, {"1932", "two years later", "The mill reopened"}}},
	})
}

// TestGappedSubjectWithPlaceH35e: a gapped clause whose new subject is a
// person of someone's ("and her brother Joseph in 1890") or a given name
// after a comma ("Sarah lived in Leeds in 1881, and Joseph in 1890")
// takes the first clause's verb with its place or thing; a name that may
// be the place's stays alone.
func TestGappedSubjectWithPlaceH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a given name", text: "Sarah lived in Leeds in 1881, and Joseph in 1890.", ref: "2017-12-13",
			want: []brief{{"1881", "in 1881", "Sarah lived in Leeds"}, {"1890", "in 1890", "Joseph lived in Leeds"}}},
		{name: "moved to", text: "Sarah moved to Leeds in 1881, and Joseph in 1890.", ref: "2017-12-13",
			want: []brief{{"1881", "in 1881", "Sarah moved to Leeds"}, {"1890", "in 1890", "Joseph moved to Leeds"}}},
		{name: "kin", text: "Joseph Lees emigrated to Canada in 1851, and his brother Thomas in 1853.", ref: "2017-12-13",
			want: []brief{{"1851", "in 1851", "Joseph Lees emigrated to Canada"}, {"1853", "in 1853", "His brother Thomas emigrated to Canada"}}},
		{name: "a passive", text: "Anna was buried at St Mary's in 1901, and her husband in 1910.", ref: "2017-12-13",
			want: []brief{{"1901", "in 1901", "Anna was buried at St Mary's"}, {"1910", "in 1910", "Her husband was buried at St Mary's"}}},
		{name: "a place's name, as before", text: "Smith lived in Paris in 1990, and Rome in 1992.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "Smith lived in Paris"}, {"1992", "in 1992", "Rome"}}},
		{name: "a pronoun's place, as before", text: "He lived in Paris in 1990 and Rome in 1992.", ref: "2017-12-13",
			want: []brief{{"1990", "in 1990", "He lived in Paris"}, {"1992", "in 1992", "He lived in Rome"}}},
	})
}

// TestEmptiedAppositiveH35e: an appositive that tells what the subject
// was and when it was born or built ("Joseph Lees, a weaver born in
// 1820, emigrated to Canada in 1851") is no part of the main clause's
// title once its date is gone.
func TestEmptiedAppositiveH35e(t *testing.T) {
	for text, want := range map[string]brief{
		"Joseph Lees, a weaver born in 1820, emigrated to Canada in 1851.": {"1851", "in 1851", "Joseph Lees emigrated to Canada"},
		"The Regal, a cinema built in 1936, closed in 1980.":               {"1980", "in 1980", "The Regal closed"},
	} {
		var opt Options
		opt.Ref = day(t, "2017-12-13")
		if got := briefs(Events(oneSection("p.txt", text, timeline.Citation{}), opt)); !slices.Contains(got, want) {
			t.Errorf("%q: got %q, want %q among them", text, got, want)
		}
	}
}

// TestHavingLeadH35e: a date in a phrase of "Having" and a participle
// that opens the sentence ("Having sold the mill in 1871, Edward moved
// to Harrogate") titles what the subject had done, as after "After".
func TestHavingLeadH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "having sold", text: "Having sold the mill in 1871, Edward moved to Harrogate.", ref: "2017-12-13",
			want: []brief{{"1871", "in 1871", "Edward sold the mill"}}},
		{name: "two dates", text: "Having sold the mill in 1871, Edward moved to Harrogate in 1872.", ref: "2017-12-13",
			want: []brief{{"1871", "in 1871", "Edward sold the mill"}, {"1872", "in 1872", "Edward moved to Harrogate"}}},
		{name: "having been", text: "Having been appointed vicar in 1890, he rebuilt the church.", ref: "2017-12-13",
			want: []brief{{"1890", "in 1890", "He was appointed vicar"}}},
	})
}

// TestGappedCountWordH35e: a gapped clause that changes a count written
// as a word ("Eleven children were baptised in 1860, and nine in 1861")
// is the first clause with the new count, as with figures; "one" for a
// plural is left alone.
func TestGappedCountWordH35e(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "nine", text: "Eleven children were baptised in 1860, and nine in 1861.", ref: "2017-12-13",
			want: []brief{{"1860", "in 1860", "Eleven children were baptised"}, {"1861", "in 1861", "Nine children were baptised"}}},
		{name: "fifty", text: "The club had forty members in 2019 and fifty in 2021.", ref: "2017-12-13",
			want: []brief{{"2019", "in 2019", "The club had forty members"}, {"2021", "in 2021", "The club had fifty members"}}},
		{name: "figures, as before", text: "The club had 40 members in 2019 and 55 in 2021.", ref: "2017-12-13",
			want: []brief{{"2019", "in 2019", "The club had 40 members"}, {"2021", "in 2021", "The club had 55 members"}}},
	})
	for _, text := range []string{"Two men were hanged in 1820 and one in 1821.", "The club had 40 members in 2019 and 1 in 2021."} {
		var opt Options
		opt.Ref = day(t, "2017-12-13")
		for _, b := range briefs(Events(oneSection("p.txt", text, timeline.Citation{}), opt)) {
			if strings.Contains(strings.ToLower(b.Title), "one men") || strings.Contains(b.Title, " 1 members") {
				t.Errorf("%q: title %q", text, b.Title)
			}
		}
	}
}
