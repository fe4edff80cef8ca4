"""manage.py bench_timeline — the timeline's server time at 100 and at 100,000 events, and their ratio.

For each size it builds a scratch SQLite database in a temporary folder (never the configured one):
`migrate` once, a copy per size, `generate_events N` into it (synthetic rows, marked as such), then times the
routes with Django's test Client in a fresh process pointed at that database: warm-up requests, then the
median of several runs, with DEBUG off so no query log is kept. Every step is a subprocess with
DATABASE_URL set, so nothing in this process ever touches a database.

Target (issue "A benchmark command"): `/` at 100,000 events at most 2x its time at 100.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

ROUTES = ["/", "/?zoom=month", "/api/events.json", "/embed/"]
TARGET_ROUTE = "/"
WORKER_FLAG = "--worker"


class Command(BaseCommand):
    requires_system_checks = []  # the parent only starts subprocesses; it needs no key and no database
    help = ("Time the timeline's routes (server side, Django test Client) on scratch databases of 100 and "
            "100,000 synthetic events and print the medians and the ratio (target for /: at most 2x).")

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[100, 100_000],
                            help="event counts; the ratio compares the last with the first (default 100 100000)")
        parser.add_argument("--runs", type=int, default=9, help="timed requests per route (median is shown)")
        parser.add_argument("--warmup", type=int, default=3, help="untimed requests per route first")
        parser.add_argument("--route", dest="routes", action="append",
                            help=f"route to time (repeatable; default: {' '.join(ROUTES)})")
        parser.add_argument("--max-ratio", type=float, default=2.0, help="target ratio for / (default 2)")
        parser.add_argument("--check", action="store_true", help="exit with status 1 when / misses the target")
        parser.add_argument("--keep", action="store_true", help="keep the scratch folder and print its path")
        parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
        parser.add_argument(WORKER_FLAG, action="store_true", help="(internal) time the routes in this process")

    # --- the parent: scratch databases and the report ----------------------------------------------------

    def handle(self, *args, **opts):
        routes = opts["routes"] or ROUTES
        if opts["worker"]:
            return self._worker(routes, opts["runs"], opts["warmup"])
        sizes = opts["sizes"]
        if len(sizes) < 2 or any(n < 1 for n in sizes):
            raise CommandError("Give at least two positive sizes, e.g. --sizes 100 100000.")
        scratch = Path(tempfile.mkdtemp(prefix="bench_timeline-"))
        results: dict[int, dict] = {}
        try:
            template = scratch / "migrated.sqlite3"
            self._log(f"Scratch databases in {scratch}")
            self._run(["migrate", "--noinput", "-v", "0"], template, "migrate")
            for n in sizes:
                db = scratch / f"events-{n}.sqlite3"
                shutil.copyfile(template, db)
                started = time.perf_counter()
                self._run(["generate_events", str(n)], db, f"generate_events {n}")
                self._log(f"  {n:>9,} synthetic events generated in {time.perf_counter() - started:.1f} s; timing…")
                out = self._run([WORKER_FLAG, "--runs", str(opts["runs"]), "--warmup", str(opts["warmup"]),
                                 *[a for r in routes for a in ("--route", r)]], db, f"timing at {n}",
                                command="bench_timeline")
                results[n] = json.loads(out.strip().splitlines()[-1])
        finally:
            if opts["keep"]:
                self._log(f"Kept {scratch}")
            else:
                shutil.rmtree(scratch, ignore_errors=True)
        return self._report(results, routes, sizes, opts)

    def _log(self, text: str) -> None:
        self.stderr.write(text)

    def _env(self, db: Path) -> dict:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DJANGO_DEBUG": "1", "DJANGO_HTTPS": "0",
               "DJANGO_LOG_LEVEL": "ERROR", "TIMELINE_TASKS": "immediate"}
        env.setdefault("DJANGO_SETTINGS_MODULE", os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings"))
        return env

    def _run(self, argv: list[str], db: Path, what: str, command: str | None = None) -> str:
        cmd = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *([command] if command else []), *argv]
        proc = subprocess.run(cmd, env=self._env(db), cwd=settings.BASE_DIR, capture_output=True, text=True)
        if proc.returncode != 0:
            raise CommandError(f"{what} failed (exit {proc.returncode}):\n{proc.stderr.strip()[-3000:]}")
        return proc.stdout

    def _report(self, results: dict[int, dict], routes: list[str], sizes: list[int], opts) -> None:
        small, large = sizes[0], sizes[-1]
        ratios = {r: results[large]["routes"][r]["median_ms"] / results[small]["routes"][r]["median_ms"]
                  for r in routes}
        if opts["json"]:
            self.stdout.write(json.dumps({"sizes": sizes, "results": {str(n): results[n] for n in sizes},
                                          "ratio": ratios, "target": {TARGET_ROUTE: opts["max_ratio"]}}, indent=2))
        else:
            w = max(len(r) for r in routes) + 2
            cols = "".join(f"{f'{n:,} events':>16}" for n in sizes)
            self.stdout.write(f"\nTimeline server time: median ms of {opts['runs']} runs after {opts['warmup']} "
                              f"warm-ups (Django test Client, DEBUG off, scratch SQLite)\n")
            self.stdout.write(f"{'route':<{w}}{cols}{f'ratio {large:,}/{small:,}':>22}{'queries':>12}")
            self.stdout.write("-" * (w + 16 * len(sizes) + 34))
            for r in routes:
                times = "".join(f"{results[n]['routes'][r]['median_ms']:>13.1f} ms" for n in sizes)
                queries = "/".join(str(results[n]["routes"][r]["queries"]) for n in sizes)
                self.stdout.write(f"{r:<{w}}{times}{ratios[r]:>21.2f}x{queries:>12}")
            self.stdout.write("")
            counts = ", ".join(f"{n:,} → {results[n]['events']:,} events in the database" for n in sizes)
            self.stdout.write(f"Databases: {counts}.")
        ratio = ratios.get(TARGET_ROUTE)
        if ratio is not None and not opts["json"]:
            ok = ratio <= opts["max_ratio"]
            verdict = self.style.SUCCESS("meets") if ok else self.style.ERROR("misses")
            self.stdout.write(f"{TARGET_ROUTE} at {large:,} events is {ratio:.2f}x its time at {small:,}: {verdict} "
                              f"the target of at most {opts['max_ratio']:g}x.")
            if opts["check"] and not ok:
                sys.exit(1)

    # --- the worker: one process, one scratch database -------------------------------------------------

    def _worker(self, routes: list[str], runs: int, warmup: int) -> None:
        import gc

        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from timeline.models import Event

        name = str(settings.DATABASES["default"].get("NAME", ""))
        if "bench_timeline-" not in name:
            raise CommandError(f"refusing to benchmark a database outside a bench_timeline scratch folder: {name}")
        # Production-like: no query log, no template debug info (engines are built lazily, after this line).
        settings.DEBUG = False
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        client = Client()
        out = {"events": Event.objects.count(), "routes": {}}
        for route in routes:
            for _ in range(max(1, warmup)):
                response = client.get(route)
                if response.status_code != 200:
                    raise CommandError(f"{route} answered {response.status_code}")
                if not response.streaming:
                    _ = response.content
            with CaptureQueriesContext(connection) as queries:
                client.get(route)
            n_queries = len(queries)  # read now: the next request resets the connection's query log
            times = []
            gc.collect()
            for _ in range(max(1, runs)):
                started = time.perf_counter()
                response = client.get(route)
                if response.streaming:
                    b"".join(response.streaming_content)
                times.append((time.perf_counter() - started) * 1000)
            out["routes"][route] = {"median_ms": round(statistics.median(times), 2), "min_ms": round(min(times), 2),
                                    "max_ms": round(max(times), 2), "queries": n_queries,
                                    "bytes": 0 if response.streaming else len(response.content)}
        self.stdout.write(json.dumps(out))
