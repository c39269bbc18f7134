package extract

import "testing"

// TestLifeBrackets31: years of a life in brackets after a name titled as
// the life of the one named, whatever comes before the name ("His son
// Henri", "Remembering Cal Brennan", a birth name in the brackets), and
// two labelled dates in one bracket each titled by its own label.
func TestLifeBrackets31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "born c. – died", text: "Giovanni da Sercola (born c. 1450 – died 1519) was an Italian painter.",
			want: []brief{{"1450", "c. 1450", "Giovanni da Sercola is born"}, {"1519", "1519", "Giovanni da Sercola dies"}}},
		{name: "kin before the name", text: "His son Henri (1889–1962) later served as a senator.",
			want: []brief{{"1889/1962", "1889–1962", "Life of Henri"}}},
		{name: "birth name in the brackets", text: "Ilse Marquardt (born Ilse Kessler; 23 September 1902 – 7 January 1979) was a German-American composer.",
			want: []brief{{"1902-09-23/1979-01-07", "23 September 1902 – 7 January 1979", "Life of Ilse Marquardt"}}},
	})
}

// TestTitleGrammar31: a year written short after "back in" takes "back"
// with it; a passive-only participle with an object after a shared "was"
// is the subject's active past; a participle phrase after "closes with
// "Harbour Lights"" is said of the track.
func TestTitleGrammar31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "back in '98", text: "My guest is Tom Okafor, who started Okafor Bicycles back in '98.",
			want: []brief{{"1998", "in '98", "Tom Okafor started Okafor Bicycles"}}},
		{name: "came back in '98", text: "She came back in '98 to run the shop.",
			want: []brief{{"1998", "in '98", "She came back to run the shop"}}},
		{name: "released its first record", text: "Ridgeline was founded in the 1970s and released its first record in 1976.",
			want: []brief{{"197", "in the 1970s", "Ridgeline was founded"}, {"1976", "in 1976", "Ridgeline released its first record"}}},
		{name: "released from prison", text: "He was arrested in May 2019 and released on bail in June 2019.",
			want: []brief{{"2019-05", "in May 2019", "He was arrested"}, {"2019-06", "in June 2019", "He was released on bail"}}},
		{name: "a track recorded live", text: "Side two closes with \"Harbour Lights\", recorded live in 1979.",
			want: []brief{{"1979", "in 1979", "\"Harbour Lights\" was recorded live"}}},
		{name: "a track and its length", text: "Side one closes with \"Weather Vane\" (4:32), recorded live in 1981.",
			want: []brief{{"1981", "in 1981", "\"Weather Vane\" was recorded live"}}},
	})
}

// TestClauseTitles31: "there's the hearing, which ran" is the hearing's;
// "and a third time from ..." repeats the whole first clause; a later
// step in a work's brackets ("(1931; premiered 1952)") is the work's; a
// participle after "Colleagues remember her last lecture" is said of the
// lecture.
func TestClauseTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "there's the hearing", text: "Then there's the hearing, which ran from 3 to 5 March 2020 in Room 404.",
			want: []brief{{"2020-03-03/2020-03-05", "from 3 to 5 March 2020", "The hearing ran in Room 404"}}},
		{name: "a third time", text: "He was Minister of the Interior in 1899–1902, again briefly in 1906, and a third time from 3 November 1910 until 2 March 1911.",
			want: []brief{{"1899/1902", "in 1899–1902", "He was Minister of the Interior"}, {"1906", "in 1906", "He was Minister of the Interior, again briefly"},
				{"1910-11-03/1911-03-02", "from 3 November 1910 until 2 March 1911", "He was Minister of the Interior a third time"}}},
		{name: "premiered in the brackets", text: "- Symphony in C, for large orchestra (1931; premiered 1952)",
			want: []brief{{"1931", "1931", "Symphony in C, for large orchestra"}, {"1952", "1952", "Symphony in C premiered"}}},
		{name: "remember her lecture", text: "Students remember her final seminar, held at the Old Library in May 2019, in which she spoke about glass.",
			want: []brief{{"2019-05", "in May 2019", "Her final seminar was held at the Old Library"}}},
	})
}

// TestSecondDateTitles31: the second of two dated clauses is titled by
// its own words: a second post after "and as", a passive "which" after a
// noun and its participle, a "having" phrase after the main clause's date.
func TestSecondDateTitles31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "and as a second post", text: "She served as Mayor of Lydford from 1906 to 1910 and as Secretary of State for the Colonies from 1916 to 1919.",
			want: []brief{{"1906/1910", "from 1906 to 1910", "She served as Mayor of Lydford"}, {"1916/1919", "from 1916 to 1919", "She served as Secretary of State for the Colonies"}}},
		{name: "which after a participle", text: "The poem survived in a Syriac copy made in the 8th century, which was translated into Greek by an unknown monk in the 11th century.",
			want: []brief{{"07", "in the 8th century", "A Syriac copy was made"}, {"10", "in the 11th century", "A Syriac copy was translated into Greek by an unknown monk"}}},
		{name: "having failed the previous year", text: "He entered the Chamber of Deputies in October 1889, having failed to win the seat the previous year in a by-election.",
			want: []brief{{"1888", "the previous year", "He had failed to win the seat in a by-election"}, {"1889-10", "in October 1889", "He entered the Chamber of Deputies"}}},
	})
}

// TestAnswerDate31: an answer that is a date alone is titled by what the
// question before it asked about, told as a statement.
func TestAnswerDate31(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "opened when", text: "DANA: And the bakery opened when?\nTOM: In the spring of 2001.",
			want: []brief{{"2001-SP", "In the spring of 2001", "The bakery opened"}}},
		{name: "when did the mill close", text: "SAM: When did the foundry close?\nPEGGY: In 1979.",
			want: []brief{{"1979", "In 1979", "The foundry closed"}}},
	})
}
