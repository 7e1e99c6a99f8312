"""The clinics' centres: the name cases give them, their country (holidays, patient law, authority), their address."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lazeo_desk.domain.case import Jurisdiction


@dataclass(frozen=True)
class Centre:
    """A centre: its name as cases give it, its country (holidays, patient law, authority), its address."""

    name: str
    jurisdiction: Jurisdiction
    address: tuple[str, ...] = ()

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


# The centres the intake recognises by name (domain/request_text.py); the DPO completes their addresses.
DEFAULT_CENTRES: tuple[Centre, ...] = (
    Centre("Antwerpen", Jurisdiction.BE),
    Centre("Brugge", Jurisdiction.BE),
    Centre("Brussel", Jurisdiction.BE),
    Centre("Gent", Jurisdiction.BE),
    Centre("Liège", Jurisdiction.BE),
    Centre("Bordeaux", Jurisdiction.FR),
    Centre("Lille", Jurisdiction.FR),
    Centre("Lyon", Jurisdiction.FR),
    Centre("Marseille", Jurisdiction.FR),
    Centre("Nice", Jurisdiction.FR),
    Centre("Paris 16e", Jurisdiction.FR),
    Centre("Esch-sur-Alzette", Jurisdiction.LU),
    Centre("Luxembourg", Jurisdiction.LU),
)
