package e2e_test

import "testing"

// TestDocs30HMinutes pins minutes read whole: their header line is the
// meeting, an event at the time it gives ("Board meeting"); the line of
// the next meeting is that meeting, never the minutes' date; a line
// saying the meeting closed is on the meeting's day, whatever day its
// items named last; a sentence of a meeting to come is no header line.
func TestDocs30HMinutes(t *testing.T) {
	runDocCases(t, []docCase{
		{
			name: "date of next meeting is no document date",
			file: "board.txt",
			text: "Minutes of the board meeting held on 22 January 2025 at 10:00.\nDate of next meeting: 26 March 2025 at 10:00.\nThe meeting closed at 12:35.\n",
			want: []string{"2025-01-22T10:00 | Board meeting", "2025-01-22T12:35 | The meeting closed", "2025-03-26T10:00"},
			not:  []string{"2025-03-26T12:35"},
		},
		{
			name: "next meeting under a header without a time",
			file: "club.txt",
			text: "Minutes of the meeting held on Monday 13 May 2019.\n\nDate of next meeting: 10 June 2019.\n",
			want: []string{"2019-05-13 | Meeting", "2019-06-10"},
		},
		{
			name: "a header alone",
			file: "one.txt",
			text: "Minutes of the meeting held on 13 May 2019.\n",
			want: []string{"2019-05-13 | Meeting"},
		},
		{
			name: "header with its time after a comma",
			file: "short.txt",
			text: "Minutes of meeting, 19 September 2024, 6pm\n\nThe budget was approved.\n",
			want: []string{"2024-09-19T18:00 | Meeting"},
		},
		{
			name: "closing time after an earlier day",
			file: "parish.txt",
			text: "Minutes of the meeting held on Monday 13 May 2019 at 6.30pm.\n\nA hearing was held on 8 May.\n\nThe meeting closed at 8.12pm.\n",
			want: []string{"2019-05-13T18:30 | Meeting", "2019-05-13T20:12 | The meeting closed", "2019-05-08 | A hearing was held"},
			not:  []string{"2019-05-08T20:12"},
		},
		{
			name: "closing time after the next meeting's day",
			file: "parish2.txt",
			text: "Minutes of the meeting held on Monday 13 May 2019 at 6.30pm.\n\nThe report was received on 29 April 2019.\n\nDATE OF NEXT MEETING\nMonday 10 June 2019 at 6.30pm.\n\nThe meeting closed at 8.12pm.\n",
			want: []string{"2019-05-13T20:12 | The meeting closed", "2019-06-10T18:30"},
		},
		{
			name: "a meeting to come is no header line",
			file: "record.txt",
			text: "Record of meeting No. 37\nDate: Wednesday, 6 November 2024\nTime: 15:00–16:30 CET\n\nThe budget was agreed.\n\nMeeting No. 38 will take place on 4 December 2024 at 15:00 CET.\n\nThe treasurer left early.\n\nThe meeting closed at 16:25 CET.\n",
			want: []string{"2024-11-06T16:25+01:00 | The meeting closed", "2024-12-04T15:00+01:00"},
			not:  []string{"2024-12-04 | The treasurer left early", "2024-12-04T16:25+01:00"},
		},
		{
			name: "a header line opening at its time",
			file: "board2.txt",
			text: "MINUTES of the 112th meeting of the Board, held by video conference on 22 January 2025 commencing at 10:00 GMT.\n\nThe programme, which started in 2021, should finish by end of Q2.\n",
			want: []string{"2025-01-22T10:00Z | 112th meeting of the Board", "2025-Q2 | The programme should finish"},
			not:  []string{"2021-Q2"},
		},
		{
			name: "a header line with its room under the council's name",
			file: "parish3.txt",
			text: "LITTLE HADLEY PARISH COUNCIL\nMinutes of the meeting held on Tuesday 14 March 2023 at 7.30pm in the Village Hall, Room 2\n\nThe noticeboard will be delivered on Friday.\n",
			want: []string{"2023-03-14T19:30 | Meeting", "2023-03-17 | The noticeboard will be delivered"},
		},
		{
			name: "a sentence timed by a school's break it does not date",
			file: "school.txt",
			text: "Minutes of meeting, 19 September 2024.\n\nThe roof repair will start during the October half term.\n",
			want: []string{"2024-09-19 | Meeting"},
			not:  []string{"2024-09-19 | The roof repair will start"},
		},
		{
			name: "a title cut inside a bracket",
			file: "agenda.txt",
			text: "AGENDA\n\nfor the Annual General Meeting to be held on Monday 3 June 2024 at 7pm\nat St Luke's Church Hall, 45 Canal Street (tel. 0161 496 0732)\n",
			want: []string{"2024-06-03T19:00 | For the Annual General Meeting to be held at St Luke's Church Hall, 45 Canal Street"},
			not:  []string{"2024-06-03T19:00 | For the Annual General Meeting to be held at St Luke's Church Hall, 45 Canal Street (tel"},
		},
		{
			name: "an agenda's header line dates it",
			file: "agenda2.txt",
			text: "Agenda for the meeting to be held on Monday 3 June 2024 at 7pm.\n\nChair's report: the Summer Fair of 15 July 2023 and the litter pick on 9 March.\n",
			want: []string{"2024-06-03T19:00 | Meeting", "2024-03-09 | The litter pick", "2023-07-15"},
			not:  []string{"2023-03-09", "2024-SU"},
		},
	})
}
