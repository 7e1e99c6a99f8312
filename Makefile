# lazeo-desk: `make run` opens the app on your database, `make demo` on sample cases, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/lazeo-desk/demo.sqlite3

.PHONY: run demo test lint typecheck pytest dist bench clean

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
