"""The timeline page: what readers see, how it groups, filters, zooms and pages, and that hostile article
text stays text. Rows come from tests/factories.py and the `world` fixture in conftest.py."""

import re
from datetime import date

import pytest

from timeline.models import Timeline

from tests.factories import HOSTILE, make_event


def test_index_lists_events_in_date_order_grouped_by_day(client, world):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    titles = ["Cease-fire deadline", "Ukrainian and U.S. officials hold talks in Jeddah", "Witkoff meets Putin",
              "Western military leaders meet in the UK", "Trump to speak with Putin"]
    positions = [html.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "Hidden rumour" not in html
    assert '<h3 class="day__label">Week of 17 March 2025</h3>' in html
    assert '<h3 class="day__label">March 2025</h3>' in html
    assert '<h3 class="day__label">Tuesday 18 March 2025</h3>' in html
    assert '<time datetime="2025-03-18"' in html
    assert '<time datetime="2025-W12"' in html
    assert '<time datetime="2025-03"' in html


def test_event_item_shows_status_actors_place_and_marked_evidence(client, world):
    html = client.get("/").content.decode()
    call = html[html.index(f'id="event-{world["call"].public_id}"'):]
    call = call[: call.index("</article>")]
    assert "badge--planned" in call and "Planned" in call
    assert "Donald Trump" in call and "Vladimir Putin" in call
    assert "Trump said he would speak to Putin <mark>on Tuesday</mark>." in call
    assert 'href="https://www.theepochtimes.com/world/trump-putin"' in call
    assert "The Epoch Times" in call
    jeddah = html[html.index(f'id="event-{world["jeddah"].public_id}"'):]
    assert "Jeddah, Saudi Arabia" in jeddah[: jeddah.index("</article>")]


def test_hostile_text_is_escaped_and_javascript_urls_are_not_links(client, world):
    html = client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '" onmouseover="alert(2)' not in html
    assert "javascript:" not in html
    detail = client.get(world["hostile"].get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in detail and "javascript:" not in detail


def test_hostile_query_string_is_escaped(client, world):
    html = client.get("/", {"q": HOSTILE, "actor": HOSTILE, "from": HOSTILE}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_page_uses_no_inline_script_without_nonce_and_no_inline_styles(client, world):
    response = client.get("/")
    html = response.content.decode()
    csp = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts, "the page loads htmx and its own script"
    for tag in scripts:
        assert 'src="/static/' in tag and f'nonce="{nonce}"' in tag
    assert "style=" not in html and "<style" not in html
    assert "django_htmx/htmx-2.min.js" in html
    assert "cdn" not in html.lower()


def test_every_hx_get_link_has_the_same_href(client, world):
    html = client.get("/").content.decode()
    links = re.findall(r"<a\b[^>]*hx-get=[^>]*>", html)
    assert links
    for tag in links:
        href = re.search(r'href="([^"]*)"', tag).group(1)
        assert f'hx-get="{href}"' in tag


def test_index_is_not_frameable(client, world):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_htmx_request_gets_the_results_partial(client, world):
    response = client.get("/", {"status": "planned"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and html.lstrip().startswith('<div id="results"')
    assert "Trump to speak with Putin" in html and "Witkoff meets Putin" not in html
    assert "HX-Request" in response["Vary"]
    restore = client.get("/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.content.decode()


def test_wrong_method_on_index_is_405(client, world):
    assert client.post("/").status_code == 405


@pytest.mark.parametrize("params, present, absent", [
    ({"actor": "Vladimir Putin"}, ["Witkoff meets Putin", "Trump to speak with Putin"], ["Jeddah"]),
    ({"actor": ["Vladimir Putin", "Donald Trump"]}, ["Trump to speak with Putin"], ["Witkoff meets Putin"]),
    ({"status": "planned"}, ["Western military leaders", "Trump to speak"], ["Witkoff meets Putin"]),
    ({"kind": "meeting"}, ["Witkoff meets Putin"], ["Trump to speak"]),
    ({"place": "jeddah"}, ["Jeddah"], ["Witkoff meets Putin"]),
    ({"q": "envoy"}, ["Witkoff meets Putin"], ["Trump to speak"]),
    ({"q": "steve witkoff"}, ["Witkoff meets Putin"], ["Trump to speak"]),
    ({"source": "the epoch times"}, ["Witkoff meets Putin"], ["&lt;script&gt;"]),
    ({"from": "2025-03-17", "to": "2025-03-18"}, ["Trump to speak", "Western military leaders", "Cease-fire deadline"],
     ["Witkoff meets Putin"]),
    ({"from": "2025-W12"}, ["Trump to speak"], ["Witkoff meets Putin"]),
])
def test_filters(client, world, params, present, absent):
    html = client.get("/", params).content.decode()
    results = html[html.index('id="results"'):html.index('class="share"')]
    for text in present:
        assert text in results
    for text in absent:
        assert text not in results


def test_unreadable_filter_is_reported_not_fatal(client, world):
    response = client.get("/", {"from": "next tuesday-ish", "status": "bogus"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Could not read" in html and "Unknown status" in html
    assert "Witkoff meets Putin" in html


@pytest.mark.parametrize("zoom, label, count", [
    ("week", "Week of 10 March 2025", "3 events"),
    ("month", "March 2025", "6 events"),
    ("year", "2025", "6 events"),
])
def test_zoom_levels_group_on_the_server_with_counts(client, world, zoom, label, count):
    html = client.get("/", {"zoom": zoom}).content.decode()
    assert f'<span class="period__label">{label}</span>' in html
    item = html[html.index(f'<span class="period__label">{label}</span>'):]
    assert count in item[: item.index("</li>")]
    assert 'aria-current="true" class="is-current">' + zoom.capitalize() in html


def test_zoom_period_links_narrow_to_the_period(client, world):
    html = client.get("/", {"zoom": "week", "actor": "Vladimir Putin"}).content.decode()
    assert 'href="/?actor=Vladimir+Putin&amp;from=2025-03-10&amp;to=2025-03-16"' in html


def test_zoomed_out_view_is_a_constant_number_of_queries(client, db, django_assert_max_num_queries):
    for i in range(60):
        make_event(f"Event {i}", start=date(2025, 1 + i % 12, 1 + i % 27), article=False)
    with django_assert_max_num_queries(6):
        response = client.get("/", {"zoom": "month"})
    assert response.content.decode().count('class="period"') == 12


def test_day_view_query_count_does_not_grow_with_events(client, db, django_assert_max_num_queries):
    for i in range(40):
        make_event(f"Event {i}", start=date(2025, 3, 1 + i % 28), actors=["A", "B"])
    with django_assert_max_num_queries(8):
        response = client.get("/")
    assert response.content.decode().count('class="event ') == 40


def test_a_person_shows_the_country_they_act_for_in_constant_queries(client, db, django_assert_max_num_queries):
    from timeline.models import Actor

    qatar = Actor.objects.create(name="Qatar", kind="country")
    for i in range(20):
        event = make_event(f"Envoys meet {i}", start=date(2025, 3, 1 + i), actors=[f"Envoy Number{i}"])
        event.actors.update(country=qatar)
    with django_assert_max_num_queries(8):
        html = client.get("/").content.decode()
    assert html.count('<span class="chip__country">(Qatar)</span>') == 20


def test_paging_by_date(client, db):
    for i in range(25):
        make_event(f"Paged event {i:02d}", start=date(2025, 4, 1 + i), article=False)
    first = client.get("/", {"size": 10}).content.decode()
    assert "Paged event 00" in first and "Paged event 10" not in first
    next_url = re.search(r'<a [^>]*href="([^"]+)"[^>]*rel="next"', first).group(1).replace("&amp;", "&")
    second = client.get(next_url + "&size=10").content.decode()
    assert "Paged event 10" in second and "Paged event 09" not in second
    prev_url = re.search(r'<a [^>]*href="([^"]+)"[^>]*rel="prev"', second).group(1).replace("&amp;", "&")
    back = client.get(prev_url + "&size=10").content.decode()
    assert "Paged event 00" in back and "Paged event 10" not in back


def test_oembed_discovery_and_embed_code_box(client, world):
    html = client.get("/", {"actor": "Vladimir Putin"}).content.decode()
    assert '<link rel="alternate" type="application/json+oembed" href="/oembed?url=' in html
    assert 'id="embed-code"' in html
    box = html[html.index('id="embed-code"'):]
    box = box[: box.index("</textarea>")]
    assert "&lt;div data-timeline-embed=&quot;http://testserver/embed/?actor=Vladimir+Putin" in box
    assert "timeline/embed.js" in box


def test_saved_timeline_applies_its_filter(client, world):
    Timeline.objects.create(slug="putin", title="Putin’s diplomacy", description="Calls and meetings",
                            filters={"actor": "Vladimir Putin"})
    html = client.get("/timelines/putin/").content.decode()
    assert "Putin’s diplomacy" in html and "Calls and meetings" in html
    results = html[html.index('id="results"'):]
    assert "Witkoff meets Putin" in results and "Jeddah" not in results
    assert "/embed/putin/" in html


def test_private_timeline_hidden_from_readers_visible_to_staff(client, world, reader, editor):
    Timeline.objects.create(slug="internal", title="Internal", public=False)
    assert client.get("/timelines/internal/").status_code == 404
    client.force_login(reader)
    assert client.get("/timelines/internal/").status_code == 404
    client.force_login(editor)
    response = client.get("/timelines/internal/")
    assert response.status_code == 200
    assert "embed-code" not in response.content.decode()


def test_event_detail(client, world):
    event = world["witkoff"]
    response = client.get(f"/events/{event.public_id}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Witkoff meets Putin" in html and "<mark>on March 14</mark>" in html
    assert "dated as <code>2025-03-14</code>" in html
    assert client.get(f"/events/{world['hidden'].public_id}/").status_code == 404
    assert client.get("/events/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_merged_event_url_leads_to_the_survivor(client, world, editor):
    from timeline.services import merge_events

    survivor = merge_events([world["call"], world["witkoff"]], editor)
    gone = world["witkoff"] if survivor.pk == world["call"].pk else world["call"]
    response = client.get(f"/events/{gone.public_id}/")
    assert response.status_code == 301 and response["Location"] == survivor.get_absolute_url()


def test_blank_filter_fields_are_dropped_from_the_url(client, world):
    response = client.get("/", {"q": "", "actor": "", "status": "planned", "from": " "})
    assert response.status_code == 302 and response["Location"] == "/?status=planned"
    htmx = client.get("/", {"q": "", "status": "planned"}, headers={"HX-Request": "true"})
    assert htmx.status_code == 200 and htmx["HX-Push-Url"] == "/?status=planned"
    assert client.get("/", {"status": "planned"}).status_code == 200
