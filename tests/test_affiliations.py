"""A person's country: read from articles at ingest, kept when an editor set it, and used so that an article
naming only the country joins the event an earlier article told through the person (and the other way)."""

import itertools
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline import ingest
from timeline.models import Actor, Article, Event, Mention
from timeline.sources import SourceDocument
from tests.factories import make_actor, make_event

pytestmark = pytest.mark.django_db

# Made-up reports of one sitting. The first ties the prime minister to his country; the second names only
# the country; the third names him with no country at all. All date it Tuesday 2025-06-10.
PERSON_WITH_COUNTRY = (
    "Envoys Gather in Doha\n\nBy Gulf Desk | Created at 2025-06-11 09:00:00\n\n"
    "Qatar's prime minister, Sheikh Tamim Al Fayez, met the envoys in Doha on Tuesday to discuss a ceasefire "
    "in the east, his office said.")
COUNTRY_ONLY = (
    "Ceasefire Talks Resume\n\nBy Wire Desk | Created at 2025-06-12 09:00:00\n\n"
    "Qatar hosted talks with the envoys in Doha on Tuesday, officials said.")
PERSON_ALONE = (
    "Envoys Arrive\n\nBy Night Desk | Created at 2025-06-11 21:00:00\n\n"
    "Sheikh Tamim Al Fayez met the envoys in Doha on Tuesday, his office said.")
TUESDAY = date(2025, 6, 10)
PRIME_MINISTER = "Tamim Al Fayez"


def ingest_one(text: str, name: str) -> Article:
    [outcome] = ingest.ingest_documents([SourceDocument(text, name)])
    assert outcome.status == "ingested", outcome.message
    return outcome.article


def mention_of(article: Article) -> Mention:
    return Mention.objects.select_related("event").get(article=article, event__date_start=TUESDAY)


def test_an_article_naming_only_the_country_joins_the_event_stored_through_its_leader():
    first = ingest_one(PERSON_WITH_COUNTRY, "first.txt")
    assert Actor.objects.get(name=PRIME_MINISTER).country.name == "Qatar"
    later = ingest_one(COUNTRY_ONLY, "later.txt")
    assert Event.objects.filter(date_start=TUESDAY).count() == 1
    assert mention_of(later).event_id == mention_of(first).event_id
    assert f"leader and country: {PRIME_MINISTER} (Qatar)" in mention_of(later).merge_reason


def test_the_other_order_merges_too_and_stores_the_country():
    first = ingest_one(COUNTRY_ONLY, "first.txt")
    later = ingest_one(PERSON_WITH_COUNTRY, "later.txt")
    assert Event.objects.filter(date_start=TUESDAY).count() == 1
    assert mention_of(later).event_id == mention_of(first).event_id
    assert f"leader and country: {PRIME_MINISTER} (Qatar)" in mention_of(later).merge_reason
    assert Actor.objects.get(name=PRIME_MINISTER).country == Actor.objects.get(name="Qatar", kind="country")


def test_a_country_an_editor_set_is_kept_and_is_the_one_merging_uses(client, editor):
    person = make_actor(PRIME_MINISTER)
    oman = make_actor("Oman", kind="country")
    client.force_login(editor)
    response = client.post(f"/admin/timeline/actor/{person.pk}/change/",
                           {"name": person.name, "kind": "person", "aliases": "[]", "country": oman.pk})
    assert response.status_code == 302
    ingest_one(PERSON_WITH_COUNTRY, "first.txt")
    person.refresh_from_db()
    assert person.country == oman
    # the stored event's prime minister acts for Oman, so a report of Qatar's talks is another happening
    ingest_one(COUNTRY_ONLY, "later.txt")
    assert Event.objects.filter(date_start=TUESDAY).count() == 2


def test_a_person_named_without_a_country_gets_none():
    ingest_one(PERSON_ALONE, "alone.txt")
    assert Actor.objects.get(name=PRIME_MINISTER).country is None
    assert not Actor.objects.filter(name="Qatar").exists()


