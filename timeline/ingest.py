"""The one place that turns extractions into rows, and the one place that respects editor locks.

    ingest_paths([Path("seeds/")])      -> outcomes, one per input (ingested, duplicate or rejected)
    ingest_documents(docs)              -> the same for documents already read (upload form, feeds, tasks)
    reextract_articles(Article.objects.all())

Each article is stored in one transaction: it and all its events and mentions, or nothing. Extraction
runs outside the transaction (it is slow and touches no database), in batches through spaCy's nlp.pipe.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from datetime import timezone as dt_timezone
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.db.models.signals import post_save


from .extraction import EXTRACTOR_VERSION, ArticleInput, EventFrame, Extraction, extract_many
from .extraction import actors as actor_table
from .extraction import merge as event_merge
from .models import Actor, Article, Event, Mention
from .sources import SourceDocument, SourceError, fetch_url, files_under, is_url, read_path, require_english

log = logging.getLogger(__name__)

# Invisible format characters (bidi overrides, zero-width spaces) can make a label read as something it is
# not; labels derived from article text drop them. The article body itself stays exactly as given.
_INVISIBLE = {c: None for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
                                *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def label(text: str | None, limit: int) -> str:
    """A one-line label from article text: no control or invisible characters, spaces folded, cut to fit."""
    text = (text or "").translate(_INVISIBLE)
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())[:limit]


@dataclass(slots=True)
class IngestOutcome:
    name: str
    status: str  # ingested, duplicate, rejected
    message: str = ""
    article: Article | None = None
    events_created: int = 0
    events_merged: int = 0
    unresolved: list[str] = field(default_factory=list)
    ref: int | None = None  # SourceDocument.ref of the input

    @property
    def ok(self) -> bool:
        return self.status in ("ingested", "duplicate")


def content_hash(text: str) -> str:
    """Identity of an article's text: the same words in the same order, whatever the markup or spacing."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


# --- publication timestamps --------------------------------------------------------------------------

def _aware(published: datetime | date | None) -> tuple[datetime | None, str]:
    """The timestamp to store (aware) and the printed zone to keep ('' when none was printed)."""
    if published is None:
        return None, ""
    if isinstance(published, datetime):
        if published.tzinfo is None:
            return published.replace(tzinfo=dt_timezone.utc), ""
        offset = published.utcoffset() or timedelta(0)
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        return published, f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return datetime.combine(published, time(0, 0), tzinfo=dt_timezone.utc), "date"


def _as_extractor(obj):
    """Mark the next save as the extractor's in the history (editors' saves carry their own names)."""
    obj._change_reason = f"extractor {EXTRACTOR_VERSION}"
    return obj


# --- actors ------------------------------------------------------------------------------------------

def actor_for(name: str, cache: dict[str, Actor] | None = None, kind: str | None = None) -> Actor:
    """The canonical Actor for a name the extractor gave, honouring aliases editors added."""
    key = name.casefold()
    if cache is not None and key in cache:
        return cache[key]
    actor = Actor.objects.filter(name__iexact=name).first()
    if actor is None:
        for candidate in Actor.objects.filter(aliases__icontains=name):
            if any(a.casefold() == key for a in candidate.aliases):
                actor = candidate
                break
    if actor is None:
        kind = kind or actor_table.actor_kind(name)
        actor = Actor(name=name, kind=kind if kind in Actor.Kind.values else Actor.Kind.PERSON)
        _as_extractor(actor).save()
    if cache is not None:
        cache[key] = actor
    return actor


# --- events ------------------------------------------------------------------------------------------

def event_as_frame(event: Event) -> EventFrame:
    """A stored event seen as the extractor sees events, so merge rules compare like with like."""
    from .extraction.types import TextSpan

    actors = event.actors.all()
    return EventFrame(
        title=event.title, kind=event.kind, status=event.status, trigger=TextSpan(0, 0, ""), anchor=None,
        date_start=event.date_start, date_end=event.date_end, granularity=event.granularity,
        value=event.timex_value or None, actors=[a.name for a in actors],
        actor_kinds={a.name: a.kind for a in actors},  # merge rules tell people from countries by these
        location=event.location or None, affiliations=stored_affiliations(actors),
    )


def stored_affiliations(actors: Iterable[Actor]) -> dict[str, str]:
    """Person -> country as stored (read from earlier articles or set by an editor), so a stored event's
    leader stands for their country as the first article's own frame did."""
    return {a.name: a.country.name for a in actors if a.kind == Actor.Kind.PERSON and a.country_id is not None}


