"""Production settings: check --deploy is clean, no secret means no start, logins are throttled."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    full = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    full.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=120)


def test_check_deploy_is_clean_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", DJANGO_DEBUG="0", DJANGO_HTTPS="1",
                    DJANGO_SECRET_KEY="k" * 20 + "-Very-long-random-production-secret-0123456789",
                    DJANGO_ALLOWED_HOSTS="timeline.example.org")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_refuses_to_start_without_a_secret_when_debug_is_off():
    result = manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
def test_login_is_throttled_after_repeated_failures(client, editor):
    url = "/admin/login/?next=/admin/"
    for _ in range(4):
        response = client.post(url, {"username": "eddie", "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    assert client.post(url, {"username": "eddie", "password": "wrong"}).status_code == 429  # fifth: locked
    locked = client.post(url, {"username": "eddie", "password": "pw-editor-123"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
