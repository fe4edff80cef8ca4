"""Ingest jobs: work handed to background workers, with progress readers can watch.

A job holds its inputs as items (an uploaded file's text, a URL, a pasted article). A worker processes the
pending items; each item is marked done in the same transaction that stores its article, so a worker
killed mid-article leaves neither, and a retried job ingests only what is missing.
"""

import uuid

from django.conf import settings
from django.db import models


class IngestJob(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    description = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED, db_index=True)
    heartbeat = models.DateTimeField(null=True, blank=True,
                                     help_text="Last sign of life from the worker running it; stale jobs are retried.")
    attempts = models.PositiveIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.description or f"Ingest job {self.public_id}"

    def counts(self) -> dict[str, int]:
        counts = {state: 0 for state in IngestItem.State.values}
        for row in self.items.values("state").annotate(n=models.Count("id")):
            counts[row["state"]] = row["n"]
        counts["total"] = sum(counts.values())
        counts["finished"] = counts["total"] - counts["pending"]
        return counts


class IngestItem(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        INGESTED = "ingested", "Ingested"
        DUPLICATE = "duplicate", "Already there"
        REJECTED = "rejected", "Rejected"

    job = models.ForeignKey(IngestJob, on_delete=models.CASCADE, related_name="items")
    name = models.CharField(max_length=500)
    suffix = models.CharField(max_length=10, blank=True, help_text="The uploaded file's suffix, e.g. .html.")
    data = models.BinaryField(blank=True, default=b"", help_text="The uploaded file, as it came.")
    url = models.URLField(max_length=2000, blank=True, help_text="Or a URL to fetch.")
    published = models.CharField(max_length=40, blank=True,
                                 help_text="A publication timestamp given with the upload (ISO 8601).")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    message = models.TextField(blank=True)
    article = models.ForeignKey("timeline.Article", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")

    class Meta:
        ordering = ["id"]