def with_stored_countries(frame: EventFrame) -> EventFrame:
    """The frame with the stored country of each person it names without one ("Sheikh Mohammed" met ...,
    with Qatar known from an earlier article), for matching only: the article itself said nothing of it."""
    people = [name for name in frame.actors
              if name not in frame.affiliations and frame.actor_kinds.get(name, Actor.Kind.PERSON) == Actor.Kind.PERSON]
    if not people:
        return frame
    known = dict(Actor.objects.filter(name__in=people, kind=Actor.Kind.PERSON, country__isnull=False)
                 .values_list("name", "country__name"))
    return dataclasses.replace(frame, affiliations={**known, **frame.affiliations}) if known else frame


def find_matching_event(frame: EventFrame, article: Article) -> tuple[Event | None, str]:
    """An existing event reporting the same happening (from another article), and why it matches."""
    if frame.date_start is None:
        return None, ""
    # SQL narrows by date (indexed) and, when the frame names actors, to events sharing one (or a leader's
    # country, or a person stored as acting for one of the frame's countries, or naming the frame's town as
    # an actor), naming none, or placed in a town the frame names as an actor: merge rules join no others.
    # The rest is checked here.
    frame = with_stored_countries(frame)
    window = Event.objects.filter(synthetic=False).between(frame.date_start, frame.date_end or frame.date_start)
    if frame.actors:
        names = event_merge.actor_names_to_match(frame)
        window = window.filter(Q(actors__name__in=names) | Q(actors__country__name__in=names)
                               | Q(actors__isnull=True) | Q(location__in=frame.actors)).distinct()
    # actors and their countries (for event_as_frame) in one more query, however many candidates
    with_countries = Prefetch("actors", queryset=Actor.objects.select_related("country"))
    window = list(window.prefetch_related(with_countries)[:200])
    ids = [e.pk for e in window]
    taken = set(Mention.objects.filter(event_id__in=ids)
                .filter(Q(article=article) | Q(split_off=True))  # this article's own; split off on purpose
                .values_list("event_id", flat=True))
    best, best_score, best_reason = None, 0.0, ""
    for candidate in window:
        if candidate.pk in taken or candidate.merged_into_id is not None:
            continue
        score, reason = event_merge.compare(frame, event_as_frame(candidate))
        if score > best_score:
            best, best_score, best_reason = candidate, score, reason
    if best is not None and best_score >= event_merge.MERGE_THRESHOLD:
        return best, best_reason
    return None, ""


def _fill_event(event: Event, frame: EventFrame) -> list[str]:
    """Copy the frame into the event's unlocked fields; returns the fields that changed."""
    values = {
        "title": label(frame.title, 300), "date_start": frame.date_start, "date_end": frame.date_end,
        "granularity": frame.granularity or Event.Granularity.DAY, "timex_value": (frame.value or "")[:60],
        "status": frame.status, "kind": frame.kind or "other", "location": label(frame.location, 200),
    }
    changed = []
    for name, value in values.items():
        if event.is_locked(name):
            continue
        if getattr(event, name) != value:
            setattr(event, name, value)
            changed.append(name)
    return changed


def _mention_fields(frame: EventFrame, article: Article) -> dict:
    anchor = frame.anchor
    return {
        "article": article,
        "sentence": frame.evidence,
        "sentence_start": frame.sentence_start,
        "sentence_end": frame.sentence_end,
        "timex_text": (anchor.text if anchor else "")[:200],
        "timex_start": anchor.start if anchor else None,
        "timex_end": anchor.end if anchor else None,
        "timex_value": ((anchor.value or "") if anchor else "")[:60],
        "trigger_text": frame.trigger.text[:100],
        "trigger_start": frame.trigger.start,
        "trigger_end": frame.trigger.end,
        "extracted_title": label(frame.title, 300),
        "extracted_status": frame.status,
        "extractor_version": EXTRACTOR_VERSION,
    }


def _add_actors(event: Event, frame: EventFrame, cache: dict[str, Actor]) -> None:
    if event.is_locked("actors") or not frame.actors:
        return
    actors: dict[str, Actor] = {}  # keyed by the frame's names, as its affiliations are
    for name in frame.actors:
        if stored := label(name, 200):
            actors[name] = actor_for(stored, cache, frame.actor_kinds.get(name))
    event.actors.add(*actors.values())
    for name, country in frame.affiliations.items():
        if name in actors:
            _record_country(actors[name], label(country, 200), cache)


