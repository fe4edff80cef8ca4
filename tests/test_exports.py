"""JSON API, TimelineJS3, iCalendar and CSV: shapes, filters, paging and escaping."""

import csv
import io
import json
from datetime import date

import pytest
from icalendar import Calendar

from timeline.models import Timeline
from tests.factories import HOSTILE, make_event


def get_json(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return response, json.loads(response.content)


def test_events_json_shape(client, world):
    response, data = get_json(client, "/api/events.json")
    assert set(data) == {"events", "next"} and data["next"] is None
    call = next(e for e in data["events"] if e["title"] == "Trump to speak with Putin")
    assert call["id"] == str(world["call"].public_id)
    assert {"id", "title", "date_start", "date_end", "granularity", "status", "kind", "actors", "location",
            "sources"} <= set(call)
    assert call["date_start"] == "2025-03-18" and call["date_end"] == "2025-03-18"
    assert call["granularity"] == "day" and call["status"] == "planned" and call["kind"] == "call"
    assert call["actors"] == ["Donald Trump", "Vladimir Putin"]
    source = call["sources"][0]
    assert set(source) == {"article", "url", "publisher", "published_at", "evidence", "timex_text", "timex_value"}
    assert source["timex_text"] == "on Tuesday" and source["timex_value"] == "2025-03-18"
    assert source["publisher"] == "The Epoch Times" and source["published_at"].startswith("2025-03-17T09:54")
    assert "Hidden rumour" not in [e["title"] for e in data["events"]]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_events_json_follows_the_page_filters(client, world):
    _, data = get_json(client, "/api/events.json", actor="Vladimir Putin", status="planned")
    assert [e["title"] for e in data["events"]] == ["Trump to speak with Putin"]


def test_events_json_escapes_markup_and_drops_javascript_urls(client, world):
    response, data = get_json(client, "/api/events.json")
    raw = response.content.decode()
    assert "<script>" not in raw and "\\u003cscript\\u003e" in raw
    hostile = next(e for e in data["events"] if e["title"] == HOSTILE)
    assert hostile["sources"][0]["url"] is None


def test_events_json_pages_with_next(client, db):
    for i in range(7):
        make_event(f"E{i}", start=date(2025, 5, 1 + i), article=False)
    _, first = get_json(client, "/api/events.json", limit=3, status="occurred")
    assert [e["title"] for e in first["events"]] == ["E0", "E1", "E2"]
    assert first["next"].startswith("http://testserver/api/events.json?") and "status=occurred" in first["next"]
    _, second = get_json(client, first["next"].removeprefix("http://testserver"))
    assert [e["title"] for e in second["events"]] == ["E3", "E4", "E5"]
    _, third = get_json(client, second["next"].removeprefix("http://testserver"))
    assert [e["title"] for e in third["events"]] == ["E6"] and third["next"] is None


def test_saved_timeline_exports(client, world):
    Timeline.objects.create(slug="putin", title="Putin", filters={"actor": "Vladimir Putin"})
    _, data = get_json(client, "/api/events.json", timeline="putin")
    assert {e["title"] for e in data["events"]} == {"Witkoff meets Putin", "Trump to speak with Putin"}
    assert client.get("/api/events.json", {"timeline": "nope"}).status_code == 404


def test_timelinejs_shape(client, world):
    _, data = get_json(client, "/api/timelinejs.json")
    assert data["title"]["text"]["headline"]
    events = {e["unique_id"]: e for e in data["events"]}
    call = events[str(world["call"].public_id)]
    assert call["start_date"] == {"year": 2025, "month": 3, "day": 18}
    assert "end_date" not in call and "display_date" not in call
    assert call["text"]["headline"] == "Trump to speak with Putin"
    assert "<mark>on Tuesday</mark>" in call["text"]["text"]
    assert call["group"] == "Planned"
    week = events[str(world["allies"].public_id)]
    assert week["start_date"] == {"year": 2025, "month": 3, "day": 17}
    assert week["end_date"] == {"year": 2025, "month": 3, "day": 23}
    assert week["display_date"] == "Week of 17 March 2025"
    month = events[str(world["month"].public_id)]
    assert month["start_date"] == {"year": 2025, "month": 3} and month["display_date"] == "March 2025"


def test_timelinejs_escapes_html_it_will_render(client, world):
    response, data = get_json(client, "/api/timelinejs.json")
    hostile = next(e for e in data["events"] if e["unique_id"] == str(world["hostile"].public_id))
    assert hostile["text"]["headline"].startswith("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<script" not in hostile["text"]["text"] and "javascript:" not in hostile["text"]["text"]


def test_year_granularity_is_year_only(client, db):
    make_event("Summit year", start=date(2026, 1, 1), end=date(2026, 12, 31), granularity="year", timex_value="2026")
    _, data = get_json(client, "/api/timelinejs.json")
    assert data["events"][0]["start_date"] == {"year": 2026} and data["events"][0]["display_date"] == "2026"


def test_ics(client, world):
    response = client.get("/events.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "DTSTART;VALUE=DATE:20250318" in body
    assert "DTEND;VALUE=DATE:20250319" in body  # exclusive end
    assert "\r\n" in body
    cal = Calendar.from_ical(response.content)
    vevents = {str(v["uid"]).split("@")[0]: v for v in cal.walk("VEVENT")}
    call = vevents[str(world["call"].public_id)]
    assert str(call["status"]) == "TENTATIVE" and str(call["summary"]) == "Trump to speak with Putin"
    week = vevents[str(world["allies"].public_id)]
    assert week.decoded("dtstart") == date(2025, 3, 17) and week.decoded("dtend") == date(2025, 3, 24)
    assert str(vevents[str(world["witkoff"].public_id)]["status"]) == "CONFIRMED"
    assert str(world["hidden"].public_id) not in vevents


def test_ics_escapes_text(client, db):
    make_event("Talks; round 2, Geneva\nBEGIN:VEVENT", start=date(2025, 6, 1))
    body = client.get("/events.ics").content.decode()
    assert "SUMMARY:Talks\\; round 2\\, Geneva\\nBEGIN:VEVENT" in body
    assert body.count("\r\nBEGIN:VEVENT\r\n") == 1  # the injected text stays inside the folded, escaped line


def test_csv(client, world):
    response = client.get("/events.csv", {"actor": "Vladimir Putin"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["title"] for r in rows] == ["Witkoff meets Putin", "Trump to speak with Putin"]
    assert rows[1]["date_start"] == "2025-03-18" and rows[1]["status"] == "planned"
    assert rows[1]["actors"] == "Donald Trump; Vladimir Putin"


def test_csv_defuses_formulas(client, db):
    make_event("=HYPERLINK(\"http://evil\")", start=date(2025, 6, 1))
    text = b"".join(client.get("/events.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0]["title"].startswith("'=")


@pytest.mark.parametrize("path", ["/api/events.json", "/api/timelinejs.json", "/events.ics", "/events.csv"])
def test_exports_constant_queries(client, db, path, django_assert_max_num_queries):
    for i in range(30):
        make_event(f"E{i}", start=date(2025, 5, 1 + i % 28), actors=["A", "B"])
    with django_assert_max_num_queries(6):
        response = client.get(path)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
