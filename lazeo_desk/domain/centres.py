"""The clinics' centres: the name cases give them, their country (holidays, patient law, authority), their address."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.resources import resources_root


@dataclass(frozen=True)
class Centre:
    """A centre: its name as cases give it, its country (holidays, patient law, authority), its address."""

    name: str
    jurisdiction: Jurisdiction
    address: tuple[str, ...] = ()

    @property
    def address_missing(self) -> bool:
        """No address line is known: a letter or a list must say so rather than show an empty line."""
        return not any(line.strip() for line in self.address)

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "jurisdiction": self.jurisdiction.value, "address": list(self.address)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Centre:
        name = data.get("name")
        address = data.get("address", [])
        if not isinstance(name, str):
            raise ValueError("a centre needs a name")
        if not isinstance(address, list) or not all(isinstance(line, str) for line in address):
            raise ValueError(f"centre {name}: the address must be a list of lines")
        return cls(name, Jurisdiction.parse(str(data.get("jurisdiction", ""))), tuple(address))


ORGANISATION_FILE = "organisation.toml"


def read_default_centres(path: Path) -> tuple[Centre, ...]:
    """The centres of the default organisation profile kept in ``path`` (``[[centre]]`` tables with ``name``,
    ``country`` and ``address``); raises ValueError naming what cannot be read."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    entries = data.get("centre", [])
    if not isinstance(entries, list):
        raise ValueError(f"{path.name}: 'centre' must be a list of tables")
    return tuple(
        Centre.from_dict({"name": entry.get("name"), "jurisdiction": entry.get("country", ""),
                          "address": entry.get("address", [])})
        for entry in entries
    )


# The centres the intake recognises by name (domain/request_text.py), with the addresses the privacy policy gives:
# resources/organisation.toml. Those it does not give are missing until the DPO completes them.
DEFAULT_CENTRES: tuple[Centre, ...] = read_default_centres(resources_root() / ORGANISATION_FILE)
