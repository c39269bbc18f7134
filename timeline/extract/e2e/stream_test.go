package e2e_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// newsText writes a long news-like text of about size bytes: a headline,
// a "Published:" line, then paragraphs of council and court reporting,
// one in every (3 for newsDense) with a dated sentence (absolute dates,
// weekdays resolved against the publication date, a range), the others
// without a date. The same seed gives the same text.
type newsText struct {
	rng   *rand.Rand
	left  int64
	every int
	buf   []byte
	n     int
	title bool
}

// The densities of dated paragraphs: one in 3 (a report that is mostly
// dates), one in 300 (a long record with a few dates).
const (
	newsDense  = 3
	newsSparse = 300
)

func newNews(size int64, seed uint64, every int) *newsText {
	return &newsText{rng: rand.New(rand.NewPCG(seed, 7)), left: size, every: every}
}

var (
	newsWho   = []string{"The city council", "Mayor Ana Ribeiro", "The harbour authority", "Judge Tomas Lindqvist", "The transport union", "The regional court", "Councillor Idris Mensah", "The water board"}
	newsWhat  = []string{"approved the new budget", "opened an inquiry into the ferry contract", "announced a strike at the depot", "rejected the appeal of the builders", "signed the lease for the old mill", "closed the northern bridge for repairs", "published the audit of the port", "postponed the vote on the tram line"}
	newsWhere = []string{"in Porto Vell", "at the town hall", "in the eastern district", "near the harbour", "in Lindby", "at the court house"}
	newsFill  = []string{
		"Residents had asked for the change for years, and several groups welcomed it.",
		"Critics said the plan left too many questions open about its cost.",
		"The details were not made public, and officials declined to comment further.",
		"A spokesperson said the decision followed a long consultation with local businesses.",
		"Opposition members argued that the figures did not add up and called for a review.",
		"Traffic in the area was slow for most of the afternoon as crews worked on the site.",
		"The measure still needs the approval of the regional government to take effect.",
	}
	newsMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func (g *newsText) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

// paragraph returns the next paragraph, blank line included.
func (g *newsText) paragraph() string {
	var sb strings.Builder
	if !g.title {
		g.title = true
		return "Harbour city council report\n\nPublished: 4 June 2014\n\n"
	}
	if g.rng.IntN(g.every) == 0 {
		switch g.rng.IntN(4) {
		case 0:
			fmt.Fprintf(&sb, "%s %s on Wednesday %s. ", g.pick(newsWho), g.pick(newsWhat), g.pick(newsWhere))
		case 1:
			fmt.Fprintf(&sb, "From %d to %d %s %d, %s %s. ", 1+g.rng.IntN(10), 11+g.rng.IntN(15), g.pick(newsMonths), 2010+g.rng.IntN(5), strings.ToLower(g.pick(newsWho)[:1])+g.pick(newsWho)[1:], g.pick(newsWhat))
		default:
			fmt.Fprintf(&sb, "On %d %s %d, %s %s %s. ", 1+g.rng.IntN(28), g.pick(newsMonths), 2004+g.rng.IntN(11), g.pick(newsWho), g.pick(newsWhat), g.pick(newsWhere))
		}
	}
	for range 2 + g.rng.IntN(3) {
		sb.WriteString(g.pick(newsFill))
		sb.WriteByte(' ')
	}
	s := strings.TrimRight(sb.String(), " ")
	return s + "\n\n"
}

func (g *newsText) Read(p []byte) (int, error) {
	if g.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && g.left > 0 {
		if g.n == len(g.buf) {
			g.buf, g.n = []byte(g.paragraph()), 0
		}
		k := copy(p[n:min(int64(len(p)), int64(n)+g.left)], g.buf[g.n:])
		g.n += k
		n += k
		g.left -= int64(k)
	}
	return n, nil
}

func newsString(t testing.TB, size int64, seed uint64) string {
	b, err := io.ReadAll(newNews(size, seed, newsDense))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// build reads src from standard input in parts of partBytes and returns
// its chronology and where the parts after the first start.
func build(t testing.TB, src string, partBytes int) (*timeline.Chronology, []int) {
	b := extract.NewBuilder(extract.Options{})
	var cuts []int
	_, err := sources.Each(context.Background(), []string{"-"}, sources.Options{Stdin: strings.NewReader(src), PartBytes: partBytes}, func(d *timeline.Document) error {
		if d.Part > 0 && len(d.Sections) > 0 {
			cuts = append(cuts, d.Sections[0].Pos.Offset)
		}
		b.Add(d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := b.Finish()
	return c, cuts
}

// TestPartsSameEvents reads the same news text whole and in parts: every
// event not within a paragraph of a cut is the same, id, date, headline,
// sentence, citation and position alike.
func TestPartsSameEvents(t *testing.T) {
	tests := []struct {
		name      string
		size      int64
		partBytes int
	}{
		{name: "16 KiB parts", size: 256 << 10, partBytes: 16 << 10},
		{name: "64 KiB parts", size: 512 << 10, partBytes: 64 << 10},
		{name: "a part larger than the text", size: 64 << 10, partBytes: 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := newsString(t, tt.size, 1)
			whole, _ := build(t, src, len(src)+1)
			parts, cuts := build(t, src, tt.partBytes)
			if want := int(tt.size) / tt.partBytes; len(cuts) < want-1 {
				t.Fatalf("%d cuts, want at least %d", len(cuts), want-1)
			}
			nearCut := func(e timeline.Event) bool {
				for _, c := range cuts {
					if e.Pos.Offset > c-1024 && e.Pos.Offset < c+1024 {
						return true
					}
				}
				return false
			}
			key := func(e timeline.Event) string {
				return fmt.Sprintf("%s %s %q %q %q %v %v", e.ID, e.Span, e.DateText, e.Title, e.Text, e.Sources, e.Pos)
			}
			var a, b []string
			for _, e := range whole.Events {
				if !nearCut(e) {
					a = append(a, key(e))
				}
			}
			for _, e := range parts.Events {
				if !nearCut(e) {
					b = append(b, key(e))
				}
			}
			if len(a) < 50 {
				t.Fatalf("only %d events away from the cuts", len(a))
			}
			slices.Sort(a)
			slices.Sort(b)
			for i := 0; i < len(a) || i < len(b); i++ {
				var x, y string
				if i < len(a) {
					x = a[i]
				}
				if i < len(b) {
					y = b[i]
				}
				if x != y {
					t.Fatalf("%d events whole, %d in parts; first difference:\nwhole: %s\nparts: %s", len(a), len(b), x, y)
				}
			}
			if d := len(whole.Events) - len(parts.Events); d < -len(cuts) || d > len(cuts) {
				t.Errorf("%d events whole, %d in parts: more differ than there are cuts (%d)", len(whole.Events), len(parts.Events), len(cuts))
			}
		})
	}
}

// peakHeap samples the live heap while run runs and returns its peak and
// the heap live after run, both after a collection at the start.
func peakHeap(run func()) (peak, after uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	run()
	close(done)
	wg.Wait()
	runtime.GC()
	metrics.Read(sample)
	return peak, sample[0].Value.Uint64()
}

// BenchmarkStream reads and extracts generated news text from standard
// input, in parts of the default size, as chronicle build does, at two
// densities of dated paragraphs. peak-MiB is the heap's peak (sampled
// every 2 ms; it counts the garbage not yet collected, as the process's
// memory does), kept-MiB what is live once the chronology is made (the
// events), events how many there are. Reading holds one part at a time,
// so with few events (sparse) the peak stays flat from 16 MiB to 256 MiB;
// with many (dense) it grows with the events, about twice what they keep
// (the collector lets the heap grow to twice the live heap before it
// runs). The 256 MiB runs are skipped under -short.
func BenchmarkStream(b *testing.B) {
	for _, density := range []struct {
		name  string
		every int
	}{{"dense", newsDense}, {"sparse", newsSparse}} {
		for _, size := range []int64{16 << 20, 256 << 20} {
			b.Run(fmt.Sprintf("%s/%dMiB", density.name, size>>20), func(b *testing.B) {
				if size > 16<<20 && testing.Short() {
					b.Skip("-short")
				}
				b.SetBytes(size)
				b.ReportAllocs()
				var peak, kept uint64
				var events int
				for b.Loop() {
					var c *timeline.Chronology
					peak, kept = peakHeap(func() {
						bl := extract.NewBuilder(extract.Options{})
						_, err := sources.Each(context.Background(), []string{"-"}, sources.Options{Stdin: newNews(size, 1, density.every)}, func(d *timeline.Document) error {
							bl.Add(d)
							return nil
						})
						if err != nil {
							b.Fatal(err)
						}
						c, _ = bl.Finish()
					})
					events = len(c.Events)
					runtime.KeepAlive(c)
				}
				b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
				b.ReportMetric(float64(kept)/(1<<20), "kept-MiB")
				b.ReportMetric(float64(events), "events")
			})
		}
	}
}

// singleLine is a text with no newline at all: words and spaces, and no
// full stop.
type singleLine struct{ left int64 }

func (s *singleLine) Read(p []byte) (int, error) {
	if s.left <= 0 {
		return 0, io.EOF
	}
	const word = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
	n := int(min(int64(len(p)), s.left))
	for i := 0; i < n; i += copy(p[i:n], word) {
	}
	s.left -= int64(n)
	return n, nil
}

// BenchmarkSingleLine reads and extracts 1 GiB of text with no newline
// from standard input: it is read in parts cut at white space, never
// refused, and memory stays flat. Skipped under -short.
func BenchmarkSingleLine(b *testing.B) {
	if testing.Short() {
		b.Skip("-short")
	}
	const size = 1 << 30
	b.SetBytes(size)
	b.ReportAllocs()
	var peak uint64
	parts := 0
	for b.Loop() {
		parts = 0
		peak, _ = peakHeap(func() {
			bl := extract.NewBuilder(extract.Options{})
			_, err := sources.Each(context.Background(), []string{"-"}, sources.Options{Stdin: &singleLine{size}}, func(d *timeline.Document) error {
				parts++
				bl.Add(d)
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			bl.Finish()
		})
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
	b.ReportMetric(float64(parts), "parts")
}
