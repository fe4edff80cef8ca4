"""manage.py bench_ingest N [N...] — end-to-end ingest speed and memory on synthetic articles.

Synthetic articles are titled "[synthetic]" and stored with source_format "synthetic"; they are deleted
afterwards unless --keep. Point DATABASE_URL at a scratch database to keep benchmarks apart from news.
"""

import random
import resource
import time

from django.core.management.base import BaseCommand

from timeline.ingest import ingest_documents
from timeline.models import Article, Event
from timeline.sources import SourceDocument
from timeline.synthetic import synthetic_article


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Benchmark: articles per second end to end (extract + store) and memory, for each N given."

    def add_arguments(self, parser):
        parser.add_argument("sizes", nargs="+", type=int)
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--keep", action="store_true")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, sizes, batch_size, keep, seed, **options):
        from timeline.extraction.nlp import get_nlp

        get_nlp()  # load the pipeline before timing
        self.stdout.write(f"{'articles':>9} {'seconds':>8} {'articles/s':>11} {'RSS start MB':>13} "
                          f"{'RSS end MB':>11} {'peak RSS MB':>12}")
        offset = 0
        for n in sizes:
            rng = random.Random(seed + n)
            docs = (SourceDocument(text=t, name=f"synthetic-{offset + i}", published=p, published_source="given",
                                   source_format="synthetic", publisher="[synthetic] benchmark")
                    for i, (t, p) in ((i, synthetic_article(offset + i, rng)) for i in range(n)))
            offset += n
            samples = []
            start_rss = rss_mb()
            t0 = time.perf_counter()
            done = ingested = 0

            def progress(outcome):
                nonlocal done, ingested
                done += 1
                ingested += outcome.status == "ingested"
                if done % max(1, n // 10) == 0:
                    samples.append(rss_mb())

            ingest_documents(docs, batch_size=batch_size, on_outcome=progress, collect=False)
            elapsed = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            self.stdout.write(f"{ingested:>9} {elapsed:>8.1f} {ingested / elapsed:>11.1f} {start_rss:>13.0f} "
                              f"{rss_mb():>11.0f} {peak:>12.0f}")
            if samples:
                self.stdout.write("          RSS every 10%: " + " ".join(f"{s:.0f}" for s in samples))
        if not keep:
            Event.objects.filter(mentions__article__source_format="synthetic").delete()
            Article.objects.filter(source_format="synthetic").delete()
