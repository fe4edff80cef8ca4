"""Temporal expressions: found by the rules in `timex_grammar`, normalized to TIMEX3 values.

Every rule runs once over the document text (compiled regular expressions, no per-token Python loops);
overlapping matches are settled longest first, and each survivor goes to the normalizer for its kind, which
may still reject it (a modal "may", an age-less "a second"). Direction for expressions such as "Tuesday" or
"in April" comes from the governing clause in spaCy's dependency parse (`tense`: tense, modal auxiliaries and
planning verbs). Reported speech re-anchors: in "X said on Sunday that he would ... on Tuesday", Tuesday is
counted from the Sunday.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span

from . import normalize as N
from . import event_tables, tables
from .tense import MOVED_TO, clause_direction, governing_verb, verb_direction
from .timex_grammar import AROUND_UNITS, GATES, MONTH, RULES, UNIT_WORD, WEEKDAY
from .types import Timex

_PRIORITY = {kind: i for i, (kind, _) in enumerate(RULES)}


class _NoAnchor(Exception):
    """The expression is relative and nothing anchors it."""


@dataclass(slots=True)
class _Res:
    type: str
    value: str | None
    mod: str | None = None
    end_value: str | None = None
    start: int | None = None  # span adjustments (e.g. "two days after": the "after" stays out)
    end: int | None = None
    relative: bool = False  # resolved against the anchor (or a reference time)
    reanchor: bool = False  # may re-anchor on the speech time in reported speech
    rerun: bool = False  # read again in text order, where the day last mentioned is known


_EDGE_MOD = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
             "late": "END", "end": "END", "first half": "START", "second half": "END"}
_APPROX_MOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "nearly": "APPROX",
               "roughly": "APPROX", "some": "APPROX", "close to": "APPROX", "almost": "LESS_THAN",
               "more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN",
               "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
               "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS"}
_YEAR_PREPS = {"in", "since", "by", "of", "until", "till", "before", "after", "from", "to", "through",
               "during", "for", "early", "late", "mid", "fiscal", "between", "and", "circa", "around", "year",
               "throughout", "into", "within", "as"}
_SPEECH_DEPS = {"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl"}


def _edge_mod(text: str | None) -> str | None:
    if not text:
        return None
    t = " ".join(text.lower().replace("-", " ").split())
    for key, mod in _EDGE_MOD.items():
        if key in t:
            return mod
    return None


def _approx_mod(text: str | None) -> str | None:
    if not text:
        return None
    return _APPROX_MOD.get(" ".join(text.lower().split()))


class _Ctx:
    """What a normalizer may read: the document, the anchor, the reference time, the clause direction."""

    def __init__(self, doc: Doc, anchor: datetime | date | None):
        self.doc = doc
        self.text = doc.text
        if isinstance(anchor, datetime):
            self.anchor_dt: datetime | None = anchor
            self.anchor_date: date | None = anchor.date()
        elif isinstance(anchor, date):
            self.anchor_dt = None
            self.anchor_date = anchor
        else:
            self.anchor_dt = None
            self.anchor_date = None
        self.ref: date | None = self.anchor_date  # last mentioned day (for "the next day", "that week")
        self.ref_unit = "day"  # how precise that mention was
        self.ref_pos: int | None = None  # where the text mentioned it (None: the anchor stands in)
        self.ref_end = -1
        self.story_day: date | None = None  # the latest day that dated a sentence's main verb
        self._sent_starts: list[int] | None = None
        self.speech: date | None = None  # speech time for re-anchoring in reported speech
        self.quarter: tuple[int, int, int] | None = None  # (offset, year, quarter) of the last quarter named
        self.reported: tuple[int, int] | None = None  # the latest finished quarter named: the one reported on
        self.fiscal_reported = False  # the quarter reported on was named by the company's fiscal count
        self.start = 0
        self.end = 0
        self._span: Span | None = None
        self.second_pass = False  # the pass in text order, where anaphora can be read
        self.last_weekday: tuple[int, date] | None = None  # (end, day) of the weekday last read in text order
        self.clock: tuple[int, datetime] | None = None  # (start, time) of the clock time last read in text order
        self.past_day: tuple[int, date] | None = None  # (start, day) of the last day named not after the anchor
        self.heading: tuple[int, date] | None = None  # (end, day) of the last line that is only a day

    # -- the anchor
    @property
    def a(self) -> date:
        if self.speech is not None:
            return self.speech
        if self.anchor_date is None:
            raise _NoAnchor
        return self.anchor_date

    @property
    def r(self) -> date:
        if self.ref is None:
            raise _NoAnchor
        return self.ref

    def day_ref(self) -> date:
        """The day last mentioned, when the text named one in this sentence or the one before: what "the
        next day", "the day before" and "a day earlier" count from. Otherwise they stay unresolved: the
        publication day would be a guess."""
        if self.ref is None or self.ref_unit != "day" or not self.ref_is_near():
            raise _NoAnchor
        return self.ref

    def day_in_view(self) -> date:
        """The day named in this sentence or the one before; read in text order with none, the anchor's."""
        try:
            return self.day_ref()
        except _NoAnchor:
            if not self.second_pass:
                raise
            return self.a

    def line_led_by_ref(self) -> bool:
        """Whether the day last named leads this expression's line ("Tuesday, July 1 -- ... at 12:01 a.m."): a
        chronology's line is on its day, whatever sentences the parser cuts it into."""
        if self.ref_pos is None or "\n" in self.text[self.ref_pos:self.start]:
            return False
        return self.text[self.text.rfind("\n", 0, self.ref_pos) + 1:self.ref_pos].strip(" \t-*•–—") == ""

    def ref_is_near(self) -> bool:
        """Whether the text named the reference time in this sentence or the one before."""
        return self.ref_pos is not None and self.near(self.ref_pos)

    def near(self, pos: int) -> bool:
        """Whether `pos` is in this sentence or the one before."""
        if self._sent_starts is None:
            self._sent_starts = [sent.start_char for sent in self.doc.sents]
        here = bisect_right(self._sent_starts, self.start)
        there = bisect_right(self._sent_starts, pos)
        return here - there <= 1

    def recent_quarter(self, reach: int = 400) -> tuple[int, int] | None:
        """The quarter the text was just talking about ("a year earlier" then means that quarter's). Words
        that can only mean a reporting period ("the year-earlier period") reach back through the document."""
        if self.quarter is None or self.start - self.quarter[0] > reach:
            return None
        if self.reported is not None and not self.same_sentence(self.quarter[0]):
            return self.reported  # "a flat second quarter" named in passing does not replace the third
        return self.quarter[1], self.quarter[2]

    def same_sentence(self, pos: int) -> bool:
        if self._sent_starts is None:
            self._sent_starts = [sent.start_char for sent in self.doc.sents]
        return bisect_right(self._sent_starts, self.start) == bisect_right(self._sent_starts, pos)

    # -- the parse
    def span(self) -> Span | None:
        if self._span is None:
            self._span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        return self._span

    def verb(self):
        """The verb the expression attaches to (`tense.governing_verb`), if any."""
        span = self.span()
        return governing_verb(span) if span is not None and len(span) else None

    def at(self, start: int, end: int) -> None:
        self.start, self.end, self._span = start, end, None

    def prev_word(self) -> str:
        i = self.start - 1
        text = self.text
        while i >= 0 and text[i] in " \t":
            i -= 1
        j = i
        while j >= 0 and (text[j].isalnum() or text[j] in "'$%"):
            j -= 1
        return text[j + 1:i + 1].lower() if i >= 0 else ""

    def prev_char(self) -> str:
        i = self.start - 1
        while i >= 0 and self.text[i] == " ":
            i -= 1
        return self.text[i] if i >= 0 else "\n"  # (the start of the text is a line start: never "in" a set of signs)

    def next_word(self) -> str:
        text = self.text
        i = self.end
        while i < len(text) and text[i] in " \t":
            i += 1
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] in "-"):
            j += 1
        return text[i:j].lower()

    def direction(self, coarse: bool = False) -> int:
        span = self.span()
        if span is None or not len(span):
            return N.NEAREST
        return clause_direction(span, coarse)


# ------------------------------------------------------------------------------------------- normalizers


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _ent(ctx: _Ctx) -> str:
    span = ctx.span()
    if span is None or not len(span):
        return ""
    return span.root.ent_type_


_MD_TOLERANCE = 30  # days a dated clause may contradict its tense before the year flips


def _year_of_md(ctx: _Ctx, month: int, day: int, direction: int) -> int:
    """The year of a month and day: the nearest occurrence, unless the clause's tense points the other
    way by more than a month ("will meet on March 3" said in April is next year's)."""
    a = ctx.a
    year = N.cycle_year(a.month * 32 + a.day, month * 32 + day, 12 * 32, a.year, N.NEAREST)
    if not _valid_day(year, month, day):
        return year
    gap = (date(year, month, day) - a).days
    if direction == N.PAST and gap > _MD_TOLERANCE or direction == N.FUTURE and gap < -_MD_TOLERANCE:
        return N.cycle_year(a.month * 32 + a.day, month * 32 + day, 12 * 32, a.year, direction)
    return year


_HABITUAL = {"traditionally", "usually", "typically", "normally", "generally", "customarily", "habitually",
             "invariably", "always", "often", "regularly"}
_EVERY = re.compile(r"\b(?:every|each)\s+(?:(?:two|three|four|five|six|other|\d+)\s+)?(?:years?|summer|winter|spring|autumn)\b",
                    re.I)
_CALENDAR_VERBS = {"end", "begin", "start", "run", "close", "fall"}


def _generic(ctx) -> bool:
    """Whether the clause tells what happens as a rule ("the worst weather traditionally comes in January",
    "elections are held every four years, on a Sunday in April", "its fiscal year ends on June 30"): its months
    and days are of no one year (XXXX)."""
    span = ctx.span()
    if span is None or not len(span):
        return False
    v = governing_verb(span)
    if v is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in v.children):
        return True
    if v.tag_ in ("VBZ", "VBP") and v.lemma_ in _CALENDAR_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() == "year" for c in v.children):
        return True  # "Calder's fiscal year ends on June 30"
    if v.tag_ not in ("VBZ", "VBP", "VBN") or any(t.lower_ in ("will", "'ll") for t in v.children):
        return False
    if v.tag_ != "VBN" and any(_per_year(t) and governing_verb(v.doc[t.i:t.i + 1]) is not None
                               and governing_verb(v.doc[t.i:t.i + 1]).i == v.i for t in v.subtree):
        return True  # "Kansas sees about 90 tornadoes a year, most of them in May"
    return any(t.lower_ in ("every", "each") and _EVERY.match(v.doc[t.i:t.i + 3].text)
               and governing_verb(v.doc[t.i:t.i + 1]) is not None and governing_verb(v.doc[t.i:t.i + 1]).i == v.i
               for t in v.subtree)  # "every four years" on this clause's own verb


_CLOCK_REACH = 600  # characters back that "ten minutes later" may count from a clock time


def _per_year(t) -> bool:
    """Whether the token tells a yearly rate: "annually", "yearly", "a year", "per year"."""
    return t.lower_ in ("annually", "yearly") or t.lower_ == "year" and t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "per")


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _day_num(s: str | None) -> int | None:
    if not s:
        return None
    digits = "".join(ch for ch in s if ch.isdigit())
    if not digits:  # "tenth", "twenty first"
        return tables.DAY_ORDINALS.get("-".join(s.lower().split()))
    return int(digits)


def _month(s: str) -> int | None:
    return tables.MONTHS.get(s.lower().rstrip("."))


def _weekday(s: str) -> int | None:
    return tables.WEEKDAYS.get(s.lower().rstrip("."))


def r_iso(m, ctx):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid_day(y, mo, d):
        return None
    if m["h"]:
        v = f"{y:04d}-{mo:02d}-{d:02d}T{m['h']}:{m['mi']}" + (f":{m['s']}" if m["s"] else "")
        return _Res("TIME", v)
    return _Res("DATE", f"{y:04d}-{mo:02d}-{d:02d}")


def r_numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    yy = int(y)
    if len(y) == 2:
        yy += 1900 if yy >= 50 else 2000
    if m["sep"] == ".":
        d, mo = a, b  # European 17.03.2025
    elif a > 12:
        d, mo = a, b
    elif b <= 12 and ctx.anchor_date is not None and (yy, b, a) == ctx.anchor_date.timetuple()[:3]:
        d, mo = a, b  # the header's "12/09/2025", read day first for the publication date: read it alike here
    else:
        mo, d = a, b  # US 03/17/2025
    if not _valid_day(yy, mo, d):
        return None
    return _Res("DATE", f"{yy:04d}-{mo:02d}-{d:02d}")


