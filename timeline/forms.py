"""Forms editors and readers fill in: the inline event editor and the timeline's filter bar.

The editor's one "date" box takes what a person would type ("2025-03-18", "2025-W12", "March 2025",
"2025-03-11/2025-03-13", "2025-Q1", "18 March 2025") and turns it into a span plus its granularity, so an
editor never has to set four fields that must agree.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.exceptions import ValidationError

from .extraction.values import span_value, value_span
from .models import Event

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH_YEAR_RE = re.compile(rf"^({_MONTH_WORDS})\.?,?\s+(\d{{4}})$", re.I)
_DAY_MONTH_YEAR_RE = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORDS})\.?,?\s+(\d{{4}})$", re.I)
_MONTH_DAY_YEAR_RE = re.compile(rf"^({_MONTH_WORDS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_QUARTER_WORDS_RE = re.compile(r"^Q([1-4])\s+(\d{4})$", re.I)
_SEASON_WORDS_RE = re.compile(r"^(spring|summer|autumn|fall|winter)\s+(\d{4})$", re.I)
_WEEK_OF_RE = re.compile(r"^week\s+of\s+(.+)$", re.I)
_RANGE_SPLIT_RE = re.compile(r"\s*(?:/|\s+to\s+|\s+–\s+|\s+-\s+|–)\s*")


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date
    granularity: str
    value: str  # TIMEX3 value (or "start/end" for an editor's free range)


def _single(text: str) -> DateSpan | None:
    """One expression: a TIMEX3 value or a few plain-English forms."""
    text = text.strip().rstrip(".")
    if not text:
        return None
    start, end, gran = value_span(text.upper() if re.match(r"^\d{4}-(w|q|h|sp|su|fa|wi)", text, re.I) else text)
    if start:
        return DateSpan(start, end, gran, text.upper() if gran in ("week", "quarter", "season") else text)
    try:
        if m := _DAY_MONTH_YEAR_RE.match(text):
            d = date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
            return DateSpan(d, d, "day", d.isoformat())
        if m := _MONTH_DAY_YEAR_RE.match(text):
            d = date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
            return DateSpan(d, d, "day", d.isoformat())
    except ValueError:
        return None
    if m := _MONTH_YEAR_RE.match(text):
        value = f"{int(m[2]):04d}-{_MONTHS[m[1].lower()]:02d}"
        s, e, g = value_span(value)
        return DateSpan(s, e, g, value)
    if m := _QUARTER_WORDS_RE.match(text):
        value = f"{m[2]}-Q{m[1]}"
        s, e, g = value_span(value)
        return DateSpan(s, e, g, value)
    if m := _SEASON_WORDS_RE.match(text):
        value = f"{m[2]}-{_SEASONS[m[1].lower()]}"
        s, e, g = value_span(value)
        return DateSpan(s, e, g, value)
    if m := _WEEK_OF_RE.match(text):
        inner = _single(m[1])
        if inner and inner.granularity == "day":
            iso = inner.start.isocalendar()
            value = f"{iso.year}-W{iso.week:02d}"
            s, e, g = value_span(value)
            return DateSpan(s, e, g, value)
    return None


def parse_date_text(text: str) -> DateSpan | None:
    """What an editor typed in the date box, as a span; None when it cannot be read."""
    text = (text or "").strip()
    if not text:
        return None
    whole = _single(text)
    if whole:
        return whole
    parts = _RANGE_SPLIT_RE.split(text, maxsplit=1)
    if len(parts) == 2:
        first, last = _single(parts[0]), _single(parts[1])
        if first and last and first.start <= last.end:
            value, gran = span_value(first.start, last.end)
            return DateSpan(first.start, last.end, gran, value)
    return None


def event_date_text(event: Event) -> str:
    """The date box's initial text for an event: its TIMEX3 value when that still names its span."""
    if event.timex_value:
        s, e, _ = value_span(event.timex_value)
        if s and (s, e) == (event.date_start, event.date_end or event.date_start):
            return event.timex_value
    if event.date_start:
        end = event.date_end or event.date_start
        return event.date_start.isoformat() if end == event.date_start else f"{event.date_start}/{end}"
    return ""


