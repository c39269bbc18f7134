package extract

import "testing"

// TestMemorialLeadIn: an inscription's lead-in before the name ("Also
// of", "In loving memory of") is not part of the name its mark dates.
func TestMemorialLeadIn(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "also of", text: "Also of Ann, his wife, d. 3 Aug 1898 aged 71.",
			want: []brief{{"1898-08-03", "3 Aug 1898", "Ann dies"}}},
		{name: "sacred to the memory of", text: "Sacred to the memory of Thomas Mellor, b. 4 May 1801.",
			want: []brief{{"1801-05-04", "4 May 1801", "Thomas Mellor is born"}}},
	})
}