def _md(ctx, mon, d1, d2, mon2, y, wd, m):
    month = _month(mon)
    if month is None:
        return None
    if mon.lower().rstrip(".") in tables.AMBIGUOUS_MONTHS and not _cap(mon):
        return None
    day = _day_num(d1)
    if day is None or not 1 <= day <= 31:
        return None
    day2 = _day_num(d2)
    month2 = _month(mon2) if mon2 else month
    relative = False
    yrel = (m.groupdict().get("yrel") or "").lower()
    if y:
        year = int(y)
    elif yrel:  # "Sept. 30 last year"
        relative = True
        year = ctx.a.year + {"last": -1, "this": 0, "next": 1}[yrel]
    elif (line_year := _line_year(ctx)) is not None:  # "2019: ... on Aug. 3": the year the list line opens with
        year = line_year
    elif ctx.ref_unit == "month" and ctx.ref is not None and ctx.ref.month == month and ctx.ref_pos is not None \
            and ctx.same_sentence(ctx.ref_pos) and not wd:
        year = ctx.ref.year  # "travelled to New Delhi in January 2026 for the parade on Jan 26"
        relative = True
    else:
        relative = True
        weekday = _weekday(wd) if wd else None
        a = ctx.a
        rel = " ".join((m.groupdict().get("rel") or "").lower().split())
        if weekday:
            cands = [yy for yy in (a.year, a.year - 1, a.year + 1)
                     if _valid_day(yy, month, day) and date(yy, month, day).isoweekday() == weekday]
            year = cands[0] if cands else _year_of_md(ctx, month, day, ctx.direction())
        elif rel:  # "last Oct. 23": the one before the anchor; "next March 3" the one after
            direction = N.PAST if rel in ("last", "this past") else N.FUTURE
            year = N.cycle_year(a.month * 32 + a.day, month * 32 + day, 12 * 32, a.year, direction, strict=True)
        elif day2 is None and _generic(ctx):
            return _Res("DATE", f"XXXX-{month:02d}-{day:02d}")
        else:
            year = _year_of_md(ctx, month, day, N.NEAREST if _heads_list_line(ctx) else ctx.direction())
    if not _valid_day(year, month, day):
        return None
    end_value = None
    if day2 is not None:
        year2 = year + (1 if month2 < month else 0)
        if not _valid_day(year2, month2, day2) or date(year2, month2, day2) <= date(year, month, day):
            return None
        end_value = N.day_value(date(year2, month2, day2))
    return _Res("DATE", N.day_value(date(year, month, day)), end_value=end_value, relative=relative)


def r_mdy(m, ctx):
    if m["d1"][0].isalpha() and (not _cap(m["mon"]) or _noun_follows(ctx)):
        return None  # "they may first ask": a verb, not May 1; "the March second round": an ordinal
    if m["and"] and _day_num(m["d2"]) != (_day_num(m["d1"]) or 0) + 1:
        # "March 3 and 5" are two days, the first of them here; "on Oct 27 and 28" is one stretch
        r = _md(ctx, m["mon"], m["d1"], None, None, m["y"], m["wd"], m)
        if r is not None:
            r.end = m.end("d1")
        return r
    return _md(ctx, m["mon"], m["d1"], m["d2"], m["mon2"], m["y"], m["wd"], m)


def r_dmy(m, ctx):
    if ctx.prev_char() in "$£€#" or ctx.prev_word() in ("no", "number", "page", "vol"):
        return None
    if m["dw"] and not _cap(m["mon"]):
        return None
    if m["and"] and _day_num(m["d2"]) != (_day_num(m["d1"]) or 0) + 1:
        # "3 and 5 December" are two days: the second, with its month, is read alone
        r = _md(ctx, m["mon"], m["d2"], None, None, m["y"], None, m)
        if r is not None:
            r.start = m.start("d2")
        return r
    # "2 and 3 December", "Wednesday 1 - Thursday 2 December 2027": one stretch from the first day
    return _md(ctx, m["mon"], m["d1"] or m["dw"], m["d2"], None, m["y"], m["wd"], m)


def _md_day(ctx, mon, d1, wd, m) -> date | None:
    """The day a month and day name (with its weekday, if given), as `_md` resolves it."""
    r = _md(ctx, mon, d1, None, None, None, wd, m)
    return date.fromisoformat(r.value) if r is not None else None


def r_weekof(m, ctx):
    """"the week of March 6", "the weekend of 12-13 January": the week (or weekend) that holds the day."""
    r = _md(ctx, m["mon"] or m["mon3"], m["d1"] or m["d3"], None, None, m["y"], None, m)
    if r is None:
        return None
    return _Res("DATE", N.value_at(date.fromisoformat(r.value), m["wk"].lower()), relative=r.relative)


def r_earlyhours(m, ctx):
    """"The early hours of Sunday": the first hours of that day (its night, in TIMEX3 terms); "the evening of
    May 29": that day's evening."""
    if ctx.next_word() in tables.PARTS_OF_DAY:
        return None  # "the early hours of Thursday morning": "Thursday morning" says it
    y = m["y"] or m["y3"]
    if m["bare"]:
        if not ctx.second_pass:
            raise _NoAnchor  # (read again in text order, where the day in view is known)
        d = ctx.day_in_view()
    elif y:  # "the evening of March 19, 2003", "the early hours of 24 February 2022"
        month, day = _month(m["mon"] or m["mon3"]), _day_num(m["d1"] or m["d3"])
        if month is None or day is None or not _valid_day(int(y), month, day):
            return None
        d = date(int(y), month, day)
    elif m["mon"] or m["mon2"] or m["mon3"]:  # "the early hours of March 3", "... of Friday, Oct. 23", "of 8 January"
        d = _md_day(ctx, m["mon"] or m["mon2"] or m["mon3"], m["d1"] or m["d2"] or m["d3"], m["wd"], m)
        if d is None:
            return None
    elif m["rd"]:
        d = ctx.a + timedelta(days=_DAY_OFFSET.get(m["rd"].lower(), 0))  # "this morning": today
    else:
        if not _cap(m["wd"]):
            return None
        d = _weekday_in_clause(ctx, _weekday(m["wd"]))
    if m["pod"]:
        return _Res("TIME", N.day_value(d) + "T" + tables.PARTS_OF_DAY[m["pod"].lower()], relative=not y,
                    reanchor=not y)
    # the first hours of that day: written as the day, as our annotators (four of four) write it
    return _Res("DATE", N.day_value(d), mod="START", relative=not y, reanchor=not y)


def r_beforelast(m, ctx):
    """"The week before last": two weeks back (a weekend: the one before the last one)."""
    unit = m["unit"].lower()
    a = ctx.a
    if unit == "weekend":
        last = a - timedelta(days=a.isoweekday()) if a.isoweekday() < 6 else a - timedelta(days=7)
        return _Res("DATE", N.value_at(last - timedelta(days=7), "weekend"), relative=True)
    return _Res("DATE", N.value_at(N.shift(a, unit, -2), unit), relative=True)


def r_daynamed(m, ctx):
    """"The day before last Tuesday('s hearing)", "the day after March 3": the named day, one day on."""
    if m["mon"]:
        d = _md_day(ctx, m["mon"], m["d1"], None, m)
        if d is None:
            return None
    else:
        if not _cap(m["wd"]):
            return None
        rel = (m["rel"] or "").lower()
        if rel == "this":
            d = N.weekday_date(ctx.a, _weekday(m["wd"]), N.NEAREST)
        else:
            d = _weekday_in_clause(ctx, _weekday(m["wd"]), rel)
    step = -1 if m["dir"].lower() == "before" else 1
    return _Res("DATE", N.day_value(d + timedelta(days=step)), relative=True, reanchor=True)


_CLOCK_PREPS = {"at", "by", "until", "till", "around", "about", "from", "before", "after", "since", "to", "past"}
_FRACTIONS = {"half": 30, "quarter": 15, "a quarter": 15}


def r_hourpod(m, ctx):
    """Clock times read out: "4 in the morning", "nine o'clock in the evening", "ten-thirty this morning",
    "a quarter to six yesterday evening", "half past nine". On the day in view; a time already past on the
    publication day is the next day's when the clause looks ahead ("will leave at 4 in the morning")."""
    frac = " ".join((m["frac"] or "").lower().split())
    if m["ampm"] and not (frac or m["mi"]) and m["h"].isdigit():
        return None  # "10 a.m." is the digits rule's
    if not (frac and m["pp"].lower() in ("past", "after") or m["oc"] or m["pod"] or m["ampm"]) \
            and ctx.prev_word() not in _CLOCK_PREPS and not (m["mi"] and (m["rd"] or m["tn"] or m["wdp"])):
        return None  # "killed two this morning", "ten to one he loses": a count or odds, not a clock time
    h = int(N.number(m["h"]) or 0)
    mi = int(N.number(m["mi"]) or 0) if m["mi"] else 0
    if frac:
        mi = _FRACTIONS.get(frac) or int(N.number(frac) or 0)
        if m["pp"].lower() in ("to", "before"):
            h, mi = (h - 2) % 12 + 1, 60 - mi  # "a quarter to six": 5:45
    if h > 12 or mi > 59:
        return None
    tn = " ".join((m["tn"] or "").lower().split())
    pod = (m["pod"] or m["pod2"] or m["pod3"] or m["pod4"] or ("night" if tn else "")).lower()
    ampm = (m["ampm"] or "").lower().replace(" ", "").replace(".", "")
    if h == 12 and pod == "night":
        h = 24  # "twelve o'clock last night": midnight, the end of that day
    elif h == 12 and (ampm == "am" or pod == "morning"):
        h = 0
    elif ampm == "pm" or pod in ("afternoon", "evening") or pod == "night" and h >= 6:
        h = h % 12 + 12
    wd = (m["wd"] or m["wdp"] or "").lower() or {"this": "today", "last night": "yesterday"}.get((m["rd"] or tn).lower(),
                                                                                       (m["rd"] or tn).lower())
    if wd in _DAY_OFFSET:
        day = ctx.a + timedelta(days=_DAY_OFFSET[wd])
    elif wd:
        day = _weekday_in_clause(ctx, _weekday(wd))
    elif not m["pod"]:
        day = _clock_day(ctx)  # "at eight o'clock", "nine a.m.": as the digits rule reads "8 a.m."
    else:
        day = ctx.day_in_view()
        if not (ctx.ref_unit == "day" and ctx.ref_is_near()) and ctx.anchor_dt is not None \
                and ctx.anchor_dt.hour > h and ctx.direction() == N.FUTURE:
            day += timedelta(days=1)  # "will land at 4 in the morning", told in the evening: tomorrow's
    clock = "T24" if h == 24 else f"T{h:02d}:{mi:02d}"
    return _Res("TIME", N.day_value(day) + clock, mod=_approx_mod(m["approx"]), relative=True,
                reanchor=bool(m["wd"] or m["wdp"]))


def r_md_range(m, ctx):
    return _md(ctx, m["mon"], m["d1"], m["d2"], m["mon2"], m["y"], None, m)


def r_wd_range(m, ctx):
    w1 = _weekday(m["wd1"] or m["wd3"])
    w2 = _weekday(m["wd2"] or m["wd4"])
    if not (_cap(m["wd1"] or m["wd3"]) and _cap(m["wd2"] or m["wd4"])):
        return None
    direction = ctx.direction()
    first = N.weekday_date(ctx.a, w1, direction)
    last = first + timedelta(days=(w2 - w1) % 7)
    return _Res("DATE", N.day_value(first), end_value=N.day_value(last), relative=True, reanchor=True)


def r_month(m, ctx):
    mon = m["mon"]
    month = _month(mon)
    key = mon.lower().rstrip(".")
    if month is None or not _cap(mon):
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    if not (m["y"] or m["yrel"] or rel or m["edge"]):
        if len(key) <= 4 and key != "may" and key != "june" and key != "july":
            return None  # a bare abbreviation ("Jan") is too weak
        span = ctx.span()
        if span is not None and len(span):
            tok = span[-1]
            if tok.tag_ in ("MD", "VB", "VBP", "VBZ") or tok.pos_ == "VERB":
                return None
            if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"):
                return None
        if key == "may" and ctx.next_word() in ("be", "have", "not", "also", "well", "take", "want", "need"):
            return None
    mod = _edge_mod(m["edge"])
    relative = False
    if m["y"]:
        year = _year(m)
        if not 1000 <= year <= 2200:
            return None
    elif m["yrel"]:
        year = ctx.a.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        relative = True
    else:
        relative = True
        a = ctx.a
        if rel in ("last", "past", "this past", "the past"):
            year = N.cycle_year(a.month, month, 12, a.year, N.PAST, strict=True)
        elif rel in ("next", "coming", "this coming", "the coming"):
            year = N.cycle_year(a.month, month, 12, a.year, N.FUTURE, strict=True)
        elif rel == "this":
            year = a.year
        elif not mod and _line_year(ctx) is None and _generic(ctx):
            return _Res("DATE", f"XXXX-{month:02d}")  # "the worst weather traditionally comes in January"
        else:
            year = _bare_month_year(ctx, month)
    return _Res("DATE", N.month_value(year, month), mod=mod, relative=relative)


# "2019: ...", "- 2019: ...", "2006 - Iran resumes ..." (a factbox's dash)
_YEAR_HEADING = re.compile(r"[ \t]*[-–•*]?[ \t]*(?P<y>1[89]\d\d|20\d\d)[ \t]*(?::|[-–—][ \t])")
_LINE_MONTH_HEADING = re.compile(rf"[ \t]*[-–•*]?[ \t]*(?P<mon>{MONTH})[ \t]+(?:\d{{1,2}},?[ \t]+)?(?P<y>1[89]\d\d|20\d\d)"
                                 r"[ \t]*(?::|[-–—][ \t])", re.I)
_HEADS_LINE = re.compile(r"[ \t]*[-–•*]?[ \t]*$")
_LINE_ITEM_AFTER = re.compile(r"[ \t]*(?::|[-–—][ \t])")


