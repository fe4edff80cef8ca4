"""Ingest: idempotence, one transaction per article, editor locks, bad input, re-extraction."""

from datetime import date
from pathlib import Path

import pytest

from timeline import ingest
from timeline.models import Actor, Article, Event, Mention
from timeline.sources import SourceDocument

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ARTICLE = """Envoys Agree to Resume Talks in Vienna

By Example Wire | Created at 2024-06-12 08:30:00 | Updated at 2024-06-12 10:00:00

Negotiators from Iran and the European Union met in Vienna on Monday to discuss the nuclear file.
The foreign ministers will meet again in Geneva on Friday, officials said.
"""

# The same talks reported by two outlets a day apart.
BERLIN_ONE = ("Leaders Hold Talks\n\nBy Desk | Created at 2024-06-12 08:30:00\n\n"
              "President Emmanuel Macron and Chancellor Olaf Scholz held talks in Berlin on Monday.")
BERLIN_TWO = ("Berlin Meeting Ends\n\nBy Other Desk | Created at 2024-06-13 18:00:00\n\n"
              "French President Emmanuel Macron held talks with Olaf Scholz in Berlin on Monday, officials said.")


def test_seed_ingests_once_and_reports_its_events():
    first = ingest.ingest_paths([SEEDS])
    assert [o.status for o in first] == ["ingested"]
    article = first[0].article
    assert article.published_source == "header"
    assert article.published_at.isoformat().startswith("2025-03-17T09:54:27")
    assert first[0].events_created >= 4
    assert Mention.objects.filter(article=article).count() == Event.objects.count()

    events, mentions = Event.objects.count(), Mention.objects.count()
    second = ingest.ingest_paths([SEEDS])
    assert [o.status for o in second] == ["duplicate"]
    assert (Article.objects.count(), Event.objects.count(), Mention.objects.count()) == (1, events, mentions)


def test_same_text_with_other_spacing_is_one_article():
    a = ingest.ingest_documents([SourceDocument(ARTICLE, "a.txt")])
    b = ingest.ingest_documents([SourceDocument(ARTICLE.replace("\n", "\r\n").replace(" ", "  "), "b.txt")])
    assert a[0].status == "ingested" and b[0].status == "duplicate"
    assert Article.objects.count() == 1


def test_duplicates_inside_one_batch_are_skipped():
    outcomes = ingest.ingest_documents([SourceDocument(ARTICLE, "a.txt"), SourceDocument(ARTICLE, "b.txt")])
    assert [o.status for o in outcomes] == ["ingested", "duplicate"]


def test_editor_fields_survive_reingestion_and_100_reextractions(editor):
    from timeline.services import correct_event

    ingest.ingest_paths([SEEDS])
    event = Event.objects.get(mentions__timex_value="2025-03-18", status="planned")
    correct_event(event, {"title": "Corrected by the desk", "date_start": date(2025, 3, 19),
                          "date_end": date(2025, 3, 19)}, editor, event.version)
    events, mentions = Event.objects.count(), Mention.objects.count()
    ingest.ingest_paths([SEEDS])
    for _ in range(100):
        ingest.reextract_articles(Article.objects.all())
    event.refresh_from_db()
    assert event.title == "Corrected by the desk"
    assert event.date_start == date(2025, 3, 19)
    assert {"title", "date_start"} <= set(event.editor_fields)
    assert (Article.objects.count(), Event.objects.count(), Mention.objects.count()) == (1, events, mentions)


def test_reextraction_keeps_merges_splits_and_verified_flags(editor):
    from timeline.services import merge_events, split_mention, verify_event

    ingest.ingest_documents([SourceDocument(BERLIN_ONE, "one.txt"), SourceDocument(BERLIN_TWO, "two.txt")])
    talks = Event.objects.get(date_start=date(2024, 6, 10))
    split = split_mention(talks.mentions.order_by("id").last(), editor)
    verify_event(split, editor)
    ingest.reextract_articles(Article.objects.all())
    split.refresh_from_db()
    assert split.verified and split.mentions.count() == 1 and split.mentions.get().split_off
    assert talks.mentions.count() == 1
    survivor = merge_events([talks, split], editor)
    ingest.reextract_articles(Article.objects.all())
    survivor.refresh_from_db()
    assert survivor.mentions.count() == 2
    assert Event.objects.filter(merged_into=survivor).count() == 1


