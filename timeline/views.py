from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Event, Timeline


@require_GET
def index(request):
    return HttpResponse("timeline")


@require_GET
def event_detail(request, public_id):
    return HttpResponse(get_object_or_404(Event, public_id=public_id).title)


@require_GET
def saved_timeline(request, slug):
    return HttpResponse(get_object_or_404(Timeline, slug=slug).title)
