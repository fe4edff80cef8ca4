"""Hostile article text through the real ingest, out through every surface: pages, JSON, ICS, TimelineJS,
CSV and oEmbed. Nothing executes, nothing breaks out of its field, no surface injects structure."""

import csv
import io
import json

import pytest

from timeline import ingest
from timeline.models import Event, Timeline
from timeline.sources import SourceDocument

pytestmark = pytest.mark.django_db

RLO, ZWSP = "\u202e", "\u200b"
# A headline and a sentence written to break out of HTML attributes, JSON strings and ICS lines.
HOSTILE_ARTICLE = (
    f'Envoys <img src=x onerror=alert(1)> Meet{RLO}gnp.exe\n\n'
    "By Desk | Created at 2024-06-12 08:30:00\n\n"
    f'President Anna <script>alert(2)</script> Lindqvist{ZWSP} met "javascript:alert(3)" officials in Geneva '
    "on Monday.\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nDTSTART:20240101\r\n"
    "The envoys will meet again in Vienna on Friday, officials said."
)


@pytest.fixture
def hostile(db):
    [outcome] = ingest.ingest_documents([SourceDocument(HOSTILE_ARTICLE, "hostile.txt",
                                                        url="javascript:alert(4)")])
    assert outcome.status == "ingested"
    assert Event.objects.exists()
    return outcome.article


def no_live_markup(text: str):
    for bad in ("<script>alert", "<img src=x", 'href="javascript:', "href='javascript:"):
        assert bad not in text, bad


def test_pages_escape_everything(client, hostile):
    pages = [client.get("/").content.decode(), client.get("/embed/").content.decode(),
             client.get("/?q=%3Cscript%3Ealert(5)%3C/script%3E").content.decode()]
    pages += [client.get(e.get_absolute_url()).content.decode() for e in Event.objects.all()]
    for html in pages:
        no_live_markup(html)
        assert "<script>alert(5)" not in html


def test_json_exports_are_valid_and_escaped(client, hostile):
    for url in ("/api/events.json", "/api/timelinejs.json"):
        response = client.get(url)
        raw = response.content.decode()
        data = json.loads(raw)  # still well-formed
        assert "<script>" not in raw and "<img" not in raw
        assert data["events"]


def test_ics_has_no_injected_events(client, hostile):
    body = client.get("/events.ics").content.decode()
    assert body.count("BEGIN:VEVENT") == Event.objects.published().count()
    assert "\r\nSUMMARY:injected" not in body and "\nDTSTART:20240101" not in body
    for line in body.split("\r\n"):
        assert len(line.encode()) <= 75 or line.startswith(" ")  # RFC 5545 folding kept


def test_csv_cells_stay_cells(client, hostile):
    rows = list(csv.reader(io.StringIO(b"".join(client.get("/events.csv").streaming_content).decode())))
    width = len(rows[0])
    assert all(len(r) == width for r in rows)
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows[1:] for cell in r if cell)


def test_labels_drop_invisible_and_bidi_characters(hostile):
    assert RLO not in hostile.title and ZWSP not in hostile.title
    for event in Event.objects.all():
        assert not any(c in event.title + event.location for c in (RLO, ZWSP, "\r", "\n"))
        assert all(RLO not in a.name and ZWSP not in a.name for a in event.actors.all())
    assert RLO in hostile.body  # the evidence itself stays exactly as ingested


def test_oembed_title_is_escaped(client, hostile):
    Timeline.objects.create(slug="hostile", title=f"<script>alert(6)</script>{RLO}", public=True)
    data = client.get("/oembed", {"url": "http://testserver/timelines/hostile/", "format": "json"}).json()
    assert "<script>" not in data["html"] and "&lt;script&gt;" in data["html"]


def test_nul_bytes_never_reach_the_database(client):
    """PostgreSQL refuses NUL in text: a NUL in a query string or in JSON Lines text is handled, not a 500."""
    for path in ("/", "/api/events.json", "/embed/", "/events.ics"):
        assert client.get(path, {"q": "a\x00b", "actor": "\x00", "from": "2025\x00"}).status_code < 500
    [outcome] = ingest.ingest_documents([SourceDocument("Talks\x00 on Monday.", "rows.jsonl:1",
                                                        url="https://e.org/\x00x")])
    assert outcome.status == "rejected" and "NUL" in outcome.message
