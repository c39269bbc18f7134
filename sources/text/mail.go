package text

import (
	"regexp"
	"strings"

	"github.com/chronicle-project/chronicle/timeline"
)

// An e-mail saved or pasted as text opens with its header, and a reply
// quotes the message it answers under a header of its own:
//
//	From: Tom Baker
//	Sent: Monday, 2 March 2020 09:14
//	To: Project team
//	Subject: RE: Site visit
//
//	The site visit is confirmed for Thursday.
//
//	-----Original Message-----
//	From: Lisa Grant
//	Sent: Friday, 28 February 2020 16:52
//	Subject: Site visit
//
//	Can we do the visit next week?
//
// A header is a run of "Key: value" lines with a sender ("From:") and a
// date ("Sent:" or "Date:"), perhaps under a line that introduces a quoted
// or forwarded message. The header that opens the document dates it and
// names it (its subject is the title); each later one opens a quoted
// message, dated by its own header, up to the next header. A line
// introducing a quotation ("On Fri, 28 Feb 2020 at 16:52, Lisa Grant
// wrote:") dates the quote block under it.

// quotedReply reports whether line k of a quote (lines first to end, of
// the depths given, content giving a line's text without its "> ")
// closes the header of a reply quoted deeper down, as threads of replies
// quote one another:
//
//	> Tom
//	>
//	> On Tue, 4 Mar 2025 at 10:12, Ann Ferreira <ann@example.org> wrote:
//	>> Hi Tom,
//
// The header ("... wrote:", on one line or wrapped onto two of the same
// depth) must hold a date, and every line after it in the quote be quoted
// deeper: it then dates that deeper quote, not the message quoting it. It
// returns the header's first line, or -1.
//
// A mail program that quotes the whole thread at one depth leaves the
// header over lines of its own depth:
//
//	> On Fri, 28 Feb 2025 at 16:05, Priya Raman wrote:
//	> Dale, can we talk early next week?
//
// A header on one line with the clock time and a named sender, as mail
// programs write it, then dates the lines after it just the same (not
// "On Tue, 3 Mar 2020, the pilot wrote:", a quotation in the text).
func quotedReply(k, first, end int, depth []int, content func(int) string) int {
	c := content(k)
	if !strings.HasSuffix(c, "wrote:") {
		return -1
	}
	d := depth[k-first]
	deeper, same := false, false
	for j := k + 1; j < end; j++ {
		if content(j) == "" {
			continue
		}
		switch {
		case depth[j-first] < d:
			return -1
		case depth[j-first] == d:
			same = true
		default:
			deeper = true
		}
	}
	if deeper == same {
		return -1
	}
	if _, _, ok := mailHeader(c, false); ok && (deeper || clientWrote(c)) {
		return k
	}
	if same {
		return -1
	}
	if p := k - 1; p >= first && depth[p-first] == d && content(p) != "" {
		if _, _, ok := mailHeader(content(p)+"\n"+c, false); ok {
			return p
		}
	}
	return -1
}

// quotedHeader reports whether line k of a quote (lines first to end, of
// the depths given, content giving a line's text without its "> ") opens
// the header of a message quoted whole, as a mail program quotes the
// thread under a reply, each message under its own fields:
//
//	> From: Ahmed Siddiqui
//	> Sent: 11 March 2025 19:02
//	> Subject: Re: Volunteer rota
//	>
//	> I can do this weekend but not next.
//
// The header is a run of "Key: value" lines of one depth (perhaps under a
// "-----Original Message-----" line) that mailHeader reads as one, with a
// sender and a date, and the quote must go on after it no shallower: the
// lines under it are that message's. It returns the end of the header's
// lines, or k when line k opens none.
func quotedHeader(k, first, end int, depth []int, content func(int) string) int {
	c := content(k)
	if c == "" || !mailKeyRe.MatchString(c) && !mailSepRe.MatchString(c) {
		return k
	}
	d := depth[k-first]
	e := k + 1
	for e < end && depth[e-first] == d && mailKeyRe.MatchString(content(e)) {
		e++
	}
	if e-k < 2 {
		return k
	}
	body := false
	for j := e; j < end; j++ {
		if content(j) == "" {
			continue
		}
		if depth[j-first] < d {
			return k // (a reply written under the quote: the header is of the text around it)
		}
		body = true
	}
	if !body {
		return k
	}
	lines := make([]string, 0, e-k)
	for j := k; j < e; j++ {
		lines = append(lines, content(j))
	}
	if _, _, ok := mailHeader(strings.Join(lines, "\n"), false); !ok {
		return k
	}
	return e
}

// clientWroteRe is the line a mail program writes over a quoted reply:
// the day and the clock time, then the sender's name ("On Fri, 28 Feb
// 2025 at 16:05, Priya Raman wrote:").
var clientWroteRe = regexp.MustCompile(`^On\s.{4,60}?\b\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?,?\s+\p{Lu}[^,<>]{1,60}?\s*(?:<[^<>\s]+>)?\s+wrote:$`)

