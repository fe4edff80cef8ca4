"""The editors' workbench. Changes go through services.py, like the inline editor's, so locking, versions
and history behave the same whichever door an editor uses.
"""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .models import Actor, Article, Event, Mention, Timeline
from .templatetags.timeline_tags import date_label, safe_url

ADMIN_EDIT_FIELDS = ("title", "summary", "date_start", "date_end", "granularity", "timex_value", "status", "kind",
                     "location", "verified", "hidden")
LOCKABLE = [(f, f.replace("_", " ")) for f in Event.EDITABLE_FIELDS]


def highlighted_sentence(mention: Mention):
    before, marked, after = mention.highlighted_parts()
    if not marked:
        return format_html("{}", before)
    return format_html("{}<mark>{}</mark>{}", before, marked, after)


# --- filters -------------------------------------------------------------------------------------------

class WhenFilter(admin.SimpleListFilter):
    title = "date"
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("past7", "Past 7 days"), ("past30", "Past 30 days"), ("next30", "Next 30 days"),
                ("future", "Upcoming"), ("past", "In the past"), ("undated", "Undated")]

    def queryset(self, request, qs):
        today = timezone.localdate()
        match self.value():
            case "past7":
                return qs.between(today - timedelta(days=7), today)
            case "past30":
                return qs.between(today - timedelta(days=30), today)
            case "next30":
                return qs.between(today, today + timedelta(days=30))
            case "future":
                return qs.filter(date_start__gt=today)
            case "past":
                return qs.filter(date_start__lte=today)
            case "undated":
                return qs.filter(date_start__isnull=True)
        return qs


class PublisherFilter(admin.SimpleListFilter):
    title = "publisher"
    parameter_name = "publisher"

    def lookups(self, request, model_admin):
        names = (Article.objects.exclude(publisher="").order_by("publisher")
                 .values_list("publisher", flat=True).distinct()[:50])
        return [(n, n) for n in names]

    def queryset(self, request, qs):
        return qs.from_publisher(self.value()) if self.value() else qs


class EditorChangesFilter(admin.SimpleListFilter):
    title = "editor changes"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", "Has editor changes"), ("no", "Untouched by editors")]

    def queryset(self, request, qs):
        if self.value() == "yes":
            return qs.with_editor_changes()
        if self.value() == "no":
            return qs.filter(editor_fields=[])
        return qs


class KindFilter(admin.SimpleListFilter):
    title = "kind"
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = Event.objects.order_by("kind").values_list("kind", flat=True).distinct()[:40]
        return [(k, k) for k in kinds]

    def queryset(self, request, qs):
        return qs.of_kind(self.value()) if self.value() else qs


# --- inlines -------------------------------------------------------------------------------------------

class MentionInline(admin.StackedInline):
    model = Mention
    fk_name = "event"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("source", "evidence", "timex_text", "timex_value", "extracted_title", "merge_reason", "split_off")
    readonly_fields = fields
    verbose_name = "source (mention)"
    verbose_name_plural = "sources: every article that reports this event"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Article")
    def source(self, m):
        a = m.article
        url = safe_url(a.url)
        link = format_html('<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', url, a.title) if url else a.title
        return format_html('{} — {} · <a href="{}">article in admin</a> · published {}', link, a.publisher or "unknown publisher",
                           reverse("admin:timeline_article_change", args=[a.pk]),
                           a.published_at.strftime("%-d %b %Y %H:%M") if a.published_at else "unknown")

    @admin.display(description="Evidence (dating words marked)")
    def evidence(self, m):
        return highlighted_sentence(m)


class ArticleMentionInline(admin.TabularInline):
    model = Mention
    fk_name = "article"
    extra = 0
    can_delete = False
    fields = ("event_link", "evidence", "timex_value", "merge_reason")
    readonly_fields = fields
    verbose_name_plural = "events read from this article"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Event")
    def event_link(self, m):
        return format_html('<a href="{}">{}</a> ({})', reverse("admin:timeline_event_change", args=[m.event_id]),
                           m.event.title, date_label(m.event, weekday=False))

    @admin.display(description="Evidence")
    def evidence(self, m):
        return highlighted_sentence(m)


# --- events --------------------------------------------------------------------------------------------

