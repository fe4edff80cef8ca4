"""STUB (to be replaced by the temporal-tagger work): temporal expressions from spaCy entities."""

from __future__ import annotations

from .types import Timex


def find_timexes(doc, anchor) -> list[Timex]:
    return [Timex(e.start_char, e.end_char, e.text, e.label_, None, resolved=False)
            for e in doc.ents if e.label_ in ("DATE", "TIME")]
