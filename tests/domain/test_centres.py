"""The centres of the default organisation profile come from resources/organisation.toml, with the addresses the
privacy policy gives; a centre without one is known to be missing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.centres import DEFAULT_CENTRES, ORGANISATION_FILE, Centre, read_default_centres
from lazeo_desk.resources import resources_root


def test_the_thirteen_default_centres_are_those_of_the_organisation_file() -> None:
    assert DEFAULT_CENTRES == read_default_centres(resources_root() / ORGANISATION_FILE)
    assert len(DEFAULT_CENTRES) == 13
    assert {centre.jurisdiction for centre in DEFAULT_CENTRES} == set(Jurisdiction)
    assert [c.name for c in DEFAULT_CENTRES if c.jurisdiction is Jurisdiction.LU] == ["Esch-sur-Alzette", "Luxembourg"]


def test_the_policy_gives_no_centre_address_so_every_default_centre_is_flagged() -> None:
    # The policy names the seat (15 Villa Dupont) and the DPO (45 avenue Victor Hugo), never a centre's address.
    assert all(centre.address_missing for centre in DEFAULT_CENTRES)
    assert not any("Villa Dupont" in " ".join(c.address) or "Victor Hugo" in " ".join(c.address)
                   for c in DEFAULT_CENTRES)


def test_an_address_given_in_the_file_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "organisation.toml"
    path.write_text(
        '[[centre]]\nname = "Namur"\ncountry = "BE"\naddress = ["Rue de Fer 1", "5000 Namur"]\n'
        '[[centre]]\nname = "Gent"\ncountry = "BE"\naddress = []\n',
        encoding="utf-8",
    )
    namur, gent = read_default_centres(path)
    assert namur == Centre("Namur", Jurisdiction.BE, ("Rue de Fer 1", "5000 Namur"))
    assert not namur.address_missing and gent.address_missing


@pytest.mark.parametrize("address", [(), ("",), ("  ", "\t")])
def test_blank_lines_are_no_address(address: tuple[str, ...]) -> None:
    assert Centre("Lyon", Jurisdiction.FR, address).address_missing


def test_a_file_whose_centres_are_not_a_list_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "organisation.toml"
    path.write_text('centre = "Gent"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="organisation.toml: 'centre' must be a list"):
        read_default_centres(path)
