"""Reading articles in the forms a newsroom has them: plain text, HTML pages, feeds, JSON Lines, URLs.

No database here: each reader returns `SourceDocument`s (or raises `SourceError` with one clear sentence),
and `timeline.ingest` stores them. Limits (size, binary content, language) are checked here so every entry
point refuses bad input the same way.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
# A folder's own papers, not articles: skipped inside a folder (named on their own, they are read)
FOLDER_PAPERS = {"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "AUTHORS", "COPYING"}


class SourceError(ValueError):
    """An input that cannot become an article. The message is one sentence for the person who gave it."""


@dataclass(slots=True)
class SourceDocument:
    text: str
    name: str  # where it came from, for messages: a path, a URL, "file.jsonl:3"
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | datetime | date | None = None
    published_source: str | None = None  # given, html_meta, feed; None: let the text's header decide
    source_format: str = "text"
    ref: int | None = None  # the caller's handle (an ingest job's item), carried through to the outcome


def decode(data: bytes, name: str, max_bytes: int) -> str:
    """Bytes to text, refusing what is not an article: too large, empty, binary, not UTF-8."""
    if len(data) > max_bytes:
        raise SourceError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit for one article.")
    if not data.strip():
        raise SourceError(f"{name}: the file is empty.")
    if b"\x00" in data:
        raise SourceError(f"{name}: this is a binary file, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: the text is not valid UTF-8 (byte {exc.start}).") from None
    text = unicodedata.normalize("NFC", text)
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise SourceError(f"{name}: this looks like binary data, not text.")
    return text


def from_text(text: str, name: str, **fields) -> SourceDocument:
    if not text.strip():
        raise SourceError(f"{name}: the text is empty.")
    return SourceDocument(text=text, name=name, **fields)


def from_html(html: str, name: str, url: str | None = None) -> SourceDocument:
    """Main text, title and publication date from the page's own markup (trafilatura, htmldate)."""
    import trafilatura
    from htmldate import find_date

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except (ValueError, TypeError) as exc:
        raise SourceError(f"{name}: the page could not be read as HTML ({exc}).") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise SourceError(f"{name}: the page has no article text.")
    title = (getattr(doc, "title", None) or "").strip() or None
    publisher = (getattr(doc, "sitename", None) or "").strip() or None
    published = None
    try:
        published = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z")
    except (ValueError, TypeError):
        published = None
    if published and published.endswith("T00:00:00"):
        published = published[:10]  # a date without a printed time stays a date
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return SourceDocument(text=body, name=name, title=title, url=url or (getattr(doc, "url", None) or None),
                          publisher=publisher, published=published,
                          published_source="html_meta" if published else None, source_format="html")


def from_feed(data: bytes, name: str) -> list[SourceDocument]:
    """Each feed entry becomes an article dated by the entry's own date."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        raise SourceError(f"{name}: the feed has no entries.")
    publisher = (feed.feed.get("title") or "").strip() or None
    docs = []
    for i, entry in enumerate(feed.entries, 1):
        content = ""
        if entry.get("content"):
            content = " ".join(c.get("value", "") for c in entry.content)
        content = content or entry.get("summary", "") or ""
        if "<" in content:
            from lxml import html as lxml_html

            try:
                content = lxml_html.fromstring(content).text_content()
            except Exception:  # malformed fragment: keep the raw text
                pass
        title = (entry.get("title") or "").strip()
        text = f"{title}\n\n{content.strip()}" if title else content.strip()
        if not text.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6]).isoformat() + "+00:00" if stamp else None
        docs.append(SourceDocument(text=text, name=f"{name} entry {i}", title=title or None,
                                   url=entry.get("link") or None, publisher=publisher, published=published,
                                   published_source="feed" if published else None, source_format="feed"))
    if not docs:
        raise SourceError(f"{name}: the feed's entries have no text.")
    return docs


def from_jsonl(text: str, name: str) -> Iterator[SourceDocument | SourceError]:
    """One article per line: {"text", "published", "url", "title"}. Bad lines are errors, not stops."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(f"{where}: not valid JSON ({exc.msg}).")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
            yield SourceError(f"{where}: each line needs a non-empty \"text\".")
            continue
        yield SourceDocument(text=row["text"], name=where, title=row.get("title") or None,
                             url=row.get("url") or None, publisher=row.get("publisher") or None,
                             published=row.get("published") or None,
                             published_source="given" if row.get("published") else None, source_format="jsonl")


