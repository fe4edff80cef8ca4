"""STUB (to be replaced by the events work): event frames from dated clauses."""

from __future__ import annotations

from .types import EventFrame


def read_events(doc, timexes, published, headline=None) -> list[EventFrame]:
    return []
