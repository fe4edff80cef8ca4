"""Helpers for the Playwright tests (tests/test_browser.py): the Chromium launch, a second origin served from
a thread, and PNG checks. Kept apart so other browser tests can reuse them."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


AXE_JS = ROOT / "tests" / "timelinejs" / "node_modules" / "axe-core" / "axe.min.js"


def skip_or_fail(reason: str) -> None:
    """A missing browser or asset skips locally; under CI (env CI set) it is a failure, never a silent skip."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files from `directory` plus a few in-memory pages; no request logging on stderr."""

    pages: Mapping[str, str] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.path.split("?", 1)[0]
        if path in self.pages:
            body = self.pages[path].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format, *args):  # noqa: A002
        pass


@contextmanager
def other_origin(pages: Mapping[str, str], directory: Path | None = None) -> Iterator[str]:
    """A second web server on another port (127.0.0.1, while live_server is on localhost: another origin
    twice over). Yields its base URL, e.g. "http://127.0.0.1:41234"."""
    handler = type("Handler", (_QuietHandler,), {"pages": dict(pages)})
    factory = functools.partial(handler, directory=str(directory or ROOT / "tests"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), factory)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="other-origin", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def assert_png(path: Path) -> None:
    assert path.is_file(), f"{path} was not written"
    data = path.read_bytes()
    assert len(data) > 1000, f"{path} is suspiciously small ({len(data)} bytes)"
    assert data[:8] == PNG_MAGIC, f"{path} is not a PNG"


@contextmanager
def chromium() -> Iterator:
    """Debian's Chromium through Playwright, or a skip (a failure under CI) when either is missing.
    Used once per run by the session-scoped `browser` fixture in conftest.py: Playwright's sync API
    cannot run twice at once in a thread."""
    if not CHROMIUM.exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("Playwright for Python is not installed (pip install playwright)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


TIMEOUT_MS = 10_000  # every wait in a browser test is bounded
DESKTOP = {"width": 1280, "height": 900}


@contextmanager
def browser_context(browser, **options) -> Iterator:
    """A fresh browser context (desktop size unless a viewport is given) that closes itself."""
    options.setdefault("viewport", DESKTOP)
    ctx = browser.new_context(**options)
    ctx.set_default_timeout(TIMEOUT_MS)
    try:
        yield ctx
    finally:
        ctx.close()