def _heads_list_line(ctx) -> bool:
    """Whether the expression opens a dated list line ("April 2 - The sides announce a framework"): such a
    line is told in the historical present, so its tense says nothing of the year."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    return _HEADS_LINE.match(ctx.text[line_start:ctx.start]) is not None \
        and _LINE_ITEM_AFTER.match(ctx.text, ctx.end) is not None


def _line_year(ctx) -> int | None:
    """The year a dated list line opens with ("2019: A second attempt, in August, fails")."""
    m = _YEAR_HEADING.match(ctx.text, ctx.text.rfind("\n", 0, ctx.start) + 1)
    return int(m["y"]) if m and m.end() <= ctx.start else None


_ORDER_BEFORE = {"previous": N.PAST, "last": N.PAST, "preceding": N.PAST, "earlier": N.PAST, "prior": N.PAST,
                 "next": N.FUTURE, "following": N.FUTURE, "coming": N.FUTURE, "upcoming": N.FUTURE}


def _apposed_order(ctx) -> int | None:
    """"the previous meeting, in October", "the next round, in May": the month dates a noun set in order
    before it, whatever the verb ("builds on the results of ...")."""
    span = ctx.span()
    if span is None or not len(span) or span.start < 3:
        return None
    doc = span.doc
    if doc[span.start - 1].lower_ not in ("in", "on") or doc[span.start - 2].text != ",":
        return None
    noun = doc[span.start - 3]
    if noun.pos_ != "NOUN":
        return None
    return next((_ORDER_BEFORE[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in _ORDER_BEFORE),
                None)


def _bare_month_year(ctx, month: int) -> int:
    """The year of a month named alone: the year its list line opens with, else by the clause's direction."""
    line_year = _line_year(ctx)
    if line_year is not None:
        return line_year
    head = _LINE_MONTH_HEADING.match(ctx.text, ctx.text.rfind("\n", 0, ctx.start) + 1)
    if head is not None and head.end() <= ctx.start and _month(head["mon"]):
        # "November 2002 - Shipments are halted from December": the month nearest the line's own
        return N.cycle_year(_month(head["mon"]), month, 12, int(head["y"]), N.NEAREST)
    a = ctx.a
    direction = _apposed_order(ctx) or ctx.direction(coarse=True)
    if direction == N.PAST and month == a.month % 12 + 1:
        direction = N.NEAREST  # "told of a cutback in September" in August: the month to come
    return N.cycle_year(a.month, month, 12, a.year, direction)


def r_month_range(m, ctx):
    """"the January-March period", "from May to July 2024": two months, the year read from the last."""
    first, last = _month(m["mon"]), _month(m["mon2"])
    if first is None or last is None or first == last or not (_cap(m["mon"]) and _cap(m["mon2"])):
        return None
    relative = not m["y"]
    year2 = _year(m) if m["y"] else _bare_month_year(ctx, last)
    year1 = year2 - (1 if first > last else 0)
    return _Res("DATE", N.month_value(year1, first), end_value=N.month_value(year2, last), relative=relative)


_DAY_AFTER_ASIDE = re.compile(rf"[ \t]*(?:\([^()\n]{{1,24}}\)[ \t]*)?\)?[ \t]*,?[ \t]*(?:on[ \t]+)?"
                              rf"(?P<wd>{WEEKDAY}|(?-i:today|yesterday|tomorrow)(?![a-z]))", re.I)
_NAMED_TIMES = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}


def r_time(m, ctx):
    if ctx.prev_char() in "$£€#" or (ctx.prev_char().isdigit()):
        return None
    if m["named"]:
        if ctx.prev_word() == "high":
            return None  # "high noon": a showdown, not a clock time
        h, mi = _NAMED_TIMES[m["named"].lower()]
        sec = None
        if h == 24 and ctx.text[max(0, ctx.start - 12):ctx.start].lower().rstrip().endswith(("after", "past")):
            h = 0  # "shortly after midnight on Monday": the first hours of Monday (else T24, the day's end)
    elif m["h2"] is not None:
        h, mi, sec = int(m["h2"]), int(m["mi2"]), None
        if h > 24:
            return None
    elif m["hh"] is not None:
        h, mi, sec = int(m["hh"]), int(m["mm"]), None
    else:
        h, mi = int(m["h"]), int(m["mi"] or 0)
        sec = m["s"]
        ampm = m["ampm"].lower().replace(" ", "").replace(".", "")
        if h > 12 and ampm in ("am", "pm") or h == 0 and ampm == "pm":
            return None
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None
    # midnight as the end of its day is written as the hour alone ("T24"), as TimeBank writes it
    clock = "T24" if h == 24 else f"T{h:02d}:{mi:02d}" + (f":{sec}" if sec else "")
    relative = True
    wd = (m["wd"] or m["wd0"] or "").lower()
    if not wd and not (m["mon"] or m["mon2"] or m["rd2"] or m["hol"]):
        # "at about 10:35 a.m. (0735 GMT) Friday": the day after the aside is this time's, outside its span
        after = _DAY_AFTER_ASIDE.match(ctx.text, ctx.end)  # (a weekday capitalised; "today" as written)
        wd = after["wd"].lower() if after and (_cap(after["wd"]) or after["wd"].lower() in _DAY_OFFSET) else ""
    if m["wd0"] and not _cap(m["wd0"]):
        return None
    try:
        if m["mon"] or m["mon2"]:
            r = _md(ctx, m["mon"] or m["mon2"], m["d"] or m["d2"], None, None, m["y"], None, m)
            if r is None:
                return None
            day_v, relative = r.value, r.relative
        elif m["hol"]:  # "midnight on New Year's Eve"
            if not _cap(m["hol"]):
                return None
            d = _holiday_in_view(ctx, " ".join(m["hol"].lower().split()))
            if d is None:
                return None
            day_v = N.day_value(d)
        elif m["rd2"]:  # "at 6pm the following day": from the day just named
            step = m["rd2"].lower().split()[1]
            day_v = N.day_value(ctx.day_ref() + timedelta(days={"following": 1, "next": 1, "previous": -1}.get(step, 0)))
        elif wd in ("today", "tonight"):
            day_v = N.day_value(ctx.a)
        elif wd == "yesterday":
            day_v = N.day_value(ctx.a - timedelta(days=1))
        elif wd == "tomorrow":
            day_v = N.day_value(ctx.a + timedelta(days=1))
        elif wd:
            day_v = N.day_value(N.weekday_date(ctx.a, _weekday(wd), ctx.direction()))
        else:
            day = _clock_day(ctx)
            if h == 24 and day == ctx.a and ctx.direction() == N.PAST:
                day -= timedelta(days=1)  # "the extension ended at midnight GMT": the midnight just gone
            day_v = N.day_value(day)
    except _NoAnchor:
        return _Res("TIME", None, mod=_approx_mod(m["approx"]), relative=True)
    # "06:00 local time", "10:30 Seoul time": the gloss stays outside, unless a day follows it
    end = m.start("gloss") if m["gloss"] and not (m["wd"] or m["mon2"] or m["rd2"] or m["hol"]) else None
    return _Res("TIME", day_v + clock, mod=_approx_mod(m["approx"]), end=end, relative=relative)