def test_reextraction_and_reingestion_keep_the_merge_and_the_country():
    ingest_one(PERSON_WITH_COUNTRY, "first.txt")
    ingest_one(COUNTRY_ONLY, "later.txt")
    events, mentions = Event.objects.count(), Mention.objects.count()
    ingest.reextract_articles(Article.objects.all())
    again = ingest.ingest_documents([SourceDocument(PERSON_WITH_COUNTRY, "again.txt")])
    assert [o.status for o in again] == ["duplicate"]
    assert (Event.objects.count(), Mention.objects.count()) == (events, mentions)
    assert Event.objects.get(date_start=TUESDAY).mentions.count() == 2
    assert Actor.objects.get(name=PRIME_MINISTER).country.name == "Qatar"


def test_matching_reads_stored_countries_in_a_constant_number_of_queries():
    frame = ingest.event_as_frame(make_event("Qatar hosts talks", start=TUESDAY, kind="talks",
                                             actors=["Qatar"], article=False))
    article = Article.objects.create(title="new", body="b", content_hash="new-article")

    numbers = itertools.count()

    def queries_with_more(candidates: int) -> int:
        for n in itertools.islice(numbers, candidates):
            make_event(f"Minister {n} meets envoys", start=TUESDAY, kind="meeting", article=False).actors.add(
                make_actor(f"Minister Number{n}", country="Qatar"))
        with CaptureQueriesContext(connection) as ctx:
            ingest.find_matching_event(frame, article)
        return len(ctx.captured_queries)

    assert queries_with_more(2) == queries_with_more(4)  # 2 candidates, then 6


def test_the_workbench_shows_lists_and_limits_the_country(client, editor, reader):
    person = make_actor(PRIME_MINISTER, country="Qatar")
    other = make_actor("Sheikh Other Person")
    client.force_login(editor)
    page = client.get(f"/admin/timeline/actor/{person.pk}/change/").content.decode()
    assert 'name="country"' in page and "admin-autocomplete" in page
    listing = client.get("/admin/timeline/actor/").content.decode()
    assert '<td class="field-country nowrap">Qatar</td>' in listing
    offered = client.get("/admin/autocomplete/", {"app_label": "timeline", "model_name": "actor",
                                                  "field_name": "country", "term": ""}).json()
    assert [r["text"] for r in offered["results"]] == ["Qatar"]
    # a person is no country: the form refuses one
    response = client.post(f"/admin/timeline/actor/{person.pk}/change/",
                           {"name": person.name, "kind": "person", "aliases": "[]", "country": other.pk})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    # and only people have one
    response = client.post(f"/admin/timeline/actor/{other.pk}/change/",
                           {"name": other.name, "kind": "organization", "aliases": "[]", "country": person.country_id})
    assert response.status_code == 200 and "Only a person has a country here" in response.content.decode()
    other.refresh_from_db()
    assert other.country is None
    client.force_login(reader)
    assert client.get(f"/admin/timeline/actor/{person.pk}/change/").status_code == 302


def test_a_person_named_alone_joins_the_country_s_event_through_the_stored_country():
    """The new article names only the person; the stored event names only the country: the person's stored
    country (set before, here by an editor) links them."""
    make_actor(PRIME_MINISTER, country="Qatar")
    first = ingest_one(COUNTRY_ONLY, "first.txt")
    later = ingest_one(PERSON_ALONE, "later.txt")
    assert Event.objects.filter(date_start=TUESDAY).count() == 1
    assert mention_of(later).event_id == mention_of(first).event_id
    assert "leader and country" in mention_of(later).merge_reason


def test_a_stored_event_tells_its_people_from_countries_for_merging():
    """Merge rules read who is a person from the stored actors' kinds, not only from the actor tables: two
    named people (in no table) against a report naming nobody, with no shared place, stay apart."""
    import dataclasses

    from timeline.extraction import merge

    stored = ingest.event_as_frame(make_event("Kovac meets Novak", start=TUESDAY, kind="meeting",
                                              actors=["Anna Kovac", "Petr Novak"], article=False))
    assert stored.actor_kinds == {"Anna Kovac": "person", "Petr Novak": "person"}
    nobody = dataclasses.replace(stored, title="Envoys meet", actors=[], actor_kinds={}, affiliations={})
    score, reason = merge.compare(nobody, stored)
    assert score < merge.MERGE_THRESHOLD, reason
    assert "named people on one side" in reason
