"""How a letter greets, takes leave of and addresses its recipient, in Dutch, French and English.

The rules are those of docs/rules.md, "Salutations and civility": a recorded title (mrs, mr, maitre, dr) chooses the
form; the family name is the one recorded, never guessed from the full name; a form that needs a family name falls
back to the neutral one when none is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from lazeo_desk.domain.case import Language, Title


@dataclass(frozen=True)
class Addressee:
    """Who a letter is written to: the name as typed, the recorded title and family name, the postal address."""

    name: str
    address: tuple[str, ...] = ()
    title: Title | None = None
    family_name: str = ""


# French civility: the salutation is the title alone, never the name (usage of French correspondence).
_FRENCH_CIVILITY = {Title.MRS: "Madame", Title.MR: "Monsieur", Title.MAITRE: "Maître", Title.DR: "Docteur"}
_FRENCH_NEUTRAL = "Madame, Monsieur"

# Dutch (Belgium): "mevrouw"/"heer" take the family name; "meester" and "dokter" stand alone.
_DUTCH_WITH_NAME = {Title.MRS: "Geachte mevrouw {family},", Title.MR: "Geachte heer {family},"}
_DUTCH_ALONE = {Title.MAITRE: "Geachte meester,", Title.DR: "Geachte dokter,"}
_DUTCH_NEUTRAL = "Geachte mevrouw, geachte heer,"

# English: every title takes the family name (British usage: no full stop after Ms, Mr, Dr).
_ENGLISH_WITH_NAME = {
    Title.MRS: "Dear Ms {family},",
    Title.MR: "Dear Mr {family},",
    Title.MAITRE: "Dear Maître {family},",
    Title.DR: "Dear Dr {family},",
}
_ENGLISH_NEUTRAL = "Dear Sir or Madam,"

# The title before the name in the address block (NF Z10-011: "Madame Louise Martin").
_ADDRESS_TITLE = {
    Language.FR: _FRENCH_CIVILITY,
    Language.NL: {Title.MRS: "Mevrouw", Title.MR: "De heer", Title.MAITRE: "Meester", Title.DR: "Dokter"},
    Language.EN: {Title.MRS: "Ms", Title.MR: "Mr", Title.MAITRE: "Maître", Title.DR: "Dr"},
}
# Spellings that already carry the title when typed as part of the name ("Dr. Pieter Wouters", "Me Roux").
_TYPED_TITLES = {
    Title.MRS: ("madame ", "mme ", "mme. ", "mevrouw ", "mevr. ", "ms ", "ms. ", "mrs ", "mrs. "),
    Title.MR: ("monsieur ", "m. ", "de heer ", "dhr. ", "mr ", "mister "),
    Title.MAITRE: ("maître ", "maitre ", "me ", "me. ", "meester ", "mr. "),
    Title.DR: ("docteur ", "dokter ", "dr ", "dr. ", "doctor "),
}


def french_civility(title: Title | None) -> str:
    """The French form of address, repeated in the closing: "Madame", "Maître", or "Madame, Monsieur" without one.

    French usage (and NF Z10-011 for the address) addresses a person by their title alone, never by their name.
    """
    return _FRENCH_CIVILITY[title] if title is not None else _FRENCH_NEUTRAL


def french_salutation(title: Title | None) -> str:
    """"Madame,", "Monsieur,", "Maître,", "Docteur,"; "Madame, Monsieur," when no title is recorded (docs/rules.md)."""
    return f"{french_civility(title)},"


def dutch_salutation(title: Title | None, family_name: str) -> str:
    """"Geachte mevrouw Peeters,", "Geachte heer Peeters,", "Geachte meester,", "Geachte dokter,".

    Belgian Dutch usage (docs/rules.md): "mevrouw" and "heer" need the recorded family name; without it, or without a
    title, "Geachte mevrouw, geachte heer,".
    """
    family = family_name.strip()
    if title in _DUTCH_ALONE:
        return _DUTCH_ALONE[title]
    if title in _DUTCH_WITH_NAME and family:
        return _DUTCH_WITH_NAME[title].format(family=family)
    return _DUTCH_NEUTRAL


def english_salutation(title: Title | None, family_name: str) -> str:
    """"Dear Ms Peeters,", "Dear Mr Peeters,", "Dear Maître Martin,", "Dear Dr Peeters,"; "Dear Sir or Madam,".

    Every English title needs the recorded family name; without it the neutral form is used (docs/rules.md).
    """
    family = family_name.strip()
    if title is not None and family:
        return _ENGLISH_WITH_NAME[title].format(family=family)
    return _ENGLISH_NEUTRAL


def salutation(addressee: Addressee, language: Language) -> str:
    """The opening line of a letter to ``addressee`` in ``language`` (docs/rules.md, Salutations and civility)."""
    if language is Language.FR:
        return french_salutation(addressee.title)
    if language is Language.NL:
        return dutch_salutation(addressee.title, addressee.family_name)
    return english_salutation(addressee.title, addressee.family_name)


def closing(addressee: Addressee, language: Language) -> str:
    """The closing formula: in French it repeats the form of address ("…d'agréer, Maître, l'expression…").

    Dutch closes "Met vriendelijke groeten," whoever reads; English "Yours sincerely," after a named salutation and
    "Yours faithfully," after "Dear Sir or Madam," (British usage).
    """
    if language is Language.FR:
        civility = french_civility(addressee.title)
        return f"Nous vous prions d'agréer, {civility}, l'expression de nos salutations distinguées."
    if language is Language.NL:
        return "Met vriendelijke groeten,"
    if english_salutation(addressee.title, addressee.family_name) == _ENGLISH_NEUTRAL:
        return "Yours faithfully,"
    return "Yours sincerely,"


def _typed_with_title(name: str, title: Title) -> bool:
    folded = name.casefold()
    return any(folded.startswith(prefix) for prefix in _TYPED_TITLES[title])


def address_name(addressee: Addressee, language: Language) -> str:
    """The first line of the address block: the title before the name, "Maître Hélène Roux" (NF Z10-011).

    The name is printed as typed; the title is not repeated when it was typed with the name ("Dr. Pieter Wouters").
    """
    name = addressee.name.strip()
    title = addressee.title
    if title is None or not name or _typed_with_title(name, title):
        return name
    return f"{_ADDRESS_TITLE[language][title]} {name}"
