"""STUB (to be replaced by the temporal-tagger work): publication timestamp and headline from the text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(slots=True)
class DocumentInfo:
    published: datetime | date | None
    published_source: str  # header, unknown
    headline: str | None


def parse_timestamp(value) -> datetime | date:
    if isinstance(value, (datetime, date)):
        return value
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"The publication timestamp {value!r} is not an ISO 8601 date or date-time.") from None


def read_document(text: str) -> DocumentInfo:
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return DocumentInfo(published=None, published_source="unknown", headline=first)
