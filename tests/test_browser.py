"""The timeline in a real browser: Chromium driven by Playwright against pytest-django's live_server.

What only a browser can show: htmx swaps that keep the page (and its URL and history) alive, keyboard focus,
the inline editor, the embed's auto-height iframe on another origin, TimelineJS reading our export, and the
layout at phone width. Screenshots land in test-artifacts/ (gitignored).

Run alone with `pytest -m browser`; skipped when /usr/bin/chromium is missing (a failure when CI is set).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_support import (
    TIMEOUT_MS, ARTIFACTS, ROOT, assert_png, browser_context, other_origin, skip_or_fail,
)

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test body are still
# synchronous and safe here.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = pytest.mark.browser

SEEDS = ROOT / "seeds"
TLJS_DIST = ROOT / "tests" / "timelinejs" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
CALL = "Trump to speak with Putin"  # planned, 2025-03-18: the seed story's point; must always be there
PUTIN = "Vladimir Putin"


# --- fixtures ------------------------------------------------------------------------------------------

@pytest.fixture
def context(browser):
    with browser_context(browser, locale="en-US") as ctx:
        yield ctx


@pytest.fixture
def page(context):
    return context.new_page()


@dataclass
class Seeded:
    """What the seed article yielded, read from the DB, so the extractor may improve without breaking these
    tests (the planned Trump-Putin call on 2025-03-18 is required)."""

    n: int
    days: list[date]  # every event's date_start, in timeline order
    planned: set[str]
    with_putin: list[tuple[str, date, str]]  # (title, date_start, status)


@pytest.fixture
def seeded(transactional_db) -> Seeded:
    """The seed article and its events, stored by the real ingest (spaCy included)."""
    from timeline.ingest import ingest_paths
    from timeline.models import Event

    ingest_paths([SEEDS])
    events = Event.objects.published().dated().order_by("date_start", "id")
    assert events.filter(title=CALL, date_start=date(2025, 3, 18), status="planned", actors__name=PUTIN).exists()
    seeded = Seeded(
        n=events.count(), days=[e.date_start for e in events],
        planned={e.title for e in events if e.status == "planned"},
        with_putin=[(e.title, e.date_start, e.status) for e in events.filter(actors__name=PUTIN)],
    )
    assert seeded.n >= 5 and len(seeded.with_putin) >= 2, "the seed article yields too few events to test"
    assert len(set(seeded.days)) >= 3
    return seeded


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _event_titles(page) -> list[str]:
    return page.locator("#results .event__title").all_inner_texts()


# --- htmx: filter, zoom, history -----------------------------------------------------------------------

def _plural(n: int) -> str:
    return f"{n} event{'s' if n != 1 else ''}"


def test_filter_and_zoom_swap_in_place_and_push_the_url(live_server, seeded, page):
    page.goto(f"{live_server.url}/")
    assert len(_event_titles(page)) == seeded.n
    page.evaluate("window.__sameDocument = 'still here'")

    # status=planned through the filter form: an htmx GET swaps #results, the URL gets the clean query
    page.select_option("#filter-status", "planned")
    with page.expect_response(lambda r: "status=planned" in r.url and r.request.headers.get("hx-request") == "true"):
        page.get_by_role("button", name="Apply").click()
    page.wait_for_url(re.compile(r"status=planned"))
    assert _query(page.url) == {"status": ["planned"]}  # blanks dropped by HX-Push-Url
    expect_count(page, len(seeded.planned))
    assert set(_event_titles(page)) == seeded.planned and CALL in seeded.planned
    assert page.locator("#results article.event:not(.event--planned)").count() == 0
    assert page.inner_text("#results-summary") == _plural(len(seeded.planned))
    assert page.evaluate("window.__sameDocument") == "still here", "the filter reloaded the whole page"
    assert page.locator(".active-filters").inner_text().strip() == "Status: Planned"

    # Back restores the unfiltered timeline and its URL; forward the filtered one
    page.go_back()
    page.wait_for_url(lambda url: "status" not in url)
    assert urlsplit(page.url).query == ""
    expect_count(page, seeded.n)
    assert page.input_value("#filter-status") == ""
    assert page.locator(".active-filters").count() == 0
    page.go_forward()
    page.wait_for_url(re.compile(r"status=planned"))
    expect_count(page, len(seeded.planned))

    # An actor filter, then a zoom level through htmx: the filter stays, periods are counted
    page.goto(f"{live_server.url}/?actor=Vladimir+Putin")
    assert _event_titles(page) == [title for title, _, _ in seeded.with_putin]
    page.evaluate("window.__sameDocument = 'zooming'")
    page.locator("nav.zoom").get_by_role("link", name="Month").click()
    page.wait_for_url(re.compile(r"zoom=month"))
    assert _query(page.url) == {"actor": [PUTIN], "zoom": ["month"]}
    page.locator("ol.periods li.period").first.wait_for()
    months = Counter(d.replace(day=1) for _, d, _ in seeded.with_putin)
    planned = Counter(d.replace(day=1) for _, d, status in seeded.with_putin if status == "planned")
    assert page.locator(".period__label").all_inner_texts() == [f"{m:%B %Y}" for m in sorted(months)]
    assert page.locator(".period__count").all_inner_texts() == [
        _plural(months[m]) + (f" · {planned[m]} planned" if planned[m] else "") for m in sorted(months)]
    assert page.locator("nav.zoom a[aria-current=true]").inner_text() == "Month"
    assert page.evaluate("window.__sameDocument") == "zooming", "zooming reloaded the whole page"
    # once the request is over the loading notice is hidden at once, not fading out: half-transparent text
    # is unreadable (and axe flags its contrast). htmx drops its request class just after the swap, so wait
    # for that moment (briefly), then check nothing of the notice is left to fade.
    # (polled with page.evaluate: wait_for_function would eval a string, which the page's CSP forbids)
    for _ in range(40):
        if page.evaluate("!document.getElementById('loading').closest('.htmx-request')"):
            break
        page.wait_for_timeout(50)
    assert page.evaluate("getComputedStyle(document.getElementById('loading')).visibility") == "hidden"

    # Every event, by ISO week (Monday first), counts add up
    page.goto(f"{live_server.url}/?zoom=week")
    weeks = Counter(d - timedelta(days=d.weekday()) for d in seeded.days)
    assert page.locator(".period__label").all_inner_texts() == [f"Week of {w:%-d %B %Y}" for w in sorted(weeks)]
    counts = [int(t.split()[0]) for t in page.locator(".period__count").all_inner_texts()]
    assert counts == [weeks[w] for w in sorted(weeks)]
    page.evaluate("window.__sameDocument = 'by week'")
    page.locator("nav.zoom").get_by_role("link", name="Year").click()
    page.wait_for_url(re.compile(r"zoom=year"))
    years = Counter(d.year for d in seeded.days)
    page.locator(".period__label", has_text=str(min(years))).wait_for()
    assert page.locator(".period__label").all_inner_texts() == [str(y) for y in sorted(years)]
    assert page.inner_text("#results-summary") == f"{_plural(seeded.n)} by year"
    # a period drills down to its days, still without a page load
    year = min(years)
    page.locator(".period__link").first.click()
    page.wait_for_url(re.compile(rf"from={year}-01-01"))
    assert _query(page.url) == {"from": [f"{year}-01-01"], "to": [f"{year}-12-31"]}
    expect_count(page, years[year])
    assert page.evaluate("window.__sameDocument") == "by week"
    page.go_back()
    page.wait_for_url(re.compile(r"zoom=year"))
    page.locator("ol.periods").wait_for()


def expect_count(page, n: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('#results article.event').length === n", arg=n, timeout=TIMEOUT_MS)


# --- keyboard ------------------------------------------------------------------------------------------

FOCUS_INFO = """() => {
  const el = document.activeElement, cs = getComputedStyle(el);
  return {href: el.getAttribute('href'), text: el.textContent.trim(), eventLink: !!el.closest('.event__title'),
          outline: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth) || 0, shadow: cs.boxShadow,
          focusVisible: el.matches(':focus-visible')};
}"""


def test_keyboard_reaches_events_in_order_with_visible_focus_and_opens_one(live_server, seeded, page):
    page.goto(f"{live_server.url}/")
    expected = page.eval_on_selector_all(".event__title a", "els => els.map(a => a.getAttribute('href'))")
    assert len(expected) == seeded.n

    reached, focus_styles = [], []
    for _ in range(200):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_INFO)
        if info["eventLink"]:
            reached.append(info["href"])
            focus_styles.append(info)
            if len(reached) == len(expected):
                break
    assert reached == expected, "Tab does not reach every event link in timeline order"
    for info in focus_styles:
        assert info["focusVisible"], f"{info['text']!r} has focus but not :focus-visible"
        visible = (info["outline"] != "none" and info["outlineWidth"] > 0) or info["shadow"] not in ("", "none")
        assert visible, f"no visible focus indicator on {info['text']!r}: {info}"

    # Shift+Tab back to the planned call, Enter opens its page
    for _ in range(200):
        info = page.evaluate(FOCUS_INFO)
        if info["eventLink"] and info["text"] == CALL:
            break
        page.keyboard.press("Shift+Tab")
    else:
        pytest.fail(f"could not focus {CALL!r} with Shift+Tab")
    href = info["href"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == href
    assert re.fullmatch(r"/events/[0-9a-f-]{36}/", href)
    assert page.locator("h1.event__title").inner_text() == CALL
    assert page.locator(".event__meta .badge--planned").text_content().strip().endswith("Planned")
    assert "Tuesday" in page.locator(".source__evidence mark").first.inner_text()


# --- the inline editor ---------------------------------------------------------------------------------

def test_editor_edits_a_title_inline_with_the_keyboard(live_server, seeded, editor, page):
    from timeline.models import Event

    event = Event.objects.get(title=CALL)
    version = event.version

    page.goto(f"{live_server.url}/admin/login/?next=/")
    page.fill("#id_username", "eddie")
    page.fill("#id_password", "pw-editor-123")
    with page.expect_navigation():
        page.locator("input[type=submit], button[type=submit]").first.click()
    assert urlsplit(page.url).path == "/"
    assert "Signed in as eddie" in page.locator(".masthead").inner_text()

    card = page.locator(f"#event-{event.public_id}")
    edit = card.get_by_role("link", name=re.compile(r"^Edit"))
    edit.focus()
    page.keyboard.press("Enter")
    title_box = page.locator(f"#edit-{event.public_id.hex[:8]}-title")
    title_box.wait_for()
    # htmx settles attributes a moment after the swap; wait for the editing class rather than count it
    page.locator(f"#event-{event.public_id}.event--editing").wait_for()
    assert urlsplit(page.url).path == "/", "opening the inline editor changed the URL"
    # the swapped-in form takes focus (autofocus), so the keyboard lands in the title box
    page.wait_for_function("id => document.activeElement && document.activeElement.id === id",
                           arg=f"edit-{event.public_id.hex[:8]}-title")
    page.keyboard.press("ControlOrMeta+a")
    new_title = "Trump and Putin to hold phone call"
    page.keyboard.type(new_title)
    with page.expect_response(lambda r: r.request.method == "POST" and "/edit/" in r.url) as resp:
        page.keyboard.press("Enter")
    assert resp.value.status == 200

    saved = page.locator(f"#event-{event.public_id}")
    saved.locator(".event__saved").wait_for()
    page.locator(f"#event-{event.public_id}:not(.event--editing)").wait_for()
    assert saved.locator(".event__title").inner_text() == new_title
    assert saved.locator(".event__saved").inner_text() == "Saved."
    note = saved.locator(".event__edited").inner_text()
    assert note.startswith("Corrected by eddie"), note
    assert "locked: title" in note
    page.locator(".event--editing").wait_for(state="detached")  # after htmx's settle step
    assert urlsplit(page.url).path == "/"
    assert len(_event_titles(page)) == seeded.n  # swapped in place, the rest untouched

    event.refresh_from_db()
    assert event.title == new_title
    assert "title" in event.editor_fields
    assert event.edited_by_id == editor.pk
    assert event.version == version + 1


# --- embed on another origin ---------------------------------------------------------------------------

def test_embed_iframe_on_another_origin_grows_to_its_content(live_server, seeded, page):
    host_page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newspaper</title></head>
<body style="margin:0;font-family:sans-serif"><h1 style="margin:1rem">Our story</h1>
<div id="slot" data-timeline-embed="{live_server.url}/embed/"></div>
<script src="{live_server.url}/static/timeline/embed.js"></script>
<p>After the timeline.</p></body></html>"""
    with other_origin({"/story.html": host_page}) as origin:
        assert urlsplit(origin).netloc != urlsplit(live_server.url).netloc
        page.set_viewport_size({"width": 800, "height": 700})
        # note the height the loader gives the iframe when it inserts it, before any resize message
        page.add_init_script("""new MutationObserver((records, obs) => {
            for (const r of records) for (const n of r.addedNodes) if (n.tagName === 'IFRAME') {
              window.__initialHeight = n.getAttribute('height'); obs.disconnect(); return; }
          }).observe(document, {childList: true, subtree: true});""")
        page.goto(f"{origin}/story.html")
        iframe = page.locator("#slot iframe")
        iframe.wait_for()
        assert iframe.get_attribute("title"), "the embed iframe has no title"
        assert iframe.get_attribute("src") == f"{live_server.url}/embed/"
        assert iframe.get_attribute("loading") == "lazy"
        fallback = int(page.evaluate("window.__initialHeight"))
        assert fallback == 600

        frame = page.frame_locator("#slot iframe")
        frame.locator(".etl__title", has_text=CALL).wait_for()
        assert frame.locator(".etl__event").count() == seeded.n

        page.wait_for_function("() => +document.querySelector('#slot iframe').height > 600")
        inner = next(f for f in page.frames if f.url.startswith(f"{live_server.url}/embed/"))
        content = inner.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
        scroll = inner.evaluate("document.documentElement.scrollHeight")
        height = int(iframe.get_attribute("height"))
        box = iframe.bounding_box()
        assert height > fallback, f"the iframe did not grow: {height}px"
        assert abs(height - content) <= 2 and abs(height - scroll) <= 2, (height, content, scroll)
        assert abs(box["height"] - height) <= 1
        # no inner scrollbar: the whole widget shows in the host page
        assert inner.evaluate("document.scrollingElement.scrollHeight <= window.innerHeight + 1")

        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "embed.png"
        # a viewport as tall as the page: Chromium paints only the visible part of a cross-origin frame in a
        # full_page screenshot, which would look like a half-empty widget
        page.set_viewport_size({"width": 800, "height": page.evaluate("document.scrollingElement.scrollHeight")})
        page.screenshot(path=str(shot))
        assert_png(shot)


