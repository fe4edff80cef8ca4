"""manage.py page_weight — the script and CSS each page loads, gzipped (budget: 30 KB for /, 2 KB embed.js)."""

import gzip
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand
from django.test import Client
from django.test.utils import override_settings


class Command(BaseCommand):
    help = "Print the gzipped size of every script and stylesheet that /, /embed/ and embed.js load."

    def handle(self, *args, **options):
        with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"],
                               STORAGES={"staticfiles": {"BACKEND":
                                                         "django.contrib.staticfiles.storage.StaticFilesStorage"}}):
            client = Client()
            for path in ("/", "/embed/"):
                html = client.get(path).content.decode()
                assets = re.findall(r'(?:src|href)="/static/([^"?]+\.(?:js|css))', html)
                total = 0
                self.stdout.write(f"{path}")
                for asset in assets:
                    found = finders.find(asset)
                    size = len(gzip.compress(Path(found).read_bytes(), 9)) if found else 0
                    total += size
                    self.stdout.write(f"  {asset:<40} {size:>7,} B gzipped")
                self.stdout.write(f"  {'total':<40} {total:>7,} B gzipped")
        loader = finders.find("timeline/embed.js")
        self.stdout.write(f"embed.js loader: {len(gzip.compress(Path(loader).read_bytes(), 9)):,} B gzipped")
