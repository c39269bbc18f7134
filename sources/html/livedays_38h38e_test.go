package html

import (
	"strings"
	"testing"
)

// TestLiveDayHeadings38h38e: a live blog that heads each day of its
// entries with the day written without its year ("Friday 2 May") dates
// the times under each heading on that day, in the year of the page's
// publication (the one its weekday names), whatever the clock does
// between the days. A page that states no date of its own is dated by
// its day headings when each time stands under one that writes its year.
func TestLiveDayHeadings38h38e(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{name: "the day after the publication, the clock going back by less than twelve hours",
			page: `<html><head><meta property="article:published_time" content="2025-05-01T07:50:00+01:00"></head><body><main><h1>Rail strike live</h1>
<h2>Friday 2 May</h2>
<div class="entry"><p class="entry-time">10:00</p><p>Talks between the union and the operator resumed at the conciliation service.</p></div>
<h2>Thursday 1 May</h2>
<div class="entry"><p class="entry-time">15:00</p><p>The union says a second walkout is planned if the talks fail.</p></div>
<div class="entry"><p class="entry-time">09:00</p><p>Stations across the region are closed as the first strike day begins.</p></div>
</main></body></html>`,
			want: []string{
				"2025-05-02T10:00+01:00: Talks between the union and the operator resumed at the conciliation service.",
				"2025-05-01T15:00+01:00: The union says a second walkout is planned if the talks fail.",
				"2025-05-01T09:00+01:00: Stations across the region are closed as the first strike day begins.",
			}},
		{name: "across the new year: the days after a page published on 31 December",
			page: `<html><head><meta property="article:published_time" content="2024-12-31T18:00:00Z"></head><body><article><h1>New Year live</h1>
<h3>1 January</h3>
<p>00:05</p><p>Fireworks lit up the bridge as the bells rang out.</p>
<h3>31 December</h3>
<p>23:10</p><p>Crowds have filled the embankment since the early evening.</p>
<p>18:00</p><p>Roads around the river are now closed to traffic.</p>
</article></body></html>`,
			want: []string{
				"2025-01-01T00:05Z: Fireworks lit up the bridge as the bells rang out.",
				"2024-12-31T23:10Z: Crowds have filled the embankment since the early evening.",
				"2024-12-31T18:00Z: Roads around the river are now closed to traffic.",
			}},
		{name: "a page that states no date: days with their years head the times",
			page: `<html><head><title>Flood updates - Marshfield Community News</title></head><body><main><h1>Flood updates</h1>
<h2>Wednesday 15 January 2025</h2>
<h3>08:15</h3><p>The river has fallen below the warning level at the Mill Bridge gauge.</p>
<h2>Tuesday 14 January 2025</h2>
<h3>21:40</h3><p>Residents of Lower Street have been moved to the school hall for the night.</p>
</main></body></html>`,
			want: []string{
				"2025-01-15T08:15: The river has fallen below the warning level at the Mill Bridge gauge.",
				"2025-01-14T21:40: Residents of Lower Street have been moved to the school hall for the night.",
			}},
		{name: "a page that states no date: a time under no day with its year dates nothing",
			page: `<html><head><title>Flood updates - Marshfield Community News</title></head><body><main><h1>Flood updates</h1>
<h3>08:15</h3><p>The river has fallen below the warning level at the Mill Bridge gauge.</p>
<h2>Tuesday 14 January</h2>
<h3>21:40</h3><p>Residents of Lower Street have been moved to the school hall for the night.</p>
</main></body></html>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range readPage(t, tc.page).Sections {
				if s.RefFrom == "heading" && s.Statement {
					got = append(got, s.Citation.Date.String()+": "+s.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
