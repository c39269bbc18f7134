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
