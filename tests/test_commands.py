"""Management commands as a user runs them: exit status, messages, the JSONL contract."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from timeline.models import Article, Event

ROOT = Path(__file__).resolve().parent.parent


def run(*args, input=None, env_extra=None):
    import os

    env = dict(os.environ, DJANGO_DEBUG="1", **(env_extra or {}))
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, input=input, capture_output=True,
                          text=True, env=env, timeout=300)


def test_extract_jsonl_contract(tmp_path):
    lines = [
        {"id": "a", "text": "The president will speak to his counterpart on Tuesday.", "published": "2025-03-17T09:54:27"},
        "this is not json",
        {"id": "c", "text": ""},
        {"id": "d", "text": "Talks took place on Monday.", "published": "not a date"},
        {"id": "e", "text": "Nothing dated here."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n")
    result = run("extract", "--jsonl", str(src))
    assert result.returncode == 0, result.stderr
    out = [json.loads(l) for l in result.stdout.splitlines()]
    assert len(out) == 5
    assert [o["id"] for o in out] == ["a", None, "c", "d", "e"]
    first = out[0]
    assert first["published"] == "2025-03-17T09:54:27" and first["error"] is None
    text = lines[0]["text"]
    for t in first["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
    assert any(t["value"] == "2025-03-18" for t in first["timexes"])
    for bad in out[1:4]:
        assert bad["error"] and bad["timexes"] == [] and bad["events"] == []
    assert out[4]["error"] is None and out[4]["published"] is None


def test_extract_writes_nothing_to_the_database(db, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Envoys met in Geneva on Monday.", "published": "2024-06-12"}) + "\n")
    call_command("extract", "--jsonl", str(src), stdout=open(tmp_path / "out", "w"))
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_ingest_command_exit_status_and_messages(tmp_path):
    db = tmp_path / "db.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{db}"}
    assert run("migrate", "-v0", env_extra=env).returncode == 0
    good = run("ingest", "seeds/", env_extra=env)
    assert good.returncode == 0, good.stderr
    assert "1 ingested" in good.stdout
    again = run("ingest", "seeds/", env_extra=env)
    assert again.returncode == 0 and "1 already there" in again.stdout
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    bad = run("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "bin.txt"), "seeds/", env_extra=env)
    assert bad.returncode != 0
    rejected = [l for l in bad.stderr.splitlines() if l.startswith("rejected")]
    assert len(rejected) == 2
    missing = run("ingest", str(tmp_path / "nope.txt"), env_extra=env)
    assert missing.returncode != 0 and "no such file" in missing.stderr


def test_human_readable_extract_lists_events():
    result = run("extract", "seeds/000_bf32f9d351de18e7.txt")
    assert result.returncode == 0, result.stderr
    assert "published: 2025-03-17T09:54:27" in result.stdout
    assert "2025-03-18" in result.stdout


@pytest.mark.django_db
def test_generate_events_marks_synthetic_data():
    call_command("generate_events", "50", stdout=open("/dev/null", "w"))
    assert Event.objects.filter(synthetic=True).count() == 50
    assert all(t.startswith("[synthetic]") for t in Event.objects.values_list("title", flat=True))
