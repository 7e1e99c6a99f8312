"""The sentences that speak to, or about, the relatives and heirs of a deceased patient, per language.

They act in their own right (GDPR recital 27: the GDPR does not apply to the dead), so their letters say
"concerning the late X", never "on behalf of", and state the national rule they rest on (docs/rules.md, Representatives,
relatives and heirs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lazeo_desk.domain.case import HeirPurpose, Jurisdiction, Language
from lazeo_desk.domain.rights import Right
from lazeo_desk.wording import ByLanguage


@dataclass(frozen=True)
class HeirPhrases:
    """``concerning``: follows "your request of <date>"; ``standing``: in what capacity the heir is written to;
    ``basis``: the national rule, said of relatives in general (also read by the practitioner); ``purposes`` and
    ``purpose``/``purpose_explained``/``limited``: the French purpose and the limit of the communication; ``items``:
    what an identity request also asks of a relative; ``complaint``/``judicial_remedy``: the remedies named in a
    refusal, without the GDPR rights that a relative does not hold over the deceased's data; ``rights``: what the
    request asks, named without the GDPR articles; ``verification``: why an identity request asks a relative for
    proof, with the national rule; ``refusal_grounds``: the grounds of a refusal, said without the GDPR;
    ``file_to_practitioner_by``: by when the file is made available to the designated practitioner (BE, LU)."""

    concerning: str
    standing: Mapping[Jurisdiction, str]
    basis: Mapping[Jurisdiction, str]
    purposes: Mapping[HeirPurpose, str]
    purpose: str
    purpose_explained: str
    limited: str
    items: Mapping[Jurisdiction, tuple[str, ...]]
    complaint: str
    judicial_remedy: str
    rights: Mapping[Right, str]
    verification: Mapping[Jurisdiction, str]
    refusal_grounds: Mapping[str, str]
    file_to_practitioner_by: str


HEIR_PHRASES: Mapping[Language, HeirPhrases] = ByLanguage(HeirPhrases, "heir")
