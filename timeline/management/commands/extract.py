"""manage.py extract — run the extractor with no database writes.

    manage.py extract --jsonl IN      # IN: a JSON Lines file or "-" for stdin; JSON Lines on stdout
    manage.py extract FILE...         # human-readable
"""

import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import ArticleInput, Extraction, extract_many
from timeline.sources import SourceError, decode


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


# Characters that some line readers (Python's str.splitlines, JavaScript) take as line breaks: escaped so
# one JSON Lines record stays on one line for every reader.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False).translate(_LINE_BREAKS)


def as_json(record_id, extraction: Extraction) -> dict:
    return {
        "id": record_id,
        "published": _iso(extraction.published),
        "timexes": [t.as_dict() for t in extraction.timexes],
        "events": [e.as_dict() for e in extraction.events],
        "error": extraction.error,
    }


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Extract dated events without touching the database (JSON Lines or human-readable)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path)
        parser.add_argument("--jsonl", metavar="IN", help='JSON Lines input ("-" for stdin)')
        parser.add_argument("--batch-size", type=int, default=16)

    def handle(self, *args, files, jsonl, batch_size, **options):
        if jsonl:
            self._jsonl(jsonl, batch_size)
        elif files:
            self._files(files, batch_size)
        else:
            raise CommandError("Give --jsonl IN or one or more files.")

    def _jsonl(self, source: str, batch_size: int) -> None:
        try:
            stream = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")
        except OSError as exc:
            raise CommandError(f"Cannot read {source}: {exc.strerror}.") from None
        rows: list[tuple[object, ArticleInput | None, str | None]] = []
        with stream:
            for lineno, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                rows.append(self._parse_line(line, lineno))
        inputs = [inp for _, inp, _ in rows if inp is not None]
        results = iter(extract_many(inputs, batch_size=batch_size))
        out = self.stdout
        for record_id, inp, error in rows:
            if inp is None:
                payload = {"id": record_id, "published": None, "timexes": [], "events": [], "error": error}
            else:
                payload = as_json(record_id, next(results))
            out.write(json_line(payload))
        out.flush()

    @staticmethod
    def _parse_line(line: str, lineno: int):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            return None, None, f"Line {lineno} is not valid JSON ({exc.msg})."
        if not isinstance(row, dict):
            return None, None, f"Line {lineno} is not a JSON object."
        record_id = row.get("id")
        text = row.get("text")
        if not isinstance(text, str):
            return record_id, None, f"Line {lineno} has no \"text\" string."
        published = row.get("published")
        if published is not None and not isinstance(published, str):
            return record_id, None, f"Line {lineno}: \"published\" must be an ISO 8601 string."
        return record_id, ArticleInput(text, published), None

    def _files(self, files: list[Path], batch_size: int) -> None:
        inputs, names = [], []
        failed = False
        for path in files:
            try:
                text = decode(path.read_bytes(), str(path), settings.TIMELINE_MAX_ARTICLE_BYTES)
            except (OSError, SourceError) as exc:
                self.stderr.write(str(exc))
                failed = True
                continue
            inputs.append(ArticleInput(text))
            names.append(path)
        for path, result in zip(names, extract_many(inputs, batch_size=batch_size)):
            self.stdout.write(self.style.MIGRATE_HEADING(str(path)))
            if result.error:
                self.stdout.write(f"  error: {result.error}")
                failed = True
                continue
            self.stdout.write(f"  published: {_iso(result.published) or 'unknown (relative dates unresolved)'}"
                              f" ({result.published_source})")
            self.stdout.write(f"  {len(result.timexes)} temporal expressions, {len(result.events)} events")
            for e in sorted(result.events, key=lambda e: (e.date_start or __import__('datetime').date.max)):
                when = e.date_start.isoformat() if e.date_start else "undated"
                if e.date_end and e.date_end != e.date_start:
                    when += f"..{e.date_end.isoformat()}"
                self.stdout.write(f"  {when:<24} {e.granularity or '':<7} {e.status:<9} {e.title}")
                if e.anchor:
                    self.stdout.write(f"  {'':<24} dated by “{e.anchor.text}” = {e.anchor.value}")
            unresolved = [t.text for t in result.unresolved]
            if unresolved:
                self.stdout.write("  unresolved: " + ", ".join(unresolved))
        if failed:
            sys.exit(1)
