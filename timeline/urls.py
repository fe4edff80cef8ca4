from django.urls import path

from . import views

app_name = "timeline"

urlpatterns = [
    path("", views.index, name="index"),
    path("events/<uuid:public_id>/", views.event_detail, name="event"),
    path("timelines/<slug:slug>/", views.saved_timeline, name="saved"),
]
