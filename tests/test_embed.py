"""The embeddable widget, its loader script and oEmbed: framing headers per route, no cookies, options."""

import gzip
import json
import re
from pathlib import Path

import pytest

from timeline.models import Timeline
from tests.factories import HOSTILE

STATIC = Path(__file__).resolve().parent.parent / "static" / "timeline"


def frame_ancestors(response) -> str:
    return next(p.strip() for p in response["Content-Security-Policy"].split(";") if p.strip().startswith("frame-ancestors"))


@pytest.fixture
def putin(db):
    return Timeline.objects.create(slug="putin", title="Putin’s diplomacy", filters={"actor": "Vladimir Putin"})


@pytest.mark.parametrize("path", ["/embed/", "/embed/putin/"])
def test_embed_is_frameable_from_any_origin(client, world, putin, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == "frame-ancestors *"
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/", "/timelines/putin/", "/admin/login/"])
def test_other_pages_stay_unframeable(client, world, putin, path):
    response = client.get(path)
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == "frame-ancestors 'none'"


def test_event_page_stays_unframeable(client, world):
    response = client.get(world["call"].get_absolute_url())
    assert response["X-Frame-Options"] == "DENY"


def test_embed_sets_no_cookies_and_is_cacheable(client, world, editor):
    client.force_login(editor)  # even a signed-in editor's browser gets a cookie-free, shared response
    response = client.get("/embed/")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html and "/edit/" not in html


def test_embed_content_compact_and_escaped(client, world):
    html = client.get("/embed/").content.decode()
    assert "Trump to speak with Putin" in html and "<mark>on Tuesday</mark>" in html
    assert "Hidden rumour" not in html
    assert "<script>alert(1)</script>" not in html and "javascript:" not in html
    assert 'target="_blank"' in html  # links leave the frame: event pages refuse framing
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/timeline/embed-frame.js" defer>']
    assert "style=" not in html


def test_embed_options(client, world):
    html = client.get("/embed/", {"theme": "dark", "height": "400", "status": "planned", "title": "0"}).content.decode()
    assert 'class="embed theme-dark embed--fixed"' in html
    assert 'data-height="400"' in html
    assert "Witkoff meets Putin" not in html and "Trump to speak with Putin" in html
    assert "embed__head" not in html


def test_hostile_embed_options_are_not_reflected(client, world):
    html = client.get("/embed/", {"theme": '"><script>alert(1)</script>', "height": "1;alert(1)",
                                  "actor": HOSTILE}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "theme-light" in html and "data-height" not in html


def test_saved_embed_uses_the_timeline_filter(client, world, putin):
    html = client.get("/embed/putin/").content.decode()
    assert "Putin’s diplomacy" in html and "Witkoff meets Putin" in html and "Jeddah" not in html


def test_unknown_or_private_embed_is_404(client, world):
    Timeline.objects.create(slug="secret", title="Secret", public=False)
    assert client.get("/embed/secret/").status_code == 404
    assert client.get("/embed/nope/").status_code == 404


def test_embed_paging(client, world):
    html = client.get("/embed/", {"limit": "2"}).content.decode()
    assert html.count('class="etl__event ') == 2
    next_url = re.search(r'<a href="([^"]+)">Later events', html).group(1).replace("&amp;", "&")
    assert "limit=2" in next_url
    assert "Witkoff meets Putin" in client.get(next_url).content.decode()


# --- the loader ----------------------------------------------------------------------------------------

def test_embed_js_is_small_and_checks_origin():
    source = (STATIC / "embed.js").read_text()
    assert len(gzip.compress(source.encode())) <= 2048
    assert "e.origin === item.origin" in source and "e.source === item.frame.contentWindow" in source
    assert 'loading = "lazy"' in source and "title" in source


def test_embed_frame_posts_its_height():
    source = (STATIC / "embed-frame.js").read_text()
    assert "postMessage" in source and "timeline-embed:height" in source


def test_page_assets_fit_the_budget(client, world):
    """All script and CSS of the timeline page, gzipped, including htmx: at most 30 KB."""
    from django.contrib.staticfiles import finders

    html = client.get("/").content.decode()
    assets = re.findall(r'(?:src|href)="/static/([^"]+\.(?:js|css))"', html)
    assert any("htmx" in a for a in assets) and "timeline/app.css" in assets
    total = sum(len(gzip.compress(Path(finders.find(a)).read_bytes(), 9)) for a in assets if "django-htmx.js" not in a)
    assert total <= 30 * 1024


# --- oEmbed --------------------------------------------------------------------------------------------

def oembed(client, url, **params):
    return client.get("/oembed", {"url": url, "format": "json", **params})


@pytest.mark.parametrize("url", ["http://testserver/", "http://testserver/embed/", "http://testserver/timelines/putin/",
                                 "http://testserver/embed/putin/?theme=dark"])
def test_oembed_rich_response(client, world, putin, url):
    response = oembed(client, url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert "<iframe" in data["html"] and 'src="http://testserver/embed/' in data["html"]
    assert data["width"] == 640 and data["height"] == 600
    assert data["title"] and data["provider_name"] and data["provider_url"] == "http://testserver/"


def test_oembed_keeps_the_filters(client, world):
    data = json.loads(oembed(client, "http://testserver/?actor=Vladimir+Putin").content)
    assert 'src="http://testserver/embed/?actor=Vladimir+Putin"' in data["html"]


def test_oembed_honours_maxwidth_and_maxheight(client, world):
    data = json.loads(oembed(client, "http://testserver/embed/", maxwidth="300", maxheight="250").content)
    assert data["width"] == 300 and data["height"] == 250
    assert 'width="300"' in data["html"] and 'height="250"' in data["html"]


@pytest.mark.parametrize("url", ["http://testserver/nope/", "http://evil.example/embed/", "javascript:alert(1)//testserver/",
                                 "http://testserver/timelines/missing/", "", "http://testserver/admin/"])
def test_oembed_unknown_url_is_404(client, world, url):
    assert oembed(client, url).status_code == 404


def test_oembed_other_formats_are_501(client, world):
    assert client.get("/oembed", {"url": "http://testserver/embed/", "format": "xml"}).status_code == 501


def test_oembed_escapes_a_hostile_title(client, world):
    Timeline.objects.create(slug="bad", title=HOSTILE)
    data = json.loads(oembed(client, "http://testserver/timelines/bad/").content)
    assert "<script>" not in data["html"] and "&lt;script&gt;" in data["html"]
    assert 'onmouseover="' not in data["html"]
