"""The extractor's output: plain dataclasses, no Django. `ingest` turns these into rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class Timex:
    """A temporal expression found in the text, with its TIMEX3 type and value.

    `start`/`end` are character offsets into the text exactly as given. `value` is a TIMEX3 value
    (CONTRACTS.md) or None when the expression is relative and nothing anchors it (`resolved` False).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    resolved: bool = True
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...
    # For ranges ("23-25 March"): the value of the last day covered.
    end_value: str | None = None

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}


@dataclass(slots=True)
class TextSpan:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class EventFrame:
    """One dated happening read from one sentence of one article."""

    title: str
    kind: str  # see tables.EVENT_KINDS
    status: str  # occurred, planned, reported
    trigger: TextSpan
    anchor: Timex | None  # the expression that dates it; None only for an undated lead event
    date_start: date | None
    date_end: date | None
    granularity: str | None  # day, week, month, quarter, season, year, time
    value: str | None  # TIMEX3 value of the anchor
    actors: list[str] = field(default_factory=list)  # canonical names, subject first
    location: str | None = None
    evidence: str = ""  # the sentence, as in the text
    sentence_start: int = 0
    sentence_end: int = 0
    lead: bool = False  # the article's lead event, dated by dateline or publication day
    confidence: float = 0.5
    # The kind of each actor (person, country, organization, group), keyed by canonical name.
    actor_kinds: dict[str, str] = field(default_factory=dict)
    # The country the article ties each person actor to ("Qatar's prime minister, Sheikh Mohammed ..."),
    # keyed by canonical name. Read from this article only; not stored.
    affiliations: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "granularity": self.granularity,
            "status": self.status,
            "kind": self.kind,
            "actors": list(self.actors),
            "location": self.location,
            "evidence": self.evidence,
            "anchor": (
                {"start": self.anchor.start, "end": self.anchor.end, "text": self.anchor.text,
                 "value": self.anchor.value}
                if self.anchor
                else None
            ),
            "trigger": self.trigger.as_dict(),
            "lead": self.lead,
        }


@dataclass(slots=True)
class Extraction:
    """Everything read from one article."""

    text: str
    published: datetime | date | None  # the anchor: given, else read from the text, else None
    published_source: str  # given, header, unknown
    headline: str | None = None
    timexes: list[Timex] = field(default_factory=list)
    events: list[EventFrame] = field(default_factory=list)
    error: str | None = None
    extractor_version: str = ""

    @property
    def unresolved(self) -> list[Timex]:
        return [t for t in self.timexes if not t.resolved]
