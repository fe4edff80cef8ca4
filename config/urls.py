from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Timeline editors' workbench"
admin.site.site_title = "Timeline admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("ingest/", include("timeline.urls_ingest")),
    path("", include("timeline.urls")),
]
