package sheet

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// scanAll reads every record of text, in memory or, with stream set, a
// byte at a time from a reader, and writes each record as its cells at
// their LINE:COL and each problem as LINE:COL: message.
func scanAll(t testing.TB, text string, comma rune, stream bool) (recs [][]string, probs []string) {
	t.Helper()
	var sc *csvScanner
	var err error
	if stream {
		sc, err = newCSVScanner("", iotest.OneByteReader(strings.NewReader(text)), comma, 1, 0)
	} else {
		sc, err = newCSVScanner(text, nil, comma, 1, 0)
	}
	if err != nil {
		t.Fatal(err)
	}
	for {
		rec, ps, err := sc.next()
		if err == io.EOF {
			return recs, probs
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) == 0 {
			sc.width = len(rec.fields)
		}
		var cells []string
		for i, f := range rec.fields {
			cells = append(cells, fmt.Sprintf("%d:%d %q", rec.lines[i], rec.cols[i], f))
			if rec.offs[i] < 0 || rec.offs[i] > len(text) {
				t.Fatalf("cell %q at offset %d of %d", f, rec.offs[i], len(text))
			}
		}
		recs = append(recs, cells)
		for _, p := range ps {
			probs = append(probs, fmt.Sprintf("%d:%d: %s", p.line, p.col, p.msg))
		}
	}
}

func TestScanRecords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		comma rune
		want  [][]string // cells as LINE:COL "text"
		probs []string   // prefixes
	}{
		{name: "plain", in: "a,b\n1,2\n", want: [][]string{{`1:1 "a"`, `1:3 "b"`}, {`2:1 "1"`, `2:3 "2"`}}},
		{name: "CRLF", in: "a,b\r\n1,2\r\n", want: [][]string{{`1:1 "a"`, `1:3 "b"`}, {`2:1 "1"`, `2:3 "2"`}}},
		{name: "no final line end", in: "a,\"b\"", want: [][]string{{`1:1 "a"`, `1:3 "b"`}}},
		{name: "a CR at the end", in: "a,\"b\"\r", want: [][]string{{`1:1 "a"`, `1:3 "b"`}}},
		{name: "empty last cell", in: "a,\n", want: [][]string{{`1:1 "a"`, `1:3 ""`}}},
		{name: "quoted separator and doubled quote", in: "a,\"b, \"\"c\"\"\",d\n",
			want: [][]string{{`1:1 "a"`, `1:3 "b, \"c\""`, `1:14 "d"`}}},
		{name: "empty quoted cell", in: "a,\"\",b\n", want: [][]string{{`1:1 "a"`, `1:3 ""`, `1:6 "b"`}}},
		{name: "a cell over two lines", in: "a,\"b\r\nc\",x\nd,e\n",
			want: [][]string{{`1:1 "a"`, `1:3 "b\nc"`, `2:4 "x"`}, {`3:1 "d"`, `3:3 "e"`}}},
		{name: "blank lines are skipped", in: "a\n\n\r\nb\n", want: [][]string{{`1:1 "a"`}, {`4:1 "b"`}}},
		{name: "semicolons", in: "a;\"b;c\"\n", comma: ';', want: [][]string{{`1:1 "a"`, `1:3 "b;c"`}}},
		{name: "tabs", in: "a\tb c\n", comma: '\t', want: [][]string{{`1:1 "a"`, `1:3 "b c"`}}},
		{name: "a separator of two bytes", in: "a§b\n", comma: '§', want: [][]string{{`1:1 "a"`, `1:4 "b"`}}},
		{name: "a quote inside an unquoted cell", in: "a,5\" tall\n",
			want:  [][]string{{`1:1 "a"`, `1:3 "5\" tall"`}},
			probs: []string{"1:4: a quote inside an unquoted cell"}},
		{name: "text after the closing quote", in: "y\tm\tnote\n1987\t6\t\"Tear down this wall\" at 2pm\n1990\t1\tx\n", comma: '\t',
			want: [][]string{{`1:1 "y"`, `1:3 "m"`, `1:5 "note"`}, {`2:1 "1987"`, `2:6 "6"`, `2:8 "\"Tear down this wall\" at 2pm"`},
				{`3:1 "1990"`, `3:6 "1"`, `3:8 "x"`}},
			probs: []string{"2:28: text follows the closing quote of this cell"}},
		{name: "a quote never closed", in: "a,b\n1,\"two\n3,4\n",
			want:  [][]string{{`1:1 "a"`, `1:3 "b"`}, {`2:1 "1"`, `2:3 "two"`}, {`3:1 "3"`, `3:3 "4"`}},
			probs: []string{"2:3: this quote opens a cell but never closes it"}},
		{name: "a quote closed by the quote of a later cell", in: "start,title,text\n2020-03-01,\"unterminated quote,oops\n2020-04-01,After,\"x\"\n",
			want: [][]string{{`1:1 "start"`, `1:7 "title"`, `1:13 "text"`},
				{`2:1 "2020-03-01"`, `2:12 "unterminated quote"`, `2:32 "oops"`},
				{`3:1 "2020-04-01"`, `3:12 "After"`, `3:18 "x"`}},
			probs: []string{"2:12: this quote opens a cell but never closes it"}},
		{name: "an unclosed cell keeps the separators the header has no room for", in: "date,title\n2020,\"Paris, Texas\n2021,B\n",
			want:  [][]string{{`1:1 "date"`, `1:6 "title"`}, {`2:1 "2020"`, `2:6 "Paris, Texas"`}, {`3:1 "2021"`, `3:6 "B"`}},
			probs: []string{"2:6: this quote opens a cell but never closes it"}},
		{name: "an unclosed cell runs over a comma of prose", in: "a,b,c\n1,\"two, three,four\n",
			want:  [][]string{{`1:1 "a"`, `1:3 "b"`, `1:5 "c"`}, {`2:1 "1"`, `2:3 "two, three"`, `2:15 "four"`}},
			probs: []string{"2:3: this quote opens a cell but never closes it"}},
		{name: "a quote not doubled in a cell of two lines", in: "a,\"b\nc \"d\" e\"\n",
			want:  [][]string{{`1:1 "a"`, `1:3 "b\nc \"d\" e"`}},
			probs: []string{"2:3: a quote inside a quoted cell is not doubled"}},
		{name: "a quote not doubled on one line", in: "a,\"b \"c\" d\"\n",
			want:  [][]string{{`1:1 "a"`, `1:3 "b \"c\" d"`}},
			probs: []string{"1:6: a quote inside a quoted cell is not doubled"}},
	}
	for _, tt := range tests {
		for _, stream := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/stream=%v", tt.name, stream), func(t *testing.T) {
				comma := tt.comma
				if comma == 0 {
					comma = ','
				}
				recs, probs := scanAll(t, tt.in, comma, stream)
				if !slices.EqualFunc(recs, tt.want, slices.Equal) {
					t.Errorf("records\n%q\nwant\n%q", recs, tt.want)
				}
				if len(probs) != len(tt.probs) {
					t.Fatalf("problems %q, want %q", probs, tt.probs)
				}
				for i, p := range probs {
					if !strings.HasPrefix(p, tt.probs[i]) {
						t.Errorf("problem %q, want %q", p, tt.probs[i])
					}
				}
			})
		}
	}
}

