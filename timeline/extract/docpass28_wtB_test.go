package extract

import "testing"

// TestSecondPredicateKeepsPossessedDay: a weekday that names an event
// ("Saturday's game") keeps its event when the sentence's other date is
// in a second predicate of the same subject ("... and underwent a medical
// on Friday"), which then gets its own title; in a single clause it still
// makes no event of its own.
func TestSecondPredicateKeepsPossessedDay(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "and underwent", ref: "2024-02-05", text: "The player is expected to be registered in time for Saturday's game and underwent a medical on Friday.",
			want: []brief{{"2024-02-02", "on Friday", "The player underwent a medical"}, {"2024-02-10", "Saturday", "The player is expected to be registered in time for the game"}}},
		{name: "one clause", ref: "2024-02-05", text: "The club confirmed on Friday that Saturday's game is off.",
			want: []brief{{"2024-02-02", "on Friday", "The club confirms Saturday's game is off"}}},
	})
}

// TestTenseDaysOfThePass: the day a past clause or a plan tells, in a
// whole sentence: "after limping off ... on Thursday" is the Thursday
// before; "will land between October and March" said in November is the
// span going on.
func TestTenseDaysOfThePass(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "after limping off", ref: "2024-09-02", text: "Okafor is a doubt after limping off in training on Thursday.",
			want: []brief{{"2024-08-29", "on Thursday", "Okafor is a doubt after limping off in training"}}},
		{name: "span going on", ref: "2024-11-12", text: "About 20 of the openings will land between October and March.",
			want: []brief{{"2024-10/2025-03", "between October and March", "About 20 of the openings will land"}}},
	})
}
