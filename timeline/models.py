"""Articles, the events read from them, the evidence that ties the two, actors and saved timelines.

QuerySet methods carry the filters (`Event.objects.published().between(...)`), so views, exports and the
embed all select events the same way.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import Count, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        COUNTRY = "country", "Country"
        ORGANIZATION = "organization", "Organization"
        GROUP = "group", "Group"

    name = models.CharField(max_length=200, unique=True, help_text="The canonical name readers see.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text='Other names the extractor may meet for this actor, e.g. ["Zelensky", "Zelenskyy"].',
    )
    country = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="people",
        limit_choices_to={"kind": Kind.COUNTRY},
        help_text="For a person: the country they act for (Qatar for Qatar's prime minister), so an article "
        "naming only the country joins the same event. Ingest fills it from articles that say so and never "
        "changes one already set.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        # The form offers only countries; merging reads a country for people only, so only they may have one.
        if self.country_id is not None and self.kind != self.Kind.PERSON:
            raise ValidationError({"country": "Only a person has a country here: clear it, or make this a person."})


class ArticleQuerySet(models.QuerySet):
    def with_event_counts(self):
        return self.annotate(event_count=Count("mentions__event", distinct=True))


class Article(models.Model):
    class TimestampSource(models.TextChoices):
        GIVEN = "given", "Given with the article"
        HEADER = "header", "Read from the article's header"
        HTML_META = "html_meta", "Read from the page's metadata"
        FEED = "feed", "Taken from the feed entry"
        UNKNOWN = "unknown", "Unknown"

    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(help_text="The article text exactly as ingested; evidence offsets point into it.")
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    publisher = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="Publication timestamp: the anchor for relative dates in the text."
    )
    published_source = models.CharField(
        max_length=20, choices=TimestampSource.choices, default=TimestampSource.UNKNOWN,
        help_text="Where the publication timestamp came from.",
    )
    published_tz = models.CharField(
        max_length=64, blank=True,
        help_text="The time zone printed with the timestamp (e.g. +10:00), kept so relative dates resolve in "
        "the article's own zone.",
    )
    updated_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=10, default="en")
    source_format = models.CharField(max_length=20, default="text")
    ingested_at = models.DateTimeField(auto_now_add=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    unresolved_expressions = models.JSONField(
        default=list, blank=True,
        help_text="Relative dates the extractor could not place (no publication timestamp): an editor should "
        "date them.",
    )
    history = HistoricalRecords(excluded_fields=["body"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    @property
    def anchor(self) -> datetime | date | None:
        """The publication timestamp as the extractor first saw it: a date, a naive time (no zone was
        printed) or a time in the article's own printed zone."""
        if self.published_at is None:
            return None
        if self.published_tz == "date":
            return self.published_at.astimezone(dt_timezone.utc).date()
        if not self.published_tz:
            return self.published_at.astimezone(dt_timezone.utc).replace(tzinfo=None)
        sign = -1 if self.published_tz.startswith("-") else 1
        hours, minutes = self.published_tz[1:].split(":")
        return self.published_at.astimezone(dt_timezone(sign * timedelta(hours=int(hours), minutes=int(minutes))))


class EventQuerySet(models.QuerySet):
    def published(self):
        """What readers see: not hidden by an editor."""
        return self.filter(hidden=False)

    def between(self, start: date | None = None, end: date | None = None):
        qs = self
        if start:
            qs = qs.filter(Q(date_end__gte=start) | Q(date_end__isnull=True, date_start__gte=start))
        if end:
            qs = qs.filter(date_start__lte=end)
        return qs

    def for_actor(self, actor: str | Actor):
        if isinstance(actor, Actor):
            return self.filter(actors=actor)
        return self.filter(actors__name__iexact=actor)

    def with_status(self, status: str):
        return self.filter(status=status)

    def of_kind(self, kind: str):
        return self.filter(kind=kind)

    def search(self, text: str):
        """Full text: PostgreSQL's own search (stemmed, web-search syntax) there, substring match elsewhere.

        Subqueries rather than joins, so an event found through many mentions is listed once.
        """
        text = (text or "").strip()
        if not text:
            return self
        actors = Event.actors.through.objects.filter(actor__name__icontains=text).values("event_id")
        if connections[self.db].vendor == "postgresql":
            from django.contrib.postgres.search import SearchQuery, SearchVector

            query = SearchQuery(text, search_type="websearch", config="english")
            own = Event.objects.annotate(
                document=SearchVector("title", "summary", "location", config="english")
            ).filter(document=query).values("pk")
            evidence = Mention.objects.annotate(
                document=SearchVector("sentence", config="english")
            ).filter(document=query).values("event_id")
            return self.filter(Q(pk__in=own) | Q(pk__in=evidence) | Q(pk__in=actors))
        evidence = Mention.objects.filter(sentence__icontains=text).values("event_id")
        return self.filter(
            Q(title__icontains=text) | Q(summary__icontains=text) | Q(location__icontains=text)
            | Q(pk__in=evidence) | Q(pk__in=actors)
        )

    def dated(self):
        return self.filter(date_start__isnull=False)

    def at_place(self, text: str):
        text = (text or "").strip()
        return self.filter(location__icontains=text) if text else self

    def from_publisher(self, publisher: str):
        """Events reported by a publisher (by name, case-insensitive)."""
        publisher = (publisher or "").strip()
        if not publisher:
            return self
        return self.filter(
            pk__in=Mention.objects.filter(article__publisher__iexact=publisher).values("event_id")
        )

    def with_editor_changes(self):
        return self.exclude(editor_fields=[])

    def chronological(self):
        return self.order_by("date_start", "date_end", "id")

    def for_listing(self):
        """Everything a timeline item shows, in a constant number of queries."""
        return self.prefetch_related(
            models.Prefetch("actors", queryset=Actor.objects.select_related("country")),
            models.Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("id")),
        ).select_related("edited_by")


