"""A file copy of the public holidays the ``holidays`` package computed, so that the window starts without it.

Loading the package and computing a year takes a tenth of a second at every start; the dates it gives change only
when the package does. The copy is keyed by a fingerprint of the installed package (its version file), kept in the
user cache folder (public data: no patient information), and rebuilt from the package whenever the fingerprint
differs, the file is unreadable, or a year is missing. A damaged copy is never trusted: it is recomputed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs

from lazeo_desk.domain.calendars import HolidayNames, package_public_holidays
from lazeo_desk.domain.case import Jurisdiction

CACHE_FILENAME = "public-holidays.json"
_FORMAT = 1


def default_cache_file() -> Path:
    """The copy's place: the user cache folder of the program."""
    return Path(platformdirs.user_cache_dir("lazeo-desk", "LAZEO")) / CACHE_FILENAME


def package_fingerprint() -> str | None:
    """A digest of the installed ``holidays`` package's version, found without importing the package."""
    spec = importlib.util.find_spec("holidays")
    if spec is None:
        return None
    try:
        text = (Path(spec.origin or "").parent / "version.py").read_bytes()
    except OSError:
        # A bundled application keeps its modules in an archive; the package's recorded version stands in.
        try:
            text = importlib.metadata.version("holidays").encode()
        except importlib.metadata.PackageNotFoundError:
            return None
    return hashlib.sha256(text).hexdigest()


def _read(path: Path, fingerprint: str) -> dict[tuple[Jurisdiction, int], dict[date, str]] | None:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("format") != _FORMAT or stored.get("package") != fingerprint:
            return None
        if stored.get("digest") != _digest(stored["tables"]):
            return None
        tables: dict[tuple[Jurisdiction, int], dict[date, str]] = {}
        for entry in stored["tables"]:
            key = (Jurisdiction(entry["jurisdiction"]), int(entry["year"]))
            tables[key] = {date.fromisoformat(day): str(name) for day, name in entry["holidays"].items()}
        return tables
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _digest(tables: object) -> str:
    """A digest of the tables as stored: a copy damaged in a way JSON still reads is not trusted either."""
    return hashlib.sha256(json.dumps(tables, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _write(path: Path, fingerprint: str, tables: dict[tuple[Jurisdiction, int], dict[date, str]]) -> None:
    listed = [
        {
            "jurisdiction": jurisdiction.value,
            "year": year,
            "holidays": {day.isoformat(): name for day, name in sorted(table.items())},
        }
        for (jurisdiction, year), table in sorted(tables.items(), key=lambda item: (item[0][0].value, item[0][1]))
    ]
    document = {"format": _FORMAT, "package": fingerprint, "digest": _digest(listed), "tables": listed}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".holidays-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(document, file, ensure_ascii=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class LoadedHolidays:
    """The holiday tables read, and whether the copy was used as it was (False: computed by the package)."""

    names: HolidayNames
    from_copy: bool


def load_public_holidays(years: Iterable[int], path: Path | None = None) -> LoadedHolidays:
    """The English holiday tables of ``years`` for every country, from the copy when it is current, else from
    the package (then the copy is rewritten). The caller hands them to the calendars that count with them.

    A copy that cannot be written (read-only or full disk) only costs the next start its speed: the tables are
    in use either way.
    """
    path = path or default_cache_file()
    wanted = sorted(set(years))
    fingerprint = package_fingerprint()
    tables = _read(path, fingerprint) if fingerprint is not None else None
    complete = tables is not None and all((j, y) in tables for j in Jurisdiction for y in wanted)
    if tables is None or not complete:
        tables = dict(tables or {})
        for jurisdiction in Jurisdiction:
            for year in wanted:
                if (jurisdiction, year) not in tables:
                    tables[(jurisdiction, year)] = package_public_holidays(jurisdiction, year)
        if fingerprint is not None:
            try:
                _write(path, fingerprint, tables)
            except OSError:
                pass
    return LoadedHolidays(HolidayNames(tables), complete)
