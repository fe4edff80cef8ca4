"""Background ingestion through Django's tasks framework.

    job = start_ingest_job([upload_item(name, data), url_item(url)], user)   # returns at once
    job.counts()                                                            # progress for the page

With the database backend (TIMELINE_TASKS=db) the work runs in `manage.py ingest_worker` processes (any
number, on any machines sharing the database); with the default immediate backend it runs inline.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .ingest import ingest_documents, label
from .job_models import IngestItem, IngestJob
from .sources import SourceDocument, SourceError, fetch_url, read_bytes

CHUNK = 16  # items read and parsed together (one nlp.pipe batch)
STALE_AFTER = timedelta(minutes=2)  # a running job silent this long lost its worker


def upload_item(name: str, data: bytes) -> IngestItem:
    """An uploaded file as a job item. Its bytes are checked when the worker reads them."""
    name = label(name, 500) or "upload"  # file names are hostile input too
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    return IngestItem(name=name, suffix=suffix[:10], data=data)


def url_item(url: str) -> IngestItem:
    return IngestItem(name=url[:500], url=url)


def text_item(name: str, text: str) -> IngestItem:
    return IngestItem(name=name[:500], suffix=".txt", data=text.encode("utf-8"))


def start_ingest_job(items: list[IngestItem], user=None, description: str = "") -> IngestJob:
    with transaction.atomic():
        job = IngestJob.objects.create(created_by=user, description=description[:300])
        for item in items:
            item.job = job
        IngestItem.objects.bulk_create(items)
    enqueue(job)
    job.refresh_from_db()
    return job


def enqueue(job: IngestJob) -> None:
    # After commit: a worker must never pick up a job whose items it cannot see yet.
    def send():
        result = process_ingest_job.enqueue(job.pk)
        IngestJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])

    transaction.on_commit(send)


def _read(item: IngestItem) -> list[SourceDocument | SourceError]:
    limit = settings.TIMELINE_MAX_ARTICLE_BYTES
    try:
        if item.url:
            docs = fetch_url(item.url, limit, timeout=settings.TIMELINE_FETCH_TIMEOUT,
                             allow_private=settings.TIMELINE_FETCH_ALLOW_PRIVATE)
        else:
            docs = read_bytes(bytes(item.data), item.name, limit, item.suffix)
    except SourceError as exc:
        docs = [exc]
    for doc in docs:
        if item.published and isinstance(doc, SourceDocument):
            doc.published, doc.published_source = item.published, "given"
        doc.ref = item.pk  # a bad line of a JSON Lines file (a SourceError) still belongs to its item
    return docs


def _mark_stored(doc: SourceDocument, article) -> None:
    IngestItem.objects.filter(pk=doc.ref).update(state=IngestItem.State.INGESTED, article=article)


def run_job(job: IngestJob) -> IngestJob:
    """Process the job's pending items. Safe to run again after a crash: done items are skipped."""
    IngestJob.objects.filter(pk=job.pk).update(state=IngestJob.State.RUNNING, heartbeat=timezone.now(),
                                               attempts=job.attempts + 1)
    while True:
        chunk = list(job.items.filter(state=IngestItem.State.PENDING)[:CHUNK])
        if not chunk:
            break
        docs = [doc for item in chunk for doc in _read(item)]
        outcomes = ingest_documents(docs, batch_size=CHUNK, on_stored=_mark_stored)
        by_item: dict[int, list] = {}
        for outcome in outcomes:
            by_item.setdefault(outcome.ref, []).append(outcome)
        for item in chunk:
            mine = by_item.get(item.pk, [])
            if any(o.status == "ingested" for o in mine):
                state = IngestItem.State.INGESTED
            elif mine and all(o.status == "duplicate" for o in mine):
                state = IngestItem.State.DUPLICATE
            else:
                state = IngestItem.State.REJECTED
            messages = [o.message for o in mine if o.status == "rejected"] or (
                [] if mine else [f"{item.name}: nothing could be read."])
            article = next((o.article for o in mine if o.article is not None), None)
            IngestItem.objects.filter(pk=item.pk).update(state=state, message="\n".join(messages)[:5000],
                                                         article=article)
        IngestJob.objects.filter(pk=job.pk).update(heartbeat=timezone.now())
    IngestJob.objects.filter(pk=job.pk).update(state=IngestJob.State.DONE, heartbeat=timezone.now())
    job.refresh_from_db()
    return job


@task()
def process_ingest_job(job_id: int) -> dict:
    job = IngestJob.objects.get(pk=job_id)
    try:
        run_job(job)
    except Exception as exc:
        IngestJob.objects.filter(pk=job_id).update(state=IngestJob.State.FAILED, error=str(exc)[:2000])
        raise
    return job.counts()


def recover_stale_jobs(now=None) -> list[IngestJob]:
    """Jobs whose worker died (running, silent too long) go back in the queue; returns them."""
    now = now or timezone.now()
    stale = list(IngestJob.objects.filter(state=IngestJob.State.RUNNING, heartbeat__lt=now - STALE_AFTER))
    for job in stale:
        IngestJob.objects.filter(pk=job.pk).update(state=IngestJob.State.QUEUED)
        enqueue(job)
    return stale
