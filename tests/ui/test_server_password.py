"""Opening a database on a server that wants a password libpq did not find: the window asks for it in a dialog,
uses it for this run only, and says when it was refused."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import make_url

from lazeo_desk import app
from lazeo_desk.services import passphrase
from lazeo_desk.store.database import StoreError

URL = "postgresql+psycopg://ana@/lazeo?host=/run/postgresql"


class _Server:
    """Stands for a server that takes only the password ``s3cret`` (what libpq says when none or another is given)."""

    def __init__(self) -> None:
        self.tried: list[str | None] = []

    def open(self, url: str, *, migrate: bool = True) -> object:
        password = make_url(url).password
        self.tried.append(None if password is None else str(password))
        if password == "s3cret":
            return self
        reason = "fe_sendauth: no password supplied" if password is None else (
            'password authentication failed for user "ana"'
        )
        try:
            raise RuntimeError(reason)
        except RuntimeError as error:
            raise StoreError(f"Database error: {reason}") from error


def _answers(monkeypatch: pytest.MonkeyPatch, *given: tuple[str, bool]) -> list[str]:
    prompts: list[str] = []
    answers = list(given)

    def get_text(_parent: Any, _title: str, label: str, _echo: Any) -> tuple[str, bool]:
        prompts.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return prompts


def test_the_password_is_asked_again_after_a_refusal_and_never_kept_in_the_url(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = _Server()
    monkeypatch.setattr(passphrase, "open_server_database", server.open)
    prompts = _answers(monkeypatch, ("wrong", True), ("s3cret", True))
    assert app.open_database(URL, plain=False) is server
    assert server.tried == [None, "wrong", "s3cret"]
    assert "ana" in prompts[0] and "refused" not in prompts[0]
    assert prompts[1].startswith("That password was refused.")


def test_cancelling_the_password_opens_nothing(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server = _Server()
    monkeypatch.setattr(passphrase, "open_server_database", server.open)
    _answers(monkeypatch, ("", False))
    assert app.open_database(URL, plain=False) is None
    assert server.tried == [None]


def test_a_server_error_other_than_a_password_is_not_answered_with_a_dialog(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(url: str, *, migrate: bool = True) -> object:
        raise StoreError("The database server cannot be reached: connection refused")

    monkeypatch.setattr(passphrase, "open_server_database", unreachable)
    prompts = _answers(monkeypatch)
    with pytest.raises(StoreError, match="cannot be reached"):
        app.open_database(URL, plain=False)
    assert prompts == []
