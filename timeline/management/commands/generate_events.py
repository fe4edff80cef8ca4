"""manage.py generate_events N — synthetic events for benchmarks, marked synthetic and titled as such.

Point DATABASE_URL at a separate database for benchmarks; `--delete` removes only synthetic rows.
"""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction

from timeline.models import Actor, Article, Event, Mention

KINDS = ["talks", "call", "meeting", "visit", "statement", "summit", "agreement", "deadline"]
PLACES = ["Geneva", "Riyadh", "Istanbul", "Brussels", "Vienna", "", ""]
NAMES = [f"Synthetic Actor {i}" for i in range(40)]


class Command(BaseCommand):
    requires_system_checks = []  # serves nothing, so it runs without a secret key
    help = "Create N synthetic events (marked synthetic=True, titles start with [synthetic]) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("n", type=int)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--delete", action="store_true", help="delete existing synthetic data first")

    def handle(self, *args, n, seed, delete, **options):
        rng = random.Random(seed)
        if delete:
            Event.objects.filter(synthetic=True).delete()
            Article.objects.filter(source_format="synthetic").delete()
        actors = [Actor.objects.get_or_create(name=name)[0] for name in NAMES]
        start = date(2020, 1, 1)
        made = 0
        with transaction.atomic():
            article = Article.objects.create(
                title="[synthetic] generated for benchmarks", body="Synthetic benchmark data, not news.",
                content_hash=f"synthetic-{seed}-{rng.random()}", source_format="synthetic",
            )
            while made < n:
                chunk = min(5000, n - made)
                events = []
                for i in range(chunk):
                    day = start + timedelta(days=rng.randrange(0, 6 * 365))
                    gran = rng.choices(["day", "week", "month"], weights=[8, 1, 1])[0]
                    end = day + timedelta(days=6) if gran == "week" else day
                    kind = rng.choice(KINDS)
                    events.append(Event(
                        title=f"[synthetic] {kind} #{made + i}", date_start=day, date_end=end, granularity=gran,
                        timex_value=day.isoformat(), status=rng.choice(["occurred", "planned", "reported"]),
                        kind=kind, location=rng.choice(PLACES), synthetic=True,
                    ))
                created = Event.objects.bulk_create(events, batch_size=1000)
                through = Event.actors.through
                through.objects.bulk_create(
                    [through(event_id=e.pk, actor_id=rng.choice(actors).pk) for e in created], batch_size=2000
                )
                Mention.objects.bulk_create(
                    [Mention(event=e, article=article, sentence="Synthetic benchmark sentence.") for e in created],
                    batch_size=2000,
                )
                made += chunk
        self.stdout.write(f"Created {made} synthetic events.")