class Event(models.Model):
    class Status(models.TextChoices):
        OCCURRED = "occurred", "Occurred"
        PLANNED = "planned", "Planned"
        REPORTED = "reported", "Reported"

    class Granularity(models.TextChoices):
        TIME = "time", "Time of day"
        DAY = "day", "Day"
        WEEK = "week", "Week"
        MONTH = "month", "Month"
        QUARTER = "quarter", "Quarter"
        SEASON = "season", "Season"
        YEAR = "year", "Year"
        DECADE = "decade", "Decade"
        CENTURY = "century", "Century"

    # Fields an editor may set; once set they are the editor's and extraction leaves them alone.
    EDITABLE_FIELDS = ("title", "summary", "date_start", "date_end", "granularity", "timex_value", "status",
                       "kind", "location", "actors", "hidden", "verified")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False,
                                 help_text="Stable id used in URLs, exports and embeds.")
    title = models.CharField(max_length=300, help_text="Headline-style: who does what, e.g. “Witkoff meets Putin”.")
    summary = models.TextField(blank=True)
    date_start = models.DateField(null=True, blank=True, db_index=True,
                                  help_text="First day the event can fall on.")
    date_end = models.DateField(null=True, blank=True, help_text="Last day the event can fall on.")
    granularity = models.CharField(max_length=10, choices=Granularity.choices, default=Granularity.DAY,
                                   help_text="How precise the date is: a day, a week, a month …")
    timex_value = models.CharField(max_length=60, blank=True, help_text="The TIMEX3 value, e.g. 2025-03-18 or 2025-W12.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OCCURRED, db_index=True,
                              help_text="Planned: announced for the future. Reported: a statement or claim.")
    kind = models.CharField(max_length=20, default="other", db_index=True)
    location = models.CharField(max_length=200, blank=True)
    actors = models.ManyToManyField(Actor, blank=True, related_name="events")
    confidence = models.FloatField(default=0.5)
    verified = models.BooleanField(default=False, help_text="An editor checked this event against its sources.")
    hidden = models.BooleanField(default=False, help_text="Hidden events are kept but not shown to readers.")
    lead = models.BooleanField(default=False, help_text="An article's lead event, dated by its publication day.")
    synthetic = models.BooleanField(default=False, help_text="Made by generate_events for benchmarks; not news.")
    editor_fields = models.JSONField(
        default=list, blank=True,
        help_text="Fields an editor set. Extraction never overwrites these.",
    )
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    edited_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Raised on every save; stops silent overwrites.")
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from",
        help_text="Set when an editor merged this event into another; its old links lead there.",
    )
    merge_key = models.CharField(max_length=200, blank=True, db_index=True,
                                 help_text="Identity used to merge mentions from several articles.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[actors])

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "id"]
        indexes = [
            models.Index(fields=["hidden", "date_start"]),
            # covers the zoomed timeline's per-day counts (views._buckets) without reading the table
            models.Index(fields=["hidden", "date_start", "status"], name="event_day_status_counts"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("timeline:event", args=[self.public_id])

    @property
    def is_planned(self) -> bool:
        return self.status == self.Status.PLANNED

    def is_locked(self, field: str) -> bool:
        return field in (self.editor_fields or [])


class Mention(models.Model):
    """Evidence: where one article reports an event, and the words that date it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField(help_text="The sentence the event was read from, as in the article.")
    sentence_start = models.PositiveIntegerField(default=0)
    sentence_end = models.PositiveIntegerField(default=0)
    timex_text = models.CharField(max_length=200, blank=True)
    timex_start = models.PositiveIntegerField(null=True, blank=True)
    timex_end = models.PositiveIntegerField(null=True, blank=True)
    timex_value = models.CharField(max_length=60, blank=True, help_text="The value the extractor gave.")
    trigger_text = models.CharField(max_length=100, blank=True)
    trigger_start = models.PositiveIntegerField(null=True, blank=True)
    trigger_end = models.PositiveIntegerField(null=True, blank=True)
    extracted_title = models.CharField(max_length=300, blank=True)
    extracted_status = models.CharField(max_length=10, blank=True)
    merge_reason = models.CharField(max_length=300, blank=True,
                                    help_text="Why this mention was joined to the event.")
    split_off = models.BooleanField(default=False,
                                    help_text="An editor split this mention into its own event; merging leaves it.")
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "article"], name="one_mention_per_article_per_event"),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.event}"

    def highlighted_parts(self) -> tuple[str, str, str]:
        """The sentence split around the dating words, for templates to mark up (they autoescape)."""
        if self.timex_start is None or self.timex_end is None:
            return self.sentence, "", ""
        a = self.timex_start - self.sentence_start
        b = self.timex_end - self.sentence_start
        if not (0 <= a <= b <= len(self.sentence)):
            return self.sentence, "", ""
        return self.sentence[:a], self.sentence[a:b], self.sentence[b:]


class Timeline(models.Model):
    """A saved, named filter over events; public ones can be embedded."""

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    filters = models.JSONField(
        default=dict, blank=True,
        help_text='Query parameters that select its events, e.g. {"actor": "Vladimir Putin", "from": "2025-03-01"}.',
    )
    public = models.BooleanField(default=True, help_text="Public timelines can be embedded and exported.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("timeline:saved", args=[self.slug])


from .job_models import IngestItem, IngestJob  # noqa: E402,F401  (background ingest jobs live beside)
