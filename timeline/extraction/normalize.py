"""TIMEX3 values from parts: calendar arithmetic, direction (past/future) and granularity.

Pure functions over `datetime.date`; no spaCy here. `direction` is -1 (the clause looks back), +1 (it looks
forward) or 0 (unknown: the nearest occurrence).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter
from hijridate import Gregorian, Hijri

from . import tables

PAST, NEAREST, FUTURE = -1, 0, 1
# The nearest occurrence even where a caller would otherwise apply its default direction (a weekday with no
# tense defaults to the past; "ahead of Sunday's vote" must not).
CLOSEST = 2


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    y = max(1, min(9999, y))
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: float) -> date:
    """d moved by n units (negative = back)."""
    k = int(round(n))
    try:
        if unit in ("day", "night"):
            return d + timedelta(days=k)
        if unit in ("week", "weekend"):
            return d + timedelta(weeks=k)
        if unit == "fortnight":
            return d + timedelta(weeks=2 * k)
        if unit == "month":
            return add_months(d, k)
        if unit == "quarter":
            return add_months(d, 3 * k)
        if unit == "year":
            return add_months(d, 12 * k)
        if unit == "decade":
            return add_months(d, 120 * k)
        if unit == "century":
            return add_months(d, 1200 * k)
    except OverflowError:
        return d
    return d


def value_at(d: date, unit: str) -> str:
    """The value naming the unit-sized stretch around d ("week" -> 2025-W12)."""
    if unit in ("day", "night", "hour", "minute", "second"):
        return day_value(d)
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        return week_value(d) + "-WE"
    if unit == "month":
        return month_value(d.year, d.month)
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "decade":
        return f"{d.year // 10:03d}X"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def weekday_date(anchor: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The weekday (ISO 1-7) nearest the anchor in the given direction. The anchor's own weekday is the
    anchor day itself unless `strict` ("last Monday" said on a Monday is a week back)."""
    diff = weekday - anchor.isoweekday()
    if direction == FUTURE:
        ahead = diff % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + timedelta(days=ahead)
    if direction == PAST:
        back = (-diff) % 7
        if back == 0 and strict:
            back = 7
        return anchor - timedelta(days=back)
    ahead = diff % 7
    back = (-diff) % 7
    if ahead == 0:
        return anchor
    return anchor + timedelta(days=ahead) if ahead < back else anchor - timedelta(days=back)


def cycle_year(anchor_index: int, target_index: int, period: int, year: int, direction: int,
               strict: bool = False) -> int:
    """The year of a yearly-cycle position (month 1-12, quarter 1-4, ...) in the direction given."""
    if direction == PAST:
        if target_index < anchor_index or (target_index == anchor_index and not strict):
            return year
        return year - 1
    if direction == FUTURE:
        if target_index > anchor_index or (target_index == anchor_index and not strict):
            return year
        return year + 1
    diff = target_index - anchor_index
    if period == 12:
        # Months: news reports more than it announces, so a month with no tense to go by is a coming one up
        # to four months ahead and otherwise the last one (in the corpus, months 7-10 back outnumber 5-8 ahead).
        if diff > 4:
            return year - 1
        if diff <= -8:
            return year + 1
        return year
    if diff > period / 2:
        return year - 1
    if diff < -period / 2:
        return year + 1
    return year


def season_year(anchor: date, season: str, direction: int, strict: bool = False) -> int:
    """Year of the named season; winter belongs to the year it starts in (December)."""
    # the anchor's own season and that season's year
    m = anchor.month
    cur = "WI" if m in (12, 1, 2) else "SP" if m <= 5 else "SU" if m <= 8 else "FA"
    cur_year = anchor.year - 1 if m in (1, 2) else anchor.year
    order = ["SP", "SU", "FA", "WI"]
    return cycle_year(order.index(cur), order.index(season), 4, cur_year, direction, strict)


def easter(year: int, method: int = EASTER_WESTERN) -> date:
    return dateutil_easter(year, method)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """A Hijri (Umm al-Qura) day as a Gregorian one; None outside the calendar's table (1343-1500 AH)."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri_year(d: date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def islamic_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Islamic feast in `year` (the Umm al-Qura calendar, as Saudi Arabia and most
    Gulf states publish it; other countries may keep it a day apart). The Islamic year is shorter, so a
    Gregorian year can hold the feast twice (2000, 2033): the first is given."""
    first_hijri_year = Gregorian(year, 1, 1).to_hijri().year
    for hy in (first_hijri_year, first_hijri_year + 1):
        try:
            d = Hijri(hy, month, day).to_gregorian()
        except (ValueError, OverflowError):  # outside the calendar's table (1343-1500 AH)
            return None
        if d.year == year:
            return date(d.year, d.month, d.day)
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