def test_reextraction_keeps_events_and_mentions_stable():
    ingest.ingest_paths([SEEDS])
    before = sorted(Event.objects.values_list("public_id", flat=True))
    mentions = Mention.objects.count()
    ingest.reextract_articles(Article.objects.all())
    assert sorted(Event.objects.values_list("public_id", flat=True)) == before
    assert Mention.objects.count() == mentions


def test_article_without_timestamp_keeps_relative_dates_unresolved():
    text = "Ministers Meet\n\nThe ministers met on Tuesday and will meet again next week."
    [outcome] = ingest.ingest_documents([SourceDocument(text, "undated.txt")])
    assert outcome.status == "ingested"
    article = outcome.article
    assert article.published_at is None and article.published_source == "unknown"
    assert "unresolved" in outcome.message
    assert {u["text"] for u in article.unresolved_expressions} >= {"Tuesday"}
    # nothing is dated from today's date
    assert not Event.objects.filter(date_start__gte=date(2026, 1, 1)).exists()


def test_given_timestamp_wins_over_header():
    [outcome] = ingest.ingest_documents([SourceDocument(ARTICLE, "a.txt", published="2024-07-01T12:00:00+02:00",
                                                        published_source="given")])
    article = outcome.article
    assert article.published_source == "given"
    assert article.published_tz == "+02:00"
    assert article.anchor.isoformat() == "2024-07-01T12:00:00+02:00"


def test_bad_inputs_are_rejected_and_the_batch_goes_on(tmp_path, settings):
    settings.TIMELINE_MAX_ARTICLE_BYTES = 2000
    (tmp_path / "a_empty.txt").write_text("   \n")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "c_latin1.txt").write_bytes("Caf\xe9 talks on Monday".encode("latin-1"))
    (tmp_path / "d_big.txt").write_text("word " * 1000)
    (tmp_path / "e_good.txt").write_text(ARTICLE)
    outcomes = ingest.ingest_paths([tmp_path])
    by_name = {Path(o.name).name: o for o in outcomes}
    assert by_name["e_good.txt"].status == "ingested"
    for name, words in [("a_empty.txt", "empty"), ("b_binary.txt", "binary"), ("c_latin1.txt", "UTF-8"),
                        ("d_big.txt", "limit")]:
        assert by_name[name].status == "rejected", name
        assert words in by_name[name].message, by_name[name].message
    assert Article.objects.count() == 1


def test_a_failure_inside_an_article_leaves_nothing_half_written(monkeypatch):
    """If storing the events fails, the article row goes too (one transaction per article)."""
    def explode(article, extraction):
        Event.objects.create(title="half-written")
        raise RuntimeError("disk full")

    monkeypatch.setattr(ingest, "apply_extraction", explode)
    with pytest.raises(RuntimeError):
        ingest.ingest_documents([SourceDocument(ARTICLE, "a.txt")])
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_same_happening_in_two_articles_is_one_event_with_two_mentions():
    ingest.ingest_documents([SourceDocument(BERLIN_ONE, "one.txt"), SourceDocument(BERLIN_TWO, "two.txt")])
    monday = Event.objects.filter(date_start=date(2024, 6, 10))
    assert monday.count() == 1
    assert monday.get().mentions.count() == 2
    merged = monday.get().mentions.exclude(merge_reason="")
    assert merged.exists()


def test_actors_are_canonical_across_articles():
    ingest.ingest_paths([SEEDS])
    names = set(Actor.objects.values_list("name", flat=True))
    assert "Zelensky" not in names
    assert not ({"Trump", "Donald Trump"} <= names)


def test_non_english_article_is_refused_with_its_language():
    german = ("Außenminister beraten in Berlin\n\nDie Außenminister Frankreichs und Deutschlands trafen sich am "
              "Montag in Berlin, um über einen Waffenstillstand und neue Sicherheitsgarantien zu sprechen.")
    [outcome] = ingest.ingest_documents([SourceDocument(german, "de.txt")])
    assert outcome.status == "rejected" and "German" in outcome.message
    assert Article.objects.count() == 0


