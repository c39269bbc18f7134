package extract

import "testing"

// TestPassiveByRelativeClause: a passive's "by" phrase whose noun has a
// relative clause ("founded by immigrants who had been worshipping")
// keeps the sentence's own verb when a long title is shortened; the
// relative clause's auxiliary is not spliced onto the subject.
func TestPassiveByRelativeClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "founded by immigrants who had", ref: "2024-01-01",
			text: "Holy Trinity was founded in 1887 by German and Irish immigrants who had been worshipping in a rented hall above a hardware store.",
			want: []brief{{"1887", "in 1887", "Holy Trinity was founded by German and Irish immigrants"}}},
		{name: "a participle phrase before the verb still goes", ref: "2024-01-01",
			text: "Security officers employed by the contractor AeroGuard at Brightwater Regional Airport will stage a walkout on 3 May over pay.",
			want: []brief{{"2024-05-03", "on 3 May", "Security officers will stage a walkout over pay"}}},
	})
}
