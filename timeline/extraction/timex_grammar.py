"""The surface grammar of temporal expressions: regular expressions built once from the tables.

Each rule is (kind, compiled pattern). `timex.find_timexes` runs every rule over the document text, keeps the
longest non-overlapping matches and hands each to the normalizer for its kind. Spans follow TimeML:
determiners and modifiers ("the", "early", "nearly") are inside, prepositions ("on", "in") outside.
"""

from __future__ import annotations

import calendar
import re

from . import tables


def _alt(words) -> str:
    """An alternation of words (a space in a word matches any run of white space), written as a trie: the
    regex engine tries the branches one by one at every position, so "c(?:hristmas|olumbus day)" is far
    cheaper than "christmas|columbus day". A word that extends another is tried first, as in a longest-first
    list."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child) for ch, child in sorted(node.items())
                if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_FULL_MONTHS = [w for w, n in tables.MONTHS.items() if w == calendar.month_name[n].lower()]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(w for w in tables.MONTHS if w not in _FULL_MONTHS)})\.?)(?![a-z])"
WEEKDAY_BASE = rf"(?:{_alt(tables.WEEKDAY_FULL)}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
WEEKDAY = rf"{WEEKDAY_BASE}(?![a-z])"
POD = r"(?:morning|afternoon|evening|night)"
DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s+1/2|½)?"  # (1,563 days)
_units_words = [w for w in tables.NUMBER_WORDS if w not in ("a", "an")]
_tens = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ones = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_teens = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
WORD_NUM = rf"(?:(?:{_ones}|{_teens}|{_tens}|a|one)\s+(?:hundred|thousand)(?![\s-]+(?:and|{_ones}|{_tens}))|{_tens}[\s-]{_ones}|{_alt(_units_words)})"
VAGUE = _alt(tables.VAGUE_QUANTITIES)
NUM = rf"(?:(?:{DIGIT_NUM}|{WORD_NUM})(?:\s+and\s+a\s+half)?|an?|{VAGUE})"
UNIT = rf"(?:{_alt(list(tables.UNITS) + list(tables.UNIT_PLURALS))})(?![a-z])"
DAY_NUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# "April tenth", "the twenty-first of May" (a capitalised month only: "they may first ask" is no date)
DAY_WORD = rf"(?:{'|'.join(sorted((w.replace('-', '[-\\s]') for w in tables.DAY_ORDINALS), key=len, reverse=True))})(?![a-z])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Years read out ("nineteen ninety-six", "the year two thousand", "two thousand and three"); broadcast
# transcripts spell them. normalize.year_number reads them.
_two_digits = rf"(?:{_tens}(?:[\s-]{_ones})?|{_teens}|oh[\s-]{_ones})"
SPELLED_YEAR = (rf"(?:twenty[\s-]+(?:{_tens}(?:[\s-]{_ones})?|{_teens})(?![\s-](?:hundred|thousand|{_ones}))"
                rf"|(?:fifteen|sixteen|seventeen|eighteen|nineteen)(?:[\s-]+{_two_digits}(?![\s-](?:hundred|thousand))|\s+hundred(?![\s-]+(?:thousand|million)))"
                rf"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{_two_digits}|{_ones}))?)(?![a-z-])")
ANY_YEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
# Zone abbreviations in capitals only ("5 pm eat" is no zone): the table's, with GMT/UTC offsets
_ZONE_NAMES = _alt(z.upper() for z in tables.TIME_ZONES if len(z) > 1 and z not in ("gmt", "utc"))
TZ = rf"(?:[ECMP][SD]?T|GMT(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?|UTC(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?|(?-i:{_ZONE_NAMES}))"
APPROX = r"(?:about|around|approximately|nearly|almost|roughly|some|(?:no\s+)?more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|well\s+over|just\s+over|just\s+under|close\s+to|the\s+better\s+part\s+of)"
EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
HOLIDAY = _alt(tables.HOLIDAYS)
# Spoken clock times: an hour word, minutes read out, and what fixes the part of the day
_HOUR_WORD = r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\d:a-z]|\.\d)"
_MINUTE_WORD = rf"(?:oh[\s-]{_ones}|{_teens}|{_tens}(?:[\s-]{_ones})?)"
_CLOCK_TAIL = (rf"(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night)(?![a-z])"
               rf"|\s+(?P<rd>this|yesterday|tomorrow)\s+(?P<pod2>morning|afternoon|evening)(?![a-z])"
               rf"|\s+(?P<tn>tonight|last\s+night)(?![a-z])|\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?)(?![a-z])"
               rf"|,?\s+(?:on\s+)?(?P<wdp>{WEEKDAY})\s+(?P<pod4>{POD})(?![a-z]))")

_F = re.I
# Hijri month names ("Rabi' al-Akhir", "Dhu al-Hijjah"): apostrophes straight or curly, spaces or hyphens
_HIJRI = "(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[\s-]").replace("'", "['’]?").replace(r"\-", r"[\s-]")
    for w in sorted(tables.HIJRI_MONTHS, key=len, reverse=True)) + ")"

RULES: list[tuple[str, re.Pattern]] = [
    # 2025-03-17, 2025-03-17T09:54, 2025-03-17 09:54:27
    # (a zone offset is part of the stamp: "2025-06-16T11:05:00+08:00" is one expression, not also "08:00")
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?(?:Z\b|[+-][0-2]\d:?[0-5]\d)?)?(?![\d-])")),
    # 03/17/2025, 17.03.2025, 3/17/98
    ("numeric", re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")),
    # March 17, 2025 / Tuesday, March 18 / March 3-5 / March 3 to 5 / March 30 to April 2
    ("mdy", re.compile(
        rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM}(?!\d|:\d)|{DAY_WORD})"
        rf"(?:\s*(?:-|–|to|through|until|till|(?P<and>and))\s*(?P<mon2>)(?P<d2>{DAY_NUM})(?![\d:]))?"
        rf"(?:,?\s+(?P<y>{YEAR})(?!\d)|\s+(?P<yrel>last|this|next)\s+year(?![a-z]))?", _F)),
    # 17 March 2025 / 23-25 March / the 3rd of March / 30 September last year
    ("dmy", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d1>{DAY_NUM})(?:\s*(?:-|–|to|(?P<and>and))\s*(?:{WEEKDAY},?\s+)?(?P<d2>{DAY_NUM}))?\s+|(?<=the\s)(?P<dw>{DAY_WORD})\s+(?=of\s))"
        rf"(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})(?!\d)|\s+(?P<yrel>last|this|next)\s+year(?![a-z]))?", _F)),
    # between Monday and Wednesday / from March 3 to 5 (the range words stay outside the span)
    ("wd_range", re.compile(
        rf"(?<=between\s)(?P<wd1>{WEEKDAY})\s+and\s+(?P<wd2>{WEEKDAY})"
        rf"|(?<=from\s)(?P<wd3>{WEEKDAY})\s+(?:to|through|until|till)\s+(?P<wd4>{WEEKDAY})", _F)),
    ("md_range", re.compile(
        rf"(?<=between\s)(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})\s+and\s+(?:(?P<mon2>{MONTH})\s+)?(?P<d2>{DAY_NUM})(?:,?\s+(?P<y>{YEAR}))?", _F)),
    # the January-March period, May to July 2024: a range of months (the range word stays inside, as in "March 3-5")
    ("month_range", re.compile(
        rf"\b(?P<mon>{MONTH})\s*(?:-|–|\s(?:to|through|until)\s)\s*(?P<mon2>{MONTH})(?:,?\s+(?P<y>{ANY_YEAR})(?!\d))?(?![a-z])", _F)),
    # March 2025 / late November / last April / this September / in March
    ("month", re.compile(
        rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the\s+coming|the\s+past)\s+)?"
        rf"(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{ANY_YEAR})(?!\d)|(?:\s+of)?\s+(?P<yrel>this|last|next)\s+year)?", _F)),
    # times: 10:35 a.m., 10 p.m. EST Wednesday, noon Thursday, 5 p.m. EST, Nov. 9
    ("time", re.compile(
        rf"\b(?:(?P<approx>about|around|approximately|roughly)\s+)?"
        rf"(?:(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o'clock\b)"
        rf"|(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?!\d)|(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)(?:\s*(?:hours|hrs|GMT|UTC)\b|(?=\s+local\s+time\b))"
        rf"|(?:(?P<wd0>{WEEKDAY})\s+)?(?P<named>noon|midnight|midday))"
        rf"(?:\s*(?P<tzp>\()?(?P<tz>{TZ})(?(tzp)\))(?![a-z]))?(?P<gloss>\s+(?:local|\w+)\s+time)?"  # "6 p.m. (EST)"
        rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY}|today|yesterday|tomorrow|tonight)(?:\s*,?\s+(?P<mon>{MONTH})\s+(?P<d>{DAY_NUM}))?"
        rf"|,?\s+(?:on\s+)?(?P<mon2>{MONTH})\s+(?P<d2>{DAY_NUM})(?!\d)(?:,?\s+(?P<y>{YEAR}))?|\s+on\s+(?P<hol>{HOLIDAY})(?![a-z])"
        rf"|\s+(?:on\s+)?(?P<rd2>the\s+(?:following|next|previous)\s+day|that\s+(?:same\s+)?day|the\s+same\s+day)(?![a-z]))?", _F)),
    # Clock times read out: "4 in the morning", "nine o'clock in the evening", "ten-thirty this morning",
    # "a quarter to six yesterday evening", "half past nine", "eight o'clock tonight" (broadcast transcripts)
    ("hourpod", re.compile(
        rf"\b(?:(?P<approx>about|around|approximately|roughly)\s+)?"
        rf"(?:(?P<frac>half|(?:a\s+)?quarter|five|ten|twenty(?:[\s-]five)?)\s+(?P<pp>past|after|to|before)\s+)?"
        rf"(?P<h>{_HOUR_WORD})(?:[\s-](?P<mi>{_MINUTE_WORD})(?![a-z-]))?(?P<oc>\s+o'clock)?"
        rf"{_CLOCK_TAIL}?(?(frac)|(?(oc)|(?(pod)|(?(rd)|(?(tn)|(?(ampm)|(?(wdp)|(?!))))))))"  # something must fix it
        rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY}|today|yesterday|tomorrow)(?:\s+(?P<pod3>{POD}))?)?", _F)),
    # Tuesday, last Friday, Wednesday night, early Monday, Mondays
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|next|this|coming|this\s+coming|this\s+past|past|(?:early|late)(?:\s+on)?|mid|overnight|the\s+(?:previous|following|preceding|next))\s+)?"
        rf"(?P<wd>{WEEKDAY_BASE})(?P<plural>s)?(?![a-z])(?:\s+(?P<pod>{POD})(?P<pods>s)?(?![a-z]))?", _F)),
    # Counts of weeks from a day: "Thursday week", "Monday fortnight", "a week on Tuesday", "a fortnight
    # today", "a week from Saturday", "a week last Friday" (the Friday before last)
    ("weekon", re.compile(
        rf"\b(?:(?P<wd1>{WEEKDAY})\s+(?P<u1>week|fortnight)(?![a-z'-])(?!\s+(?:of|or|and|after|before|ago|earlier|later|long|old)\b)"
        rf"|(?P<n>a|one|two|three)\s+(?P<u2>weeks?|fortnight)\s+(?:(?P<rel>on|last|next|from)\s+(?P<wd2>{WEEKDAY})(?!['’]s)"
        rf"|(?:(?P<from>from)\s+)?(?P<rd>today|tomorrow|yesterday)(?![a-z])))", _F)),
    # today, yesterday morning, late tomorrow, tonight, overnight, the day before yesterday
    ("relday", re.compile(
        rf"\b(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<pod0>morning|afternoon|evening)\s+(?=yesterday|today|tomorrow))?"
        rf"(?:the\s+day\s+(?P<dba>before|after)\s+)?"
        rf"(?P<day>today|tonight|yesterday|tomorrow|overnight)(?:\s+(?P<pod>{POD}))?", _F)),
    # this morning, last night, this week, last year, earlier this month, next quarter, the past week
    ("relunit", re.compile(
        r"\b(?P<pre>(?:(?:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
        r"(?:the\s+)?(?:this|last|next|past|coming|previous|current|following|preceding|same|that(?:\s+same)?|this\s+past|this\s+coming))\s+"
        r"(?:fiscal\s+)?(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|fiscal\s+year|morning|afternoon|evening|night|day|season|half)(?![a-z-])(?:\s+or\s+so\b)?", _F)),
    # the week of March 6 (the week that holds the day)
    ("weekof", re.compile(
        rf"\bthe\s+(?P<wk>week|weekend)\s+of\s+(?:(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})(?:\s*[-–]\s*{DAY_NUM})?(?!\d)"
        rf"|(?P<d3>{DAY_NUM})(?:\s*[-–]\s*{DAY_NUM})?\s+(?P<mon3>{MONTH}))(?:,?\s+(?P<y>{YEAR})(?!\d))?", _F)),
    # the early hours of Sunday, the small hours of March 3, the evening of May 29 (that day's part)
    ("earlyhours", re.compile(
        rf"\bthe\s+(?:(?:early|small|wee)\s+hours|(?P<pod>morning|afternoon|evening|night))\s+of\s+(?:(?P<wd>{WEEKDAY})(?:,?\s+(?P<mon2>{MONTH})\s+(?P<d2>{DAY_NUM})(?!\d))?|(?P<rd>today|yesterday|tomorrow|this\s+morning)"
        rf"|(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})(?!\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?"
        rf"|(?P<d3>{DAY_NUM})\s+(?P<mon3>{MONTH})(?:,?\s+(?P<y3>{YEAR})(?!\d))?)"
        r"|\bthe\s+(?P<bare>early|small|wee)\s+hours(?!\s+of\b)", _F)),  # "in the small hours": of the day in view
    # the week before last, the month before last: two back
    ("beforelast", re.compile(r"\bthe\s+(?P<unit>week|weekend|month|year)\s+before\s+last(?![a-z])", _F)),
    # the day before last Tuesday, the day after March 3: one day from a named day
    ("daynamed", re.compile(
        rf"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?(?:(?P<wd>{WEEKDAY})(?!\s+(?:morning|afternoon|evening|night))"
        rf"|(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})(?![\d:]))", _F)),
    # the day before, the day after (TimeML leaves the signal outside: "<TIMEX3>the day</TIMEX3> before")
    ("dayrel", re.compile(r"\bthe\s+day(?=\s+(?P<dir>before|after)\b(?!\s+(?:yesterday|tomorrow)\b))", _F)),
    # earlier in the week, later in the year, the end of the year, the year, the week
    ("inthe", re.compile(
        r"\b(?:(?P<edge>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)(?:\s+in)?\s+)?"
        r"the\s+(?:(?P<full>full)\s+)?(?:(?P<latest>latest|most\s+recent)\s+)?(?:fiscal\s+(?=year))?(?:(?:holiday|long)\s+(?=weekend))?"
        r"(?P<unit>week|weekend|month|year|decade|morning|afternoon|evening|day|(?<=\bthe\s)night(?=\s*[,.;]|\s+(?:to|and|as|before|after|in|at)\b))(?![a-z-])", _F)),
    # at dawn, before sunrise, by nightfall: that part of the day in view
    ("dawn", re.compile(r"\b(?:at|by|before|after|until|from)\s(?P<pod>dawn|dusk|sunrise|sunset|daybreak|nightfall)(?![a-z])"
                        rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY}|today|tomorrow|yesterday))?", _F)),
    # the turn of the century: the years around 2000 (or 1900), as a year
    ("turn", re.compile(r"\bthe\s+turn\s+of\s+the\s+(?:(?P<ord>20th|21st|19th|twentieth|twenty-first|nineteenth)\s+)?century(?![a-z])", _F)),
    # mid-afternoon, late morning, early evening: a part of the day in view
    ("podedge", re.compile(r"\b(?P<edge>mid|late|early)[\s-]?(?P<pod>morning|afternoon|evening)(?![a-z-])"
                           rf"(?:,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})(?![a-z]))?", _F)),
    # a year ago, two days earlier, three weeks later, a year earlier, five years from now
    ("ago", re.compile(
        rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUM})(?:\s+or\s+so)?[\s-]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|since|on(?=\s*(?:[,;]|from\b)))(?![a-z])", _F)),
    # two days, 30-day, the past 20 years, the first nine months, more than four hours, for years
    ("duration", re.compile(
        rf"\b(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>(?:the|each\s+of\s+the)(?=\s+(?:past|last|next|first|coming|following|previous|preceding|final|remaining|latest)\s)|the(?=\s+(?:{DIGIT_NUM}|{WORD_NUM}|few|several)\s)|another|an\s+additional)\s+)?"
        rf"(?:(?P<rel>past|last|next|first|coming|following|previous|preceding|final|remaining|latest)\s+)?"
        rf"(?P<n>{NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{DIGIT_NUM}|{WORD_NUM}))?(?:\s+more)?[\s-]+(?:(?:full|whole|entire|straight|consecutive|successive|single|further|extra)\s+)?(?:(?:trading|business|working|calendar|school)\s+(?=days?\b))?(?P<unit>{UNIT})(?:(?P<half>\s+and\s+a\s+half)|(?P<suffix>-long|-old))?(?:\s+or\s+so\b)?"
        rf"(?:,?\s+and\s+(?P<n3>{DIGIT_NUM}|{WORD_NUM}|an?)\s+(?P<unit3>{UNIT})(?!\s+(?:ago|earlier|later|before|after|old)\b))?", _F)),
    # another week, an additional year: one more unit
    ("another", re.compile(rf"\b(?:another|an\s+additional|one\s+more)\s+(?P<unit>{UNIT})(?![a-z-])", _F)),
    # half an hour, nearly half a century, a half-hour
    ("half_unit", re.compile(
        rf"\b(?:(?P<approx>{APPROX})\s+)?(?:half\s+an?\s+|an?\s+half[\s-])(?P<unit>hour|day|year|decade|century|minute)(?![a-z])", _F)),
    ("bareunits", re.compile(r"(?=[ymwdchts\s,])(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\s)|(?<=\bin\sthe\s)|(?<=\bfor\sthe\s)|(?<=\bover\sthe\s))(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?![a-z])"
                             r"|\b(?P<unit2>years|months|weeks|days|decades|hours|minutes)(?:(?P<ago>\s+ago)(?![a-z])|(?=\s+(?:after|before|later|earlier)\b))"
                             r"|\b(?P<long>(?P<unit3>day|week|month|year|hour|years|months|weeks|days|decades|hours))-long(?![a-z])"
                             # "after weeks of haggling", "had taken months to arrange", "days or weeks"
                             r"|\b(?P<unit4>years|months|weeks|days|decades|hours)(?=\s+of\s+(?!the\b|age\b|his\b|her\b|their\b|its\b|our\b|my\b))"
                             r"|\b(?:took|take|takes|taken|taking|spent|spend|have|had|was|were|is|are|be|been)\s(?P<unit5>years|months|weeks|days|hours|minutes)(?=\s+(?:to|of|before|,|not|or|in|on|at|from|away|\w+ing)\b|[,.;])"
                             # "weeks, not months": the first of two stretches set against each other
                             r"|\b(?P<unit7>years|months|weeks|days|decades|hours|minutes)(?=,?\s+(?:not|rather\s+than)\s+(?:years|months|weeks|days|decades|hours|minutes)\b)"
                             r"|(?<=[a-z])(?:\s+or|,\s*not)\s+(?P<unit6>weeks|months|years|days|decades|hours)(?![a-z])", _F)),
    # the third quarter, third-quarter, fiscal second-quarter, the year-earlier quarter, last year's first quarter
    ("quarter", re.compile(
        rf"\b(?:(?P<yrel>last|this|next)\s+year's\s+|(?P<y3>{YEAR})(?:'|\u2019)s\s+|(?P<det>the|this|that|last|next)\s+(?![a-z]+-quarter))?"
        rf"(?P<mods>(?:(?:fiscal|current|latest|same|previous|past|comparable|year-earlier|year-ago|{YEAR}|first|second|third|fourth|1st|2nd|3rd|4th|final|calendar)[\s-]+)*)"
        rf"quarter(?![a-z-])(?:\s+of\s+(?:(?:calendar\s+)?(?P<y>{YEAR})|(?P<yrel2>this|last|next)\s+year|fiscal\s+(?P<y2>{YEAR})))?", _F)),
    ("half", re.compile(
        rf"\b(?:the\s+)?(?:(?P<h>first|second|last|latter|1st|2nd)[\s-]half(?![a-z-])|(?P<h2>first|last)\s+two\s+quarters)(?:\s+of\s+(?:(?:calendar\s+)?(?P<y>{YEAR})|(?P<yrel>this|last|next)\s+year|the\s+(?:calendar\s+)?year))?", _F)),
    # Q3 2024, Q1, H1 2025, 3Q 2024: the business shorthand
    ("qcode", re.compile(
        rf"\b(?:(?P<p>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<p2>Q))(?:[\s/-]*(?P<y>{YEAR})|\s+of\s+(?P<y2>{YEAR}))?(?![\w-])")),
    # 2019-2021, 2019–21: a span of years
    ("yrange", re.compile(rf"(?<![\d/.-])(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>{YEAR}|\d\d)(?![\d%-]|\.\d|\s*(?:percent|per\s+cent))")),
    # on the 14th (of the month in view)
    ("dayonly", re.compile(r"(?<=\bon\s)the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w-])(?!\s+(?:of|century|anniversary|day|floor|time|round|year|minute|hour|week|month|straight|consecutive|annual|edition|session|birthday|place|amendment|division|district|fleet|army|congress))", _F)),
    # Friday the 15th: the weekday fixes the month
    ("wdnth", re.compile(rf"\b(?P<wd>{WEEKDAY}),?\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w-])", _F)),
    # the second week of April, the last week of March
    # Hijri dates: "9 Ramadan", "24 Rabi' al-Akhir 1448 AH", "Ramadan 10, 1448" (names capitalised, a day given)
    ("hijri", re.compile(
        rf"\b(?:(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<hm>{_HIJRI})|(?P<hm2>{_HIJRI})\s+(?P<d2>[0-3]?\d)(?!\d))"
        r"(?:,?\s+(?P<y>1[34]\d\d)(?!\d)(?:\s*(?:AH|A\.H\.|H)\b)?)?", _F)),
    # the first Monday in October, the last Friday of June 2026
    ("nthwd", re.compile(
        rf"\bthe\s+(?P<o>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY})\s+(?:in|of)\s+"
        rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})(?!\d))?", _F)),
    ("weekofmonth", re.compile(
        rf"\bthe\s+(?P<o>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})(?!\d))?", _F)),
    # 1998, fiscal 1989, mid-1990, the year 2000
    ("year", re.compile(
        rf"\b(?:(?P<edge>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
        rf"(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar|FY)\s*)?(?:(?<![/\d])(?P<y>{YEAR})(?!\d|[,.]\d|\s*%|-\d|\s*(?:percent|per\s+cent))|(?P<ys>{SPELLED_YEAR}))", _F)),
    # the 1990s, mid-1980s, the '90s, the nineties
    ("decade", re.compile(
        r"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?:(?P<cw>eighteen|nineteen|twenty)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![a-z])", _F)),
    ("century", re.compile(
        rf"\b(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_alt(tables.ORDINALS)})[\s-]+century(?![a-z])", _F)),
    # this summer, last fall, the winter of 1994, spring
    ("season", re.compile(
        rf"\b(?:(?P<rel>this|last|next|the|that|the\s+following|the\s+previous|this\s+past|this\s+coming|coming|past)\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
        rf"(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{ANY_YEAR}))?(?![a-z])", _F)),
    ("holiday", re.compile(rf"\b(?:(?P<rel>last|next|this|the)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<wk>week|weekend)(?![a-z-]))?(?:\s+(?P<y>{YEAR}))?(?![a-z])", _F)),
    # daily, every Monday, each year, twice a week, $5 a year, per day, Tuesday nights
    ("set", re.compile(
        rf"\b(?:(?:(?:once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+)?(?P<adv>{_alt(tables.FREQUENCY_WORDS)})"
        rf"|(?:(?P<times>once|twice|thrice|\w+\s+times)\s+)?(?P<q>every|each|per|a|an)\s+(?:(?P<n>other|second|third|two|three|four|five|six|few|several|\d+)\s+)?"
        rf"(?P<unit>{UNIT}|{WEEKDAY}|{POD}|{MONTH}|spring|summer|autumn|fall|winter))(?![a-z])"
        rf"(?:(?<=day)\s+(?P<wdpod>{POD})(?![a-z]))?", _F)),  # "every Saturday morning"
    # six days a week, three nights a month: how often, as one set
    ("days_per", re.compile(
        rf"\b(?P<n>[1-7]|one|two|three|four|five|six|seven)\s+(?:days|nights)\s+(?:a|per|each)\s+(?P<per>week|month)(?![a-z])", _F)),
    # "at the time": then, the time the story was just telling of (not "the time of the attack")
    ("atthetime", re.compile(r"(?<=\bat\s)the\s+time(?![a-z])(?!\s+(?:of|when|being|it|for|to|agreed|set|allotted|scheduled|appointed|stated|specified|given)\b)", _F)),
    # now, currently, recently, the past, the future, soon, these days
    ("ref", re.compile(rf"\b(?P<w>{_alt(tables.REFERENCE_WORDS)})(?![a-z])", _F)),
    # coming weeks, recent years, the coming months
    ("vague", re.compile(r"\bthe\s+(?P<unit3>days|weeks|months|years)\s+ahead(?![a-z])"
                         r"|\b(?:the\s+)?(?P<w>recent|coming|next\s+few|past\s+few|last\s+few|upcoming|(?<=the\s)past)\s+(?P<unit>days|weeks|months|years|decades|quarters)(?![a-z])"
                         r"|(?<!\bthe\s)\b(?P<ref>future|past)\s+(?P<unit2>weeks|months|years|decades|quarters)(?![a-z])", _F)),
    # the latest period, the 1989 period: the quarter being reported
    ("period", re.compile(rf"\bthe\s+(?:(?P<y>{YEAR})|latest|most\s+recent|current)\s+(?:fiscal\s+)?period(?![a-z])", _F)),
    ("yearago", re.compile(r"\b(?:(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?(?P<what2>quarter|period)\s+a\s+year\s+(?:ago|earlier)"
                           r"|(?:the\s+)?(?P<w>year-earlier|year-ago|year-before)\s+(?P<what>period|nine\s+months|six\s+months|month|week|year|half|quarter)|(?P<w2>year-earlier|year-ago|year[-\s]end|year's\s+end|year-before))(?![a-z])", _F)),
]

# Every match but the bare units' starts at a word character (or the apostrophe of "'90s", a "$" or a bracket):
# a look-ahead saying so lets the regex engine skip the spaces and punctuation between words in C, which
# roughly halves the scan.
_FIRST_CHAR = r"(?=[\w'’$(])"
RULES = [(kind, rx if kind == "bareunits" else re.compile(_FIRST_CHAR + rx.pattern, rx.flags)) for kind, rx in RULES]

# Words that every match of a rule contains (lowercased; any one will do): a text without any of them is not
# scanned for that rule at all, which saves most of the scan for the rare rules.
GATES: dict[str, tuple[str, ...]] = {
    # (the first word of each Hijri month, with what may follow "rabi" and "dhu": "Arabic" holds no month)
    "hijri": ("muharram", "safar", "jumad", "rajab", "sha'b", "sha’b", "shab", "shaab", "ramad", "shawwal",
              *(f"{w}{sep}" for w in ("rabi", "dhu", "dhul") for sep in ("'", "’", " ", "-", "\n"))),
    "century": ("centur",),
    "turn": ("turn",),
    "half_unit": ("half",),
    "decade": ("0s", "0's", "0’s", "ties"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "weekof": ("week",),
    "weekofmonth": ("week",),
    "beforelast": ("last",),
    "earlyhours": ("hours", "morning", "afternoon", "evening", "night"),
    "days_per": ("days", "nights"),
    "dawn": ("dawn", "dusk", "sunrise", "sunset", "daybreak", "nightfall"),
    "wd_range": ("between", "from"),
    "md_range": ("between",),
    "weekon": ("week", "fortnight"),
    "relday": ("today", "tonight", "yesterday", "tomorrow", "overnight"),
    "podedge": ("morning", "afternoon", "evening"),
    "another": ("another", "additional", "more"),
    "atthetime": ("time",),
    "vague": ("days", "weeks", "months", "years", "decades", "quarters"),
    "period": ("period",),
    "quarter": ("quarter",),
    "half": ("half", "quarters"),
}

# Rules whose every match holds a unit word ("two weeks", "a year ago") are scanned only around the unit words,
# found in one pass: (chars before one, chars after it, the rule's groups that hold the unit). Where units are rare this saves most
# of the scan.
UNIT_WORD = re.compile(rf"\b{UNIT}", _F)
AROUND_UNITS: dict[str, tuple[int, int, tuple[str, ...]]] = {
    "duration": (160, 90, ("unit",)), "ago": (160, 60, ("unit",)),
    "bareunits": (40, 40, ("unit", "unit2", "unit3", "unit4", "unit5", "unit6", "unit7")),
}
