"""The publication timestamp and headline, read from an article's header.

Only the first few lines are read (the header: headline, byline, dateline); dates in the body are events,
not the publication time. Common header forms are parsed by compiled patterns; dateparser is the fallback
for short header lines those patterns miss (it is slow, so it is called at most a few times per article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from . import tables

HEADER_LINES = 6

_MONTH = r"(?:" + "|".join(sorted(tables.MONTHS, key=len, reverse=True)) + r")\.?"
_TZ = (r"(?P<tz>(?:GMT|UTC)\s*(?P<off>[+-]\s*\d{1,2}(?::?\d{2})?)?|Z\b|[+-]\d{2}:?\d{2}\b|(?:"
       + "|".join(sorted((k for k in list(tables.TIME_ZONES) + list(tables.US_ZONES) if len(k) > 1),
                         key=len, reverse=True)) + r")(?![a-z]))")
_CLOCK = r"(?:(?:,?\s*(?:at\s+)?|\s+[-–]\s+)(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?\s*(?P<ampm>[ap]\.?\s?m\.?)?)"
_F = re.I

_PATTERNS = [
    # 17/03/2025 09:54, 17.03.2025: the day comes first only when the numbers or the dots say so
    re.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{{4}})(?![\d/]){_CLOCK}?\s*\(?{_TZ}?", _F),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?)?"
               rf"\s*{_TZ}?", _F),
    re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_CLOCK}?\s*\(?{_TZ}?", _F),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH}),?\s+(?P<y>\d{{4}}){_CLOCK}?\s*\(?{_TZ}?", _F),
]
_LABEL_GOOD = re.compile(r"\b(?:created|published|posted|first published|released|date)\b", _F)
_LABEL_BAD = re.compile(r"\b(?:updated|modified|edited|last updated|revised)\b", _F)
_BYLINE = re.compile(r"^\s*(?:by|from|posted|published|created|updated)\b", _F)


@dataclass(slots=True)
class DocumentInfo:
    published: datetime | date | None
    published_source: str  # header, unknown
    headline: str | None
    tz: timezone | None = None  # the zone of the header's timestamp, when it gave one


def _zone(m: re.Match, local: datetime | None = None) -> timezone | None:
    tz = m.groupdict().get("tz")
    if not tz:
        return None
    t = tz.strip().upper().replace(" ", "")
    if t == "Z":
        return timezone.utc
    off = None
    if t.startswith(("GMT", "UTC")):
        rest = t[3:]
        if not rest:
            return timezone.utc
        off = rest
    elif t[0] in "+-":
        off = t
    if off is not None:
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        if len(digits) <= 2:
            hours, minutes = int(digits), 0
        else:
            hours, minutes = int(digits[:-2]), int(digits[-2:])
        if hours > 14 or minutes > 59:
            return None
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if t.lower() in tables.US_ZONES and local is not None:
        # "ET": standard or daylight time by the date (US rule since 2007: second Sunday of March to
        # the first Sunday of November)
        std, dst = tables.US_ZONES[t.lower()]
        y = local.year
        begin = datetime(y, 3, 8 + (6 - date(y, 3, 8).weekday()) % 7, 2)
        end = datetime(y, 11, 1 + (6 - date(y, 11, 1).weekday()) % 7, 2)
        daylight = begin <= local.replace(tzinfo=None) < end
        return timezone(timedelta(hours=dst if daylight else std), t[0] + ("DT" if daylight else "ST"))
    hours = tables.TIME_ZONES.get(t.lower())
    if hours is None:
        return None
    return timezone(timedelta(hours=hours), t)


def _day_month(g: dict) -> tuple[int, int] | None:
    """Day and month of a numeric date: 17/03 is day first, 03/17 month first, 03/04 is ambiguous (None)
    unless written with dots (17.03.2025, the European form)."""
    a, b = int(g["a"]), int(g["b"])
    if g["sep"] == "." or a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return None


def _from_match(m: re.Match) -> datetime | date | None:
    g = m.groupdict()
    try:
        y = int(g["y"])
        if g.get("a"):
            dm = _day_month(g)
            if dm is None:
                return None
            d, mo = dm
        else:
            d = int(g["d"])
            mo = int(g["m"]) if g.get("m") else tables.MONTHS.get(g["mon"].lower().rstrip("."))
        if not mo or not 1900 <= y <= 2200:
            return None
        if not g.get("h"):
            return date(y, mo, d)
        h, mi, s = int(g["h"]), int(g["mi"]), int(g.get("s") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        local = datetime(y, mo, d, h, mi, s)
        return local.replace(tzinfo=_zone(m, local))
    except (ValueError, TypeError, AttributeError):
        return None


def _readings(line: str) -> list[datetime | date]:
    """Both readings of the line's first ambiguous numeric date (03/04/2025: March 4 or April 3), clock and
    zone kept."""
    m = _PATTERNS[0].search(line)
    if m is None or _day_month(m.groupdict()) is not None:
        return []
    prefix = f"{m['a']}{m['sep']}{m['b']}{m['sep']}"
    out = []
    for day, month in ((m["b"], m["a"]), (m["a"], m["b"])):  # month first, then day first
        rewritten = _PATTERNS[0].match(m[0].replace(prefix, f"{day}.{month}.", 1))  # dots: day first as written
        value = _from_match(rewritten) if rewritten else None
        if value is not None:
            out.append(value)
    return out


_MONTH_NAMES = "|".join(sorted(tables.MONTHS, key=len, reverse=True))
_BODY_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b\.?(?=\s+\d|,?\s+\d{{4}})", _F)  # "Sept. 10", "May 2025"
# a day-first body names its month after the day ("on 21 May", "the 21st of May")
_BODY_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?((?:{_MONTH_NAMES})\b\.?)", _F)


_BODY_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _reading_the_body_supports(readings: list, body: str) -> datetime | date | None:
    """The reading whose month the body names with a day or year ("on Sept. 10"), when only one does: a
    report names its own month far more than another. Failing that, the one whose weekday it names. None
    when the body says nothing either way."""
    named = {tables.MONTHS[w.lower().rstrip(".")] for w in _BODY_MONTH.findall(body) + _BODY_DAY_MONTH.findall(body)
             if w.lower().rstrip(".") in tables.MONTHS and w[0].isupper()}
    fits = [r for r in readings if r.month in named]
    if len(fits) == 1:
        return fits[0]
    if fits:
        return None  # both months named: nothing to go by
    # no month named: a wire report names its own day ("said on Friday"), so the reading whose weekday the
    # body names, when only one does
    days = {tables.WEEKDAYS[w.lower()] for w in _BODY_WEEKDAY.findall(body)}
    fits = [r for r in readings if r.isoweekday() in days]
    return fits[0] if len(fits) == 1 else None


# The first day of a span before the date matched ("22 February - 1 March 2027", "3-9 May 2027"): the
# line gives the period a conference or a review covers, not the time it was written.
_SPAN_START = re.compile(rf"(?:\b\d{{1,2}}(?:\s+{_MONTH})?|\b{_MONTH}\s+\d{{1,2}})\s*(?:[-–—]|\bto\b|\buntil\b)\s*$",
                         _F)


def _scan(segment: str) -> datetime | date | None:
    for pat in _PATTERNS:
        m = pat.search(segment)
        if m and not _SPAN_START.search(segment[:m.start()]):
            value = _from_match(m)
            if value is not None:
                return value
    return None


_NUMERIC_DATE = re.compile(r"(?<![\d/.])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)")
_dateparser_settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                        "REQUIRE_PARTS": ["day", "month", "year"]}


def _dateparser(segment: str) -> datetime | None:
    if len(segment) > 60 or not re.search(r"\d{4}", segment) or _NUMERIC_DATE.search(segment):
        return None  # numeric dates are read by _PATTERNS, which refuse to guess 03/04 (dateparser would)
    try:
        import dateparser  # slow to import and to call: only for header lines nothing else reads
    except ImportError:  # pragma: no cover
        return None
    try:
        return dateparser.parse(segment, languages=["en"], settings=_dateparser_settings)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None


def _timestamp_from_line(line: str, updated: bool = False) -> datetime | date | None:
    """The line's created/published (or unlabelled) timestamp; with `updated`, its "Updated" one instead."""
    segments = [s.strip() for s in re.split(r"\s[|•·]\s|\s{3,}", line) if s.strip()]
    if updated:
        chosen = [s for s in segments if _LABEL_BAD.search(s)]
    else:
        good = [s for s in segments if _LABEL_GOOD.search(s) and not _LABEL_BAD.search(s)]
        chosen = good + [s for s in segments if not _LABEL_BAD.search(s) and s not in good]
    for seg in chosen:
        value = _scan(seg)
        if value is not None:
            return value
    for seg in chosen:
        value = _dateparser(seg)
        if value is not None:
            return value
    return None