def split_names(text: str) -> list[str]:
    seen, names = set(), []
    for name in (text or "").split(","):
        name = " ".join(name.split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            names.append(name[:200])
    return names


class EventEditForm(forms.Form):
    """The inline editor. Saving goes through services.correct_event, which owns locking and history."""

    title = forms.CharField(max_length=300)
    date = forms.CharField(
        max_length=60, required=False,
        help_text="e.g. 2025-03-18, 2025-W12, March 2025, 2025-Q1 or 2025-03-11/2025-03-13",
    )
    status = forms.ChoiceField(choices=Event.Status.choices)
    kind = forms.CharField(max_length=20, required=False, help_text="talks, call, meeting, visit, statement …")
    location = forms.CharField(label="Place", max_length=200, required=False)
    actors = forms.CharField(label="Actors", required=False, max_length=2000,
                             help_text="Comma-separated names, e.g. Donald Trump, Vladimir Putin")
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    verified = forms.BooleanField(required=False, label="Verified against the sources")
    hidden = forms.BooleanField(required=False, label="Hide from readers")
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, event: Event, **kwargs):
        self.event = event
        if "initial" not in kwargs and not args:
            kwargs["initial"] = self.initial_for(event)
        kwargs.setdefault("label_suffix", "")
        # ids unique per event: several editors' forms can be open on one timeline page
        kwargs.setdefault("auto_id", f"edit-{event.public_id.hex[:8]}-%s")
        super().__init__(*args, **kwargs)
        # the form replaces the event in place; focus follows so keyboard users land in it
        self.fields["title"].widget.attrs["autofocus"] = True

    @staticmethod
    def initial_for(event: Event) -> dict:
        return {
            "title": event.title,
            "date": event_date_text(event),
            "status": event.status,
            "kind": event.kind,
            "location": event.location,
            "actors": ", ".join(a.name for a in event.actors.all()),
            "summary": event.summary,
            "verified": event.verified,
            "hidden": event.hidden,
            "version": event.version,
        }

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise ValidationError("An event needs a title.")
        return title

    def clean_date(self):
        text = self.cleaned_data["date"].strip()
        if not text:
            return None
        span = parse_date_text(text)
        if span is None:
            raise ValidationError(
                "Could not read “%(text)s” as a date. Try 2025-03-18, 2025-W12, March 2025, 2025-Q1 "
                "or a range such as 2025-03-11/2025-03-13.", params={"text": text}, code="invalid_date",
            )
        return span

    def clean_kind(self):
        return (self.cleaned_data["kind"].strip().lower() or "other")[:20]

    def clean_actors(self):
        return split_names(self.cleaned_data["actors"])

    def changes(self) -> dict:
        """Only what differs from the event as it was shown, in the shape correct_event takes."""
        data = self.cleaned_data
        initial = self.initial_for(self.event)
        changes: dict = {}
        for field in ("title", "status", "kind", "location", "summary", "verified", "hidden"):
            if data[field] != initial[field]:
                changes[field] = data[field]
        span = data["date"]
        if (span.value if span else "") != initial["date"]:
            if span is None:
                changes.update(date_start=None, date_end=None, timex_value="")
            else:
                changes.update(date_start=span.start, date_end=span.end, granularity=span.granularity,
                               timex_value=span.value)
        current = [a.lower() for a in split_names(initial["actors"])]
        if [a.lower() for a in data["actors"]] != current:
            changes["actors"] = data["actors"]
        return changes


class FilterForm(forms.Form):
    """The filter bar; filters.EventFilter does the real parsing, this only renders the fields."""

    q = forms.CharField(label="Search", required=False)
    actor = forms.CharField(label="Actor", required=False)
    place = forms.CharField(label="Place", required=False)
    source = forms.CharField(label="Publisher", required=False)
    status = forms.ChoiceField(label="Status", required=False, choices=[("", "Any status"), *Event.Status.choices])
    kind = forms.CharField(label="Kind", required=False)
    from_ = forms.CharField(label="From", required=False)
    to = forms.CharField(label="To", required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so the field is from_ but the query parameter is "from".
        to = self.fields.pop("to")
        self.fields["from"] = self.fields.pop("from_")
        self.fields["to"] = to
        # Text, not a number pad: "March 2025" and "2025-W12" are valid too. The hint below names the forms.
        self.fields["from"].widget.attrs.update(placeholder="2025-03-01", **{"aria-describedby": "filter-dates-help"})
        self.fields["to"].widget.attrs.update(placeholder="2025-03-31", **{"aria-describedby": "filter-dates-help"})
        self.fields["q"].widget.attrs.update(type="search", placeholder="Words in titles or evidence")
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("id", f"filter-{name}")
