"""Accessibility in a real browser: axe-core audits every kind of page against WCAG 2.0, 2.1 and 2.2 (A and
AA), plus the phone layout (events in the first screen, filters one tap away) and the print stylesheet.

axe-core comes from tests/timelinejs/node_modules (`make test` runs `npm ci` there). Its script is added to
the page by Playwright, which the Content-Security-Policy would refuse, so the audits run in a context that
bypasses CSP; every other check here runs under the real policy.

Run alone with `pytest tests/test_accessibility.py`; skipped when Chromium or axe-core is missing (a failure
when CI is set).
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

import pytest

from tests.browser_support import ARTIFACTS, AXE_JS, ROOT, assert_png, browser_context, skip_or_fail

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = pytest.mark.browser

SEEDS = ROOT / "seeds"
CALL = "Trump to speak with Putin"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# axe's best practices too (one h1 per page, content inside landmarks, heading order...): all pass today
AXE_TAGS = [*WCAG_TAGS, "best-practice"]
PHONE = {"width": 360, "height": 640}


# --- fixtures ------------------------------------------------------------------------------------------

@pytest.fixture
def audit_context(browser):
    """A context for axe only: CSP would block the injected axe.min.js."""
    if not AXE_JS.exists():
        skip_or_fail("axe-core is not installed: run `cd tests/timelinejs && npm ci` (make test does)")
    with browser_context(browser, locale="en-US", bypass_csp=True) as ctx:
        yield ctx


@pytest.fixture
def page(audit_context):
    return audit_context.new_page()


@pytest.fixture
def seeded(transactional_db):
    from timeline.ingest import ingest_paths
    from timeline.models import Event

    ingest_paths([SEEDS])
    call = Event.objects.get(title=CALL)
    assert Event.objects.published().count() >= 5
    return call


def _login(page, base: str, username: str = "eddie", password: str = "pw-editor-123", next_: str = "/") -> None:
    page.goto(f"{base}/admin/login/?next={next_}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("input[type=submit], button[type=submit]").first.click()
    assert urlsplit(page.url).path == next_


# --- axe -----------------------------------------------------------------------------------------------

def _describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['id']}] ({v['impact']}) {v['help']} — {v['helpUrl']}")
        for node in v["nodes"][:8]:
            summary = " ".join(line.strip() for line in node.get("failureSummary", "").splitlines())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary[:240]}")
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def audit(page, what: str) -> None:
    """axe.run on the current document with the WCAG 2.x A/AA rules (and axe's best practices); zero
    violations expected, each one listed (rule, impact, help, elements) when there are some."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("""tags => axe.run(document, {
        runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", AXE_TAGS)
    violations = result["violations"]
    assert not violations, f"axe found {len(violations)} violation(s) on {what} ({page.url}):\n{_describe(violations)}"


# --- the audits ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["", "?zoom=month"], ids=["day", "month"])
def test_timeline_has_no_axe_violations(live_server, seeded, page, query):
    page.goto(f"{live_server.url}/{query}")
    page.locator("#results .event__title, ol.periods").first.wait_for()
    audit(page, f"the timeline{query}")
    # the embed box opened, with its copy button revealed by app.js
    page.locator(".embed-box summary").click()
    page.locator("#embed-code").wait_for()
    audit(page, f"the timeline{query} with the embed box open")


def test_event_detail_has_no_axe_violations(live_server, seeded, page):
    page.goto(f"{live_server.url}{seeded.get_absolute_url()}")
    page.locator(".detail .event__title").wait_for()
    audit(page, "an event page")


@pytest.mark.parametrize("query", ["", "?theme=dark"], ids=["light", "dark"])
def test_embed_has_no_axe_violations(live_server, seeded, page, query):
    page.goto(f"{live_server.url}/embed/{query}")
    page.locator(".etl__title", has_text=CALL).wait_for()
    audit(page, f"the embed{query}")


def test_inline_edit_form_has_no_axe_violations(live_server, seeded, editor, page):
    _login(page, live_server.url)
    audit(page, "the timeline, signed in")
    card = page.locator(f"#event-{seeded.public_id}")
    card.get_by_role("link", name=re.compile(r"^Edit")).click()
    page.locator(f"#event-{seeded.public_id}.event--editing .edit-form").wait_for()
    audit(page, "the inline edit form")
    # the form with an error in it: an empty title
    page.fill(f"#edit-{seeded.public_id.hex[:8]}-title", "")
    with page.expect_response(lambda r: r.request.method == "POST" and "/edit/" in r.url) as resp:
        page.get_by_role("button", name="Save").click()
    assert resp.value.status == 422
    page.locator(f"#event-{seeded.public_id} .field--error").first.wait_for()
    audit(page, "the inline edit form with an error")
    # the full-page edit form (no JavaScript)
    page.goto(f"{live_server.url}/events/{seeded.public_id}/edit/")
    audit(page, "the edit page")


def test_ingest_pages_have_no_axe_violations(live_server, transactional_db, editor, page):
    _login(page, live_server.url, next_="/ingest/")
    page.locator("form.upload-form").wait_for()
    audit(page, "the upload form")
    # errors in place: nothing given, then a field's own error
    page.get_by_role("button", name="Add to the timeline").click()
    page.locator(".form-errors").wait_for()
    audit(page, "the upload form with an error")
    page.locator("textarea[name=urls]").fill("ftp://example.org/x")
    page.get_by_role("button", name="Add to the timeline").click()
    page.locator(".field-errors").wait_for()
    described = page.eval_on_selector("#id_urls", "el => el.getAttribute('aria-describedby')")
    assert described and all(page.locator(f"#{i}").count() == 1 for i in described.split()), described
    audit(page, "the upload form with a field error")
    # a pasted article becomes a job (tasks run immediately under test settings)
    page.locator("textarea[name=urls]").fill("")
    page.locator("textarea[name=text]").fill(
        "Envoys Meet in Oslo\n\nBy Desk | Created at 2024-05-02 07:15:00\n\n"
        "Foreign ministers from Norway and Sweden met in Oslo on Thursday to discuss Arctic security.")
    with page.expect_navigation():
        page.get_by_role("button", name="Add to the timeline").click()
    assert re.fullmatch(r"/ingest/[0-9a-f-]{36}/", urlsplit(page.url).path)
    page.locator("#job-progress").wait_for()
    audit(page, "a job progress page")
    page.goto(f"{live_server.url}/ingest/")
    page.locator("form.upload-form").wait_for()
    audit(page, "the upload form with recent uploads")


# --- the phone layout: events first, filters one tap away ----------------------------------------------

def _first_event_top(page) -> float:
    box = page.locator("#results .event__title").first.bounding_box()
    assert box, "no event title on the page"
    return box["y"]


def test_phone_shows_events_in_the_first_screen_and_keeps_filters_usable(live_server, seeded, browser):
    with browser_context(browser, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True) as ctx:
        page = ctx.new_page()
        page.goto(f"{live_server.url}/")
        page.locator("#results .event__title").first.wait_for()
        assert _first_event_top(page) < PHONE["height"], "the first event is below the first screen at 360px"
        form = page.locator(".filters__form")
        assert not form.is_visible(), "the filters are not folded on a phone"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "timeline-phone-first-screen.png"))
        assert_png(ARTIFACTS / "timeline-phone-first-screen.png")

        # the filters are one button away, keyboard first: a <summary> that says whether it is expanded
        toggle = page.locator("summary.filters__toggle")
        assert toggle.is_visible() and toggle.inner_text().strip().startswith("Filters")
        assert page.get_by_role("heading", name="Filter events").count() == 1  # still a heading for screen readers
        toggle.focus()
        page.keyboard.press("Enter")
        form.wait_for(state="visible")
        page.select_option("#filter-status", "planned")
        with page.expect_response(lambda r: "status=planned" in r.url):
            page.get_by_role("button", name="Apply").click()
        page.wait_for_url(re.compile(r"status=planned"))
        page.locator("#results .event--planned").first.wait_for()
        assert page.locator("#results article.event:not(.event--planned)").count() == 0
        # after applying, the filters fold again, focus stays on their toggle, and it shows one is active
        page.locator("summary.filters__toggle", has_text="1 active").wait_for()
        assert not page.locator(".filters__form").is_visible()
        page.wait_for_function("() => document.activeElement && document.activeElement.matches('summary.filters__toggle')")
        assert _first_event_top(page) < PHONE["height"]
        assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]


