package html

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// tablePage puts html inside an article of three paragraphs, as a page
// holds a table.
func tablePage(html string) string {
	para := "<p>The harbour authority published the history of the old pier, which was built by a local company and has been repaired many times since.</p>"
	return "<html><head><title>Pier history</title></head><body><nav><a href=/>Home</a></nav><main><h1>Pier history</h1>" +
		para + html + para + "<p>The pier is open every day, from dawn to dusk.</p></main><footer>© Town</footer></body></html>"
}

// tableTests are the rows a table becomes: the lines of the article that
// holds it, without the paragraphs around it (the measure of them is
// TestTableKeepsArticle).
var tableTests = []struct {
	name string
	page string
	want []string // the rows, in order, as they read in the article's text
	not  []string // what must not be in the text
}{
	{name: "a table of figures by year dates nothing",
		page: `<html><body><article><h1>Annual report</h1><p>The group had a strong year after a weak 2023 and hired more staff.</p>
<table><tr><th>Year ended 31 December</th><th>2022</th><th>2023</th><th>2024</th></tr>
<tr><td>Revenue (£m)</td><td>201.7</td><td>194.9</td><td>212.4</td></tr>
<tr><td>Operating profit (£m)</td><td>14.0</td><td>(2.3)</td><td>10.9</td></tr>
<tr><td>Employees</td><td>1,420</td><td>1,480</td><td>1,450</td></tr></table>
<p>The board met on 12 March 2025 to approve these accounts.</p></article></body></html>`,
		want: []string{"weak 2023", "12 March 2025"},
		not:  []string{"201.7", "Revenue"}},
	{name: "date column first, header row dropped",
		page: tablePage(`<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>
<tr><td>31 March 1889</td><td>The first visitors climb to the top</td></tr>
<tr><td>1909</td><td>The concession is extended</td></tr></tbody></table>`),
		want: []string{"31 March 1889 – The first visitors climb to the top.", "1909 – The concession is extended."},
		not:  []string{"Date", "|"}},
	{name: "date in a later column comes first; other values named by their column",
		page: tablePage(`<table><tr><th>Storm</th><th>Date</th><th>Peak gust</th></tr>
<tr><td>Storm Dennis</td><td>15 February 2020</td><td>91mph</td></tr>
<tr><td>Storm Brendan</td><td>13 January 2020</td><td>87mph</td></tr></table>`),
		want: []string{"15 February 2020 – Storm Dennis; Peak gust: 91mph.", "13 January 2020 – Storm Brendan; Peak gust: 87mph."}},
	{name: "a date column named for what the date is keeps its name as a label",
		page: tablePage(`<table><tr><th>Product</th><th>Batch code</th><th>Best before</th></tr>
<tr><td>Classic Houmous 200g</td><td>L2407 22</td><td>24 August 2024</td></tr>
<tr><td>Reduced Fat Houmous 200g</td><td>L2407 23</td><td>25 August 2024</td></tr></table>`),
		want: []string{"Best before: 24 August 2024 – Classic Houmous 200g; Batch code: L2407 22.", "Best before: 25 August 2024 – Reduced Fat Houmous 200g; Batch code: L2407 23."}},
	{name: "a date column named Signed or Released says no label (a row's 'Released: March 2021' would read as the page's own date)",
		page: tablePage(`<table><tr><th>Treaty</th><th>Signed</th><th>Members</th></tr>
<tr><td>North Atlantic Treaty</td><td>4 April 1949</td><td>12</td></tr>
<tr><td>Warsaw Pact</td><td>14 May 1955</td><td>8</td></tr></table>`),
		want: []string{"4 April 1949 – North Atlantic Treaty; Members: 12.", "14 May 1955 – Warsaw Pact; Members: 8."}},
	{name: "a column of day numbers is an index, read last with its name",
		page: tablePage(`<table><tr><th>Day</th><th>Date</th><th>Port</th><th>Depart</th></tr>
<tr><td>1</td><td>Sat 8 Nov</td><td>Southampton</td><td>17:00</td></tr>
<tr><td>2</td><td>Sun 9 Nov</td><td>At sea</td><td></td></tr>
<tr><td>3</td><td>Mon 10 Nov</td><td>Lisbon</td><td>18:00</td></tr></table>`),
		want: []string{"Sat 8 Nov – Southampton; Depart: 17:00; Day: 1.", "Sun 9 Nov – At sea; Day: 2.", "Mon 10 Nov – Lisbon; Depart: 18:00; Day: 3."}},
	{name: "numbered steps after the date",
		page: tablePage(`<table><tr><th>No.</th><th>Stage</th><th>When</th></tr>
<tr><td>1.</td><td>Planning approved</td><td>3 March 2025</td></tr>
<tr><td>2.</td><td>Site cleared</td><td>April 2025</td></tr></table>`),
		want: []string{"3 March 2025 – Planning approved; No.: 1.", "April 2025 – Site cleared; No.: 2."}},
	{name: "a day repeated over two rows is still an index; figures that do not run are values",
		page: tablePage(`<table><tr><th>Day</th><th>Date</th><th>Stop</th><th>Guests</th></tr>
<tr><td>1</td><td>8 Nov 2025</td><td>Southampton</td><td>120</td></tr>
<tr><td>1</td><td>8 Nov 2025</td><td>Cowes</td><td>40</td></tr>
<tr><td>2</td><td>9 Nov 2025</td><td>Guernsey</td><td>75</td></tr></table>`),
		want: []string{"8 Nov 2025 – Southampton; Guests: 120; Day: 1.", "8 Nov 2025 – Cowes; Guests: 40; Day: 1.", "9 Nov 2025 – Guernsey; Guests: 75; Day: 2."}},
	{name: "the event column before the others",
		page: tablePage(`<table><tr><th>Year</th><th>Vessel</th><th>Result</th></tr>
<tr><td>1956</td><td>Skagerak</td><td>First series of carbon measurements</td></tr>
<tr><td>1963–1964</td><td>Argos</td><td>A year of monthly sampling.</td></tr></table>`),
		want: []string{"1956 – First series of carbon measurements; Vessel: Skagerak.", "1963–1964 – A year of monthly sampling.; Vessel: Argos."}},
	{name: "no header: the column of dates is found by its cells",
		page: tablePage(`<table><tr><td>Pier opens</td><td>May 1890</td></tr><tr><td>Storm damage</td><td>c. 1953</td></tr><tr><td>Rebuilt</td><td>Spring 1961</td></tr></table>`),
		want: []string{"May 1890 – Pier opens.", "c. 1953 – Storm damage.", "Spring 1961 – Rebuilt."}},
	{name: "row headers: label and value in their order",
		page: tablePage(`<table class="infobox"><tr><th colspan="2">Old pier</th></tr>
<tr><th>Opened</th><td>12 May 1890<br>by the mayor</td></tr><tr><th>Length:</th><td>320 m</td></tr></table>`),
		want: []string{"Opened: 12 May 1890, by the mayor.", "Length: 320 m."},
		not:  []string{"Old pier."}},
	{name: "no dates: cells in their order",
		page: tablePage(`<table><tr><th>Berth</th><th>Depth</th></tr><tr><td>North</td><td>8 m</td></tr><tr><td>South</td><td>11 m</td></tr></table>`),
		want: []string{"North; Depth: 8 m.", "South; Depth: 11 m."}},
	{name: "paragraphs and lists in a cell",
		page: tablePage(`<table><tr><td>1890</td><td><p>Built</p><ul><li>iron piles</li><li>oak deck</li></ul></td></tr><tr><td>1953</td><td>Damaged</td></tr></table>`),
		want: []string{"1890 – Built, iron piles, oak deck.", "1953 – Damaged."}},
	{name: "empty cells and colspan",
		page: tablePage(`<table><tr><th>When</th><th colspan="2">What</th></tr><tr><td>1890</td><td></td><td>Opened</td></tr><tr><td colspan="2">1953</td><td>Damaged</td></tr></table>`),
		want: []string{"1890 – Opened.", "1953 – Damaged."}},
	{name: "caption kept as a line of its own",
		page: tablePage(`<table><caption>Works on the pier</caption><tr><td>1890</td><td>Opened</td></tr><tr><td>1953</td><td>Damaged</td></tr></table>`),
		want: []string{"Works on the pier\n\n1890 – Opened."}},
	{name: "a date spanning rows dates each of them",
		page: tablePage(`<table><tr><th>Year</th><th>Event</th><th>Cost</th></tr>
<tr><td rowspan="2">1890</td><td>Work begins on the iron piles</td><td>£2,000</td></tr>
<tr><td>The pier opens to the public</td><td>£500</td></tr>
<tr><td>1953</td><td>A storm destroys the end of the deck</td><td>unknown</td></tr></table>`),
		want: []string{"1890 – Work begins on the iron piles; Cost: £2,000.", "1890 – The pier opens to the public; Cost: £500.", "1953 – A storm destroys the end of the deck; Cost: unknown."}},
	{name: "the date's parts in columns of their own, in their order",
		page: tablePage(`<table class="wikitable"><tr><th>Year</th><th>Date</th><th>Event</th></tr>
<tr><td>1891</td><td>4 June</td><td>The first steamer calls at the pier head.</td></tr>
<tr><td>1902</td><td></td><td>A tearoom is built on the deck.</td></tr>
<tr><td rowspan="2">1947</td><td>March</td><td>Ice floes damage the piles.</td></tr>
<tr><td>19 October</td><td>The repaired pier reopens.</td></tr></table>`),
		want: []string{"1891 4 June – The first steamer calls at the pier head.", "1902 – A tearoom is built on the deck.",
			"1947 March – Ice floes damage the piles.", "1947 19 October – The repaired pier reopens."},
		not: []string{"; 4 June", "; March", "; 19 October"}},
	{name: "year and month columns; a column of another name is a value",
		page: tablePage(`<table><tr><th>Year</th><th>Month</th><th>Event</th><th>Place</th></tr>
<tr><td>1911</td><td>July</td><td>The band plays its first season.</td><td>North end</td></tr>
<tr><td>1912</td><td>August</td><td>A second season.</td><td>South end</td></tr></table>`),
		want: []string{"1911 July – The band plays its first season.; Place: North end.", "1912 August – A second season.; Place: South end."}},
	{name: "a date column cell without a date is text",
		page: tablePage(`<table><tr><th>Date</th><th>Event</th></tr><tr><td>1890</td><td>Opened</td></tr><tr><td>Unknown</td><td>First repairs</td></tr></table>`),
		want: []string{"1890 – Opened.", "Unknown; Event: First repairs."}},
	{name: "a table of spans: start to finish, one date",
		page: tablePage(`<table><tr><th>Workstream</th><th>Start</th><th>Finish</th><th>Status</th></tr>
<tr><td>Roof replacement</td><td>29 Apr 2024</td><td>19 Jul 2024</td><td>Done</td></tr>
<tr><td>Scaffold</td><td>1 May 2024</td><td>TBC</td><td>Open</td></tr>
<tr><td>Lighting</td><td>TBC</td><td>9 Aug 2024</td><td>Late</td></tr></table>`),
		want: []string{"29 Apr 2024 to 19 Jul 2024 – Roof replacement; Status: Done.",
			"1 May 2024 – Scaffold; Finish: TBC; Status: Open.",
			"Lighting; Start: TBC; Finish: 9 Aug 2024; Status: Late."}},
	{name: "a table of spans: start date and end date after the name",
		page: tablePage(`<table><thead><tr><th>Phase</th><th>End date</th><th>Start date</th></tr></thead>
<tr><td>Design</td><td>March 2023</td><td>January 2023</td></tr>
<tr><td>Build</td><td>2025</td><td>2023</td></tr></table>`),
		want: []string{"January 2023 to March 2023 – Design.", "2023 to 2025 – Build."}},
	{name: "a table of spans: begin and end",
		page: tablePage(`<table><tr><th>Begin</th><th>End</th><th>Reign</th></tr>
<tr><td>1558</td><td>1603</td><td>Elizabeth I</td></tr><tr><td>1603</td><td>1625</td><td>James I</td></tr></table>`),
		want: []string{"1558 to 1603 – Elizabeth I.", "1603 to 1625 – James I."}},
	{name: "a table of spans: from and to, with no other date column",
		page: tablePage(`<table><tr><th>Keeper</th><th>From</th><th>To</th></tr>
<tr><td>A. Pike</td><td>1890</td><td>1921</td></tr><tr><td>R. Dunn</td><td>1921</td><td>1950</td></tr></table>`),
		want: []string{"1890 to 1921 – A. Pike.", "1921 to 1950 – R. Dunn."}},
	{name: "from and to in a table of letters name people",
		page: tablePage(`<table><tr><th>Date</th><th>From</th><th>To</th></tr>
<tr><td>3 May 1890</td><td>The mayor</td><td>The board</td></tr><tr><td>9 June 1890</td><td>The board</td><td>The mayor</td></tr></table>`),
		want: []string{"3 May 1890 – The mayor; To: The board.", "9 June 1890 – The board; To: The mayor."}},
	{name: "a description list: one sentence a term",
		page: tablePage(`<dl><dt>1961</dt><dd>The deck is rebuilt in concrete</dd><dt>Spring 1988</dt><dd><p>A café opens at the end</p></dd><dd>The lights are replaced.</dd></dl>`),
		want: []string{"1961: The deck is rebuilt in concrete.", "Spring 1988: A café opens at the end; The lights are replaced."}},
	{name: "a small table without headers or dates is layout",
		page: `<html><body><table width="100%"><tr><td width="150"><a href="/">Home</a><br><a href="/news">News</a></td>
<td>The village school was requisitioned by the army in 1940 and the children were taught in the church hall until the summer of 1945. An aircraft crashed in the fields behind the mill in the spring of 1943.</td></tr></table></body></html>`,
		want: []string{"The village school was requisitioned by the army in 1940"},
		not:  []string{" – ", "1945.."}},
	{name: "a cell with paragraphs is layout",
		page: tablePage(`<table><tr><th>Notes</th></tr><tr><td>The pier was painted in 1990.<br><br>It was painted again in 2005.</td></tr></table>`),
		want: []string{"The pier was painted in 1990.\n\nIt was painted again in 2005."},
		not:  []string{"1990., It"}},
	{name: "a layout table is left to the extractor",
		page: `<html><body><table role="presentation"><tr><td><p>The harbour authority published the history of the old pier, which was built by a local company in 1890.</p><p>It has been repaired many times since, most recently after the storm of 1953.</p></td></tr></table></body></html>`,
		want: []string{"built by a local company in 1890.\n\nIt has been repaired"}},
}

