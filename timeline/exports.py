"""Builders for the machine-readable forms of a timeline: our JSON API, TimelineJS3, iCalendar, CSV and
oEmbed. They take events already chosen by filters.events_for and never decide what is public.

Text from articles is hostile: JSON is served with <, > and & escaped as \\u003c… (still the same data);
TimelineJS renders `headline` and `text` as HTML, so those are HTML-escaped; ICS text is escaped by the
icalendar package; CSV cells that a spreadsheet would run as formulas are defused.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.html import escape, format_html

from .models import Event
from .templatetags.timeline_tags import date_label, safe_url

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dumps(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)


def json_response(data, status: int = 200, **kwargs) -> HttpResponse:
    return HttpResponse(dumps(data), content_type="application/json; charset=utf-8", status=status, **kwargs)


# --- our JSON ------------------------------------------------------------------------------------------

def source_dict(mention) -> dict:
    article = mention.article
    return {
        "article": article.title,
        "url": safe_url(article.url) or None,
        "publisher": article.publisher,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "evidence": mention.sentence,
        "timex_text": mention.timex_text,
        "timex_value": mention.timex_value,
    }


def event_dict(event: Event, request=None) -> dict:
    url = event.get_absolute_url()
    return {
        "id": str(event.public_id),
        "title": event.title,
        "summary": event.summary,
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": (event.date_end or event.date_start).isoformat() if event.date_start else None,
        "granularity": event.granularity,
        "timex_value": event.timex_value,
        "display_date": date_label(event, weekday=False),
        "status": event.status,
        "kind": event.kind,
        "actors": [a.name for a in event.actors.all()],
        "location": event.location or None,
        "verified": event.verified,
        "synthetic": event.synthetic,
        "url": request.build_absolute_uri(url) if request else url,
        "sources": [source_dict(m) for m in event.mentions.all()],
    }


# --- TimelineJS3 ---------------------------------------------------------------------------------------

def _tljs_date(day, granularity: str) -> dict:
    out = {"year": day.year}
    if granularity in ("month", "quarter", "season", "week", "day", "time"):
        out["month"] = day.month
    if granularity in ("week", "day", "time"):
        out["day"] = day.day
    return out


def _sources_html(event: Event) -> str:
    items = []
    for m in event.mentions.all():
        before, marked, after = m.highlighted_parts()
        url = safe_url(m.article.url)
        title = m.article.title or "Article"
        link = format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, title) if url else escape(title)
        items.append(format_html("<p>{} ({}): “{}<mark>{}</mark>{}”</p>", link, m.article.publisher or "unknown publisher",
                                 before, marked, after))
    return "".join(items)


def timelinejs(events, title: str, description: str = "") -> dict:
    out_events = []
    for event in events:
        gran = event.granularity
        item = {
            "start_date": _tljs_date(event.date_start, gran),
            "text": {"headline": escape(event.title), "text": _sources_html(event)},
            "unique_id": str(event.public_id),
            "group": event.get_status_display(),
        }
        end = event.date_end or event.date_start
        if end != event.date_start:
            item["end_date"] = _tljs_date(end, gran)
        if gran not in ("day", "time") or end != event.date_start:
            item["display_date"] = date_label(event, weekday=False)
        if event.location:
            item["text"]["text"] = format_html("<p>{}</p>", event.location) + item["text"]["text"]
        out_events.append(item)
    return {"title": {"text": {"headline": escape(title), "text": format_html("<p>{}</p>", description)}},
            "events": out_events}


# --- iCalendar -----------------------------------------------------------------------------------------

def ics_calendar(events, *, name: str, host: str, request=None) -> bytes:
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//Newsroom timeline//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = datetime.now(dt_timezone.utc).replace(microsecond=0)
    for event in events:
        ve = VEvent()
        ve.add("uid", f"{event.public_id}@{host}")
        ve.add("dtstamp", stamp)
        ve.add("summary", event.title)
        ve.add("dtstart", event.date_start)  # a date: DTSTART;VALUE=DATE
        ve.add("dtend", (event.date_end or event.date_start) + timedelta(days=1))  # exclusive end
        ve.add("status", "TENTATIVE" if event.is_planned else "CONFIRMED")
        ve.add("transp", "TRANSPARENT")
        if event.location:
            ve.add("location", event.location)
        actors = [a.name for a in event.actors.all()]
        if actors:
            ve.add("categories", actors)
        lines = [f"When: {date_label(event, weekday=False)} ({event.get_status_display().lower()})"]
        for m in event.mentions.all():
            a = m.article
            lines.append(f"{a.title} — {a.publisher}".strip(" —") + (f" <{safe_url(a.url)}>" if safe_url(a.url) else ""))
            lines.append(f"“{m.sentence}”")
        ve.add("description", "\n".join(lines))
        url = event.get_absolute_url()
        ve.add("url", request.build_absolute_uri(url) if request else url)
        cal.add_component(ve)
    return cal.to_ical()


# --- CSV -----------------------------------------------------------------------------------------------

CSV_HEADER = ["id", "title", "date_start", "date_end", "granularity", "display_date", "status", "kind",
              "actors", "location", "verified", "sources", "source_urls", "evidence"]


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # a cell starting with = + - @ (or a tab/CR) runs as a formula in spreadsheets
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class _Echo:
    def write(self, value):
        return value


def csv_lines(events):
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_HEADER)
    for e in events:
        mentions = list(e.mentions.all())
        yield writer.writerow([_cell(v) for v in (
            e.public_id, e.title, e.date_start, e.date_end or e.date_start, e.granularity,
            date_label(e, weekday=False), e.status, e.kind, "; ".join(a.name for a in e.actors.all()),
            e.location, "yes" if e.verified else "no",
            "; ".join(f"{m.article.title} ({m.article.publisher})" for m in mentions),
            " ".join(u for u in (safe_url(m.article.url) for m in mentions) if u),
            " | ".join(m.sentence for m in mentions),
        )])


# --- oEmbed --------------------------------------------------------------------------------------------

DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 600
MIN_SIZE = 120


def oembed(*, embed_url: str, title: str, provider_url: str, maxwidth=None, maxheight=None,
           height=None) -> dict:
    width = DEFAULT_WIDTH
    height = height or DEFAULT_HEIGHT
    if maxwidth:
        width = max(MIN_SIZE, min(width, maxwidth))
    if maxheight:
        height = max(MIN_SIZE, min(height, maxheight))
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" frameborder="0" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        embed_url, width, height, title,
    )
    return {
        "version": "1.0",
        "type": "rich",
        "html": str(html),
        "width": width,
        "height": height,
        "title": title,
        "provider_name": "Newsroom timeline",
        "provider_url": provider_url,
        "cache_age": 3600,
    }

