"""Random bytes and random articles thrown at ingest and extract: no crash, nothing half-written."""

import json

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import ingest
from timeline.models import Article, Event, Mention
from timeline.sources import SourceError, read_bytes

pytestmark = pytest.mark.django_db

HEADERS = ["", "By Desk | Created at 2024-06-12 08:30:00\n\n", "March 26, 2025 5:03 AM\n\n",
           "12 Mar 2025, 03:17 GMT+10\n\n", "Created at 9999-99-99 99:99:99\n\n"]
WORDS = ["talks", "met", "will", "meet", "on", "Monday", "Tuesday", "next", "week", "in", "Geneva", "said",
         "Putin", "Zelenskyy", "<script>alert(1)</script>", "\u202e", "\u200b", "javascript:alert(1)", "\"", "'",
         "March", "11", "2025", "ceasefire", "agreement", ".", ",", "\n\n", "the", "President", "envoy"]

articles = st.builds(
    lambda header, title, words: f"{title}\n\n{header}{' '.join(words)}",
    st.sampled_from(HEADERS),
    st.text(max_size=60),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60),
)
SUFFIXES = ["", ".txt", ".html", ".xml", ".rss", ".jsonl", ".bin"]


def _consistent():
    """Every stored article has its extractor stamp, and every event has evidence."""
    assert not Article.objects.filter(extractor_version="").exists()
    assert not Event.objects.filter(mentions__isnull=True, editor_fields=[]).exists()
    for m in Mention.objects.all():
        assert m.sentence == m.article.body[m.sentence_start:m.sentence_end] or not m.sentence_end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash_ingest(data, suffix):
    try:
        docs = read_bytes(data, "random" + suffix, 10_000, suffix)
    except SourceError as exc:
        assert str(exc).startswith("random")
        return
    outcomes = ingest.ingest_documents(docs)
    assert all(o.status in ("ingested", "duplicate", "rejected") for o in outcomes)
    assert all(o.message for o in outcomes if o.status == "rejected")
    _consistent()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=articles, published=st.one_of(st.none(), st.sampled_from(["2025-03-17", "2025-03-17T09:54:27+02:00",
                                                                        "garbage", "2025-13-45"])))
def test_random_articles_never_crash_ingest(text, published):
    from timeline.sources import SourceDocument

    outcomes = ingest.ingest_documents([SourceDocument(text, "random.txt", published=published)])
    assert len(outcomes) == 1 and outcomes[0].status in ("ingested", "duplicate", "rejected")
    _consistent()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(st.text(max_size=80),
                                st.builds(lambda t, p: json.dumps({"id": 1, "text": t, "published": p}),
                                          articles, st.one_of(st.none(), st.text(max_size=25)))), max_size=5))
def test_random_jsonl_gives_one_line_per_input(lines, tmp_path_factory):
    src = tmp_path_factory.mktemp("jsonl") / "in.jsonl"
    src.write_text("\n".join(l.replace("\n", " ").replace("\r", " ") for l in lines) + "\n")
    import io

    out = io.StringIO()
    call_command("extract", "--jsonl", str(src), stdout=out)
    expected = sum(1 for l in src.read_text().split("\n") if l.strip())
    produced = [json.loads(l) for l in out.getvalue().splitlines()]
    assert len(produced) == expected
    for row in produced:
        assert set(row) >= {"id", "published", "timexes", "events", "error"}
        if row["error"]:
            assert row["timexes"] == [] and row["events"] == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.binary(max_size=400), name=st.text(min_size=1, max_size=30), suffix=st.sampled_from(SUFFIXES))
def test_random_uploads_never_give_a_500(client, editor, data, name, suffix):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor)
    upload = SimpleUploadedFile((name.replace("/", "_") or "x") + suffix, data)
    response = client.post("/ingest/", {"files": [upload]})
    assert response.status_code in (200, 302)  # the form again with an error, or the job page
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 200
    _consistent()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(["q", "actor", "place", "status", "kind", "from", "to", "zoom",
                                               "page", "before", "after", "theme", "height", "limit", "timeline",
                                               "source", "publisher"]),
                              st.text(max_size=40), max_size=6),
       path=st.sampled_from(["/", "/embed/", "/api/events.json", "/api/timelinejs.json", "/events.ics",
                             "/events.csv"]))
def test_random_query_strings_never_give_a_500(client, params, path):
    response = client.get(path, params)
    assert response.status_code < 500, (path, params)
