"""How dates, periods and links read on the page, shared by templates and exports."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

from django import template

register = template.Library()

SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}


def _d(day: date, weekday: bool = False) -> str:
    return day.strftime("%A %-d %B %Y" if weekday else "%-d %B %Y")


def _range(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{_d(start)} – {_d(end)}"
    if start.month != end.month:
        return f"{start:%-d %B} – {_d(end)}"
    return f"{start.day}–{_d(end)}"


def date_label(event, weekday: bool = True) -> str:
    """“Tuesday 18 March 2025”, “Week of 17 March 2025”, “March 2025”, “Q1 2025”, “11–13 March 2025” …"""
    start, end, gran = event.date_start, event.date_end or event.date_start, event.granularity
    value = event.timex_value or ""
    if start is None:
        return "Undated"
    if gran in ("day", "time"):
        return _d(start, weekday) if end == start else _range(start, end)
    if gran == "week":
        if value.endswith("-WE"):
            return f"Weekend of {_range(start, end)}"
        return f"Week of {_d(start)}"
    if gran == "month":
        return start.strftime("%B %Y")
    if gran == "quarter":
        if "-H" in value:
            return f"{'First' if start.month == 1 else 'Second'} half of {start.year}"
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if gran == "season":
        return f"{SEASONS.get(value[-2:], start.strftime('%B'))} {start.year}"
    if gran == "year":
        return str(start.year)
    if gran == "decade":
        return f"{start.year - start.year % 10}s"
    if gran == "century":
        return f"{start.year // 100 + 1}th century"
    return _range(start, end) if end != start else _d(start)


def machine_date(event) -> str:
    """A valid HTML `datetime` value: day, yyyy-Www week, yyyy-mm month or yyyy year."""
    start, gran = event.date_start, event.granularity
    if start is None:
        return ""
    if gran == "week" and not (event.timex_value or "").endswith("-WE"):
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if gran == "month":
        return start.strftime("%Y-%m")
    if gran == "year":
        return f"{start.year:04d}"
    return start.isoformat()


def precision_label(event) -> str:
    gran = event.granularity
    if gran in ("day", "time") and event.date_end and event.date_end != event.date_start:
        return "date range"
    return {"time": "day", "quarter": "quarter"}.get(gran, gran)


def safe_url(value) -> str:
    """The URL when it is plain http(s), else empty: article text and URLs are hostile input."""
    value = (value or "").strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in value for c in "\r\n\t"):
        return value
    return ""


register.filter("date_label", date_label)
register.filter("machine_date", machine_date)
register.filter("precision_label", precision_label)
register.filter("safe_url", safe_url)


@register.filter
def published_label(article) -> str:
    """When the article was published, in its own printed zone; no zone is claimed when none was printed."""
    anchor = article.anchor
    if anchor is None:
        return "publication time unknown"
    if not isinstance(anchor, datetime):
        return f"published {_d(anchor)}"
    text = f"published {_d(anchor.date())}, {anchor:%H:%M}"
    if anchor.tzinfo is not None:
        offset = anchor.strftime("%z")
        text += " UTC" if offset == "+0000" else f" UTC{offset[:3]}:{offset[3:]}"
    return text


@register.filter
def host(url) -> str:
    url = safe_url(url)
    return urlsplit(url).netloc.removeprefix("www.") if url else ""
