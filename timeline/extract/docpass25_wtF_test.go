package extract

import (
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestBareParagraphNumber: minutes that number their paragraphs with a
// bare number set off by two spaces ("1  At its meeting ...") keep the
// number out of the title; a count before its noun stays.
func TestBareParagraphNumber(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two spaces after the number", ref: "2024-08-01", text: "2  GDP had grown by 0.7% in 2024 Q1.",
			want: []brief{{"2024-Q1", "in 2024 Q1", "GDP had grown by 0.7%"}}},
		{name: "a tab after the number", ref: "2024-08-01", text: "14\tThe Committee met on 31 July 2024.",
			want: []brief{{"2024-07-31", "on 31 July 2024", "The Committee met"}}},
		{name: "a count", ref: "2024-08-01", text: "3 Members voted for a cut on 31 July 2024.",
			want: []brief{{"2024-07-31", "on 31 July 2024", "3 Members voted for a cut"}}},
	})
}

// TestRowStatusPlanned: a table row's status cell "planned" after the
// cell it dates stays as "done" does ("PVT at the Penang plant –
// planned"), never leaving a dash at the title's end.
func TestRowStatusPlanned(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "planned", ref: "2024-01-10", text: "Q3 2024 | PVT at the Penang plant | planned",
			want: []brief{{"2024-Q3", "Q3 2024", "PVT at the Penang plant – planned"}}},
		{name: "done", ref: "2024-01-10", text: "Q1 2024 | EVT builds at the Penang plant | done",
			want: []brief{{"2024-Q1", "Q1 2024", "EVT builds at the Penang plant – done"}}},
	})
}

// TestPossessedAfterBound: a possessive date after "after" or "before"
// ("after last month's incident review") dates what it owns, with no
// bound and no preposition in its date text; the sentence's own event is
// later and not told.
func TestPossessedAfterBound(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "last month's review", ref: "2025-09-08", text: "Quick update after last month's incident review: we are moving the cutover earlier.",
			want: []brief{{"2025-08", "last month", "Incident review"}}},
		{name: "before a weekday's vote", ref: "2025-09-08", text: "The fix shipped before Friday's vote on the budget.",
			want: []brief{{"2025-09-05", "Friday", "Vote on the budget"}}},
		{name: "a bound stays", ref: "2025-09-08", text: "The fix shipped after Friday.",
			want: []brief{{"2025-09-05", "after Friday", "The fix shipped"}}},
	})
}

// TestPossessedAfterAmount: an amount of time after a possessive date
// ("two days after Monday's vote") keeps the bound.
func TestPossessedAfterAmount(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "two days after", ref: "2024-03-14", text: "He quit two days after Monday's vote.",
			want: []brief{{"2024-03-11", "after Monday", "He quit two days after the vote"}}},
	})
}

// TestBoundInSubject: a bound that says which of the subject's things
// the clause is about ("Questions received after 13 March 2026 will not
// be answered") stays in the title, whose meaning it carries; a bound of
// the clause's own verb goes.
func TestBoundInSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "questions received after", ref: "2026-02-01", text: "Questions received after 13 March 2026 will not be answered.",
			want: []brief{{"2026-03-13", "after 13 March 2026", "Questions received after 13 March 2026 will not be answered"}}},
		{name: "orders placed before", ref: "2026-02-01", text: "Orders placed before 1 May 2026 will ship free.",
			want: []brief{{"2026-05-01", "before 1 May 2026", "Orders placed before 1 May 2026 will ship free"}}},
		{name: "the verb's own bound", ref: "2026-02-01", text: "The office closed before 5 May 2026.",
			want: []brief{{"2026-05-05", "before 5 May 2026", "The office closed"}}},
	})
}

// TestAndUpAside: "13 and up," inside an aside after a reported
// clause's subject opens no clause, nor does the aside ("Tidewalker, the
// open-world sailing game rated T ..., will launch"): the title keeps its
// subject, and a long one loses the aside.
func TestAndUpAside(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "ages 13 and up", ref: "2025-03-05", text: "Halcyon today announced that Tidewalker, rated T for ages 13 and up, will launch on June 12, 2025.",
			want: []brief{{"2025-03-05", "today", "Halcyon announces Tidewalker, rated T for ages 13 and up"}, {"2025-06-12", "on June 12, 2025", "Tidewalker, rated T for ages 13 and up, will launch"}}},
		{name: "an appositive with a participle", ref: "2025-03-05", text: "Halcyon Games today announced that Tidewalker, the open-world sailing game rated T for ages 13 and up, will launch on PC and consoles on June 12, 2025.",
			want: []brief{{"2025-03-05", "today", "Halcyon Games announces Tidewalker will launch on PC"}, {"2025-06-12", "on June 12, 2025", "Tidewalker will launch on PC and consoles"}}},
	})
}

