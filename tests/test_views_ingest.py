"""The staff upload form and the job progress page: permissions, CSRF, progress, bad input."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from timeline.job_models import IngestJob
from timeline.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = ("Envoys Meet in Oslo\n\nBy Desk | Created at 2024-05-02 07:15:00\n\n"
           "Foreign ministers from Norway and Sweden met in Oslo on Thursday to discuss Arctic security.")


def test_anonymous_is_sent_to_login_and_reader_is_refused(client, reader):
    url = reverse("ingest:upload")
    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(reader)
    assert client.get(url).status_code == 403
    assert client.post(url, {"text": ARTICLE}).status_code == 403
    assert Article.objects.count() == 0


def test_editor_uploads_files_and_sees_progress(client, editor):
    client.force_login(editor)
    assert client.get(reverse("ingest:upload")).status_code == 200
    files = [SimpleUploadedFile("oslo.txt", ARTICLE.encode()), SimpleUploadedFile("bad.txt", b"\x00\x01")]
    response = client.post(reverse("ingest:upload"), {"files": files, "urls": "", "text": ""})
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert response["Location"] == reverse("ingest:job", args=[job.public_id])
    page = client.get(response["Location"])
    body = page.content.decode()
    assert "1 added" in body and "1 rejected" in body and "binary" in body
    partial = client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
    assert 'id="job-progress"' in partial and "<html" not in partial
    assert Article.objects.count() == 1


def test_pasted_article_with_a_given_timestamp(client, editor):
    client.force_login(editor)
    text = "Leaders Talk\n\nThe two leaders spoke by phone on Tuesday about the border dispute and trade."
    client.post(reverse("ingest:upload"), {"text": text, "published": "2024-05-02T09:00"})
    article = Article.objects.get()
    assert article.published_source == "given" and article.published_at.date().isoformat() == "2024-05-02"


def test_upload_form_errors_in_place(client, editor):
    client.force_login(editor)
    response = client.post(reverse("ingest:upload"), {"urls": "ftp://example.org/x", "text": ""})
    assert response.status_code == 200
    assert "Not an http(s) URL" in response.content.decode()
    response = client.post(reverse("ingest:upload"), {"text": "  "})
    assert "at least one file" in response.content.decode()
    assert IngestJob.objects.count() == 0


def test_upload_needs_csrf(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(reverse("ingest:upload"), {"text": ARTICLE}).status_code == 403
    assert Article.objects.count() == 0


def test_only_editors_see_the_add_articles_link(client, editor, reader):
    client.force_login(reader)
    assert 'href="/ingest/"' not in client.get("/").content.decode()
    client.force_login(editor)
    assert 'href="/ingest/"' in client.get("/").content.decode()
