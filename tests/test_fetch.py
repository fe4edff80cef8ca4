"""Fetching URLs from a real local HTTP server: pages, feeds, limits, refusals."""

import http.server
import threading

import pytest

from timeline import ingest, sources
from timeline.models import Article

PAGE = b"""<!doctype html><html><head><title>Envoys meet in Doha</title>
<meta property="article:published_time" content="2024-09-03T06:00:00+00:00"></head><body><article>
<h1>Envoys meet in Doha</h1><p>Mediators from Qatar and Egypt met negotiators in Doha on Monday and said
they would reconvene in Cairo next week to finish a draft of the agreement.</p>
<p>The delegations are expected to return to their capitals on Wednesday, a spokesperson said.</p></article></body></html>"""
FEED = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Summit set</title><link href="https://example.org/s"/><updated>2024-09-04T10:00:00Z</updated>
<id>urn:1</id><summary>Leaders will hold a summit on Friday.</summary></entry></feed>"""

ROUTES = {
    "/page": (200, "text/html; charset=utf-8", PAGE),
    "/feed": (200, "application/atom+xml", FEED),
    "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
    "/empty": (200, "text/html", b""),
    "/big": (200, "text/html", b"<html><body>" + b"word " * 5000 + b"</body></html>"),
    "/broken": (200, "text/html", b"<html><body><p>Talks <b>ended <i>on Monday</p></body>"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def fetch(url, max_bytes=2 * 1024 * 1024, allow_private=True):
    return sources.fetch_url(url, max_bytes, timeout=5, allow_private=allow_private)


def test_page_is_read_with_its_metadata(server):
    [doc] = fetch(server + "/page")
    assert doc.title == "Envoys meet in Doha"
    assert str(doc.published).startswith("2024-09-03")
    assert doc.url.endswith("/page")
    assert "met negotiators in Doha on Monday" in doc.text


def test_feed_url_gives_its_entries(server):
    [doc] = fetch(server + "/feed")
    assert doc.title == "Summit set" and doc.published.startswith("2024-09-04T10:00:00")


@pytest.mark.parametrize("path,words", [("/image", "content type"), ("/empty", "empty"), ("/big", "limit"),
                                        ("/missing", "404")])
def test_bad_urls_get_one_clear_message(server, path, words):
    with pytest.raises(sources.SourceError, match=words):
        fetch(server + path, max_bytes=10_000)


def test_loopback_refused_unless_allowed(server):
    with pytest.raises(sources.SourceError, match="private or loopback"):
        fetch(server + "/page", allow_private=False)


def test_unreachable_and_non_http_urls():
    with pytest.raises(sources.SourceError, match="cannot be reached"):
        fetch("http://127.0.0.1:9/")
    with pytest.raises(sources.SourceError, match="only http"):
        fetch("file:///etc/passwd")


def test_broken_markup_is_still_read(server):
    [doc] = fetch(server + "/broken")
    assert "Talks" in doc.text


@pytest.mark.django_db
def test_ingesting_a_url_twice_is_one_article(server, settings):
    settings.TIMELINE_FETCH_ALLOW_PRIVATE = True
    first = ingest.ingest_documents(ingest.read_inputs([server + "/page"]))
    second = ingest.ingest_documents(ingest.read_inputs([server + "/page"]))
    assert [o.status for o in first] == ["ingested"] and [o.status for o in second] == ["duplicate"]
    article = Article.objects.get()
    assert article.published_source == "html_meta" and article.published_at.date().isoformat() == "2024-09-03"