// clientWrote reports whether c, a line introducing a quotation, is one a
// mail program wrote (see clientWroteRe).
func clientWrote(c string) bool { return clientWroteRe.MatchString(c) }

// wroteLine is the line introducing a quotation in a header block's text:
// without a forward banner over it, and wrapped lines joined.
func wroteLine(s string) string {
	if first, rest, ok := strings.Cut(s, "\n"); ok && mailSepRe.MatchString(strings.TrimSpace(first)) {
		s = rest
	}
	return strings.ReplaceAll(strings.TrimSpace(s), "\n", " ")
}

// mail is what a message's header says.
type mail struct {
	from, subject string
	date          dateMatch // in the block's text
	hasDate       bool
	// quote: the header is a line introducing a quote block ("... wrote:"):
	// it dates that quote block only.
	quote bool
}

var (
	mailKeyRe = regexp.MustCompile(`(?i)^[*_]{0,2}(from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments|message-id|in-reply-to|references|mime-version|content-type|content-transfer-encoding|x-[a-z-]+|return-path|received|delivered-to|organization|user-agent|x-mailer|priority|thread-topic|thread-index)[*_]{0,2}\s*:[*_]{0,2}\s*(.*)$`)
	// mailSepRe is the line over a quoted or forwarded message's header.
	mailSepRe = regexp.MustCompile(`(?i)^(?:-{2,}\s*(?:original\s+message|forwarded\s+message|begin\s+forwarded\s+message)\s*-{2,}|begin\s+forwarded\s+message:?|_{8,}|-{8,})$`)
	// wroteRe is a line introducing a quotation: "On Fri, 28 Feb 2020 at
	// 16:52, Lisa Grant <lisa@example.com> wrote:".
	wroteRe = regexp.MustCompile(`(?i)^on\s+(.{6,80}?),?\s+([^,<>]{2,60}?)\s*(?:<[^<>\s]+>|\([^()\s]+\))?\s+wrote:$`)
	// wroteClockRe is a wrote line whose date ends with its clock time,
	// no comma before the name: "On Mon, Jan 13, 2025 at 11:20 AM Ben
	// Sato <b.sato@example.com> wrote:".
	wroteClockRe = regexp.MustCompile(`(?i)^on\s+(.{6,80}?\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s+([^,<>]{2,60}?)\s*(?:<[^<>\s]+>|\([^()\s]+\))?\s+wrote:$`)
	// replyPrefixRe is what a reply or a forward puts before a subject.
	replyPrefixRe = regexp.MustCompile(`(?i)^(?:(?:re|fw|fwd|aw|sv|tr)\s*(?:\[\d+\])?\s*:\s*)+`)
)

