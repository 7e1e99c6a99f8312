"""The bundled application gives the system programs it starts their own libraries, not the bundle's."""

from __future__ import annotations

import os
import sys

import pytest

from lazeo_desk.bundle import prepare_environment, system_library_path


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        # The bootloader replaced a library path the user had set: it comes back.
        ({"LD_LIBRARY_PATH": "/opt/app/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "HOME": "/home/dpo"},
         {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/dpo"}),
        # There was none: there is none again.
        ({"LD_LIBRARY_PATH": "/opt/app/_internal", "HOME": "/home/dpo"}, {"HOME": "/home/dpo"}),
        ({"HOME": "/home/dpo"}, {"HOME": "/home/dpo"}),
    ],
)
def test_the_library_path_set_for_the_bundle_is_given_back_to_the_programs_started(
    environ: dict[str, str], expected: dict[str, str]
) -> None:
    system_library_path(environ)
    assert environ == expected


def test_run_from_the_sources_the_environment_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/somewhere/lib")
    monkeypatch.delattr(sys, "frozen", raising=False)
    prepare_environment()
    assert os.environ["LD_LIBRARY_PATH"] == "/somewhere/lib"


def test_bundled_the_programs_started_get_the_library_path_of_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/lazeo-desk/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    prepare_environment()
    assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ
