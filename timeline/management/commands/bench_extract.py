"""Words per second of the full extraction beside bare spaCy parsing of the same texts, and peak memory."""

from __future__ import annotations

import gc
import itertools
import resource
import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import nlp, pipeline, timeml


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _read_texts(paths: list[str]) -> list[tuple[str, object]]:
    items = []
    for p in map(Path, paths):
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".tml":
                d = timeml.read_tml(f)
                items.append((d.text, d.dct))
            elif f.suffix in (".txt", ".md"):
                items.append((f.read_text(encoding="utf-8", errors="replace"), None))
    return items


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = ("Benchmark the extractor: words/second of the full extraction (timexes and events) beside bare "
            "spaCy nlp.pipe over the same texts, their ratio, and peak RSS.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="folders or files of articles (.txt) or TimeML (.tml)")
        parser.add_argument("--repeat", type=int, default=1, help="timed rounds (best round counts)")
        parser.add_argument("--docs", type=int, default=0,
                            help="cycle the texts to N documents through the extractor and print RSS at "
                                 "intervals, to show memory stays flat")
        parser.add_argument("--batch-size", type=int, default=32)

    def handle(self, *args, **opts):
        items = _read_texts(opts["paths"])
        if not items:
            raise CommandError("No .txt or .tml files found.")
        texts = [t for t, _ in items]
        words = sum(len(t.split()) for t in texts)
        bs = opts["batch_size"]
        w = self.stdout.write
        nlp.get_nlp()
        list(pipeline.extract_many([pipeline.ArticleInput(t, p) for t, p in items[:4]]))  # warm-up
        best_spacy = best_full = float("inf")
        for _ in range(max(1, opts["repeat"])):
            gc.collect()
            t0 = time.perf_counter()
            for _doc in nlp.get_nlp().pipe(texts, batch_size=bs):
                pass
            best_spacy = min(best_spacy, time.perf_counter() - t0)
            gc.collect()
            t0 = time.perf_counter()
            for _ex in pipeline.extract_many((pipeline.ArticleInput(t, p) for t, p in items), batch_size=bs):
                pass
            best_full = min(best_full, time.perf_counter() - t0)
        w(f"{len(texts)} documents, {words} words, best of {max(1, opts['repeat'])}")
        w(f"spaCy nlp.pipe      {words / best_spacy:10.0f} words/s  ({best_spacy:.2f} s)")
        w(f"full extraction     {words / best_full:10.0f} words/s  ({best_full:.2f} s)")
        w(f"ratio (full/spaCy)  {best_full / best_spacy:10.2f}")
        w(f"peak RSS            {_peak_mb():10.1f} MB")
        n = opts["docs"]
        if n:
            stream = itertools.islice(itertools.cycle(items), n)
            step = max(1, n // 10)
            t0 = time.perf_counter()
            for i, _ex in enumerate(pipeline.extract_many((pipeline.ArticleInput(t, p) for t, p in stream),
                                                          batch_size=bs), 1):
                if i % step == 0 or i == n:
                    w(f"  {i:8d} docs  RSS {_rss_mb():8.1f} MB  {time.perf_counter() - t0:8.1f} s")
            w(f"peak RSS            {_peak_mb():10.1f} MB")
