package sheet

import (
	"strings"
	"testing"

	"github.com/chronicle-project/chronicle/timeline"
)

// TestColumnNames: the names people give the start, end and headline of
// an event, in CSV headers and JSON keys, are read as such, and a name
// that is not is kept in the text and reported as written.
func TestColumnNames(t *testing.T) {
	tests := []struct {
		name       string
		in         string // CSV, or JSON when it starts with '['
		start, end string
		title      string
		text       string
		warnings   []string // prefixes
	}{
		{name: "From and To", in: "From,To,Title\n1939-09-01,1945-09-02,WWII\n",
			start: "1939-09-01", end: "1945-09-02", title: "WWII"},
		{name: "Start and Finish", in: "Start,Finish,Event\n2019-03,2019-07,Dig season\n",
			start: "2019-03", end: "2019-07", title: "Dig season"},
		{name: "a museum's Object and Acquired", in: "Object,Acquired\nTea caddy,March 1971\n",
			start: "1971-03", title: "Tea caddy"},
		{name: "a task with only its due date", in: "Task,Due date\nReview,2025-05-01\n",
			start: "2025-05-01", title: "Review"},
		{name: "a planning tool's Task Name", in: "Task Name,Start,Finish\nSite survey,2025-03-04,2025-03-10\n",
			start: "2025-03-04", end: "2025-03-10", title: "Site survey"},
		{name: "Started and Ended", in: "Started,Ended,What\n1961,1975,Vietnam War\n",
			start: "1961", end: "1975", title: "Vietnam War"},
		{name: "Date from and Date to", in: "Date from,Date to,Headline\n3 May 2010,9 May 2010,Talks\n",
			start: "2010-05-03", end: "2010-05-09", title: "Talks"},
		{name: "Begin date and End date", in: "Begin date,End date,Name\n2001,2003,Survey\n",
			start: "2001", end: "2003", title: "Survey"},
		{name: "Date and Until", in: "Date,Until,Label\n1990,1994,Recession\n",
			start: "1990", end: "1994", title: "Recession"},
		{name: "a letter's From and To are people", in: "Date,From,To,Subject\n1917-01-16,Zimmermann,Eckardt,The telegram\n",
			start: "1917-01-16", title: "The telegram", text: "From: Zimmermann\nTo: Eckardt",
			warnings: []string{`l.csv:1:6: column "From" is not read as a date, the sheet's date is column "Date"`,
				`l.csv:1:11: column "To" is not read as a date, the sheet's date is column "Date"`}},
		{name: "To without From", in: "Title,To\nA,1990\n", title: "A", text: "To: 1990",
			warnings: []string{`l.csv:1:7: column "To" is read as an end only with "From" as the start`}},
		{name: "JSON date_from and date_to", in: `[{"date_from": "2010-05-02", "date_to": "2010-05-09", "headline": "Greek bailout agreed"}]`,
			start: "2010-05-02", end: "2010-05-09", title: "Greek bailout agreed"},
		{name: "JSON from and to, in any order", in: `[{"to": "1953-07", "name": "Korean War", "from": "1950-06"}]`,
			start: "1950-06", end: "1953-07", title: "Korean War"},
		{name: "JSON start_date and end_date", in: `[{"start_date": "1998", "end_date": "2011", "label": "ISS assembled"}]`,
			start: "1998", end: "2011", title: "ISS assembled"},
		{name: "JSON nested start and end", in: `[{"date": {"start": "1914-07-28", "end": "1918-11-11"}, "event": "First World War"}]`,
			start: "1914-07-28", end: "1918-11-11", title: "First World War"},
		{name: "JSON name", in: `[{"year": 1957, "name": "Sputnik 1 launched"}]`, start: "1957", title: "Sputnik 1 launched"},
		{name: "JSON label in a sheet dated by another row", in: "[{\"label\": \"Founding\"}, {\"date\": \"1901\", \"label\": \"Charter\"}]", title: "Founding"},
		{name: "Name in CSV", in: "Date,Name\n1901,Charter\n", start: "1901", title: "Charter"},
		{name: "Name in CSV without a date", in: "Name,Title\nAda,Countess\n", title: "Countess", text: "Name: Ada",
			warnings: []string{`l.csv:1:1: column "Name" not recognised`}},
		{name: "JSON name with no date anywhere", in: `[{"name": "settings", "title": "Defaults"}]`,
			title: "Defaults", text: "name: settings",
			warnings: []string{`l.json:1:11: key "name" is read as a headline only in a sheet of dated events`}},
		{name: "JSON what", in: `[{"when": "1969-07-20", "what": "Moon landing"}]`, start: "1969-07-20", title: "Moon landing"},
		{name: "JSON from and to beside a date", in: `[{"date": "1917-01-16", "from": "Zimmermann", "to": "Eckardt", "title": "The telegram"}]`,
			start: "1917-01-16", title: "The telegram", text: "from: Zimmermann\nto: Eckardt",
			warnings: []string{`l.json:1:33: key "from" is not read as a date, the event's date is key "date"`,
				`l.json:1:53: key "to" is not read as a date, the event's date is key "date"`}},
		{name: "JSON key quoted as written", in: `[{"date": "1815", "title": "Waterloo", "date_of_report": "1815-06-22"}]`,
			start: "1815", title: "Waterloo", text: "date_of_report: 1815-06-22",
			warnings: []string{`l.json:1:58: key "date_of_report" not recognised; kept in the event text as "date_of_report: …"`}},
		// Sheets in other languages (the QA pass's Spanish classroom sheet).
		{name: "Spanish Fecha and Evento", in: "Fecha,Evento\n15/01/2023,Inauguración del centro cultural\n",
			start: "2023-01-15", title: "Inauguración del centro cultural"},
		{name: "Spanish in full", in: "Fecha de inicio,Fin,Título,Descripción,Fuente,Enlace,Lugar,Grupo\n" +
			"2 de mayo de 1808,3 de mayo de 1808,Levantamiento,Madrid se alza.,Archivo,https://example.org/1808,Madrid,Guerra\n",
			start: "1808-05-02", end: "1808-05-03", title: "Levantamiento", text: "Madrid se alza."},
		{name: "headers without their accents, in capitals", in: "FECHA,TITULO,DESCRIPCION\nmarzo de 2023,Feria,Del barrio\n",
			start: "2023-03", title: "Feria", text: "Del barrio"},
		{name: "French", in: "Date de début,Date de fin,Événement,Description,Source,Lien,Lieu\n" +
			"14 juillet 1789,15 juillet 1789,Prise de la Bastille,Le peuple de Paris.,Archives,https://example.org/b,Paris\n",
			start: "1789-07-14", end: "1789-07-15", title: "Prise de la Bastille", text: "Le peuple de Paris."},
		{name: "French Début and Fin", in: "Début,Fin,Titre\nmars 2023,juin 2023,Chantier\n",
			start: "2023-03", end: "2023-06", title: "Chantier"},
		{name: "German", in: "Datum;Ereignis;Beschreibung;Quelle;Ort\n3. Oktober 1990;Wiedervereinigung;Die DDR tritt bei.;Archiv;Berlin\n",
			start: "1990-10-03", title: "Wiedervereinigung", text: "Die DDR tritt bei."},
		{name: "German Beginn and Ende", in: "Beginn,Ende,Titel\n1939,1945,Zweiter Weltkrieg\n",
			start: "1939", end: "1945", title: "Zweiter Weltkrieg"},
		{name: "German Von and Bis", in: "Von,Bis,Ereignis\n1939,1945,Zweiter Weltkrieg\n",
			start: "1939", end: "1945", title: "Zweiter Weltkrieg"},
		{name: "German Bis without Von", in: "Ereignis,Bis\nA,1990\n", title: "A", text: "Bis: 1990",
			warnings: []string{`l.csv:1:10: column "Bis" not recognised`}},
		{name: "German Von and Bis beside a Datum are times", in: "Datum,Von,Bis,Ereignis\n15.03.2023,09:00,12:00,Kurs\n",
			start: "2023-03-15", title: "Kurs", text: "Von: 09:00\nBis: 12:00",
			warnings: []string{`l.csv:1:7: column "Von" is not read as a date, the sheet's date is column "Datum"`,
				`l.csv:1:11: column "Bis" is not read as a date, the sheet's date is column "Datum"`}},
		{name: "a Portuguese De alone is a sender", in: "De,Assunto,Data,Evento\nAna,Convite,25 de abril de 1974,Carta\n",
			start: "1974-04-25", title: "Carta", text: "De: Ana\nAssunto: Convite",
			warnings: []string{`l.csv:1:1: column "De" not recognised`, `l.csv:1:4: column "Assunto" not recognised`}},
		{name: "an English Tot is no end", in: "Date,Item,Tot\n2019,Pens,12\n", start: "2019", title: "Pens", text: "Tot: 12",
			warnings: []string{`l.csv:1:11: column "Tot" not recognised`}},
		{name: "JSON von and bis", in: `[{"von": "1939", "bis": "1945", "ereignis": "Zweiter Weltkrieg"}]`,
			start: "1939", end: "1945", title: "Zweiter Weltkrieg"},
		{name: "JSON de alone", in: `[{"data": "1974", "evento": "Carta", "de": "Ana"}]`,
			start: "1974", title: "Carta", text: "de: Ana",
			warnings: []string{`l.json:1:44: key "de" not recognised`}},
		{name: "German Jahr, Monat and Tag", in: "Jahr,Monat,Tag,Ereignis\n1990,März,18,Volkskammerwahl\n",
			start: "1990-03-18", title: "Volkskammerwahl"},
		{name: "Spanish Año and Mes", in: "Año,Mes,Evento\n2023,marzo,Feria\n", start: "2023-03", title: "Feria"},
		{name: "Spanish from Excel on Windows", in: "Fecha;Descripci\xf3n;T\xedtulo\n15/01/2023;Corte de cinta;Inauguraci\xf3n\n",
			start: "2023-01-15", title: "Inauguración", text: "Corte de cinta"},
		{name: "Portuguese", in: "Data,Evento,Descrição,Fonte\n25 de abril de 1974,Revolução dos Cravos,Lisboa.,Arquivo\n",
			start: "1974-04-25", title: "Revolução dos Cravos", text: "Lisboa."},
		{name: "Portuguese Início and Fim", in: "Início,Fim,Título\nmarço de 2023,junho de 2023,Obras\n",
			start: "2023-03", end: "2023-06", title: "Obras"},
		{name: "Italian", in: "Data,Fine,Titolo,Descrizione,Fonte\n10 giugno 1940,8 settembre 1943,Guerra,In Italia.,Archivio\n",
			start: "1940-06-10", end: "1943-09-08", title: "Guerra", text: "In Italia."},
		{name: "Italian Inizio and Fine", in: "Inizio,Fine,Evento\n15 marzo 2023,20 marzo 2023,Mostra\n",
			start: "2023-03-15", end: "2023-03-20", title: "Mostra"},
		{name: "Dutch", in: "Begin,Einde,Gebeurtenis,Beschrijving,Bron\n15 maart 2023,mei 2023,Verbouwing,Het dak.,Gemeente\n",
			start: "2023-03-15", end: "2023-05", title: "Verbouwing", text: "Het dak."},
		{name: "Dutch Datum", in: "Datum,Titel,Plaats\n3 oktober 1990,Eenheid,Berlijn\n", start: "1990-10-03", title: "Eenheid"},
		// English words that are column names elsewhere keep their English
		// sense in an English sheet.
		{name: "an English Fine is a penalty", in: "Date,Title,Fine\n2019-03-01,Speeding,£60\n",
			start: "2019-03-01", title: "Speeding", text: "Fine: £60",
			warnings: []string{`l.csv:1:12: column "Fine" not recognised`}},
		{name: "an English Data column", in: "Date,Title,Data\n2019,Survey,42\n", start: "2019", title: "Survey", text: "Data: 42",
			warnings: []string{`l.csv:1:12: column "Data" not recognised`}},
		{name: "a BC month keeps its year", in: "Battle,Start\nThermopylae,August 480 BC\n", start: "BC0480-08", title: "Thermopylae"},
		{name: "a feed's epoch seconds", in: `[{"ts": 1718870400, "message": "Deploy started"}]`, start: "2024-06-20T08:00:00Z", text: "Deploy started", title: "Deploy started"},
		{name: "a log's time with its date", in: `[{"time": "2024-06-20T09:00:00Z", "event": "Rollback"}]`, start: "2024-06-20T09:00:00Z", title: "Rollback"},
		{name: "a plan's period column", in: "period\tmilestone\nH2 2025\tNational rollout\n", start: "2025-H2", title: "National rollout"},
		{name: "a fiscal year across two years", in: "period\tmilestone\nFY2024/25\tBudget year 1\n", start: "2024", end: "2025", title: "Budget year 1"},
		{name: "a season across two years", in: "date,event\n2025-26 season,Pre-season training begins\n", start: "2025", end: "2026", title: "Pre-season training begins"},
		{name: "an academic year", in: "date,event\nthe 2024/25 academic year,Exchange programme\n", start: "2024", end: "2025", title: "Exchange programme"},
		{name: "a calendar's JSON", in: `[{"uid": "a1", "summary": "Spring concert", "dtstart": "2025-04-05T19:30:00+01:00", "dtend": "2025-04-05T21:45:00+01:00"}]`,
			start: "2025-04-05T19:30:00+01:00", end: "2025-04-05T21:45:00+01:00", title: "Spring concert", text: "Spring concert"},
		{name: "a calendar's all-day dates", in: `[{"summary": "Tour", "dtstart": {"date": "2025-07-21"}, "dtend": "20250728", "allDay": true}]`,
			start: "2025-07-21", end: "2025-07-28", title: "Tour", text: "Tour"},
		{name: "an English Tag beside Text", in: "Date,Tag,Text\n2019,politics,Vote\n", start: "2019", title: "Vote", text: "Vote"},
		{name: "JSON in Spanish", in: `[{"fecha": "15 de marzo de 2023", "evento": "Feria", "descripción": "Del barrio"}]`,
			start: "2023-03-15", title: "Feria", text: "Del barrio"},
		{name: "JSON in Italian with data and fine", in: `[{"data": "15 marzo 2023", "fine": "20 marzo 2023", "titolo": "Mostra"}]`,
			start: "2023-03-15", end: "2023-03-20", title: "Mostra"},
		{name: "JSON in English with fine", in: `[{"date": "2019", "title": "Speeding", "fine": "£60"}]`,
			start: "2019", title: "Speeding", text: "fine: £60",
			warnings: []string{`l.json:1:48: key "fine" not recognised`}},
		// A roadmap's week and quarter columns date its rows (QA 20, C3).
		{name: "Week and Quarter", in: "week\tquarter\ttitle\n2025-W02\t2025-Q1\tSprint 1 starts\n",
			start: "2025-W02", title: "Sprint 1 starts"},
		{name: "Quarter alone", in: "Quarter,Milestone\nQ3 2025,Beta\n", start: "2025-Q3", title: "Beta"},
		{name: "Quarter as finance writes it", in: "Quarter,Milestone\n3Q25,Beta\n", start: "2025-Q3", title: "Beta"},
		{name: "Qtr year first", in: "Qtr,Milestone\n2025 Q3,Beta\n", start: "2025-Q3", title: "Beta"},
		{name: "Week with its letter", in: "Week,Milestone\nW27 2025,Beta launch\n", start: "2025-W27", title: "Beta launch"},
		{name: "Week in words", in: "Week,Milestone\nweek 14 2025,Review\n", start: "2025-W14", title: "Review"},
		{name: "Week number with a Year column", in: "Year,Week,Event\n2025,14,Sprint review\n", start: "2025-W14", title: "Sprint review"},
		{name: "Quarter number with a Year column", in: "Year,Quarter,Event\n2025,3,Audit\n", start: "2025-Q3", title: "Audit"},
		{name: "Week commencing a day", in: "Week commencing,Milestone\n3 March 2025,Survey\n", start: "2025-W10", title: "Survey"},
		{name: "w/c a day in a Week column", in: "Week,Milestone\nw/c 3 March 2025,Survey\n", start: "2025-W10", title: "Survey"},
		{name: "Week of a day in a Date column", in: "Date,Title\nWeek of Feb 9 2026,Sprint review\n", start: "2026-W07", title: "Sprint review"},
		{name: "a day in a Quarter column is its quarter", in: "Quarter,Milestone\n2025-05-14,Survey\n", start: "2025-Q2", title: "Survey"},
		{name: "a year in a Week column stays a year", in: "Week,Milestone\n2025,Survey\n", start: "2025", title: "Survey"},
		{name: "Year, Month and Day win over a Week", in: "Year,Month,Day,Week,Event\n2025,3,4,10,Survey\n",
			start: "2025-03-04", title: "Survey", text: "Week: 10"},
		{name: "Week beside a Date is text", in: "Date,Week,Title\n2025-03-04,W10,Survey\n",
			start: "2025-03-04", title: "Survey", text: "Week: W10",
			warnings: []string{`l.csv:1:6: column "Week" is not read as a date, the sheet's date is column "Date"`}},
		{name: "Week with From and To as people", in: "Week,From,To,Subject\n2025-W10,Ana,Tom,Survey\n",
			start: "2025-W10", title: "Survey", text: "From: Ana\nTo: Tom",
			warnings: []string{`l.csv:1:6: column "From" is not read as a date, the sheet's date is column "Week"`,
				`l.csv:1:11: column "To" is not read as a date, the sheet's date is column "Week"`}},
		{name: "JSON week", in: `[{"week": "2025-W27", "title": "Beta launch"}]`, start: "2025-W27", title: "Beta launch"},
		{name: "JSON quarter and name", in: `[{"quarter": "Q4 2025", "name": "Code freeze"}]`, start: "2025-Q4", title: "Code freeze"},
		{name: "JSON week beside a date", in: `[{"date": "2025-03-04", "week": "W10", "title": "Survey"}]`,
			start: "2025-03-04", title: "Survey", text: "week: W10",
			warnings: []string{`l.json:1:33: key "week" is not read as a date, the event's date is key "date"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "l.csv"
			if strings.HasPrefix(tt.in, "[") {
				name = "l.json"
			}
			s, err := ReadSheet(strings.NewReader(tt.in), name, Options{})
			if s == nil || len(s.Events) == 0 {
				t.Fatalf("want an event, got %+v (%v)", s, err)
			}
			if err != nil && tt.start != "" {
				t.Errorf("error %v", err)
			}
			e := s.Events[0]
			if e.Span.Start.String() != tt.start || e.Span.End.String() != tt.end || e.Title != tt.title || e.Text != tt.text {
				t.Errorf("got %s/%s %q %q, want %s/%s %q %q", e.Span.Start, e.Span.End, e.Title, e.Text, tt.start, tt.end, tt.title, tt.text)
			}
			if len(s.Warnings) != len(tt.warnings) {
				t.Fatalf("warnings %q, want %q", s.Warnings, tt.warnings)
			}
			for i, w := range s.Warnings {
				if !strings.HasPrefix(w.Error(), tt.warnings[i]) {
					t.Errorf("warning %q, want %q", w, tt.warnings[i])
				}
			}
		})
	}
}

// TestTimeColumns: a Time column (or Start Time, End Time) puts its time
// of day on the day of the date column, with its zone if written; what
// cannot be put is reported, never dropped silently.
func TestTimeColumns(t *testing.T) {
	checkSheetCases(t, []sheetCase{
		{name: "date and time", title: "Doors open", in: "Date,Time,What\n12/03/2021,09:00,Doors open\n13/03/2021,,Dinner\n",
			start: "2021-03-12T09:00", dateText: "12/03/2021 09:00"},
		{name: "an hour of one digit", title: "Keynote", in: "Date,Time,What\n2021-03-12,9:30,Keynote\n", start: "2021-03-12T09:30", dateText: "2021-03-12 9:30"},
		{name: "a 12-hour clock", title: "Panel", in: "Date,Time,What\n2021-03-12,2:30 PM,Panel\n", start: "2021-03-12T14:30", dateText: "2021-03-12 2:30 PM"},
		{name: "a zone by name", title: "Call", in: "Date,Time,What\n2021-03-12,09:00 CET,Call\n", start: "2021-03-12T09:00+01:00", dateText: "2021-03-12 09:00 CET"},
		{name: "a zone as an offset", title: "Call", in: "Date,Time,What\n2021-03-12,09:00+02:00,Call\n", start: "2021-03-12T09:00+02:00", dateText: "2021-03-12 09:00+02:00"},
		{name: "seconds", title: "Launch", in: "Date,Time,What\n2021-03-12,09:00:30,Launch\n", start: "2021-03-12T09:00:30", dateText: "2021-03-12 09:00:30"},
		{name: "a range of times", title: "Workshop", in: "Date,Time,What\n2021-03-12,09:00–10:30,Workshop\n",
			start: "2021-03-12T09:00", end: "2021-03-12T10:30", dateText: "2021-03-12 09:00–10:30"},
		{name: "a night past midnight", title: "Vigil", in: "Date,Time,What\n2021-03-12,22:00 – 01:00,Vigil\n",
			start: "2021-03-12T22:00", end: "2021-03-13T01:00", dateText: "2021-03-12 22:00 – 01:00"},
		{name: "a zone written once for both", title: "Panel", in: "Date,Time,What\n2021-03-12,14:00 - 15:30 CET,Panel\n",
			start: "2021-03-12T14:00+01:00", end: "2021-03-12T15:30+01:00", dateText: "2021-03-12 14:00 - 15:30 CET"},
		{name: "a hyphen to a later time", title: "Call", in: "Date,Time,What\n2021-03-12,09:00-10:00,Call\n",
			start: "2021-03-12T09:00", end: "2021-03-12T10:00", dateText: "2021-03-12 09:00-10:00"},
		{name: "a hyphen to an earlier time is a zone", title: "Call", in: "Date,Time,What\n2021-03-12,09:00-05:00,Call\n",
			start: "2021-03-12T09:00-05:00", dateText: "2021-03-12 09:00-05:00"},
		{name: "half the day written once", title: "Open house", in: "Date,Time,What\n2021-03-12,2-4pm,Open house\n",
			start: "2021-03-12T14:00", end: "2021-03-12T16:00", dateText: "2021-03-12 2-4pm"},
		{name: "calendar export", title: "Offsite", in: "Subject,Start Date,Start Time,End Date,End Time,All Day Event\nOffsite,2021-03-12,09:00,2021-03-13,17:00,False\n",
			start: "2021-03-12T09:00", end: "2021-03-13T17:00", dateText: "2021-03-12 09:00 – 2021-03-13 17:00"},
		{name: "a Spanish Hora", title: "Apertura", in: "Fecha,Hora,Evento\n15 de marzo de 2023,10:30 h,Apertura\n",
			start: "2023-03-15T10:30", dateText: "15 de marzo de 2023 10:30 h"},
		{name: "a French Heure", title: "Ouverture", in: "Date,Heure,Événement\n15 mars 2023,15h30,Ouverture\n",
			start: "2023-03-15T15:30", dateText: "15 mars 2023 15h30"},
		{name: "a Spanish range of hours", title: "Puertas abiertas", in: "Fecha,Hora,Evento\n15/03/2023,de 10:00 a 14:00,Puertas abiertas\n",
			start: "2023-03-15T10:00", end: "2023-03-15T14:00", dateText: "15/03/2023 de 10:00 a 14:00"},
		{name: "a German range of hours", title: "Tag der offenen Tür", in: "Datum;Uhrzeit;Ereignis\n15.03.2023;von 9 bis 17 Uhr;Tag der offenen Tür\n",
			start: "2023-03-15T09:00", end: "2023-03-15T17:00", dateText: "15.03.2023 von 9 bis 17 Uhr"},
		{name: "a French range of hours", title: "Portes ouvertes", in: "Date,Heure,Événement\n15 mars 2023,de 10h à 14h30,Portes ouvertes\n",
			start: "2023-03-15T10:00", end: "2023-03-15T14:30", dateText: "15 mars 2023 de 10h à 14h30"},
		{name: "a German Uhrzeit", title: "Eröffnung", in: "Datum;Uhrzeit;Ereignis\n15.03.2023;15 Uhr;Eröffnung\n",
			start: "2023-03-15T15:00", dateText: "15.03.2023 15 Uhr"},
		{name: "an end time on the start's day", title: "Exam", in: "Date,Start Time,End Time,Title\n2021-03-12,09:00,17:00,Exam\n",
			start: "2021-03-12T09:00", end: "2021-03-12T17:00", dateText: "2021-03-12 09:00 – 17:00"},
		{name: "the same time twice", title: "Call", in: "Date,Time,What\n2021-03-12 09:00,09:00,Call\n", start: "2021-03-12T09:00", dateText: "2021-03-12 09:00 09:00"},
		{name: "JSON", title: "Doors open", in: `[{"date": "2021-03-12", "time": "09:00", "title": "Doors open"}]`, start: "2021-03-12T09:00", dateText: "2021-03-12 09:00"},
		{name: "a year cannot take a time", title: "Dissolution", in: "Date,Time,What\n1991,09:00,Dissolution\n", start: "1991", dateText: "1991 09:00",
			err: `s.csv:2:6: Time "09:00": a time of day needs a day, and 1991 is a year; it is left out`},
		{name: "a range cannot take a time", title: "War", in: "Date,Time,What\n1939-1945,09:00,War\n", start: "1939", end: "1945", dateText: "1939-1945 09:00",
			err: `s.csv:2:11: Time "09:00": a time of day needs one day, not the range 1939/1945; it is left out`},
		{name: "a date with another time", title: "Call", in: "Date,Time,What\n2021-03-12 09:00,10:00,Call\n", start: "2021-03-12T09:00", dateText: "2021-03-12 09:00 10:00",
			err: `s.csv:2:18: Time "10:00": the date already has a time of day, 2021-03-12T09:00; this one is left out`},
		{name: "a fixture's kick-off", title: "Ashford Town v Redcliffe United", in: "Date,Kick-off,Home,Away\nSat 9 Aug 2025,15:00,Ashford Town,Redcliffe United\n", start: "2025-08-09T15:00", dateText: "Sat 9 Aug 2025 15:00"},
		{name: "a kick-off to be confirmed", title: "Redcliffe United v Whitcombe", in: "Date,Kick-off,Home,Away\nSat 27 Sep 2025,TBC,Redcliffe United,Whitcombe\n", start: "2025-09-27", dateText: "Sat 27 Sep 2025 TBC"},
		{name: "a log's four digits", title: "Walker cut off", in: "date,time,title\n2024-03-06,0235,Walker cut off\n", start: "2024-03-06T02:35", dateText: "2024-03-06 0235"},
		{name: "a time in British Summer Time", title: "Paddleboarder", in: "date,time,title\n2024-08-18,11:05 BST,Paddleboarder\n", start: "2024-08-18T11:05+01:00", dateText: "2024-08-18 11:05 BST"},
		{name: "not a time", title: "Call", in: "Date,Time,What\n2021-03-12,morning,Call\n", start: "2021-03-12", dateText: "2021-03-12 morning",
			err: `s.csv:2:12: Time "morning": not a time of day`},
		{name: "a time without a date", title: "Call", in: "Date,Time,What\n,09:00,Call\n",
			err: `s.csv:2:2: Time "09:00": a time of day without a date; it is left out`},
		{name: "a time range and an end column", title: "Conference", in: "Date,Time,End,What\n2021-03-12,09:00-10:00,2021-03-14,Conference\n",
			start: "2021-03-12T09:00", end: "2021-03-14", dateText: "2021-03-12 09:00-10:00 – 2021-03-14",
			err: `s.csv:2:12: Time "09:00-10:00": the time gives an end, and so does column "End"; the end column is read`},
	})
}

// FuzzTimeCell: whatever a time cell holds, it is put on a day as a time
// that reads back, or reported; never a panic, never an end before the
// start.
func FuzzTimeCell(f *testing.F) {
	for _, s := range []string{"09:00", "9:30", "2:30 PM", "09:00 CET", "09:00+02:00", "09:00:30", "09:00–10:30",
		"22:00 – 01:00", "09:00-10:00", "09:00-05:00", "2-4pm", "morning", "25:00", "12 to 1 pm", "-"} {
		f.Add(s)
	}
	day := timeline.Date{Prec: timeline.Day, Year: 2021, Month: 3, Day: 12}
	f.Fuzz(func(t *testing.T, s string) {
		var errs timeline.ErrorList
		c := &cell{text: s, column: "Time"}
		sp, end := withTime(timeline.Span{Start: day}, c, &errs)
		if len(errs) > 0 {
			if sp.Start != day || !end.IsZero() {
				t.Fatalf("%q reported (%v) but changed the date to %s/%s", s, errs, sp.Start, end)
			}
			return
		}
		for _, d := range []timeline.Date{sp.Start, end} {
			if d.IsZero() {
				continue
			}
			if _, err := timeline.ParseDate(d.String()); err != nil {
				t.Fatalf("%q gave %s, which does not read back: %v", s, d, err)
			}
		}
		if !end.IsZero() && end.Start().Before(sp.Start.Start()) {
			t.Fatalf("%q: %s ends before %s", s, end, sp.Start)
		}
	})
}

// FuzzYearCell: whatever a Year cell holds, it is a date that reads back,
// or it is reported.
func FuzzYearCell(f *testing.F) {
	for _, s := range []string{"1944", "-44", "44 BC", "12", "1914-18", "2019/20", "2011/12", "1990s", "c. 1450", "2,019",
		"2017.0", "soon", "0", "99999", "-9,999", "1999/00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var errs timeline.ErrorList
		sp, ok := yearCell(&cell{text: s, column: "Year"}, &cellParser{}, &errs)
		if !ok {
			if len(errs) == 0 {
				t.Fatalf("%q refused without a report", s)
			}
			return
		}
		for _, d := range []timeline.Date{sp.Start, sp.End} {
			if d.IsZero() {
				continue
			}
			if _, err := timeline.ParseDate(d.String()); err != nil {
				t.Fatalf("%q gave %s, which does not read back: %v", s, d, err)
			}
		}
	})
}

// TestFixtureTitles: a fixture list's sides make the headline, "Home v
// Away"; with a title of its own the match goes in the text.
func TestFixtureTitles(t *testing.T) {
	for _, tt := range []struct{ name, in, title, text string }{
		{"sides only", "Date,Kick-off,Home,Away,Venue\nSat 9 Aug 2025,15:00,Ashford Town,Redcliffe United,Victoria Park\n", "Ashford Town v Redcliffe United", ""},
		{"a title too", "Date,Title,Home,Away\n2025-08-09,Cup final,Ashford Town,Redcliffe United\n", "Cup final", "Ashford Town v Redcliffe United."},
		{"a club's own list: the opponent, before the notes", "Date,Opponent,Venue,Notes\nSat 20 Sep 2025,Ridgeway Utd,A,Waterlogged pitch\n", "v Ridgeway Utd", "Waterlogged pitch"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSheet(strings.NewReader(tt.in), "f.csv", Options{})
			if err != nil || s == nil || len(s.Events) != 1 {
				t.Fatalf("ReadSheet: %v, %+v", err, s)
			}
			if e := s.Events[0]; e.Title != tt.title || e.Text != tt.text {
				t.Errorf("title %q, text %q; want %q, %q", e.Title, e.Text, tt.title, tt.text)
			}
		})
	}
}