def test_same_article_as_html_and_as_text_is_one_article():
    from timeline.sources import read_bytes

    body = ("Mediators from Qatar and Egypt met negotiators in Doha on Monday and said they would reconvene "
            "in Cairo next week to finish a draft of the agreement.")
    html = (f"<!doctype html><html><head><title>Envoys meet in Doha</title></head><body><article>"
            f"<h1>Envoys meet in Doha</h1><p>{body}</p></article></body></html>").encode()
    text = f"Envoys meet in Doha\n\n{body}\n"
    outcomes = ingest.ingest_documents(read_bytes(html, "a.html", 10**6, ".html") + [SourceDocument(text, "a.txt")])
    assert [o.status for o in outcomes] == ["ingested", "duplicate"]


def test_lead_event_is_marked_and_shown_as_dated_by_publication(client):
    ingest.ingest_paths([SEEDS])
    lead = Event.objects.get(lead=True)
    assert lead.date_start == date(2025, 3, 17)
    page = client.get(lead.get_absolute_url()).content.decode()
    assert "Dated by publication day" in page


def test_history_records_extraction_as_the_extractors(editor):
    from timeline.extraction import EXTRACTOR_VERSION
    from timeline.services import correct_event

    ingest.ingest_paths([SEEDS])
    event = Event.objects.first()
    first = event.history.earliest()
    assert first.history_change_reason == f"extractor {EXTRACTOR_VERSION}" and first.history_user is None
    assert Article.objects.get().history.earliest().history_change_reason == f"extractor {EXTRACTOR_VERSION}"
    correct_event(event, {"title": "Desk title"}, editor, event.version)
    assert event.history.latest().history_user == editor


def test_publication_time_is_shown_in_the_articles_own_zone(client):
    from timeline.templatetags.timeline_tags import published_label

    zoned = ingest.ingest_documents([SourceDocument(ARTICLE, "a.txt", published="2024-07-01T12:00:00+10:00",
                                                    published_source="given")])[0].article
    assert published_label(zoned) == "published 1 July 2024, 12:00 UTC+10:00"
    plain = ingest.ingest_documents([SourceDocument(BERLIN_ONE, "b.txt")])[0].article
    assert published_label(plain) == "published 12 June 2024, 08:30"  # no zone printed, none claimed


def _stored_event(actors, location="", kind="meeting"):
    event = Event.objects.create(title="t", date_start=date(2025, 3, 18), date_end=date(2025, 3, 18),
                                 granularity="day", kind=kind, status="occurred", location=location)
    event.actors.add(*[ingest.actor_for(name) for name in actors])
    return event


def _frame(actors, location=None, kind="meeting"):
    from timeline.extraction.types import EventFrame, TextSpan

    return EventFrame(title="t", kind=kind, status="occurred", trigger=TextSpan(0, 0, ""), anchor=None,
                      date_start=date(2025, 3, 18), date_end=date(2025, 3, 18), granularity="day",
                      value="2025-03-18", actors=list(actors), location=location)


@pytest.mark.parametrize("stored, frame", [
    # a leader the tables know, and their country
    (dict(actors=["Russia"]), dict(actors=["Vladimir Putin"])),
    (dict(actors=["Vladimir Putin"]), dict(actors=["Russia"])),
    # a town one report gives as the place and the other names as an actor
    (dict(actors=["Lunsar"], kind="visit"), dict(actors=["African Union"], location="Lunsar", kind="visit")),
    (dict(actors=["African Union"], location="Lunsar", kind="visit"), dict(actors=["Lunsar"], kind="visit")),
])
def test_a_matching_event_is_found_when_actor_names_differ_but_merge_rules_join_them(stored, frame):
    article = Article.objects.create(title="a", body="b", content_hash="x" * 64)
    event = _stored_event(**stored)
    found, reason = ingest.find_matching_event(_frame(**frame), article)
    assert found == event, reason
