"""Query-string filters, read once and applied the same way by the page, the API, the exports, the embed
and saved timelines (whose stored filter is the same dict of parameters).

Parameters: actor (repeatable; every one must take part), place, status, kind, source (publisher),
from, to (ISO dates or anything the editor's date box reads: "2025-03", "March 2025", "2025-W12"), q.
Bad values are dropped with a message rather than failing the page: a shared link with a typo should
still show a timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import Q

from .forms import parse_date_text
from .models import Actor, Event, Mention

FILTER_KEYS = ("q", "actor", "place", "source", "status", "kind", "from", "to")
MAX_TEXT = 200


def _values(params: Mapping, key: str) -> list[str]:
    if hasattr(params, "getlist"):
        raw = params.getlist(key)
    else:
        raw = params.get(key)
        raw = raw if isinstance(raw, (list, tuple)) else ([] if raw is None else [raw])
    # Query strings are hostile input: control characters (NUL among them, which PostgreSQL refuses in
    # text) never reach a query.
    cleaned = ("".join(c if c.isprintable() else " " for c in str(v)) for v in raw)
    return [" ".join(v.split())[:MAX_TEXT] for v in cleaned if v.strip()]


def _first(params: Mapping, key: str) -> str:
    values = _values(params, key)
    return values[0] if values else ""


@dataclass
class EventFilter:
    q: str = ""
    actors: list[str] = field(default_factory=list)
    place: str = ""
    source: str = ""
    status: str = ""
    kind: str = ""
    date_from: date | None = None
    date_to: date | None = None
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: Mapping | None) -> EventFilter:
        params = params or {}
        f = cls(
            q=_first(params, "q"),
            actors=_values(params, "actor")[:5],
            place=_first(params, "place"),
            source=_first(params, "source"),
            kind=_first(params, "kind").lower()[:20],
        )
        status = _first(params, "status").lower()
        if status in Event.Status.values:
            f.status = status
        elif status:
            f.errors.append(f"Unknown status “{status}”; showing every status.")
        for key, attr in (("from", "date_from"), ("to", "date_to")):
            text = _first(params, key)
            if not text:
                continue
            span = parse_date_text(text)
            if span is None:
                f.errors.append(f"Could not read “{text}” as a date; the “{key}” filter is ignored.")
            else:
                setattr(f, attr, span.start if key == "from" else span.end)
        if f.date_from and f.date_to and f.date_from > f.date_to:
            f.errors.append("“From” is after “to”; the two were swapped.")
            f.date_from, f.date_to = f.date_to, f.date_from
        return f

    @property
    def is_active(self) -> bool:
        return bool(self.as_params())

    def apply(self, qs):
        """Narrow an Event queryset. Joins are kept to subqueries so rows never repeat and counts hold."""
        for name in self.actors:
            actor_ids = Actor.objects.filter(name__iexact=name).values("pk")
            qs = qs.filter(pk__in=Event.actors.through.objects.filter(actor_id__in=actor_ids).values("event_id"))
        if self.place:
            qs = qs.at_place(self.place)
        if self.source:
            qs = qs.from_publisher(self.source)
        if self.status:
            qs = qs.with_status(self.status)
        if self.kind:
            qs = qs.of_kind(self.kind)
        if self.date_from or self.date_to:
            qs = qs.between(self.date_from, self.date_to)
        if self.q:
            text = self.q
            qs = qs.filter(
                Q(title__icontains=text) | Q(summary__icontains=text) | Q(location__icontains=text)
                | Q(pk__in=Event.actors.through.objects.filter(actor__name__icontains=text).values("event_id"))
                | Q(pk__in=Mention.objects.filter(sentence__icontains=text).values("event_id"))
            )
        return qs

    def as_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        if self.q:
            params["q"] = self.q
        if self.actors:
            params["actor"] = list(self.actors)
        for key in ("place", "source", "status", "kind"):
            if getattr(self, key):
                params[key] = getattr(self, key)
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        return params

    def querystring(self, **extra) -> str:
        params = {**self.as_params(), **{k: v for k, v in extra.items() if v not in (None, "")}}
        return urlencode(params, doseq=True)

    def describe(self) -> list[tuple[str, str]]:
        """Human labels of the active filters, for "Showing … " lines and page titles."""
        out = []
        if self.q:
            out.append(("Search", self.q))
        out += [("Actor", a) for a in self.actors]
        if self.place:
            out.append(("Place", self.place))
        if self.source:
            out.append(("Publisher", self.source))
        if self.status:
            out.append(("Status", Event.Status(self.status).label))
        if self.kind:
            out.append(("Kind", self.kind))
        if self.date_from:
            out.append(("From", self.date_from.strftime("%-d %B %Y")))
        if self.date_to:
            out.append(("To", self.date_to.strftime("%-d %B %Y")))
        return out


def public_events():
    """What readers may see, in timeline order."""
    return Event.objects.published().dated().order_by("date_start", "id")


def events_for(params: Mapping | None, base: Mapping | None = None):
    """(queryset, filter) for request parameters, narrowed first by a saved timeline's stored filter."""
    qs = public_events()
    if base:
        qs = EventFilter.from_params(base).apply(qs)
    f = EventFilter.from_params(params)
    return f.apply(qs), f


# --- keyset paging: stable under inserts and as fast on page 1000 as on page 1 -------------------------

def encode_cursor(event: Event) -> str:
    return f"{event.date_start.isoformat()}.{event.pk}"


def decode_cursor(text: str | None) -> tuple[date, int] | None:
    if not text or "." not in text:
        return None
    day, _, pk = text.partition(".")
    try:
        return date.fromisoformat(day), int(pk)
    except ValueError:
        return None


def page_events(qs, *, after: str | None = None, before: str | None = None, size: int = 100):
    """(events, next_cursor, prev_cursor) for a chronological page of qs."""
    size = max(1, min(size, 1000))
    if (cur := decode_cursor(before)) is not None:
        d, pk = cur
        rows = list(qs.filter(Q(date_start__lt=d) | Q(date_start=d, pk__lt=pk))
                    .order_by("-date_start", "-id")[: size + 1])
        has_prev = len(rows) > size
        rows = rows[:size][::-1]
        next_cursor = encode_cursor(rows[-1]) if rows else None
        prev_cursor = encode_cursor(rows[0]) if rows and has_prev else None
        return rows, next_cursor, prev_cursor
    if (cur := decode_cursor(after)) is not None:
        d, pk = cur
        qs = qs.filter(Q(date_start__gt=d) | Q(date_start=d, pk__gt=pk))
    rows = list(qs.order_by("date_start", "id")[: size + 1])
    has_next = len(rows) > size
    rows = rows[:size]
    next_cursor = encode_cursor(rows[-1]) if rows and has_next else None
    prev_cursor = encode_cursor(rows[0]) if rows and cur is not None else None
    return rows, next_cursor, prev_cursor
