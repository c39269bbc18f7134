package extract

import "testing"

// TestTimeOnNamedDay: a clock time told before "on D-Day, 6 June" (the
// day's name, a comma, its date) is one event at that time of that day,
// not a time of the day told in the sentence before plus the day again.
func TestTimeOnNamedDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a time on D-Day, its date after", text: "The battalion embarked on 4 June 1944. The assault went in at 0430 hrs on D-Day, 6 June.",
			want: []brief{{"1944-06-04", "on 4 June 1944", "The battalion embarked"}, {"1944-06-06T04:30", "at 0430 hrs on D-Day, 6 June", "The assault went"}}},
		{name: "alone, with its year", text: "The battalion attacked the ridge at 0430 hrs on D-Day, 6 June 1944.",
			want: []brief{{"1944-06-06T04:30", "at 0430 hrs on D-Day, 6 June 1944", "The battalion attacked the ridge"}}},
	})
}

// TestDiaryPluperfectLine: a "had" in a diary line does not push the time
// that opens the next line back a day.
func TestDiaryPluperfectLine(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a pluperfect before the next line's time", text: "6 June 1944\n0745 hrs  Companies touched down. H-Hour had been fixed.\n0900 hrs  Beach exits cleared.",
			want: []brief{{"1944-06-06T07:45", "0745 hrs", "Companies touched down"}, {"1944-06-06T09:00", "0900 hrs", "Beach exits cleared"}}},
	})
}

// TestDiaryDottedDayInRefYear: a diary line's "1.7.16", read with a
// reference date in 1916, is 1 July 1916, and the time after it that
// day's (not the reference day's).
func TestDiaryDottedDayInRefYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a line's d.m.yy in the writer's year", ref: "1916-06-01", text: "War Diary\n\n1.7.16  0730 hrs. Battalion attacked at Thiepval.",
			want: []brief{{"1916-07-01T07:30", "1.7.16  0730 hrs", "Battalion attacked at Thiepval"}}},
	})
}

// TestDPlusDays: once the text dates D-Day, "On D+1" is the day after it.
func TestDPlusDays(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "D+1 once D-Day is dated", text: "D-Day was 6 June 1944. On D+1 the battalion took up positions on the ridge.",
			want: []brief{{"1944-06-06", "6 June 1944", "D-Day was 6 June 1944"}, {"1944-06-07", "On D+1", "The battalion took up positions on the ridge"}}},
	})
}

// TestDiaryNextWeekday: "On Tuesday" after "Monday 23 April 1951", in a
// text with no date of its own, is the next day.
func TestDiaryNextWeekday(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the next weekday", text: "Monday 23 April 1951. A Company overrun on Castle Hill.\nOn Tuesday the battalion was surrounded.",
			want: []brief{{"1951-04-23", "Monday 23 April 1951", "A Company overrun on Castle Hill"}, {"1951-04-24", "On Tuesday", "The battalion was surrounded"}}},
	})
}

// TestMorningOfTheDay: "On the morning of the 25th" is that day's
// morning, and "Two days later" counts from it.
func TestMorningOfTheDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the morning of the 25th", text: "Sunday 22 April 1951. The Chinese crossed the Imjin.\nOn the morning of the 25th the order was given to break out. Two days later the battalion withdrew.",
			want: []brief{{"1951-04-22", "Sunday 22 April 1951", "The Chinese crossed the Imjin"}, {"1951-04-25TMO", "On the morning of the 25th", "The order was given to break out"}, {"1951-04-27", "Two days later", "The battalion withdrew"}}},
	})
}

// TestLabelDayFourDigitClock: a day or year that labels its line and the
// time its entry gives in four digits ("0430Z", no year) are one event at
// that time.
func TestLabelDayFourDigitClock(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a day's label, then its time", text: "21 May 1982: Battalion landed at San Carlos from 0430Z.",
			want: []brief{{"1982-05-21T04:30Z", "from 0430Z", "Battalion landed at San Carlos"}}},
		{name: "a year's label, then a day and its time", text: "1982: Battalion landed at San Carlos on 21 May at 0430.",
			want: []brief{{"1982-05-21T04:30", "on 21 May at 0430", "Battalion landed at San Carlos"}}},
	})
}

// TestAfterThenSubject: a sentence that opens with "After the Marne it
// moved ..." keeps its "After": the noun phrase after it is no event of
// the date's.
func TestAfterThenSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "After, then a subject", text: "After the Marne it moved north to Flanders in October 1914.",
			want: []brief{{"1914-10", "in October 1914", "After the Marne it moved north to Flanders"}}},
	})
}

// TestStoodBy: "was stood by on 4 June 1944" keeps its particle.
func TestStoodBy(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "stood by", text: "The battalion was stood by on 4 June 1944, but the weather forced a postponement.",
			want: []brief{{"1944-06-04", "on 4 June 1944", "The battalion was stood by"}}},
		{name: "stood by a deadline", text: "The church stood by 1850.",
			want: []brief{{"1850", "by 1850", "The church stood"}}},
	})
}

// TestDiaryPlaceColumn: a diary line's place column in capitals ("28 June
// 1916  BOUZINCOURT.") leaves the title to what happened there; a place
// in mixed case stays the title.
func TestDiaryPlaceColumn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a place column", text: "28 June 1916  BOUZINCOURT. Battalion moved into assembly trenches.",
			want: []brief{{"1916-06-28", "28 June 1916", "Battalion moved into assembly trenches"}}},
		{name: "a place in mixed case stays", text: "28 June 1916, Bouzincourt. Battalion moved into assembly trenches.",
			want: []brief{{"1916-06-28", "28 June 1916", "Bouzincourt"}}},
	})
}
