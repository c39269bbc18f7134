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
		{name: "the relative clause's own modal", ref: "2024-03-18",
			text: "The volunteer who will lead the walk on 3 May is Ann Hale.",
			want: []brief{{"2024-05-03", "on 3 May", "The volunteer will lead the walk"}}},
	})
}