def _quoted(ctx) -> bool:
    """Whether the expression stands inside a quotation opened in its paragraph."""
    before = ctx.text[ctx.text.rfind("\n", 0, ctx.start) + 1:ctx.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _around(rx: re.Pattern, text: str, units: list[int], before: int, after: int,
            groups: tuple[str, ...]) -> list[re.Match]:
    """The matches of a rule whose unit group is one of the unit words at `units`, scanning only a window
    around each (the same matches a scan of the whole text finds, at a fraction of the cost)."""
    out, seen, n = [], set(), len(text)
    for u in units:
        lo, hi = max(0, u - before), min(n, u + after)
        for m in rx.finditer(text, lo, hi):
            if any(m.start(g) == u for g in groups) and (m.start() > lo or lo == 0) and (m.end() < hi or hi == n) \
                    and m.span() not in seen:
                seen.add(m.span())
                out.append(m)
    return out


def _clock_day(ctx) -> date:
    """The day of a clock time that names none: the day its sentence names, else the day the story is on (a
    year or month named last is no day); a live blog's entry that opens with its time ("At 14:05 GMT, ...") is
    on the publication day, and a diary's items on their heading's day."""
    entry = _opens_paragraph(ctx) and ctx.ref_pos is not None and "\n" in ctx.text[ctx.ref_pos:ctx.start]
    day = ctx.a
    heading = ctx.heading if ctx.heading is not None and "\n\n" not in ctx.text[ctx.heading[0]:ctx.start] \
        else None  # "TUESDAY, Sept. 22" over a diary's items: their day, until a blank line
    if ctx.ref_unit == "day" and not entry and ctx.line_led_by_ref():
        return ctx.r  # "Tuesday, July 1 -- ... established at 12:01 a.m.": the day leading a chronology's line
    if ctx.ref_unit == "day" and ctx.ref_pos is not None and ctx.same_sentence(ctx.ref_pos) and not entry:
        day = ctx.r  # the day named in the sentence
    elif heading is not None:
        return heading[1]
    elif ctx.ref_unit == "day" and not entry:  # else the day the story is on
        day = ctx.story_day or ctx.r
        if ctx.ref_is_near() and abs((ctx.r - day).days) > 31:
            day = ctx.r  # "On Nov. 9, 1989, the Wall was opened. Officials announced it shortly before 7 p.m.":
            # a flashback the sentence before dated, far from the day the story is on
    if day > ctx.a and ctx.direction() in (N.PAST, N.CLOSEST):
        # "prices rose by midday", after a sentence about a day to come: the clock time is past, on the day
        # the story is on
        day = ctx.story_day if ctx.story_day is not None and ctx.story_day <= ctx.a else ctx.a
    return day


def _opens_paragraph(ctx) -> bool:
    """Whether the expression starts its line, "At" aside ("At 14:05 GMT, the ministry said")."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    return ctx.text[line_start:ctx.start].strip().lower() in ("", "at")


_WD_REL = {"last": (N.PAST, True), "past": (N.PAST, True), "this past": (N.PAST, True),
           "next": (N.FUTURE, True), "coming": (N.FUTURE, True), "this coming": (N.FUTURE, True)}


_DAY_OFFSET = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1}


def _label_direction(ctx) -> int | None:
    """A weekday alone on its line labels the item below it ("MONDAY" / "Doha: envoys meet ..." in a week-ahead
    list): the item's main verb gives the direction."""
    text = ctx.text
    line_start, line_end = text.rfind("\n", 0, ctx.start) + 1, text.find("\n", ctx.end)
    if line_end < 0 or text[line_start:ctx.start].strip() or text[ctx.end:line_end].strip(" \t:.-–"):
        return None
    next_end = text.find("\n", line_end + 1)
    while next_end >= 0 and not text[line_end:next_end].strip():  # skip blank lines
        next_end = text.find("\n", next_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    # the item's first finite verb ("Doha: envoys meet ...": the parser may take the place for the root); a
    # list in the present tense is a diary of what is to come, one in the past a record
    verb = next((t for t in ctx.doc if line_end < t.idx < next_end and (
        t.tag_ in ("VBP", "VBZ", "VBD", "MD") or t.tag_ == "VB" and t.dep_ == "ROOT")), None)
    if verb is None:
        return None
    return N.PAST if verb.tag_ == "VBD" or verb_direction(verb) == N.PAST else N.FUTURE


def _weekday_in_clause(ctx, wd: int, rel: str = "") -> date:
    """The weekday a clause means: "last"/"next" fix the direction; otherwise the clause's tense does, and
    the past when it says nothing (news mostly reports what happened)."""
    if rel in _WD_REL:
        direction, strict = _WD_REL[rel]
    else:
        direction, strict = _label_direction(ctx) or ctx.direction(), False
        if direction == N.NEAREST and _present_subject(ctx):
            direction = N.FUTURE  # "Saturday is devoted to foreign policy": a day of the programme ahead
        if direction == N.NEAREST:
            direction = DEFAULT_WEEKDAY_DIRECTION
        if direction == N.FUTURE and ctx.prev_word() == "to" and ctx.second_pass and ctx.ref_unit == "day" \
                and ctx.ref_pos is not None and ctx.same_sentence(ctx.ref_pos):
            verb = ctx.verb()
            if verb is not None and verb.lemma_ in MOVED_TO:
                # "had been set for Tuesday but was moved to Thursday": the Thursday after that Tuesday
                return N.weekday_date(ctx.r, wd, N.FUTURE, True)
    return N.weekday_date(ctx.a, wd, direction, strict)


def _present_subject(ctx) -> bool:
    """Whether the expression is the subject of a verb in the present ("Saturday is devoted to ...")."""
    span = ctx.span()
    if span is None or not len(span):
        return False
    v = span.root.head
    if span.root.dep_ == "npadvmod" and span.start == span.root.sent.start and v.lemma_ == "be":
        return v.tag_ in ("VBZ", "VBP")  # "Sunday is the deadline": the parser's subject of a copula
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return v.tag_ in ("VBZ", "VBP") or v.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are") for c in v.children)


def r_weekday(m, ctx):
    wd_text = m["wd"]
    if not _cap(wd_text):
        return None
    wd = _weekday(wd_text)
    if _ent(ctx) in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT"):
        return None
    rel = " ".join((m["rel"] or "").lower().split()).removesuffix(" on")  # "late on Sunday" is "late Sunday"
    pod = tables.PARTS_OF_DAY.get((m["pod"] or "").lower() or rel)  # "overnight Tuesday" is that night
    if m["plural"] or m["pods"]:  # "Mondays", "Tuesday nights"
        return _Res("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel)
    if rel.startswith("the "):  # "the previous Friday": counted from the day the text is on
        base = ctx.r if ctx.ref_unit == "day" else ctx.a
        d = N.weekday_date(base, wd, N.PAST if rel in ("the previous", "the preceding") else N.FUTURE, True)
        return _Res("DATE", N.day_value(d) + (f"T{pod}" if pod else ""), relative=True)
    if not rel and not pod and ctx.prev_word() == "a" and not _noun_follows(ctx) and not _falls_on(ctx):
        # "held on a Sunday": any Sunday, none in particular (but "in a Sunday interview": that Sunday's)
        return _Res("DATE", f"XXXX-WXX-{wd}")
    d = _weekday_in_clause(ctx, wd, rel)
    if not rel:
        d = _in_week_named(ctx, wd) or _after_paired_day(ctx, d)
    if ctx.second_pass:
        ctx.last_weekday = (ctx.end, d)
    if pod:
        return _Res("TIME", N.day_value(d) + f"T{pod}", mod=mod, relative=True, reanchor=True)
    return _Res("DATE", N.day_value(d), mod=mod, relative=True, reanchor=True)


# "last week, on Wednesday", "earlier this week on Tuesday": the weekday is in the week just named
_WEEK_BEFORE = re.compile(r"\b(?P<rel>last|next|this|the\s+previous|the\s+following)[ \t]+week,?[ \t]+(?:on[ \t]+)?$", re.I)
# "on Monday and Tuesday", "Monday or Tuesday": the second day of a pair follows the first
_PAIRED_DAY = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def _in_week_named(ctx, wd: int) -> date | None:
    m = _WEEK_BEFORE.search(ctx.text, max(0, ctx.start - 30), ctx.start)
    if m is None or ctx.anchor_date is None:
        return None
    step = {"last": -7, "the previous": -7, "next": 7, "the following": 7}.get(" ".join(m["rel"].lower().split()), 0)
    monday = ctx.a - timedelta(days=ctx.a.weekday()) + timedelta(days=step)
    return monday + timedelta(days=wd - 1)


def _after_paired_day(ctx, d: date) -> date:
    if ctx.second_pass and ctx.last_weekday is not None:
        end, first = ctx.last_weekday
        if end < ctx.start and _PAIRED_DAY.match(ctx.text[end:ctx.start]) and ctx.a <= d < first:
            return d + timedelta(days=7)
    return d


_WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def r_weekon(m, ctx):
    """"Thursday week" / "a week on Thursday" / "a week from Thursday": a week after the coming Thursday ("a
    fortnight" two); "a week last Thursday" and "a week yesterday" (British) count back instead."""
    wd_text = m["wd1"] or m["wd2"]
    if wd_text and not _cap(wd_text):
        return None
    weeks = _WEEK_COUNTS[(m["n"] or "a").lower()] * (2 if (m["u1"] or m["u2"]).lower() == "fortnight" else 1)
    rel = (m["rel"] or "").lower()
    if m["rd"]:
        rd = m["rd"].lower()
        base = ctx.a + timedelta(days=_DAY_OFFSET[rd])
        # (British "a week yesterday" counts back, and so does "it was a week today")
        back = not m["from"] and (rd == "yesterday" or rd == "today" and ctx.direction() == N.PAST)
    else:
        back = rel == "last"
        base = N.weekday_date(ctx.a, _weekday(wd_text), N.PAST if back else N.FUTURE, rel in ("last", "next"))
    d = base + timedelta(days=7 * weeks * (-1 if back else 1))
    return _Res("DATE", N.day_value(d), relative=True)


# A weekday whose clause gives no direction: news mostly reports what happened.
DEFAULT_WEEKDAY_DIRECTION = N.PAST


def r_relday(m, ctx):
    day = m["day"].lower()
    edge = (m["edge"] or "").lower()
    offset = _DAY_OFFSET[day]
    if m["dba"]:
        offset += -1 if m["dba"].lower() == "before" else 1
    reanchor = False
    base = ctx.a
    if day == "overnight" and not m["dba"]:
        # "the overnight attack" in a past-tense clause: the night before the day in view (one named in the
        # same sentence, else the speech or publication day)
        reanchor = True
        if ctx.direction() == N.PAST:
            offset = -1
            if ctx.second_pass and ctx.speech is None:
                try:  # only a day named in the same sentence: "overnight" is otherwise last night
                    base = ctx.day_ref() if ctx.same_sentence(ctx.ref_pos) else base
                except _NoAnchor:
                    pass
                if base == ctx.a - timedelta(days=1):
                    base = ctx.a  # "banned yesterday, ... broke the rules overnight": the night just gone
    if not reanchor and _quoted(ctx):
        reanchor = True  # said on Friday: "we meet again tomorrow": the speaker's tomorrow, Saturday
    d = base + timedelta(days=offset)
    # "yesterday afternoon", "mid-afternoon yesterday"
    pod = tables.PARTS_OF_DAY.get((m["pod"] or m["pod0"] or "").lower()) or tables.PARTS_OF_DAY.get(day)
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(edge)
    if pod:
        return _Res("TIME", N.day_value(d) + f"T{pod}", mod=mod, relative=True, reanchor=reanchor)
    return _Res("DATE", N.day_value(d), mod=mod, relative=True, reanchor=reanchor)


_REL_OFFSET = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
               "preceding": -1, "this past": -1, "next": 1, "coming": 1, "following": 1, "this coming": 1}


def r_relunit(m, ctx):
    pre = " ".join(m["pre"].lower().split())
    unit = " ".join(m["unit"].lower().split())
    words = pre.split()
    edge = None
    for e in ("earlier", "later", "early", "late", "mid", "the end of", "the beginning of", "the start of",
              "the middle of"):
        if pre.startswith(e):
            edge = e
            pre = pre[len(e):].strip(" -")
            break
    has_the = pre.startswith("the ")
    rel = pre[4:] if has_the else pre
    if rel == "that same":
        rel = "same"  # "that same day"
    mod = _edge_mod(edge) if edge not in ("earlier", "later") else None
    fiscal = "fiscal" in unit or "fiscal" in m[0].lower()
    if unit == "fiscal year":
        unit = "year"
    if unit in ("season", "half"):
        return None
    if unit == "fortnight":  # "the next fortnight", "last fortnight": two weeks, which no calendar value names
        return _Res("DURATION", "P2W") if rel in _REL_OFFSET and rel not in ("this", "current", "the current") else None
    # anaphoric: that day, the same week, the following day: counted from the last mentioned day
    anaphoric = rel in ("same", "that", "following", "preceding") or (has_the and rel in ("next", "previous"))
    finer = unit not in ("year", "fiscal year", "decade", "century") and (
        ctx.ref_unit == "year" or ctx.ref_unit == "month" and unit != "month")
    base = ctx.r if anaphoric and not finer else ctx.a
    if anaphoric and (unit == "day" or unit in ("morning", "afternoon", "evening", "night") and rel != "that"):
        base = ctx.day_ref()  # "the next day", "the same day", "the following morning"
        if base > ctx.a and ctx.past_day is not None and ctx.same_sentence(ctx.past_day[0]) \
                and _told_in_past(ctx):
            # "said on Monday that talks would resume on Thursday, but the airline called off the session the
            # following morning": what is told in the past follows the past day, not the one still to come
            base = ctx.past_day[1]
    offset = _REL_OFFSET.get(rel, 0)
    if rel in ("past", "last") and has_the and not edge or (rel == "past" and not edge and not words[0] == "this"):
        # "the past week", "the last year", "past week": a stretch back from now
        if unit in tables.UNITS:
            return _Res("DURATION", N.duration_value(1, unit), relative=False)
    if rel in ("next", "coming") and has_the and not edge and unit in ("decade", "century"):
        return _Res("DURATION", N.duration_value(1, unit), relative=False)  # "the coming decade": ten years ahead
        if unit in ("morning", "afternoon", "evening", "night"):
            return None
    if unit in ("morning", "afternoon", "evening", "night"):
        if rel in ("last",) and unit == "night":
            d = base - timedelta(days=1)
        elif rel in ("this", "that", "same"):
            d = base
        elif rel in ("next", "following"):
            d = base + timedelta(days=1)
        elif rel in ("previous", "preceding"):
            d = base - timedelta(days=1)
        else:
            return None
        return _Res("TIME", N.day_value(d) + "T" + tables.PARTS_OF_DAY[unit], mod=mod, relative=True)
    if unit == "day":
        if rel in ("last", "past", "this", "current"):
            return None
        return _Res("DATE", N.day_value(base + timedelta(days=offset)), mod=mod, relative=True)
    if unit == "weekend":
        wd = base.isoweekday()
        if rel in ("last", "past", "previous", "this past", "preceding"):
            d = base - timedelta(days=7) if wd < 6 else base - timedelta(days=7)
            if wd < 6:
                d = base - timedelta(days=wd)  # the weekend just gone
        elif rel in ("next", "following"):
            d = base + timedelta(days=7)
        else:  # this weekend, that weekend
            d = base
        return _Res("DATE", N.value_at(d, "weekend"), mod=mod, relative=True)
    if unit == "week" and rel == "this" and edge in (None, "later") and base == ctx.a and base.isoweekday() == 7 \
            and (edge == "later" or ctx.direction() == N.FUTURE):
        offset = 1  # "will fly to Canada this week", told on a Sunday: the week that starts tomorrow
    d = N.shift(base, unit, offset)
    v = N.value_at(d, unit)
    return _Res("DATE", v, mod=mod, relative=True)


def r_inthe(m, ctx):
    unit = m["unit"].lower()
    edge = (m["edge"] or "").lower()
    mod = _edge_mod(edge) if edge not in ("earlier", "later") else None
    a = ctx.a
    if m["full"]:  # "the full year": the (fiscal) year being reported
        return _Res("DATE", f"{a.year:04d}", relative=True) if unit == "year" and not edge else None
    if m["latest"]:  # "the latest fiscal year": the last one completed
        return _Res("DATE", f"{a.year - 1:04d}", relative=True) if unit == "year" and not edge else None
    if unit == "day" and not (edge and " in " in m[0].lower()):
        return None  # "the day he died", "carried the day": only "earlier in the day" and the like
    if unit in tables.PARTS_OF_DAY or unit == "day":  # "in the morning", "later in the day": of the day in view
        if unit != "day" and not edge and ctx.prev_word() not in ("in", "during", "by", "until", "through",
                                                                  "throughout", "into"):
            return None  # ("late in the afternoon", "early in the morning": that part of the day in view)
        if unit != "day" and edge and edge not in ("early", "late", "earlier", "later"):
            return None
        if unit == "night" and (edge or ctx.prev_word() not in ("through", "into", "throughout", "during")):
            return None  # "worked through the night", "continued into the night" (not "the night of the attack")
        if unit == "night" and ctx.second_pass and not (ctx.ref_unit == "day" and ctx.ref_is_near()):
            # no day in view: the night the story is on, else the night just gone when told in the past
            day = ctx.story_day or (a - timedelta(days=1) if _told_in_past(ctx) else a)
            return _Res("TIME", N.day_value(day) + "TNI", relative=True)
        try:
            day = ctx.day_ref()
            if unit == "day" and ctx.story_day is not None:
                day = ctx.story_day  # "later in the day": the day the story is on, not a day named in passing
        except _NoAnchor:
            if not ctx.second_pass:
                raise
            day = a
            if unit == "day" and ctx.ref_unit == "day" and ctx.ref_pos is not None:
                day = ctx.story_day or ctx.ref  # the day the story is on, however far back it was named
        if unit == "day":
            return _Res("DATE", N.day_value(day), mod=mod, relative=True)
        return _Res("TIME", N.day_value(day) + "T" + tables.PARTS_OF_DAY[unit], mod=mod, relative=True)
    if unit == "weekend":
        direction = ctx.direction()
        wd = a.isoweekday()
        if wd >= 6:
            d = a
        elif direction == N.FUTURE or direction == N.CLOSEST and wd >= 4:
            d = a  # "gave them until the weekend", told on a Thursday or Friday: the one ahead
        else:
            d = a - timedelta(days=wd)
        return _Res("DATE", N.value_at(d, "weekend"), mod=mod, relative=True)
    if not edge:
        if unit == "week" and ctx.prev_word() in ("for", "during", "of", "and", "in", "over", "through"):
            # "for the week", "the week's most active session": the week of the day being reported (a month or
            # year named last is no such day)
            return _Res("DATE", N.value_at(ctx.r if ctx.ref_unit == "day" else ctx.a, "week"), relative=True)
        if unit != "year":
            return None
        if ctx.next_word() in ("ended", "ending") or ctx.prev_word() in ("over", "throughout"):
            return _Res("DURATION", "P1Y")  # "the year ended March 31": twelve months, not a calendar year
        return _Res("DATE", N.value_at(ctx.r, unit), relative=True)
    base = ctx.r
    if ctx.ref_pos is not None and base < ctx.a and (ctx.direction() == N.FUTURE or _since_till_now(ctx)):
        # "met on Thursday ... will return later in the week": this week, not that one; "has been briefed
        # since the start of the year" (after "in June 2024"): a stretch up to now, so this year
        base = ctx.a
    return _Res("DATE", N.value_at(base, unit), mod=mod, relative=True)


def r_hijri(m, ctx):
    """"on 9 Ramadan", "24 Rabi' al-Akhir 1448 AH": the Gregorian day (Umm al-Qura calendar). Without a year,
    the occurrence the clause's tense points to, else the nearest."""
    name = m["hm"] or m["hm2"]
    if not _cap(name):
        return None
    month = tables.HIJRI_MONTHS.get(re.sub(r"[\s-]+", " ", name.lower().replace("’", "'")).replace("al ", "al-"))
    day = int(m["d"] or m["d2"])
    if month is None or not 1 <= day <= 30:
        return None
    if m["y"]:
        d = N.hijri_to_gregorian(int(m["y"]), month, day)
        return _Res("DATE", N.day_value(d)) if d else None
    a = ctx.a
    here = N.gregorian_to_hijri_year(a)
    if here is None:
        return None
    days = [d for d in (N.hijri_to_gregorian(y, month, day) for y in (here - 1, here, here + 1)) if d]
    if not days:
        return None
    direction = ctx.direction()
    if direction == N.PAST and any(d <= a for d in days):
        d = max(d for d in days if d <= a)
    elif direction == N.FUTURE and any(d >= a for d in days):
        d = min(d for d in days if d >= a)
    else:
        d = min(days, key=lambda c: abs((c - a).days))
    return _Res("DATE", N.day_value(d), relative=True)


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1, "final": -1}


def r_nthwd(m, ctx):
    """"the first Monday in October": that weekday of the month (the month's year as for the month alone)."""
    if not (_cap(m["wd"]) and _cap(m["mon"])):
        return None
    month, wd, n = _month(m["mon"]), _weekday(m["wd"]), _NTH[m["o"].lower()]
    year = _year(m) if m["y"] else _bare_month_year(ctx, month)
    d = N.nth_weekday(year, month, wd, n)
    if d.month != month:  # no fifth Monday that month
        return None
    return _Res("DATE", N.day_value(d), relative=not m["y"])


def r_turn(m, ctx):
    """"at the turn of the century": the year the century turned (2000, or 1900 for the 20th's own turn)."""
    o = (m["ord"] or "").lower()
    if o in ("20th", "twentieth"):
        return _Res("DATE", "1900", mod="APPROX")
    if o in ("19th", "nineteenth"):
        return _Res("DATE", "1800", mod="APPROX")
    if o or ctx.anchor_date is None:
        return _Res("DATE", "2000", mod="APPROX") if o else _Res("DATE", None, relative=True)
    return _Res("DATE", "2000" if ctx.a.year >= 1950 else "1900", mod="APPROX", relative=True)


def r_another(m, ctx):
    """"cannot wait another week", "an additional year": a stretch of one unit (not "to fight another day",
    which names no length)."""
    unit = N.unit_name(m["unit"])
    if unit not in tables.UNITS or m["unit"].lower().endswith("s") or unit == "weekend":
        return None
    if unit == "day" and ctx.prev_word() in ("fight", "live", "see", "for"):
        return None  # "live to fight another day", "a story for another day"
    return _Res("DURATION", N.duration_value(1, unit))


def r_dawn(m, ctx):
    """"fighting began at dawn": the day in view (named in this sentence or the one before, else the story's)."""
    wd = (m["wd"] or "").lower()
    if wd in _DAY_OFFSET:  # "at dawn tomorrow"
        day = ctx.a + timedelta(days=_DAY_OFFSET[wd])
    elif wd:  # "at dawn Monday"
        if not _cap(m["wd"]):
            return None
        day = _weekday_in_clause(ctx, _weekday(wd))
    elif not ctx.second_pass:  # (read again in text order, where that day is known)
        return _Res("TIME", None, start=m.start("pod"), relative=True)
    else:
        try:
            day = ctx.day_ref()
        except _NoAnchor:
            day = ctx.story_day or ctx.a
    # (the preposition is a signal, outside the expression)
    return _Res("TIME", N.day_value(day) + "T" + tables.PARTS_OF_DAY[m["pod"].lower()], start=m.start("pod"),
                relative=True)


def r_podedge(m, ctx):
    """"full by mid-afternoon", "in late morning": that part of the day the text is on (the day named in
    this sentence or the one before, else the publication day)."""
    if ctx.prev_word() in ("a", "the", "an"):
        return None  # "a mid-morning meeting", "the late afternoon light": no day in view to give it
    if m["wd"] and _cap(m["wd"]):  # "late afternoon on Tuesday"
        day = _weekday_in_clause(ctx, _weekday(m["wd"]))
    elif m["wd"]:
        return None
    else:
        day = ctx.day_in_view()
    mod = {"early": "START", "late": "END", "mid": "MID"}[m["edge"].lower()]
    return _Res("TIME", N.day_value(day) + "T" + tables.PARTS_OF_DAY[m["pod"].lower()], mod=mod, relative=True)


def _falls_on(ctx) -> bool:
    """"July 4 falls on a Saturday": the weekday of a day just named, not any Saturday."""
    v = ctx.verb()
    return v is not None and v.lemma_ == "fall"


def _told_in_past(ctx) -> bool:
    """Whether the expression's own verb is a simple past ("called off the session the following morning")."""
    v = ctx.verb()
    return v is not None and v.tag_ == "VBD"


def _since_till_now(ctx) -> bool:
    """"has been briefed since the start of the year": a present perfect counting from "since" up to now."""
    if ctx.prev_word() != "since":
        return False
    v = ctx.verb()
    return v is not None and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in v.children)


