"""What readers, editors and embedding sites get. Views stay thin: parse the request (filters.py), ask a
QuerySet or a service (services.py), render a template or one of its partials when htmx asks.
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.templatetags.static import static
from django.utils.csp import CSP
from django.utils.html import escape, format_html
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET, require_http_methods

from . import exports
from .filters import EventFilter, events_for, page_events
from .forms import EventEditForm, FilterForm
from .models import Event, Timeline
from .services import StaleEdit, correct_event
from .templatetags.timeline_tags import date_label

ZOOMS = ("day", "week", "month", "year")
MAX_EXPORT = 5000

# The embed may be framed by any site; everything else keeps frame-ancestors 'none' and X-Frame-Options.
EMBED_CSP = {**settings.SECURE_CSP, "frame-ancestors": ["*"], "script-src": [CSP.SELF]}


def can_edit(user) -> bool:
    return bool(user.is_authenticated and user.is_staff and user.has_perm("timeline.change_event"))


def _int(value, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


def _is_partial(request) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def _render(request, template: str, partial: str, context: dict, status: int = 200) -> HttpResponse:
    name = f"{template}#{partial}" if _is_partial(request) else template
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _public_timeline(slug: str) -> Timeline:
    return get_object_or_404(Timeline, slug=slug, public=True)


# --- the timeline --------------------------------------------------------------------------------------

def _period_end(start: date, zoom: str) -> date:
    if zoom == "week":
        return start + timedelta(days=6)
    if zoom == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(start.year, 12, 31)


def _period_label(start: date, zoom: str) -> str:
    if zoom == "week":
        return f"Week of {start:%-d %B %Y}"
    if zoom == "month":
        return f"{start:%B %Y}"
    return str(start.year)


def _period_start(day: date, zoom: str) -> date:
    if zoom == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday, as TruncWeek does
    if zoom == "month":
        return day.replace(day=1)
    return date(day.year, 1, 1)


def _buckets(qs, zoom: str, f: EventFilter, path: str) -> list[dict]:
    """How many events (and planned ones) fall in each week/month/year.

    One aggregate query grouped by day, rolled up here: grouping on the bare column reads only the
    (hidden, date_start, status) index, where truncating every row in SQL (a Python function per row on
    SQLite) took ~300 ms at 100,000 events. Days are few (hundreds a year), so the roll-up is cheap.
    """
    rows = (
        qs.order_by().values("date_start")
        .annotate(n=Count("id"), planned=Count("id", filter=Q(status=Event.Status.PLANNED)))
        .order_by("date_start")
    )
    periods: dict[date, dict] = {}
    for row in rows:
        period = periods.setdefault(_period_start(row["date_start"], zoom), {"n": 0, "planned": 0})
        period["n"] += row["n"]
        period["planned"] += row["planned"]
    out = []
    for start, row in periods.items():
        end = _period_end(start, zoom)
        sub = EventFilter(**{**f.__dict__, "errors": [],
                             "date_from": max(start, f.date_from) if f.date_from else start,
                             "date_to": min(end, f.date_to) if f.date_to else end})
        out.append({"start": start, "end": end, "label": _period_label(start, zoom), "count": row["n"],
                    "planned": row["planned"], "url": f"{path}?{sub.querystring()}"})
    peak = max((b["count"] for b in out), default=0)
    for b in out:
        b["peak"] = peak
    return out


def _group_by_day(events) -> list[dict]:
    groups: list[dict] = []
    for event in events:
        label = date_label(event)
        if groups and groups[-1]["label"] == label:
            groups[-1]["events"].append(event)
        else:
            groups.append({"label": label, "granularity": event.granularity, "events": [event]})
    return groups


def _timeline_context(request, *, timeline: Timeline | None = None) -> dict:
    qs, f = events_for(request.GET, base=timeline.filters if timeline else None)
    zoom = request.GET.get("zoom", "day")
    zoom = zoom if zoom in ZOOMS else "day"
    path = request.path
    ctx = {"filter": f, "zoom": zoom, "timeline": timeline, "can_edit": can_edit(request.user),
           "filter_form": FilterForm(initial={**f.as_params(), "actor": ", ".join(f.actors)}),
           "querystring": f.querystring(), "path": path}
    ctx["zoom_links"] = [{"zoom": z, "label": z.capitalize(), "url": f"{path}?{f.querystring(zoom=z if z != 'day' else None)}",
                          "current": z == zoom} for z in ZOOMS]
    if zoom == "day":
        size = _int(request.GET.get("size"), settings.TIMELINE_PAGE_SIZE, 10, 500)
        events, next_cursor, prev_cursor = page_events(
            qs.for_listing(), after=request.GET.get("after"), before=request.GET.get("before"), size=size)
        ctx.update(groups=_group_by_day(events), event_count=len(events), total=qs.count(),
                   next_url=f"{path}?{f.querystring(after=next_cursor)}" if next_cursor else None,
                   prev_url=f"{path}?{f.querystring(before=prev_cursor)}" if prev_cursor else None)
    else:
        buckets = _buckets(qs, zoom, f, path)
        ctx.update(buckets=buckets, total=sum(b["count"] for b in buckets))
    # what to embed and the oEmbed discovery link: the same selection, from the embed route
    embed_path = reverse("timeline:embed_saved", args=[timeline.slug]) if timeline else reverse("timeline:embed")
    embeddable = timeline is None or timeline.public
    if embeddable:
        qstr = f.querystring()
        ctx["embed_url"] = request.build_absolute_uri(embed_path) + (f"?{qstr}" if qstr else "")
        script_url = request.build_absolute_uri(static("timeline/embed.js"))
        # escaped twice on purpose: once as HTML for the host page, once more to sit inside the textarea
        ctx["embed_snippet"] = escape(format_html(
            '<div data-timeline-embed="{0}"><iframe src="{0}" title="{1}" width="100%" height="600" '
            'loading="lazy" frameborder="0"></iframe></div>\n<script src="{2}" async></script>',
            ctx["embed_url"], timeline.title if timeline else "Diplomacy timeline", script_url,
        ))
        ctx["oembed_url"] = reverse("timeline:oembed") + "?" + urlencode(
            {"url": request.build_absolute_uri(), "format": "json"})
        export_params = {**f.as_params(), **({"timeline": timeline.slug} if timeline else {})}
        qexp = urlencode(export_params, doseq=True)
        ctx["exports"] = [
            (label, reverse(name) + (f"?{qexp}" if qexp else ""))
            for label, name in (("JSON", "timeline:api_events"), ("TimelineJS", "timeline:api_timelinejs"),
                                ("Calendar (ICS)", "timeline:events_ics"), ("CSV", "timeline:events_csv"))
        ]
    return ctx


def _without_blanks(request) -> str | None:
    """The query string minus empty fields (a submitted filter form sends every box), or None if clean."""
    params = request.GET.copy()
    blank = [k for k in params if not any(v.strip() for v in params.getlist(k))]
    if not blank:
        return None
    for k in blank:
        del params[k]
    return f"{request.path}?{params.urlencode()}" if params else request.path


def _timeline_page(request, timeline: Timeline | None = None) -> HttpResponse:
    clean = _without_blanks(request)
    if clean and not request.htmx:
        return redirect(clean)
    response = _render(request, "timeline/index.html", "results", _timeline_context(request, timeline=timeline))
    if clean:
        response["HX-Push-Url"] = clean
    return response


@require_GET
def index(request):
    return _timeline_page(request)


@require_GET
def saved_timeline(request, slug):
    timeline = get_object_or_404(Timeline, slug=slug)
    if not timeline.public and not (request.user.is_authenticated and request.user.is_staff):
        raise Http404("No such timeline.")
    return _timeline_page(request, timeline)


# --- one event -----------------------------------------------------------------------------------------

@require_GET
def event_detail(request, public_id):
    event = get_object_or_404(Event.objects.for_listing(), public_id=public_id)
    if event.merged_into_id:
        target = event.merged_into
        for _ in range(5):  # merges of merges: follow to the survivor
            if not target.merged_into_id:
                return redirect(target, permanent=True)
            target = target.merged_into
    staff = can_edit(request.user)
    if (event.hidden or event.date_start is None) and not staff:
        raise Http404("No such event.")
    return render(request, "timeline/event_detail.html", {"event": event, "can_edit": staff, "detail": True})


@require_http_methods(["GET", "POST"])
def event_edit(request, public_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_edit(request.user):
        raise PermissionDenied("Only editors can change events.")
    event = get_object_or_404(Event.objects.for_listing(), public_id=public_id)
    ctx = {"event": event, "can_edit": True}
    status = 200
    if request.method == "POST":
        form = EventEditForm(request.POST, event=event)
        if form.is_valid():
            try:
                saved = correct_event(event, form.changes(), request.user, form.cleaned_data["version"])
            except StaleEdit as stale:
                fresh = Event.objects.for_listing().get(pk=event.pk)
                ctx.update(event=fresh, form=EventEditForm(event=fresh), stale=stale,
                           yours=form.cleaned_data)
                return _render(request, "timeline/event_edit.html", "form", ctx, status=409)
            saved = Event.objects.for_listing().get(pk=saved.pk)
            if _is_partial(request):
                response = render(request, "timeline/event_detail.html#event",
                                  {"event": saved, "can_edit": True, "just_saved": True})
                patch_vary_headers(response, ["HX-Request"])
                return response
            messages.success(request, f"Saved “{saved.title}”.")
            return redirect(saved)
        status = 422
    else:
        form = EventEditForm(event=event)
    ctx["form"] = form
    return _render(request, "timeline/event_edit.html", "form", ctx, status=status)


# --- embed and oEmbed ----------------------------------------------------------------------------------

def _embed_response(request, timeline: Timeline | None) -> HttpResponse:
    # Deliberately never touches request.user or the session: no cookies, no Vary: Cookie.
    qs, f = events_for(request.GET, base=timeline.filters if timeline else None)
    limit = _int(request.GET.get("limit"), 50, 1, 200)
    events, next_cursor, _ = page_events(qs.for_listing(), after=request.GET.get("after"), size=limit)
    theme = request.GET.get("theme", "light")
    height = _int(request.GET.get("height"), 0, 0, 4000) or None
    if height:
        height = max(height, 150)
    options = {k: v for k, v in (("theme", theme if theme in ("light", "dark") else None),
                                  ("height", height), ("limit", request.GET.get("limit"))) if v}
    full = reverse("timeline:saved", args=[timeline.slug]) if timeline else reverse("timeline:index")
    ctx = {
        "timeline": timeline, "filter": f, "groups": _group_by_day(events), "event_count": len(events),
        "theme": theme if theme in ("light", "dark") else "light", "height": height,
        "show_title": request.GET.get("title", "1") != "0",
        "title": timeline.title if timeline else "Diplomacy timeline",
        "full_url": request.build_absolute_uri(full) + (f"?{f.querystring()}" if f.is_active else ""),
        "next_url": f"{request.path}?{f.querystring(after=next_cursor, **options)}" if next_cursor else None,
    }
    response = render(request, "timeline/embed.html", ctx)
    patch_cache_control(response, public=True, max_age=300)
    return response


@xframe_options_exempt
@csp_override(EMBED_CSP)
@require_GET
def embed(request):
    return _embed_response(request, None)


@xframe_options_exempt
@csp_override(EMBED_CSP)
@require_GET
def embed_saved(request, slug):
    return _embed_response(request, _public_timeline(slug))


def _allowed_host(netloc: str, request) -> bool:
    return netloc.lower() == request.get_host().lower()


@require_GET
def oembed(request):
    fmt = request.GET.get("format", "json")
    if fmt != "json":
        return HttpResponse("Only format=json is offered.", status=501, content_type="text/plain")
    url = request.GET.get("url", "")
    try:
        parts = urlsplit(url)
        match = resolve(parts.path)
    except (ValueError, Resolver404):
        raise Http404("Not a timeline URL.")
    if parts.scheme not in ("http", "https") or not _allowed_host(parts.netloc, request):
        raise Http404("Not a timeline URL of this site.")
    name = match.url_name if match.namespace == "timeline" else None
    if name in ("index", "embed"):
        timeline, embed_path = None, reverse("timeline:embed")
    elif name in ("saved", "embed_saved"):
        timeline = _public_timeline(match.kwargs["slug"])
        embed_path = reverse("timeline:embed_saved", args=[timeline.slug])
    else:
        raise Http404("Not a timeline URL.")
    query = parts.query
    height = None
    if query:
        from django.http import QueryDict

        q = QueryDict(query)
        height = _int(q.get("height"), 0, 0, 4000) or None
    embed_url = request.build_absolute_uri(embed_path) + (f"?{query}" if query else "")
    data = exports.oembed(
        embed_url=embed_url,
        title=timeline.title if timeline else "Diplomacy timeline",
        provider_url=request.build_absolute_uri("/"),
        maxwidth=_int(request.GET.get("maxwidth"), 0, 0, 10000) or None,
        maxheight=_int(request.GET.get("maxheight"), 0, 0, 10000) or None,
        height=height,
    )
    response = exports.json_response(data)
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=3600)
    return response


# --- API and exports -----------------------------------------------------------------------------------

def _export_selection(request):
    slug = request.GET.get("timeline")
    timeline = _public_timeline(slug) if slug else None
    qs, f = events_for(request.GET, base=timeline.filters if timeline else None)
    return qs, f, timeline


def _cors(response, max_age: int = 60) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=max_age)
    return response


@require_GET
def api_events(request):
    qs, f, timeline = _export_selection(request)
    size = _int(request.GET.get("limit"), settings.TIMELINE_PAGE_SIZE, 1, 500)
    events, next_cursor, _ = page_events(qs.for_listing(), after=request.GET.get("after"), size=size)
    next_url = None
    if next_cursor:
        params = request.GET.copy()
        params["after"] = next_cursor
        next_url = request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
    return _cors(exports.json_response({"events": [exports.event_dict(e, request) for e in events],
                                        "next": next_url}))


def _bounded(request, qs):
    limit = _int(request.GET.get("limit"), MAX_EXPORT, 1, MAX_EXPORT)
    events, _, _ = page_events(qs.for_listing(), after=request.GET.get("after"), size=limit)
    return events


@require_GET
def api_timelinejs(request):
    qs, f, timeline = _export_selection(request)
    title = timeline.title if timeline else "Diplomacy timeline"
    data = exports.timelinejs(_bounded(request, qs), title, timeline.description if timeline else "")
    return _cors(exports.json_response(data))


@require_GET
def events_ics(request):
    qs, f, timeline = _export_selection(request)
    body = exports.ics_calendar(_bounded(request, qs), name=timeline.title if timeline else "Diplomacy timeline",
                                host=request.get_host().split(":")[0], request=request)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{timeline.slug if timeline else "timeline"}.ics"'
    return _cors(response, max_age=300)


@require_GET
def events_csv(request):
    qs, f, timeline = _export_selection(request)
    rows = qs.for_listing().order_by("date_start", "id").iterator(chunk_size=1000)
    response = StreamingHttpResponse(exports.csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{timeline.slug if timeline else "timeline"}.csv"'
    return _cors(response, max_age=300)