// TestPluralPresentBeforeComma: a plural subject and its verb in the
// plain present before the date ("Pre-orders open on ...,") are a
// clause, not a lead-in: the title keeps them over the participle phrase
// after the comma.
func TestPluralPresentBeforeComma(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "pre-orders open", ref: "2025-03-05", text: "Pre-orders open on March 7, 2025 at 9 a.m. PT, priced at $59.99.",
			want: []brief{{"2025-03-07T09:00-08:00", "on March 7, 2025 at 9 a.m. PT", "Pre-orders open, priced at $59.99"}}},
		{name: "a lead-in stays one", ref: "2025-03-05", text: "Two days later, on 7 March 2025, the shop reopened its doors.",
			want: []brief{{"2025-03-07", "on 7 March 2025", "The shop reopened its doors"}}},
	})
}

// TestNearestClauseSubject: a verb coordinated with the last clause's
// ("..., and projects must start in May 2025 and finish by 31 December
// 2025") shares that clause's subject, not the sentence's first.
func TestNearestClauseSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "projects must finish", ref: "2025-01-10", text: "Awards will be confirmed on 30 April 2025, and projects must start in May 2025 and finish by 31 December 2025.",
			want: []brief{{"2025-04-30", "on 30 April 2025", "Awards will be confirmed"}, {"2025-05", "in May 2025", "Projects must start"}, {"2025-12-31", "by 31 December 2025", "Projects must finish"}}},
		{name: "one clause", ref: "2025-01-10", text: "Work will start in June 2025 and finish by March 2026.",
			want: []brief{{"2025-06", "in June 2025", "Work will start"}, {"2026-03", "by March 2026", "Work will finish"}}},
	})
}

// TestGappedFigure: a second clause that gives only its date and a
// figure ("... and in 2024, 11", "... and 55 in 2021") is the first
// clause with that figure.
func TestGappedFigure(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the date first", ref: "2025-03-05", text: "In 2023 we funded 9 projects and in 2024, 11.",
			want: []brief{{"2023", "In 2023", "We funded 9 projects"}, {"2024", "in 2024", "We funded 11 projects"}}},
		{name: "the figure first", ref: "2025-03-05", text: "The club had 40 members in 2019 and 55 in 2021.",
			want: []brief{{"2019", "in 2019", "The club had 40 members"}, {"2021", "in 2021", "The club had 55 members"}}},
		{name: "after a semicolon", ref: "2025-03-05", text: "In 2022 the fund paid out £2m; in 2023, £3.1m.",
			want: []brief{{"2022", "In 2022", "The fund paid out £2m"}, {"2023", "in 2023", "The fund paid out £3.1m"}}},
	})
}

// TestWhichAntecedent: "which" is said of the thing a preposition names,
// never of people ("Applicants to Round 2, which closed ..."), nor of a
// phrase that is no noun ("available under extended support, which ends
// ..."); a participle that closes a sentence is said of the clause's
// object ("supersedes NSF 23-515, published in December 2022").
func TestWhichAntecedent(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "applicants to Round 2", ref: "2025-03-05", text: "Applicants to Round 2, which closed in March 2025, will hear back by the end of June 2025.",
			want: []brief{{"2025-03", "in March 2025", "Round 2 closed"}, {"2025-06", "by the end of June 2025", "Applicants to Round 2 will hear back"}}},
		{name: "under extended support", ref: "2025-03-05", text: "Security patches for 3.x will only be available under extended support, which ends in Q1 2026.",
			want: []brief{{"2026-Q1", "in Q1 2026", "Extended support ends"}}},
		{name: "a name as the object", ref: "2025-03-05", text: "This solicitation supersedes NSF 23-515, published in December 2022.",
			want: []brief{{"2022-12", "in December 2022", "NSF 23-515 was published"}}},
		{name: "a plain present's object", ref: "2025-03-05", text: "The new rules replace the old handbook, published in December 2022.",
			want: []brief{{"2022-12", "in December 2022", "The old handbook was published"}}},
		{name: "an of-phrase stays the subject", ref: "2025-03-05", text: "The new owner of the mill, appointed in 2019, left.",
			want: []brief{{"2019", "in 2019", "The new owner of the mill was appointed"}}},
	})
}

