"""Every setting's key is written in the registry alone: elsewhere a setting is named by its declaration, so that a
misspelt or forgotten key fails the type check instead of reading a default nobody chose."""

from __future__ import annotations

import ast
from pathlib import Path

from lazeo_desk.domain import settings_registry
from lazeo_desk.domain.settings_registry import ALL_SETTINGS

PACKAGE = Path(settings_registry.__file__).resolve().parents[1]
REGISTRY = Path(settings_registry.__file__).resolve()
KEYS = frozenset(spec.key for spec in ALL_SETTINGS)
# The calls that take a setting's key (the database store's and QSettings').
KEYED_CALLS = frozenset({"get_setting", "set_setting", "read", "write", "read_or_default", "value", "setValue",
                         "contains", "remove", "setting"})


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def key_declarations(source: str) -> list[tuple[int, str]]:
    """Where ``source`` spells a setting's key: assigned to a name, or passed where a setting is read or written."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        values: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            values = [node.value]
        elif isinstance(node, ast.Call) and _called(node) in KEYED_CALLS:
            values = [*node.args, *(keyword.value for keyword in node.keywords)]
        for value in values:
            if isinstance(value, ast.Constant) and value.value in KEYS:
                found.append((value.lineno, str(value.value)))
    return found


def test_no_module_but_the_registry_spells_a_setting_key() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {key!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.resolve() != REGISTRY and "migrations" not in path.parts
        for line, key in key_declarations(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_check_finds_a_key_assigned_or_passed_but_not_a_mere_word() -> None:
    source = (
        'RETENTION = "case_retention_years"\n'
        'value = get_setting(session, "auto_lock_minutes")\n'
        'qsettings.value("ui/language", "system")\n'
        'view.setObjectName("centres")\n'
        'row = {"actor": who}\n'
    )
    assert key_declarations(source) == [(1, "case_retention_years"), (2, "auto_lock_minutes"), (3, "ui/language")]


def test_the_registry_itself_is_where_the_keys_are_spelt() -> None:
    constants = {
        node.value
        for node in ast.walk(ast.parse(REGISTRY.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert constants >= KEYS
