package e2e_test

import "testing"

// TestClinicalHeaderEvents: a clinical header's field naming what was done
// to the patient ("Date of admission:", "Date of discharge:", "Operation
// date:") is an event titled by its label, as "Date of decision:" is.
func TestClinicalHeaderEvents(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a discharge summary's dates", file: "summary.txt",
			text: "DISCHARGE SUMMARY\nDate of admission: 08/03/2024\nDate of discharge: 15/03/2024\n\nShe went home with her daughter.\n",
			want: []string{"2024-03-08 | Date of admission", "2024-03-15 | Date of discharge"}},
		{name: "an operation note's date", file: "op.txt",
			text: "Operation date: Monday 7 October 2024\n\nThe wound was closed with sutures.\n",
			want: []string{"2024-10-07 | Operation date"}},
	})
}

// TestDictatedTypedNoEvent: a letter's "Dictated: DATE   Typed: DATE"
// line dates the letter and is no event of its own.
func TestDictatedTypedNoEvent(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "a clinic letter", file: "letter.txt",
			text: "Community Mental Health Team\nClinic letter\n\nDictated: 3 July 2023   Typed: 6 July 2023\n\nI reviewed him in clinic on 28 June 2023. Last month he was signed off work.\n",
			want: []string{"2023-06-28 | I reviewed him in clinic", "2023-06 | He was signed off work"},
			not:  []string{"2023-07-03", "2023-07-06"}},
	})
}

// TestPostOpDays: "Day N post-op" is N days after the operation the
// document dates, and a time told under it is on that day.
func TestPostOpDays(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "an operation note's bullets", file: "op.md",
			text: "**Operation date:** Monday 7 October 2024\n\n- **Day 4 post-op:** Stairs assessment passed. Discharged at 16:00.\n",
			want: []string{"2024-10-11 | Stairs assessment passed", "2024-10-11T16:00 | Discharged"},
			not:  []string{"2024-10-07T16:00"}},
		{name: "a discharge letter", file: "d.txt",
			text: "Date of discharge: 15/03/2024\n\nShe underwent laparoscopic cholecystectomy on 11/03/2024. Day 2 post-op she developed a fever; a chest X-ray that afternoon was clear.\n",
			want: []string{"2024-03-13 | She developed a fever", "2024-03-13TAF | A chest X-ray was clear"}},
	})
}

// TestFieldsLineTitles: a line of two dated fields ("LMP: 08/12/2024
// EDD: 14/09/2025") titles each date by its own label, not by the next
// field.
func TestFieldsLineTitles(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "an antenatal summary", file: "a.txt",
			text: "ANTENATAL SUMMARY\nDate: 2 June 2025\n\nLMP: 08/12/2024   EDD: 14/09/2025\n",
			want: []string{"2024-12-08 | ANTENATAL SUMMARY – LMP", "2025-09-14 | ANTENATAL SUMMARY – EDD"}},
	})
}

// TestReLineBirthDates: a letter's "Re:" line giving the patient's name
// and date of birth is the birth of the one named, titled "<name> born",
// the identifiers after it left out.
func TestReLineBirthDates(t *testing.T) {
	runDocCases(t, []docCase{
		{name: "born after a comma", file: "a.txt",
			text: "Dear Sir,\n\nRe: Priya Raman, born 22 August 1979\n\nShe was seen on 4 November 2024.\n",
			want: []string{"1979-08-22 | Priya Raman born"}},
		{name: "DOB among identifiers", file: "b.txt",
			text: "Tuesday 5 November 2024\n\nRe: Thomas Brennan, DOB 17/06/1988, NHS no. 943 476 5919\n\nHe was seen on 1 November.\n",
			want: []string{"1988-06-17 | Thomas Brennan born"}},
		{name: "fields set apart by spaces", file: "c.txt",
			text: "Date of visit: April 18, 2023\n\nRE: Denise Calloway   DOB: 02/09/1967   MRN 00821734\n\nShe had a lumpectomy on 11/30/2021.\n",
			want: []string{"1967-02-09 | Denise Calloway born"}},
	})
}
