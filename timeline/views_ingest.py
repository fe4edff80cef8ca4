"""Staff upload of articles; the work runs as a background ingest job whose progress the page polls."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from . import jobs
from .forms_ingest import UploadForm
from .job_models import IngestJob


@require_http_methods(["GET", "POST"])
@login_required
@permission_required("timeline.add_article", raise_exception=True)
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        items = [jobs.upload_item(f.name, f.read()) for f in form.cleaned_data["files"]]
        items += [jobs.url_item(u) for u in form.cleaned_data["urls"]]
        text = (form.cleaned_data.get("text") or "").strip()
        if text:
            item = jobs.text_item("pasted article", text)
            published = form.cleaned_data.get("published")
            if published:
                item.published = published.isoformat()
            items.append(item)
        job = jobs.start_ingest_job(items, request.user, description=f"{len(items)} input(s) from {request.user}")
        return HttpResponseRedirect(reverse("ingest:job", args=[job.public_id]))
    recent = IngestJob.objects.filter(created_by=request.user)[:10]
    return render(request, "timeline/upload.html", {"form": form, "recent": recent})


@require_GET
@login_required
@permission_required("timeline.add_article", raise_exception=True)
def ingest_job(request, public_id):
    job = get_object_or_404(IngestJob, public_id=public_id)
    context = {"job": job, "counts": job.counts(), "items": job.items.select_related("article")[:500]}
    template = "timeline/ingest_job.html#progress" if request.htmx else "timeline/ingest_job.html"
    return render(request, template, context)
