# The two commands of the README: `make run` and `make test`. Everything they need is set up here.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: setup assets chromium run test lint format audit lock bench neo4j-stop clean

# Installed at the versions requirements.lock pins (`make lock` writes it from pyproject.toml).
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' -c requirements.lock
	touch $(STAMP)

## setup: the virtualenv with the project and its tools, and the views' npm assets
setup: $(STAMP) assets

## assets: the browser libraries of the embeddable views, from package-lock.json (npm ci)
assets: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed to install the views' assets"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# Debian's chromium for the browser tests: Playwright drives it and never downloads a browser.
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null; then \
		(apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) \
			|| echo "could not install chromium: the browser tests will not run"; \
	else echo "no apt-get: install chromium at /usr/bin/chromium for the browser tests"; fi

## run: start the local Neo4j (unless NEO4J_URI is set), apply the schema, seed from seeds/, serve on :8000
run: setup
	@if [ -z "$$NEO4J_URI" ]; then $(BIN)/entente neo4j start; fi
	$(BIN)/entente migrate
	$(BIN)/entente seed
	$(BIN)/entente serve --host 127.0.0.1 --port 8000

## test: lint and type checks, then the whole suite against a throw-away Neo4j
test: setup chromium lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy app tests bench

## audit: known vulnerabilities (PyPI's advisories) in every locked dependency
audit: setup
	$(BIN)/pip-audit --requirement requirements.lock --no-deps --disable-pip --progress-spinner off

## lock: pin the whole dependency tree of pyproject.toml (with the dev tools) in requirements.lock
lock: setup
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-find-links \
		--output-file requirements.lock pyproject.toml

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## bench: every benchmark in bench/, figures printed and written to bench/results/
bench: setup
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

neo4j-stop: setup
	$(BIN)/entente neo4j stop

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
