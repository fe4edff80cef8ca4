from django.urls import path

from . import views_ingest

app_name = "ingest"

urlpatterns = [
    path("", views_ingest.upload, name="upload"),
    path("<uuid:public_id>/", views_ingest.ingest_job, name="job"),
]