class EventAdminForm(forms.ModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    release_fields = forms.MultipleChoiceField(
        choices=LOCKABLE, required=False, widget=forms.CheckboxSelectMultiple,
        label="Hand back to the extractor",
        help_text="Tick fields to unlock them: the next re-extraction may set them again.",
    )

    class Meta:
        model = Event
        fields = ["title", "summary", "date_start", "date_end", "granularity", "timex_value", "status", "kind",
                  "location", "actors", "verified", "hidden"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # the saved version, not the instance's: a history revert shows an old instance
            saved = Event.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            self.fields["expected_version"].initial = saved or self.instance.version
            locked = set(self.instance.editor_fields or [])
            self.fields["release_fields"].choices = [c for c in LOCKABLE if c[0] in locked]
            if not locked:
                self.fields["release_fields"].widget = forms.MultipleHiddenInput()
        else:
            del self.fields["release_fields"]

    def clean(self):
        data = super().clean()
        if self.instance.pk:
            expected = data.get("expected_version")
            saved = Event.objects.filter(pk=self.instance.pk).first()
            if saved is not None and expected is not None and expected != saved.version:
                err = services.StaleEdit(saved, expected)
                raise ValidationError(
                    "%(msg)s Now: title “%(title)s”, date %(date)s, status %(status)s, place “%(place)s”. "
                    "Reload the page to edit the current version.",
                    params={"msg": str(err), "title": saved.title, "date": date_label(saved, weekday=False),
                            "status": saved.status, "place": saved.location or "—"},
                    code="stale",
                )
        start, end = data.get("date_start"), data.get("date_end")
        if start and end and end < start:
            self.add_error("date_end", "The last day cannot be before the first day.")
        return data


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    form = EventAdminForm
    list_display = ("when", "title", "granularity", "status", "actor_names", "source_count", "verified", "locked")
    list_display_links = ("title",)
    list_filter = (WhenFilter, "status", KindFilter, "verified", "hidden", ("actors", admin.RelatedOnlyFieldListFilter),
                   PublisherFilter, EditorChangesFilter, "granularity", "synthetic")
    list_select_related = ("edited_by",)
    list_per_page = 100
    search_fields = ("title", "summary", "location", "actors__name", "mentions__sentence", "mentions__article__title")
    date_hierarchy = "date_start"
    ordering = ("date_start", "id")
    autocomplete_fields = ("actors",)
    readonly_fields = ("public_link", "version", "locked_fields", "edited_by", "edited_at", "confidence", "merge_key",
                       "merged_into", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "summary", ("status", "kind"), "location", "actors", ("verified", "hidden"),
                           "expected_version")}),
        ("Date", {"fields": (("date_start", "date_end"), ("granularity", "timex_value"))}),
        ("Editor locks", {"fields": ("locked_fields", "release_fields"),
                          "description": "Fields an editor set are never overwritten by extraction."}),
        ("Record", {"classes": ("collapse",), "fields": ("public_link", "version", "edited_by", "edited_at",
                                                         "confidence", "merge_key", "merged_into", "created_at",
                                                         "updated_at")}),
    )
    inlines = [MentionInline]
    actions = ["mark_verified", "hide_events", "merge_selected"]

    def get_queryset(self, request):
        return (super().get_queryset(request).annotate(n_sources=Count("mentions", distinct=True))
                .prefetch_related("actors"))

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("title", "summary", ("status", "kind"), "location", "actors",
                                       ("verified", "hidden"))}),
                    ("Date", {"fields": (("date_start", "date_end"), ("granularity", "timex_value"))}))
        return self.fieldsets

    @admin.display(description="Date", ordering="date_start")
    def when(self, obj):
        return date_label(obj, weekday=False)

    @admin.display(description="Actors")
    def actor_names(self, obj):
        return ", ".join(a.name for a in obj.actors.all())

    @admin.display(description="Sources", ordering="n_sources")
    def source_count(self, obj):
        return obj.n_sources

    @admin.display(description="Editor-set", boolean=True)
    def locked(self, obj):
        return bool(obj.editor_fields)

    @admin.display(description="On the site")
    def public_link(self, obj):
        return format_html('<a href="{}" target="_blank">{}</a>', obj.get_absolute_url(), obj.public_id)

    @admin.display(description="Locked by an editor")
    def locked_fields(self, obj):
        if not obj.editor_fields:
            return "None: extraction may update every field."
        return format_html_join(" ", '<span class="timeline-lock">🔒 {}</span>', ((f,) for f in obj.editor_fields))

    def save_model(self, request, obj, form, change):
        if not change:
            obj.editor_fields = [f for f in form.changed_data if f in Event.EDITABLE_FIELDS]
            obj.edited_by, obj.edited_at = request.user, timezone.now()
            super().save_model(request, obj, form, change)
            return
        # every field the form holds: correct_event compares with what is saved and locks only real changes
        # (this also makes simple-history's "revert" apply the old values)
        changes = {f: form.cleaned_data[f] for f in ADMIN_EDIT_FIELDS if f in form.cleaned_data}
        if "actors" in form.cleaned_data:
            changes["actors"] = list(form.cleaned_data["actors"])
        try:
            saved = services.correct_event(obj, changes, request.user, form.cleaned_data.get("expected_version"))
        except services.StaleEdit as stale:  # lost a race after clean(): keep what is saved
            self.message_user(request, str(stale), messages.ERROR)
            saved = Event.objects.get(pk=obj.pk)
        for field in form.cleaned_data.get("release_fields") or []:
            saved = services.release_field(saved, field, request.user)
        for f in ("version", "editor_fields", "edited_by", "edited_at", "updated_at"):
            setattr(obj, f, getattr(saved, f))

    def save_related(self, request, form, formsets, change):
        # actors were saved by correct_event; let the admin save only the (read-only) inlines
        if not change:
            form.save_m2m()
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    @admin.action(description="Mark selected events verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        for event in queryset:
            services.verify_event(event, request.user)
        self.message_user(request, f"{queryset.count()} event(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Hide selected events from readers", permissions=["change"])
    def hide_events(self, request, queryset):
        for event in queryset:
            services.hide_event(event, request.user)
        self.message_user(request, f"{queryset.count()} event(s) hidden.", messages.SUCCESS)

    @admin.action(description="Merge selected events into one", permissions=["change"])
    def merge_selected(self, request, queryset):
        try:
            survivor = services.merge_events(list(queryset), request.user)
        except ValueError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, format_html('Merged into <a href="{}">{}</a>.',
                                               reverse("admin:timeline_event_change", args=[survivor.pk]),
                                               survivor.title), messages.SUCCESS)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("event", "article", "timex_text", "timex_value", "split_off")
    list_select_related = ("event", "article")
    search_fields = ("sentence", "event__title", "article__title", "timex_text")
    list_filter = ("split_off",)
    readonly_fields = ("event", "article", "evidence", "sentence_start", "sentence_end", "timex_start", "timex_end",
                       "trigger_text", "extractor_version", "created_at")
    fields = ("event", "article", "evidence", "timex_text", "timex_value", "extracted_title", "extracted_status",
              "merge_reason", "split_off", "trigger_text", "extractor_version", "created_at")
    actions = ["split_selected"]

    @admin.display(description="Evidence")
    def evidence(self, m):
        return highlighted_sentence(m)

    @admin.action(description="Split selected mentions into new events of their own", permissions=["change"])
    def split_selected(self, request, queryset):
        done = 0
        for mention in queryset:
            try:
                services.split_mention(mention, request.user)
                done += 1
            except ValueError as exc:
                self.message_user(request, f"{mention}: {exc}", messages.WARNING)
        if done:
            self.message_user(request, f"{done} mention(s) split into new events.", messages.SUCCESS)


