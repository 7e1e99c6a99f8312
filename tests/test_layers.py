"""The layers stay apart: nothing below the window loads Qt, and the domain knows nothing of SQL either.

Each check imports every module of a layer in a fresh interpreter, where nothing else has loaded Qt yet.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Imports every module of the given packages, then prints which of the watched libraries got loaded.
_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    packages, watched, skipped = json.loads(sys.argv[1])
    imported, failed = [], []
    for name in packages:
        try:
            package = importlib.import_module(name)
        except Exception as error:
            failed.append(f"{name}: {error!r}")
            continue
        imported.append(name)
        for module in pkgutil.walk_packages(package.__path__, prefix=name + ".", onerror=failed.append):
            if module.name in skipped:
                continue
            try:
                importlib.import_module(module.name)
            except Exception as error:
                failed.append(f"{module.name}: {error!r}")
                continue
            imported.append(module.name)
    loaded = sorted(w for w in watched if any(m == w or m.startswith(w + ".") for m in sys.modules))
    print(json.dumps({"imported": imported, "failed": failed, "loaded": loaded}))
    """
)

# Alembic runs env.py itself, with its own context; it is not a module one imports.
_NOT_IMPORTABLE = ["lazeo_desk.store.migrations.env"]


def _import_in_fresh_interpreter(packages: list[str], watched: list[str]) -> dict[str, list[str]]:
    finished = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps([packages, watched, _NOT_IMPORTABLE])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    result: dict[str, list[str]] = json.loads(finished.stdout)
    return result


QT = ["PySide6", "shiboken6"]


@pytest.mark.parametrize("package", ["lazeo_desk.domain", "lazeo_desk.store", "lazeo_desk.services"])
def test_a_layer_below_the_window_does_not_load_qt(package: str) -> None:
    result = _import_in_fresh_interpreter([package], QT)
    assert result["failed"] == []
    assert len(result["imported"]) > 1
    assert result["loaded"] == [], f"{package} loads {result['loaded']}"


def test_the_letters_do_not_load_qt() -> None:
    result = _import_in_fresh_interpreter(["lazeo_desk.letters"], QT)
    if result["failed"]:
        pytest.skip(f"lazeo_desk.letters does not import: {result['failed'][0]}")
    assert result["loaded"] == [], f"lazeo_desk.letters loads {result['loaded']}"


def test_the_domain_imports_neither_sql_nor_qt() -> None:
    result = _import_in_fresh_interpreter(["lazeo_desk.domain"], ["sqlalchemy", "alembic", *QT])
    assert result["failed"] == []
    assert "lazeo_desk.domain.deadlines" in result["imported"]
    assert result["loaded"] == []


# What the window may take from the store: the errors it reports, the vocabularies it shows, the filters it
# builds and the rows a service hands back. Everything else goes through a service.
_STORE_NAMES_THE_WINDOW_MAY_USE = {
    "lazeo_desk.store.database": {"StoreError"},
    "lazeo_desk.store.cases": {"CaseNotFound", "StaleCase"},
    "lazeo_desk.store.documents": {"DocumentKind"},
    "lazeo_desk.store.matching": {"MatchReason"},
    "lazeo_desk.store.register": {"CaseFilter", "Handling", "QuickFilter", "RegisterRow", "SortKey"},
    "lazeo_desk.store.report_queries": {"Figures", "ReportFilter"},
}

_UI = Path(__file__).resolve().parents[1] / "lazeo_desk" / "ui"


def _ui_modules() -> list[tuple[str, ast.Module]]:
    return [(path.name, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(_UI.glob("*.py"))]


def test_the_window_takes_from_the_store_only_errors_vocabularies_filters_and_rows() -> None:
    reached: list[str] = []
    for name, tree in _ui_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                reached += [f"{name}: import {a.name}" for a in node.names if a.name.startswith("lazeo_desk.store")]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lazeo_desk.store"):
                allowed = _STORE_NAMES_THE_WINDOW_MAY_USE.get(node.module or "", set())
                reached += [f"{name}: {node.module}.{a.name}" for a in node.names if a.name not in allowed]
            elif isinstance(node, ast.ImportFrom) and node.module == "lazeo_desk" and any(
                a.name == "store" for a in node.names
            ):
                reached.append(f"{name}: the store package")
    assert reached == []


def test_no_window_holds_or_receives_a_database() -> None:
    typed: list[str] = []
    for name, tree in _ui_modules():
        for node in ast.walk(tree):
            annotations = []
            if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
                annotations.append(node.annotation)
            if isinstance(node, ast.FunctionDef) and node.returns is not None:
                annotations.append(node.returns)
            for annotation in annotations:
                if "Database" in {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)} | {
                    n.value for n in ast.walk(annotation) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                }:
                    typed.append(f"{name}:{annotation.lineno}")
            if isinstance(node, ast.Attribute) and node.attr == "db":
                typed.append(f"{name}:{node.lineno} .db")
    assert typed == []
