package extract

import "testing"

// TestWhenClauseOwnDate: a date in a when-clause after a main clause that
// has a date of its own is the when-clause's event, titled by it; the
// main clause keeps its own date. A subordinate clause after a later date
// set off by commas is that date's, no part of the earlier date's title.
func TestWhenClauseOwnDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the when-clause's own day", ref: "2025-02-06",
			text: "Corvane first learned of it last month, when incident responders at Tallis Security noticed suspicious sessions at a client on January 17.",
			want: []brief{{"2025-01", "last month", "Corvane first learned of it"},
				{"2025-01-17", "on January 17", "Incident responders at Tallis Security noticed suspicious sessions at a client"}}},
		{name: "the when-clause of a later date", ref: "",
			text: "The previous review, published in the autumn of 2014, covered the late 2000s, when Bewick's Swans still wintered here.",
			want: []brief{{"200", "the late 2000s", "Bewick's Swans still wintered here"},
				{"2014-FA", "in the autumn of 2014", "The previous review was published"}}},
	})
}

// TestSameYearClause: "in 1974, the same year Nixon resigned" dates the
// main clause before it; the clause after "the same year" only says when,
// and is no part of the title (a date that dates no verb, "postcards from
// 1936, the year the library burned down", still takes the clause after:
// see TestHeadlinesBlindQA).
func TestSameYearClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the same year", text: "My father sold the orchard in 1974, the same year Nixon resigned.",
			want: []brief{{"1974", "in 1974", "My father sold the orchard"}}},
		{name: "the year, a long clause", text: "My father sold the orchard in 1974, the year Richard Nixon resigned.",
			want: []brief{{"1974", "in 1974", "My father sold the orchard"}}},
	})
}

// TestSecondVerbOwnDate: the second of two verbs that share a subject,
// the date in it, is titled by the subject and that verb alone: a plural's
// plain present ("Applications ... open on X and close on Y"), and a verb
// with its own auxiliary ("was cancelled ... and was replaced by a virtual
// event on 9–10 October 2013").
func TestSecondVerbOwnDate(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a plural's plain present", ref: "2024-06-12",
			text: "Applications for that intake open on 1 October 2024 and close on 31 January 2025.",
			want: []brief{{"2024-10-01", "on 1 October 2024", "Applications for that intake open"},
				{"2025-01-31", "on 31 January 2025", "Applications for that intake close"}}},
		{name: "a second auxiliary", text: "SRT 2013 in Cape Town was cancelled three weeks before the opening and was replaced by a virtual event on 9–10 October 2013.",
			want: []brief{{"2013-10-09/2013-10-10", "on 9–10 October 2013", "SRT 2013 in Cape Town was replaced by a virtual event"}}},
	})
}

// TestBracketAfterLink: a date alone in brackets closing a sentence, after
// a phrase that links to another time ("nine days earlier than last
// year's first pup (7 November 2022)", "the day before the main
// conference opens (22–26 September)"), is what that phrase names, not the
// main clause's event; a deadline's zone in brackets goes with its date.
func TestBracketAfterLink(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "earlier than", ref: "2023-12-02",
			text: "The first pup of the season was born on 29 October, nine days earlier than last year's first pup (7 November 2022).",
			want: []brief{{"2022-11-07", "7 November 2022", "Last year's first pup"}, {"2023-10-29", "on 29 October", "The first pup of the season was born"}}},
		{name: "the day before", ref: "2025-06-02",
			text: "The workshop takes place on 21 September, the day before the main conference opens (22–26 September).",
			want: []brief{{"2025-09-21", "on 21 September", "The workshop takes place"}, {"2025-09-22/2025-09-26", "22–26 September", "The main conference opens"}}},
		{name: "anywhere on earth", ref: "2024-01-09", text: "The paper deadline is set for 1 May (AoE).",
			want: []brief{{"2024-05-01", "1 May", "The paper deadline is set"}}},
	})
}

// TestDatedPhraseInClause: a date of a phrase inside the sentence titles
// that phrase, not the main clause: the object of a participle that a
// which-clause tells of ("carrying ring Z41207, which was originally
// fitted ... on 3 August 2022"), a noun after "Following" ("Following your
// interview on 26 June, I am delighted ..."), a "whose" clause's noun
// ("a conference whose paper deadline was 31 May 2022"), and a subject's
// participle past an aside in brackets ("The camera trap (unit CT-7,
// battery 92%) installed on 28 May captured ..."), which the later date's
// title leaves out.
func TestDatedPhraseInClause(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the object of a participle", ref: "2023-09-14",
			text: "By 11:00 we had processed 87 birds of 14 species, including a juvenile Sedge Warbler carrying ring Z41207, which was originally fitted at Hollow Marsh on 3 August 2022.",
			want: []brief{{"2022-08-03", "on 3 August 2022", "Ring Z41207 was originally fitted at Hollow Marsh"},
				{"2023-09-14T11:00", "By 11:00", "We had processed 87 birds of 14 species"}}},
		{name: "following a noun", ref: "2024-07-02", text: "Following your interview on 26 June, I am delighted to offer you the post of Class Teacher.",
			want: []brief{{"2024-06-26", "on 26 June", "Your interview"}}},
		{name: "whose deadline was", text: "The researcher planned to present the finding at a conference whose paper deadline was 31 May 2022.",
			want: []brief{{"2022-05-31", "31 May 2022", "Conference paper deadline"}}},
		{name: "a participle past an aside", ref: "2025-06-10",
			text: "The camera trap (unit CT-7, battery 92%) installed on 28 May captured an otter at 23:14 on 1 June.",
			want: []brief{{"2025-05-28", "on 28 May", "The camera trap was installed"},
				{"2025-06-01T23:14", "at 23:14 on 1 June", "The camera trap (unit CT-7, battery 92%) captured an otter"}}},
	})
}

// TestParticipleAfterBrackets: a participle after an aside in brackets
// ("a tenant isolation flaw (KSA-2023-118, CVSS 9.6) reported on 30
// August 2023") has no speaker in the brackets; past a comma of another
// phrase, the object it is said of is what the date titles.
func TestParticipleAfterBrackets(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "reported after brackets", ref: "2024-01-15",
			text: "The largest award, $50,000, went to a researcher who found a tenant isolation flaw (KSA-2023-118, CVSS 9.6) reported on 30 August 2023.",
			want: []brief{{"2023-08-30", "on 30 August 2023", "A tenant isolation flaw was reported"}}},
	})
}

// TestAddedTo: "added X to Y" puts a thing in, and reports nothing: the
// title keeps its subject ("The agency added the bug to its catalog"),
// not only the object.
func TestAddedTo(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "added to a catalog", ref: "2025-02-06",
			text: "The cyber agency added the bug to its exploited vulnerabilities catalog on Thursday.",
			want: []brief{{"2025-02-06", "on Thursday", "The cyber agency added the bug to its exploited vulnerabilities catalog"}}},
	})
}

// TestBeatenRecord: the date of a record the sentence says was beaten
// ("beating the previous earliest date of 21 September 2016") is that
// old record, not the new one the clause before it names.
func TestBeatenRecord(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the previous earliest date", ref: "2023-09-14",
			text: "A Yellow-browed Warbler was trapped on Wednesday, the earliest autumn record for the site, beating the previous earliest date of 21 September 2016 by a week.",
			want: []brief{{"2016-09-21", "21 September 2016", "The previous earliest date"}, {"2023-09-13", "on Wednesday", "A Yellow-browed Warbler was trapped, the earliest autumn record for the site"}}},
	})
}
