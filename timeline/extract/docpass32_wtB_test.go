package extract

import "testing"

// TestInstrumentNameYear: the year closing an instrument's name written
// in capitals, as its title line does ("... (TEMPORARY PROHIBITION OF
// TRAFFIC) ORDER 2025"), names it, as "the Data Protection Act 2018"
// does: no event.
func TestInstrumentNameYear(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "order in capitals", text: "BRANWICK COUNTY COUNCIL\n(MILL STREET AND QUAY ROAD, ESTONBURY) (TEMPORARY PROHIBITION OF TRAFFIC) ORDER 2025\n\nThe Order will come into force on 11 July 2025.",
			want: []brief{{"2025-07-11", "on 11 July 2025", "The Order will come into force"}}},
		{name: "regulations in capitals", text: "THE HOUSING (STANDARDS) REGULATIONS 2024\n\nThese Regulations come into force on 1 April 2024.",
			want: []brief{{"2024-04-01", "on 1 April 2024", "These Regulations come into force"}}},
	})
}

// TestCrossHeadingRestated: a cross-heading that names the day the
// article under it tells, in the same words ("Provisions coming into
// force on 9th December 2024" over "3. The following provisions of the Act
// come into force on 9th December 2024—"), is that event told twice: one
// row. A heading of other words stays an event of its own.
func TestCrossHeadingRestated(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "heading over its article", text: "Provisions coming into force on 9th December 2024\n3. The following provisions of the Act come into force on 9th December 2024—\n(a) section 12 (duty to maintain waymarks).",
			want: []brief{{"2024-12-09", "on 9th December 2024", "The following provisions of the Act come into force"}}},
		{name: "other words", text: "Provisions coming into force on 9th December 2024\n3. The harbour levy is abolished on 9th December 2024—\n(a) in Quay Road.",
			want: []brief{{"2024-12-09", "on 9th December 2024", "Provisions coming into force"}, {"2024-12-09", "on 9th December 2024", "The harbour levy is abolished"}}},
	})
}
