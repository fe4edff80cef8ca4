"""The editors' workbench: lists in constant queries, evidence shown safely, locking, actions, history."""

from datetime import date

import pytest
from django.test.utils import CaptureQueriesContext
from django.db import connection

from timeline.models import Actor, Event, Mention
from tests.factories import make_article, make_event


@pytest.fixture
def ed(client, editor):
    client.force_login(editor)
    return client


def change_data(event, **kw):
    data = {
        "title": event.title, "summary": event.summary, "status": event.status, "kind": event.kind,
        "location": event.location, "actors": [a.pk for a in event.actors.all()],
        "date_start": event.date_start.isoformat() if event.date_start else "",
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "granularity": event.granularity, "timex_value": event.timex_value,
        "expected_version": event.version,
        "mentions-TOTAL_FORMS": str(event.mentions.count()), "mentions-INITIAL_FORMS": str(event.mentions.count()),
        "mentions-MIN_NUM_FORMS": "0", "mentions-MAX_NUM_FORMS": "1000",
    }
    for i, m in enumerate(event.mentions.all()):
        data[f"mentions-{i}-id"] = m.pk
        data[f"mentions-{i}-event"] = event.pk
    if event.verified:
        data["verified"] = "on"
    if event.hidden:
        data["hidden"] = "on"
    data.update(kw)
    return data


def test_event_list_shows_the_columns(ed, world):
    html = ed.get("/admin/timeline/event/").content.decode()
    assert "Trump to speak with Putin" in html
    assert "18 March 2025" in html and "Week of 17 March 2025" in html
    assert "Donald Trump, Vladimir Putin" in html
    assert "<script>alert(1)</script>" not in html


def test_event_list_is_a_constant_number_of_queries(ed, db):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert ed.get("/admin/timeline/event/").status_code == 200
        return len(ctx)

    for i in range(5):
        make_event(f"E{i}", start=date(2025, 3, 1 + i), actors=["A", "B"])
    few = count()
    for i in range(95):
        make_event(f"F{i}", start=date(2025, 4, 1 + i % 28), actors=["A", "C"])
    assert count() == few


@pytest.mark.parametrize("params, present, absent", [
    ({"status__exact": "planned"}, "Trump to speak with Putin", "Witkoff meets Putin"),
    ({"q": "envoy"}, "Witkoff meets Putin", "Trump to speak with Putin"),
    ({"q": "Steve Witkoff"}, "Witkoff meets Putin", "Trump to speak with Putin"),
    ({"publisher": "The Epoch Times"}, "Witkoff meets Putin", "&lt;script&gt;"),
    ({"kind": "meeting"}, "Witkoff meets Putin", "Trump to speak with Putin"),
    ({"when": "undated"}, "0 events", "Witkoff meets Putin"),
])
def test_event_list_filters_and_search(ed, world, params, present, absent):
    html = ed.get("/admin/timeline/event/", params).content.decode()
    table = html[html.index('id="changelist"'):]
    assert present in table and absent not in table.split('id="changelist-filter"')[0]


def test_editor_changes_filter(ed, world, editor):
    from timeline.services import correct_event

    correct_event(world["jeddah"], {"title": "Jeddah talks (corrected)"}, editor, 1)
    html = ed.get("/admin/timeline/event/", {"edited": "yes"}).content.decode()
    table = html[html.index('id="result_list"'):]
    assert "Jeddah talks (corrected)" in table and "Witkoff meets Putin" not in table


def test_change_form_shows_every_mention_with_marked_words_escaped(ed, world):
    event = world["hostile"]
    html = ed.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2) said <mark>on Sunday</mark>" in html
    assert 'href="javascript:' not in html
    html = ed.get(f"/admin/timeline/event/{world['call'].pk}/change/").content.decode()
    assert "Trump said he would speak to Putin <mark>on Tuesday</mark>." in html
    assert 'name="expected_version"' in html and 'value="1"' in html


def test_admin_save_records_editor_fields_and_version(ed, world, editor):
    event = world["witkoff"]
    response = ed.post(f"/admin/timeline/event/{event.pk}/change/", change_data(event, title="Witkoff meets Putin in Moscow"))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Witkoff meets Putin in Moscow"
    assert event.editor_fields == ["title"] and event.version == 2 and event.edited_by == editor