# --- TimelineJS3 reads our export ----------------------------------------------------------------------

def test_timelinejs_renders_our_export(live_server, seeded, page):
    if not (TLJS_DIST / "js" / "timeline.js").exists():
        skip_or_fail("TimelineJS3 is not installed: run `cd tests/timelinejs && npm ci` (make test does)")
    api = f"{live_server.url}/api/timelinejs.json"
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/css/timeline.css"><script src="/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script>window.tl = new TL.Timeline('timeline-embed', '{api}');</script></body></html>"""
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    with other_origin({"/index.html": html}, directory=TLJS_DIST) as origin:
        with page.expect_response(api) as resp:
            page.goto(f"{origin}/index.html")
        assert resp.value.status == 200
        assert resp.value.headers.get("access-control-allow-origin") == "*"

        page.wait_for_function(
            "t => [...document.querySelectorAll('.tl-slide .tl-headline')].some(h => h.textContent.trim() === t)",
            arg=CALL)
        headlines = [h.strip() for h in page.locator(".tl-slide .tl-headline").all_text_contents()]
        assert "Diplomacy timeline" in headlines  # the title slide
        assert {title for title, _, _ in seeded.with_putin} <= set(headlines)
        assert len([h for h in headlines if h != "Diplomacy timeline"]) == seeded.n
        # the call's slide carries its date and its evidence
        slide = page.locator(".tl-slide", has=page.locator(".tl-headline", has_text=CALL))
        assert "March 18, 2025" in slide.locator(".tl-headline-date").first.text_content()
        assert "on Tuesday" in slide.locator(".tl-text-content").text_content()
        # the time navigator has a marker per event
        assert page.locator(".tl-timemarker").count() == seeded.n
        assert not errors, errors
        ARTIFACTS.mkdir(exist_ok=True)
        page.wait_for_timeout(1200)  # for the picture only: TimelineJS fades its navigator in
        page.screenshot(path=str(ARTIFACTS / "timelinejs.png"))
        assert_png(ARTIFACTS / "timelinejs.png")


# --- screenshots and the phone layout ------------------------------------------------------------------

def test_timeline_screenshots(live_server, seeded, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{live_server.url}/")
    page.locator(".event__title", has_text=CALL).wait_for()
    shots = {"timeline.png": None, "timeline-month.png": "?zoom=month"}
    for name, query in shots.items():
        if query:
            page.goto(f"{live_server.url}/{query}")
            page.locator("ol.periods").wait_for()
        page.screenshot(path=str(ARTIFACTS / name), full_page=True)
        assert_png(ARTIFACTS / name)


def test_phone_width_has_no_horizontal_scroll(live_server, seeded, browser):
    with browser_context(browser, viewport={"width": 360, "height": 740}, device_scale_factor=2,
                         is_mobile=True, has_touch=True) as ctx:
        page = ctx.new_page()
        for path in ("/", "/?zoom=week"):
            page.goto(f"{live_server.url}{path}")
            page.locator("#results").wait_for()
            width = page.evaluate("document.scrollingElement.scrollWidth")
            assert width <= 360, f"{path} scrolls sideways at 360px: scrollWidth={width}"
        page.goto(f"{live_server.url}/")
        wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > 361 && getComputedStyle(el).position !== 'absolute')
            .map(el => el.tagName + '.' + el.className).slice(0, 5)""")
        assert wide == [], f"elements overflow the 360px viewport: {wide}"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"))
        page.screenshot(path=str(ARTIFACTS / "timeline-phone-full.png"), full_page=True)
        assert_png(ARTIFACTS / "timeline-phone.png")
        assert_png(ARTIFACTS / "timeline-phone-full.png")
        event = page.locator(".event__title a", has_text=CALL)
        event.click()
        page.wait_for_url(re.compile(r"/events/"))
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 360
