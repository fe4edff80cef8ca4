"""The functions that change data: corrections and their locks, versions, merges, splits, releases."""

from datetime import date

import pytest

from timeline import services
from timeline.models import Actor, Event, Mention
from tests.factories import make_article, make_event


@pytest.fixture
def event(db):
    return make_event("Trump to speak with Putin", start=date(2025, 3, 18), status="planned", actors=["Donald Trump"])


def test_correct_event_sets_locks_and_bumps_version(event, editor):
    saved = services.correct_event(event, {"title": "Trump, Putin talk", "location": "Washington"}, editor, 1)
    assert saved.title == "Trump, Putin talk" and saved.location == "Washington"
    assert saved.editor_fields == ["title", "location"]
    assert saved.version == 2 and saved.edited_by == editor
    assert Event.objects.get(pk=event.pk).title == "Trump, Putin talk"
    assert saved.history.first().history_user == editor


def test_correct_event_refuses_a_stale_version_with_current_values(event, editor, superuser):
    services.correct_event(event, {"title": "First"}, superuser, 1)
    with pytest.raises(services.StaleEdit) as info:
        services.correct_event(event, {"title": "Second"}, editor, 1)
    stale = info.value
    assert stale.current_version == 2 and stale.current["title"] == "First"
    assert stale.current["edited_by"] == "sue"
    assert "changed by someone else" in str(stale) and "version 1" in str(stale)
    assert Event.objects.get(pk=event.pk).title == "First"


def test_no_change_means_no_new_version(event, editor):
    saved = services.correct_event(event, {"title": event.title}, editor, 1)
    assert saved.version == 1 and saved.editor_fields == []


def test_date_parts_are_locked_together(event, editor):
    saved = services.correct_event(event, {"date_start": date(2025, 3, 19), "date_end": date(2025, 3, 19)}, editor, 1)
    assert set(saved.editor_fields) == {"date_start", "date_end", "granularity", "timex_value"}


def test_actor_changes_by_name(event, editor):
    saved = services.correct_event(event, {"actors": ["donald trump", "Vladimir Putin"]}, editor, 1)
    assert sorted(a.name for a in saved.actors.all()) == ["Donald Trump", "Vladimir Putin"]
    assert saved.editor_fields == ["actors"]
    assert Actor.objects.filter(name__iexact="donald trump").count() == 1


def test_unknown_field_fails_loudly(event, editor):
    from django.core.exceptions import FieldDoesNotExist

    with pytest.raises(FieldDoesNotExist):
        services.correct_event(event, {"nonsense": 1}, editor, 1)


def test_release_field_hands_it_back(event, editor):
    saved = services.correct_event(event, {"title": "X", "date_start": date(2025, 3, 20)}, editor, 1)
    saved = services.release_field(saved, "title", editor)
    assert "title" not in saved.editor_fields and "date_start" in saved.editor_fields
    saved = services.release_field(saved, "date")
    assert saved.editor_fields == []
    assert saved.version == 4


def test_hide_and_verify(event, editor):
    services.hide_event(event, editor)
    services.verify_event(event, editor)
    event.refresh_from_db()
    assert event.hidden and event.verified
    assert {"hidden", "verified"} == set(event.editor_fields)
    assert event.version == 3


def test_merge_events_keeps_the_best_documented(db, editor):
    a1, a2, a3 = make_article(), make_article(), make_article()
    rich = make_event("Trump and Putin speak", start=date(2025, 3, 18), actors=["Donald Trump"], article=a1)
    Mention.objects.create(event=rich, article=a2, sentence="Second report on Tuesday.")
    poor = make_event("Trump-Putin call", start=date(2025, 3, 18), actors=["Vladimir Putin"], article=a3)
    dup = make_event("Call", start=date(2025, 3, 18), article=a1)  # same article as the survivor's evidence
    survivor = services.merge_events([poor, rich, dup], editor)
    assert survivor.pk == rich.pk
    assert sorted(survivor.mentions.values_list("article_id", flat=True)) == sorted([a1.pk, a2.pk, a3.pk])
    assert {a.name for a in survivor.actors.all()} == {"Donald Trump", "Vladimir Putin"}
    moved = survivor.mentions.get(article=a3)
    assert "Merged by eddie" in moved.merge_reason
    poor.refresh_from_db()
    dup.refresh_from_db()
    assert poor.merged_into_id == rich.pk and poor.hidden and "hidden" in poor.editor_fields
    assert dup.merged_into_id == rich.pk and dup.mentions.count() == 1  # its duplicate evidence stays with it
    assert survivor.version == 2


def test_merge_needs_two(event, editor):
    with pytest.raises(ValueError):
        services.merge_events([event], editor)


def test_split_mention_makes_a_new_event(db, editor):
    a1, a2 = make_article(), make_article()
    event = make_event("Talks in Jeddah", start=date(2025, 3, 11), actors=["Marco Rubio"], article=a1)
    other = Mention.objects.create(event=event, article=a2, sentence="Talks will resume next week.",
                                   timex_text="next week", timex_value="2025-W13", extracted_title="Talks resume",
                                   extracted_status="planned")
    new = services.split_mention(other, editor)
    other.refresh_from_db()
    assert other.event == new and other.split_off
    assert new.title == "Talks resume" and new.status == "planned"
    assert (new.date_start, new.date_end, new.granularity) == (date(2025, 3, 24), date(2025, 3, 30), "week")
    assert [a.name for a in new.actors.all()] == ["Marco Rubio"]
    event.refresh_from_db()
    assert event.mentions.count() == 1 and event.version == 2


def test_split_refuses_the_only_mention(event, editor):
    with pytest.raises(ValueError, match="only this one source"):
        services.split_mention(event.mentions.get(), editor)


def test_merge_actors(db, editor):
    e1 = make_event("A", actors=["Volodymyr Zelenskyy"], article=False)
    e2 = make_event("B", actors=["Volodymyr Zelenskyy"], article=False)
    e3 = make_event("C", actors=["Zelensky", "Volodymyr Zelenskyy"], article=False)
    zelensky = Actor.objects.get(name="Zelensky")
    zelensky.aliases = ["Zelenskiy"]
    zelensky.save()
    keeper = services.merge_actors(Actor.objects.all(), editor)
    assert keeper.name == "Volodymyr Zelenskyy"
    assert set(keeper.aliases) == {"Zelensky", "Zelenskiy"}
    assert Actor.objects.count() == 1
    for e in (e1, e2, e3):
        assert [a.name for a in e.actors.all()] == ["Volodymyr Zelenskyy"]


def test_merge_actors_keeps_who_acts_for_which_country(db, editor):
    """Merging two names of one country moves its people to the keeper; merging two names of one person
    gives the keeper the other's country when it had none."""
    from tests.factories import make_actor

    make_event("A", actors=["Qatar"], article=False)
    make_event("B", actors=["Qatar"], article=False)
    Actor.objects.filter(name="Qatar").update(kind="country")
    sheikh = make_actor("Sheikh Mohammed", country="State of Qatar")
    keeper = services.merge_actors(Actor.objects.filter(kind="country"), editor)
    assert keeper.name == "Qatar"
    sheikh.refresh_from_db()
    assert sheikh.country_id == keeper.pk

    make_event("C", actors=["Mohammed bin Abdulrahman"], article=False)
    merged = services.merge_actors(Actor.objects.filter(name__in=["Mohammed bin Abdulrahman", "Sheikh Mohammed"]),
                                   editor)
    assert merged.name == "Mohammed bin Abdulrahman"
    assert Actor.objects.get(pk=merged.pk).country == keeper
