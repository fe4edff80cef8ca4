"""manage.py ingest_worker — a background worker for ingest jobs (TIMELINE_TASKS=db).

Puts jobs whose worker died back in the queue, then runs django-tasks-db's worker. Start as many as you
like, on as many machines as share the database.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from timeline.jobs import recover_stale_jobs


class Command(BaseCommand):
    help = "Retry ingest jobs whose worker died, then process queued jobs (django-tasks-db's db_worker)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="exit when the queue is empty")
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--reload", action="store_true", help="restart on code changes (development)")

    def handle(self, *args, batch, interval, reload, **options):
        recovered = recover_stale_jobs()
        if recovered:
            self.stdout.write(f"Re-queued {len(recovered)} job(s) whose worker stopped.")
        # One process, no autoreloader child: a signal to this process reaches the worker itself.
        call_command("db_worker", interval=interval, batch=batch, reload=reload and not batch)
