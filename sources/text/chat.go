package text

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// A chat exported as text (WhatsApp, Signal and the like) writes one
// message a line, each opening with its day, its time and its sender:
//
//	[12/03/2024, 09:15] Ana: Morning all! The viewing is this Thursday at 2pm
//	12/03/2024, 09:15 - Ana: Morning all! The viewing is this Thursday at 2pm
//	3/12/24, 9:15 AM - Ana: Morning all!
//
// A line that does not open so continues the message above it. Each
// message is a section of its own (so that no sentence runs from one
// message into the next), dated by its day as a diary's entry is by the
// day over it (RefFrom "heading": "tomorrow" in a message of 25 March is
// 26 March), and written by its sender (Section.Speaker: an actor of its
// events, not their source, which is the chat). The stamp and the sender
// are not the message's text: the time a message was sent is no event.
// The day-month order of the stamps is the one they show (a day over 12),
// else the one that keeps them in order, else the document's.

// chatRe is the stamp and sender opening a chat message: the day (three
// numbers), a comma, the time, then either brackets around both ("[...]
// Ana:") or a dash after them ("... - Ana:"). A system message ("Messages
// are end-to-end encrypted") has no sender.
var chatRe = regexp.MustCompile(`^[\x{200E}\x{200F}]?(?:\[(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?[ \t\x{00A0}]+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:[ \t\x{00A0}\x{202F}]?([AaPp])\.?[ \t]?[Mm]\.?)?\][ \t]*|(\d{1,4})[./-](\d{1,2})[./-](\d{2,4}),?[ \t\x{00A0}]+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:[ \t\x{00A0}\x{202F}]?([AaPp])\.?[ \t]?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]+[-–—][ \t]+)(?:([^:\n\[\]]{1,60}?):(?:[ \t]+|$))?`)

// chatStamp is what opens a chat message.
type chatStamp struct {
	a, b, y int    // the day's numbers as written, a/b/y, y in full (24 is 2024)
	n       int    // the length of the stamp and sender
	sender  string // "" for a system message
}

// parseChatLine reads the stamp and sender opening line.
func parseChatLine(line string) (chatStamp, bool) {
	if rest := strings.TrimLeft(line, "[\u200e\u200f"); len(line) < 10 || rest == "" || !isDigit(rest[0]) {
		return chatStamp{}, false // ("[[[[[[[[[[" was a crash, found by FuzzRead)
	}
	m := chatRe.FindStringSubmatchIndex(line)
	if m == nil {
		return chatStamp{}, false
	}
	g := 2 // the first group of the form that matched
	if m[2] < 0 {
		g = 14
	}
	num := func(k int) int { return atoi(line[m[g+2*k]:m[g+2*k+1]]) }
	c := chatStamp{a: num(0), b: num(1), y: num(2), n: m[1]}
	switch yl := m[g+5] - m[g+4]; {
	case c.a >= 1000 && yl <= 2: // 2024-03-12
	case c.a >= 1000 || yl == 3:
		return chatStamp{}, false
	case yl == 2:
		c.y += 2000 // 12/03/24
	}
	if m[26] >= 0 {
		c.sender = strings.TrimSpace(line[m[26]:m[27]])
	}
	return c, true
}

// ChatLine reports whether line opens a message of a chat exported as text
// ("[12/03/2024, 09:15] Ana: ...", "12/03/2024, 09:15 - Ana: ...", or a
// system message with no sender): such a file is text, not a JSON array.
func ChatLine(line string) bool {
	_, ok := parseChatLine(line)
	return ok
}

// date is the stamp's day: y-m-d with a/b read day first or not; a
// four-digit first number is a year (2024-03-12).
func (c chatStamp) date(dayFirst bool) (timeline.Date, bool) {
	switch {
	case c.a >= 1000:
		return makeDate(c.a, c.b, c.y) // the year first: 2024-03-12
	case dayFirst:
		return makeDate(c.y, c.b, c.a)
	}
	return makeDate(c.y, c.a, c.b)
}

