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
