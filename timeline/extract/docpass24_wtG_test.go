package extract

import "testing"

// TestRangePartsSetOffByAComma: a range whose two ends stand apart only
// by a comma ("from October 1, 2023, through May 18, 2024") has the
// words as written for its date text; ends written apart by other words
// are still joined by " … ".
func TestRangePartsSetOffByAComma(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "from ..., through ...", ref: "2024-06-01", text: "A total of 3,412 hospitalizations were reported from October 1, 2023, through May 18, 2024.",
			want: []brief{{"2023-10-01/2024-05-18", "from October 1, 2023, through May 18, 2024", "A total of 3,412 hospitalizations were reported"}}},
		{name: "ends apart", ref: "2021-01-10", text: "A second closure followed on 5 November 2020 and lasted until 2 December 2020.",
			want: []brief{{"2020-11-05/2020-12-02", "on 5 November 2020 … until 2 December 2020", "A second closure followed and lasted"}}},
	})
}
