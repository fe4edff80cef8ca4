"""Temporal knowledge as data: names, units, parts of day, seasons, holidays, tense and modality cues.

The engine (`timex_grammar`, `normalize`, `timex`) reads these tables; nothing here is code that decides.
Keys are lower case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2, "febr": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month names that are also ordinary words: only taken when capitalised and not used as a verb/modal.
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "oct", "dec", "jun", "jul", "aug", "apr", "feb"}

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}
WEEKDAY_FULL = [w for w in WEEKDAYS if len(w) > 5]

# Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT", "dawn": "MO", "dusk": "EV", "sunrise": "MO",
    "daybreak": "MO", "sunset": "EV", "nightfall": "EV",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# First month of each season (winter starts in December of its year).
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
    "dozen": 12, "a dozen": 12, "half a": 0.5, "a half": 0.5, "half": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2,
}
# Vague quantities: the duration's number is unspecified (PXY).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "numerous", "a number of", "countless",
                    "the past few", "the last few", "the next few", "a couple more", "more")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "last": 4, "final": 4,
}

# Days of the month spoken as ordinals ("April tenth", "the twenty-first of May"), as broadcast transcripts write them.
_UNITS_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINALS: dict[str, int] = {w: n for n, w in enumerate(_UNITS_ORD, 1)} | {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "thirty-first": 31} | {f"twenty-{w}": 20 + n for n, w in enumerate(_UNITS_ORD, 1)}

# Units: (TIMEX3 duration letter(s), multiplier, whether the time part `T` is needed).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False), "fortnight": ("W", 2, False),
    "weekend": ("WE", 1, False),
    "month": ("M", 1, False), "quarter": ("Q", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False), "millennium": ("Y", 1000, False),
}
UNIT_PLURALS = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
                "weeks": "week", "weekends": "weekend", "months": "month", "quarters": "quarter",
                "years": "year", "decades": "decade", "centuries": "century", "fortnights": "fortnight",
                "millennia": "millennium"}
# The unspecified duration for a bare plural unit ("for years" -> PXY).
VAGUE_DURATION = {"second": "PTXS", "minute": "PTXM", "hour": "PTXH", "day": "PXD", "night": "PXD",
                  "week": "PXW", "weekend": "PXWE", "month": "PXM", "quarter": "PXQ", "year": "PXY",
                  # decades as years, as counted ones ("the past decade" is P10Y; TimeBank writes "decades-long" PXY)
                  "decade": "PXY", "century": "PXCE", "fortnight": "PXW", "millennium": "PXY"}

# Frequency adverbs: type SET.
FREQUENCY_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "bimonthly": "P2M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}
SET_UNITS = {"second": "PT1S", "minute": "PT1M", "hour": "PT1H", "day": "P1D", "night": "P1D",
             "week": "P1W", "weekend": "P1WE", "month": "P1M", "quarter": "P1Q", "year": "P1Y",
             "decade": "P10Y", "century": "P100Y"}

# Words that refer to the present, past or future without a date.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF", "at this time": "PRESENT_REF",
    # "for now", "as of now": the preposition is a signal, outside the expression ("now")
    "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near future": "FUTURE_REF", "someday": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}

# Fixed-date holidays (month, day) and moveable ones (rule names read by normalize.holiday_date).
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new year's": (1, 1),
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "independence day": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4), "july 4th": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "bastille day": (7, 14), "may day": (5, 1), "labour day": (5, 1), "international women's day": (3, 8),
    "all saints' day": (11, 1), "d-day": (6, 6), "flag day": (6, 14),
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
    "labor day": "labor_day", "memorial day": "memorial_day", "easter": "easter",
    "easter sunday": "easter", "good friday": "good_friday", "easter monday": "easter_monday",
    "martin luther king day": "mlk_day", "presidents' day": "presidents_day", "presidents day": "presidents_day",
    "mother's day": "mothers_day", "father's day": "fathers_day", "columbus day": "columbus_day",
    "election day": "election_day",
    "orthodox easter": "orthodox_easter", "orthodox christmas": (1, 7),
    # Islamic feasts (their Gregorian day from the Umm al-Qura calendar); "Eid" alone could be either
    **{f"eid {a}{b}": "eid_al_fitr" for a in ("al-", "ul-", "el-", "al ") for b in ("fitr",)},
    **{f"eid {a}{b}": "eid_al_adha" for a in ("al-", "ul-", "el-", "al ") for b in ("adha",)},
    "eid-ul-fitr": "eid_al_fitr", "eid-ul-adha": "eid_al_adha", "islamic new year": "islamic_new_year",
}

# Months of the Islamic (Hijri) calendar, in the spellings English-language wires use.
HIJRI_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi al-awal": 3, "rabi i": 3,
    "rabi al-thani": 4, "rabi' al-thani": 4, "rabi al-akhir": 4, "rabi' al-akhir": 4, "rabi ii": 4,
    "jumada al-ula": 5, "jumada al-awwal": 5, "jumada al-oula": 5, "jumada i": 5,
    "jumada al-thani": 6, "jumada al-akhirah": 6, "jumada al-akhira": 6, "jumada ii": 6,
    "rajab": 7, "sha'ban": 8, "shaban": 8, "shaaban": 8, "ramadan": 9, "ramadhan": 9, "shawwal": 10,
    "dhu al-qa'dah": 11, "dhu al-qadah": 11, "dhul-qadah": 11, "dhul qadah": 11, "dhu al-qi'dah": 11,
    "dhu al-hijjah": 12, "dhul-hijjah": 12, "dhul hijjah": 12, "dhu al-hijja": 12,
}

# Time zones (abbreviations and "GMT+10" style) as offsets in hours.
TIME_ZONES: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "ist": 5.5, "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "hkt": 8, "sgt": 8, "wib": 7, "pht": 8,
    "sast": 2, "wat": 1, "eat": 3, "akst": -9, "akdt": -8, "hst": -10, "nzst": 12, "nzdt": 13,
    "pkt": 5, "npt": 5.75, "aft": 4.5, "irst": 3.5, "gst": 4, "trt": 3, "cat": 2, "ict": 7, "awst": 8,
    "wet": 0, "west": 1,
}
# US zones named without standard/daylight ("9:15 a.m. ET"): (standard, daylight) offsets, picked by the date.
US_ZONES: dict[str, tuple[int, int]] = {"et": (-5, -4), "ct": (-6, -5), "mt": (-7, -6), "pt": (-8, -7)}

# ------------------------------------------------------------------------------ tense and modality cues
# Auxiliaries and verbs that put the clause in the future (relative to its anchor).
FUTURE_AUX = {"will", "wo", "'ll", "ll", "shall", "would", "'d", "gon", "going"}
FUTURE_VERBS = {  # "plans to", "is set to", "is expected to", "is scheduled for"
    "plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare", "propose", "slate",
    "want", "seek", "promise", "pledge", "vow", "threaten", "agree", "decide", "arrange", "invite",
    "urge", "ask", "call", "announce", "go", "will", "try", "await", "look", "wish", "offer", "need",
}
DEADLINE_NOUNS = {"deadline", "ultimatum", "cutoff", "cut-off"}  # "the Jan. 31 deadline": may lie ahead
FUTURE_WORDS = {"next", "coming", "upcoming", "forthcoming", "following", "ahead"}
PAST_WORDS = {"last", "past", "ago", "earlier", "previous", "preceding", "before"}
PAST_AUX = {"had", "has", "have", "did", "was", "were", "'d"}
# Nouns that name what has already happened when they are spoken of ("Wednesday's ruling", "Sunday's attack"):
# a future clause acts on them ("will appeal Wednesday's ruling") without moving them ahead.
OUTCOME_NOUNS = {"ruling", "decision", "verdict", "judgment", "judgement", "attack", "bombing", "blast",
                 "explosion", "shooting", "killing", "killings", "crash", "arrest", "arrests", "raid", "strike",
                 "statement", "announcement", "remarks", "comments", "speech", "report", "result", "results",
                 "outcome", "defeat", "victory", "win", "loss", "collapse", "resignation", "death", "deaths",
                 "earthquake", "quake", "storm", "fire", "massacre", "assassination", "coup", "incident"}
# Words that mark a happening as planned: "a planned visit on Wednesday was cancelled" may name a day ahead.
PLANNED_WORDS = {"planned", "scheduled", "proposed", "upcoming", "expected", "intended", "slated",
                 "forthcoming", "anticipated"}
# Verbs that push a happening later: "postponed the vote until Tuesday" names a day after the decision.
DEFERRAL_VERBS = {"postpone", "delay", "defer", "extend", "adjourn", "push", "put", "suspend", "recess",
                  "reschedule", "move", "prolong", "hold"}
REPORTING_VERBS = {"say", "tell", "announce", "report", "state", "add", "confirm", "claim", "write", "note",
                   "insist", "warn", "declare", "explain", "reveal", "disclose", "indicate", "suggest"}
# Verbs whose past tense is spelled like the base form: a tagger may read "Weakness hurt the index" as
# present tense, which English rules out for a singular subject ("hurts").
SAME_FORM_PAST = {"hurt", "cut", "put", "set", "hit", "let", "shut", "split", "spread", "cost", "quit", "shed",
                  "bet", "burst", "cast", "thrust", "upset", "broadcast", "forecast", "bid", "rid", "beat",
                  "offset", "reset", "recast", "undercut", "outbid", "slit"}
