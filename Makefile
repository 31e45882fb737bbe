# Two commands set up everything on a fresh machine:
#   make run    install into .venv, then start the chat UI on http://127.0.0.1:7860
#   make test   install into .venv (with test tools), then lint and run every test
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: install run test test-fast test-scale lint index clean browser

install: $(STAMP)

# torch first, from the CPU wheel pip finds on this machine's disk: installed as a
# dependency it would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check "torch==2.13.0"
	$(PIP) install --quiet --disable-pip-version-check -c constraints.txt -e ".[ui,dev]"
	touch $(STAMP)

run: install
	$(PY) app.py

lint: install
	$(VENV)/bin/ruff check src tests bench app.py
	$(VENV)/bin/ruff format --check src tests bench app.py
	$(VENV)/bin/mypy

# Browser tests drive Debian's Chromium (never a browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q --no-install-recommends chromium; }

test: lint browser
	mkdir -p test-output
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -q -m "not slow and not model and not browser and not server"

# The real model on 2,000 generated articles, local and on a two-node Ray cluster (tens of
# minutes on 2 cores, so not part of make test; make test runs the same corpus with the fake embedder).
test-scale: install
	$(PY) -m pytest -q -m scale

index: install
	$(VENV)/bin/askccg build

clean:
	rm -rf $(VENV) test-output .pytest_cache .mypy_cache .ruff_cache
