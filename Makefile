# Two commands do everything from a fresh clone: `make run` and `make test` (see README).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | sha256sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate seed serve lock clean check bench evaluate

$(STAMP): requirements.txt
	@if [ ! -x $(PY) ]; then \
	  py=$$(scripts/find-python) || exit 1; \
	  echo "Creating $(VENV) with $$py"; \
	  "$$py" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt
	@rm -f $(VENV)/.installed-*; touch $(STAMP)

install: $(STAMP)

migrate: install
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py migrate --noinput

seed: migrate
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(PY) manage.py ingest seeds/

run: seed
	@echo
	@echo "  Timeline: http://$(HOST):$(PORT)/      Admin: http://$(HOST):$(PORT)/admin/"
	@echo "  To become an editor:  $(PY) manage.py createeditor YOUR-NAME"
	@echo "  Uploads and feeds are ingested by a background worker (manage.py ingest_worker) started beside the server."
	@echo
	@export DJANGO_DEBUG=$${DJANGO_DEBUG:-1} TIMELINE_TASKS=$${TIMELINE_TASKS:-db}; \
	  $(PY) manage.py ingest_worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

# TimelineJS3 for the browser test that checks our TimelineJS export (skipped where npm is missing).
TLJS := tests/timelinejs/node_modules/@knight-lab/timelinejs/dist/js/timeline.js
$(TLJS): tests/timelinejs/package-lock.json
	@if command -v npm >/dev/null; then cd tests/timelinejs && npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the TimelineJS browser test will be skipped"; fi

test: install $(TLJS)
	$(PY) -m pytest $(PYTEST_ARGS)

check: install
	DJANGO_DEBUG=1 $(PY) manage.py check

evaluate: install
	$(PY) manage.py evaluate_timeml ../shared/data/timeml/TimeBank
	$(PY) manage.py evaluate_timeml ../shared/data/timeml/AQUAINT

# Recompile requirements.txt (versions and hashes) from requirements.in.
lock: install
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links -o requirements.txt requirements.in

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
