"""Inline editing: the form partial, saving, the date box, validation in place, optimistic locking."""

from datetime import date

import pytest

from timeline.forms import parse_date_text
from timeline.models import Actor, Event
from tests.factories import HOSTILE, make_event

HX = {"HX-Request": "true"}


@pytest.fixture
def event(db):
    return make_event("Trump to speak with Putin", start=date(2025, 3, 18), status="planned",
                      actors=["Donald Trump", "Vladimir Putin"], kind="call")


def form_data(event, **changes):
    data = {"title": event.title, "date": event.timex_value, "status": event.status, "kind": event.kind,
            "location": event.location, "actors": ", ".join(a.name for a in event.actors.all()),
            "summary": event.summary, "version": event.version}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def edit_url(event):
    return f"/events/{event.public_id}/edit/"


def test_get_returns_the_form_partial_for_htmx(client, editor, event):
    client.force_login(editor)
    response = client.get(edit_url(event), headers=HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and html.lstrip().startswith(f'<article class="event event--editing" id="event-{event.public_id}"')
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'name="version" value="{event.version}"' in html
    assert 'value="2025-03-18"' in html
    assert 'value="Donald Trump, Vladimir Putin"' in html
    assert "autofocus" in html


def test_get_without_htmx_is_a_full_page(client, editor, event):
    client.force_login(editor)
    html = client.get(edit_url(event)).content.decode()
    assert "<html" in html and 'action="/events/' in html


def test_save_records_editor_fields_version_and_editor(client, editor, event):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, title="Trump and Putin speak by phone", status="occurred",
                                                      location="Washington"), headers=HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Trump and Putin speak by phone" in html
    assert "Corrected by eddie" in html and "Saved." in html
    event.refresh_from_db()
    assert event.title == "Trump and Putin speak by phone"
    assert event.status == "occurred" and event.location == "Washington"
    assert set(event.editor_fields) == {"title", "status", "location"}
    assert event.version == 2
    assert event.edited_by == editor and event.edited_at is not None
    assert event.history.first().history_user == editor


def test_unchanged_fields_are_not_locked(client, editor, event):
    client.force_login(editor)
    client.post(edit_url(event), form_data(event, title="New title"), headers=HX)
    event.refresh_from_db()
    assert event.editor_fields == ["title"]


def test_save_without_htmx_redirects_to_the_event(client, editor, event):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, title="Changed"))
    assert response.status_code == 302 and response["Location"] == f"/events/{event.public_id}/"
    assert "Saved “Changed”." in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("typed, start, end, granularity, value", [
    ("2025-03-19", date(2025, 3, 19), date(2025, 3, 19), "day", "2025-03-19"),
    ("2025-W12", date(2025, 3, 17), date(2025, 3, 23), "week", "2025-W12"),
    ("2025-w12", date(2025, 3, 17), date(2025, 3, 23), "week", "2025-W12"),
    ("March 2025", date(2025, 3, 1), date(2025, 3, 31), "month", "2025-03"),
    ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), "quarter", "2025-Q1"),
    ("2025-03-11/2025-03-13", date(2025, 3, 11), date(2025, 3, 13), "day", "2025-03-11/2025-03-13"),
    ("18 March 2025", date(2025, 3, 18), date(2025, 3, 18), "day", "2025-03-18"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "year", "2025"),
])
def test_date_box_sets_span_and_granularity(client, editor, event, typed, start, end, granularity, value):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, date=typed), headers=HX)
    assert response.status_code == 200
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.granularity, event.timex_value) == (start, end, granularity, value)
    if (start, end) != (date(2025, 3, 18), date(2025, 3, 18)):
        assert {"date_start", "date_end", "granularity", "timex_value"} <= set(event.editor_fields)


@pytest.mark.parametrize("text", ["Sept 2025", "March 18, 2025", "Q2 2025", "Week of 17 March 2025", "2025-03-10 to 2025-03-12"])
def test_parse_date_text_reads_plain_english(text):
    assert parse_date_text(text) is not None


@pytest.mark.parametrize("text", ["next Tuesday", "2025-13-01", "2025-02-30", "2025-03-20/2025-03-10", ""])
def test_parse_date_text_refuses_what_it_cannot_read(text):
    assert parse_date_text(text) is None


def test_invalid_date_shows_the_error_in_place(client, editor, event):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, date="sometime soon", title="Changed"), headers=HX)
    html = response.content.decode()
    assert response.status_code == 422
    assert "Could not read “sometime soon” as a date" in html
    assert 'aria-invalid="true"' in html
    event.refresh_from_db()
    assert event.title == "Trump to speak with Putin" and event.version == 1


def test_empty_title_is_refused(client, editor, event):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, title="   "), headers=HX)
    assert response.status_code == 422
    event.refresh_from_db()
    assert event.title == "Trump to speak with Putin"


def test_stale_version_is_refused_with_the_current_values(client, editor, superuser, event):
    client.force_login(editor)
    stale = form_data(event, title="Editor A's title")
    from timeline.services import correct_event

    correct_event(event, {"title": "Editor B got there first"}, superuser, expected_version=1)
    response = client.post(edit_url(event), stale, headers=HX)
    html = response.content.decode()
    assert response.status_code == 409
    assert "Not saved." in html and "changed by someone else" in html
    assert "Editor B got there first" in html and "Editor A&#x27;s title" in html
    assert 'name="version" value="2"' in html
    event.refresh_from_db()
    assert event.title == "Editor B got there first" and event.version == 2


def test_actors_are_comma_separated_names(client, editor, event):
    client.force_login(editor)
    Actor.objects.create(name="Volodymyr Zelenskyy")
    client.post(edit_url(event), form_data(event, actors="Donald Trump, volodymyr zelenskyy, Keir Starmer,, "), headers=HX)
    event.refresh_from_db()
    assert sorted(a.name for a in event.actors.all()) == ["Donald Trump", "Keir Starmer", "Volodymyr Zelenskyy"]
    assert "actors" in event.editor_fields
    assert Actor.objects.filter(name__iexact="volodymyr zelenskyy").count() == 1


def test_hiding_an_event_removes_it_for_readers(client, editor, event):
    client.force_login(editor)
    client.post(edit_url(event), form_data(event, hidden="on"), headers=HX)
    event.refresh_from_db()
    assert event.hidden and "hidden" in event.editor_fields
    client.logout()
    assert "Trump to speak with Putin" not in client.get("/").content.decode()


def test_hostile_values_are_saved_as_text_and_shown_escaped(client, editor, event):
    client.force_login(editor)
    response = client.post(edit_url(event), form_data(event, title=HOSTILE, actors=HOSTILE), headers=HX)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert Event.objects.get(pk=event.pk).title == HOSTILE


def test_edit_link_is_offered_to_editors_only(client, editor, reader, event):
    assert "/edit/" not in client.get("/").content.decode()
    client.force_login(reader)
    assert "/edit/" not in client.get("/").content.decode()
    client.force_login(editor)
    html = client.get("/").content.decode()
    assert f'hx-get="/events/{event.public_id}/edit/"' in html and f'hx-target="#event-{event.public_id}"' in html
