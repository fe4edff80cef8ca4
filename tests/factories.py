"""Rows for tests: articles and events with their evidence, built straight through the ORM."""

import itertools
from datetime import date, datetime, timezone

from timeline.models import Actor, Article, Event, Mention

HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'
_seq = itertools.count(1)


def make_article(**kw) -> Article:
    n = next(_seq)
    defaults = dict(title=f"Article {n}", body="body", url=f"https://news.example/a/{n}", publisher="The Example Post",
                    published_at=datetime(2025, 3, 17, 9, 54, tzinfo=timezone.utc), content_hash=f"hash-{n}-{id(kw)}")
    defaults.update(kw)
    return Article.objects.create(**defaults)


def make_event(title="Trump to speak with Putin", *, start=date(2025, 3, 18), end=None, granularity="day",
               timex_value=None, status="occurred", actors=(), article=None, sentence=None, timex_text=None,
               **kw) -> Event:
    event = Event.objects.create(title=title, date_start=start, date_end=end or start, granularity=granularity,
                                 timex_value=timex_value if timex_value is not None else (start.isoformat() if start else ""),
                                 status=status, **kw)
    if actors:
        event.actors.set([Actor.objects.get_or_create(name=a)[0] for a in actors])
    if article is not False:
        article = article or make_article()
        sentence = sentence or f"{title} on Tuesday, officials said."
        timex_text = timex_text if timex_text is not None else ("on Tuesday" if "on Tuesday" in sentence else "")
        offset = 500
        i = sentence.find(timex_text) if timex_text else -1
        Mention.objects.create(
            event=event, article=article, sentence=sentence, sentence_start=offset, sentence_end=offset + len(sentence),
            timex_text=timex_text, timex_start=offset + i if i >= 0 else None,
            timex_end=offset + i + len(timex_text) if i >= 0 else None, timex_value=event.timex_value,
        )
    return event


def make_actor(name, *, kind="person", country=None) -> Actor:
    """An actor as an editor sets one up; `country` names the country a person acts for."""
    nation = Actor.objects.get_or_create(name=country, defaults={"kind": "country"})[0] if country else None
    return Actor.objects.create(name=name, kind=kind, country=nation)
