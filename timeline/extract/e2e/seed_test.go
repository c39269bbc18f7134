package e2e_test

import (
	"context"
	"github.com/chronicle-project/chronicle/internal/shared"
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/sources"
	"github.com/chronicle-project/chronicle/timeline"
	"github.com/chronicle-project/chronicle/timeline/extract"
)

// seedFile finds the seed in the shared folder above, or skips.
func seedFile(t *testing.T) string {
	t.Helper()
	p := shared.Seed()
	if p == "" {
		t.Skip("the shared folder is absent")
	}
	return p
}

// TestEndToEndSeed reads the seed with the real readers (sources) and
// checks the acceptance of issue 2 on the events Build makes of it.
func TestEndToEndSeed(t *testing.T) {
	res, err := sources.Read(context.Background(), []string{seedFile(t)}, sources.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := extract.Build(res.Documents, extract.Options{})
	var got []string
	for _, e := range c.Events {
		got = append(got, e.Span.Start.String()+" | "+e.Title+" | "+e.Source().Name()+" | "+e.Source().Date.String())
	}
	t.Logf("events:\n%s", strings.Join(got, "\n"))
	find := func(value, part string) *timeline.Event {
		for i := range c.Events {
			e := &c.Events[i]
			if e.Span.Start.String() == value && strings.Contains(e.Title+" "+e.Text, part) {
				return e
			}
		}
		return nil
	}
	if e := find("2017-07", "Aksu"); e == nil {
		t.Errorf("no 2017-07 event for the plan posted by the Aksu city government")
	} else if e.Span.Start.Prec != timeline.Month {
		t.Errorf("July is %v, want month precision", e.Span.Start.Prec)
	}
	if e := find("2017-12-13", "Human Right"); e == nil {
		t.Errorf("no 2017-12-13 event for the Human Rights Watch statement")
	} else if len(e.Sources) < 2 {
		t.Errorf("the Human Rights Watch statement has %d sources, want the newspaper and the ministry", len(e.Sources))
	}
	if e := find("2017-12-13", "Lu Kang"); e == nil {
		t.Errorf("no 2017-12-13 event for Lu Kang's answer")
	} else if len(e.Sources) < 2 {
		t.Errorf("Lu Kang's answer has %d sources, want the ministry and the commentary", len(e.Sources))
	}
	if n := len(c.Dated()); n != 4 {
		t.Errorf("%d dated events, want 4 (each real event once)", n)
	}
	for _, e := range c.Events {
		if e.Group == extract.PublishedGroup {
			t.Errorf("publication among the events: %q", e.Title)
		}
		if !e.IsVague() && strings.Contains(e.Text, "past few years") && strings.Contains(e.DateText, "past few years") {
			t.Errorf("a precise date from %q", e.DateText)
		}
		if strings.Contains(e.DateText, "12") && strings.Contains(e.Text, "age of 12") {
			t.Errorf("a date from the ages: %q", e.DateText)
		}
	}
}
