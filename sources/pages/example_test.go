package pages_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-project/chronicle/sources/pages"
)

// A report with its title atop every page and its page number under each,
// and no title of its own: the title stays once, atop the first page.
func ExampleRunning() {
	var doc [][]string
	for p, body := range []string{"The ferry terminal closed on 3 March 2023.", "The new pontoon opened on 9 May 2023.",
		"A second berth opened on 1 October 2023."} {
		doc = append(doc, []string{"Harbour Trust Annual Report", "", body, "", fmt.Sprintf("Page %d of 3", p+1)})
	}
	running, _ := pages.Running(doc, pages.Options{})
	for p, lines := range doc {
		var kept []string
		for i, l := range lines {
			if l != "" && !slices.Contains(running[p], i) {
				kept = append(kept, l)
			}
		}
		fmt.Printf("page %d: %s\n", p+1, strings.Join(kept, " | "))
	}
	// Output:
	// page 1: Harbour Trust Annual Report | The ferry terminal closed on 3 March 2023.
	// page 2: The new pontoon opened on 9 May 2023.
	// page 3: A second berth opened on 1 October 2023.
}

// A page printed by a browser: its print header and footer are not the
// text, and the footer gives the web page's address.
func ExampleRunning_print() {
	doc := [][]string{{
		"11/28/26, 7:03 PM  Riverside Choir: Year in Review 2024",
		"The choir sang at the harbour festival on 14 June 2024.",
		"https://choir.example/review-2024  1/1",
	}}
	running, url := pages.Running(doc, pages.Options{Title: "Riverside Choir: Year in Review 2024", Print: true})
	fmt.Println(running[0])
	fmt.Println(url)
	// Output:
	// [0 2]
	// https://choir.example/review-2024
}
