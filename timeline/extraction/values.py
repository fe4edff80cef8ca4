"""TIMEX3 values as date spans.

One place that knows what a value such as `2025-W12` or `2025-SU` covers: the first and last day and the
granularity. The extractor uses it to date events, the editor's date field to read what an editor typed.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

GRANULARITIES = ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")

# Season spans, northern hemisphere, as months (start, end); winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_TIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}(:\d{2}(:\d{2})?)?|MO|AF|EV|NI|DT)")
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF_RE = re.compile(r"^(\d{4})-H([12])$")
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_DECADE_RE = re.compile(r"^(\d{3})X?$")
_CENTURY_RE = re.compile(r"^(\d{2})X{0,2}$")

# Well-formed TIMEX3 values this project emits (used by the property test and the editor form).
TIMEX3_VALUE_RE = re.compile(
    r"^(?:"
    r"\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?)?|W\d{2}(?:-WE|-\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
    r"|\d{3}X?|\d{2}X{0,2}"
    r"|XXXX(?:-\d{2}(?:-\d{2})?|-WXX-(?:\d|WE)|-XX-(?:\d{2}|XX)|-SP|-SU|-FA|-WI)?(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI))?"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q|WE)"
    r"|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)"
    r"|P(?:(?:\d+|X)Y)?(?:(?:\d+|X)M)?(?:(?:\d+|X)D)?(?:T(?:(?:\d+|X)H)?(?:(?:\d+|X)M)?(?:(?:\d+|X)S)?)?"
    r")$"
)


def is_timex3_value(value: str) -> bool:
    return bool(value) and bool(TIMEX3_VALUE_RE.match(value)) and value not in ("P", "PT")


def iso_week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def value_span(value: str | None) -> tuple[date | None, date | None, str | None]:
    """(first day, last day, granularity) for a calendar TIMEX3 value; (None, None, None) when it names
    no stretch of the calendar (durations, sets, PAST_REF, malformed values)."""
    if not value:
        return None, None, None
    try:
        return _span(value)
    except ValueError:  # e.g. 2025-02-30, week 54
        return None, None, None


def _span(value: str) -> tuple[date | None, date | None, str | None]:
    if m := _TIME_RE.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "time"
    if m := _DAY_RE.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "day"
    if m := _WEEK_RE.match(value):
        monday = iso_week_start(int(m[1]), int(m[2]))
        if m[3]:  # weekend: Saturday and Sunday
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if m := _MONTH_RE.match(value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    if m := _QUARTER_RE.match(value):
        y, q = int(m[1]), int(m[2])
        first, last = 3 * q - 2, 3 * q
        return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]), "quarter"
    if m := _HALF_RE.match(value):
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30), "quarter") if h == 1 else (date(y, 7, 1), date(y, 12, 31), "quarter")
    if m := _SEASON_RE.match(value):
        y = int(m[1])
        first, last = SEASON_MONTHS[m[2]]
        end_year = y + 1 if last < first else y
        return date(y, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1]), "season"
    if m := _YEAR_RE.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _DECADE_RE.match(value):
        if len(value) == 3 or value.endswith("X"):
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if m := _CENTURY_RE.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None, None, None


def span_value(start: date, end: date) -> tuple[str, str]:
    """The TIMEX3 value and granularity that best name the stretch start..end (an editor's range)."""
    if start == end:
        return start.isoformat(), "day"
    for value in (
        f"{start.isocalendar().year}-W{start.isocalendar().week:02d}",
        f"{start.year}-{start.month:02d}",
        f"{start.year}-Q{(start.month - 1) // 3 + 1}",
        f"{start.year}",
    ):
        s, e, g = value_span(value)
        if (s, e) == (start, end):
            return value, g
    return f"{start.isoformat()}/{end.isoformat()}", "day"
