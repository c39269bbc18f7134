package extract

import "testing"

// TestUnitAfterCoarse35h35i: a happening the text dates only by its year
// or month ("The great flood of 1953", "the fire of March 1911") still
// tells the year, or the month, after or before it; a day or a week
// counted from it stays undated, and a happening dated by its start
// ("began in 1939") tells no year after its end.
func TestUnitAfterCoarse35h35i(t *testing.T) {
	const flood = "The great flood of 1953 swept the harbour wall away. "
	swept := brief{"1953", "1953", "The great flood of 1953 swept the harbour wall away"}
	const fire = "A fire in March 1911 gutted the mill. "
	gutted := brief{"1911-03", "in March 1911", "A fire gutted the mill"}
	runRealCases(t, []realCase{
		{name: "the year after a year", ref: "2017-06-14", text: flood + "The year after the flood, the town rebuilt it.",
			want: []brief{swept, {"1954", "The year after the flood", "The town rebuilt it"}}},
		{name: "the year before a year", ref: "2017-06-14", text: flood + "The year before the flood we had moved to the coast.",
			want: []brief{{"1952", "The year before the flood", "We had moved to the coast"}, swept}},
		{name: "the day after a year", ref: "2017-06-14", text: flood + "The day after the flood we walked to the church.",
			want: []brief{swept}},
		{name: "the week after a year", ref: "2017-06-14", text: flood + "The week after the flood the school reopened.",
			want: []brief{swept}},
		{name: "the month after a year", ref: "2017-06-14", text: flood + "The month after the flood the school reopened.",
			want: []brief{swept}},
		{name: "the month after a month", ref: "2017-06-14", text: fire + "The month after the fire the owners sold the site.",
			want: []brief{gutted, {"1911-04", "The month after the fire", "The owners sold the site"}}},
		{name: "the year after a month", ref: "2017-06-14", text: fire + "The year after the fire the owners sold the site.",
			want: []brief{gutted, {"1912", "The year after the fire", "The owners sold the site"}}},
		{name: "the day after a month", ref: "2017-06-14", text: fire + "The day after the fire the owners sold the site.",
			want: []brief{gutted}},
	})
}

// TestUnitAfterStarted35h35i: a happening dated by when it began ("broke
// out in 1939", "began on 3 May 1926") tells no day or year after it,
// since "after the war" counts from its end; before it still counts.
func TestUnitAfterStarted35h35i(t *testing.T) {
	const war = "The revolt broke out in 1939 and the men left. "
	broke := brief{"1939", "in 1939", "The revolt broke out and the men left"}
	runRealCases(t, []realCase{
		{name: "the year after a war that broke out", ref: "2017-06-14", text: war + "The year after the revolt, the village built a hall.",
			want: []brief{broke}},
		{name: "the year before a war that broke out", ref: "2017-06-14", text: war + "The year before the revolt, the village built a hall.",
			want: []brief{{"1938", "The year before the revolt", "The village built a hall"}, broke}},
		{name: "the day after a strike that began", ref: "2017-06-14", text: "The strike began on 3 May 1926. The day after the strike the trains stood still.",
			want: []brief{{"1926-05-03", "on 3 May 1926", "The strike began"}}},
	})
}

// TestUnitAfterCoarseApart35h35i: a year set apart from the happening by
// a comma ("Our house, built in 1950, survived the storm") is not told of
// it, and gives no year after it.
func TestUnitAfterCoarseApart35h35i(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a year of something else", ref: "2017-06-14", text: "Our cottage, built in 1950, survived the storm. The year after the storm we painted it.",
			want: []brief{{"1950", "in 1950", "Our cottage was built"}}},
		{name: "a year in the clause", ref: "2017-06-14", text: "The storm hit the coast in 1987. The year after the storm we painted it.",
			want: []brief{{"1987", "in 1987", "The storm hit the coast"}, {"1988", "The year after the storm", "We painted it"}}},
	})
}