# A dateline opening the body: place, comma, then (within a few words) the date and the agency or a dash.
_DATELINE = re.compile(r"^[A-Z][\w.'’ -]{1,40},\s+(?P<rest>.{4,90}?)(?:\s+(?:--|—|–|-)\s|\s*\(|\s*/)")


def _dateline_stamp(line: str) -> datetime | date | None:
    """The date of a dateline that gives its year ("Jeddah, Rabi' I 10, 1448, September 21, 2026, SPA -- ");
    a dateline without a year ("MOSCOW, June 5.") says nothing of the year, which is never guessed."""
    m = _DATELINE.match(line)
    return _scan(m["rest"]) if m else None


# A title that ends in its own date, set off by a dash, pipe or comma: briefings, transcripts and statements
# ("Department Press Briefing – January 4, 2027"). A date inside a headline's sentence is news, not this.
_TITLE_DATE = re.compile(
    rf"(?:\s[–—|-]\s*|,\s+)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$", _F)
# A header line that is only a clock time ("2:14 p.m. EST"): the time of a title's date
# "Spokesperson X's Regular Press Conference on May 6, 2027": a briefing's title may give its day with "on"
_BRIEFING_TITLE = re.compile(r"\b(?:briefing|press conference|news conference|remarks|transcript|readout|"
                             r"statement|interview)s?\s+on\s+(?=\S+\s+\S+\s*\d{4}\s*$)", _F)
