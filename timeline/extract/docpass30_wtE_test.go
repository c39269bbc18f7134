package extract

import (
	"fmt"
	"testing"
)

// TestShelfLifeCodesAndRanges: a best-before or use-by date is a
// product's stamp, no event, also when the label's code is printed
// before the date ("Best before: BB 03/2025") and when a range of such
// dates names the affected goods ("eggs with best-before dates from 10
// September to 1 October"); the recall in the same sentence keeps its day.
func TestShelfLifeCodesAndRanges(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "a label with its code", ref: "2024-03-12", text: "Batch code: L2405\nBest before: BB 03/2025",
			want: nil},
		{name: "a range of best-before dates", ref: "2024-10-08", text: "Hollybrook Farms first recalled eggs with best-before dates from 10 September to 1 October on 27 September.",
			want: []brief{{"2024-09-27", "on 27 September", "Hollybrook Farms first recalled eggs with best-before dates from 10 September to 1 October"}}},
		{name: "use-by dates between two days", ref: "2024-10-08", text: "The packs have use-by dates between 10 October and 14 October.",
			want: nil},
		{name: "use by after a lot number", ref: "2024-11-15", text: "Lot 24123, use by 14 DEC 2024.",
			want: nil},
	})
}

// TestYearBetweenTwoDates: in a text with no date of its own that says
// "including Sundays" (a habit, read as news), "on 30 August" between
// "the end of May 2023" and "31 October 2023" is of 2023; between two
// years it is left out.
func TestYearBetweenTwoDates(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "between two dates of 2023", text: "The toy was sold until the end of May 2023. A parent reported the problem on 30 August. Our helpline is open every day, including Sundays, until 31 October 2023.",
			want: []brief{{"2023-05", "until the end of May 2023", "The toy was sold"}, {"2023-08-30", "on 30 August", "A parent reported the problem"}, {"2023-10-31", "until 31 October 2023", "Our helpline is open every day, including Sundays"}}},
		{name: "between two years", text: "The toy was sold until the end of May 2023. A parent reported the problem on 30 August. Our helpline is open every day, including Sundays, until 31 October 2024.",
			want: []brief{{"2023-05", "until the end of May 2023", "The toy was sold"}, {"2024-10-31", "until 31 October 2024", "Our helpline is open every day, including Sundays"}}},
	})
}

// TestModelYearIsNoEvent: a product's model year ("model years 2021 and
// 2022", "2021 model year") labels the product, no date of anything; a
// year in the same text that dates a recall stays.
func TestModelYearIsNoEvent(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "model years in brackets", ref: "2024-06-03", text: "Meridian is recalling 2,314 Aster hatchbacks (model years 2021 and 2022) because the airbag may not deploy.",
			want: nil},
		{name: "a year before model year", ref: "2024-06-03", text: "The recall covers 2021 model year vehicles. Meridian previously recalled the model in 2019.",
			want: []brief{{"2019", "in 2019", "Meridian previously recalled the model"}}},
	})
}

// TestWeekdayAndDayOneReport: "from Monday 20 November" in a text with no
// date of its own is one expression left out, reported once from its
// preposition, as it is one event when the date is known.
func TestWeekdayAndDayOneReport(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"CUSTOMER NOTICE\n\nThis product was on sale from Monday 20 November.\n", []string{"3:26 from Monday 20 November"}},
		{"The shop reopens on Friday, 3 May, after the works.\n", []string{"1:18 on Friday, 3 May"}},
	} {
		got := leftOut("n.txt", tc.text)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: unresolved %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestIdleFuture: "in future" in a clause of what may be ("Parents who
// may buy this product in future should check ...") or one that bids is
// advice, no event; "will close in the future" stays a plan.
func TestIdleFuture(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "who may buy in future", ref: "2025-02-19", text: "Parents who may buy this product in future should check the batch number on the base of the tin.",
			want: nil},
		{name: "should in future", ref: "2025-02-19", text: "Customers should keep their receipts in future.",
			want: nil},
		{name: "will in the future", ref: "2025-02-19", text: "The plant will close in the future.",
			want: []brief{{"FUTURE_REF", "in the future", "The plant will close"}}},
	})
}

// TestSalesTitles: a date that follows a place adverb of a clause with
// no verb of its own shares the verb before ("sold in stores ... and
// online until the end of May": "The toy was sold online"); a speaker of
// two verbs joined by "and" is their subject ("We tested ... and
// confirmed on 6 September that ..."); the months after goods sold
// date the sale, not the recall of them.
func TestSalesTitles(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "online after in stores", ref: "2023-09-09", text: "The toy was sold in stores between 1 March and 15 April 2023, and online until the end of May.",
			want: []brief{{"2023-03-01/2023-04-15", "between 1 March and 15 April 2023", "The toy was sold in stores"}, {"2023-05", "until the end of May", "The toy was sold online"}}},
		{name: "two verbs share their speaker", ref: "2023-09-09", text: "We tested the product over the following days and confirmed on 6 September that the ring could come off.",
			want: []brief{{"2023-09-06", "on 6 September", "We confirm the ring could come off"}}},
		{name: "a recall of packs sold", ref: "2025-01-21", text: "Update 1: initial recall of 3,100 packs sold in the UK from June 2023 to November 2023.",
			want: []brief{{"2023-06/2023-11", "from June 2023 to November 2023", "Packs sold in the UK"}}},
	})
}

// TestBookingsMadeByIsNoSale: a deadline after goods or bookings made
// ("a discount for bookings made by 30 November 2025") keeps the title
// of what it is a deadline of.
func TestBookingsMadeByIsNoSale(t *testing.T) {
	runRealCases(t, []realCase{
		{name: "bookings made by", ref: "2025-06-01", text: "Early-booking discount of 10% for bookings made by 30 November 2025.",
			want: []brief{{"2025-11-30", "by 30 November 2025", "Early-booking discount of 10% for bookings"}}},
	})
}