// headerFieldRe is a field of a message's header by any name:
// "Authentication-Results: ...", "ARC-Seal: ...".
var headerFieldRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+:\s`)

// fieldAfter reports whether one of the lines ls of s is a field of a
// message's header: the lines before it, between fields, are folded
// parts of the one before them (their indent is gone from a block's raw
// text).
func fieldAfter(s string, ls [][2]int) bool {
	for _, l := range ls {
		if line := s[l[0]:l[1]]; mailKeyRe.MatchString(line) || headerFieldRe.MatchString(line) {
			return true
		}
	}
	return false
}

// mailHeader reads the message header opening the paragraph s (a block's
// text, or its raw text to find where the header ends). It returns the
// header, its date's offsets indexing s, and where it ends in s (the end
// of its last line); ok is false when s opens with no header.
func mailHeader(s string, dayFirst bool) (m mail, end int, ok bool) {
	ls := rawLines(s)
	k := 0
	line := s[ls[0][0]:ls[0][1]]
	t := strings.TrimSpace(line)
	wrote := len(ls) <= 2 && strings.HasSuffix(strings.TrimSpace(s[ls[len(ls)-1][0]:ls[len(ls)-1][1]]), "wrote:")
	if mailSepRe.MatchString(t) {
		k = 1
		if n := len(ls); n >= 2 && n <= 3 && strings.HasSuffix(strings.TrimSpace(s[ls[n-1][0]:ls[n-1][1]]), "wrote:") {
			// "---------- Forwarded message ---------" over "On Tue, 4
			// Mar 2025 at 09:12, Dale <dale@example.org> wrote:": the
			// line under the banner is the header
			ls, wrote = ls[1:], true
		}
	}
	switch {
	case wrote:
		// "On Tue, 4 Mar 2025 at 10:12, Ann <ann@example.org>\nwrote:":
		// a line wrapped onto two reads as one (a space for the newline
		// keeps the offsets).
		line = strings.ReplaceAll(s[ls[0][0]:ls[len(ls)-1][1]], "\n", " ")
		t = strings.TrimSpace(line)
		c := wroteRe.FindStringSubmatchIndex(t)
		if c == nil {
			return mail{}, 0, false
		}
		d, found := firstFullDate(t[c[2]:c[3]], dayFirst)
		if !found {
			// "On Mon, Jan 13, 2025 at 11:20 AM Ben Sato <b@x.com>
			// wrote:": no comma after the time, which ends the date
			if c = wroteClockRe.FindStringSubmatchIndex(t); c == nil {
				return mail{}, 0, false
			}
			if d, found = firstFullDate(t[c[2]:c[3]], dayFirst); !found {
				return mail{}, 0, false
			}
		}
		off := ls[0][0] + strings.Index(line, t)
		m.quote = true
		m.from = mailName(t[c[4]:c[5]])
		d.start += off + c[2]
		d.end += off + c[2]
		m.date, m.hasDate = d, true
		return m, ls[len(ls)-1][1], true
	}
	var keys int
	var from bool
	for ; k < len(ls); k++ {
		line := s[ls[k][0]:ls[k][1]]
		c := mailKeyRe.FindStringSubmatchIndex(line)
		if c == nil && keys > 0 && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") || headerFieldRe.MatchString(line) || fieldAfter(s, ls[k+1:])) {
			// a field folded onto the next line (" by mx.example.org;
			// Wed, 18 Nov 2020 08:15:02 +0100"), or another field of
			// the header ("DKIM-Signature: ...")
			end = ls[k][1]
			continue
		}
		if c == nil {
			break
		}
		keys++
		val := strings.TrimSpace(strings.Trim(line[c[4]:c[5]], "*_ \t"))
		switch strings.ToLower(line[c[2]:c[3]]) {
		case "from":
			from = true
			if m.from == "" {
				m.from = mailName(val)
			}
		case "sent", "date":
			if d, found := firstFullDate(line[c[4]:c[5]], dayFirst); found && !m.hasDate {
				d.start += ls[k][0] + c[4]
				d.end += ls[k][0] + c[4]
				m.date, m.hasDate = d, true
			}
		case "subject":
			m.subject = strings.TrimSpace(replyPrefixRe.ReplaceAllString(val, ""))
		}
		end = ls[k][1]
	}
	if !from || !m.hasDate || keys < 3 && m.subject == "" {
		return mail{}, 0, false
	}
	return m, end, true
}

// firstFullDate returns the first date of s that has its year.
func firstFullDate(s string, dayFirst bool) (dateMatch, bool) {
	for _, d := range findDates(s, dayFirst) {
		if !d.noYear {
			return d, true
		}
	}
	return dateMatch{}, false
}

// mailName is the sender's name in a "From:" value: "Lisa Grant
// <lisa@example.com>" gives "Lisa Grant", an address alone itself.
func mailName(v string) string {
	if i := strings.IndexByte(v, '<'); i > 0 {
		v = v[:i]
	}
	return cleanName(strings.Trim(strings.TrimSpace(v), `"'`))
}

// splitMail cuts a message header out of the paragraph b when one opens
// it: the header becomes a block of its own (its mail set; classify reads
// it again on the block's text) and the lines after it another.
func splitMail(b *block) []*block {
	s := b.raw.s
	// The quick test: the first line is a header's, its separator, or a
	// line introducing a quotation.
	first, second, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(first)
	second, _, _ = strings.Cut(second, "\n")
	if !mailKeyRe.MatchString(first) && !mailSepRe.MatchString(first) && !strings.HasSuffix(first, "wrote:") &&
		!(strings.HasPrefix(first, "On ") && strings.HasSuffix(strings.TrimSpace(second), "wrote:")) {
		return nil
	}
	m, end, ok := mailHeader(s, false)
	if !ok {
		return nil
	}
	h := b.sub(0, end)
	if h == nil {
		return nil
	}
	h.mail = &m
	h.quoteHead = b.quoteHead
	out := []*block{h}
	if end < len(s) {
		if rest := b.sub(end, len(s)); rest != nil {
			out = append(out, rest)
		}
	}
	return out
}

// mailCitation is the citation of a quoted message: the document's, dated
// and titled by the message's own header, and credited to its sender. A
// line introducing a quotation names no subject: the message quoted is
// one of the thread, titled by the subject of the message quoting it
// (thread; "" when none is known), so that the same message written out
// in full and quoted in a reply is one source.
func mailCitation(doc timeline.Citation, b *block, thread string) (timeline.Citation, ref) {
	c := doc
	switch {
	case b.mail.subject != "":
		c.Title = b.mail.subject
	case b.mail.quote && thread != "":
		c.Title = thread
	}
	if b.mail.from != "" {
		c.Outlet = b.mail.from
	}
	c.Date = b.date.date
	return c, ref{date: b.date.date, from: "header-line", pos: posIn(b, b.date.start)}
}
