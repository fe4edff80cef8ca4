"""Plain functions that change the timeline's data. Views, the admin and commands all call these, so the
rules (what an editor's change locks, how versions move, what a merge keeps) live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from .extraction.values import value_span
from .models import Actor, Event, Mention

DATE_FIELDS = ("date_start", "date_end", "granularity", "timex_value")


class StaleEdit(Exception):
    """Someone saved the event after this editor opened it. Carries what the event holds now."""

    def __init__(self, event: Event, expected_version):
        self.event = event
        self.expected_version = expected_version
        self.current_version = event.version
        self.current = current_values(event)
        super().__init__(
            f"“{event.title}” was changed by someone else while you were editing it (your copy is version "
            f"{expected_version}, the saved one is version {event.version}). Nothing was saved; the current "
            "values are shown below, make your change again."
        )


def current_values(event: Event) -> dict:
    return {
        "title": event.title,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "granularity": event.granularity,
        "timex_value": event.timex_value,
        "status": event.status,
        "kind": event.kind,
        "location": event.location,
        "summary": event.summary,
        "actors": [a.name for a in event.actors.all()],
        "verified": event.verified,
        "hidden": event.hidden,
        "edited_by": str(event.edited_by) if event.edited_by_id else None,
        "edited_at": event.edited_at,
        "version": event.version,
    }


def _actors_from(values: Iterable) -> list[Actor]:
    actors = []
    for value in values:
        if isinstance(value, Actor):
            actors.append(value)
            continue
        name = " ".join(str(value).split())[:200]
        if not name:
            continue
        actor = Actor.objects.filter(name__iexact=name).first()
        if actor is None:
            actor, _ = Actor.objects.get_or_create(name=name)
        actors.append(actor)
    return actors


def _lock(event: Event, fields: Iterable[str]) -> None:
    locked = list(event.editor_fields or [])
    for f in fields:
        if f in Event.EDITABLE_FIELDS and f not in locked:
            locked.append(f)
    event.editor_fields = locked


def _stamp(event: Event, user) -> None:
    event.version = (event.version or 0) + 1
    event.edited_at = timezone.now()
    if user is not None and getattr(user, "is_authenticated", False):
        event.edited_by = user
        event._history_user = user


@transaction.atomic
def correct_event(event: Event, changes: dict, user, expected_version: int | None) -> Event:
    """Apply an editor's changes. Changed editable fields become the editor's (extraction leaves them).

    Raises StaleEdit when `expected_version` is not the saved version: nothing is written then.
    Returns the saved event (a fresh instance).
    """
    current = Event.objects.select_for_update().get(pk=event.pk)
    if expected_version is not None and int(expected_version) != current.version:
        raise StaleEdit(current, expected_version)
    changes = dict(changes)
    actors = changes.pop("actors", None)
    changed: list[str] = []
    for name, value in changes.items():
        if name in ("id", "pk", "public_id", "version", "editor_fields"):
            continue
        Event._meta.get_field(name)  # unknown names fail loudly
        if getattr(current, name) != value:
            setattr(current, name, value)
            changed.append(name)
    if any(f in changed for f in DATE_FIELDS):
        # the date is one decision: lock all of its parts together
        changed += [f for f in DATE_FIELDS if f not in changed]
    new_actors = None
    if actors is not None:
        new_actors = _actors_from(actors)
        if {a.pk for a in new_actors} != set(current.actors.values_list("pk", flat=True)):
            changed.append("actors")
        else:
            new_actors = None
    if not changed:
        return current
    _lock(current, changed)
    _stamp(current, user)
    current.save()
    if new_actors is not None:
        current.actors.set(new_actors)
    return current


@transaction.atomic
def release_field(event: Event, field: str, user=None) -> Event:
    """Hand a field back to the extractor: the next re-extraction may set it again."""
    current = Event.objects.select_for_update().get(pk=event.pk)
    fields = DATE_FIELDS if field in (*DATE_FIELDS, "date") else (field,)
    locked = [f for f in (current.editor_fields or []) if f not in fields]
    if locked != list(current.editor_fields or []):
        current.editor_fields = locked
        current.version += 1
        if user is not None and getattr(user, "is_authenticated", False):
            current._history_user = user
        current.save(update_fields=["editor_fields", "version", "updated_at"])
    return current


def _set_flag(event: Event, name: str, value: bool, user) -> Event:
    return correct_event(event, {name: value}, user, expected_version=None)


def hide_event(event: Event, user, hidden: bool = True) -> Event:
    return _set_flag(event, "hidden", hidden, user)


def verify_event(event: Event, user, verified: bool = True) -> Event:
    return _set_flag(event, "verified", verified, user)


@transaction.atomic
def merge_events(events: Iterable[Event], user) -> Event:
    """Merge several events into one: the one with the most evidence (then the oldest) stays.

    Its mentions gain the others' (one per article), its actors the union; the others are hidden with
    `merged_into` pointing at it, so their old links and embeds lead to the survivor.
    """
    events = list({e.pk: e for e in events}.values())
    if len(events) < 2:
        raise ValueError("Choose at least two events to merge.")
    pks = [e.pk for e in events]
    rows = list(Event.objects.select_for_update().filter(pk__in=pks))
    counts = {r.pk: r.mentions.count() for r in rows}
    rows.sort(key=lambda r: (not r.verified, -counts[r.pk], r.created_at, r.pk))
    survivor, others = rows[0], rows[1:]
    names = ", ".join(f"“{o.title}”" for o in others)
    who = getattr(user, "get_username", lambda: "an editor")()
    have_articles = set(survivor.mentions.values_list("article_id", flat=True))
    actor_ids = set(survivor.actors.values_list("pk", flat=True))
    for other in others:
        for mention in list(other.mentions.all()):
            if mention.article_id in have_articles:
                continue  # the survivor already has this article's evidence
            mention.event = survivor
            mention.merge_reason = f"Merged by {who} from “{other.title}”"[:300]
            mention.save(update_fields=["event", "merge_reason"])
            have_articles.add(mention.article_id)
        actor_ids |= set(other.actors.values_list("pk", flat=True))
        other.merged_into = survivor
        other.hidden = True
        _lock(other, ["hidden"])
        _stamp(other, user)
        other._change_reason = f"Merged into #{survivor.pk}"
        other.save()
    # the survivor keeps its own date: a merge never widens a date silently
    _stamp(survivor, user)
    survivor._change_reason = f"Merged {names}"[:100]
    survivor.save()
    survivor.actors.set(Actor.objects.filter(pk__in=actor_ids))
    return survivor


@transaction.atomic
def split_mention(mention: Mention, user) -> Event:
    """Take one article's evidence out of an event into a new event of its own (marked split_off)."""
    mention = Mention.objects.select_related("event", "article").get(pk=mention.pk)
    original = mention.event
    if original.mentions.count() < 2:
        raise ValueError("This event has only this one source; there is nothing to split it from.")
    start, end, gran = value_span(mention.timex_value)
    new = Event.objects.create(
        title=(mention.extracted_title or original.title)[:300],
        date_start=start or original.date_start,
        date_end=end if start else original.date_end,
        granularity=gran or original.granularity,
        timex_value=mention.timex_value if start else original.timex_value,
        status=mention.extracted_status if mention.extracted_status in Event.Status.values else original.status,
        kind=original.kind,
        location=original.location,
        confidence=original.confidence,
        edited_by=user if getattr(user, "is_authenticated", False) else None,
        edited_at=timezone.now(),
    )
    new.actors.set(original.actors.all())
    mention.event = new
    mention.split_off = True
    mention.merge_reason = f"Split off from “{original.title}”"[:300]
    mention.save(update_fields=["event", "split_off", "merge_reason"])
    _stamp(original, user)
    original.save()
    return new