func TestTables(t *testing.T) {
	for _, tc := range tableTests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tc.page), "t.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, s := range doc.Sections {
				all.WriteString(s.Text)
				all.WriteString("\n\n")
			}
			text := all.String()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Errorf("missing, or out of order: %q in\n%s", w, text)
					continue
				}
				at += i + len(w)
			}
			for _, n := range tc.not {
				if strings.Contains(text, n) {
					t.Errorf("holds %q:\n%s", n, text)
				}
			}
		})
	}
}

// TestTableKeepsArticle: the paragraphs around a table are the article as
// much as the table is (the extractor kept the table's body alone).
func TestTableKeepsArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/wiki.html")
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>History of the Tower</title></head><body><main>
<h1>History of the Tower</h1>
<p>Construction began on <time datetime="1887-01-28">28 January 1887</time> and took just over two years.</p>
<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>
<tr><td>31 March 1889</td><td>The engineer climbs to the top and raises the flag</td></tr>
<tr><td>6 May 1889</td><td>The tower opens to the public during the fair</td></tr>
<tr><td>1909</td><td>The concession is extended, saving the tower from demolition</td></tr>
<tr><td>14 June 1940</td><td>Troops enter the city; the lift cables are cut</td></tr>
<tr><td>1957</td><td>A television antenna raises the height to 320.75 m</td></tr>
</tbody></table>
<p>The museum reopened <time datetime="2023-05-20">last month</time> after a renovation.</p>
</main></body></html>`
	for _, tc := range []struct {
		name string
		page []byte
		want []string
	}{
		{"table between paragraphs", []byte(page), []string{"Construction began", "31 March 1889 – The engineer climbs", "1957 – A television antenna", "The museum reopened last month"}},
		{"wiki", raw, []string{"Swedish chemist", "Lindqvist studied chemistry", "1956 – First winter series", "c. 1970 – Evidence", "Royal Academy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(bytes.NewReader(tc.page), "t.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, s := range doc.Sections {
				all.WriteString(s.Text + "\n")
			}
			for _, w := range tc.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("lost %q:\n%s", w, all.String())
				}
			}
		})
	}
}

func BenchmarkReadTable(b *testing.B) {
	var rows strings.Builder
	for i := range 200 {
		rows.WriteString("<tr><td>" + []string{"3 March 1918", "1919", "Spring 1944", "c. 1953"}[i%4] + "</td><td>Something happened at the harbour</td><td>Notes on it</td></tr>\n")
	}
	raw := []byte(tablePage("<table><tr><th>Date</th><th>Event</th><th>Notes</th></tr>" + rows.String() + "</table>"))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), "t.html", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
