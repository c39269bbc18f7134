package extract

import "testing"

// TestSequenceAdverbOpeningClauseH35k: an adverb of sequence that opens a
// clause before its subject ("finally the plan was approved", "later the
// station was demolished") tells the order, which the dates tell: the
// title is the clause without it. An adverb before a verb ("Then came
// the war") or an adjective ("Later models") stays.
func TestSequenceAdverbOpeningClauseH35k(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "finally after and", ref: "2017-12-13", text: "The council met in May, and finally the plan was approved in June.",
			want: []brief{{"2017-05", "in May", "The council met"}, {"2017-06", "in June", "The plan was approved"}}},
		{name: "later after and", text: "The line closed in 1964, and later the station was demolished in 1970.",
			want: []brief{{"1964", "in 1964", "The line closed"}, {"1970", "in 1970", "The station was demolished"}}},
		{name: "then after and", ref: "2017-12-13", text: "The council met in May and then the plan was approved in June.",
			want: []brief{{"2017-05", "in May", "The council met"}, {"2017-06", "in June", "The plan was approved"}}},
		{name: "eventually opening the sentence", text: "Eventually the firm closed in 1930.",
			want: []brief{{"1930", "in 1930", "The firm closed"}}},
		{name: "eventually with its comma", text: "Eventually, the firm closed in 1930.",
			want: []brief{{"1930", "in 1930", "The firm closed"}}},
		{name: "subsequently before a pronoun", text: "The mill opened in 1850; subsequently it was sold in 1870.",
			want: []brief{{"1850", "in 1850", "The mill opened"}, {"1870", "in 1870", "It was sold"}}},
		{name: "soon before a name", text: "Soon Smith moved to Leeds in 1901.",
			want: []brief{{"1901", "in 1901", "Smith moved to Leeds"}}},
		{name: "two adverbs", text: "Soon afterwards the town grew rapidly in 1850.",
			want: []brief{{"1850", "in 1850", "The town grew rapidly"}}},
		{name: "an inverted verb keeps it", text: "Then came the war in 1939.",
			want: []brief{{"1939", "in 1939", "Then came the war"}}},
		{name: "a work's name keeps it", text: "Then Came the Rain premiered in 1990.",
			want: []brief{{"1990", "in 1990", "Then Came the Rain premiered"}}},
		{name: "an adjective keeps it", text: "Later models were built in 1990.",
			want: []brief{{"1990", "in 1990", "Later models were built"}}},
		{name: "an adverb after the subject stays", text: "The firm was founded in 1990 and later moved to Leeds in 1995.",
			want: []brief{{"1990", "in 1990", "The firm was founded"}, {"1995", "in 1995", "The firm later moved to Leeds"}}},
	})
}

// TestLeadParticiplePhraseH35k: a short participle phrase without the
// date that opens the sentence before its subject ("Having failed twice,",
// "Facing bankruptcy,", "Faced with debts,") says why or how, no part of
// the event at the date: the title is the main clause. A phrase that
// holds the date still titles it, and a name or a noun phrase before a
// comma stays.
func TestLeadParticiplePhraseH35k(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "having", text: "Having failed twice, the firm closed in 1930.",
			want: []brief{{"1930", "in 1930", "The firm closed"}}},
		{name: "having been, a pronoun", text: "Having been warned twice, she left Leeds in 1930.",
			want: []brief{{"1930", "in 1930", "She left Leeds"}}},
		{name: "present participle", text: "Facing bankruptcy, the firm closed in 1930.",
			want: []brief{{"1930", "in 1930", "The firm closed"}}},
		{name: "present participle and a name", text: "Hoping for work, the Lees family sailed to New York in 1880.",
			want: []brief{{"1880", "in 1880", "The Lees family sailed to New York"}}},
		{name: "past participle", text: "Faced with mounting debts, the firm closed in 1930.",
			want: []brief{{"1930", "in 1930", "The firm closed"}}},
		{name: "the date in a having phrase", text: "Having sold the mill in 1871, Edward moved to Harrogate.",
			want: []brief{{"1871", "in 1871", "Edward sold the mill"}}},
		{name: "a name ending in -ing", text: "Beijing, the capital, hosted the games in 2008.",
			want: []brief{{"2008", "in 2008", "Beijing, the capital, hosted the games"}}},
		{name: "a noun in -ing", text: "Building work, delayed by rain, began in 1930.",
			want: []brief{{"1930", "in 1930", "Building work, delayed by rain, began"}}},
	})
}

// TestAppositiveParticipleH35k: the date in an appositive's participle
// phrase ("Joseph Lees, a weaver born in 1820,") is said of the head the
// appositive describes: "Joseph Lees was born", not "Joseph Lees, a
// weaver born".
func TestAppositiveParticipleH35k(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a weaver born", text: "Joseph Lees, a weaver born in 1820, emigrated to Canada in 1851.",
			want: []brief{{"1820", "in 1820", "Joseph Lees was born"}, {"1851", "in 1851", "Joseph Lees emigrated to Canada"}}},
		{name: "a place after the participle", text: "Mary Hirst, a nurse trained in London in 1900, died in 1950.",
			want: []brief{{"1900", "in 1900", "Mary Hirst was trained in London"}, {"1950", "in 1950", "Mary Hirst died"}}},
		{name: "a thing", text: "The chapel, a building opened in 1790, burned down in 1850.",
			want: []brief{{"1790", "in 1790", "The chapel was opened"}, {"1850", "in 1850", "The chapel burned down"}}},
		{name: "an object's appositive", text: "He met Jones, a man trained in Paris in 1900, in 1910.",
			want: []brief{{"1900", "in 1900", "Jones was trained in Paris"}, {"1910", "in 1910", "He met Jones"}}},
		{name: "no participle: the main verb's", text: "Joseph Lees, a weaver from Leeds, emigrated to Canada in 1851.",
			want: []brief{{"1851", "in 1851", "Joseph Lees, a weaver from Leeds, emigrated to Canada"}}},
	})
}
