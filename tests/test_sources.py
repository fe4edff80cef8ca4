"""Reading inputs: text, HTML, feeds, JSON Lines; each bad input gets one clear message."""

import pytest

from timeline import sources

LIMIT = 2 * 1024 * 1024


def test_decode_refuses_empty_binary_and_non_utf8():
    with pytest.raises(sources.SourceError, match="empty"):
        sources.decode(b"  \n ", "x.txt", LIMIT)
    with pytest.raises(sources.SourceError, match="binary"):
        sources.decode(b"abc\x00def", "x.txt", LIMIT)
    with pytest.raises(sources.SourceError, match="UTF-8"):
        sources.decode("na\xefve".encode("latin-1"), "x.txt", LIMIT)
    with pytest.raises(sources.SourceError, match="limit"):
        sources.decode(b"a" * 11, "x.txt", 10)
    assert sources.decode("\ufeffCaf\u00e9".encode(), "x.txt", LIMIT) == "Caf\u00e9"


def test_html_page_gives_main_text_title_and_date():
    html = """<!doctype html><html><head><title>Ministers meet in Oslo | Example News</title>
    <meta property="og:title" content="Ministers meet in Oslo">
    <meta property="article:published_time" content="2024-05-02T07:15:00+00:00"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Oslo</h1>
    <p>Foreign ministers from Norway and Sweden met in Oslo on Thursday to discuss Arctic security and
    agreed to hold a further round of talks in June, officials said after the session.</p>
    <p>The talks are expected to continue later this year, the Norwegian foreign ministry said.</p>
    </article><footer>Copyright</footer></body></html>"""
    [doc] = sources.read_bytes(html.encode(), "page.html", LIMIT, ".html")
    assert doc.source_format == "html"
    assert doc.title == "Ministers meet in Oslo"
    assert str(doc.published).startswith("2024-05-02")
    assert doc.published_source == "html_meta"
    assert "met in Oslo on Thursday" in doc.text
    assert "Copyright" not in doc.text


def test_feed_entries_become_articles_dated_by_the_entry():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Talks resume</title><link>https://example.org/a</link>
    <pubDate>Tue, 04 Jun 2024 09:00:00 GMT</pubDate><description>Envoys met on Monday.</description></item>
    <item><title>Call planned</title><link>https://example.org/b</link>
    <pubDate>Wed, 05 Jun 2024 09:00:00 GMT</pubDate><description>Leaders will speak on Friday.</description></item>
    </channel></rss>"""
    docs = sources.read_bytes(rss, "wire.rss", LIMIT, ".rss")
    assert [d.url for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert docs[0].published.startswith("2024-06-04T09:00:00")
    assert docs[0].published_source == "feed" and docs[0].publisher == "Wire"


def test_feed_without_entries_is_refused():
    with pytest.raises(sources.SourceError, match="no entries"):
        sources.read_bytes(b"<rss version='2.0'><channel><title>x</title></channel></rss>", "e.rss", LIMIT, ".rss")


def test_jsonl_lines_and_bad_lines():
    data = b'{"text": "Talks on Monday.", "published": "2024-06-04", "url": "https://e.org/1", "title": "T"}\n' \
           b'not json\n{"text": ""}\n'
    rows = sources.read_bytes(data, "in.jsonl", LIMIT, ".jsonl")
    assert isinstance(rows[0], sources.SourceDocument) and rows[0].published == "2024-06-04"
    assert isinstance(rows[1], sources.SourceError) and "in.jsonl:2" in str(rows[1])
    assert isinstance(rows[2], sources.SourceError) and "text" in str(rows[2])


def test_a_folder_s_readme_is_not_an_article_but_a_readme_named_alone_is(tmp_path):
    (tmp_path / "README.md").write_text("# Articles for the Doha story\n")
    (tmp_path / "a1.txt").write_text("Envoys Meet\nThe envoys met on Sunday.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "LICENSE").write_text("CC BY\n")
    (tmp_path / "sub" / "a2.md").write_text("Talks End\nThe talks ended.\n")
    assert [p.name for p in sources.files_under([tmp_path])] == ["a1.txt", "a2.md"]
    assert [p.name for p in sources.files_under([tmp_path / "README.md"])] == ["README.md"]
