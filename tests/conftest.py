"""Shared fixtures: named users (editor, reader, superuser), the seed article, the real spaCy pipeline."""

from datetime import date
from pathlib import Path

import pytest

from tests.factories import HOSTILE, make_article, make_event

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf32f9d351de18e7.txt"
SHARED = ROOT.parent / "shared"
TIMEML = SHARED / "data" / "timeml"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run (browser tests only; skipped, or failed under CI, when missing)."""
    from tests.browser_support import chromium

    with chromium() as b:
        yield b


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


@pytest.fixture
def world(db):
    """The seed story's events, plus one hostile article."""
    epoch = make_article(title="Trump Says He Will Discuss Cease-Fire With Putin on Tuesday",
                         url="https://www.theepochtimes.com/world/trump-putin", publisher="The Epoch Times")
    hostile = make_article(title=HOSTILE, url="javascript:alert(3)", publisher=HOSTILE)
    events = {
        "jeddah": make_event("Ukrainian and U.S. officials hold talks in Jeddah", start=date(2025, 3, 11),
                             location="Jeddah, Saudi Arabia", kind="talks", article=epoch,
                             sentence="Ukraine agreed to a 30-day cease-fire following March 11 talks in Jeddah.",
                             timex_text="March 11"),
        "witkoff": make_event("Witkoff meets Putin", start=date(2025, 3, 14), actors=["Steve Witkoff", "Vladimir Putin"],
                              kind="meeting", location="Moscow", article=epoch,
                              sentence="U.S. envoy Steve Witkoff met with Putin in Russia on March 14.",
                              timex_text="on March 14"),
        "allies": make_event("Western military leaders meet in the UK", start=date(2025, 3, 17), end=date(2025, 3, 23),
                             granularity="week", timex_value="2025-W12", status="planned", article=epoch,
                             sentence="Military leaders will meet in the United Kingdom this week.", timex_text="this week"),
        "call": make_event("Trump to speak with Putin", start=date(2025, 3, 18), status="planned",
                           actors=["Donald Trump", "Vladimir Putin"], kind="call", article=epoch,
                           sentence="Trump said he would speak to Putin on Tuesday.", timex_text="on Tuesday"),
        "month": make_event("Cease-fire deadline", start=date(2025, 3, 1), end=date(2025, 3, 31), granularity="month",
                            timex_value="2025-03", status="planned", kind="deadline", article=epoch,
                            sentence="Talks should conclude in March.", timex_text="in March"),
        "hostile": make_event(HOSTILE, start=date(2025, 3, 16), actors=[HOSTILE], location=HOSTILE, status="reported",
                              article=hostile, sentence=f"{HOSTILE} said on Sunday", timex_text="on Sunday"),
        "hidden": make_event("Hidden rumour", start=date(2025, 3, 15), hidden=True),
    }
    return events
