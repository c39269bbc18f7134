package html

import "testing"

// TestPageHistory38h38e: the record a page keeps of its own publication
// and changes ("12 March 2025 First published.") is no part of its text,
// whether the extractor kept it after the article or left it out; a list
// of dated notes without such a note, or a section about the history of
// its subject, stays.
func TestPageHistory38h38e(t *testing.T) {
	const body = `<p>Work on new flood defences for the town will start this summer, the minister announced today. The town was flooded twice in the winter of 2023 to 2024, and more than 600 homes were affected.</p>
<p>The scheme includes a 3km embankment and a new pumping station, with the defences complete by spring 2027. A public consultation ran from 4 November to 16 December 2024 and received 412 responses.</p>`
	tests := []struct {
		name, page string
		gone, kept []string
	}{
		{name: "under the page's stamps, in the main column",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `</div>
<section id="full-history" class="gem-c-published-dates"><h3>Published 12 March 2025<br>Last updated 13 March 2025</h3>
<ul><li><time datetime="2025-03-13">13 March 2025</time> Added the link to the consultation response.</li><li><time datetime="2025-03-12">12 March 2025</time> First published.</li></ul></section>
</main></body></html>`,
			gone: []string{"Added the link", "First published"}, kept: []string{"pumping station"}},
		{name: "under a heading naming the page's history",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `</div>
<div class="history"><h2>Updates to this page</h2><p>14 April 2025: The map of the embankment was replaced with a corrected one.</p><p>12 March 2025: Published.</p></div>
</main></body></html>`,
			gone: []string{"map of the embankment"}, kept: []string{"pumping station"}},
		{name: "a list of notes with its first publication, without a heading",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `
<ul><li>13 March 2025 – Added the consultation response.</li><li>12 March 2025 – First published.</li></ul></div>
</main></body></html>`,
			gone: []string{"consultation response.", "First published"}, kept: []string{"pumping station"}},
		{name: "a list of dated steps stays",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `
<ul><li>13 March 2025 – The contract is signed with the builder.</li><li>2 June 2025 – Work starts on the embankment.</li></ul></div>
</main></body></html>`,
			kept: []string{"contract is signed", "Work starts on the embankment"}},
		{name: "a part headed by a byline or a posted stamp alone stays",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `</div>
<div class="note"><h4>Posted 14 April 2025 by the project team</h4><p>The contract for the embankment was signed on 10 April 2025 with a local builder.</p></div>
<div class="note"><h4>By Jane Doe, 2 May 2025</h4><p>The first piles for the pumping station were driven on 28 April 2025.</p></div>
</main></body></html>`,
			kept: []string{"contract for the embankment was signed", "first piles for the pumping station"}},
		{name: "the history of the subject stays",
			page: `<html><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1><div class="body">` + body + `
<h2>History of the river wall</h2><p>The first river wall was built in 1868 and raised after the flood of 12 March 1947.</p></div>
</main></body></html>`,
			kept: []string{"raised after the flood"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkPageText(t, tc.page, tc.gone, tc.kept)
		})
	}
}
