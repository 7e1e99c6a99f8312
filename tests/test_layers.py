"""The layers stay apart: nothing below the window loads Qt, and the domain knows nothing of SQL either.

Each check imports every module of a layer in a fresh interpreter, where nothing else has loaded Qt yet.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

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
