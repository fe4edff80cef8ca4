from django.urls import path

from . import views

app_name = "timeline"

urlpatterns = [
    path("", views.index, name="index"),
    path("events/<uuid:public_id>/", views.event_detail, name="event"),
    path("events/<uuid:public_id>/edit/", views.event_edit, name="event_edit"),
    path("timelines/<slug:slug>/", views.saved_timeline, name="saved"),
    path("embed/", views.embed, name="embed"),
    path("embed/<slug:slug>/", views.embed_saved, name="embed_saved"),
    path("oembed", views.oembed, name="oembed"),
    path("api/events.json", views.api_events, name="api_events"),
    path("api/timelinejs.json", views.api_timelinejs, name="api_timelinejs"),
    path("events.ics", views.events_ics, name="events_ics"),
    path("events.csv", views.events_csv, name="events_csv"),
]
