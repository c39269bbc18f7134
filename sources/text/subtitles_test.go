package text

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-project/chronicle/internal/golden"
	"github.com/chronicle-project/chronicle/timeline"
)

// TestSubtitlesGolden pins what the subtitle files of testdata read as:
// their sections as JSON, beside them (go test -update rewrites them).
func TestSubtitlesGolden(t *testing.T) {
	var files []string
	for _, pat := range []string{"testdata/*.srt", "testdata/*.vtt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 2 {
		t.Fatalf("subtitle test documents: %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, src := readFile(t, f, Options{})
			golden.Check(t, f+".json", dump(doc))
			if err := subPositions(doc, src); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// subPositions checks that every byte of every section maps into src at
// a line and column consistent with its offset, and that each run of a
// section's text is either copied from src where it maps to, or one the
// subtitle reader wrote: white space joining cues (a line break, a
// paragraph's blank line), a speaker's label for a voice tag ("Ana: "
// over "<v Ana>"), a character a reference stands for ("&amp;").
func subPositions(doc *timeline.Document, src string) error {
	starts := []int{0} // where src's lines start
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	for si, s := range doc.Sections {
		// Every byte of a short text; of a long one, some of each
		// segment (PosAt counts lines from its segment's start).
		step := 1 + len(s.Text)/4096
		for i := 0; i < len(s.Text); i += step {
			p := s.PosAt(i)
			if p.Offset < 0 || p.Offset >= len(src) {
				return fmt.Errorf("section %d byte %d: offset %d out of range", si, i, p.Offset)
			}
			if s.Text[i] == '\n' {
				continue // a blank line between paragraphs, which stands for what was between them (see inSeparator)
			}
			line := sort.SearchInts(starts, p.Offset+1) // starts[line-1] <= p.Offset
			if col := p.Offset - starts[line-1] + 1; p.Line != line || p.Col != col {
				return fmt.Errorf("section %d byte %d: position %d:%d, offset %d is at %d:%d", si, i, p.Line, p.Col, p.Offset, line, col)
			}
		}
		segs := s.Segments
		if len(segs) == 0 {
			segs = []timeline.Segment{{Off: 0, Pos: s.Pos}}
		}
		for k, sg := range segs {
			end := len(s.Text)
			if k+1 < len(segs) {
				end = segs[k+1].Off
			}
			// (The blank line between two paragraphs of a section
			// stands for whatever was between them.)
			run := strings.TrimRight(s.Text[sg.Off:end], "\n")
			if run == "" {
				continue
			}
			at := sg.Pos.Offset
			switch {
			case at+len(run) <= len(src) && src[at:at+len(run)] == run:
			case strings.TrimSpace(run) == "":
			case strings.HasSuffix(run, ": ") && src[at] == '<':
			case src[at] == '&' && utf8.RuneCountInString(run) == 1:
			default:
				return fmt.Errorf("section %d: %q at %s is %q in the source", si, run, fmtPos(sg.Pos), src[at:min(len(src), at+len(run))])
			}
		}
	}
	return nil
}

// sectionTexts is the text of each section, for comparing.
func sectionTexts(doc *timeline.Document) []string {
	var out []string
	for _, s := range doc.Sections {
		out = append(out, s.Text)
	}
	return out
}

func TestSubtitles(t *testing.T) {
	tests := []struct {
		name  string
		file  string // the document's name
		in    string
		want  []string // the sections' texts
		title string
	}{
		{
			name: "a sentence across cues is one line of text",
			file: "law.srt",
			in:   "1\n00:00:31,800 --> 00:00:38,400\nThe Act received royal assent\n\n2\n00:00:38,400 --> 00:00:41,000\non 5 July 1956.\n",
			want: []string{"The Act received royal assent on 5 July 1956."},
		},
		{
			name: "CRLF and a byte-order mark",
			file: "law.srt",
			in:   "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nParliament passed it\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,500\r\non 5 July 1956.\r\n",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name: "read by its content whatever its name",
			file: "-",
			in:   "\n\n1\n00:00:01,000 --> 00:00:02,000\nParliament passed it\n\n2\n00:00:02,000 --> 00:00:03,500\non 5 July 1956.\n",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name: "cues without numbers, and without blank lines between them",
			file: "law.srt",
			in:   "00:00:01,000 --> 00:00:02,000\nParliament passed it\n2\n00:00:02,000 --> 00:00:03,500\non 5 July 1956.\n00:00:03,500 --> 00:00:05,000\nSee you next week.",
			want: []string{"Parliament passed it on 5 July 1956. See you next week."},
		},
		{
			name: "speakers' labels open their turns",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nANA: When did it pass?\n\n2\n00:00:02,000 --> 00:00:03,500\n- Tomas: On 5 July 1956,\n\n3\n00:00:03,500 --> 00:00:05,000\nafter a long night.\n- Really?\n",
			want: []string{"ANA: When did it pass?\n\nTomas: On 5 July 1956, after a long night.\n\n- Really?"},
		},
		{
			name: "tags and override codes are no text",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Parliament</i> <b>passed</b> it\n\n2\n00:00:02,000 --> 00:00:03,500\n<font color=\"#ffff00\">on 5 July 1956.</font>\n",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name:  "WebVTT: header, note, style, region, settings, voices, timestamps, references",
			file:  "law.vtt",
			in:    "WEBVTT Old Laws\nKind: captions\n\nREGION\nid:fred width:40%\n\nSTYLE\n::cue { color: lime }\n\nNOTE a note\nover two lines\n\nc1\n00:01.000 --> 00:02.000 align:start position:10%\n<v Ana>The Act received <00:01.500>royal assent\n\n00:02.000 --> 00:03.000\n<v Ana><c.yellow>on 5 July 1956</c> &amp; more.\n\n00:03.000 --> 00:04.000\n<v.loud Tomas Ruiz>See you next week.\n",
			want:  []string{"Ana: The Act received royal assent on 5 July 1956 & more.\n\nTomas Ruiz: See you next week."},
			title: "Old Laws",
		},
		{
			name: "two voices on one line, a voice on a line of its own",
			file: "law.vtt",
			in:   "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>When did it pass?</v> <v Tomas>On 5 July 1956.</v>\n\n00:02.000 --> 00:03.000\n<v Ana>\nAnd in force?\n\n00:03.000 --> 00:04.000\n<v Ana>The next January.\n",
			want: []string{"Ana: When did it pass?\n\nTomas: On 5 July 1956.\n\nAna: And in force? The next January."},
		},
		{
			name: "captions that roll up, a line of spaces in a cue",
			file: "law.vtt",
			in:   "WEBVTT\nKind: captions\nLanguage: en\n\n00:00:00.000 --> 00:00:02.350 align:start position:0%\n \nthe<00:00:00.320><c> act</c><00:00:00.640><c> was</c><00:00:00.900><c> passed</c>\n\n00:00:02.350 --> 00:00:02.360 align:start position:0%\nthe act was passed\n \n\n00:00:02.360 --> 00:00:05.190 align:start position:0%\nthe act was passed\non<00:00:02.560><c> 5</c><00:00:02.800><c> July</c><00:00:03.100><c> 1956</c>\n\n00:00:05.190 --> 00:00:05.200 align:start position:0%\non 5 July 1956\n \n\n00:00:05.200 --> 00:00:06.000\nno\n\n00:00:06.000 --> 00:00:07.000\nno\n",
			want: []string{"the act was passed on 5 July 1956 no no"},
		},
		{
			name: "a WebVTT cue right under the header",
			file: "-",
			in:   "WEBVTT\n00:01.000 --> 00:02.000\nParliament passed it on 5 July 1956.\n",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name: "a malformed timing line is plain text, and so is its cue",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nThe bill was drafted.\n\n2\n00:00:0x,000 --> 00:00:03,500\nParliament passed it on 5 July 1956.\n\n3\n00:00:03,500 --> 00:00:05,000\nSee you next week.\n",
			want: []string{"The bill was drafted.\n\n2\n00:00:0x,000 --> 00:00:03,500\nParliament passed it on 5 July 1956.\n\nSee you next week."},
		},
		{
			name: "a mistyped arrow between two good times",
			file: "law.srt",
			in:   "1\n00:00:01,000 -> 00:00:02,000\nParliament passed it\n\n2\n00:00:02,000 —> 00:00:03,500\non 5 July 1956.\n",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name: "a truncated file keeps what it has",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nParliament passed it on 5 July 1956.\n\n2\n00:00:02,000 --> 00:0",
			want: []string{"Parliament passed it on 5 July 1956.\n\n2\n00:00:02,000 --> 00:0"},
		},
		{
			name: "a truncated cue with its timing line and no text",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nParliament passed it on 5 July 1956.\n\n2\n00:00:02,000 --> 00:00:03,000",
			want: []string{"Parliament passed it on 5 July 1956."},
		},
		{
			name: "named .srt but no cue: plain text",
			file: "notes.srt",
			in:   "Parliament passed it on 5 July 1956.\n\n7\nSee you next week.\n",
			want: []string{"Parliament passed it on 5 July 1956.\n\n7\nSee you next week."},
		},
		{
			name: "a literal angle bracket stays",
			file: "law.vtt",
			in:   "WEBVTT\n\n00:01.000 --> 00:02.000\nFines rose from <10 to >50 pounds &c.\n",
			want: []string{"Fines rose from <10 to >50 pounds &c."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := normalizeNewlines(strings.TrimPrefix(tt.in, "\uFEFF"))
			if strings.HasPrefix(tt.in, "\uFEFF") || strings.Contains(tt.in, "\r") {
				// as Decode reads it
				s, _, err := Decode([]byte(tt.in), tt.file)
				if err != nil {
					t.Fatal(err)
				}
				src = s
			}
			doc := Parse(src, tt.file, Options{})
			got := sectionTexts(doc)
			if strings.Join(got, "\n--\n") != strings.Join(tt.want, "\n--\n") {
				t.Errorf("sections:\n got %q\nwant %q", got, tt.want)
			}
			if doc.Title != tt.title {
				t.Errorf("title %q, want %q", doc.Title, tt.title)
			}
			if err := subPositions(doc, src); err != nil {
				t.Error(err)
			}
			for _, s := range doc.Sections {
				if !s.Citation.Date.IsZero() {
					t.Errorf("section %q dated %s from %s: a subtitle file has no date", s.Text, s.Citation.Date, s.RefFrom)
				}
			}
			// The raw parse too, straight from the bytes with "\r".
			_ = Parse(tt.in, tt.file, Options{})
		})
	}
}

// TestSubtitlePositions checks that a sentence's position is the cue
// line it comes from, past the tags.
func TestSubtitlePositions(t *testing.T) {
	doc, _ := readFile(t, "testdata/river_act.srt", Options{})
	for _, w := range []struct {
		text string
		at   string
	}{
		{"Fishermen on the Vale", "river_act.srt:14:1"},
		{"on 3 March 1953", "river_act.srt:18:1"},
		{"Parliament passed it on 5 July 1956", "river_act.srt:23:10"},
		{"and it came into force", "river_act.srt:24:1"},
		{"The mill owners", "river_act.srt:29:3"},
		{"See you next week", "river_act.srt:38:23"},
	} {
		found := false
		for _, s := range doc.Sections {
			if i := strings.Index(s.Text, w.text); i >= 0 {
				found = true
				if got := fmtPos(s.PosAt(i)); got != w.at {
					t.Errorf("%q at %s, want %s", w.text, got, w.at)
				}
			}
		}
		if !found {
			t.Errorf("%q not in the text", w.text)
		}
	}
}

// TestSubtitlesInParts checks that a subtitle file read in parts reads as
// it does whole: the same text, at the same positions.
func TestSubtitlesInParts(t *testing.T) {
	for _, f := range []string{"testdata/river_act.srt", "testdata/river_act.vtt"} {
		t.Run(filepath.Base(f), func(t *testing.T) {
			whole, src := readFile(t, f, Options{})
			var parts []string
			var at []string
			_, err := ReadParts(strings.NewReader(src), filepath.Base(f), Options{PartBytes: 200}, func(d *timeline.Document) error {
				if err := subPositions(d, src); err != nil {
					t.Error(err)
				}
				for _, s := range d.Sections {
					parts = append(parts, s.Text)
					at = append(at, fmtPos(s.Pos))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			joined := strings.Join(parts, "\n\n")
			if want := strings.Join(sectionTexts(whole), "\n\n"); strings.Join(strings.Fields(joined), " ") != strings.Join(strings.Fields(want), " ") {
				t.Errorf("in parts:\n%s\nwhole:\n%s", joined, want)
			}
			if strings.Contains(joined, "-->") || strings.Contains(joined, "WEBVTT") {
				t.Errorf("timing or header in the text: %q", joined)
			}
			if len(at) == 0 || at[0] != fmtPos(whole.Sections[0].Pos) {
				t.Errorf("first part at %v, whole at %s", at, fmtPos(whole.Sections[0].Pos))
			}
		})
	}
}

func TestSubtitleStart(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"1\n00:00:01,000 --> 00:00:04,000\nHello", true},
		{"\uFEFF1\r\n00:00:01,000 --> 00:00:04,000\r\nHello", true},
		{"\n\n12\n00:01:01.000 --> 00:01:04.000\n", true},
		{"00:00:01,000 --> 00:00:04,000\nHello", true},
		{"WEBVTT\n\n00:01.000 --> 00:04.000\nHello", true},
		{"WEBVTT - The Law Hour\n", true},
		{"WEBVTT\tKind", true},
		{"WEBVTTX\n", false},
		{"1\nHello\n", false},
		{"1\n00:00:61,000 --> 00:00:04,000\n", false},
		{"1\n00:00:01,000 -> 00:00:04,000\n", false},
		{"1. Parliament passed it on 5 July 1956.\n", false},
		{"12:30 Lunch\n", false},
		{"", false},
	} {
		if got := SubtitleStart(tt.in); got != tt.want {
			t.Errorf("SubtitleStart(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseTimecode(t *testing.T) {
	for _, tt := range []struct {
		in string
		ms int
		ok bool
	}{
		{"00:00:31,800", 31800, true},
		{"00:31.800", 31800, true},
		{"1:02:03.4", 3723400, true},
		{"00:00:31", 31000, true},
		{"100:00:00,000", 360000000, true},
		{"00:60:00,000", 0, false},
		{"00:00:3l,800", 0, false},
		{"00:00:31,8000", 0, false},
		{"31,800", 0, false},
		{"1:2:3:4", 0, false},
		{"", 0, false},
	} {
		ms, ok := parseTimecode(tt.in)
		if ok != tt.ok || ok && ms != tt.ms {
			t.Errorf("parseTimecode(%q) = %d, %v, want %d, %v", tt.in, ms, ok, tt.ms, tt.ok)
		}
	}
}

// FuzzSubtitles checks that any input read as a subtitle file (by its
// name or its content) parses without panic into sections whose every
// byte maps into the source, whose copied runs are the source's bytes,
// and that the cue text of a well-formed cue is never lost.
func FuzzSubtitles(f *testing.F) {
	for _, p := range []string{"testdata/river_act.srt", "testdata/river_act.vtt", "testdata/broken_cues.srt"} {
		if _, src := readFile(f, p, Options{}); src != "" {
			f.Add(src, strings.HasSuffix(p, ".vtt"))
		}
	}
	for _, s := range []string{
		"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>a</i> <v Ana>b &amp; c\n- D: e\n- f\n2\n00:00:0",
		"WEBVTT x\nA: b\n\nNOTE\n\nSTYLE\n\nREGION\n\nid\n00:01.000 --> 00:02.000 line:0\n<v.a B><00:01.500>c&#39;<c.x>d</c>\n",
		"00:00:01,000 --> 00:00:02,000\n\n\n1\n\n00:00:01,000 --> x\n<\n{\\\n&\n<v >\n</>",
		"\uFEFFWEBVTT\n00:01.000 --> 00:02.000\n<v\u00A0A>\u00A0b\u00A0",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, vtt bool) {
		if !utf8.ValidString(src) {
			return // Decode guarantees it
		}
		name := "f.srt"
		if vtt {
			name = "f.vtt"
		}
		// As Decode would hand it over ("\r\n" folded), and as it is.
		for _, in := range []string{normalizeNewlines(src), src} {
			doc := Parse(in, name, Options{})
			last := -1
			for _, s := range doc.Sections {
				if s.Text == "" {
					t.Fatalf("empty section %+v", s)
				}
				if s.Pos.Offset < last {
					t.Fatalf("sections out of order at %d", s.Pos.Offset)
				}
				last = s.Pos.Offset
			}
			if strings.ContainsRune(in, '\r') {
				continue // positions need Decode's line ends
			}
			if err := subPositions(doc, in); err != nil {
				t.Fatal(err)
			}
			// In parts, each part's positions in the whole (a short
			// input: each part's check reads all of it).
			if !strings.HasPrefix(in, "\uFEFF") && len(in) <= 4096 {
				var perr error
				_, err := ReadParts(strings.NewReader(in), name, Options{PartBytes: 64}, func(d *timeline.Document) error {
					if perr == nil {
						perr = subPositions(d, in)
					}
					return nil
				})
				if err == nil && perr != nil {
					t.Fatalf("in parts: %v", perr)
				}
			}
			// The joined text itself: segments in order, in range.
			text, segs, _, _, _ := joinSubtitles(in, timeline.Position{File: name, Line: 1, Col: 1}, subtitleFormat(name, in), "", true)
			prev := -1
			for _, sg := range segs {
				if sg.Off <= prev && !(sg.Off == prev && prev == len(text)) || sg.Off > len(text) {
					t.Fatalf("segment at %d after %d in %d bytes", sg.Off, prev, len(text))
				}
				if sg.Pos.Offset < 0 || sg.Pos.Offset > len(in) {
					t.Fatalf("segment at offset %d of %d", sg.Pos.Offset, len(in))
				}
				prev = sg.Off
			}
		}
	})
}

// BenchmarkSubtitles reads a SubRip file of 2,000 cues (about 150 KB).
func BenchmarkSubtitles(b *testing.B) {
	var sb strings.Builder
	for i := range 2000 {
		s := i * 3
		fmt.Fprintf(&sb, "%d\n%02d:%02d:%02d,000 --> %02d:%02d:%02d,500\n", i+1, s/3600, s/60%60, s%60, s/3600, s/60%60, s%60)
		if i%5 == 0 {
			sb.WriteString("ANA: ")
		}
		fmt.Fprintf(&sb, "<i>The Act was amended</i> in %d, and again\non %d March %d.\n\n", 1950+i%70, 1+i%28, 1951+i%70)
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(src, "bench.srt", Options{})
	}
}

// TestSubtitleRefDate checks that a subtitle file has no reference date of
// its own, and that a first cue dating the recording gives one, as the
// same line heading a transcript written as text does.
func TestSubtitleRefDate(t *testing.T) {
	for _, tt := range []struct {
		name, file, in string
		date, from     string
		want           []string // the sections' texts
	}{
		{
			name: "no date",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nParliament passed it on 5 July 1956.\n\n2\n00:00:02,000 --> 00:00:03,000\nSee you next week.\n",
			want: []string{"Parliament passed it on 5 July 1956. See you next week."},
		},
		{
			name: "a first cue dating the recording",
			file: "law.vtt",
			in:   "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>Recorded 9 April 2024.\n\n00:02.000 --> 00:03.000\n<v Ana>See you next week.\n",
			date: "2024-04-09", from: "header-line",
			want: []string{"Ana: Recorded 9 April 2024.", "Ana: See you next week."},
		},
		{
			name: "a later cue dating the recording is the story",
			file: "law.srt",
			in:   "1\n00:00:01,000 --> 00:00:02,000\nWelcome back.\n\n2\n00:00:02,000 --> 00:00:03,000\nRecorded 9 April 2024.\n\n3\n00:00:03,000 --> 00:00:04,000\nSee you next week.\n",
			want: []string{"Welcome back. Recorded 9 April 2024. See you next week."},
		},
		{
			name: "a line before the cues",
			file: "law.srt",
			in:   "Old Laws, New Questions, episode 12\nRecorded 9 April 2024.\n\n1\n00:00:01,000 --> 00:00:02,000\nSee you next week.\n",
			date: "2024-04-09", from: "header-line",
			want: []string{"Old Laws, New Questions, episode 12", "Recorded 9 April 2024.", "See you next week."},
		},
		{
			name: "timecodes are no dates",
			file: "law.srt",
			in:   "1\n2024:01:01,000 --> 2024:01:02,000\nSee you next week.\n",
			want: []string{"See you next week."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.in, tt.file, Options{})
			if got := sectionTexts(doc); strings.Join(got, "\n--\n") != strings.Join(tt.want, "\n--\n") {
				t.Errorf("sections:\n got %q\nwant %q", got, tt.want)
			}
			for _, s := range doc.Sections {
				if got := s.Citation.Date; got != date(t, tt.date) || s.RefFrom != tt.from {
					t.Errorf("section %q dated %s from %q, want %s from %q", s.Text, got, s.RefFrom, tt.date, tt.from)
				}
			}
		})
	}
}
