"""Full-text search over titles, places, actors and evidence, on SQLite and PostgreSQL alike."""

from datetime import date

import pytest
from django.db import connection

from timeline.models import Actor, Article, Event, Mention

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    article = Article.objects.create(title="Wire", body="…", content_hash="search-1")
    talks = Event.objects.create(title="Envoys hold talks in Geneva", date_start=date(2025, 3, 11), location="Geneva")
    call = Event.objects.create(title="Leaders to speak by phone", date_start=date(2025, 3, 18))
    summit = Event.objects.create(title="Summit opens", date_start=date(2025, 3, 20))
    call.actors.add(Actor.objects.create(name="Vladimir Putin", kind="person"))
    for event, sentence in [(talks, "Negotiators met for talks on Tuesday."), (call, "They will discuss the ceasefire."),
                            (summit, "Ministers gathered; negotiators will meet again.")]:
        Mention.objects.create(event=event, article=article, sentence=sentence)
    return talks, call, summit


def titles(qs):
    return sorted(qs.values_list("title", flat=True))


def test_search_finds_titles_places_actors_and_evidence(events):
    talks, call, summit = events
    assert titles(Event.objects.search("Geneva")) == [talks.title]
    assert titles(Event.objects.search("Putin")) == [call.title]
    assert titles(Event.objects.search("ceasefire")) == [call.title]
    assert titles(Event.objects.search("negotiators")) == sorted([talks.title, summit.title])
    assert titles(Event.objects.search("")) == titles(Event.objects.all())
    assert Event.objects.search("nothing-like-this").count() == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's full-text search")
def test_postgres_search_is_stemmed(events):
    talks, call, summit = events
    assert talks.title in titles(Event.objects.search("talk"))
    assert call.title in titles(Event.objects.search("speaking"))
