"""Faults: a database that is not answering gives a clear 503, not a traceback."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_database_unavailable_gives_503_page():
    port, dead_db_port = free_port(), free_port()
    env = dict(os.environ, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="fault-test-key-" + "x" * 40,
               DATABASE_URL=f"postgres://postgres@127.0.0.1:{dead_db_port}/nothing_here")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1", "--timeout", "30"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        for path, kind in [("/", "text/html"), ("/api/events.json", "application/json")]:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20)
                raise AssertionError(f"{path} answered although the database is down")
            except urllib.error.HTTPError as exc:
                body = exc.read().decode()
                assert exc.code == 503, (path, exc.code, body[:300])
                assert exc.headers["Retry-After"] == "30"
                assert kind in exc.headers["Content-Type"]
                assert "unavailable" in body
                assert "Traceback" not in body and "OperationalError" not in body
    finally:
        server.terminate()
        server.wait(timeout=10)