def _count(m) -> float | None:
    """The number of units, with "and a half" added ("a year and a half" is 1.5 years)."""
    n = N.number(m["n"])
    return n + 0.5 if n is not None and m["half"] else n


def r_ago(m, ctx):
    n = _count(m)
    unit = N.unit_name(m["unit"])
    if unit not in tables.UNITS:
        return None
    direction = " ".join(m["dir"].lower().split())
    if direction == "on":  # "Three years on, ...": later than the time just told
        if ctx.second_pass and not (ctx.ref_pos is not None and ctx.ref_is_near()):
            # "Fifteen years on, the code is unsigned" with no time told before it: how long since, as a stretch
            return _Res("DURATION", N.duration_value(n, unit), mod=_approx_mod(m["approx"]), end=m.end("unit"))
        direction = "later"
    mod = _approx_mod(m["approx"])
    signal = m.start("dir")  # where the expression ends when the signal stays outside it
    while signal > m.start() and ctx.text[signal - 1] == " ":
        signal -= 1
    if direction in ("earlier", "later") and _THAN.match(ctx.text, m.end()):
        # "held two days later than planned": a delay measured, not a day
        return _Res("DURATION", N.duration_value(n, unit), mod=mod, end=signal)
    if direction in ("before", "after", "since"):
        # "two days after the vote": the stretch is the expression; the signal stays outside
        day = _day_after_event(m, ctx, n, unit, direction)
        if day is not None:
            return _Res("DATE", N.day_value(day), mod=mod, end=signal, relative=True)
        return _Res("DURATION", N.duration_value(n, unit), mod=mod, end=signal, rerun=direction != "since")
    if n is None:
        if direction in ("earlier", "later"):  # "a few days later": a stretch; the signal stays outside
            return _Res("DURATION", N.duration_value(None, unit), mod=mod, end=signal)
        type_ = "TIME" if unit in ("hour", "minute", "second") else "DATE"  # "a few minutes ago": a time of day
        return _Res(type_, "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF", relative=True)
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    if unit == "year" and n == 1 and sign < 0 and ctx.recent_quarter() is not None:
        y, q = ctx.recent_quarter()
        return _Res("DATE", f"{y - 1:04d}-Q{q}", mod=mod, relative=True)
    base = ctx.a if direction in ("ago", "back", "from now", "hence") else ctx.r
    days = {"week": 7 * n, "hour": n / 24}.get(unit)
    if direction in ("earlier", "later") and days and days == int(days):
        # "The first session was held a week earlier", "retook the ship 48 hours later", after a day named:
        # whole days from it (read in text order, where that day is known)
        if not ctx.second_pass:
            raise _NoAnchor
        try:
            return _Res("DATE", N.day_value(ctx.day_ref() + timedelta(days=sign * int(days))), mod=mod,
                        relative=True)
        except _NoAnchor:
            pass
    if unit == "day" and direction in ("earlier", "later"):
        try:
            base = ctx.day_ref()  # "a day earlier": from the day just mentioned, never from publication
        except _NoAnchor:  # no such day (read in text order): what the text still says is how long
            if not ctx.second_pass:
                raise
            return _Res("DURATION", N.duration_value(n, unit), mod=mod, end=signal)
    if unit in ("hour", "minute", "second"):
        if direction in ("earlier", "later"):
            if not ctx.second_pass:
                raise _NoAnchor  # (read again in text order, where the clock time told last is known)
            if ctx.clock is not None and (ctx.near(ctx.clock[0]) or ctx.start - ctx.clock[0] < _CLOCK_REACH) \
                    and n == int(n):
                # "took off at about 1:00 pm and landed about two hours later": that clock time, moved on (the
                # clock time told last, a few sentences back at most)
                step = {"hour": 3600, "minute": 60, "second": 1}[unit] * int(n) * sign
                t = ctx.clock[1] + timedelta(seconds=step)
                return _Res("TIME", t.strftime("%Y-%m-%dT%H:%M"), mod=mod, relative=True)
            return _Res("DURATION", N.duration_value(n, unit), mod=mod, end=signal)  # no clock time to count from
        if ctx.anchor_dt is not None and ctx.speech is None:
            step = {"hour": 3600, "minute": 60, "second": 1}[unit]
            t = ctx.anchor_dt + timedelta(seconds=sign * n * step)
            return _Res("TIME", t.strftime("%Y-%m-%dT%H:%M"), mod=mod, relative=True)
        return _Res("DATE", N.day_value(base), mod=mod, relative=True)
    if unit == "weekend":
        return None
    if unit == "year" and n != int(n):  # "a year and a half ago": a month, not a year
        unit, n = "month", n * 12
    years = n * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 0)
    if not 0 < base.year + sign * years < 10000:  # "two thousand years ago": before year 1, which TIMEX3 can't write
        return _Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, relative=True)
    d = N.shift(base, unit, sign * n)
    gran = unit if unit not in ("decade", "century") else "year"
    if unit == "year" and m["dir"].lower() in ("earlier", "later") and ctx.second_pass and ctx.ref_unit == "month" \
            and ctx.ref_pos is not None and ctx.ref_is_near():
        gran = "month"  # "in July 2011 ... A year later": July 2012, as fine as the time it counts from
    return _Res("DATE", N.value_at(d, gran), mod=mod, relative=True)


_DURATION_VERBS = {"give", "grant", "allow", "have", "need", "take", "get", "offer", "last", "spend", "extend",
                   "require", "wait", "remain", "stay", "continue"}