def test_admin_refuses_a_stale_save(ed, world, superuser):
    from timeline.services import correct_event

    event = world["witkoff"]
    data = change_data(event, title="Mine")
    correct_event(event, {"title": "Theirs"}, superuser, 1)
    response = ed.post(f"/admin/timeline/event/{event.pk}/change/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "changed by someone else" in html and "Theirs" in html
    event.refresh_from_db()
    assert event.title == "Theirs" and event.version == 2


def test_admin_release_field(ed, world, editor):
    from timeline.services import correct_event

    event = correct_event(world["witkoff"], {"title": "Locked title", "location": "Moscow, Russia"}, editor, 1)
    html = ed.get(f"/admin/timeline/event/{event.pk}/change/").content.decode()
    assert "🔒 title" in html and 'name="release_fields"' in html
    response = ed.post(f"/admin/timeline/event/{event.pk}/change/", change_data(event, release_fields=["title"]))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.editor_fields == ["location"]


def test_actions_verify_and_hide(ed, world):
    ids = [world["call"].pk, world["witkoff"].pk]
    ed.post("/admin/timeline/event/", {"action": "mark_verified", "_selected_action": ids})
    assert Event.objects.filter(pk__in=ids, verified=True).count() == 2
    ed.post("/admin/timeline/event/", {"action": "hide_events", "_selected_action": ids[:1]})
    assert Event.objects.get(pk=ids[0]).hidden


def test_action_merge(ed, world):
    ids = [world["call"].pk, world["witkoff"].pk]
    response = ed.post("/admin/timeline/event/", {"action": "merge_selected", "_selected_action": ids}, follow=True)
    assert "Merged into" in response.content.decode()
    assert Event.objects.filter(pk__in=ids, merged_into__isnull=False).count() == 1


def test_action_split_mention(ed, db):
    event = make_event("Two reports", start=date(2025, 3, 11))
    extra = Mention.objects.create(event=event, article=make_article(), sentence="A different meeting.",
                                   extracted_title="A different meeting")
    ed.post("/admin/timeline/mention/", {"action": "split_selected", "_selected_action": [extra.pk]})
    extra.refresh_from_db()
    assert extra.split_off and extra.event_id != event.pk and extra.event.title == "A different meeting"


def test_actor_merge_action(ed, db):
    make_event("A", actors=["Zelensky"], article=False)
    make_event("B", actors=["Volodymyr Zelenskyy"], article=False)
    make_event("C", actors=["Volodymyr Zelenskyy"], article=False)
    ids = list(Actor.objects.values_list("pk", flat=True))
    ed.post("/admin/timeline/actor/", {"action": "merge_selected_actors", "_selected_action": ids})
    assert list(Actor.objects.values_list("name", "aliases")) == [("Volodymyr Zelenskyy", ["Zelensky"])]


def test_article_admin_shows_events_and_unresolved(ed, db):
    article = make_article(title="Talks article", unresolved_expressions=[{"text": "on Tuesday", "reason": "no date"}])
    make_event("Talks", article=article)
    html = ed.get(f"/admin/timeline/article/{article.pk}/change/").content.decode()
    assert "<mark>on Tuesday</mark> no date" in html
    assert ">Talks</a>" in html


def test_history_and_revert(ed, world, editor):
    from timeline.services import correct_event

    event = world["witkoff"]
    first_history = event.history.earliest()
    correct_event(event, {"title": "Wrong title"}, editor, 1)
    assert ed.get(f"/admin/timeline/event/{event.pk}/history/").status_code == 200
    revert_url = f"/admin/timeline/event/{event.pk}/history/{first_history.history_id}/"
    html = ed.get(revert_url).content.decode()
    assert 'name="expected_version"' in html and 'value="2"' in html
    old = first_history.instance
    data = change_data(event, title=old.title)
    data["expected_version"] = 2
    response = ed.post(revert_url, data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Witkoff meets Putin" and event.version == 3


def test_reextract_action_dates_an_article_once_an_editor_gives_its_timestamp(ed, db):
    from datetime import datetime, timezone

    from timeline.ingest import ingest_documents
    from timeline.sources import SourceDocument

    text = "Envoys Meet\n\nThe envoys met in Geneva on Tuesday and will meet again in Vienna next week."
    [outcome] = ingest_documents([SourceDocument(text, "undated.txt")])
    article = outcome.article
    assert article.unresolved_expressions and not Event.objects.filter(mentions__article=article).exists()
    article.published_at = datetime(2025, 3, 13, 9, 0, tzinfo=timezone.utc)  # a Thursday
    article.save()
    response = ed.post("/admin/timeline/article/", {"action": "reextract_selected",
                                                   "_selected_action": [article.pk]}, follow=True)
    assert "Re-extracted 1 article" in response.content.decode()
    article.refresh_from_db()
    assert article.unresolved_expressions == []
    assert Event.objects.filter(mentions__article=article, date_start=date(2025, 3, 11)).exists()
