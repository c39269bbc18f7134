package sheet

import (
	"testing"
)

func TestParseSpan(t *testing.T) {
	tests := []struct {
		name  string
		order Order
		short bool // sheet with a precision column (our events.csv)
		in    string
		start string // TIMEX3 value expected
		end   string
		mod   string
		err   bool
	}{
		{name: "month abbreviation", in: "Jul 2017", start: "2017-07"},
		{name: "month name comma", in: "July, 2017", start: "2017-07"},
		{name: "year first month", in: "2017 July", start: "2017-07"},
		{name: "year", in: "1066", start: "1066"},
		{name: "fiscal year code", in: "FY2021", start: "2021"},
		{name: "fiscal year code spaced", in: "FY 2021", start: "2021"},
		{name: "fiscal year words", in: "fiscal 2021", start: "2021"},
		{name: "fiscal year in full", in: "Fiscal year 2021", start: "2021"},
		{name: "season", in: "Spring 1944", start: "1944-SP"},
		{name: "season of", in: "summer of 1969", start: "1969-SU"},
		{name: "autumn", in: "Autumn 1989", start: "1989-FA"},
		{name: "year range", in: "1939-1945", start: "1939", end: "1945"},
		{name: "abbreviated year range", in: "1939-45", start: "1939", end: "1945"},
		{name: "en dash range", in: "1939–1945", start: "1939", end: "1945"},
		{name: "spaced range", in: "1939 - 1945", start: "1939", end: "1945"},
		{name: "to range", in: "July 2017 to December 2017", start: "2017-07", end: "2017-12"},
		{name: "month range borrows year", in: "July – December 2017", start: "2017-07", end: "2017-12"},
		{name: "day range", in: "13-15 December 2017", start: "2017-12-13", end: "2017-12-15"},
		{name: "day range en dash", in: "13–15 December 2017", start: "2017-12-13", end: "2017-12-15"},
		{name: "US day range", in: "December 13-15, 2017", start: "2017-12-13", end: "2017-12-15"},
		{name: "between", in: "between 1939 and 1945", start: "1939", end: "1945"},
		{name: "a season of two years", in: "2019/20", start: "2019", end: "2020"},
		{name: "a season over a century", in: "1999/00", start: "1999", end: "2000"},
		{name: "a season in full", in: "1999/2000", start: "1999", end: "2000"},
		{name: "a slash and a month is the month", in: "2011/12", start: "2011-12"},
		{name: "years apart are no season", in: "2019/25", err: true},
		{name: "iso interval", in: "2017-12-13/2017-12-15", start: "2017-12-13", end: "2017-12-15"},
		{name: "backwards range", in: "1945-1939", err: true, start: "1945", end: "1939"},
		{name: "BC", in: "44 BC", start: "BC0044"},
		{name: "BC dotted", in: "44 B.C.", start: "BC0044"},
		{name: "BCE", in: "44 BCE", start: "BC0044"},
		{name: "BC range", in: "100-44 BC", start: "BC0100", end: "BC0044"},
		{name: "a day BC", in: "10 January 49 BC", start: "BC0049-01-10"},
		{name: "a century BC", in: "1st century BC", start: "BC00"},
		{name: "AD prefix", in: "AD 33", start: "0033"},
		{name: "small year", in: "800", start: "0800"},
		{name: "circa", in: "c. 1450", start: "1450", mod: "APPROX"},
		{name: "early", in: "early 2017", start: "2017", mod: "START"},
		{name: "mid hyphen", in: "mid-2017", start: "2017", mod: "MID"},
		{name: "iso day", in: "2017-12-13", start: "2017-12-13"},
		{name: "day first unambiguous", in: "13/12/2017", start: "2017-12-13"},
		{name: "month first unambiguous", in: "12/13/2017", start: "2017-12-13"},
		{name: "ambiguous month first by default", in: "03/04/2017", start: "2017-03-04"},
		{name: "ambiguous day first by order", order: DayFirst, in: "03/04/2017", start: "2017-04-03"},
		{name: "contradicts order", order: MonthFirst, in: "13/12/2017", start: "2017-12-13", err: true},
		{name: "dotted day", order: DayFirst, in: "13.12.2017", start: "2017-12-13"},
		{name: "two digit year", order: DayFirst, in: "13/12/17", start: "2017-12-13"},
		{name: "slash year first", in: "2017/12/13", start: "2017-12-13"},
		{name: "numeric month", in: "07/2017", start: "2017-07"},
		{name: "numeric month year first", in: "2017/7", start: "2017-07"},
		{name: "day month year", in: "13 December 2017", start: "2017-12-13"},
		{name: "ordinal day of", in: "the 13th of December 2017", start: "2017-12-13"},
		{name: "US long", in: "December 13, 2017", start: "2017-12-13"},
		{name: "abbreviated dotted", in: "Dec. 13, 2017", start: "2017-12-13"},
		{name: "weekday", in: "Wednesday, December 13, 2017", start: "2017-12-13"},
		{name: "wrong weekday", in: "Monday, December 13, 2017", start: "2017-12-13", err: true},
		{name: "excel day", in: "13-Dec-17", start: "2017-12-13"},
		{name: "time minutes", in: "2017-12-13 15:04", start: "2017-12-13T15:04"},
		{name: "time seconds zone", in: "2017-12-13T15:04:05Z", start: "2017-12-13T15:04:05Z"},
		{name: "fractional seconds", in: "2017-12-13T15:04:05.123+01:00", start: "2017-12-13T15:04:05+01:00"},
		{name: "pm hour", in: "December 13, 2017 3pm", start: "2017-12-13T15:00"},
		{name: "pm minutes", in: "13 Dec 2017 3:30 p.m.", start: "2017-12-13T15:30"},
		{name: "time with zone word", in: "13 Dec 2017 15:30 UTC", start: "2017-12-13T15:30Z"},
		{name: "quarter", in: "Q3 2017", start: "2017-Q3"},
		{name: "quarter after", in: "2017 Q3", start: "2017-Q3"},
		{name: "ordinal quarter", in: "third quarter of 2017", start: "2017-Q3"},
		{name: "half", in: "H1 2017", start: "2017-H1"},
		{name: "first half", in: "first half of 2017", start: "2017-H1"},
		{name: "week", in: "week 50 2017", start: "2017-W50"},
		// Weeks, quarters and halves as roadmaps write them (QA 20, C3).
		{name: "week letter before the year", in: "W27 2025", start: "2025-W27"},
		{name: "week abbreviation and comma", in: "Wk 27, 2025", start: "2025-W27"},
		{name: "week of a year", in: "week 14 of 2025", start: "2025-W14"},
		{name: "week with a slash", in: "W27/2025", start: "2025-W27"},
		{name: "year before the week", in: "2025 W27", start: "2025-W27"},
		{name: "year and week glued", in: "2025W27", start: "2025-W27"},
		{name: "year before week words", in: "2025 week 27", start: "2025-W27"},
		{name: "week 53 of a long year", in: "W53 2026", start: "2026-W53"},
		{name: "week 53 of a short year", in: "W53 2025", err: true},
		{name: "week zero", in: "W00 2025", err: true},
		{name: "quarter number first", in: "3Q25", start: "2025-Q3"},
		{name: "quarter number first, full year", in: "3Q 2025", start: "2025-Q3"},
		{name: "quarter number first, apostrophe", in: "4Q'24", start: "2024-Q4"},
		{name: "half number first", in: "1H26", start: "2026-H1"},
		{name: "quarter with a slash", in: "Q3/2025", start: "2025-Q3"},
		{name: "quarter with a hyphen and two digits", in: "Q3-25", start: "2025-Q3"},
		{name: "quarter with an apostrophe", in: "Q3 '25", start: "2025-Q3"},
		{name: "year slash quarter", in: "2025/Q3", start: "2025-Q3"},
		{name: "quarter five", in: "5Q25", err: true},
		{name: "fiscal quarter is not a calendar quarter", in: "FY2026 Q1", err: true},
		{name: "decade", in: "1990s", start: "199"},
		{name: "decade the", in: "the 1990s", start: "199"},
		{name: "hundreds", in: "1800s", start: "18"},
		{name: "the 2000s are a decade", in: "2000s", start: "200"},
		{name: "decades to the 2000s", in: "1990s–2000s", start: "199", end: "200"},
		{name: "century", in: "19th century", start: "18"},
		{name: "century BC", in: "5th century BC", start: "BC04"},
		{name: "timex month", in: "2017-07", start: "2017-07"},
		{name: "timex season", in: "2017-SU", start: "2017-SU"},
		{name: "timex week", in: "2017-W50", start: "2017-W50"},
		{name: "timex BC", in: "BC0044", start: "BC0044"},
		{name: "timex decade in our sheet", short: true, in: "199", start: "199"},
		{name: "timex century in our sheet", short: true, in: "19", start: "19"},
		{name: "vague", in: "PAST_REF", start: "PAST_REF"},
		{name: "dateparse fallback", in: "Wed Dec 13 15:04:05 2017", start: "2017-12-13T15:04:05"},
		{name: "tagger holiday", in: "Christmas 2017", start: "2017-12-25"},
		{name: "tagger week of a month", in: "the first week of May 1945", start: "1945-05", mod: "START"},
		{name: "tagger partial is refused", in: "soon after the surrender of May 1945", err: true},
		{name: "relative is refused", in: "on Wednesday", err: true},
		{name: "no year", in: "13 December", err: true},
		{name: "no year numeric", in: "3/4", err: true},
		{name: "garbage", in: "sometime soon", err: true},
		{name: "year zero", in: "0", err: true},
		{name: "bad day", in: "31 February 2017", err: true},
		{name: "bad month", in: "2017-13-01", err: true},
		{name: "empty", in: "  "},
		// Winters, uncertain dates and pairs of seasons (the QA pass's
		// sheet).
		{name: "winter across two years", in: "Winter 1941/42", start: "1941-WI"},
		{name: "winter of four-digit years", in: "winter of 1941/1942", start: "1941-WI"},
		{name: "winter hyphenated", in: "Winter 1941-42", start: "1941-WI"},
		{name: "winter across centuries", in: "winter 1999/00", start: "1999-WI"},
		{name: "winter after the years", in: "1941/42 winter", start: "1941-WI"},
		{name: "winter of years apart", in: "Winter 1941/43", err: true},
		{name: "summer across two years", in: "Summer 1941/42", err: true},
		{name: "uncertain year", in: "1450?", start: "1450", mod: "APPROX"},
		{name: "uncertain year spaced", in: "1450 ?", start: "1450", mod: "APPROX"},
		{name: "uncertain decade", in: "1450s?", start: "145", mod: "APPROX"},
		{name: "uncertain month", in: "June 1944?", start: "1944-06", mod: "APPROX"},
		{name: "uncertain range", in: "1939-1945?", start: "1939", end: "1945", mod: "APPROX"},
		{name: "uncertain start of a range", in: "1450? – 1500", start: "1450", end: "1500", mod: "APPROX"},
		{name: "uncertain keeps its own mod", in: "early 1990s?", start: "199", mod: "START"},
		{name: "uncertain circa", in: "c. 1450?", start: "1450", mod: "APPROX"},
		{name: "question marks only", in: "??", err: true},
		{name: "double question mark", in: "1450??", err: true},
		{name: "circa glued", in: "c.1450", start: "1450", mod: "APPROX"},
		{name: "ca. spaced", in: "ca. 1450", start: "1450", mod: "APPROX"},
		{name: "seasons with a slash", in: "Spring/Summer 1944", start: "1944-SP", end: "1944-SU"},
		{name: "seasons with a dash", in: "Spring – Summer 1944", start: "1944-SP", end: "1944-SU"},
		{name: "autumn to winter", in: "Autumn/Winter 1944", start: "1944-FA", end: "1944-WI"},
		{name: "winter to spring", in: "Winter/Spring 1945", start: "1944-WI", end: "1945-SP"},
		{name: "months with a slash", in: "June/July 1944", start: "1944-06", end: "1944-07"},
		{name: "winter to a later winter", in: "Winter 1941/42 – Winter 1942/43", start: "1941-WI", end: "1942-WI"},
		// A hand-edited TIMEX3 month with no such month.
		{name: "month 13 in our sheet", short: true, in: "2017-13", err: true},
		{name: "month 13 backwards is no range", in: "2017-13", err: true},
		{name: "month 00", in: "2017-00", err: true},
		{name: "forward abbreviated range", in: "2010-13", start: "2010", end: "2013"},
		// Dates written in Spanish, French, German, Portuguese, Italian
		// and Dutch, at the precision written.
		{name: "es day", in: "15 de marzo de 2023", start: "2023-03-15"},
		{name: "es month", in: "marzo de 2023", start: "2023-03"},
		{name: "es article and weekday", in: "el miércoles 15 de marzo de 2023", start: "2023-03-15"},
		{name: "es wrong weekday", in: "lunes, 15 de marzo de 2023", start: "2023-03-15", err: true},
		{name: "es ordinal first", in: "1º de marzo de 2023", start: "2023-03-01"},
		{name: "es Excel abbreviation", order: DayFirst, in: "15-ago-23", start: "2023-08-15"},
		{name: "es time", in: "15 de marzo de 2023 a las 10:30", start: "2023-03-15T10:30"},
		{name: "es p. m.", order: DayFirst, in: "15/03/2023 10:30:00 p. m.", start: "2023-03-15T22:30:00"},
		{name: "es a. m.", order: DayFirst, in: "15/03/2023 12:05 a. m.", start: "2023-03-15T00:05"},
		{name: "es Excel weekday", order: DayFirst, in: "mié 15/03/2023", start: "2023-03-15"},
		{name: "es del year", in: "15 de marzo del 2023", start: "2023-03-15"},
		{name: "es capitals", in: "15 DE MARZO DE 2023", start: "2023-03-15"},
		{name: "fr weekday abbreviation", in: "mer. 15 mars 2023", start: "2023-03-15"},
		{name: "fr wrong weekday abbreviation", in: "jeu. 15 mars 2023", start: "2023-03-15", err: true},
		{name: "es no year", in: "15 de marzo", err: true},
		{name: "es no such day", in: "31 de febrero de 2023", err: true},
		{name: "es early", in: "principios de 1990", start: "1990", mod: "START"},
		{name: "es late", in: "a finales de 1990", start: "1990", mod: "END"},
		{name: "es about", in: "hacia 1450", start: "1450", mod: "APPROX"},
		{name: "es BC", in: "44 a. C.", start: "BC0044"},
		{name: "es BC glued", in: "44 a.C.", start: "BC0044"},
		{name: "es season", in: "primavera de 1944", start: "1944-SP"},
		{name: "es range of years", in: "de 1939 a 1945", start: "1939", end: "1945"},
		{name: "es between", in: "entre 1939 y 1945", start: "1939", end: "1945"},
		{name: "es range of days", in: "del 13 al 15 de marzo de 2023", start: "2023-03-13", end: "2023-03-15"},
		{name: "es hyphenated days", in: "13-15 de marzo de 2023", start: "2023-03-13", end: "2023-03-15"},
		{name: "es range of months", in: "de marzo a junio de 2023", start: "2023-03", end: "2023-06"},
		{name: "fr day", in: "15 mars 2023", start: "2023-03-15"},
		{name: "fr month", in: "mars 2023", start: "2023-03"},
		{name: "fr first", in: "le 1er mars 2023", start: "2023-03-01"},
		{name: "fr weekday", in: "mercredi 15 mars 2023", start: "2023-03-15"},
		{name: "fr accents", in: "15 août 2023", start: "2023-08-15"},
		{name: "fr abbreviation", in: "févr. 2020", start: "2020-02"},
		{name: "fr time", in: "15 mars 2023 à 15h30", start: "2023-03-15T15:30"},
		{name: "fr mid", in: "mi-mars 2023", start: "2023-03", mod: "MID"},
		{name: "fr BC", in: "44 av. J.-C.", start: "BC0044"},
		{name: "fr range of days", in: "du 13 au 15 mars 2023", start: "2023-03-13", end: "2023-03-15"},
		{name: "fr winter", in: "hiver 1941/42", start: "1941-WI"},
		{name: "de day", in: "15. März 2023", start: "2023-03-15"},
		{name: "de day without umlaut", in: "15. Maerz 2023", start: "2023-03-15"},
		{name: "de weekday", in: "Mittwoch, 15. März 2023", start: "2023-03-15"},
		{name: "de hour", in: "15. März 2023 um 15 Uhr", start: "2023-03-15T15:00"},
		{name: "de month", in: "Oktober 1990", start: "1990-10"},
		{name: "de early", in: "Anfang 1990", start: "1990", mod: "START"},
		{name: "de late month", in: "Ende Mai 2023", start: "2023-05", mod: "END"},
		{name: "de decade", in: "1990er", start: "199"},
		{name: "de BC", in: "44 v. Chr.", start: "BC0044"},
		{name: "de range", in: "von 1939 bis 1945", start: "1939", end: "1945"},
		{name: "de spring", in: "Frühling 1944", start: "1944-SP"},
		{name: "pt month", in: "março de 2023", start: "2023-03"},
		{name: "pt day", in: "25 de abril de 1974", start: "1974-04-25"},
		{name: "pt weekday", in: "quarta-feira, 15 de março de 2023", start: "2023-03-15"},
		{name: "pt wrong weekday", in: "segunda-feira, 15 de março de 2023", start: "2023-03-15", err: true},
		{name: "it day", in: "15 marzo 2023", start: "2023-03-15"},
		{name: "it first", in: "1° marzo 2023", start: "2023-03-01"},
		{name: "it range", in: "dal 1939 al 1945", start: "1939", end: "1945"},
		{name: "nl day", in: "15 maart 2023", start: "2023-03-15"},
		{name: "nl abbreviation", order: DayFirst, in: "15-mrt-2023", start: "2023-03-15"},
		{name: "nl range", in: "van 1939 tot 1945", start: "1939", end: "1945"},
		{name: "nl between", in: "tussen 1939 en 1945", start: "1939", end: "1945"},
		// plans and roadmaps
		{name: "two quarters of a year", in: "Q1-Q2 2027", start: "2027-Q1", end: "2027-Q2"},
		{name: "two quarters with a dash", in: "Q3–Q4 2026", start: "2026-Q3", end: "2026-Q4"},
		{name: "two quarters spaced", in: "Q2 - Q4 2025", start: "2025-Q2", end: "2025-Q4"},
		{name: "both halves", in: "H1-H2 2027", start: "2027-H1", end: "2027-H2"},
		{name: "quarters backwards", in: "Q4-Q1 2027", start: "2027-Q4", end: "2027-Q1", err: true},
		{name: "status then date", in: "Shipped (Mar 2026)", start: "2026-03"},
		{name: "status then day", in: "Done (2026-03-02)", start: "2026-03-02"},
		{name: "date then status", in: "Sept 2026 (est.)", start: "2026-09"},
		{name: "bracket holds a month", in: "1944 (June)", start: "", err: true},
		{name: "status with no date", in: "Done (soon)", start: "", err: true},
		{name: "to be decided", in: "TBD", start: ""},
		{name: "to be confirmed", in: "tbc", start: ""},
		{name: "not applicable", in: "n/a", start: ""},
		{name: "a question mark", in: "?", start: ""},
		{name: "approximate by a tilde", in: "~1450", start: "1450", mod: "APPROX"},
		{name: "approximate by a note", in: "1450 (approx.)", start: "1450", mod: "APPROX"},
		{name: "a question mark in brackets", in: "1450 (?)", start: "1450", mod: "APPROX"},
		{name: "an uncertain start", in: "1200?-1250", start: "1200", end: "1250", mod: "APPROX"},
		{name: "a dash", in: "—", start: ""},
		{name: "seven in the evening", in: "20/12/2025 7pm", order: DayFirst, start: "2025-12-20T19:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cp := &cellParser{order: tc.order, shortTIMEX: tc.short}
			sp, err := cp.parseSpan(tc.in)
			if (err != nil) != tc.err {
				t.Fatalf("parseSpan(%q) error = %v, want error %v (got %s/%s)", tc.in, err, tc.err, sp.Start, sp.End)
			}
			if got := sp.Start.String(); got != tc.start {
				t.Errorf("parseSpan(%q) start = %q (%v), want %q", tc.in, got, sp.Start.Prec, tc.start)
			}
			if got := sp.End.String(); got != tc.end {
				t.Errorf("parseSpan(%q) end = %q, want %q", tc.in, got, tc.end)
			}
			if got := sp.Start.Mod.String(); got != tc.mod {
				t.Errorf("parseSpan(%q) mod = %q, want %q", tc.in, got, tc.mod)
			}
		})
	}
}

