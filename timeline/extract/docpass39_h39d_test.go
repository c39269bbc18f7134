package extract

import "testing"

// TestHistoryHandout39: a reign in brackets is titled by the ruler with
// the article the sentence gives ("the Yongle Emperor"), and a sentence
// whose verb is an irregular past ("broke", "wrote") is a clause of its
// own, not a caption put under its section's heading.
func TestHistoryHandout39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "the emperor opens the sentence", ref: "2025-11-18", text: "The Yongle Emperor (r. 1402–24) moved the capital to Beijing in 1421.",
			want: []brief{{"1402/1424", "1402–24", "Reign of the Yongle Emperor"}, {"1421", "in 1421", "The Yongle Emperor moved the capital to Beijing"}}},
		{name: "the emperor after an apposition", ref: "2025-11-18", text: "Its founder, the Hongwu Emperor (reigned 1368–98), rose from poverty.",
			want: []brief{{"1368/1398", "1368–98", "Reign of the Hongwu Emperor"}}},
		{name: "irregular past under a heading", ref: "2025-11-18", text: "Lesson 12: The Tudors\n\nHenry VIII (reigned 1509–47) broke with Rome.",
			want: []brief{{"1509/1547", "1509–47", "Reign of Henry VIII"}}},
		{name: "turn of the century after the late century", ref: "2025-11-18",
			text: "Timeline of industry\n\nThe second half of the 19th century brought steel and electricity. By the turn of the century Germany had overtaken Britain.",
			want: []brief{{"18", "The second half of the 19th century", "The second half of the 19th century brought steel and electricity"}, {"19", "By the turn of the century", "Germany had overtaken Britain"}}},
		{name: "turn of the century after a plain century", ref: "2025-11-18",
			text: "Notes on trade\n\nTrade grew in the 19th century. By the turn of the century Germany led the chemical industry.",
			want: []brief{{"18", "in the 19th century", "Trade grew"}}},
		{name: "two centuries after a year BC", ref: "2025-11-18",
			text: "Rome\n\nJulius Caesar was assassinated in 44 BC. Two centuries later the empire had reached its greatest extent.",
			want: []brief{{"BC0044", "in 44 BC", "Julius Caesar was assassinated"}, {"01", "Two centuries later", "The empire had reached its greatest extent"}}},
	})
}

// TestLifeMarkTail39: a floruit, death or circa mark whose date the title
// cut off ("potter, fl. 1640") leaves no "fl" dangling at the title's end.
func TestLifeMarkTail39(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "floruit", ref: "2025-11-18", text: "Room 33\n\nCase 4: Vase, from the Transitional period. Made by an unknown potter, fl. 1640.",
			want: []brief{{"1640", "1640", "Made by an unknown potter"}}},
	})
}
