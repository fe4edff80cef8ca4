"""Shared fixtures: named users (editor, reader, superuser), the seed article, the real spaCy pipeline."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf32f9d351de18e7.txt"
SHARED = ROOT.parent / "shared"
TIMEML = SHARED / "data" / "timeml"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("eddie", password="pw-editor-123", is_staff=True)
    group, _ = Group.objects.get_or_create(name="Editors")
    user.groups.add(group)
    return user


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("rita", password="pw-reader-123")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("sue", password="pw-super-123")