def _record_country(person: Actor, country: str, cache: dict[str, Actor]) -> None:
    """Note the country an article ties a person to, when none is stored yet: a stored one (an editor's, or
    an earlier article's) stays, so one article cannot move a person to another country."""
    if not country or person.kind != Actor.Kind.PERSON or person.country_id is not None:
        return
    nation = actor_for(country, cache, Actor.Kind.COUNTRY)
    if nation.kind != Actor.Kind.COUNTRY:
        return  # an existing actor of that name that is no country (the admin would refuse it too)
    person.country = nation
    _as_extractor(person).save(update_fields=["country"])


def apply_extraction(article: Article, extraction: Extraction) -> tuple[int, int]:
    """Events and mentions for one article's extraction. Call inside a transaction.

    Re-extraction updates the article's existing mentions in place (matched by the dating words and the
    trigger), so editors' fields, verified flags, merges and splits stay; mentions the extractor no longer
    finds are removed, and events left without evidence go unless an editor has touched them.
    """
    created = merged = 0
    actors: dict[str, Actor] = {}
    previous = {(_mention_key(m.timex_start, m.trigger_start)): m
                for m in article.mentions.select_related("event")}
    kept: set[int] = set()
    new_events: list[Event] = []
    for frame in extraction.events:
        key = _mention_key(frame.anchor.start if frame.anchor else None, frame.trigger.start)
        mention = previous.get(key)
        if mention is not None and mention.pk not in kept:
            event = mention.event
            for name, value in _mention_fields(frame, article).items():
                setattr(mention, name, value)
            mention.save()
            kept.add(mention.pk)
            if event.mentions.count() == 1 and _fill_event(event, frame):
                event.version += 1
                _as_extractor(event).save()
            _add_actors(event, frame, actors)
            continue
        event, reason = find_matching_event(frame, article)
        if event is None:
            event = Event(confidence=frame.confidence, lead=frame.lead)
            _fill_event(event, frame)
            event.merge_key = event_merge.merge_key(frame)[:200]
            # One history record per new event, written below with its actors, not one per save and add.
            event.skip_history_when_saving = True
            event.save()
            new_events.append(event)
            created += 1
        else:
            merged += 1
        mention = Mention.objects.create(event=event, merge_reason=reason[:300], **_mention_fields(frame, article))
        kept.add(mention.pk)
        _add_actors(event, frame, actors)
    for event in new_events:
        # The "created" history record, now that the event has its actors (simple_history listens here).
        del event.skip_history_when_saving
        post_save.send(sender=Event, instance=_as_extractor(event), created=True, raw=False,
                       using=event._state.db, update_fields=None)
    for key, mention in previous.items():
        if mention.pk not in kept:
            event = mention.event
            mention.delete()
            if not event.mentions.exists() and not event.editor_fields and not event.verified:
                event.delete()
    article.unresolved_expressions = [
        {"text": t.text, "start": t.start, "end": t.end, "type": t.type} for t in extraction.unresolved
    ]
    article.extractor_version = extraction.extractor_version
    _as_extractor(article).save(update_fields=["unresolved_expressions", "extractor_version"])
    return created, merged


def _mention_key(timex_start: int | None, trigger_start: int | None) -> tuple:
    return (timex_start, trigger_start)


# --- articles ----------------------------------------------------------------------------------------

def _store(doc: SourceDocument, extraction: Extraction, digest: str,
           on_stored: Callable[[SourceDocument, Article], None] | None = None) -> IngestOutcome:
    published_at, tz = _aware(extraction.published if extraction.published_source != "unknown" else None)
    source = doc.published_source if doc.published_source and extraction.published_source == "given" \
        else extraction.published_source
    try:
        with transaction.atomic():
            article = _as_extractor(Article(
                title=label(doc.title or extraction.headline or doc.name, 500),
                body=doc.text, url=doc.url, publisher=label(doc.publisher, 200),
                published_at=published_at, published_tz=tz, published_source=source,
                content_hash=digest, source_format=doc.source_format, extractor_version=EXTRACTOR_VERSION,
            ))
            article.save()
            created, merged = apply_extraction(article, extraction)
            if on_stored is not None:  # inside the transaction: the caller's bookkeeping commits with the article
                on_stored(doc, article)
    except IntegrityError:
        # Another worker stored the same article between our check and our write: that's a duplicate.
        return IngestOutcome(doc.name, "duplicate", "already ingested", ref=doc.ref)
    unresolved = [t["text"] for t in article.unresolved_expressions]
    message = f"{created} new events, {merged} merged into existing ones"
    if published_at is None:
        message += "; no publication timestamp, so relative dates stay unresolved"
    return IngestOutcome(doc.name, "ingested", message, article, created, merged, unresolved, ref=doc.ref)