// chatMessages cuts the paragraphs of a chat exported as text into one
// block a message (see the comment on chatRe), each dated by its stamp and
// written by its sender, and leaves other documents alone. dayFirst is the
// document's order, used when the stamps do not show theirs. st carries,
// for a document read in parts, what the first part was: a later part is
// a chat's when the first was, though it may open inside a message.
func chatMessages(blocks []*block, dayFirst bool, st *partState) []*block {
	if st != nil && st.n > 0 {
		if !st.chat {
			return blocks
		}
		return cutMessages(blocks, st.chatDayFirst)
	}
	// A chat: its first line is a message, and so are most of its lines
	// that open with a digit or a bracket (the others continue one).
	var stamps []chatStamp
	lines, first, senders, titled := 0, true, false, false
	for _, b := range blocks {
		if b.kind != paraBlock {
			continue
		}
		if first && !titled && b.lines == 1 && len(b.raw.s) < 100 {
			if _, ok := parseChatLine(b.raw.s); !ok {
				titled = true // "Ticket #4412 — sync failure" over its messages: a title
				continue
			}
		}
		for _, l := range rawLines(b.raw.s) {
			line := b.raw.s[l[0]:l[1]]
			if strings.TrimSpace(line) == "" {
				continue
			}
			c, ok := parseChatLine(line)
			if first && !ok {
				return blocks
			}
			first = false
			if ok {
				stamps = append(stamps, c)
				senders = senders || c.sender != ""
			}
			if lines++; lines >= 200 {
				break
			}
		}
		if lines >= 200 {
			break
		}
	}
	if len(stamps) < 2 || 2*len(stamps) < lines || !senders {
		return blocks
	}
	dayFirst = chatOrder(stamps, dayFirst)
	if st != nil {
		st.chat, st.chatDayFirst = true, dayFirst
	}
	return cutMessages(blocks, dayFirst)
}

// cutMessages cuts the paragraphs of a chat into one block a message, each
// dated by its stamp (day first when dayFirst) and written by its sender;
// lines before a paragraph's first stamp make a block of their own.
func cutMessages(blocks []*block, dayFirst bool) []*block {
	var out []*block
	for _, b := range blocks {
		if b.kind != paraBlock {
			out = append(out, b)
			continue
		}
		ls := rawLines(b.raw.s)
		start, end := -1, -1 // the current message's text
		var own *ownRef
		cut := func() {
			if start >= 0 {
				if n := b.sub(start, end); n != nil {
					n.own, n.msg = own, true
					out = append(out, n)
				}
			}
			start = -1
		}
		for k, l := range ls {
			line := b.raw.s[l[0]:l[1]]
			c, ok := parseChatLine(line)
			d, okd := c.date(dayFirst)
			if !ok || !okd {
				// A line without a stamp, or with a stamp of no day
				// (31/02/2024), continues the message above it.
				if start < 0 {
					// Text before the first message of the paragraph.
					start, own = l[0], nil
				}
				end = l[1]
				continue
			}
			if k > 0 || start >= 0 {
				cut()
			}
			var pos timeline.Position
			if b.raw.loc != nil {
				pos = b.raw.loc.pos(b.raw.srcAt(l[0]))
			}
			own = &ownRef{r: ref{date: d, from: "heading", pos: pos}, sender: c.sender}
			start, end = l[0]+c.n, l[1]
		}
		cut()
	}
	return out
}

// chatOrder decides whether the stamps write their day first: as a number
// over 12 shows, else as keeps them in time order, else as dayFirst says.
func chatOrder(stamps []chatStamp, dayFirst bool) bool {
	for _, c := range stamps {
		switch {
		case c.a >= 1000:
			return false
		case c.a > 12:
			return true
		case c.b > 12:
			return false
		}
	}
	ordered := func(df bool) int {
		n := 0
		var prev timeline.Date
		for _, c := range stamps {
			d, ok := c.date(df)
			if !ok {
				continue
			}
			if !prev.IsZero() && timeline.Compare(d, prev) < 0 {
				n++
			}
			prev = d
		}
		return n
	}
	switch back, fwd := ordered(true), ordered(false); {
	case back < fwd:
		return true
	case fwd < back:
		return false
	}
	return dayFirst
}
