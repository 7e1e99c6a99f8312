"""The domain keeps no table that its callers fill: what a rule needs is handed in, so that two databases open in one
process never see each other's state."""

from __future__ import annotations

import ast
from pathlib import Path

_DOMAIN = Path(__file__).resolve().parents[1] / "lazeo_desk" / "domain"
_FILLING_METHODS = {"update", "setdefault", "append", "extend", "add", "clear", "pop", "__setitem__"}


def _module_state_written_by_functions(tree: ast.Module) -> list[int]:
    """Lines where a function writes into a module-level name (``_TABLE[key] = …``, ``_TABLE.update(…)``, global)."""
    module_names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Global):
                found.append(node.lineno)
            elif (
                isinstance(node, ast.Subscript)
                and isinstance(node.ctx, ast.Store | ast.Del)
                and isinstance(node.value, ast.Name)
                and node.value.id in module_names
            ):
                found.append(node.lineno)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _FILLING_METHODS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in module_names
            ):
                found.append(node.lineno)
    return found


def test_the_domain_keeps_no_state_that_its_callers_fill() -> None:
    # Two databases open in one process must not see each other's tables: what the domain needs is handed in.
    written = [
        f"{path.name}:{line}"
        for path in sorted(_DOMAIN.glob("*.py"))
        for line in _module_state_written_by_functions(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert written == []


def test_the_check_for_module_state_finds_a_table_filled_by_a_function() -> None:
    tree = ast.parse("_TABLE = {}\n\ndef remember(key, value):\n    _TABLE[key] = value\n")
    assert _module_state_written_by_functions(tree) == [4]
