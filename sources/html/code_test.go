package html

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
	"golang.org/x/net/html"
)

// checkCode reports what breaks the rule of Section.Code in s: every range
// not empty, inside Text, in increasing order and apart from the others.
func checkCode(s *timeline.Section) error {
	last := -1
	for i, c := range s.Code {
		if c[0] < 0 || c[1] > len(s.Text) || c[0] >= c[1] || c[0] <= last {
			return fmt.Errorf("code range %d %v out of order or out of the text (%d bytes): %v", i, c, len(s.Text), s.Code)
		}
		last = c[1]
	}
	return nil
}

// TestCode checks that the text of <code>, <kbd>, <samp>, <var> and of a
// <pre> that is code is marked in Section.Code exactly, and that the prose
// around it, a bare <pre> of prose included, is not.
func TestCode(t *testing.T) {
	prose := strings.Repeat("<p>The maintainers of the tool answered every report that came in during the spring, and they thanked the testers.</p>", 3)
	tests := []struct {
		name  string
		body  string
		code  []string // the text of each range, in order
		prose []string // dates of the prose: in no range
	}{
		{
			name:  "a code element and a date beside it",
			body:  `<p>Version 2.3.0 adds a <code>--since 2024-01-01</code> filter for the <code>log</code> command, first asked for on 3 March 2023.</p>`,
			code:  []string{"--since 2024-01-01", "log"},
			prose: []string{"3 March 2023"},
		},
		{
			name:  "white space inside code is collapsed with the text",
			body:  "<p>It lost the offset of <code>\n  2023-11-05T01:30:00-04:00\n</code> until 29 February 2024.</p>",
			code:  []string{"2023-11-05T01:30:00-04:00"},
			prose: []string{"29 February 2024"},
		},
		{
			name:  "kbd, samp and var",
			body:  `<p>Type <kbd>tidelog log 2024-01-01</kbd> to see <samp>2024-01-02 deploy</samp>, where <var>d</var> is a day; we did so on 5 June 2023.</p>`,
			code:  []string{"tidelog log 2024-01-01", "2024-01-02 deploy", "d"},
			prose: []string{"5 June 2023"},
		},
		{
			name:  "markup inside code is one range",
			body:  `<p>Run <code>tidelog <b>log</b> --since <i>2024-01-01</i></code> as of 2 May 2024.</p>`,
			code:  []string{"tidelog log --since 2024-01-01"},
			prose: []string{"2 May 2024"},
		},
		{
			name:  "a pre holding code",
			body:  "<p>We released it on 3 May 2024.</p><pre><code>$ tidelog log --since 2024-01-01\n2024-01-02 deploy</code></pre><p>A patch came on 4 May 2024.</p>",
			code:  []string{"$ tidelog log --since 2024-01-01\n2024-01-02 deploy"},
			prose: []string{"3 May 2024", "4 May 2024"},
		},
		{
			name:  "a pre its highlighter names code",
			body:  "<p>We released it on 3 May 2024.</p><div class=\"highlight\"><pre><span>$ tidelog log --since 2024-01-01</span>\n<span>2024-01-02 deploy</span></pre></div><p>A patch came on 4 May 2024.</p>",
			code:  []string{"$ tidelog log --since 2024-01-01\n2024-01-02 deploy"},
			prose: []string{"3 May 2024", "4 May 2024"},
		},
		{
			name:  "a pre with a language",
			body:  "<p>We released it on 3 May 2024.</p><pre class=\"language-sh\">cron 2024-01-01</pre><pre data-lang=\"sh\">cron 2024-02-01</pre>",
			code:  []string{"cron 2024-01-01", "cron 2024-02-01"},
			prose: []string{"3 May 2024"},
		},
		{
			name:  "a bare pre of prose is not code",
			body:  "<pre>Dear all,\nThe meeting on 9 July 2024 is cancelled.</pre><p>We met again on 16 July 2024.</p>",
			prose: []string{"9 July 2024", "16 July 2024"},
		},
		{
			name:  "code in a heading",
			body:  "<h2>The <code>--since 2024-01-01</code> flag</h2><p>It shipped on 14 May 2024.</p>",
			code:  []string{"--since 2024-01-01"},
			prose: []string{"14 May 2024"},
		},
		{
			name:  "code in a data table's row",
			body:  "<table><tr><th>Date</th><th>Change</th></tr><tr><td>14 May 2024</td><td>The <code>--since 2024-01-01</code> flag</td></tr><tr><td>29 February 2024</td><td><code>x,</code></td></tr></table>",
			code:  []string{"--since 2024-01-01", "x"},
			prose: []string{"14 May 2024", "29 February 2024"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Tidelog</title></head><body><article>" + prose + tt.body + prose + "</article></body></html>"
			doc, err := Read(strings.NewReader(page), "c.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i := range doc.Sections {
				s := &doc.Sections[i]
				if err := checkCode(s); err != nil {
					t.Fatalf("section %d: %v", i, err)
				}
				for _, c := range s.Code {
					got = append(got, s.Text[c[0]:c[1]])
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.code, "|") || len(got) != len(tt.code) {
				t.Errorf("code = %q, want %q\n%s", got, tt.code, dump(doc))
			}
			for _, p := range tt.prose {
				found := false
				for i := range doc.Sections {
					s := &doc.Sections[i]
					if k := strings.Index(s.Text, p); k >= 0 {
						found = true
						if s.InCode(k) {
							t.Errorf("%q is marked code", p)
						}
					}
				}
				if !found {
					t.Errorf("%q is not in the text\n%s", p, dump(doc))
				}
			}
		})
	}
}

// TestMarkCode checks which <pre> elements are code.
func TestMarkCode(t *testing.T) {
	tests := []struct {
		name string
		page string
		want int
	}{
		{"bare", "<pre>Dear all,\nno meeting.</pre>", 0},
		{"with code inside", "<pre><code>x</code></pre>", 1},
		{"with samp deep inside", "<pre><span><samp>x</samp></span></pre>", 1},
		{"pygments", `<div class="highlight"><pre><span>x</span></pre></div>`, 1},
		{"sphinx, two divs up", `<div class="highlight-python notranslate"><div class="highlight"><pre>x</pre></div></div>`, 1},
		{"pandoc", `<div class="sourceCode"><pre class="sourceCode python">x</pre></div>`, 1},
		{"hljs", `<pre class="hljs">x</pre>`, 1},
		{"a language", `<pre class="lang-go">x</pre>`, 1},
		{"data-lang", `<pre data-lang="go">x</pre>`, 1},
		{"a class naming something else", `<pre class="poem">x</pre><pre class="codex-verse">y</pre>`, 0},
		{"a code class far above", `<div class="code"><div><div><div><pre>x</pre></div></div></div></div>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := markCode(doc); got != tt.want {
				t.Errorf("markCode = %d, want %d", got, tt.want)
			}
		})
	}
}
