"""Errors the window shows are written as sentences it can translate, never as bare English strings.

An error class that derives from :class:`lazeo_desk.domain.messages.Explained` is shown through
``lazeo_desk.ui.sentences``; its sentences reach the reader's language only when each is made with ``said(…)``
(lupdate finds the template there). This test reads the code and names any ``raise`` of such an error, and any
``Problem(…)``, given a string literal or an f-string instead.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import lazeo_desk
from lazeo_desk.domain.messages import Explained

PACKAGE = Path(lazeo_desk.__file__).resolve().parent
# The window's own code translates with tr(); only the layers below speak through said().
BELOW_THE_WINDOW = ("domain", "store", "services", "letters")


def _explained_classes() -> set[str]:
    for module in pkgutil.walk_packages(lazeo_desk.__path__, prefix="lazeo_desk."):
        # Alembic's scripts run only inside a migration; they raise nothing to the window.
        if module.name.split(".")[1] in BELOW_THE_WINDOW and ".migrations" not in module.name:
            importlib.import_module(module.name)
    found: set[str] = set()
    pending = [Explained]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            found.add(sub.__name__)
            pending.append(sub)
    return found


def _is_bare_text(node: ast.expr) -> bool:
    """A literal, an f-string, or text glued together with + or %: English the catalogue cannot see."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_bare_text(node.left) or _is_bare_text(node.right)
    return False


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _offences(classes: set[str]) -> Iterator[str]:
    for layer in BELOW_THE_WINDOW:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                called = _name(node.func)
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                if called in classes and any(_is_bare_text(arg) for arg in node.args):
                    yield f"{where}: {called}(…) given bare text"
                if called == "Problem" and len(node.args) >= 2 and _is_bare_text(node.args[1]):
                    yield f"{where}: Problem(…) given bare text"


def test_the_errors_shown_in_the_window_exist() -> None:
    classes = _explained_classes()
    assert {"TransitionError", "CaseRuleError"} <= classes


def test_errors_below_the_window_are_raised_with_translatable_sentences() -> None:
    offences = list(_offences(_explained_classes()))
    assert not offences, "use said(…) for these sentences:\n" + "\n".join(offences)


def test_the_check_catches_an_fstring_and_a_literal() -> None:
    code = ast.parse(
        'raise CaseRuleError(f"{x} is wrong")\nraise CaseRuleError("wrong")\nraise CaseRuleError(said("ok"))'
    )
    calls = [n for n in ast.walk(code) if isinstance(n, ast.Call) and _name(n.func) == "CaseRuleError"]
    assert [any(_is_bare_text(a) for a in call.args) for call in calls] == [True, True, False]
