package tempex

import (
	"encoding/binary"

	"github.com/chronicle-project/chronicle/timeline"
)

// unit is a calendar or clock unit ("year", "weeks", "hrs").
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// durCode is the TIMEX3 duration letter of each unit (P3Y, PT2H, P1DE).
var durCode = [...]string{
	uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE", uWeek: "W",
	uMonth: "M", uQuarter: "Q", uHalf: "M", uSeason: "M", uYear: "Y", uDecade: "DE",
	uCentury: "CE", uMillennium: "ML",
}

// word is one entry of the word table: every role an English word can
// play in a temporal expression. A word may have several ("second" is an
// ordinal and a unit, "may" a month and a modal verb).
type word struct {
	key    string // lower case
	month  int    // 1-12
	wday   int    // 1 (Monday) - 7 (Sunday)
	unit   unit
	plural bool
	num    int // cardinal value ("seven", "twenty")
	ord    int // ordinal value ("seventh")
	season timeline.SeasonCode
	part   timeline.PartOfDay
	abbr   bool // an abbreviation that may take a period ("Dec.", "Wed.")
	start  bool // may begin an expression (quick rejection of everything else)
	// function words ("the", "a", "about") begin an expression only when a
	// dateish word or a number follows closely.
	function bool
	dateish  bool
	flags    uint8 // fStart, fFunction, fDateish, for the scanner's tokens
}

// functionWords are the starters that need a dateish word after them.
var functionWords = []string{
	"the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our", "at", "up",
	"no", "some", "more", "less", "over", "under", "about", "around", "approximately", "another",
	"roughly", "nearly", "almost", "within", "each", "every", "once", "twice", "new", "last",
	"next", "past", "coming", "previous", "prior", "following", "latest", "recent", "same",
	"early", "earlier", "mid", "middle", "late", "later", "beginning", "end", "start", "few",
	"several", "many", "couple", "full", "until", "then", "time", "times", "period", "former",
	"pre", "post", "c", "ca", "abt", "circa", "h", "q", "half", "year", "week", "per", "dawn", "period",
	"bef", "aft",
}

// dateishWords are the words besides names, units and numbers that may
// follow a function word in an expression.
var dateishWords = []string{
	"today", "yesterday", "tomorrow", "tonight", "now", "future", "past", "present", "fiscal",
	"christmas", "easter", "thanksgiving", "halloween", "year", "weekend", "term", "run",
	"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
	"noon", "midnight", "ago", "later", "earlier", "days", "near", "distant", "foreseeable",
	"short", "long", "fy", "ad", "ce", "bc", "bce", "recently", "currently", "end", "beginning",
	"middle", "start", "dawn", "turn", "last", "next", "this", "coming", "previous", "following",
	"latest", "current", "recent", "same", "first", "daily", "weekly", "fortnightly", "monthly", "annually",
	"yearly", "hourly", "other", "few", "several", "couple", "dozen", "hundred", "thousand",
	"overnight", "midday", "s", "immediate", "period", "full", "mid", "early", "late", "while", "time",
	"moment", "generation", "lifetime", "eve",
}

// The tables below are plain data; init folds them into one map.
var monthNames = []struct {
	name string
	m    int
	abbr bool
}{
	{"january", 1, false}, {"jan", 1, true},
	{"february", 2, false}, {"feb", 2, true}, {"febr", 2, true},
	{"march", 3, false}, {"mar", 3, true},
	{"april", 4, false}, {"apr", 4, true},
	{"may", 5, false},
	{"june", 6, false}, {"jun", 6, true},
	{"july", 7, false}, {"jul", 7, true},
	{"august", 8, false}, {"aug", 8, true},
	{"september", 9, false}, {"sep", 9, true}, {"sept", 9, true},
	{"october", 10, false}, {"oct", 10, true},
	{"november", 11, false}, {"nov", 11, true},
	{"december", 12, false}, {"dec", 12, true},
	// as letters of the 18th and 19th centuries abbreviate them
	{"jany", 1, true}, {"feby", 2, true}, {"augt", 8, true}, {"septr", 9, true}, {"octr", 10, true},
	{"novr", 11, true}, {"decr", 12, true}, {"janry", 1, true}, {"febry", 2, true},
	// December as the tenth month, its number a Roman X ("1 Xber 1742")
	{"xber", 12, true}, {"xbr", 12, true}, {"xbre", 12, true},
}