def _day_after_event(m, ctx, n, unit, direction) -> date | None:
    """"Two days after the summit, the leaders met": a day, counted from the day the text just mentioned
    (the summit's, as a rule), when there is one in this sentence or the one before. "Gave them two days
    after the ruling" stays a duration; so does anything without such a day."""
    if not ctx.second_pass or ctx.anchor_date is None or n is None or direction not in ("after", "before"):
        return None
    if unit == "hour" and n % 24 == 0:  # "48 hours after the shooting": whole days
        unit, n = "day", n // 24
    if unit not in ("day", "week") or n * (7 if unit == "week" else 1) > 21 or n != int(n):
        return None
    span = ctx.doc.char_span(m.start("dir"), m.end("dir"), alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    sig = span[0]
    if sig.dep_ != "prep" or not any(c.dep_ == "pobj" for c in sig.children):
        return None  # "90 days after it began": the clause dates itself
    if sig.head.lemma_ in _DURATION_VERBS:
        return None
    try:
        ref = ctx.day_ref()
    except _NoAnchor:
        return None
    if not ctx.same_sentence(ctx.ref_pos) and not _named_near_ref(ctx, sig):
        return None  # "ten days before the shooting", after a sentence dating something else
    ref_span = ctx.doc.char_span(ctx.ref_pos, ctx.ref_end, alignment_mode="expand")
    ref_verb = governing_verb(ref_span) if ref_span is not None and len(ref_span) else None
    own_verb = sig.head if sig.head.pos_ in ("VERB", "AUX") else governing_verb(sig.doc[sig.head.i:sig.head.i + 1])
    if ref_verb is not None and own_verb is not None and _one_clause(ref_verb, own_verb):
        # "rejected the plan on Tuesday, nine days before a summit", "to take effect on Monday at 9:45pm, 48 hours
        # after the signing": a gap from that day, not a day
        return None
    days = int(n) * (7 if unit == "week" else 1)
    return ref + timedelta(days=days if direction == "after" else -days)


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether the expression is its line, give or take a bullet and punctuation ("TUESDAY, Sept. 22")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip(" \t-•*") and not text[end:line_end].strip(" \t:.-–")


def _one_clause(v1, v2) -> bool:
    """The same verb, or one completing the other ("is to take effect": "is" and "take")."""
    return v1.i == v2.i or v1.dep_ == "xcomp" and v1.head.i == v2.i or v2.dep_ == "xcomp" and v2.head.i == v1.i


def _named_near_ref(ctx: _Ctx, sig) -> bool:
    """Whether the happening after "before"/"after" is told in the sentence of the day last named ("The
    summit opened on Monday. Two days after the summit ..."): same word, or same stem (shot, shooting)."""
    obj = next((c for c in sig.children if c.dep_ == "pobj"), None)
    ref_span = ctx.doc.char_span(ctx.ref_pos, ctx.ref_end, alignment_mode="expand")
    if obj is None or ref_span is None or not len(ref_span):
        return False
    stem, kind = obj.lemma_.lower()[:5], _happening_kind(obj)
    return any(t.lemma_.lower()[:5] == stem or kind is not None and _happening_kind(t) == kind
               for t in ref_span.sent if t.is_alpha and t.i != ref_span.start)


def _happening_kind(tok) -> str | None:
    """The kind of happening a word names ("met" and "the talks" both tell of a meeting)."""
    lemma = tok.lemma_.lower()
    kind = event_tables.VERB_KINDS.get(lemma) if tok.pos_ == "VERB" else event_tables.NOUN_KINDS.get(lemma)
    return "meeting" if kind in ("talks", "summit") else kind


_DAYREL_CLAUSE = {"that", "and", "but", "he", "she", "they", "it", "we", "officials", "police"}


def r_dayrel(m, ctx):
    """"The day before", "the day after": a day from the one just mentioned (TimeML leaves the signal
    outside the expression). "Oct. 12, the day before the crash" is that day itself; "the day before the
    vote" with no such apposition names a day we cannot count to, and is left out."""
    step = -1 if m["dir"].lower() == "before" else 1
    after = ctx.text[m.end("dir"):m.end("dir") + 12].lstrip().lower()
    first = after.split(" ", 1)[0].strip(",.;:")
    # "tomorrow, the day after, whenever they want": nothing follows, so the day after the one just named
    alone = (not after or after[0] in ",.;:)!?\"'”") or first in ("whenever", "or", "and", "at", "in")
    if not ctx.second_pass:
        return _Res("DATE", None, relative=True, rerun=True)  # decided in text order
    if alone:
        return _Res("DATE", N.day_value(ctx.day_ref() + timedelta(days=step)), relative=True)
    if ctx.ref_pos is not None and ctx.text[ctx.ref_end:ctx.start].strip() == ",":
        return _Res("DATE", N.day_value(ctx.day_ref()), relative=True)
    if first[:1].isalpha() and first not in _DAYREL_CLAUSE:
        # "the day after his death": counted, like "two days after the summit", from the day the text
        # just named (the event's, as a rule); with no such day there is nothing to count from
        nxt = ctx.doc.char_span(m.end("dir") + 1, m.end("dir") + 1 + len(first), alignment_mode="expand")
        if nxt is None or not len(nxt) or nxt[0].tag_ == "VBG":
            return None  # "later in the day before returning home": a clause, not a day
        try:
            return _Res("DATE", N.day_value(ctx.day_ref() + timedelta(days=step)), relative=True)
        except _NoAnchor:
            return None
    return _Res("DATE", N.day_value(ctx.day_ref() + timedelta(days=step)), relative=True)


def _money_or_number_before(ctx) -> bool:
    w = ctx.prev_word()
    if not w:
        return False
    if w[0].isdigit() or w[-1].isdigit() or w[0] in "$£€" or w in ("percent", "cents", "dollars", "times",
                                                                   "%", "million", "billion", "once", "twice",
                                                                   "euros", "pounds", "yen", "points"):
        return True
    return w in tables.NUMBER_WORDS and w not in ("a", "an")


def _counted_noun_before(ctx) -> bool:
    """"Hundreds of interviews a day", "two flights a week": a rate after a plural noun."""
    span = ctx.span()
    if span is None or not len(span) or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.tag_ in ("NNS", "NNPS") and span.root.dep_ == "npadvmod"


def r_duration(m, ctx):
    pc = ctx.prev_char()
    if pc and (pc.isdigit() or pc in ",.$") and ctx.text[ctx.start - 1:ctx.start] in ",.":
        return None  # the tail of 1,000 or 3.5
    n_text = m["n"].lower()
    unit = N.unit_name(m["unit"])
    if unit not in tables.UNITS:
        return None
    if unit == "second" and not any(ch.isdigit() for ch in n_text) and n_text in ("a", "an", "one", "the"):
        return None
    if unit == "quarter" and ctx.next_word() == "of":
        return None
    if n_text in ("a", "an") and unit != "weekend" and not m["det"] and not m["rel"] and not m["approx"]:
        if _money_or_number_before(ctx) or _counted_noun_before(ctx):
            pod = tables.PARTS_OF_DAY.get(m["unit"].lower())  # "eight hours a night": each night
            return _Res("SET", f"XXXX-XX-XXT{pod}" if pod else tables.SET_UNITS.get(unit, "P1Y"))
        if ctx.prev_word() in ("once", "twice", "thrice", "per"):
            return None
    n = _count(m)
    end_value = None
    if m["n2"]:
        n2 = N.number(m["n2"])
        if n is not None and n2 is not None:
            n = None if n2 < n else n  # "two to three weeks": from two weeks to three
            if n is not None and n2 > n:
                end_value = N.duration_value(n2, unit)
    if unit == "weekend":
        return None
    mod = _approx_mod(m["approx"])
    if m["suffix"] and m["suffix"].lower() == "-old" or ctx.next_word() in ("old", "olds"):
        return None  # an age, not a stretch of time
    if m["suffix"] and n_text in ("a", "an") and not m["det"] and not m["rel"] and not m["approx"]:
        n1 = None if m["unit"].lower().endswith("s") else 1  # "a decades-long feud": how many is not said
        return _Res("DURATION", N.duration_value(n1, unit), start=m.start("unit"))  # "a day-long strike"
    if n is None and not m["rel"] and not m["det"] and n_text in ("some", "more"):
        return None
    if m["rel"] and m["rel"].lower() == "last" and not m["det"] and not m["approx"]:
        span = ctx.doc.char_span(m.start("rel"), m.end("rel"), alignment_mode="expand")
        if span is not None and len(span) and span[0].pos_ in ("VERB", "AUX"):
            return _Res("DURATION", N.duration_value(n, unit), mod=mod, start=m.start("n"))  # "will last 30 days"
    if n is not None and (n > 10000 or 1500 <= n <= 2100 and m["n"].isdigit() and unit == m["unit"].lower()):
        return None  # "the 1988 quarter": a year, not a count
    if (t := _TIME_SUFFIX.match(ctx.text, m.end())) and ctx.prev_word() == "in" and n is not None and not m["rel"]:
        # "in six months' time": the day, month or year that far ahead
        gran = unit if unit in ("day", "week", "month", "year") else "day"
        d = N.shift(ctx.a, unit, n) if unit in ("day", "week", "month", "year") else ctx.a
        return _Res("DATE", N.value_at(d, gran), mod=mod, end=t.end(), relative=True)
    value = N.duration_value(n, unit)
    if m["n3"]:  # "three years and eight months": one stretch, both parts counted
        total = N.add_durations(value, N.duration_value(N.number(m["n3"]) if m["n3"].lower() not in ("a", "an")
                                                        else 1, N.unit_name(m["unit3"])))
        if total is None:  # "two days and a night": only the first is a count of units
            cut = ctx.text.rfind(" and", m.start(), m.start("n3"))
            return _Res("DURATION", value, mod=mod, end_value=end_value, end=cut - (ctx.text[cut - 1] == ","))
        value = total
    return _Res("DURATION", value, mod=mod, end_value=end_value)


_HALF_UNIT = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y", "minute": "PT30S"}


def r_at_the_time(m, ctx):
    """"at the time": a past time the text refers back to, which TimeML writes PAST_REF."""
    if ctx.next_word() == "that":
        # "said at the time that ..." reports what was said then; "at the time that the deal was signed"
        # is a time the clause defines, no reference of its own
        span = ctx.span()
        i = span[0].i if span is not None and len(span) else 0
        if i < 2 or span.doc[i - 2].lemma_ not in tables.REPORTING_VERBS:
            return None
    return _Res("DATE", "PAST_REF")


def r_days_per(m, ctx):
    """"six days a week": a set repeating each week (how many times is TimeML's freq, not the value)."""
    return _Res("SET", "P1W" if m["per"].lower() == "week" else "P1M")


def r_half_unit(m, ctx):
    """"half an hour": the stretch in the next smaller unit (PT30M), as TIMEX3 durations are written."""
    return _Res("DURATION", _HALF_UNIT[m["unit"].lower()], mod=_approx_mod(m["approx"]))


_THAN = re.compile(r"\s+than\b", re.I)
_TIME_SUFFIX = re.compile(r"(?:'|\u2019|'s|\u2019s)\s+time\b")


def r_bareunits(m, ctx):
    if m["unit2"]:  # "weeks after the election": only when nothing counts them ("two weeks after")
        span = ctx.doc.char_span(m.start("unit2"), m.end("unit2"), alignment_mode="expand")
        if span is None or len(span) != 1 or ctx.prev_word() in ("of", "the") \
                or any(c.i < span.start and c.lower_ not in ("only", "just") for c in span[0].children):
            return None  # "eight trading days", "the first days", "a matter of days before"
        if m["ago"]:  # "weeks ago", "minutes ago": some time back, no count to go by
            unit = N.unit_name(m["unit2"])
            return _Res("TIME" if unit in ("hour", "minute") else "DATE", "PAST_REF")
    if m["long"]:  # "a day-long strike", "decades-long feud"
        plural = m["unit3"].lower().endswith("s")
        unit = N.unit_name(m["unit3"])
        if unit not in tables.UNITS:
            return None
        return _Res("DURATION", N.duration_value(None if plural else 1, unit))
    counted = m["unit4"] or m["unit5"] or m["unit7"]
    if counted:  # "after weeks of talks", "had taken months": nothing may count them ("the first weeks of")
        key = "unit4" if m["unit4"] else "unit5" if m["unit5"] else "unit7"
        span = ctx.doc.char_span(m.start(key), m.end(key), alignment_mode="expand")
        if span is None or len(span) != 1 or ctx.prev_word() in ("the", "these", "those", "final", "last", "first") \
                or any(c.i < span.start and c.dep_ != "punct" for c in span[0].children):
            return None
    if m["unit6"]:  # "days or weeks", "days, not months": the second of two stretches; the "or" stays out
        if not _UNITS_BEFORE.search(ctx.text, 0, m.start()):
            return None
        return _Res("DURATION", tables.VAGUE_DURATION[N.unit_name(m["unit6"])], start=m.start("unit6"))
    unit = N.unit_name(m["unit"] or m["unit2"] or counted)
    start = m.start("unit5") if m["unit5"] else None  # "had taken months": the verb stays outside
    return _Res("DURATION", tables.VAGUE_DURATION[unit], start=start)


_UNITS_BEFORE = re.compile(r"\b(?:days|weeks|months|years|hours|decades)$", re.I)


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 4}


def r_quarter(m, ctx):
    mods = m["mods"].lower().replace("-", " ").split()
    det = m[0].lower().split()[0] if m[0] else ""
    named_year = m["y"] or m["y3"]
    if not mods and not m["yrel"] and not named_year and det not in ("the", "its", "this", "that", "last", "next"):
        return None
    if ctx.next_word() in ("of", "mile", "century", "note", "hour", "inch", "point", "percent"):
        # "a quarter of the vote" is a share; "the third quarter of $226 million" is a reporting period
        after = ctx.text[ctx.end:ctx.end + 40].lower().split()
        money = len(after) > 1 and after[0] == "of" and after[1][:1] in "$£€¥" and any(w in _ORD_Q for w in mods)
        if not m["y"] and not m["yrel2"] and not m["y2"] and not money:
            return None
    q = next((_ORD_Q[w] for w in mods if w in _ORD_Q), None)
    year = None
    relative = False
    for w in mods:
        if w.isdigit() and len(w) == 4:
            year = int(w)
    if m["y"] or m["y2"] or m["y3"]:
        year = int(m["y"] or m["y2"] or m["y3"])  # "the third quarter of 1990", "2013's first quarter"
    a = None
    if year is None:
        a = ctx.a
        relative = True
        if m["yrel"] or m["yrel2"]:
            year = a.year + {"this": 0, "last": -1, "next": 1}[(m["yrel"] or m["yrel"] or m["yrel2"]).lower()]
    if q is None:
        if year is not None and not relative:
            recent = ctx.recent_quarter()
            return _Res("DATE", f"{year}-Q{recent[1]}") if recent else None
        a = ctx.a
        cur = date(a.year, (N.quarter_of(a) - 1) * 3 + 1, 1)
        if year is not None:  # "last year's quarter": the quarter being reported, a year back
            recent = ctx.recent_quarter()
            q = recent[1] if recent else N.quarter_of(N.shift(cur, "quarter", -1))
            return _Res("DATE", f"{year:04d}-Q{q}", relative=True)
        if "year" in mods or "ago" in mods or "earlier" in mods:
            recent = ctx.recent_quarter(len(ctx.text))  # "the year-ago quarter": the reported one, a year back
            if recent is not None:
                return _Res("DATE", f"{recent[0] - 1:04d}-Q{recent[1]}", relative=True)
            d = N.shift(cur, "quarter", -1)
            d = N.shift(d, "year", -1)
        elif det == "next" or "next" in mods:
            d = N.shift(cur, "quarter", 1)
        elif det in ("this",) or "current" in mods:
            d = cur
        else:  # the quarter, the latest quarter, last quarter, that quarter: the one just reported
            if ctx.fiscal_reported and ctx.reported is not None:  # by the company's own count
                return _Res("DATE", f"{ctx.reported[0]:04d}-Q{ctx.reported[1]}", relative=True)
            d = N.shift(cur, "quarter", -1)
        return _Res("DATE", N.value_at(d, "quarter"), relative=True)
    if year is None and "fiscal" in mods:
        year = ctx.a.year  # "its fiscal fourth quarter": the company's count, labelled with the year it is told in
        if "year" in mods or "earlier" in mods or "ago" in mods:
            year -= 1
    if year is None:
        a = ctx.a
        direction = ctx.direction()
        year = N.cycle_year(N.quarter_of(a), q, 4, a.year, N.PAST if direction == N.PAST else N.NEAREST)
        if "year" in mods or "earlier" in mods or "ago" in mods:
            year -= 1
    return _Res("DATE", f"{year:04d}-Q{q}", relative=relative)


def r_half(m, ctx):
    """"the second half of 2024", "the first two quarters of 1990": a half year."""
    h = 1 if (m["h"] or m["h2"]).lower() in ("first", "1st") else 2
    if m["y"]:
        return _Res("DATE", f"{m['y']}-H{h}")
    a = ctx.a
    if m["yrel"]:
        year = a.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    else:
        year = a.year
        if ctx.next_word() in ("of",) and not m[0].lower().endswith("year"):
            return None
        if ctx.next_word() in _GAME_WORDS:
            return None  # "a first-half penalty", "the second half of play": a match's half, not the year's
    return _Res("DATE", f"{year:04d}-H{h}", relative=True)


_GAME_WORDS = {"penalty", "goal", "goals", "header", "strike", "try", "tries", "touchdown", "lead", "equaliser",
               "equalizer", "substitute", "substitution", "red", "yellow", "injury", "stoppage", "performance",
               "display", "brace", "save", "chance", "chances", "possession", "break"}


def _noun_follows(ctx) -> bool:
    """Whether the expression is a modifier of the noun after it ("the 14th hole", "2019-2021 euros")."""
    span = ctx.span()
    if span is None or not len(span) or span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    return nxt.pos_ in ("NOUN", "PROPN") and _month(nxt.text) is None


def r_qcode(m, ctx):
    part, n = (m["p"] or m["p2"]).upper(), int(m["n"] or m["n2"])
    if part == "H" and n > 2 or part == "Q" and m["n2"] and not (m["y"] or m["y2"]):
        return None  # "H3" is no half; "3Q" alone is too weak
    y = m["y"] or m["y2"]
    if y:
        return _Res("DATE", f"{y}-{part}{n}")
    if part == "H" or ctx.prev_word() not in ("in", "for", "the", "during", "by", "of", "since", "until"):
        return None  # "H1" or "Q4" alone is a name as often as a date
    a = ctx.a
    year = N.cycle_year(N.quarter_of(a), n, 4, a.year, N.PAST if ctx.direction() == N.PAST else N.NEAREST)
    return _Res("DATE", f"{year:04d}-Q{n}", relative=True)


