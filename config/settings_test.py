"""Settings for the test suite: the project's settings with a test-only key and development static files.

pytest-django loads settings before any conftest runs, so the defaults are set here.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-never-used-outside-the-test-suite")

from .settings import *  # noqa: E402,F403