def looks_like_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def read_bytes(data: bytes, name: str, max_bytes: int, suffix: str = "") -> list[SourceDocument | SourceError]:
    """Any supported input as bytes -> documents (or errors for the bad parts of a multi-article input)."""
    suffix = suffix.lower()
    if suffix in FEED_SUFFIXES or looks_like_feed(data):
        if len(data) > max_bytes * 20:
            raise SourceError(f"{name}: the feed is over the size limit.")
        return list(from_feed(data, name))
    if suffix in JSONL_SUFFIXES:
        if not data.strip():
            raise SourceError(f"{name}: the file is empty.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SourceError(f"{name}: the file is not valid UTF-8.") from None
        return list(from_jsonl(text, name))
    text = decode(data, name, max_bytes)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return [from_html(text, name)]
    return [from_text(text, name)]


def read_path(path: Path, max_bytes: int) -> list[SourceDocument | SourceError]:
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder.")
    if path.stat().st_size > max_bytes * (20 if path.suffix.lower() in FEED_SUFFIXES | JSONL_SUFFIXES else 1):
        raise SourceError(f"{path}: {path.stat().st_size:,} bytes is over the {max_bytes:,}-byte limit for one article.")
    return read_bytes(path.read_bytes(), str(path), max_bytes, path.suffix)


def files_under(paths: list[Path]) -> Iterator[Path]:
    """Files named, and the supported files inside folders named, in a stable order."""
    for p in paths:
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in SUPPORTED_SUFFIXES \
                        and child.stem.upper() not in FOLDER_PAPERS:
                    yield child
        else:
            yield p


# --- URLs ---------------------------------------------------------------------------------------------

def _refuse_private(host: str, allow_private: bool) -> None:
    """Refuse hosts that resolve to private, loopback, link-local or reserved addresses (SSRF)."""
    import ipaddress
    import socket

    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise SourceError(f"{host}: the host name does not resolve.") from None
    if allow_private:
        return
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast
                or addr.is_unspecified):
            raise SourceError(f"{host}: refusing to fetch from a private or loopback address ({addr}).")


def fetch_url(url: str, max_bytes: int, timeout: float = 10.0, allow_private: bool = False) -> list[SourceDocument]:
    """Fetch a page or a feed: http(s) only, a timeout, a size limit, no private addresses."""
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"{url}: only http and https URLs can be fetched.")
    _refuse_private(parts.hostname, allow_private)

    class NoPrivateRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            target = urlsplit(newurl)
            if target.scheme not in ("http", "https") or not target.hostname:
                raise SourceError(f"{url}: redirected to a URL that cannot be fetched.")
            _refuse_private(target.hostname, allow_private)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(NoPrivateRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "timeline-ingest/1.0",
                                                   "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                                                             "application/atom+xml, text/plain;q=0.8"})
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise SourceError(f"{url}: {int(length):,} bytes is over the {max_bytes:,}-byte limit.")
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: the server answered {exc.code} {exc.reason}.") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceError(f"{url}: cannot be reached ({reason}).") from None
    if len(data) > max_bytes:
        raise SourceError(f"{url}: the page is over the {max_bytes:,}-byte limit.")
    if not data.strip():
        raise SourceError(f"{url}: the page is empty.")
    feed_types = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
    if ctype in feed_types or looks_like_feed(data):
        return from_feed(data, url)
    if ctype not in ("text/html", "application/xhtml+xml", "text/plain", ""):
        raise SourceError(f"{url}: the content type {ctype} is not an article (HTML, text or a feed).")
    text = decode(data, url, max_bytes)
    if ctype == "text/plain":
        return [from_text(text, url, url=final_url, source_format="url")]
    doc = from_html(text, url, url=final_url)
    doc.source_format = "url"
    return [doc]


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


# --- language -----------------------------------------------------------------------------------------

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "uk": "Ukrainian",
                  "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ar": "Arabic",
                  "zh": "Chinese", "ja": "Japanese", "tr": "Turkish"}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None when too short to tell."""
    sample = text[:5000]
    if len(sample.split()) < 12:
        return None
    import py3langid

    return py3langid.classify(sample)[0]


def require_english(doc: SourceDocument) -> str:
    """The article's language; refuses articles the English pipeline cannot read."""
    language = detect_language(doc.text)
    if language not in (None, "en"):
        name = LANGUAGE_NAMES.get(language, language)
        raise SourceError(f"{doc.name}: the article is in {name} ({language}); only English articles can be read.")
    return language or "en"
