package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Of(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The war began. It ended!  Did it? Yes.",
			[]string{"The war began.", "It ended!", "Did it?", "Yes."}},
		{"a list of chapters, a line each", "Chapters:\n00:00:00 Cold open\n00:51:19 Skylab, 1973 to 1979\n14:02 – Alerts fire",
			[]string{"Chapters:", "00:00:00 Cold open", "00:51:19 Skylab, 1973 to 1979", "14:02 – Alerts fire"}},
		{"a family history's marks", "William Pennick, b. 12 Mar 1816, d. 1878. Mine captain. Ann (bapt. 3 June 1820, bur. 1901) wed.",
			[]string{"William Pennick, b. 12 Mar 1816, d. 1878.", "Mine captain.", "Ann (bapt. 3 June 1820, bur. 1901) wed."}},
		{"feet end a sentence, a fort does not", "Flood stage is 12 ft. The creek passed it at Ft. Worth in 2017.",
			[]string{"Flood stage is 12 ft.", "The creek passed it at Ft. Worth in 2017."}},
		{"a register's and a diary's day labels open their entries", "1711\nApril 8. John son of Robert Thaxter.\nMonday 3 March 1851. Rain all day. We stayed in.\nIt was May 3. Then it rained.",
			[]string{"1711\nApril 8. John son of Robert Thaxter.", "Monday 3 March 1851. Rain all day.", "We stayed in.", "It was May 3.", "Then it rained."}},
		{"a place's clock after p.m.", "Polls close at 8 p.m. Paris time on Sunday. Results follow at 8 p.m. The count goes on.",
			[]string{"Polls close at 8 p.m. Paris time on Sunday.", "Results follow at 8 p.m.", "The count goes on."}},
		{"a folio's label over a register's entries, old first names", "Fol. 14r\n1729, April 6. Thomas, son of Wm. Bagnall. Jas. Hulme witnessed it.",
			[]string{"Fol. 14r", "1729, April 6.", "Thomas, son of Wm. Bagnall.", "Jas. Hulme witnessed it."}},
		{"title abbreviations", "Mr. Smith met Dr. Jones at St. Paul's. They talked.",
			[]string{"Mr. Smith met Dr. Jones at St. Paul's.", "They talked."}},
		{"number abbreviation", "He signed Order No. 5 in Dec. 2017. No. The order stood.",
			[]string{"He signed Order No. 5 in Dec. 2017.", "No.", "The order stood."}},
		{"month abbreviation before a day", "It opened on Jan. 3 and closed on Dec. 13, 2017. Then it reopened.",
			[]string{"It opened on Jan. 3 and closed on Dec. 13, 2017.", "Then it reopened."}},
		{"month abbreviation ending a sentence", "It closed in Dec. The next year it reopened.",
			[]string{"It closed in Dec.", "The next year it reopened."}},
		{"initials", "The U.S. President met John F. Kennedy Jr. in the U.S. The talks failed.",
			[]string{"The U.S. President met John F. Kennedy Jr. in the U.S.", "The talks failed."}},
		{"a list written one item a line, without marks or full stops",
			"Autumn Term 2024\nMonday 2 September to Friday 20 December 2024\nINSET day: Monday 2 September 2024 (school closed)\nPupils return: Wednesday 4 September 2024",
			[]string{"Autumn Term 2024", "Monday 2 September to Friday 20 December 2024", "INSET day: Monday 2 September 2024 (school closed)", "Pupils return: Wednesday 4 September 2024"}},
		{"a short heading line over a sentence", "Other key dates\nParents' evenings will be held on Tuesday 15 October 2024.",
			[]string{"Other key dates", "Parents' evenings will be held on Tuesday 15 October 2024."}},
		{"a wrapped sentence stays one", "The council met on 4 May 2019 and\nAgreed the budget for 2020 with\nThe mayor's support.",
			[]string{"The council met on 4 May 2019 and\nAgreed the budget for 2020 with\nThe mayor's support."}},
		{"married, born and died before a year", "Spouse: Anna Berg (m. 1910; died 1933). The painter (b. 1920) lived on.",
			[]string{"Spouse: Anna Berg (m. 1910; died 1933).", "The painter (b. 1920) lived on."}},
		{"a Markdown footnote mark ends its sentence", "Urea reached a peak in April 2022.[^1] Prices began to ease.",
			[]string{"Urea reached a peak in April 2022.[^1]", "Prices began to ease."}},
		{"a monarch's numeral ends a sentence", "In 1558 the crown passed to Elizabeth I. Philip of Spain sent the Armada in 1588. The calendar made 1792 Year I. Robespierre fell in 1794.",
			[]string{"In 1558 the crown passed to Elizabeth I.", "Philip of Spain sent the Armada in 1588.", "The calendar made 1792 Year I.", "Robespierre fell in 1794."}},
		{"a middle initial does not", "The letter was signed by John I. Smith in 1902. Queen Mary I. Her reign was short.",
			[]string{"The letter was signed by John I. Smith in 1902.", "Queen Mary I.", "Her reign was short."}},
		{"a run of initials spelling a word", "The balloon lifted off carrying S. A. Andrée toward the Pole. J. I. Packer wrote. The crew of Plan B. A storm followed.",
			[]string{"The balloon lifted off carrying S. A. Andrée toward the Pole.", "J. I. Packer wrote.", "The crew of Plan B.", "A storm followed."}},
		{"footnote marks end their sentence", "The attack happened on 14 May.[2] The agency responded.² Then it rested.",
			[]string{"The attack happened on 14 May.[2]", "The agency responded.²", "Then it rested."}},
		{"a clock time ends a sentence", "The teams meet again Sunday at 1:20 p.m. Attendance was 38,105.",
			[]string{"The teams meet again Sunday at 1:20 p.m.", "Attendance was 38,105."}},
		{"a zone or a day after a clock time does not", "Polls close at 8 p.m. ET on Tuesday. The count starts at 9 a.m. Wednesday in Leeds.",
			[]string{"Polls close at 8 p.m. ET on Tuesday.", "The count starts at 9 a.m. Wednesday in Leeds."}},
		{"decimals and addresses", "Growth was 3.5 percent. See fmprc.gov.cn for more.",
			[]string{"Growth was 3.5 percent.", "See fmprc.gov.cn for more."}},
		{"sentence ending inside quotes", `He said "We will win." Then he left.`,
			[]string{`He said "We will win."`, "Then he left."}},
		{"question inside quotes", `"Is it true?" he asked. “Yes.” She nodded.`,
			[]string{`"Is it true?" he asked.`, "“Yes.”", "She nodded."}},
		{"comma inside quotes", `"It is a violation," Richardson said. Nothing followed.`,
			[]string{`"It is a violation," Richardson said.`, "Nothing followed."}},
		{"ellipses", "...Data should be collected, it said.... Human Rights Watch cited a resident... and more.",
			[]string{"...Data should be collected, it said....", "Human Rights Watch cited a resident... and more."}},
		{"paragraphs and hard wraps", "The first line\nwraps here. Second.\n\nA new paragraph without a stop\n\nAnother",
			[]string{"The first line\nwraps here.", "Second.", "A new paragraph without a stop", "Another"}},
		{"headings", "# Timeline of 1969\nApollo 11 landed in July.\n\nHistory\n=======\nIt was late.",
			[]string{"Timeline of 1969", "Apollo 11 landed in July.", "History", "It was late."}},
		{"lists", "Key dates:\n- 1914: war begins\n- 1918: war ends\n1. First item\n2) Second item",
			[]string{"Key dates:", "1914: war begins", "1918: war ends", "First item", "Second item"}},
		{"speaker turns", "Q: What is your response?\nA: It is false. We reject it.\nLU KANG: Next question.",
			[]string{"Q: What is your response?", "A: It is false.", "We reject it.", "LU KANG: Next question."}},
		{"a sentence wrapped before its last word, a label after it", "It may be opened up in\nSeptember. Mitigation: a survey.",
			[]string{"It may be opened up in\nSeptember.", "Mitigation: a survey."}},
		{"a titled speaker after a line", "We met.\nMr. Smith: Welcome.",
			[]string{"We met.", "Mr. Smith: Welcome."}},
		{"a speaker and the post held", "Operator: Welcome to the call.\nRaj Menon, Chief Executive Officer: Thank you. We grew.",
			[]string{"Operator: Welcome to the call.", "Raj Menon, Chief Executive Officer: Thank you.", "We grew."}},
		{"emphasis after the stop", "It was reported by *The Times.* The end.",
			[]string{"It was reported by *The Times.*", "The end."}},
		{"markdown list items", "- 1914: war begins\n- 1915: gas used\n* 1916 – the Somme\n1. 1917: Passchendaele",
			[]string{"1914: war begins", "1915: gas used", "1916 – the Somme", "1917: Passchendaele"}},
		{"lines opening with a year", "1914 War begins in Europe\n1916 Battle of the Somme\nJune 28, 1919 Treaty of Versailles signed\n1920s Economic boom",
			[]string{"1914 War begins in Europe", "1916 Battle of the Somme", "June 28, 1919 Treaty of Versailles signed", "1920s Economic boom"}},
		{"lines with a separator after the date", "Chronology:\n3 March 1918: treaty signed\n1919 – Versailles\n1916 (July–November): the Somme\nSpring 1915 - gas at Ypres",
			[]string{"Chronology:", "3 March 1918: treaty signed", "1919 – Versailles", "1916 (July–November): the Somme", "Spring 1915 - gas at Ypres"}},
		{"bold dates with hard breaks, emphasis removed", "1914 – War begins in Europe\n1916 – Battle of the Somme\n28 June 1919 – Treaty of Versailles signed",
			[]string{"1914 – War begins in Europe", "1916 – Battle of the Somme", "28 June 1919 – Treaty of Versailles signed"}},
		{"era and decade ranges", "44 BC: Caesar is killed\nAD 79: Vesuvius erupts\n1914–18: the Great War\nc. 1200: the town is founded",
			[]string{"44 BC: Caesar is killed", "AD 79: Vesuvius erupts", "1914–18: the Great War", "c. 1200: the town is founded"}},
		{"an abbreviation of reference", "The trial was approved (ref. 2021-184) in 2021. It ended in 2023.",
			[]string{"The trial was approved (ref. 2021-184) in 2021.", "It ended in 2023."}},
		{"an item ending on a date word before one set off by a dash", "12 January 2024 — the new ship is two years late\n17 May 2024 — the licence is withdrawn",
			[]string{"12 January 2024 — the new ship is two years late", "17 May 2024 — the licence is withdrawn"}},
		{"hard-wrapped prose with a year opening a line", "The army that was raised in\n1914 marched to the front. By the spring of\n1915 it had lost half its men.",
			[]string{"The army that was raised in\n1914 marched to the front.", "By the spring of\n1915 it had lost half its men."}},
		{"prose line opening with a year and no separator", "The regiment was founded in the north\n1914 saw it sent to France.",
			[]string{"The regiment was founded in the north\n1914 saw it sent to France."}},
		{"a paragraph opening with a year, wrapped", "1914 was the year the war began, and by the end of\n1915 the front had barely moved.",
			[]string{"1914 was the year the war began, and by the end of\n1915 the front had barely moved."}},
		{"a date wrapped after its month", "The treaty was signed on 3 March\n1918: the war in the east was over.",
			[]string{"The treaty was signed on 3 March\n1918: the war in the east was over."}},
		{"numbers that are not years", "1914 War begins\n1,985 people were killed\n100 Days Offensive",
			[]string{"1914 War begins\n1,985 people were killed\n100 Days Offensive"}},
		{"table", "| Date | Mission | Event |\n|------|:-------:|-------|\n| 27 Jan 1967 | Apollo 1 | Cabin fire |\n| 1972 | Apollo 17 | Last landing |",
			[]string{"27 Jan 1967 | Apollo 1 | Cabin fire", "1972 | Apollo 17 | Last landing"}},
		{"table without outer bars on the rule", "| Year | Event |\n--- | ---\n| 1969 | Moon landing |",
			[]string{"1969 | Moon landing"}},
		{"infobox fields", "Born: 3 May 1920, Uppsala\nDied: 14 June 1999 (aged 79)\nAlma mater: Uppsala University (BSc 1941)\nKnown for: chromatography",
			[]string{"Born: 3 May 1920, Uppsala", "Died: 14 June 1999 (aged 79)", "Alma mater: Uppsala University (BSc 1941)", "Known for: chromatography"}},
		{"a label in wrapped prose", "The result was clear to all of us in the end\nIn short: we won.",
			[]string{"The result was clear to all of us in the end\nIn short: we won."}},
		{"empty", "", nil},
		{"only space", " \n\n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"and", "The war began in 1914, and it ended in 1918.", []string{"The war began in 1914", "it ended in 1918."}},
		{"semicolon", "Rome fell in 476; Byzantium lasted until 1453.", []string{"Rome fell in 476", "Byzantium lasted until 1453."}},
		{"no split inside quotes", `He said “we came, and we stayed” in 1990.`, []string{`He said “we came, and we stayed” in 1990.`}},
		{"no split on a list comma", "Police collect pictures, fingerprints and scans.", []string{"Police collect pictures, fingerprints and scans."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Clauses(tt.text, Segment{0, len(tt.text)}) {
				got = append(got, c.Of(tt.text))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Clauses(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith arrived on Jan. 3. He left.\n\n# Heading\n- item one\nQ: why? A: because.")
	f.Add(`"Is it?" he asked.... Then 3.5 percent, U.S. policy.`)
	f.Add("…\u00a0.\n=== \n.. ..")
	f.Add("1914 War begins\n1916 Battle of the Somme\nJune 28, 1919 Treaty\n44 BC: Caesar\nc. 1200 – founded\n1916 (July: x")
	f.Add("| Date | Event |\n|---|:--:|\n| 1969 | Moon |\n|\n| a \\|")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Sentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad segment %+v after %d in %q", s, prev, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s.Of(text)) {
				t.Fatalf("segment %+v splits a rune in %q", s, text)
			}
			if strings.TrimSpace(s.Of(text)) != s.Of(text) {
				t.Fatalf("segment %q not trimmed", s.Of(text))
			}
			for _, c := range Clauses(text, s) {
				if c.Start < s.Start || c.End > s.End || c.End <= c.Start {
					t.Fatalf("clause %+v outside sentence %+v", c, s)
				}
			}
			prev = s.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("Mr. Smith arrived in the U.S. on Jan. 3, 2017, and said: \"We will stay.\" "+
		"Growth was 3.5 percent... The talks failed. Q: Why? A: Because.\n\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}

func TestLineItem(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []bool // one per sentence
	}{
		{"chronology lines", "1914 War begins in Europe\n1916 Battle of the Somme\n1920s Economic boom",
			[]bool{true, true, true}},
		{"chronology paragraphs", "1914 War begins in Europe\n\n1916 Battle of the Somme",
			[]bool{true, true}},
		{"date and separator", "Intro text.\n\n1916 – Battle of the Somme", []bool{false, true}},
		{"list items and rows", "- Battle of the Somme\n| 1916 | Somme |", []bool{true, true}},
		{"infobox fields", "Born: 3 May 1920, Uppsala\nAlma mater: Uppsala University (BSc 1941)\nSpouse: Erik", []bool{true, true, false}},
		{"a field alone with a date", "Some prose here.\n\nFounded: 1998", []bool{false, true}},
		{"a labelled title is no field", "Harbour Museum: Annual Report 2020\n\nThe museum reopened on 15 June.", []bool{false, false}},
		{"a year alone over prose is a title", "1969\n\nApollo 11 landed on 20 July.", []bool{false, false}},
		{"a title over prose", "Annual report 2020\n\nThe museum reopened in June 2020.", []bool{false, false}},
		{"prose", "The war began in 1914. It ended in 1918.", []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []bool
			for _, s := range Sentences(tt.text) {
				got = append(got, lineItem(tt.text, s))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lineItem over %q = %v, want %v", sentenceTexts(tt.text), got, tt.want)
			}
		})
	}
}

func TestDateLead(t *testing.T) {
	tests := []struct {
		line string
		n    int
		sep  bool
	}{
		{"1914 War begins", len("1914"), false},
		{"1914: war begins", len("1914"), true},
		{"1914–18: the Great War", len("1914–18"), true},
		{"1914-1918 The war", len("1914-1918"), false},
		{"1920s Economic boom", len("1920s"), false},
		{"3 March 1918: treaty signed", len("3 March 1918"), true},
		{"Nov. 11, 1918: armistice", len("Nov. 11, 1918"), true},
		{"June 28, 1919 Treaty of Versailles signed", len("June 28, 1919"), false},
		{"June 1919 Treaty", len("June 1919"), false},
		{"Spring 1915 – first gas attack", len("Spring 1915"), true},
		{"mid-1916: the Somme", len("mid-1916"), true},
		{"1916 (July–November): Battle of the Somme", len("1916"), true},
		{"1975-07-17 | Apollo–Soyuz", len("1975-07-17"), true},
		{"28/06/1919 Versailles", len("28/06/1919"), false},
		{"44 BC: Caesar is killed", len("44 BC"), true},
		{"AD 79 Vesuvius", len("AD 79"), false},
		{"c. 1200 – founded", len("c. 1200"), true},
		{"Monday 3rd April: rest day", len("Monday 3rd April"), true},
		{"476: Rome falls", len("476"), true},
		{"1914 Central Powers", len("1914"), false},
		{"100 Days Offensive", 0, false},
		{"1,985 people", 0, false},
		{"2.5 million", 0, false},
		{"19145 items", 0, false},
		{"Maybe 2020", 0, false},
		{"Marching 3 miles", 0, false},
		{"The war", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			n, sep := dateLead(tt.line)
			if n != tt.n || sep != tt.sep {
				t.Errorf("dateLead(%q) = %d, %v; want %d, %v", tt.line, n, sep, tt.n, tt.sep)
			}
		})
	}
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		name, sent string
		want       int
	}{
		{"a name", "Lu Kang: We oppose it.", len("Lu Kang:")},
		{"initials", "DK: I was born in 1946.", len("DK:")},
		{"a changelog's label", "New: face grouping runs on the GPU.", 0},
		{"a notice's label", "Note: the office is closed on Monday.", 0},
		{"lower case", "note: closed.", 0},
		{"too long", "The Minister Of State For Ports: we agree.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerLabel(tt.sent); got != tt.want {
				t.Errorf("speakerLabel(%q) = %d, want %d", tt.sent, got, tt.want)
			}
		})
	}
}