// TestLeadInBeforeSharedSubject: a phrase of place set off before the
// subject ("On the forecast track, the center will move ... on Monday and
// approach ... Monday night") leaves the subject to the second verb.
func TestLeadInBeforeSharedSubject(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "on the forecast track", ref: "2025-09-14", text: "On the forecast track, the center will move across the Florida Straits on Monday and approach the southeast coast of Florida Monday night.",
			want: []brief{{"2025-09-15", "on Monday", "The center will move across the Florida Straits"}, {"2025-09-15TNI", "Monday night", "The center will approach the southeast coast of Florida"}}},
	})
}

// TestBulletinLabels: a weather bulletin's bullet labels ("WHEN...",
// "ADDITIONAL DETAILS...") are no part of titles nor actors; the bullet
// that gives only the time is titled by what the bulletin warns of; a
// line all in capitals names no actors.
func TestBulletinLabels(t *testing.T) {
	text := "...WINTER STORM WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY...\n\n* WHAT...Heavy snow expected.\n\n* WHEN...From 6 PM this evening to noon CST Wednesday.\n\n* ADDITIONAL DETAILS...Snow will begin this afternoon."
	runRealCases(t, []realCase{
		{name: "a bulletin", ref: "2025-01-21", text: text,
			want: []brief{{"2025-01-21TAF", "this afternoon", "Snow will begin"},
				{"2025-01-21T18:00-06:00/2025-01-22T12:00-06:00", "FROM 6 PM THIS EVENING TO NOON CST WEDNESDAY", "WINTER STORM WARNING IN EFFECT"}}},
		{name: "no headline: the WHAT bullet", ref: "2025-01-21", text: "* WHAT...Heavy snow expected.\n\n* WHEN...From 6 PM this evening to noon CST Wednesday.",
			want: []brief{{"2025-01-21T18:00-06:00/2025-01-22T12:00-06:00", "From 6 PM this evening to noon CST Wednesday", "Heavy snow expected"}}},
	})
	for _, e := range Events(oneSection("p.txt", text, timeline.Citation{}), Options{Ref: day(t, "2025-01-21")}) {
		if len(e.Actors) > 0 {
			t.Errorf("%q: actors %q, want none", e.Title, e.Actors)
		}
	}
}

// TestRelativeObjectParticiple: a participle after the object of a
// relative clause's verb (", which would tie the record set on July 20,
// 2023") dates that object's event, not the main clause's forecast.
func TestRelativeObjectParticiple(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the record set", ref: "2025-07-11", text: "Temperatures may reach 117 degrees on Sunday, which would tie the record set on July 20, 2023.",
			want: []brief{{"2023-07-20", "on July 20, 2023", "The record was set"}, {"2025-07-13", "on Sunday", "Temperatures may reach 117 degrees"}}},
	})
}

// TestDateCutGarble: cutting the date leaves no garbled title: the
// bound's clause whose subject the date is goes with it ("until the first
// quarter is behind us"), "both" before a list of dates goes, and a
// period counted from the writer's day beside "yesterday" is no part of
// the day's date text.
func TestDateCutGarble(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "until the first quarter is behind us", ref: "2024-12-13", text: "Keep duration short until the first quarter is behind us.",
			want: []brief{{"2025-Q1", "until the first quarter", "Keep duration short"}}},
		{name: "in both May and June", ref: "2024-12-13", text: "CPI had remained at 2% in both May and June.",
			want: []brief{{"2024-05", "May", "CPI had remained at 2%"}, {"2024-06", "June", "CPI had remained at 2%"}}},
		{name: "this year yesterday", ref: "2024-12-13", text: "The ECB cut for the fourth time this year yesterday.",
			want: []brief{{"2024-12-12", "yesterday", "The ECB cut for the fourth time this year"}}},
	})
}
