"""manage.py reextract — the current extractor over stored articles; editors' fields stay."""

from django.core.management.base import BaseCommand

from timeline.ingest import reextract_articles
from timeline.models import Article


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Re-run the extractor over stored articles, keeping editors' corrections, verified flags and merges."

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", help="only these article ids")
        parser.add_argument("--batch-size", type=int, default=16)

    def handle(self, *args, article, batch_size, **options):
        qs = Article.objects.order_by("id")
        if article:
            qs = qs.filter(pk__in=article)
        done = reextract_articles(qs, batch_size=batch_size)
        self.stdout.write(f"Re-extracted {done} articles.")