def r_yrange(m, ctx):
    y1, y2 = int(m["y1"]), m["y2"]
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if not 1000 <= y1 < y2 <= 2200 or y2 - y1 > 100:
        return None
    if _ent(ctx) not in ("DATE", "") or ctx.prev_char() in "$£€#" or _noun_follows(ctx):
        return None
    return _Res("DATE", f"{y1:04d}", end_value=f"{y2:04d}")


def r_dayonly(m, ctx):
    """"On the 14th": a day of the month the text is on (the anchor's, or a month just named)."""
    day = int(m["d"])
    if _noun_follows(ctx):
        return None
    base = ctx.r if ctx.ref_pos is not None and ctx.ref_unit in ("day", "month") else ctx.a
    y, mo = base.year, base.month
    if base is ctx.a or ctx.ref_pos is None:
        direction = ctx.direction()
        if direction == N.PAST and day > ctx.a.day:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        elif direction == N.FUTURE and day < ctx.a.day:
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    if not _valid_day(y, mo, day):
        return None
    return _Res("DATE", N.day_value(date(y, mo, day)), relative=True)


def r_wdnth(m, ctx):
    """"Friday the 15th": the month near the anchor whose 15th is a Friday, in the clause's direction
    ("Tuesday, the 24th round of talks" is a weekday and a count)."""
    if not _cap(m["wd"]) or _noun_follows(ctx):
        return None
    wd, day, a = _weekday(m["wd"]), int(m["d"]), ctx.a
    direction = ctx.direction()
    days = []
    for k in range(-6, 7):
        y, mo = divmod(a.year * 12 + a.month - 1 + k, 12)
        if _valid_day(y, mo + 1, day) and date(y, mo + 1, day).isoweekday() == wd:
            days.append(date(y, mo + 1, day))
    if direction == N.PAST:
        days = [d for d in days if d <= a] or days
    elif direction == N.FUTURE:
        days = [d for d in days if d >= a] or days
    if not days:
        return None
    return _Res("DATE", N.day_value(min(days, key=lambda d: abs((d - a).days))), relative=True)


_WEEK_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5}


def r_weekofmonth(m, ctx):
    month = _month(m["mon"])
    if month is None or not _cap(m["mon"]):
        return None
    if m["y"]:
        year = int(m["y"])
    else:
        a = ctx.a
        year = N.cycle_year(a.month, month, 12, a.year, ctx.direction(coarse=True))
    # A week belongs to the month that holds its Thursday (ISO 8601's rule): the Nth week holds the month's
    # 4th, 11th, 18th or 25th, and the last week the day three before the month's end.
    n = _WEEK_ORD[m["o"].lower()]
    if n == 5:
        d = date(year, month, calendar.monthrange(year, month)[1] - 3)
    else:
        d = date(year, month, 7 * n - 3)
    return _Res("DATE", N.value_at(d, "week"), relative=not m["y"])


def _spelled_year_ok(m, ctx) -> bool:
    """A year read out is a count when it quantifies a noun ("nineteen hundred troops"); "two thousand" is a
    year only after a year word or preposition ("the year two thousand", "in two thousand and three")."""
    span = ctx.span()
    if span is not None and len(span) and span.root.dep_ == "nummod" and span.root.head.tag_ in ("NNS", "NNPS"):
        return False
    if ctx.next_word() in ("people", "of", "more", "or", "to", "and") and not (
            ctx.prev_word() in ("from", "between") and ctx.next_word() in ("to", "and")):
        return False  # (but "from nineteen eighty-seven to nineteen eighty-nine" is a span of years)
    if m["ys"].lower().startswith("two") and not m["fiscal"]:
        return ctx.prev_word() in _YEAR_PREPS and ctx.prev_word() not in ("for", "to", "and", "as", "around")
    return True


def _year(m, group: str = "y") -> int:
    return N.year_number(m[group]) or 0


def r_year(m, ctx):
    if m["ys"]:
        if not _spelled_year_ok(m, ctx):
            return None
        y = _year(m, "ys")
        return _Res("DATE", f"{y:04d}", mod=_edge_mod(m["edge"])) if 1000 <= y <= 2200 else None
    y = int(m["y"])
    if ctx.prev_char() in "$£€#" or ctx.prev_word() in ("no", "number", "route", "flight", "room", "model"):
        return None
    strong = bool(m["edge"] or m["fiscal"])
    if not strong:
        pw = ctx.prev_word()
        ent = _ent(ctx)
        if ent not in ("DATE", "") and ent != "EVENT":
            return None
        span = ctx.span()
        nxt = ctx.next_word()
        if nxt in ("people", "troops", "soldiers", "members", "workers", "votes", "cars", "feet", "meters",
                   "miles", "tons", "dollars", "shares", "acres", "kilometers", "units", "jobs", "barrels"):
            return None
        if not (ent == "DATE" or pw in _YEAR_PREPS or pw.endswith("'s")):
            if span is None or not len(span) or span.root.dep_ not in ("pobj", "npadvmod", "nmod", "compound",
                                                                        "appos", "ROOT", "nsubj", "poss"):
                return None
    if not 1000 <= y <= 2200:
        return None
    return _Res("DATE", f"{y:04d}", mod=_edge_mod(m["edge"]))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def r_decade(m, ctx):
    if m["c"]:
        v = f"{m['c']}{m['d']}X"
    elif m["d2"]:
        d = int(m["d2"])
        c = 19 if d > 2 else 20
        v = f"{c}{d}X"
    else:  # "the nineties", "the nineteen-nineties", "the twenty-twenties"
        century = {"eighteen": 18, "twenty": 20}.get((m["cw"] or "").lower(), 19)
        v = f"{century}{_DECADE_WORDS[m['w'].lower()]}X"
    if not m["c"] and _AGE_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return None  # "in their seventies and eighties", "in her early 70s": an age, not a decade
    return _Res("DATE", v, mod=_edge_mod(m["edge"]))


_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]*)?"
                         r"(?:[a-z]+ties\s+(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]*)?)?$", re.I)


def r_century(m, ctx):
    o = m["ord"].lower()
    n = _day_num(o) if o[0].isdigit() else tables.ORDINALS.get(o)
    if not n or n > 30 or o in ("last", "final"):
        return None
    return _Res("DATE", f"{n - 1:02d}", mod=_edge_mod(m["edge"]))


def _season_subject(span) -> bool:
    """"the summer would be decisive": a season alone as the subject of a clause that looks ahead (not "the
    spring in the mountains is cold", a spring of water)."""
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ != "det" for c in span.root.children):
        return False
    return any(c.tag_ == "MD" for c in span.root.head.children)


def r_season(m, ctx):
    s = m["s"].lower()
    code = tables.SEASONS[s]
    rel = " ".join((m["rel"] or "").lower().split())
    span = ctx.span()
    if span is not None and len(span):
        tok = span[-1]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" and not rel:
            if not m["y"]:
                return None
    if not (rel not in ("", "the") or m["y"] or m["edge"]) and ctx.prev_word() not in (
            "in", "during", "since", "until", "by", "this", "next", "last", "through", "over", "throughout", "for",
            "after", "before", "till") and not _season_subject(span):
        return None  # (but "said that the summer would be decisive": the season is what the clause is about)
    mod = _edge_mod(m["edge"])
    if m["y"]:
        return _Res("DATE", f"{_year(m):04d}-{code}", mod=mod)
    if rel in ("that", "the following", "the previous"):
        # "In 1947 ... That summer": the season of the year just told (none named: no value to give);
        # "the previous summer" after a day (or the publication day): the last summer before it
        if not ctx.second_pass or ctx.ref_pos is None and rel == "that":
            return _Res("DATE", None, relative=True)  # (read again in text order, where the year is known)
        step = {"that": 0, "the following": 1, "the previous": -1}[rel]
        if ctx.ref_pos is None or ctx.ref_unit != "year":
            base = ctx.a if ctx.ref_pos is None else ctx.r
            if step == 0:
                return _Res("DATE", f"{base.year:04d}-{code}", mod=mod, relative=True)
            year = N.season_year(base, code, N.PAST if step < 0 else N.FUTURE, strict=True)
            return _Res("DATE", f"{year:04d}-{code}", mod=mod, relative=True)
        return _Res("DATE", f"{ctx.r.year + step:04d}-{code}", mod=mod, relative=True)
    a = ctx.a
    if rel in ("last", "past", "this past"):
        year = N.season_year(a, code, N.PAST, strict=True)
    elif rel in ("next", "coming", "this coming"):
        year = N.season_year(a, code, N.FUTURE, strict=True)
    elif rel == "this":
        year = N.season_year(a, code, N.NEAREST)
    elif not mod and _generic(ctx):
        return _Res("DATE", f"XXXX-{code}")
    elif ctx.second_pass and ctx.ref_unit in ("month", "year") and ctx.ref_pos is not None \
            and ctx.same_sentence(ctx.ref_pos) and ctx.r.year < a.year and ctx.direction() == N.PAST:
        # "charged in June 2023 and sentenced in the autumn": the season of the year the story is in
        year = ctx.r.year if ctx.ref_unit == "year" else N.season_year(ctx.r, code, N.NEAREST)
    else:
        year = N.season_year(a, code, ctx.direction())
    return _Res("DATE", f"{year:04d}-{code}", mod=mod, relative=True)


_OTHER_CALENDARS = {"lunar", "chinese", "persian", "iranian", "jewish", "hebrew", "islamic", "hijri", "orthodox",
                    "tamil", "thai", "vietnamese", "korean", "tibetan", "ethiopian", "coptic", "julian"}


_NEW_YEAR_FEASTS = {"holiday", "holidays", "celebration", "celebrations", "festivities", "eve", "day", "party",
                    "parties", "message", "address", "speech", "honours", "honors", "fireworks", "break"}


def r_holiday(m, ctx):
    name = " ".join(m["h"].lower().split())
    if name == "new year" and (m["rel"] or "").lower() == "the" and not m["y"] and not m["wk"] \
            and ctx.text[ctx.end:ctx.end + 1] not in "'’" and ctx.next_word() not in _NEW_YEAR_FEASTS:
        # "in the new year": the year about to begin (or just begun), not the first of January
        return _Res("DATE", str(ctx.a.year + (1 if ctx.a.month >= 7 else 0)), relative=True)
    if not _cap(m["h"]) or ctx.prev_word() in _OTHER_CALENDARS:
        return None  # "the Lunar New Year", "Orthodox Easter": another calendar's day, not this one
    rel = (m["rel"] or "").lower()
    # "after the Thanksgiving holiday": "the" belongs to the noun, the holiday's name is the expression
    start = m.start("h") if rel == "the" and not m["wk"] and _noun_follows(ctx) else None
    if m["y"]:
        d = N.holiday_date(name, int(m["y"]))
        return _Res("DATE", _holiday_value(d, m["wk"])) if d else None
    d = _holiday_in_view(ctx, name, rel, bool(m["wk"]))
    return _Res("DATE", _holiday_value(d, m["wk"]), start=start, relative=True) if d else None


def _holiday_in_view(ctx, name: str, rel: str = "", week: bool = False) -> date | None:
    """The holiday's day nearest the anchor on the side its tense or "last"/"next" points to."""
    a = ctx.a
    direction = {"last": N.PAST, "next": N.FUTURE}.get(rel, ctx.direction())
    this_year = N.holiday_date(name, a.year)
    if this_year is None:
        return None
    nearest = min((N.holiday_date(name, y) for y in (a.year - 1, a.year, a.year + 1)), key=lambda c: abs((c - a).days))
    if week and not rel and abs((nearest - a).days) <= 7:
        direction = N.NEAREST  # "as Easter week began": the week may have begun before the holiday itself
    if not rel and abs((nearest - a).days) <= _MD_TOLERANCE:
        direction = N.NEAREST  # "three weeks left before Election Day": a tense may not fling it a year away
    if direction == N.PAST:
        return this_year if this_year <= a else N.holiday_date(name, a.year - 1)
    if direction == N.FUTURE:
        return this_year if this_year >= a else N.holiday_date(name, a.year + 1)
    return nearest


def _holiday_value(d: date, wk: str | None) -> str:
    """The holiday's day, or its week ("Easter week") or weekend ("Thanksgiving weekend", "Labor Day
    weekend": a Monday holiday's weekend is the one before it)."""
    if not wk:
        return N.day_value(d)
    if wk.lower() == "week":
        return N.value_at(d, "week")
    return N.value_at(d - timedelta(days=2) if d.isoweekday() == 1 else d, "weekend")


