package extract

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestHeadlineCut: a title over 90 bytes is cut so that it still reads as
// a whole, never as a fragment.
func TestHeadlineCut(t *testing.T) {
	tests := []struct {
		name, text string
		exprs      []string
		want       string
	}{
		{"a quantity subject keeps its verb",
			"LIMA, May 4, 2019 (AP) - A regional health council said on Friday that more than 30 percent of the country's rural clinics could run short of vaccines by 2021.",
			[]string{"on Friday=2019-05-03"}, "A regional health council says more than 30 percent could run short of vaccines by 2021"},
		{"a reported noun phrase without its verb",
			"The union's Oslo organiser said on Monday that compulsory registration of seasonal workers by their employers and agencies breaches the privacy rules of the whole region.",
			[]string{"on Monday=2020-06-01"}, "The union's Oslo organiser says compulsory registration breaches the privacy rules"},
		{"a that-clause before its verb is dropped",
			"At the weekly briefing on Tuesday, a transport ministry official was asked about claims that speed cameras on the coastal road were being used to track delivery drivers.",
			[]string{"on Tuesday=2020-06-02"}, "A transport ministry official was asked about claims"},
		{"a trailing participle is dropped with its phrase",
			"On Wednesday the meeting turned to the fishing quotas, the harbour dredging and the regional ferry talks scheduled for the end of the summer season.",
			[]string{"On Wednesday=2020-06-03"}, "The meeting turned to the fishing quotas, the harbour dredging"},
		{"a because-clause is dropped",
			"In August 2018 the orchard lost nearly half of its apple crop because the irrigation pumps that the cooperative had ordered could not be delivered.",
			[]string{"In August 2018=2018-08"}, "The orchard lost nearly half of its apple crop"},
		{"an unless-clause is dropped after a time unit",
			"On 3 March 2021 relief workers warned that grain stores in the valley would be empty within weeks unless the mountain road was cleared of snow.",
			[]string{"On 3 March 2021=2021-03-03"}, "Relief workers warn grain stores in the valley would be empty within weeks"},
		{"a between-phrase is dropped",
			"On 12 May 2016 the county board voted by a narrow margin to build a cycle path between the old railway station and the new hospital on the hill.",
			[]string{"On 12 May 2016=2016-05-12"}, "The county board voted by a narrow margin to build a cycle path"},
		{"an after-clause is dropped",
			"In 2015 the parish council turned down a similar plan for the square after a petition in the village gathered signatures from hundreds of residents.",
			[]string{"In 2015=2015"}, "The parish council turned down a similar plan for the square"},
		{"an adverb goes before the object",
			"The press office said on Thursday that the campaign group has repeatedly published misleading figures about the river.",
			[]string{"on Thursday=2020-06-04"}, "The press office says the campaign group has published misleading figures about the river"},
		{"a which-clause is dropped",
			"In 1848 the printers of the town founded a mutual aid society, which paid its members a small pension in old age and in sickness.",
			[]string{"In 1848=1848"}, "The printers of the town founded a mutual aid society"},
		{"a number keeps its noun",
			"On 9 July 2011 the expedition reached a camp at an altitude of 6,100 metres above the glacier, the highest point the team would see that summer.",
			[]string{"On 9 July 2011=2011-07-09"}, "The expedition reached a camp at an altitude of 6,100 metres above the glacier"},
		{"as part of is dropped",
			"In June 2019 the museum moved its collection of early maps to a new climate-controlled store as part of a larger plan to renovate the east wing.",
			[]string{"In June 2019=2019-06"}, "The museum moved its collection of early maps to a new climate-controlled store"},
		{"a participle left by the date is dropped",
			"The committee later moved on to other questions about fishing rights talks scheduled for 4 October 2022.",
			[]string{"4 October 2022=2022-10-04"}, "The committee later moved on to other questions about fishing rights talks"},
		{"a list cut short is closed with and",
			"Since May 2019 border guards at the northern crossing have been taking photographs, palm prints and voice samples from every lorry driver entering the country.",
			[]string{"Since May 2019=2019-05"}, "Border guards at the northern crossing have been taking photographs and palm prints"},
		{"a proper noun keeps its capital after says",
			"The harbour master said on Friday that Norwegian trawlers had been fishing inside the protected zone for most of the winter months of the year.",
			[]string{"on Friday=2020-06-05"}, "The harbour master says Norwegian trawlers had been fishing inside the protected zone"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := oneSection("cut.txt", tc.text, timeline.Citation{})
			evs := Events(doc, Options{Tagger: fixedTagger(t, tc.exprs...), NoMerge: true})
			if len(evs) == 0 {
				t.Fatal("no event")
			}
			got := evs[0].Title
			if got != tc.want {
				t.Errorf("title %q (%d bytes), want %q", got, len(got), tc.want)
			}
			if len(got) > maxTitle {
				t.Errorf("title %d bytes, over %d", len(got), maxTitle)
			}
		})
	}
}

// TestShortenEnds: whatever shorten keeps never ends on a word that
// needs more.
func TestShortenEnds(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"more than a number", "The regional panel says more than 40 percent of the coastal towns in the south could lose their fresh water", "The regional panel says more than 40 percent could lose their fresh water"},
		{"a reported adjective is lower case", "The group's Bergen director says Compulsory registration of all drivers with the city will stop", ""},
		{"a superlative without its noun", "The agency says the storm had wind speeds of 180 kilometres per hour, the strongest in the records of the service", "The agency says the storm had wind speeds of 180 kilometres per hour"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := finish(tc.in)
			if tc.want != "" && got != tc.want {
				t.Errorf("finish(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if len(got) > maxTitle {
				t.Errorf("%d bytes", len(got))
			}
			f := strings.Fields(strings.TrimSuffix(got, "…"))
			if len(f) > 1 && badEnd(f[len(f)-2], f[len(f)-1]) {
				t.Errorf("%q ends on %q", got, f[len(f)-1])
			}
		})
	}
}

func TestLowerReportedClause(t *testing.T) {
	tests := []struct{ name, prefix, body, want string }{
		{"an adjective", "The director says ", "Mandatory testing of staff will start", "The director says mandatory testing of staff will start"},
		{"a proper noun", "The director says ", "Chinese authorities will start testing", "The director says Chinese authorities will start testing"},
		{"a determiner", "The director says ", "The tests will start", "The director says the tests will start"},
		{"an acronym", "The director says ", "NATO will meet", "The director says NATO will meet"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := finishWithPrefix(tc.prefix, tc.body); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