// TestCellMessages pins what a cell that cannot be read is reported as.
func TestCellMessages(t *testing.T) {
	tests := []struct {
		name  string
		short bool // a sheet of TIMEX3 values (our events.csv)
		in    string
		want  string
	}{
		{name: "month 13 in our sheet", short: true, in: "2017-13", want: "month 13 is not 01 to 12"},
		{name: "month 13 elsewhere", in: "2017-13", want: "month 13 is not 01 to 12"},
		{name: "month 00", short: true, in: "2017-00", want: "month 00 is not 01 to 12"},
		{name: "month 13 of a numeric date", in: "13/2017", want: "month 13 is not 01 to 12"},
		{name: "week 54", short: true, in: "2017-W54", want: "week out of range"},
		{name: "quarter 5", in: "2017-Q5", want: "quarter must be Q1 to Q4"},
		{name: "summer of two years", in: "Summer 1941/42", want: "only a winter spans two years, not summer"},
		{name: "winter of years apart", in: "Winter 1941/43", want: "a winter spans two years that follow each other, not 1941/43"},
		{name: "backwards range", in: "1945-1939", want: "range ends (1939) before it starts (1945)"},
		{name: "no year", in: "13 December", want: `date "13 December" has no year`},
		{name: "no year in Spanish", in: "15 de marzo", want: `date "15 de marzo" has no year`},
		{name: "no year in German", in: "15. März", want: `date "15. März" has no year`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cp := &cellParser{shortTIMEX: tc.short}
			_, err := cp.parseSpan(tc.in)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("parseSpan(%q) error = %v, want %q", tc.in, err, tc.want)
			}
		})
	}
}