def r_set(m, ctx):
    if m["adv"]:
        return _Res("SET", tables.FREQUENCY_WORDS[m["adv"].lower()])
    q = m["q"].lower()
    unit_text = m["unit"]
    wd = _weekday(unit_text)
    if q in ("a", "an", "per") and not m["times"]:
        if q != "per" and not _money_or_number_before(ctx):
            return None
    every_other = (m["n"] or "").lower()
    if every_other in ("few", "several"):  # "every few days": a set whose step is not said
        if q not in ("every", "each"):
            return None
        unit = N.unit_name(unit_text)
        return _Res("SET", N.duration_value(None, unit)) if unit in tables.UNITS else None
    k = {"other": 2, "second": 2, "third": 3, "": 1}.get(every_other)
    if k is None:
        k = int(N.number(every_other) or 1)
    if wd and "." not in unit_text or (wd and unit_text.endswith(".")):
        if not _cap(unit_text):
            return None
        pod = tables.PARTS_OF_DAY.get((m["wdpod"] or "").lower())
        return _Res("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))  # "every Saturday morning"
    month, season = _month(unit_text), tables.SEASONS.get(unit_text.lower())
    if month or season:  # "every July", "each spring"
        if q not in ("every", "each") or month and not _cap(unit_text) or every_other:
            return None
        return _Res("SET", f"XXXX-{month:02d}" if month else f"XXXX-{season}")
    pod = tables.PARTS_OF_DAY.get(unit_text.lower())
    if pod:
        return _Res("SET", f"XXXX-XX-XXT{pod}")  # "every night", "eight hours a night": that part of each day
    unit = N.unit_name(unit_text)
    if unit not in tables.UNITS:
        return None
    if unit == "weekend" and k == 1:
        return _Res("SET", "XXXX-WXX-WE")  # "every weekend": the calendar's weekends, as "every Monday"
    if k == 1:
        return _Res("SET", tables.SET_UNITS.get(unit, "P1Y"))
    return _Res("SET", N.duration_value(k, unit))


def r_ref(m, ctx):
    w = " ".join(m["w"].lower().split())
    if w == "soon" and (ctx.prev_word() in ("as", "how", "too") or ctx.next_word() in ("after", "as")):
        return None  # "soon after the vote": the signal of a relation, not a reference to the future
    if w == "recently" and ctx.prev_word() in ("most", "as"):
        return None  # "most recently in 1995", "as recently as December": the date that follows is the time
    if w == "now" and m["w"] == "Now" and ctx.text[ctx.end:ctx.end + 1] == ",":
        return None  # "Now, ...": a discourse marker opening the sentence
    if w in ("the past", "the future"):
        if ctx.next_word() in ("tense", "perfect", "of"):
            return None  # "the future of our peoples": a topic, not a time
        span = ctx.span()
        if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
            return None  # "the future looks bleak"
    return _Res("DATE", tables.REFERENCE_WORDS[w])


def r_vague(m, ctx):
    if m["ref"]:  # "future quarters", "past generations": no stretch is measured, only which side of now
        return _Res("DATE", "FUTURE_REF" if m["ref"].lower() == "future" else "PAST_REF")
    unit = N.unit_name(m["unit"] or m["unit3"])  # "coming weeks", "the weeks ahead"
    if m["w"] and m["w"].lower() == "recent" and unit in ("year", "decade"):
        # "in recent years": a vague past, not a measured stretch (TimeBank and our sets write PAST_REF);
        # "recent weeks" stays a span of weeks
        return _Res("DATE", "PAST_REF")
    return _Res("DURATION", tables.VAGUE_DURATION.get(unit, "PXY"))


def r_yearago(m, ctx):
    w = (m["w"] or m["w2"] or "year-ago").lower()  # "the quarter a year ago" is the year-ago quarter
    if w.replace("'s", "").split() == ["year", "end"]:
        w = "year-end"  # "year end", "year's end"
    what = " ".join((m["what"] or m["what2"] or "").lower().split())
    if what in ("nine months", "six months"):
        return _Res("DURATION", N.duration_value(N.number(what.split()[0]), "month"))
    a = ctx.a
    reach = len(ctx.text) if what in ("period", "quarter") else 400
    if w != "year-end" and (what in ("period", "quarter", "") and ctx.recent_quarter(reach) is not None):
        y, q = ctx.recent_quarter(reach)
        return _Res("DATE", f"{y - 1:04d}-Q{q}", relative=True)
    if w == "year-end":
        y = a.year - 1 if ctx.direction() == N.PAST and a.month < 4 else a.year
        return _Res("DATE", f"{y:04d}", mod="END", relative=True)
    return _Res("DATE", f"{a.year - 1:04d}", relative=True)


def r_period(m, ctx):
    """Read in text order (second pass): the quarter the text is reporting on, if it names one."""
    recent = ctx.recent_quarter(len(ctx.text))
    if m["y"]:
        y = int(m["y"])
        return _Res("DATE", f"{y:04d}-Q{recent[1]}" if recent else f"{y:04d}", relative=True)
    if recent is None:
        return None if ctx.second_pass else _Res("DATE", None, relative=True)
    return _Res("DATE", f"{recent[0]:04d}-Q{recent[1]}", relative=True)


_HANDLERS = {
    "iso": r_iso, "numeric": r_numeric, "mdy": r_mdy, "dmy": r_dmy, "wd_range": r_wd_range,
    "md_range": r_md_range, "weekof": r_weekof, "qcode": r_qcode, "yrange": r_yrange, "dayonly": r_dayonly,
    "weekofmonth": r_weekofmonth, "wdnth": r_wdnth, "month_range": r_month_range, "half_unit": r_half_unit, "days_per": r_days_per, "atthetime": r_at_the_time, "earlyhours": r_earlyhours, "beforelast": r_beforelast,
    "daynamed": r_daynamed, "hourpod": r_hourpod, "month": r_month, "time": r_time, "weekday": r_weekday,
    "weekon": r_weekon, "relday": r_relday,
    "relunit": r_relunit, "inthe": r_inthe, "ago": r_ago, "duration": r_duration, "bareunits": r_bareunits,
    "quarter": r_quarter, "half": r_half, "year": r_year, "decade": r_decade, "century": r_century,
    "season": r_season, "holiday": r_holiday, "set": r_set, "ref": r_ref, "vague": r_vague,
    "yearago": r_yearago, "period": r_period, "dayrel": r_dayrel, "podedge": r_podedge, "another": r_another, "nthwd": r_nthwd, "hijri": r_hijri, "turn": r_turn, "dawn": r_dawn,
}


def _run(kind, m, ctx: _Ctx, start: int, end: int) -> _Res | None:
    ctx.at(start, end)
    try:
        return _HANDLERS[kind](m, ctx)
    except _NoAnchor:
        return _Res("DATE", None, relative=True)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


# ------------------------------------------------------------------------------------------ the engine


def find_timexes(doc: Doc, anchor: datetime | date | None) -> list[Timex]:
    """Temporal expressions in `doc`, with TIMEX3 values resolved against `anchor` (the publication
    timestamp). Relative expressions with no anchor get value None and `resolved=False`."""
    text = doc.text
    if not text:
        return []
    ctx = _Ctx(doc, anchor)
    cands = []
    lower = text.lower()
    units = None
    for kind, rx in RULES:
        gate = GATES.get(kind)
        if gate and not any(w in lower for w in gate):
            continue
        if kind in AROUND_UNITS:
            if units is None:
                units = [u.start() for u in UNIT_WORD.finditer(text)]
            matches = _around(rx, text, units, *AROUND_UNITS[kind])
        else:
            matches = rx.finditer(text)
        for m in matches:
            s, e = m.span()
            if "\n\n" in text[s:e]:  # an expression never runs over a blank line into the next paragraph
                m = rx.match(text, s, text.index("\n\n", s))
                if m is None:
                    continue
                s, e = m.span()
            if e > s:
                cands.append((s, e, kind, m))
    if not cands:
        return []
    cands.sort(key=lambda c: (c[0] - c[1], c[0], _PRIORITY[c[2]]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for s, e, kind, m in cands:
        if any(taken[s:e]):
            continue
        res = _run(kind, m, ctx, s, e)
        if res is None:
            continue
        s2 = res.start if res.start is not None else s
        e2 = res.end if res.end is not None else e
        if e2 <= s2:
            continue
        taken[s2:e2] = b"\x01" * (e2 - s2)
        chosen.append((s2, e2, kind, m, res))
    chosen.sort(key=lambda c: c[0])

    # Second pass, in text order: anaphora ("the next day") and reported speech ("said on Sunday that
    # he would ... on Tuesday") read the days mentioned before them.
    day_by_verb: dict[int, date] = {}
    out: list[Timex] = []
    ctx.second_pass = True
    for s, e, kind, m, res in chosen:
        if res.relative and ctx.anchor_date is not None or res.rerun:
            ctx.speech = None
            if res.reanchor:
                speech = _speech_time(doc, s, e, day_by_verb)
                if speech is not None:
                    ctx.speech = speech
            res2 = _run(kind, m, ctx, s, e)
            ctx.speech = None
            if res2 is not None:
                if res2.end is not None and s < res2.end < e:
                    e = res2.end  # read in text order as a stretch: "three days later" leaves "later" out
                res2.start, res2.end = res.start, res.end
                res = res2
            elif kind in ("period", "dayrel"):
                continue  # "the latest period" with no quarter in sight: not a date we can name
        value = res.value
        if value and len(value) == 7 and value[5] == "Q" and value[6].isdigit():
            if kind == "quarter" and "year-" not in m[0].lower() and not _quarter_ahead(ctx, value, s, e):
                ctx.quarter = (s, int(value[:4]), int(value[6]))  # a quarter to come is not the one reported
                if "fiscal" in m[0].lower():  # "the fiscal first quarter": the company's own count
                    ctx.reported = ctx.quarter[1:]
                    ctx.fiscal_reported = True
                elif not ctx.fiscal_reported:  # the latest finished calendar quarter named
                    ctx.reported = max(ctx.reported or ctx.quarter[1:], ctx.quarter[1:])
                elif _QUARTER_ORDINAL.search(m[0]):  # "third-quarter profit" after a fiscal one: the next story's
                    ctx.reported, ctx.fiscal_reported = ctx.quarter[1:], False
            elif kind == "period" and ctx.quarter is not None:  # "the latest period" keeps its quarter in view
                ctx.quarter = (s, int(value[:4]), int(value[6]))
        resolved = value is not None and not (res.relative and ctx.anchor_date is None)
        if res.relative and value is None:
            resolved = False
        if res.relative and ctx.anchor_date is None:
            value = None
        out.append(Timex(s, e, text[s:e], res.type, value, resolved=resolved, mod=res.mod,
                         end_value=res.end_value if resolved else None))
        # "In March, ...": the month the text is on (not one that bounds a stretch: "since January")
        month_named = kind == "month" and len(value or "") == 7 and not _BOUND_BEFORE.search(text, max(0, s - 8), s)
        if value and (not res.relative or month_named) and res.type == "DATE" and (
                len(value) == 4 or len(value) == 7 and value[4] == "-" and value[5:].isdigit()) and value[:4].isdigit():
            ctx.ref = date(int(value[:4]), int(value[5:7]) if len(value) == 7 else 1, 1)  # "that year"
            ctx.ref_unit = "month" if len(value) == 7 else "year"
            ctx.ref_pos = s
        if value and kind == "relunit" and len(value) == 8 and value[5] == "W" and value[6:].isdigit():
            # "warned last week that rain would fall from Monday": a week's speech time counts from its end
            span = doc.char_span(s, e, alignment_mode="expand")
            v = governing_verb(span) if span is not None and len(span) else None
            if v is not None and v.lemma_ in tables.REPORTING_VERBS and v.i not in day_by_verb:
                day_by_verb[v.i] = date.fromisocalendar(int(value[:4]), int(value[6:]), 7)
        if value and res.type == "TIME" and _CLOCK_VALUE.match(value) and text[s - 1:s] != "(":
            # (not "(1000 GMT)": the same time restated in another zone)
            ctx.clock = (s, datetime.strptime(value[:16], "%Y-%m-%dT%H:%M"))
        if value and res.type in ("DATE", "TIME") and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            try:
                d = date(int(value[:4]), int(value[5:7]), int(value[8:10]))
            except ValueError:
                continue
            ctx.ref = d
            ctx.ref_unit = "day"
            ctx.ref_pos, ctx.ref_end = s, e
            if ctx.anchor_date is not None and d <= ctx.anchor_date:
                ctx.past_day = (s, d)
            if _is_heading(text, s, e):
                ctx.heading = (e, d)
            if kind in ("weekday", "mdy", "dmy", "relday", "iso", "numeric"):
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    v = governing_verb(span)
                    if v is not None:
                        day_by_verb[v.i] = d
                        main = v.dep_ == "ROOT" or v.head.dep_ == "ROOT" and v.head.lemma_ in tables.REPORTING_VERBS
                        if main and _dates_verb_itself(span, v) and (ctx.story_day is None or d > ctx.story_day):
                            # the latest day that dates a sentence's main verb itself ("X met Y on
                            # Monday", "..., the Kremlin said"): the story is on it, and a day told
                            # after it as background ("a strike on Saturday night") does not move it
                            ctx.story_day = d
    return out


_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|by|from)\s+$", re.I)


def _dates_verb_itself(span: Span, verb) -> bool:
    """Whether the expression dates the verb or the verb's own object ("held a call on Monday"), not a noun
    further down ("drew attention to a strike on the terminal on Saturday")."""
    tok = span.root
    for _ in range(6):  # tokens are fresh objects on every access: compare positions
        if tok.i == verb.i or tok.head.i == tok.i:
            return tok.i == verb.i
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.i != verb.i:
            return False
    return False


_QUARTER_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))\b", re.I)


def _quarter_ahead(ctx: _Ctx, value: str, start_char: int, end_char: int) -> bool:
    """Whether a quarter is not over at the anchor ("expects a profit in the third quarter of 1990")."""
    if ctx.anchor_date is None:
        return False
    ctx.at(start_char, end_char)
    start = date(int(value[:4]), (int(value[6]) - 1) * 3 + 1, 1)
    if start > ctx.anchor_date:
        return True
    # a quarter still under way, told as ahead ("continue into the fourth quarter", said in October), is not
    # the one reported; told in the past it may be a fiscal quarter already closed
    return N.add_months(start, 3) > ctx.anchor_date and ctx.direction() == N.FUTURE


def _speech_time(doc: Doc, start: int, end: int, day_by_verb: dict[int, date]) -> date | None:
    """The day of the reporting verb that governs this expression's clause, when the text dates it."""
    if not day_by_verb:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    v = governing_verb(span)
    if v is None:
        return None
    tok = v
    for _ in range(6):
        if tok.dep_ not in _SPEECH_DEPS or tok.head.i == tok.i:
            return None
        head = tok.head
        if head.lemma_ in tables.REPORTING_VERBS and head.i in day_by_verb:
            if tok.dep_ == "conj":
                return None  # "said on Friday that ..., but after the summit on Sunday they concluded": a clause
                # of its own beside the reporting verb, not what was said
            return day_by_verb[head.i]
        tok = head
    return None