@transaction.atomic
def merge_actors(actors: Iterable[Actor], user=None) -> Actor:
    """Merge actors that are one person/body: the one on most events keeps its name; the others' names
    become its aliases and their events move to it."""
    actors = list({a.pk: a for a in actors}.values())
    if len(actors) < 2:
        raise ValueError("Choose at least two actors to merge.")
    actors.sort(key=lambda a: (-a.events.count(), a.pk))
    keeper, others = actors[0], actors[1:]
    aliases = list(keeper.aliases or [])
    through = Event.actors.through
    for other in others:
        for alias in [other.name, *(other.aliases or [])]:
            if alias and alias != keeper.name and alias not in aliases:
                aliases.append(alias)
        event_ids = list(through.objects.filter(actor=other).values_list("event_id", flat=True))
        have = set(through.objects.filter(actor=keeper, event_id__in=event_ids).values_list("event_id", flat=True))
        through.objects.bulk_create([through(event_id=e, actor=keeper) for e in event_ids if e not in have])
        # the people acting for a merged-away country now act for the keeper; a person keeps their own
        # country, or takes the other's when they had none
        Actor.objects.filter(country=other).update(country=keeper)
        if keeper.country_id is None and other.country_id is not None and other.country_id != keeper.pk:
            keeper.country_id = other.country_id
        other.delete()
    keeper.aliases = aliases
    keeper.save()
    return keeper