def _duplicate(doc: SourceDocument, digest: str) -> Article | None:
    q = Q(content_hash=digest)
    if doc.url:
        q |= Q(url=doc.url)
    return Article.objects.filter(q).first()


def ingest_documents(
    docs: Iterable[SourceDocument | SourceError],
    batch_size: int = 16,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
    collect: bool = True,
    on_stored: Callable[[SourceDocument, Article], None] | None = None,
) -> list[IngestOutcome]:
    """Store each document as an article with its events; bad ones are rejected, the rest go on.

    Returns the outcomes in input order (none with collect=False, for long runs that stream them).
    """
    outcomes: list[IngestOutcome] = []

    def emit(outcome: IngestOutcome) -> None:
        if collect:
            outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    # Outcomes come out in input order; items decided before extraction wait in the batch with theirs.
    batch: list[tuple[SourceDocument | None, str, IngestOutcome | None]] = []

    def flush() -> None:
        inputs = [ArticleInput(d.text, d.published) for d, _, decided in batch if decided is None]
        extractions = iter(extract_many(inputs, batch_size=batch_size))
        for doc, digest, decided in batch:
            if decided is not None:
                emit(decided)
                continue
            extraction = next(extractions)
            if extraction.error:
                emit(IngestOutcome(doc.name, "rejected", f"{doc.name}: {extraction.error}", ref=doc.ref))
            elif _duplicate(doc, digest):  # stored meanwhile by another worker
                emit(IngestOutcome(doc.name, "duplicate", "already ingested", ref=doc.ref))
            else:
                emit(_store(doc, extraction, digest, on_stored))
        batch.clear()

    seen: set[str] = set()
    for doc in docs:
        if isinstance(doc, SourceError):
            batch.append((None, "", IngestOutcome(str(doc).split(": ")[0], "rejected", str(doc),
                                                  ref=getattr(doc, "ref", None))))
            continue
        doc.url = label(doc.url, 2000) or None  # a URL is a label too: no controls, no NUL
        try:
            if "\x00" in doc.text:  # from JSON Lines or a feed: bytes that are no article (PostgreSQL refuses them)
                raise SourceError(f"{doc.name}: the text contains NUL bytes; it is binary data, not an article.")
            require_english(doc)
        except SourceError as exc:
            batch.append((None, "", IngestOutcome(doc.name, "rejected", str(exc), ref=doc.ref)))
            continue
        digest = content_hash(doc.text)
        if digest in seen or _duplicate(doc, digest):
            batch.append((None, "", IngestOutcome(doc.name, "duplicate", "already ingested", ref=doc.ref)))
            continue
        seen.add(digest)
        batch.append((doc, digest, None))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return outcomes


def read_inputs(paths: Iterable[Path | str]) -> Iterator[SourceDocument | SourceError]:
    """Documents from files, folders and http(s) URLs, in order; unreadable inputs as SourceErrors."""
    limit = settings.TIMELINE_MAX_ARTICLE_BYTES
    for item in paths:
        try:
            if isinstance(item, str) and is_url(item):
                yield from fetch_url(item, limit, timeout=settings.TIMELINE_FETCH_TIMEOUT,
                                     allow_private=settings.TIMELINE_FETCH_ALLOW_PRIVATE)
                continue
            path = Path(item)
            if not path.exists():
                raise SourceError(f"{path}: no such file or folder.")
            for file in files_under([path]):
                try:
                    yield from read_path(file, limit)
                except SourceError as exc:
                    yield exc
        except SourceError as exc:
            yield exc


def ingest_paths(paths: Iterable[Path], **kwargs) -> list[IngestOutcome]:
    return ingest_documents(read_inputs(paths), **kwargs)


def reextract_articles(articles: Iterable[Article], batch_size: int = 16,
                       on_article: Callable[[Article], None] | None = None) -> int:
    """Run the current extractor over stored articles; editors' fields, verified flags, merges stay."""
    count = 0
    articles = list(articles)
    for start in range(0, len(articles), batch_size):
        chunk = articles[start:start + batch_size]
        inputs = [ArticleInput(a.body, a.anchor if a.published_source != "header" else None) for a in chunk]
        for article, extraction in zip(chunk, extract_many(inputs, batch_size=batch_size)):
            if extraction.error:
                continue
            with transaction.atomic():
                apply_extraction(article, extraction)
            count += 1
            if on_article:
                on_article(article)
    return count


