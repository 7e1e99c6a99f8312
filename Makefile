# lazeo-desk: `make run` opens the app on your database, `make demo` on sample cases, `make test` checks everything
# (`make test-postgres`: the store and services tests on SQLite and on a throwaway PostgreSQL server).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/lazeo-desk/demo.sqlite3

.PHONY: run demo test test-postgres lint typecheck pytest dist bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lazeo-desk

# The demo database is explicitly unencrypted (sample data only); the window says so.
demo: $(STAMP)
	$(BIN)/lazeo-desk --plain --db "$(DEMO_DB)" --demo

lint: $(STAMP)
	$(BIN)/ruff check lazeo_desk tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck pytest

# Needs Debian's postgresql-15 (the server's programs only: .ci/with-postgres starts and removes its own cluster).
test-postgres: $(STAMP)
	QT_QPA_PLATFORM=offscreen bash .ci/with-postgres $(BIN)/pytest -q tests/store tests/services

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_gui.py
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_letters.py
	$(BIN)/python benchmarks/bench_intake.py
	$(BIN)/python benchmarks/bench_hostile_mail.py
	$(BIN)/python benchmarks/bench_reports.py

dist: $(STAMP)
	$(BIN)/pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
