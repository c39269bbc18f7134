package extract

import "testing"

// TestOpenToPresent pins ranges that run to the time of writing
// ("2019–present", "to the present day"): the range ends on the date of
// the document when it is known, is left open when it is not, and the
// whole range is the date's text, never a headline's "(–present)".
func TestOpenToPresent(t *testing.T) {
	tests := []realCase{
		{
			name: "a tenure in parentheses, dated document",
			text: "Maria Lopez, director (2023–present), opened the new wing on 4 May 2024.",
			ref:  "2026-11-28",
			want: []brief{
				{"2023/2026-11-28", "2023–present", "Maria Lopez, director"},
				{"2024-05-04", "on 4 May 2024", "Maria Lopez, director, opened the new wing"},
			},
		},
		{
			name: "undated document: the end stays open",
			text: "Maria Lopez, director (2023–present), opened the new wing on 4 May 2024.",
			want: []brief{
				{"2023", "2023–present", "Maria Lopez, director"},
				{"2024-05-04", "on 4 May 2024", "Maria Lopez, director, opened the new wing"},
			},
		},
		{
			name: "to the present day",
			text: "He has coached the side from May 2019 to the present day.",
			ref:  "2026-11-28",
			want: []brief{{"2019-05/2026-11-28", "from May 2019 to the present day", "He has coached the side"}},
		},
		{
			name: "present as a verb is no end",
			text: "The museum reopened in 2010 to present its collection.",
			ref:  "2026-11-28",
			want: []brief{{"2010", "in 2010", "The museum reopened to present its collection"}},
		},
	}
	runRealCases(t, tests)
}