# --- articles, actors, timelines -----------------------------------------------------------------------

@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ("title", "publisher", "published_at", "published_source", "event_count", "unresolved")
    list_filter = ("publisher", "published_source", "language")
    search_fields = ("title", "publisher", "url")
    date_hierarchy = "published_at"
    readonly_fields = ("content_hash", "ingested_at", "extractor_version", "unresolved_list", "link")
    fields = ("title", "link", "url", "publisher", "published_at", "published_source", "published_tz", "updated_at",
              "language", "unresolved_list", "body", "content_hash", "ingested_at", "extractor_version")
    inlines = [ArticleMentionInline]
    actions = ["reextract_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_event_counts()

    @admin.action(description="Re-extract selected articles (editors’ corrections stay)",
                  permissions=["change"])
    def reextract_selected(self, request, queryset):
        from .ingest import reextract_articles

        done = reextract_articles(queryset.order_by("pk"))
        self.message_user(request, f"Re-extracted {done} article{'s' if done != 1 else ''}. "
                                   "Fields an editor set were left as they were.", messages.SUCCESS)

    @admin.display(description="Events", ordering="event_count")
    def event_count(self, obj):
        return obj.event_count

    @admin.display(description="Unresolved dates")
    def unresolved(self, obj):
        return len(obj.unresolved_expressions or [])

    @admin.display(description="Link")
    def link(self, obj):
        url = safe_url(obj.url)
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', url, url) if url else "—"

    @admin.display(description="Relative dates the extractor could not place")
    def unresolved_list(self, obj):
        items = obj.unresolved_expressions or []
        if not items:
            return "None"
        rows = []
        for item in items:
            if isinstance(item, dict):
                rows.append((item.get("text", ""), item.get("value", "") or item.get("reason", "")))
            else:
                rows.append((str(item), ""))
        return format_html("<ul>{}</ul>", format_html_join("", "<li><mark>{}</mark> {}</li>", rows))


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ("name", "kind", "country", "alias_list", "event_count")
    list_filter = ("kind", ("country", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("country",)
    search_fields = ("name",)
    ordering = ("name",)  # the event count's GROUP BY drops the model's ordering; autocomplete pages need one
    autocomplete_fields = ("country",)  # offers countries only (the field's limit_choices_to)
    actions = ["merge_selected_actors"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events", distinct=True))

    @admin.display(description="Aliases")
    def alias_list(self, obj):
        return ", ".join(obj.aliases or [])

    @admin.display(description="Events", ordering="n_events")
    def event_count(self, obj):
        return obj.n_events

    @admin.action(description="Merge selected actors (the one on most events keeps its name)", permissions=["change"])
    def merge_selected_actors(self, request, queryset):
        try:
            keeper = services.merge_actors(list(queryset), request.user)
        except ValueError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Merged into “{keeper.name}”; the other names are now its aliases.",
                          messages.SUCCESS)


@admin.register(Timeline)
class TimelineAdmin(SimpleHistoryAdmin):
    list_display = ("title", "slug", "public", "view_link")
    list_filter = ("public",)
    search_fields = ("title", "slug", "description")
    prepopulated_fields = {"slug": ("title",)}

    @admin.display(description="Page")
    def view_link(self, obj):
        return format_html('<a href="{}" target="_blank">view</a>', obj.get_absolute_url())