var weekdayNames = []struct {
	name string
	d    int
	abbr bool
}{
	{"monday", 1, false}, {"mon", 1, true},
	{"tuesday", 2, false}, {"tue", 2, true}, {"tues", 2, true},
	{"wednesday", 3, false}, {"wed", 3, true},
	{"thursday", 4, false}, {"thu", 4, true}, {"thur", 4, true}, {"thurs", 4, true},
	{"friday", 5, false}, {"fri", 5, true},
	{"saturday", 6, false}, {"sat", 6, true},
	{"sunday", 7, false}, {"sun", 7, true},
	{"mondays", 1, false}, {"tuesdays", 2, false}, {"wednesdays", 3, false},
	{"thursdays", 4, false}, {"fridays", 5, false}, {"saturdays", 6, false}, {"sundays", 7, false},
}

var unitNames = []struct {
	name   string
	u      unit
	plural bool
}{
	{"second", uSecond, false}, {"seconds", uSecond, true}, {"sec", uSecond, false}, {"secs", uSecond, true},
	{"minute", uMinute, false}, {"minutes", uMinute, true}, {"min", uMinute, false}, {"mins", uMinute, true},
	{"hour", uHour, false}, {"hours", uHour, true}, {"hr", uHour, false}, {"hrs", uHour, true},
	{"day", uDay, false}, {"days", uDay, true},
	{"weekend", uWeekend, false}, {"weekends", uWeekend, true},
	{"week", uWeek, false}, {"weeks", uWeek, true},
	{"fortnight", uWeek, false},
	{"month", uMonth, false}, {"months", uMonth, true},
	{"quarter", uQuarter, false}, {"quarters", uQuarter, true},
	{"half", uHalf, false},
	{"year", uYear, false}, {"years", uYear, true}, {"yr", uYear, false}, {"yrs", uYear, true},
	{"decade", uDecade, false}, {"decades", uDecade, true},
	{"yearlong", uYear, false}, {"weeklong", uWeek, false}, {"monthlong", uMonth, false},
	{"century", uCentury, false}, {"centuries", uCentury, true},
	{"millennium", uMillennium, false}, {"millennia", uMillennium, true}, {"millenniums", uMillennium, true},
}

