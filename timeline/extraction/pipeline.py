"""The extractor end to end: publication timestamp, parse, temporal expressions, events.

Texts go through spaCy in batches (`nlp.pipe`); everything after the parse is per document and cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from . import document, events, nlp, timex
from .types import Extraction

EXTRACTOR_VERSION = "1.0"


class InputError(ValueError):
    """The input cannot be read as an article; the message is one clear sentence for the user."""


@dataclass(slots=True)
class ArticleInput:
    text: str
    published: str | datetime | date | None = None


def _prepare(item: ArticleInput) -> tuple[Extraction, str | None]:
    """Validate and find the anchor. Returns the extraction shell and the text to parse (None on error)."""
    text = item.text
    if not isinstance(text, str):
        return Extraction(text="", published=None, published_source="unknown",
                          error="The text must be a string.", extractor_version=EXTRACTOR_VERSION), None
    if not text.strip():
        return Extraction(text=text, published=None, published_source="unknown",
                          error="The text is empty.", extractor_version=EXTRACTOR_VERSION), None
    info = document.read_document(text)
    published, source = info.published, info.published_source
    if item.published not in (None, ""):
        try:
            published = document.parse_timestamp(item.published)
        except ValueError as exc:
            return Extraction(text=text, published=None, published_source="unknown", error=str(exc),
                              extractor_version=EXTRACTOR_VERSION), None
        source = "given"
    return Extraction(text=text, published=published, published_source=source if published else "unknown",
                      headline=info.headline, extractor_version=EXTRACTOR_VERSION), text


def extract_many(items: Iterable[ArticleInput], batch_size: int = 16, n_process: int = 1) -> Iterator[Extraction]:
    """Extract from many articles, in input order, parsing them in batches."""
    pending: list[tuple[Extraction, str | None]] = []

    def flush() -> Iterator[Extraction]:
        texts = [t for _, t in pending if t is not None]
        docs = iter(nlp.parse_many(texts, batch_size=batch_size, n_process=n_process)) if texts else iter(())
        for shell, t in pending:
            if t is None:
                yield shell
                continue
            doc = next(docs)
            shell.timexes = timex.find_timexes(doc, shell.published)
            shell.events = events.read_events(doc, shell.timexes, shell.published, headline=shell.headline)
            yield shell
        pending.clear()

    for item in items:
        pending.append(_prepare(item))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def extract(text: str, published: str | datetime | date | None = None) -> Extraction:
    return next(extract_many([ArticleInput(text, published)], batch_size=1))