def test_phone_without_javascript_shows_the_filters_open(live_server, seeded, browser):
    with browser_context(browser, viewport=PHONE, java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto(f"{live_server.url}/")
        assert page.locator(".filters__form").is_visible()
        page.select_option("#filter-status", "planned")
        with page.expect_navigation():
            page.get_by_role("button", name="Apply").click()
        assert "status=planned" in page.url
        assert page.locator("#results article.event:not(.event--planned)").count() == 0
        assert page.locator("#results article.event--planned").count() >= 1


def test_wide_screen_shows_the_filters_without_a_toggle(live_server, seeded, browser):
    with browser_context(browser) as ctx:
        page = ctx.new_page()
        page.goto(f"{live_server.url}/")
        assert page.locator(".filters__form").is_visible()
        assert not page.locator("summary.filters__toggle").is_visible()
        assert page.locator("#filters-title").is_visible()
        # from phone width back to wide: the folded filters come back
        page.set_viewport_size(PHONE)
        page.reload()
        page.locator("summary.filters__toggle").wait_for()
        assert not page.locator(".filters__form").is_visible()
        page.set_viewport_size({"width": 1280, "height": 900})
        page.locator(".filters__form").wait_for(state="visible")


# --- print ---------------------------------------------------------------------------------------------

def test_print_hides_the_controls_and_keeps_the_events(live_server, seeded, browser):
    with browser_context(browser) as ctx:
        page = ctx.new_page()
        page.goto(f"{live_server.url}/")
        page.locator(".embed-box summary").click()  # even opened, the embed box does not print
        page.emulate_media(media="print")
        display = page.evaluate("""() => Object.fromEntries(
            ['.filters', '.filters__form', '.embed-box', '.share', 'nav.zoom', '.masthead__nav', '.skip-link',
             '.event__tools', '.site-footer']
            .map(s => [s, [...document.querySelectorAll(s)].map(el => getComputedStyle(el).display)]))""")
        for selector in (".filters", ".filters__form", ".embed-box"):
            assert display[selector] and set(display[selector]) == {"none"}, (selector, display[selector])
        for selector, values in display.items():
            assert set(values) <= {"none"}, (selector, values)
        # nothing clickable is left but the links in the text
        buttons = page.evaluate("""() => [...document.querySelectorAll('button, .button, summary.filters__toggle, input, select, textarea')]
            .filter(el => el.getClientRects().length).map(el => el.outerHTML.slice(0, 80))""")
        assert buttons == [], buttons
        # the events are all there, black on white, full width
        titles = page.locator("#results .event__title")
        assert titles.count() >= 5 and all(titles.nth(i).is_visible() for i in range(titles.count()))
        colour = page.evaluate("getComputedStyle(document.querySelector('.event__title a')).color")
        assert all(int(c) < 40 for c in re.findall(r"\d+", colour)[:3]), f"event titles do not print black: {colour}"
        width = page.evaluate("document.querySelector('#results .event').getBoundingClientRect().width")
        assert width > 900, f"events do not use the page width in print: {width}px"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "timeline-print.png"), full_page=True)
        assert_png(ARTIFACTS / "timeline-print.png")
        pdf = page.pdf(format="A4")
        assert pdf[:5] == b"%PDF-" and len(pdf) > 5000
        (ARTIFACTS / "timeline-print.pdf").write_bytes(pdf)