var cardinals = []struct {
	name string
	n    int
}{
	{"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
	{"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100},
	{"thousand", 1000}, {"dozen", 12},
}

var ordinals = []struct {
	name string
	n    int
}{
	{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
	{"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
	{"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
	{"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
	{"twentieth", 20}, {"thirtieth", 30}, {"last", -1},
}

var seasonNames = []struct {
	name string
	s    timeline.SeasonCode
}{
	{"spring", timeline.Spring}, {"summer", timeline.Summer}, {"fall", timeline.Fall},
	{"autumn", timeline.Fall}, {"winter", timeline.Winter},
	{"springtime", timeline.Spring}, {"summertime", timeline.Summer}, {"wintertime", timeline.Winter},
}

var partNames = []struct {
	name string
	p    timeline.PartOfDay
}{
	{"morning", timeline.Morning}, {"mornings", timeline.Morning},
	{"afternoon", timeline.Afternoon}, {"afternoons", timeline.Afternoon},
	{"evening", timeline.Evening}, {"evenings", timeline.Evening},
	{"night", timeline.Night}, {"nights", timeline.Night},
	{"midday", timeline.Midday}, {"daytime", timeline.Daytime},
	{"midmorning", timeline.Morning}, {"midafternoon", timeline.Afternoon},
}

// starters are the other words an expression may begin with.
var starters = []string{
	"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", // (the second of a pair: "the Seventies and Eighties")
	"today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "lately",
	"nowadays", "presently", "soon", "overnight", "noon", "midnight", "midday",
	"the", "this", "that", "these", "those", "last", "next", "past", "coming", "previous",
	"following", "current", "latest", "recent", "same", "early", "earlier", "mid", "middle",
	"late", "later", "beginning", "end", "start", "about", "around", "approximately",
	"roughly", "nearly", "almost", "some", "more", "less", "over", "under", "at", "up",
	"no", "within", "every", "each", "daily", "weekly", "monthly", "quarterly", "annually",
	"yearly", "hourly", "biweekly", "fortnightly", "nightly", "semiannually", "biannually", "a", "an", "few", "several", "many", "couple",
	"fiscal", "calendar", "circa", "c", "ca", "abt", "q", "h", "fy", "wk", "cw", "kw", "ew", "w", "future", "pre", "post", "year", "once",
	"its", "their", "his", "her", "our", "christmas", "easter", "thanksgiving", "new",
	"halloween", "independence", "veterans", "valentine", "boxing", "labor", "memorial",
	"mother", "father", "presidents", "election", "good", "black", "cyber", "super", "palm", "mothering", "whit", "ash", "shrove", "maundy", "remembrance", "holy", "ve", "vj",
	"michaelmas", "candlemas", "lammas", "martinmas", "lady", "midsummer",
	"armistice", "bastille", "anzac", "guy", "bonfire", "canada", "australia", "st", "saint",
	"pentecost", "trinity", "ascension", "corpus", "gaudete", "laetare", "divine", "advent", "all", "weeks", "half", "full", "two", "mid-year", "yearend", "midweek", "midmonth", "midyear", "medieval", "ancient",
	"eve", "spring", "summer", "fall", "autumn", "winter", "dawn", "dusk", "sunrise", "sunset",
	"period", "time", "times", "then", "until", "former", "ago", "previously", "ad", "ce", "week",
	"moments", "weekends", "generations",
}

// others are words the patterns read but that never begin an expression.
var others = []string{
	"of", "ago", "from", "hence", "before", "after", "and", "or", "to", "through", "than",
	"least", "most", "so", "or so", "bc", "bce", "ad", "ce", "am", "pm", "est", "edt", "cst",
	"cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "z", "s", "st", "nd",
	"et", "ct", "mt", "pt", "ist", "jst", "hkt", "sgt", "aest", "aedt", "eet", "msk", "while",
	"rd", "th", "ended", "ending", "o'clock", "oclock", "hrs", "per", "day", "ahead", "earlier",
	"later", "again", "long", "old", "ago", "term", "near", "short", "long", "run",
	"gone", "by", "since", "on", "in", "between", "will", "would", "shall", "ll",
}

// patternWords are the other words the patterns compare tokens with (see
// is and isAny); TestPatternWords keeps the list complete.
var patternWords = []string{
	"conference", "briefing", "interview", "speech", "address", "hearing", "rally", "meeting", "release", "broadcast", "sermon", "agm", "egm", "prepares", "feared", "fear", "fears", "risk", "warn",
	"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "baroness", "professor", "prof", "chair", "chairman", "chairwoman", "chairperson", "convener", "convenor",
	"force", "operation", "booking", "bookings", "places", "reservation", "reservations", "seat", "seats", "slot", "slots", "table", "tables", "ticket", "tickets",
	"signs", "signing", "enrolled", "registering", "enrolling", "enroled", "needn",
	"qtr", "lt", "a", "issued", "reserved", "allocated", "abdicated", "assigned", "ships", "able", "above", "abroad", "academic", "accompanied", "according", "account",
	"accounts", "acquired", "across", "act", "active", "added", "additional", "adjourned", "adopted",
	"adrift", "advanced", "advantage", "advisory", "affairs", "after", "aftermath", "age", "aged",
	"agonising", "agonizing", "agree", "agreed", "agreement", "aimed", "aims", "al", "alarm", "alert",
	"all", "already", "also", "although", "always", "amended", "an", "anniversary", "announce",
	"announced", "announces", "annual", "annually", "anticipated", "anxious", "any", "appearance",
	"appeared", "appoint", "approaches", "approaching", "approved", "approx", "approximately", "are", "aren",
	"argued", "arranged", "arrived", "art", "article", "as", "ashore", "aside", "asked", "assault",
	"assets", "at", "attacked", "attacks", "authorised", "authorized", "available", "average",
	"averages", "await", "awaited", "awaiting", "awaits", "away", "awoke", "b", "back", "backed",
	"bad", "bailed", "balance", "ban", "bank", "banking", "banned", "baptised", "baptized", "barely",
	"barred", "barrels", "baseline", "basket", "bay", "be", "beating", "beats", "because", "become",
	"been", "before", "began", "beginning", "begins", "begun", "behind", "being", "below", "besieged",
	"best", "better", "beyond", "bi", "bid", "biggest", "bill", "billion", "blog", "bloody", "bonds",
	"booked", "born", "bought", "bp", "breached", "break", "breakfast", "bright", "bring", "british",
	"broken", "brought", "brutal", "budget", "budgets", "built", "burglary", "buried", "burned", "burnt",
	"buses", "business", "busy", "but", "by", "c", "ca", "cal", "calendar", "calends", "caliphate",
	"called", "came", "campaign", "campaigning", "can", "candidacy", "candidate", "candidates",
	"cannot", "capacity", "cape", "captured", "ceased", "ceded", "celebrate", "cent", "cents",
	"certificates", "ch", "chance", "chapter", "chose", "christened", "christi", "christian", "circa",
	"circulate", "city", "claimed", "class", "classified", "clear", "climatology", "climb", "climbed", "clock",
	"clocked", "clocks", "closed", "closes", "closing", "closure", "code", "collections", "collision",
	"come", "comes", "commemorate", "commences", "commencing", "common", "comparable", "compared",
	"complete", "completed", "comprises", "comprising", "concede", "conceded", "concedes",
	"conceding", "confirm", "confirmed", "congratulate", "congratulates", "conquered", "consecrated",
	"consecutive", "contained", "contains", "continue", "continued", "continues", "contract",
	"contracts", "converted", "copyright", "corrected", "corresponding", "cost", "costs", "could",
	"crop", "crowned", "curfew", "cushion", "d", "data", "date", "dated", "dates", "dating",
	"daybreak", "deadline", "deadlines", "deadly", "deal", "debate", "debentures", "decide",
	"decided", "decision", "deck", "decks", "declared", "decrease", "decreased", "decree", "defeated",
	"defer", "deferred", "defers", "deficit", "delay", "delayed", "delays", "deliver", "deliveries",
	"delivery", "demands", "density", "death", "deposed", "destroyed", "dial", "did", "didn", "died", "difficult",
	"do", "does", "dollars", "done", "down", "draft", "driven", "dubbed", "due", "duke", "duration",
	"much", "bulk", "large", "parts", "during", "dying", "dynasty", "e", "each", "earl", "early", "earmarked", "earnings", "ease",
	"eased", "easier", "ed", "edited", "edition", "effect", "elapsed", "elected", "election",
	"elections", "email", "empire", "en", "enacted", "ended", "ends", "entire", "entry", "epi", "epidemiological", "equaliser",
	"equalizer", "era", "established", "estimated", "european", "euros", "eve", "even", "eventually",
	"every", "exactly", "exceeded", "exceeds", "expect", "expected", "expects", "expires", "expiry",
	"explained", "ext", "extended", "extension", "extra", "failed", "falling", "falls", "false",
	"families", "far", "fast", "fastest", "fatal", "fawkes", "fax", "feast", "feet", "fell", "ferries", "fewer", "figures",
	"file", "final", "finally", "finals", "financial", "fine", "finish", "finished", "first", "fixed",
	"fl", "flight", "flights", "flourished", "flow", "flows", "flying", "followed", "for",
	"forecasts", "formerly", "fort", "fortnight", "forward", "fought", "found", "founded", "fourth",
	"frame", "francs", "free", "fresh", "from", "fueled", "fuelled", "further", "futures", "gain",
	"gained", "gaining", "gains", "gallery", "game", "gap", "gather", "generally", "get", "gets",
	"gilts", "given", "go", "goal", "goals", "goes", "going", "good", "got", "granted", "great",
	"greater", "greatest", "grounded", "growing", "guard", "guided", "had", "halted", "hampered",
	"happened", "happy", "hard", "hardly", "has", "hasn", "have", "haven", "having", "hc", "he",
	"hectic", "held", "helpline", "her", "here", "high", "him", "hire", "hit", "hl", "holiday",
	"holidays", "home", "honor", "honour", "hope", "hoped", "hopefully", "hopes", "horse", "horses",
	"hotline", "hours", "house", "hw", "i", "ideal", "ides", "if", "immediately", "inch", "inches",
	"incident", "included", "includes", "including", "inclusive", "increase", "increased", "index", "indicated", "initially",
	"inside", "insisted", "inspired", "intend", "intended", "intends", "into", "introduced",
	"invaded", "invited", "is", "isle", "isn", "iso", "issue", "it", "item", "its", "job", "joined",
	"journalists", "judgement", "judgment", "just", "kalends", "keep", "kick", "kicked", "kicks",
	"killed", "kilometers", "kilometres", "kingdom", "km", "knots", "kph", "l", "lake", "landed",
	"last", "lasted", "lasting", "lasts", "late", "latter", "launch", "law", "lead", "leading",
	"leads", "led", "left", "legislation", "length", "lent", "lessons", "letter", "level", "levels",
	"liabilities", "life", "like", "likely", "little", "loan", "loans", "local", "longer", "looking",
	"looks", "looming", "looms", "lose", "loses", "losing", "low", "lunar", "lw", "made", "major", "make", "makes", "making", "managed",
	"marched", "margin", "mark", "marketing", "martyred", "master", "masters", "match", "maturities",
	"may", "maybe", "me", "mean", "meant", "measure", "media", "meet", "memo", "memorandum", "memory",
	"mercy", "meter", "meters", "metres", "might", "mile", "miles", "milking", "million", "minus", "minutes",
	"moon", "mostly", "mount", "mourn", "mourns", "moved", "moving", "mph", "murdered", "must", "my", "n",
	"named", "ne", "nears", "need", "needs", "neither", "never", "new", "newly", "news", "nicknamed",
	"no", "nobody", "nones", "nor", "norm", "normal", "normally", "normals", "nos", "not", "note", "noted",
	"notes", "notice", "nr", "ns", "nsw", "nt", "number", "o", "obligations", "observe", "occurred",
	"of", "off", "offered", "officials", "often", "ok", "okay", "olds", "on", "once", "one", "only",
	"onto", "onward", "onwards", "open", "opening", "operate", "operates", "options", "or", "order",
	"ordinance", "ordinances", "original", "originally", "os", "out", "outcome", "output", "outside",
	"overtime", "owned", "owns", "p", "pace", "page", "painful", "papacy", "paper", "para",
	"paragraph", "part", "passed", "pay", "penalty", "pence", "penciled", "pencilled", "pending",
	"percent", "perfect", "perhaps", "period", "pet", "phase", "phased", "phases", "phasing", "phone",
	"piece", "placed", "plan", "planned", "planning", "plans", "played", "playing", "please", "pledged", "plus",
	"point", "points", "poised", "police", "poll", "polls", "poor", "port", "possibly", "postpone",
	"postponed", "postpones", "pounder", "pounders", "pounds", "power", "pp", "preceded", "preceding",
	"precisely", "predicted", "predicts", "preparations", "prepare", "preparing", "present", "press",
	"previously", "price", "priced", "prices", "prior", "privilege", "probably", "production",
	"profit", "projected", "projects", "promised", "proposed", "proposes", "proved", "provide",
	"publish", "pushed", "pushing", "put", "qld", "qualifies", "qualify", "quarterly", "quickest",
	"quiet", "r", "race", "raided", "ran", "rare", "rarely", "rate", "rated", "rates", "ratio",
	"reached", "ready", "rebooked", "recall", "recalled", "recalling", "recalls", "recent",
	"recently", "record", "records", "recruit", "ref", "referendum", "registered", "regret",
	"regrets", "reign", "reigned", "remain", "remainder", "remained", "remaining", "remains",
	"remanded", "remarked", "remember", "remembering", "remembers", "reminded", "repealed",
	"replaced", "replied", "reply", "report", "reported", "reporters", "requested", "rescheduled",
	"resolve", "resolved", "respectively", "respond", "rest", "restrictions", "results", "return",
	"returned", "revenue", "review", "revised", "right", "rights", "rising", "river", "robbery",
	"rose", "rough", "round", "rsvp", "rule", "ruled", "rules", "ruling", "run", "running", "runs",
	"runtime", "russell", "s", "sa", "sacked", "said", "sailed", "saints", "sales", "salute", "salutes", "saw",
	"say", "says", "scheduled", "school", "score", "scored", "sea", "season", "seasonally", "second",
	"section", "securities", "see", "seemed", "seems", "seen", "seldom", "select", "semester",
	"semesters", "semi", "send", "sentencing", "serious", "served", "server", "service", "session",
	"sessions", "set", "sets", "settle", "settled", "settlement", "shall", "share", "shares", "sharp",
	"sharply", "she", "shorter", "shortly", "shot", "should", "shut", "sign", "signed", "since",
	"sittings", "slated", "slightly", "slipped", "slow", "slowest", "sold", "solemnity", "sometime", "sometimes",
	"sooner", "sought", "souls", "sounds", "spanned", "spanning", "spans", "spend", "spending", "spends",
	"spent", "split", "splits", "staff", "staffed", "stage", "stand", "standards", "standing", "stands", "started",
	"starting", "starts", "stated", "statement", "stay", "stayed", "stays", "step", "stepped",
	"stepping", "steps", "still", "stock", "stocks", "stood", "stopped", "story", "straight",
	"stretches", "stretching", "strong", "struck", "style", "sub", "submit", "succeeded",
	"successive", "suggested", "suits", "summit", "supported", "supposed", "surpassed", "surpasses",
	"surrendered", "survivors", "suspended", "t", "take", "taken", "takes", "taking", "target",
	"targeted", "tas", "tax", "tel", "tells", "tend", "tends", "tense", "terms", "test", "than", "that",
	"the", "their", "them", "themed", "then", "there", "they", "third", "this", "though",
	"threatened", "thrice", "through", "throughout", "thru", "tidal", "tide", "tides", "till", "time",
	"timed", "timetabled", "to", "told", "tonnes", "tons", "too", "took", "topped", "tops", "total",
	"touchdown", "toward", "towards", "traded", "trading", "traditionally", "trail", "trailed",
	"trailing", "trails", "trains", "trams", "transcript", "transcripts", "translated", "treasuries",
	"trial", "tried", "trillion", "trimester", "try", "turbulent", "turned", "twice", "typically",
	"unbeaten", "under", "undertake", "undertook", "united", "unless", "until", "update", "updated",
	"upon", "urged", "us", "used", "usually", "valid", "valued", "versus", "very", "vic", "victims",
	"vigil", "vintage", "vol", "volume", "vote", "voted", "votes", "vowed", "vs", "wa", "wage", "wait",
	"waited", "waiting", "waits", "wake", "wakes", "waking", "want", "wanted", "war", "warned",
	"warning", "wars", "was", "watch", "water", "we", "weekday", "weekdays", "weeknights", "welcome",
	"welcomes", "well", "went", "were", "when", "where", "whereas", "which", "who", "whole", "wicket",
	"widely", "will", "win", "winner", "winning", "wins", "with", "woke", "won", "working", "works",
	"worth", "would", "written", "wrote", "yearly", "yen", "yet", "yield", "you", "your",
	"preferred", "shareholders", "stockholders", "holders", "equity", "dividend", "dividends", "units", "getting",
	"bit", "rather", "quite", "fairly",
	// a notice's numbered things (titleNumber), and the scheduled present
	// (present.go)
	"route", "line", "platform", "gate", "bus", "ward", "junction", "exit", "terminal", "runway", "pier", "berth",
	"what", "let", "read", "bet", "cast", "instead",
}

var table map[string]*word

func entry(key string) *word {
	w := table[key]
	if w == nil {
		w = &word{key: key}
		table[key] = w
	}
	return w
}

func init() {
	table = make(map[string]*word, 512)
	for _, m := range monthNames {
		w := entry(m.name)
		w.month, w.abbr, w.start = m.m, m.abbr, true
	}
	for _, d := range weekdayNames {
		w := entry(d.name)
		w.wday, w.abbr, w.start = d.d, d.abbr, true
		if len(d.name) > 4 && d.name[len(d.name)-1] == 's' && d.name[len(d.name)-2] == 'y' {
			w.plural = true
		}
	}
	for _, u := range unitNames {
		w := entry(u.name)
		w.unit, w.plural, w.start = u.u, u.plural, true
	}
	for _, c := range cardinals {
		w := entry(c.name)
		w.num, w.start = c.n, true
	}
	for _, o := range ordinals {
		w := entry(o.name)
		w.ord, w.start = o.n, true
	}
	for _, s := range seasonNames {
		w := entry(s.name)
		w.season, w.start = s.s, true
	}
	// plurals, for "two summers later" only ("falls" is a verb)
	for _, s := range []struct {
		name string
		s    timeline.SeasonCode
	}{{"springs", timeline.Spring}, {"summers", timeline.Summer}, {"autumns", timeline.Fall}, {"winters", timeline.Winter}} {
		w := entry(s.name)
		w.season, w.plural = s.s, true
	}
	for _, p := range partNames {
		w := entry(p.name)
		w.part, w.start = p.p, true
		w.plural = len(p.name) > 4 && p.name[len(p.name)-1] == 's' && p.name != "dusk"
	}
	for _, s := range starters {
		entry(s).start = true
	}
	for _, s := range others {
		entry(s)
	}
	for _, s := range functionWords {
		w := entry(s)
		w.function, w.start = true, true
	}
	for _, s := range dateishWords {
		entry(s).dateish = true
	}
	for _, w := range table {
		if w.month > 0 || w.wday > 0 || w.unit != uNone || w.num > 0 || w.ord != 0 ||
			w.season != timeline.NoSeason || w.part != timeline.NoPart {
			w.dateish = true
		}
	}
	for _, w := range table {
		if w.start {
			w.flags |= fStart
		}
		if w.function {
			w.flags |= fFunction
		}
		if w.dateish {
			w.flags |= fDateish
		}
		// The scans for a fiscal year's end (yearEndSaid, findFYEnd)
		// read the scanner's dates (the numbers and the dateish words),
		// not its candidates, some four times as many: the words they
		// ask about, the units, "fy" and "fiscal", must be both dateish
		// and starts, for both lists to hold the same of them in the
		// same order.
		if (w.unit != uNone || w.key == "fy" || w.key == "fiscal") && (!w.dateish || !w.start) {
			panic("tempex: a unit word that is not both dateish and a start: " + w.key)
		}
	}
}

// The scanner looks words up in an open-addressing table keyed by a hash
// of the word it lower-cased into its buffer, which is cheaper than a map
// lookup on the hot path (every word of the text). The words are hashed
// and compared as the two 8-byte halves of the buffer, not byte by byte
// nor as strings.
//
// The table holds the vocabulary: the words of the word table and the
// patternWords. Each has an id, which the scanner writes into its token,
// so that the patterns compare a token with a word (is, isAny) by reading
// vocab at the id and comparing two short strings, with no case folding.
//
// The table has four slots or more for each word of the vocabulary (some
// 1,600): most words of a text are none of them, and a probe
// for a word not there goes on to the next empty slot, which a sparser
// table puts nearer.
const slotBits = 13

type slot struct {
	lo, hi uint64 // the key's letters, as wordBits reads them
}

var slots [1 << slotBits]slot

// slotTags holds each slot's tag: the top 16 bits of its hash and the
// key's id in vocab below them (0 for an empty slot). It is a small array
// the probe reads before touching a key, so a miss or a collision costs
// little cache, and a hit finds the id in it.
var slotTags [1 << slotBits]uint32

// vocab holds the vocabulary by id; id 0, the id of every other word and
// of every token that is no word, is "", which no pattern compares with.
var vocab [vocabSize]string

// vocabCue holds the cue class of each word of the vocabulary by id (see
// cueClass, whose words are all in it), which spares cue a map lookup.
var vocabCue [vocabSize]uint8

// vocabCueWord marks the words of the vocabulary cue's rules may apply
// to: those of cueClass and cueWords.
var vocabCueWord [vocabSize]bool

// vocabWord holds the table entry of each word of the vocabulary by id
// (nil for the patternWords).
var vocabWord [vocabSize]*word

// vocabFlags holds the flags of each word of the table by id (see
// word.flags; 0 for the patternWords): the scanner copies them into every
// token of the vocabulary, and a small array of bytes spares it reading
// each word's entry, scattered in memory, for them.
var vocabFlags [vocabSize]uint8

// vocabSize is the length of the arrays indexed by a word's id: every
// value of its type (uint16), though some 1,600 are used. The patterns
// read them at almost every token they ask about (is, isAny, key, w), and
// an id can then index them with neither a test of the bounds nor a mask.
// (The arrays take some 1.7 MB of zeroed memory, of which only the pages
// of the used ids are touched.)
const vocabSize = 1 << 16

// wordBuf holds a lower-case word of up to 16 letters, the longest the
// table is asked about (its longest key has 13).
type wordBuf [16]byte

// wordBits reads the first n bytes of b (n <= 16) as two little-endian
// words, the bytes after them cleared. Since no letter is a zero byte,
// two words of up to 16 letters are equal when their bits are.
func wordBits(b *wordBuf, n int) (lo, hi uint64) {
	lo = binary.LittleEndian.Uint64(b[:8])
	hi = binary.LittleEndian.Uint64(b[8:])
	switch {
	case n < 8:
		lo &= 1<<(8*n) - 1
		hi = 0
	case n < 16:
		hi &= 1<<(8*(n-8)) - 1
	}
	return lo, hi
}

// wordHash mixes the bits of a word (see wordBits) into the table's hash:
// the word's first slot in its low slotBits bits, and the tag its slot
// keeps (see slotTags) in its top 16. One product makes both: its top
// bits, which every bit of the word reaches, give the slot, and its bits
// 32 to 47 the tag. (The scanner hashes every word of a text: a product
// and two shifts cost less than a longer mix.)
func wordHash(lo, hi uint64) uint32 {
	h := (lo ^ hi*0xc2b2ae3d27d4eb4f) * 0x9e3779b97f4a7c15
	return uint32(h>>(64-slotBits)) | uint32(h>>16)&0xffff0000
}

func init() {
	n := 1 // vocab[0] is no word
	add := func(key string, w *word) uint16 {
		if len(key) > len(wordBuf{}) {
			panic("tempex: vocabulary word longer than the scanner's buffer: " + key)
		}
		var b wordBuf
		copy(b[:], key)
		lo, hi := wordBits(&b, len(key))
		h := wordHash(lo, hi)
		for j := h & (1<<slotBits - 1); ; j = (j + 1) & (1<<slotBits - 1) {
			if slotTags[j] != 0 && slots[j].lo == lo && slots[j].hi == hi {
				return uint16(slotTags[j]) // a word already in it
			}
			if slotTags[j] == 0 {
				if n == vocabSize {
					panic("tempex: vocabulary larger than vocabSize")
				}
				slots[j] = slot{lo, hi}
				slotTags[j] = h&0xffff0000 | uint32(n)
				vocab[n], vocabWord[n] = key, w
				if w != nil {
					vocabFlags[n] = w.flags
				}
				n++
				return uint16(n - 1)
			}
		}
	}
	for key, w := range table {
		add(key, w)
	}
	for _, key := range patternWords {
		add(key, nil)
	}
	for _, z := range namedZones {
		for _, key := range z.words {
			add(key, nil)
		}
	}
	for key, cls := range cueClass {
		id := add(key, nil)
		vocabCue[id], vocabCueWord[id] = cls, true
	}
	for _, key := range cueWords {
		vocabCueWord[add(key, nil)] = true
	}
	for m, key := range [...]string{7: "september", 8: "october", 9: "november", 10: "december"} {
		if key != "" {
			numberedMonths[m] = add(key, nil)
		}
	}
	moonID, lunarID = add("moon", nil), add("lunar", nil)
	for id := 1; id < n; id++ {
		sportsIDs[id] = sportsWords[vocab[id]]
		countNounIDs[id] = countNouns[vocab[id]]
	}
	markTensePrev()
	if vocabWord[moonID] != nil || vocabWord[lunarID] != nil {
		panic("tempex: the scanner notes \"moon\" and \"lunar\" only as words of no table entry")
	}
}

// moonID and lunarID are the ids of "moon" and "lunar", which the scanner
// notes when it meets them (see lexer).
var moonID, lunarID uint16

// lookup returns the vocabulary id of the lower-case ASCII word whose
// bits (see wordBits) are lo and hi, or 0. (The scanner, which looks up
// every word of a text, reads the word's first slot itself: see
// lexer.word.)
func lookup(lo, hi uint64) uint16 {
	h := wordHash(lo, hi)
	j := h & (1<<slotBits - 1)
	return lookupOn(lo, hi, h, j, slotTags[j])
}

// lookupOn goes on with lookup from slot j, whose tag is tag.
func lookupOn(lo, hi uint64, h, j, tag uint32) uint16 {
	for tag != 0 {
		if tag>>16 == h>>16 {
			if s := &slots[j]; s.lo == lo && s.hi == hi {
				return uint16(tag)
			}
		}
		j = (j + 1) & (1<<slotBits - 1)
		tag = slotTags[j]
	}
	return 0
}
