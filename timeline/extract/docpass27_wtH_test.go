package extract

import "testing"

// TestTitles27H pins titles that read a sentence's structure: the
// sentence's own modal verb after a relative clause keeps "who"; a
// second subject with its verb left out takes the first clause's verb; a
// release number ends a title as a name does; a participle phrase after
// a verb's prepositional object is said of that object; a field whose
// value is another date keeps only its bracket's word.
func TestTitles27H(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a modal after the relative clause", ref: "2024-03-18",
			text: "Members who want to help may contact the recorder before 30 April.",
			want: []brief{{"2024-04-30", "before 30 April", "Members who want to help may contact the recorder"}}},
		{name: "a long relative clause before the modal goes", ref: "2025-06-01",
			text: "Farmers and fishermen who get at least two-thirds of their gross income from farming may make a single payment by January 15, 2026.",
			want: []brief{{"2026-01-15", "by January 15, 2026", "Farmers and fishermen may make a single payment"}}},
		{name: "the relative clause's own modal", ref: "2024-03-18",
			text: "The volunteer who will lead the walk on 3 May is Ann Hale.",
			want: []brief{{"2024-05-03", "on 3 May", "The volunteer will lead the walk"}}},
		{name: "a gapped verb after a second subject", ref: "2023-11-02",
			text: "The first Brimstone was seen on 3 April 2023, and the first Orange-tip on 18 April.",
			want: []brief{{"2023-04-03", "on 3 April 2023", "The first Brimstone was seen"}, {"2023-04-18", "on 18 April", "The first Orange-tip was seen"}}},
		{name: "a gapped past verb", ref: "2023-11-02",
			text: "The museum opened in 1990 and the library in 1992.",
			want: []brief{{"1990", "in 1990", "The museum opened"}, {"1992", "in 1992", "The library opened"}}},
		{name: "a release number before an appositive", ref: "2024-06-18",
			text: "On March 9 the fuzzer produced its first crash in libtiffy 2.9.1, a library used by something like 40% of the document converters I looked at.",
			want: []brief{{"2024-03-09", "On March 9", "The fuzzer produced its first crash in libtiffy 2.9.1"}}},
		{name: "a participle after a verb's prepositional object", ref: "2024-07-02",
			text: "The project builds on the CoastSense sensor network, deployed along the Humber estuary in 2021.",
			want: []brief{{"2021", "in 2021", "The CoastSense sensor network was deployed along the Humber estuary"}}},
		{name: "a field's former date", ref: "2025-10-15",
			text: "Full papers: Friday, October 24, 2025, 23:59 AoE (previously October 17)",
			want: []brief{{"2025-10-17", "October 17", "Full papers (previously)"}, {"2025-10-24T23:59-12:00", "Friday, October 24, 2025, 23:59 AoE", "Full papers"}}},
	})
}
