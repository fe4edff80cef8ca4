"""manage.py ingest PATH... — store articles from files or folders (.txt, .html, .rss/.atom/.xml, .jsonl)."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import IngestOutcome, ingest_documents, read_inputs
from timeline.sources import files_under, is_url


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Ingest articles from files or folders. Idempotent; editors' corrections are never overwritten."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders or http(s) URLs of pages and feeds")
        parser.add_argument("--batch-size", type=int, default=16)
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, paths, batch_size, no_progress, verbosity, **options):
        local = [Path(p) for p in paths if not is_url(p)]
        files = list(files_under([p for p in local if p.exists()]))
        if local and len(local) == len(paths) and all(p.exists() for p in local) and not files:
            raise CommandError("No articles found under " + ", ".join(map(str, paths)) + ".")
        bar = None
        if len(files) > 1 and not no_progress and verbosity > 0:
            from tqdm import tqdm

            bar = tqdm(unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty(),
                       desc=f"{len(files)} files")
        counts = {"ingested": 0, "duplicate": 0, "rejected": 0}

        def report(outcome: IngestOutcome) -> None:
            counts[outcome.status] += 1
            if bar is not None:
                bar.update(1)
            if outcome.status == "rejected":
                self.stderr.write(f"rejected {outcome.message}")
            elif verbosity > 0:
                line = f"{outcome.status} {outcome.name}"
                if outcome.message and outcome.status == "ingested":
                    line += f": {outcome.message}"
                (bar.write(line, file=sys.stdout) if bar is not None else self.stdout.write(line))

        ingest_documents(read_inputs(paths), batch_size=batch_size, on_outcome=report)
        if bar is not None:
            bar.close()
        if verbosity > 0:
            self.stdout.write(
                f"{counts['ingested']} ingested, {counts['duplicate']} already there, {counts['rejected']} rejected."
            )
        if counts["rejected"]:
            sys.exit(1)
