package text

import (
	"regexp"
	"strings"
)

// A chat exported from a team's messaging tool (Slack, Teams, Discord)
// writes a divider between its days: a line that frames the day with
// dashes or equals signs ("--- Tuesday, June 17th, 2025 ---", "===== 3
// March 2024 ====="), over the messages of that day. The divider is the
// heading of those messages, as a diary's day line is (see
// splitDayLines): it dates them, "tomorrow" in a message under it is the
// day after it, and it is no event of its own. The frame on both sides
// tells a divider from a line that only opens with a dash (a list's item,
// "-- Tom" signing a note).

// dividerRe is a line framed by dashes, equals signs or tildes on both
// sides; group 1 is what it frames.
var dividerRe = regexp.MustCompile(`^[ \t]*(?:-{2,}|={2,}|~{2,}|[—–]{1,3})[ \t]*([^-=~—–\s](?:.*[^-=~—–\s])?)[ \t]*(?:-{2,}|={2,}|~{2,}|[—–]{1,3})[ \t]*$`)

// unframe returns what a divider line frames, or s itself when it is no
// divider.
func unframe(s string) string {
	t := strings.TrimLeft(s, " \t")
	if t == "" || t[0] != '-' && t[0] != '=' && t[0] != '~' && t[0] != 0xE2 { // (0xE2 opens "—" and "–")
		return s
	}
	if m := dividerRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// dayDivider reports whether the raw line s is a divider that frames a
// day.
func dayDivider(s string) bool {
	in := unframe(s)
	return in != s && (dayLine(in) || relDivider(s) != 0)
}

// relDivider reads a divider that frames the day by its distance from the
// day the chat was exported ("--- Today ---", "--- Yesterday ---", as Slack
// and Teams write the last two days): 1 for today, -1 for yesterday, 0
// for any other line. The day is the export's, not the one of the divider
// above it (see datedHeadings).
func relDivider(s string) int {
	in := unframe(s)
	if in == s {
		return 0
	}
	switch strings.ToLower(strings.Trim(in, "*_ \t")) {
	case "today":
		return 1
	case "yesterday":
		return -1
	}
	return 0
}

// splitDividers makes a heading of each day divider (see dayDivider) in a
// paragraph, cutting the paragraph around it: the lines before it end
// the day above, the lines after it are that day's.
func splitDividers(blocks []*block) []*block {
	var out []*block
	for _, b := range blocks {
		if b.kind != paraBlock || b.table || !strings.Contains(b.raw.s, "--") && !strings.Contains(b.raw.s, "==") && !strings.Contains(b.raw.s, "~~") && !strings.Contains(b.raw.s, "—") && !strings.Contains(b.raw.s, "–") {
			out = append(out, b)
			continue
		}
		ls := rawLines(b.raw.s)
		from := 0 // the start of the lines not yet put out
		cut := false
		for _, l := range ls {
			if !dayDivider(b.raw.s[l[0]:l[1]]) {
				continue
			}
			if !cut && len(ls) == 1 {
				b.kind, b.level = headingBlock, 3
				break
			}
			if n := b.sub(from, l[0]); n != nil {
				out = append(out, n)
			}
			if h := b.sub(l[0], l[1]); h != nil {
				h.kind, h.level = headingBlock, 3
				out = append(out, h)
			}
			from, cut = l[1], true
		}
		if !cut {
			out = append(out, b)
			continue
		}
		if n := b.sub(from, len(b.raw.s)); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// clockMsgRe opens a message of a chat that stamps its messages with the
// time alone, perhaps after a weekday, the day being the divider's over
// them: "[14:20] tom.b: ...", "[Mon 09:21] Ravi: ...", "[9:05 AM] Ana
// Lima: ...".
var clockMsgRe = regexp.MustCompile(`^[ \t]*\[(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]*[^:\s\[\]][^:\n\[\]]{0,39}:(?:[ \t]|$)`)

// clockMessages cuts the paragraphs of a chat whose messages are stamped
// with their time (clockMsgRe) into one block a message, so that no
// sentence runs from one message into the next and a date in one
// message anchors no other's. The stamp is left in the message's text:
// the time it gives is of the day over it. It applies to a text with two
// such messages or more, or with one under a day divider.
func clockMessages(blocks []*block) []*block {
	n, divided := 0, false
	for _, b := range blocks {
		switch {
		case b.kind == headingBlock && dayDivider(b.raw.s):
			divided = true
		case b.kind == paraBlock && !b.table && b.own == nil && strings.IndexByte(b.raw.s, '[') >= 0:
			for _, l := range rawLines(b.raw.s) {
				if line := b.raw.s[l[0]:l[1]]; strings.IndexByte(line, '[') >= 0 && clockMsgRe.MatchString(line) {
					n++
				}
			}
		}
	}
	if n == 0 || n < 2 && !divided {
		return blocks
	}
	var out []*block
	for _, b := range blocks {
		if b.kind != paraBlock || b.table || b.own != nil || strings.IndexByte(b.raw.s, '[') < 0 {
			out = append(out, b)
			continue
		}
		from, msg := 0, false // the start of the lines not yet put out, and whether they open with a stamp
		put := func(end int) {
			if c := b.sub(from, end); c != nil {
				c.msg = msg
				out = append(out, c)
			}
		}
		for _, l := range rawLines(b.raw.s) {
			if !clockMsgRe.MatchString(b.raw.s[l[0]:l[1]]) {
				continue
			}
			if l[0] > from {
				put(l[0])
			}
			from, msg = l[0], true
		}
		put(len(b.raw.s))
	}
	return out
}