func TestScanSeparator(t *testing.T) {
	for _, c := range []rune{'"', '\n', '\r', -1} {
		if _, err := newCSVScanner("a", nil, c, 1, 0); !errors.Is(err, errSeparator) {
			t.Errorf("separator %q: %v", c, err)
		}
	}
}

// FuzzScan: where encoding/csv reads a text without an error, the scanner
// reads the same cells at the same places; whatever the text, in memory
// and a byte at a time give the same.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "a,\"b\r\nc\",x\nd,e\n", "a\n\n\r\nb\n", "a,5\" tall\n",
		"a,\"b\nc \"d\" e\"\n", "date,title\n2020,\"Paris, Texas\n2021,B\n", "a,\"b\"\r", "\"\"\"a\"\"\",\"\"\n",
		"start,title,text\n2020-03-01,\"unterminated quote,oops\n2020-04-01,After,\"x\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2048 {
			return
		}
		recs, probs := scanAll(t, text, ',', false)
		srecs, sprobs := scanAll(t, text, ',', true)
		if !slices.EqualFunc(recs, srecs, slices.Equal) || !slices.Equal(probs, sprobs) {
			t.Fatalf("in memory %q %q, streamed %q %q", recs, probs, srecs, sprobs)
		}
		r := csv.NewReader(strings.NewReader(text))
		r.FieldsPerRecord = -1
		var want [][]string
		for {
			fields, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return // a text encoding/csv refuses: the scanner reads on
			}
			var cells []string
			for i, fd := range fields {
				l, c := r.FieldPos(i)
				cells = append(cells, fmt.Sprintf("%d:%d %q", l, c, fd))
			}
			want = append(want, cells)
		}
		if len(probs) > 0 {
			t.Fatalf("problems %q in a text encoding/csv reads", probs)
		}
		if !slices.EqualFunc(recs, want, slices.Equal) {
			t.Fatalf("records\n%q\nencoding/csv\n%q", recs, want)
		}
	})
}

func BenchmarkScan(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("date,title,text,source\n")
	for i := range 5000 {
		fmt.Fprintf(&sb, "2017-12-%02d,Event %d,\"Something happened, \"\"as reported\"\".\",Outlet %d\r\n", i%28+1, i, i%7)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		sc, _ := newCSVScanner(in, nil, ',', 1, 0)
		for {
			if _, _, err := sc.next(); err != nil {
				break
			}
		}
	}
}
