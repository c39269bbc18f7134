// Package tempex finds temporal expressions in English text and normalizes
// them to TIMEX3 values, resolved against a reference date.
//
//	ref, _ := timeline.ParseDate("2017-12-13") // a Wednesday
//	for _, x := range tempex.Tag("Human Rights Watch said on Wednesday that the plan, posted in July, ...", tempex.Options{Ref: ref}) {
//		fmt.Println(x.Text, x.Type, x.Value)
//	}
//	// Wednesday DATE 2017-12-13
//	// July DATE 2017-07
//
// Every expression comes with its byte span in the input (Start, End), its
// TIMEX3 type (DATE, TIME, DURATION, SET), its value, and a modifier when
// the text gives one. Values keep the precision they were written at:
//
//	"13 December 2017", "Dec. 13, 2017", "2017-12-13", "13.12.2017"  2017-12-13
//	"July 2017"                     2017-07 (never 2017-07-01)
//	"the 1990s", "the '90s"         199
//	"the 15th century"              14 (the years 1400-1499)
//	"44 BC"                         BC0044
//	"the third quarter", "Q3 2017"  2017-Q3
//	"last summer"                   2017-SU
//	"this morning"                  2017-12-13TMO (TIME)
//	"3 p.m. EST"                    2017-12-13T15:00 (TIME), Zone "-05:00"
//	"the weekend" (said on a Monday) 2017-W49-WE
//	"the last half of 2017"         2017-H2
//	"Memorial Day", "Good Friday"   2017-05-29, 2017-04-14 (US holidays by rule)
//	"a week from Sunday"            2017-12-24
//	"on the 22nd"                   the 22nd of the month the text is on
//	"three years", "a decade"       P3Y, P10Y (DURATION)
//	"two years and three months"    P2Y3M (DURATION)
//	"several years"                 PXY (DURATION)
//	"every Monday", "annually"      XXXX-WXX-1, P1Y (SET)
//	"recently", "now", "the future" PAST_REF, PRESENT_REF, FUTURE_REF
//	"early 2017", "about 1450"      2017 with mod START, 1450 with mod APPROX
//
// Extents follow TimeML: a leading "the", "last", "next", "early", "about"
// and a trailing "ago" belong to the expression; prepositions ("on",
// "in", "since") and "before"/"after" do not ("before 1990" is 1990 with
// mod BEFORE). A range is two expressions, the first pointing at the
// second through RangeEnd: "1558–1603", "from July to December 2017" (the
// first end borrows the year of the second).
//
// # Resolution
//
// Relative expressions resolve against Options.Ref, never against the
// clock. A weekday takes its direction from the tense of its sentence:
// with the reference date a Wednesday, "said on Wednesday" is that same
// day, "said on Friday" the Friday before, and "will meet on Friday" (or
// "is meeting on Friday") the Friday after. A month without a year is put
// in the year that makes it nearest the reference date, leaning to the
// past or the future with the tense. In Narrative mode (histories such as
// WikiWars) the anchor is the last date the text mentioned instead, so
// that "the following year" after "1812" is 1813 and "25 September" after
// "September 1066" is in 1066; Auto chooses Narrative when there is no
// reference date, or when most years in the text lie far before it and the
// text hardly ever speaks from its own date ("today", "on Friday", "last
// week") nor keeps returning to years around it (a dated story that looks
// back is still news). Anaphora ("the same day", "that year", "two days
// later", "the previous April") follow the last date mentioned in either
// mode; in a history, what is counted from the writer's date ("today",
// "two years ago") does not move the story's date. Without any anchor, relative
// expressions keep unknown parts (XXXX-WXX-3, 1813-XX-XX) rather than
// guessing.
//
// In financial reports, "a year ago" and "the year-earlier period" are the
// quarter a year before the quarter being reported (1988-Q3 after "the
// third quarter" of 1989), as TimeML annotators read them.
//
// # Sharp edges
//
//   - Tense is guessed from nearby words ("said", "will", verbs in -ed), not
//     parsed; a weekday in a sentence without any cue is the nearer of the
//     last and the next one, the last one when they are equally near.
//   - Bare four-digit numbers are years only between 1000 and 2200 and not
//     when they look like counts ("2017 paintings", "1,000 people") or
//     codes ("page 1998", "$2017", "1990%"). Shorter years need an era:
//     "44 BC", "AD 79".
//   - Ages are not durations: "65 years old" and "a 12-year-old" are not
//     tagged, nor are scores ("3:1"), money, percentages or phone numbers.
//   - "May", "March" and abbreviations need a date context ("in May",
//     "May 5"); a capitalized month or weekday followed by a name ("April
//     Ryan", "Sunday Times") is a name.
//   - Numeric dates read month first (12/13/2017) unless Options.DayFirst
//     is set, the first number is above 12, the separator is a period
//     (13.12.2017), or the text writes its dates day first: some date in
//     it can only be read so (25/03/2019, 13.12.2017) and none only month
//     first.
//   - "the past year" is the previous calendar year (a DATE), but "the past
//     two years" is a DURATION, as in the TimeML gold standard.
//   - The zone a clock time was written with goes to Timex.Zone ("-05:00")
//     and Timex.Date (HasZone), not to Value: the TimeML gold never writes
//     one, so Value is T15:00 and Value+Zone the full ISO 8601 time.
//   - A clock time without a day of its own ("at 10 a.m.", "by midnight")
//     falls on the day the text named last, if that was within about a
//     paragraph, and on the reference date otherwise; "noon on 14 January"
//     and "Friday, September 15, at 10 a.m." are two expressions, the time
//     on the date's day. "overnight" is the night before that day. So is
//     "in the afternoon" (that part of the day), and "4 in the morning"
//     is 04:00 on it.
//   - "the weekend" is the Saturday and Sunday that end an ISO week
//     (2017-W49-WE): the one just past in a past-tense sentence or early in
//     the week, the coming one otherwise. Its Date is the week.
//   - A financial report's "a year ago" compares with the first quarter the
//     report names, even after it mentions another ("after a flat second
//     quarter").
//   - An amount range is one duration counted from its lower end: "two to
//     three weeks" is P2W with mod EQUAL_OR_MORE.
//
// A Tagger keeps its scratch buffers between calls; reuse one (per
// goroutine) to tag many texts with few allocations. The scanner is
// hand-written (no regular expressions) and reads tens of megabytes of
// news text per second on one core.
package tempex
