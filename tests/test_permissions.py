"""Who may do what: anonymous visitors, readers, editors and superusers; CSRF on every write; private
timelines never leak through embed, oEmbed or the API."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from timeline.models import Event, Timeline
from tests.factories import make_event


@pytest.fixture
def event(db):
    return make_event("Witkoff meets Putin", start=date(2025, 3, 14))


def payload(event, **kw):
    return {"title": "owned", "date": "2025-03-14", "status": "occurred", "kind": "other", "version": event.version, **kw}


def url(event):
    return f"/events/{event.public_id}/edit/"


def test_anonymous_get_is_sent_to_the_login(client, event):
    response = client.get(url(event))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/events/")


def test_anonymous_post_is_refused_and_changes_nothing(client, event):
    response = client.post(url(event), payload(event))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    event.refresh_from_db()
    assert event.title == "Witkoff meets Putin"


@pytest.mark.parametrize("method", ["get", "post"])
def test_reader_gets_403(client, reader, event, method):
    client.force_login(reader)
    response = getattr(client, method)(url(event), payload(event) if method == "post" else None)
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.title == "Witkoff meets Putin"


def test_staff_without_change_permission_gets_403(client, django_user_model, event):
    staff = django_user_model.objects.create_user("intern", password="pw-intern-123", is_staff=True)
    client.force_login(staff)
    assert client.get(url(event)).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="change_event"))
    client.force_login(django_user_model.objects.get(pk=staff.pk))
    assert client.get(url(event)).status_code == 200


def test_non_staff_with_permission_still_gets_403(client, django_user_model, event):
    user = django_user_model.objects.create_user("outsider", password="pw-outsider-1")
    user.user_permissions.add(Permission.objects.get(codename="change_event"))
    client.force_login(user)
    assert client.get(url(event)).status_code == 403


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_editor_and_superuser_may_edit(client, event, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url(event)).status_code == 200
    assert client.post(url(event), payload(event)).status_code == 302
    event.refresh_from_db()
    assert event.title == "owned"


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_wrong_method_is_405(client, editor, event, method):
    client.force_login(editor)
    assert getattr(client, method)(url(event)).status_code == 405


@pytest.mark.parametrize("path", ["/", "/embed/", "/api/events.json", "/events.ics", "/oembed"])
def test_read_only_routes_refuse_post(client, path):
    assert client.post(path).status_code == 405


def test_csrf_is_enforced_on_edit(editor, event):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    assert csrf_client.post(url(event), payload(event)).status_code == 403
    event.refresh_from_db()
    assert event.title == "Witkoff meets Putin"
    csrf_client.get(url(event))
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(url(event), payload(event), headers={"X-CSRFToken": token})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "owned"


def test_csrf_is_enforced_in_the_admin(editor, event):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    response = csrf_client.post(f"/admin/timeline/event/{event.pk}/change/", {"title": "owned"})
    assert response.status_code == 403


def test_admin_needs_staff(client, reader, editor):
    assert client.get("/admin/timeline/event/").status_code == 302
    client.force_login(reader)
    assert client.get("/admin/timeline/event/").status_code == 302
    client.force_login(editor)
    assert client.get("/admin/timeline/event/").status_code == 200


def test_hidden_event_is_visible_to_editors_only(client, editor, reader, event):
    Event.objects.filter(pk=event.pk).update(hidden=True)
    assert client.get(event.get_absolute_url()).status_code == 404
    client.force_login(reader)
    assert client.get(event.get_absolute_url()).status_code == 404
    client.force_login(editor)
    assert client.get(event.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("path", [
    "/embed/internal/",
    "/api/events.json?timeline=internal",
    "/api/timelinejs.json?timeline=internal",
    "/events.ics?timeline=internal",
    "/events.csv?timeline=internal",
    "/oembed?format=json&url=http%3A%2F%2Ftestserver%2Ftimelines%2Finternal%2F",
    "/oembed?format=json&url=http%3A%2F%2Ftestserver%2Fembed%2Finternal%2F",
])
def test_private_timeline_never_reachable_outside_its_page(client, superuser, event, path):
    Timeline.objects.create(slug="internal", title="Internal", public=False)
    assert client.get(path).status_code == 404
    client.force_login(superuser)
    assert client.get(path).status_code == 404


def test_groups_exist_after_migrate_with_the_right_permissions(db):
    from django.contrib.auth.models import Group

    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    viewers = set(Group.objects.get(name="Viewers").permissions.values_list("codename", flat=True))
    assert {"change_event", "change_actor", "change_timeline", "view_event"} <= editors
    assert not any(c.endswith("_user") or c.endswith("_group") for c in editors)  # no user admin
    assert viewers == {f"view_{m}" for m in ("event", "mention", "actor", "timeline", "article")}


def test_staff_viewer_reads_the_workbench_but_cannot_edit(client, django_user_model, event):
    from django.contrib.auth.models import Group

    viewer = django_user_model.objects.create_user("vera", password="pw-viewer-123", is_staff=True)
    viewer.groups.add(Group.objects.get(name="Viewers"))
    client.force_login(viewer)
    assert client.get("/admin/timeline/event/").status_code == 200
    assert client.get(f"/admin/timeline/event/{event.pk}/change/").status_code == 200  # read-only view
    assert client.get(f"/events/{event.public_id}/edit/").status_code == 403
    response = client.post(f"/admin/timeline/event/{event.pk}/change/", {"title": "viewer was here"})
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.title != "viewer was here"