_END_DATE = re.compile(
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s*$", _F)
_CLOCK_LINE = re.compile(rf"^(?:at\s+)?(?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*\(?{_TZ}?\)?\s*$", _F)


def _title_stamp(lines: list[str]) -> datetime | date | None:
    """The date a title ends in, with the time of a bare clock line among the next header lines."""
    m = _TITLE_DATE.search(lines[0])
    if m is None and _BRIEFING_TITLE.search(lines[0]):
        m = _END_DATE.search(lines[0])
    day = _scan(m["date"]) if m else None
    if not isinstance(day, date) or isinstance(day, datetime):
        return None
    for line in lines[1:]:
        clock = _CLOCK_LINE.match(line)
        if clock:
            ampm = (clock["ampm"] or "").lower().replace(".", "").replace(" ", "")
            hour = int(clock["h"]) % 12 + (12 if ampm == "pm" else 0) if ampm else int(clock["h"])
            if hour > 23:
                return day
            local = datetime(day.year, day.month, day.day, hour, int(clock["mi"]))
            return local.replace(tzinfo=_zone(clock, local))
        if _is_prose(line):
            break
    return day


# A headline put as a question: short, no sentence before it in the line, ends in "?"
_QUESTION_TITLE = re.compile(r"^(?:\S+\s+){2,19}\S+\?$")

# The closing line of a communiqué, a declaration or a treaty gives where and when it was issued ("Done at
# Addis Ababa, 14 May 2027", "Issued in Pretoria on 12 May 2027", "Done at Abuja, this 13th day of May 2027").
_CLOSING = re.compile(
    rf"^(?:done|issued|signed|adopted|made|given)\s+(?:at|in)\s+[A-Z][\w.'’ -]{{1,40}}?,?\s+(?:on\s+)?(?:this\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<mon>{_MONTH}),?\s+(?:in\s+the\s+year\s+)?(?P<y>\d{{4}})"
    rf"|(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}))"
    rf"\s*\.?\s*$", _F)
CLOSING_LINES = 8


def _closing_stamp(text: str) -> date | None:
    """The date of a closing "Done at <place>, <date>" line among the last lines, when the header has none."""
    tail = [ln.strip() for ln in text.splitlines() if ln.strip()][-CLOSING_LINES:]
    for line in reversed(tail):
        m = _CLOSING.match(line)
        if m is None:
            continue
        if m["date"]:
            return _scan(m["date"])
        try:
            return date(int(m["y"]), tables.MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
        except (KeyError, ValueError):
            return None
    return None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 200 or _BYLINE.match(line):
        return False
    return not line.rstrip().endswith((".", ",", ";", ":")) or line.rstrip().endswith("...")


def _is_prose(line: str) -> bool:
    """A sentence of the body (the header is short lines: headline, byline, dateline)."""
    return len(line.split()) >= 5 and line.rstrip().endswith((".", "!", "?", '"', "”")) \
        and not _LABEL_GOOD.search(line) and not _LABEL_BAD.search(line)


def _day(stamp: datetime | date) -> date:
    return stamp.date() if isinstance(stamp, datetime) else stamp


def read_document(text: str) -> DocumentInfo:
    """Publication timestamp (from the header only) and headline."""
    lines = []
    for raw in text.splitlines():
        if raw.strip():
            lines.append(raw.strip())
            if len(lines) >= HEADER_LINES:
                break
    headline = lines[0] if lines and _looks_like_title(lines[0]) else None
    published = None
    updated: tuple[int, datetime | date] | None = None  # the first "Updated" stamp, when nothing else is given
    for i, line in enumerate(lines):
        if i <= 1 and _QUESTION_TITLE.match(line):
            # a headline that asks ("Are they deciding anything?") is not the body's first sentence
            if headline is None:
                headline = line
            continue
        if len(line) > 240 or _is_prose(line):
            if published is None and updated is None:
                published = _dateline_stamp(line)  # "Jeddah, September 21, 2026, SPA -- ..."
            break  # body text: the header is over
        if i == 0 and headline is not None and not (_LABEL_GOOD.search(line) or _LABEL_BAD.search(line)):
            published = _title_stamp(lines)  # "Press Briefing – January 4, 2027"
            if published is not None:
                break
            continue  # a date in the headline is news, not the publication time
        published = _timestamp_from_line(line)
        if published is not None and updated is not None and _day(published) > _day(updated[1]):
            # "Updated 28 November 2027" over a calendar's "Monday 29 November 2027": a version is never written
            # before it is published, so a later bare date under the "Updated" line is content, not the header
            published = None
            break
        if published is not None:
            if i == 0:
                headline = None
            break
        if updated is None and _LABEL_BAD.search(line):
            stamp = _timestamp_from_line(line, updated=True)
            if stamp is not None:
                updated = (i, stamp)
    if published is None:
        # "Published: 12/09/2025": which number is the month, read from the months the body names
        for line in lines:
            readings = _readings(line)
            if readings:
                published = _reading_the_body_supports(readings, text[:20000])
                break
    if published is None and updated is None:
        published = _closing_stamp(text)  # "Done at Abuja, this 13th day of May 2027."
    if published is None and updated is not None:
        # Only an "Updated" stamp: it is the writing time of the version we read, the best anchor there is.
        i, published = updated
        if i == 0:
            headline = None
    tz = published.tzinfo if isinstance(published, datetime) else None
    return DocumentInfo(published=published, published_source="header" if published else "unknown",
                        headline=headline, tz=tz)


def parse_timestamp(value) -> datetime | date:
    """A publication timestamp given by the caller: a date, a datetime or an ISO 8601 string."""
    if isinstance(value, datetime) or isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"The publication timestamp {value!r} is not an ISO 8601 date or date-time.")
    v = value.strip()
    try:
        if len(v) == 10:
            return date.fromisoformat(v)
        if v.endswith(("Z", "z")):
            v = v[:-1] + "+00:00"
        return datetime.fromisoformat(v)
    except ValueError:
        pass
    raise ValueError(f"The publication timestamp {value!r} is not an ISO 8601 date or date-time.")
