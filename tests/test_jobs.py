"""Background ingest jobs: progress, bad items, retry after a worker is killed mid-article."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline import jobs
from timeline.job_models import IngestItem, IngestJob
from timeline.models import Article

ROOT = Path(__file__).resolve().parent.parent

GOOD = ("Envoys Meet in Oslo\n\nBy Desk | Created at 2024-05-02 07:15:00\n\n"
        "Foreign ministers from Norway and Sweden met in Oslo on Thursday to discuss Arctic security.")


@pytest.mark.django_db(transaction=True)
def test_job_ingests_items_and_reports_each_outcome():
    items = [
        jobs.upload_item("good.txt", GOOD.encode()),
        jobs.upload_item("again.txt", GOOD.encode()),
        jobs.upload_item("image.png", b"\x89PNG\x00\x00"),
        jobs.upload_item("rows.jsonl", b'{"text": "Talks ended in Geneva on Monday.", "published": "2024-05-06"}\n'
                                       b'broken line\n'),
    ]
    job = jobs.start_ingest_job(items, description="four uploads")
    job.refresh_from_db()
    assert job.state == IngestJob.State.DONE
    states = dict(job.items.values_list("name", "state"))
    assert states == {"good.txt": "ingested", "again.txt": "duplicate", "image.png": "rejected",
                      "rows.jsonl": "ingested"}
    rejected = job.items.get(name="image.png")
    assert "binary" in rejected.message
    assert "rows.jsonl:2" in job.items.get(name="rows.jsonl").message
    counts = job.counts()
    assert counts["total"] == 4 and counts["pending"] == 0 and counts["finished"] == 4
    assert Article.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_rerun_ingests_only_what_is_missing():
    job = jobs.start_ingest_job([jobs.text_item("a.txt", GOOD)])
    article_count = Article.objects.count()
    extra = IngestItem.objects.create(job=job, name="b.txt", suffix=".txt",
                                      data=GOOD.replace("Oslo", "Bergen").encode())
    jobs.run_job(job)
    extra.refresh_from_db()
    assert extra.state == "ingested" and Article.objects.count() == article_count + 1
    jobs.run_job(job)  # nothing pending: nothing changes
    assert Article.objects.count() == article_count + 1


def _env(db: Path) -> dict:
    return dict(os.environ, DJANGO_DEBUG="1", DATABASE_URL=f"sqlite:///{db}", TIMELINE_TASKS="db",
                TIMELINE_SQLITE_TIMEOUT="30")


def _manage(db: Path, *args, **kw):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=_env(db), capture_output=True,
                          text=True, timeout=300, **kw)


@pytest.mark.slow
def test_worker_killed_mid_job_leaves_nothing_half_written_and_the_job_is_retried(tmp_path):
    db = tmp_path / "jobs.sqlite3"
    assert _manage(db, "migrate", "-v0").returncode == 0
    n = 60
    make_job = (
        "import random; from timeline import jobs; from timeline.synthetic import synthetic_article\n"
        "rng = random.Random(3)\n"
        f"items = [jobs.text_item(f'synthetic-{{i}}.txt', synthetic_article(i, rng)[0]) for i in range({n})]\n"
        "job = jobs.start_ingest_job(items, description='kill test')\n"
        "print(job.pk)\n"
    )
    made = _manage(db, "shell", "-c", make_job)
    assert made.returncode == 0, made.stderr
    worker = subprocess.Popen([sys.executable, "manage.py", "ingest_worker", "--interval", "0.2"], cwd=ROOT,
                              env=_env(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db, timeout=30)
    try:
        deadline = time.time() + 240
        while time.time() < deadline:
            done = con.execute("select count(*) from timeline_ingestitem where state != 'pending'").fetchone()[0]
            if done >= 5:
                break
            time.sleep(0.2)
        assert done >= 5, "the worker made no progress"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)

        articles = con.execute("select count(*) from timeline_article").fetchone()[0]
        ingested = con.execute("select count(*) from timeline_ingestitem where state='ingested'").fetchone()[0]
        assert articles < n, "the kill came too late to test anything"
        # every stored article is accounted for by a finished item, and vice versa: nothing half-written
        assert articles == ingested
        orphans = con.execute("select count(*) from timeline_article a where a.extractor_version = ''").fetchone()[0]
        assert orphans == 0
        state = con.execute("select state from timeline_ingestjob").fetchone()[0]
        assert state == "running"
        # time passes: the job's heartbeat goes stale, and a new worker takes it up again
        con.execute("update timeline_ingestjob set heartbeat = datetime('now', '-1 hour')")
        con.commit()
    finally:
        if worker.poll() is None:
            worker.kill()
    rerun = _manage(db, "ingest_worker", "--batch", "--interval", "0.1")
    assert rerun.returncode == 0, rerun.stderr
    assert "Re-queued 1 job" in rerun.stdout, rerun.stdout
    articles = con.execute("select count(*) from timeline_article").fetchone()[0]
    pending = con.execute("select count(*) from timeline_ingestitem where state='pending'").fetchone()[0]
    dupes = con.execute("select count(*) from timeline_ingestitem where state='duplicate'").fetchone()[0]
    assert (articles, pending, dupes) == (n, 0, 0)
    assert con.execute("select state, attempts from timeline_ingestjob").fetchone() == ("done", 2)