_MOVEABLE = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "labor_day": lambda y: nth_weekday(y, 9, 1, 1),
    "memorial_day": lambda y: nth_weekday(y, 5, 1, -1),
    "mlk_day": lambda y: nth_weekday(y, 1, 1, 3),
    "presidents_day": lambda y: nth_weekday(y, 2, 1, 3),
    "mothers_day": lambda y: nth_weekday(y, 5, 7, 2),
    "fathers_day": lambda y: nth_weekday(y, 6, 7, 3),
    "columbus_day": lambda y: nth_weekday(y, 10, 1, 2),
    "election_day": lambda y: nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    "easter": easter,
    "good_friday": lambda y: easter(y) - timedelta(days=2),
    "easter_monday": lambda y: easter(y) + timedelta(days=1),
    "orthodox_easter": lambda y: easter(y, EASTER_ORTHODOX),
    "eid_al_fitr": lambda y: islamic_day(y, 10, 1),  # 1 Shawwal
    "eid_al_adha": lambda y: islamic_day(y, 12, 10),  # 10 Dhu al-Hijja
    "islamic_new_year": lambda y: islamic_day(y, 1, 1),  # 1 Muharram
}


def holiday_date(name: str, year: int) -> date | None:
    rule = tables.HOLIDAYS.get(name)
    if rule is None:
        return None
    if isinstance(rule, tuple):
        return date(year, *rule)
    try:
        return _MOVEABLE[rule](year)
    except (ValueError, OverflowError):  # a year the calendar cannot reach
        return None


def number(text: str) -> float | None:
    """'two' -> 2, '30' -> 30, 'twenty-four' -> 24, '2 1/2' -> 2.5; None for vague quantities."""
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    half = 0.0
    if t.endswith(" 1/2") or t.endswith("½") or t.endswith(" and a half"):
        half = 0.5
        t = t.replace(" 1/2", "").replace("½", "").replace(" and a half", "").strip()
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        pass
    if t in tables.NUMBER_WORDS:
        return tables.NUMBER_WORDS[t] + half
    parts = t.split()
    if len(parts) == 2 and parts[0] in tables.NUMBER_WORDS and parts[1] in tables.NUMBER_WORDS:
        a, b = tables.NUMBER_WORDS[parts[0]], tables.NUMBER_WORDS[parts[1]]
        return (a * b if b >= 100 else a + b) + half
    return None


def year_number(text: str) -> int | None:
    """'1996' -> 1996, 'nineteen ninety-six' -> 1996, 'nineteen oh five' -> 1905, 'two thousand and three'
    -> 2003, 'nineteen hundred' -> 1900."""
    t = text.strip()
    if t.isdigit():
        return int(t)
    words = [w for w in t.lower().replace("-", " ").split() if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = number(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + int(rest)
    century = tables.NUMBER_WORDS.get(words[0]) if words else None
    if not century or len(words) < 2:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return int(century) * 100
    if rest[0] == "oh":
        rest = rest[1:]
    n = number(" ".join(rest))
    return None if n is None or n >= 100 else int(century) * 100 + int(n)


_DURATION_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def add_durations(first: str, second: str) -> str | None:
    """'P3Y' + 'P8M' -> 'P3Y8M', 'P2W' + 'P3D' -> 'P17D', 'PT2H' + 'PT30M' -> 'PT2H30M'; None when either is
    vague or the second is not the smaller unit ("three years and eight months")."""
    a, b = _DURATION_PARTS.match(first), _DURATION_PARTS.match(second)
    if a is None or b is None or first in ("P", "PT") or second in ("P", "PT"):
        return None
    x = [int(g or 0) for g in a.groups()]
    y = [int(g or 0) for g in b.groups()]
    last_a = max(i for i, v in enumerate(x) if v)
    first_b = min(i for i, v in enumerate(y) if v)
    if first_b <= last_a:
        return None
    parts = [p + q for p, q in zip(x, y)]
    if parts[2]:  # weeks join days: an ISO duration does not mix W with other units
        parts[3] += 7 * parts[2]
        parts[2] = 0
    date_part = "".join(f"{v}{u}" for v, u in zip(parts[:4], "YMWD") if v)
    time_part = "".join(f"{v}{u}" for v, u in zip(parts[4:], "HMS") if v)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def unit_name(word: str) -> str:
    w = word.lower()
    return tables.UNIT_PLURALS.get(w, w)


def duration_value(n: float | None, unit: str) -> str:
    """P30D, P1W, PT48H, P2Y6M, PXY."""
    unit = unit_name(unit)
    if n is None:
        return tables.VAGUE_DURATION.get(unit, "PXY")
    letter, mult, timepart = tables.UNITS[unit]
    total = n * mult
    if total != int(total):
        # 2 1/2 years -> P2Y6M, 1.5 hours -> PT1H30M
        whole = int(total)
        frac = total - whole
        if letter == "Y":
            return f"P{whole}Y{int(round(frac * 12))}M" if whole else f"P{int(round(frac * 12))}M"
        if letter == "H" and timepart:
            return f"PT{whole}H{int(round(frac * 60))}M" if whole else f"PT{int(round(frac * 60))}M"
        if letter == "M" and timepart:
            return f"PT{whole}M{int(round(frac * 60))}S" if whole else f"PT{int(round(frac * 60))}S"
        if letter == "D":
            return f"P{whole}DT{int(round(frac * 24))}H" if whole else f"PT{int(round(frac * 24))}H"
        return f"P{'T' if timepart else ''}{total:g}{letter}"
    total = int(total)
    if letter == "WE":
        return f"P{total}WE"
    return f"P{'T' if timepart else ''}{total}{letter}"
