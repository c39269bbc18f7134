package sources

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestBlockquoteFooter: the footer of a block quote says whom the
// quotation is from (HTML's own way to write it): each quotation is cited
// to its footer's body and dated by its footer's day.
func TestBlockquoteFooter(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Case brief</title></head><body><article>
<p>Investment Law Monitor, posted 3 March 2024. Two filings are quoted below.</p>
<blockquote><p>"On 14 February the Ministry revoked the licence."</p>
<footer>&mdash; Hollis Mining Ltd, Request for Arbitration, filed with ICSID on 20 February 2023</footer></blockquote>
<blockquote><p>"The claimant failed to submit the audit due last December."</p>
<footer>&mdash; Republic of Tevera, Counter-Memorial, 9 October 2023</footer></blockquote>
</article></body></html>`
	path := filepath.Join(t.TempDir(), "brief.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(context.Background(), []string{path}, Options{})
	if err != nil || len(res.Documents) != 1 {
		t.Fatalf("read: %v, %d documents", err, len(res.Documents))
	}
	want := map[string][2]string{
		"\"On 14 February":    {"Hollis Mining Ltd", "2023-02-20"},
		"\"The claimant fail": {"Republic of Tevera", "2023-10-09"},
	}
	for _, s := range res.Documents[0].Sections {
		for k, w := range want {
			if s.Kind == timeline.Excerpt && strings.HasPrefix(s.Text, k) {
				if s.Citation.Outlet != w[0] || s.Citation.Date.String() != w[1] {
					t.Errorf("%s: cited to %q of %s, want %q of %s", k, s.Citation.Outlet, s.Citation.Date, w[0], w[1])
				}
				delete(want, k)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no excerpt for %v", want)
	}
}
