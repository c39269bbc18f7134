package extract

import "testing"

// TestTimedListTitles: a note listing what happened at which time, item
// by item ("Anaesthetic start 08:42, knife to skin 09:10, closure
// 10:35"), titles each time by its own item, not by the items before it.
func TestTimedListTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "theatre times", ref: "2024-10-07", text: "Anaesthetic start 08:42, knife to skin 09:10, closure 10:35.",
			want: []brief{{"2024-10-07T08:42", "08:42", "Anaesthetic start"}, {"2024-10-07T09:10", "09:10", "Knife to skin"}, {"2024-10-07T10:35", "10:35", "Closure"}}},
	})
}

// TestAppointmentNotes: a note without a verb booking a meeting to come
// ("General paediatric clinic in 8 weeks.") dates it from the letter's
// day, as "She will be seen in clinic in 8 weeks" does; a verb's amount
// ("Recovered in 6 weeks") stays a duration.
func TestAppointmentNotes(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a clinic in weeks", ref: "2025-03-14", text: "General paediatric clinic in 8 weeks.",
			want: []brief{{"2025-W19", "in 8 weeks", "General paediatric clinic"}}},
		{name: "a plan's visit in months", ref: "2025-03-14", text: "Plan: return visit in 3 months.",
			want: []brief{{"2025-06", "in 3 months", "Return visit"}}},
		{name: "a verb's amount", ref: "2025-03-14", text: "Recovered in clinic in 6 weeks.", want: nil},
	})
}

// TestReferralSeenTitle: a referral letter's day the writer saw the
// patient, told in a clause after its courtesy ("Thank you for seeing
// ..., whom I saw in surgery yesterday"), is titled by that clause.
func TestReferralSeenTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "whom I saw yesterday", ref: "2024-11-05", text: "Thank you for seeing this 36-year-old man, whom I saw in surgery yesterday with chest tightness.",
			want: []brief{{"2024-11-04", "yesterday", "Seen in surgery with chest tightness"}}},
	})
}

// TestChainedStepTitles: the steps of a chain of dated steps ("..., followed
// by ... from January through March 2022, then ... on 05/27/2022") are
// titled each by its own step.
func TestChainedStepTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a course of treatment", ref: "2023-04-18", text: "She underwent lumpectomy on 11/30/2021, followed by four cycles of docetaxel from January through March 2022, then whole-breast radiation completed on 05/27/2022.",
			want: []brief{{"2021-11-30", "on 11/30/2021", "She underwent lumpectomy"}, {"2022-01/2022-03", "from January through March 2022", "Four cycles of docetaxel"}, {"2022-05-27", "on 05/27/2022", "Whole-breast radiation completed"}}},
	})
}

// TestDoseChangeTitle: a dose changed in a participle phrase after the
// drug a patient was started on ("started on methotrexate 15 mg weekly
// with folic acid 5 mg on a different day, increased to 20 mg in 2012") is
// the drug's, not the last noun's ("The different day").
func TestDoseChangeTitle(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "methotrexate increased", ref: "2023-04-18", text: "She was started on methotrexate 15 mg weekly with folic acid 5 mg on a different day, increased to 20 mg in 2012.",
			want: []brief{{"2012", "in 2012", "Methotrexate was increased to 20 mg"}}},
	})
}
