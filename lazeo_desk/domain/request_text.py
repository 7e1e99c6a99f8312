"""What a request's own words suggest — rights, language, country, the person — for the DPO to confirm.

Nothing here decides: every suggestion carries the words that triggered it, so that the DPO sees why a box was
ticked and can untick it. The functions accept any text and never raise.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lazeo_desk.domain.case import Jurisdiction, Language, Relationship
from lazeo_desk.domain.rights import Right

# Past this many characters a request is not a letter any more; the rest is read but not searched.
SEARCHED_LENGTH = 200_000


@dataclass(frozen=True)
class FoldedText:
    """A text lower-cased without accents (so that "accès" and "ACCES" read alike), remembering where each
    folded character came from, so that a match can be shown in the words the person wrote."""

    original: str
    folded: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        return _fold(text[:SEARCHED_LENGTH])

    @classmethod
    def build(cls, text: str) -> FoldedText:
        pieces: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
            # Typographic apostrophes and dashes read as their plain forms ("l’accès", "machine‑readable").
            folded = folded.translate(_PLAIN_PUNCTUATION)
            pieces.append(folded)
            origin.extend([index] * len(folded))
        return cls(text, "".join(pieces), tuple(origin))

    def written(self, start: int, end: int) -> str:
        """The original words behind the folded span ``start:end``."""
        if start >= end or start >= len(self.origin):
            return ""
        first = self.origin[start]
        last = self.origin[min(end, len(self.origin)) - 1]
        return " ".join(self.original[first : last + 1].split())


@functools.lru_cache(maxsize=16)
def _fold(text: str) -> FoldedText:
    # Each suggestion reads the same request again: fold it once.
    return FoldedText.build(text)


_PLAIN_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def _pattern(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


# Up to this many words may stand between the two halves of a phrase ("retirer mon consentement").
_GAP = r"(?:\W+\w+){0,4}?\W+"

# The wording of each right in Dutch, French and English, matched on folded text. Article numbers count as a
# trigger only when they name the GDPR article of the right (the request usually cites "article 15").
_RIGHT_PATTERNS: dict[Right, re.Pattern[str]] = {
    Right.ACCESS: _pattern(
        r"\binzage\w*",
        r"\brecht op toegang\b",
        r"\bkopie van (?:al )?mijn\b",
        r"\bacces\b",
        r"\bdroit d'acces\b",
        r"\bcopie de (?:toutes )?mes donnees\b",
        r"\baccess\b",
        r"\bsubject access\b",
        r"\bdsar\b",
        r"\bcopy of (?:all )?(?:my|the) (?:personal )?data\b",
        r"\bart(?:ikel|icle|\.)?\s*15\b",
    ),
    Right.RECTIFICATION: _pattern(
        r"\brectificatie\w*",
        r"\bverbeter\w*",
        r"\bcorrigeren\b",
        r"\bonjuist\w*",
        r"\brectif\w*",
        r"\bcorriger\b",
        r"\binexact\w*",
        r"\bcorrection\b",
        r"\binaccurate\b",
        r"\bincorrect\b",
        r"\bart(?:ikel|icle|\.)?\s*16\b",
    ),
    Right.ERASURE: _pattern(
        r"\bverwijder\w*",
        r"\bwissen\b",
        r"\bgewist\b",
        r"\bvergetelheid\b",
        r"\beffac\w*",
        r"\bsuppression\b",
        r"\bsupprim\w*",
        r"\bdroit a l'oubli\b",
        r"\berase\b",
        r"\berasure\b",
        r"\bdelete\b",
        r"\bdeletion\b",
        r"\bright to be forgotten\b",
        r"\bart(?:ikel|icle|\.)?\s*17\b",
    ),
    Right.RESTRICTION: _pattern(
        r"\bbeperking\w*",
        r"\bbeperken\b",
        r"\blimitation du traitement\b",
        r"\blimiter\b",
        r"\blimitation\b",
        r"\brestrict\w*",
        r"\bart(?:ikel|icle|\.)?\s*18\b",
    ),
    Right.OBJECTION: _pattern(
        r"\bbezwaar\b",
        r"\bverzet\b",
        r"\buitschrijv\w*",
        r"\bgeen reclame\b",
        r"\bopposition\b",
        r"\bm'oppose\b",
        r"\bm'opposer\b",
        r"\bopposer\b",
        r"\bdesinscri\w*",
        r"\bobject to\b",
        r"\bobjection\b",
        r"\bunsubscribe\b",
        r"\bopt[- ]out\b",
        r"\bart(?:ikel|icle|\.)?\s*21\b",
    ),
    Right.WITHDRAW_CONSENT: _pattern(
        rf"\b(?:in)?trek\w*{_GAP}toestemming\b",
        rf"\btoestemming{_GAP}(?:in)?trek\w*",
        rf"\bintrekking{_GAP}toestemming\b",
        rf"\bretir\w*{_GAP}consentement\b",
        rf"\bretrait{_GAP}consentement\b",
        rf"\brevoqu\w*{_GAP}consentement\b",
        rf"\b(?:withdraw\w*|revok\w*|revocation){_GAP}consent\b",
        r"\bart(?:ikel|icle|\.)?\s*7\s*\(3\)",
    ),
    Right.PORTABILITY: _pattern(
        r"\boverdraagbaar\w*",
        r"\bmachineleesba\w*",
        r"\bportabilite\b",
        r"\blisible par (?:une )?machine\b",
        r"\bportability\b",
        r"\bmachine[- ]readable\b",
        r"\bart(?:ikel|icle|\.)?\s*20\b",
    ),
    Right.MEDICAL_RECORD: _pattern(
        r"\bmedisch(?:e)? dossier\b",
        r"\bpatient(?:en)?dossier\b",
        r"\bdossier medical\b",
        r"\bdossier de soins\b",
        r"\bdossier patient\b",
        r"\bl\.?\s*1111-7\b",
        r"\bmedical (?:file|records?|history)\b",
        r"\bhealth records?\b",
        r"\bpatient (?:file|records?)\b",
        r"\bclinical records?\b",
    ),
}

# Sentences that ask to erase or correct: a medical file named there is what to erase, not a file to send.
_CHANGE_RIGHTS = (Right.ERASURE, Right.RECTIFICATION)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


@dataclass(frozen=True)
class RightSuggestion:
    """A right the text seems to invoke, and the words (as written) that suggest it."""

    right: Right
    triggers: tuple[str, ...]


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen[item] = None
    return tuple(seen)


def suggest_rights(text: str) -> list[RightSuggestion]:
    """The rights a request's wording suggests (GDPR Art 15-21 and 7(3); the national patient-record laws for
    the medical file), in the order of :class:`Right`, each with its triggering words.

    A medical file named in a sentence that asks for erasure or correction does not suggest the right to the
    file: that sentence asks for something to be done to the file (Art 16-17), not for a copy.
    """
    source = FoldedText.of(text)
    folded = source.folded
    found: dict[Right, list[str]] = {}
    change_spans: list[tuple[int, int]] = []
    for right, pattern in _RIGHT_PATTERNS.items():
        for match in pattern.finditer(folded):
            found.setdefault(right, []).append(source.written(match.start(), match.end()))
            if right in _CHANGE_RIGHTS:
                change_spans.append((match.start(), match.end()))
    if Right.MEDICAL_RECORD in found and change_spans:
        sentences = _sentences(folded)
        changing = {i for i, (s, e) in enumerate(sentences) for (a, _b) in change_spans if s <= a < e}
        kept = [
            source.written(m.start(), m.end())
            for m in _RIGHT_PATTERNS[Right.MEDICAL_RECORD].finditer(folded)
            if not any(s <= m.start() < e for i, (s, e) in enumerate(sentences) if i in changing)
        ]
        if kept:
            found[Right.MEDICAL_RECORD] = kept
        else:
            del found[Right.MEDICAL_RECORD]
    return [RightSuggestion(right, _unique(found[right])) for right in Right if right in found]


# Short words that occur in nearly every sentence of one language and rarely in the others.
_FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    Language.NL: frozenset(
        "het een ik mijn niet met voor dat zijn graag verzoek gegevens uw heb geen nog wij jullie ook "
        "naar bij wordt worden deze dit hoe wat welke alle kunt vriendelijke groeten geachte heer mevrouw "
        "ontvangen persoonsgegevens inzage hebben".split()
    ),
    Language.FR: frozenset(
        "le la les des du et je mon ma mes vous votre vos pas pour avec une est que qui donnees demande "
        "au aux sur ce cette dans madame monsieur cordialement bonjour merci mes nous sont par tout toutes "
        "je vous".split()
    ),
    Language.EN: frozenset(
        "the and of to my you your not for with please data request would could this that have has from "
        "all any dear regards kind sincerely yours which our we are be an it".split()
    ),
}
_WORD = re.compile(r"[a-z]+")


def guess_language(text: str) -> Language | None:
    """The language a request is written in (nl, fr or en), or None when the text does not say clearly.

    Counts the language's most common short words; a language wins with at least two of them and more than
    any other language (a Belgian patient writes in Dutch or French, docs/rules.md "Letters").
    """
    folded = FoldedText.of(text).folded
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(folded):
        for language, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_count), (_second, second_count) = ranked[0], ranked[1]
    if best_count < 2 or best_count == second_count:
        return None
    return best


@dataclass(frozen=True)
class JurisdictionHint:
    """The country of the centre concerned as the text or the sender's address suggests it."""

    jurisdiction: Jurisdiction
    centre: str
    trigger: str


# Cities of LAZEO centres and their countries (the DPO corrects the centre when the list is out of date).
_CENTRES: tuple[tuple[str, str, Jurisdiction], ...] = (
    (r"\bgent\b|\bgand\b", "Gent", Jurisdiction.BE),
    (r"\bantwerpen\b|\banvers\b|\bantwerp\b", "Antwerpen", Jurisdiction.BE),
    (r"\bbrussel\b|\bbruxelles\b|\bbrussels\b", "Brussel", Jurisdiction.BE),
    (r"\bliege\b|\bluik\b", "Liège", Jurisdiction.BE),
    (r"\bbrugge\b|\bbruges\b", "Brugge", Jurisdiction.BE),
    (r"\bparis(?: 16(?:e|eme)?)?\b", "Paris 16e", Jurisdiction.FR),
    (r"\blyon\b", "Lyon", Jurisdiction.FR),
    (r"\bbordeaux\b", "Bordeaux", Jurisdiction.FR),
    (r"\bmarseille\b", "Marseille", Jurisdiction.FR),
    (r"\blille\b", "Lille", Jurisdiction.FR),
    (r"\besch(?:-sur-alzette)?\b", "Esch-sur-Alzette", Jurisdiction.LU),
    (r"\bluxembourg\b|\bluxemburg\b", "Luxembourg", Jurisdiction.LU),
)
_CENTRE_PATTERNS = tuple((re.compile(p), centre, j) for p, centre, j in _CENTRES)
# "nice" is also an English word: the city counts only when written with its capital.
_NICE = re.compile(r"\bNice\b(?! to\b)")
_TOP_LEVEL_DOMAINS = {"be": Jurisdiction.BE, "fr": Jurisdiction.FR, "lu": Jurisdiction.LU}


def suggest_jurisdiction(text: str, sender_address: str = "") -> JurisdictionHint | None:
    """The country of the centre concerned, which chooses holidays, patient law and authority (docs/rules.md,
    Deadlines, rule 6): first a centre's city named in the text, else the country of the sender's e-mail
    domain.
    """
    source = FoldedText.of(text)
    earliest: tuple[int, int, str, Jurisdiction] | None = None
    for pattern, centre, jurisdiction in _CENTRE_PATTERNS:
        match = pattern.search(source.folded)
        if match is not None and (earliest is None or match.start() < earliest[0]):
            earliest = (match.start(), match.end(), centre, jurisdiction)
    nice = _NICE.search(source.original)
    if nice is not None and (earliest is None or source.origin[earliest[0]] > nice.start()):
        return JurisdictionHint(Jurisdiction.FR, "Nice", nice.group())
    if earliest is not None:
        start, end, centre, jurisdiction = earliest
        return JurisdictionHint(jurisdiction, centre, source.written(start, end))
    domain = sender_address.rpartition("@")[2].strip().lower().rstrip(".>")
    country = domain.rpartition(".")[2]
    if "@" in sender_address and country in _TOP_LEVEL_DOMAINS:
        return JurisdictionHint(_TOP_LEVEL_DOMAINS[country], "", f"@{domain}")
    return None


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari janvier january jan",
        "februari fevrier february feb fev",
        "maart mars march mar",
        "april avril apr avr",
        "mei mai may",
        "juni juin june jun",
        "juli juillet july jul",
        "augustus aout august aug",
        "september septembre sep sept",
        "oktober octobre october okt oct",
        "november novembre nov",
        "december decembre dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_BIRTH_WORDS = (
    r"geboren\s+op|geboren|geboortedatum|nee?\s+le|ne\(e\)\s+le|nee?|date\s+de\s+naissance"
    r"|born\s+on|born|date\s+of\s+birth|d\.?o\.?b\.?"
)
_NUMERIC_DATE = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_ISO_DATE = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
_WORD_DATE = r"(?P<wd>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<wm>[a-z]+)\.?\s+(?P<wy>\d{4})"
_BIRTH_DATE = re.compile(
    rf"\b(?:{_BIRTH_WORDS})\s*[:,]?\s*(?:the\s+|le\s+)?(?:{_NUMERIC_DATE}|{_ISO_DATE}|{_WORD_DATE})"
)


def find_birth_date(text: str) -> date | None:
    """The date of birth the text states ("geboren op 14/02/1987", "née le 2 septembre 1979", "date of
    birth: 1987-02-14"), read day first as in Belgium, France and Luxembourg; None when none is stated or it
    is no date. Name and date of birth match a request to a patient file (EDPB Guidelines 01/2022).
    """
    folded = FoldedText.of(text).folded
    return next(filter(None, map(_matched_date, _BIRTH_DATE.finditer(folded))), None)


def _matched_date(match: re.Match[str]) -> date | None:
    """The date a match of one of the date patterns spells: day/month/year, ISO, or a day and a month's name;
    None when it is no date (a 31 February, a month unknown)."""
    groups = match.groupdict()
    try:
        if groups["d"] is not None:
            return date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups["iy"] is not None:
            return date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        month = _MONTHS.get(groups["wm"] or "")
        return date(int(groups["wy"]), month, int(groups["wd"])) if month is not None else None
    except ValueError:
        return None


_PATIENT_NUMBER = re.compile(
    r"\b(?:patient(?:en)?nummer|patientnr|dossiernummer|numero\s+de\s+(?:patient|dossier)|n[°o]\.?\s+(?:de\s+)?"
    r"(?:patient|dossier)|patient\s+(?:number|no\.?|id)|file\s+number)\s*[:#]?\s*(?:n[°o]\.?\s*)?"
    r"(?P<number>[a-z0-9][a-z0-9./-]{1,30}[a-z0-9])"
)


def find_patient_number(text: str) -> str:
    """The patient or file number the text quotes (as written), or "" when none: it identifies the patient
    file the request is about."""
    source = FoldedText.of(text)
    for match in _PATIENT_NUMBER.finditer(source.folded):
        number = source.written(match.start("number"), match.end("number"))
        if any(c.isdigit() for c in number):
            return number
    return ""


_REFERENCE = re.compile(r"\bdsar-(\d{4})-(\d{4,6})\b")


def find_references(text: str) -> tuple[str, ...]:
    """Case references quoted in the text (a reply to one of our letters carries its reference)."""
    folded = FoldedText.of(text).folded
    return _unique(f"DSAR-{year}-{number}" for year, number in _REFERENCE.findall(folded))


@dataclass(frozen=True)
class RepresentationHint:
    """Someone seems to ask on another person's behalf: how, why we think so, and whom they name."""

    relationship: Relationship
    trigger: str
    named_person: str


_CAPITALISED = r"[A-ZÀ-ÖØ-Ý][\w'’-]+"
_PARTICLE = r"(?:van|de|der|den|du|le|la|von|d')[ \t]+"
_NAME = rf"(?P<name>{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE})*{_CAPITALISED}){{1,3}})"
_TITLE = r"(?:Mme|Madame|Mlle|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?|Miss|mevrouw|mevr\.|de heer|dhr\.|meneer)"

# (relationship, words that say so, how the represented person is then introduced).
_REPRESENTATION: tuple[tuple[Relationship, str, str], ...] = (
    (
        Relationship.HEIR,
        r"\bdecede\w*|\bdefunt\w*|\boverleden\b|\bwijlen\b|\bdeceased\b|\bpassed away\b|\bmy late\b"
        r"|\bheritier\w*|\berfgena\w*|\bheir\b|\bacte de deces\b|\boverlijdensakte\b|\bdeath certificate\b",
        r"(?:p[eè]re|m[eè]re|mari|[ée]pouse|fr[eè]re|s(?:oe|œ)ur|vader|moeder|echtgeno(?:ot|te)|broer|zus"
        r"|father|mother|husband|wife|brother|sister)\s*,?\s*(?:feu\s+|wijlen\s+|the late\s+|late\s+)?",
    ),
    (
        Relationship.PARENT,
        r"\bmon fils\b|\bma fille\b|\bmon enfant\b|\bmijn zoon\b|\bmijn dochter\b|\bmijn kind\b|\bmy son\b"
        r"|\bmy daughter\b|\bmy child\b|\bminderjarig\w*",
        r"(?:fils|fille|enfant|zoon|dochter|kind|son|daughter|child)\s*,?\s*",
    ),
    (
        Relationship.MANDATARY,
        r"\bavocat\w*|\bconseil de\b|\bmandat\b|\bmandate\b|\bmandataire\b|\badvocaat\b|\bnamens\b"
        r"|\bvolmacht\b|\blawyer\b|\bsolicitor\b"
        r"|\battorney\b|\bon behalf of\b|\bau nom de\b|\bpour le compte de\b",
        rf"(?:conseil de|au nom de|pour le compte de|namens|on behalf of|client(?:e)?|cli[eë]nte?)\s+"
        rf"(?:(?:de|of|my|mon|ma|mijn)\s+)?(?:{_TITLE}\s+)?",
    ),
)
_REPRESENTATION_PATTERNS = tuple(
    (relationship, re.compile(words), re.compile(f"(?i:{introduction})" + _NAME))
    for relationship, words, introduction in _REPRESENTATION
)
_TITLED_NAME = re.compile(rf"\b{_TITLE}\s+{_NAME}")


def suggest_representation(text: str) -> RepresentationHint | None:
    """Whether the request seems made for someone else — an heir for a deceased patient, a parent for a
    minor, a lawyer or other mandatary (docs/rules.md, Identity verification: proof of authority is then needed) —
    with the person it names, when the text names one ("conseil de Mme Sophie Martin", "mon père, Jean
    Bernard").
    """
    source = FoldedText.of(text)
    for relationship, words, introduction in _REPRESENTATION_PATTERNS:
        match = words.search(source.folded)
        if match is None:
            continue
        trigger = source.written(match.start(), match.end())
        named = introduction.search(source.original)
        if named is None and relationship is Relationship.MANDATARY:
            named = _TITLED_NAME.search(source.original)
        person = " ".join(named.group("name").split()) if named is not None else ""
        return RepresentationHint(relationship, trigger, person)
    return None


# What a letter's own lines say about its writer: the e-mail address, the telephone number, the postcode and
# city, the name at the head of the sender's block and the day the letter was written. A scanned letter is read
# line by line (the reading says where each line stands), so these read one line, or a short text, at a time.

_EMAIL = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)\s?@\s?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.I)


def find_email_address(text: str) -> str:
    """The first e-mail address written in the text, lower-cased, with the spaces that a scan's reading may
    put around the "@" removed; "" when there is none."""
    match = _EMAIL.search(text)
    if match is None:
        return ""
    return f"{match.group('local')}@{match.group('domain')}".lower()


_PHONE = re.compile(
    r"(?<![\w+])(?P<number>(?:\+|00)\s?(?:32|33|352)(?:[\s./-]?\(?0?\)?)?(?:[\s./-]?\d){6,10}"
    r"|0\d(?:[\s./-]?\d){7,9})(?!\w)"
)


def find_phone_number(text: str) -> str:
    """The first Belgian, French or Luxembourg telephone number in the text (international "+32 9 123 45 67"
    or national "0471 23 45 67"), as written with its spacing tidied; "" when there is none."""
    match = _PHONE.search(text)
    return " ".join(match.group("number").split()) if match else ""


@dataclass(frozen=True)
class PostalLine:
    """The postcode and city line of an address, and the country its form points to."""

    postcode: str
    city: str
    jurisdiction: Jurisdiction | None


# "9000 Gent", "B-1050 Ixelles", "75016 Paris", "F-69003 Lyon", "L-1724 Luxembourg"; the city is capitalised.
_POSTAL = re.compile(
    r"^(?:(?P<country>[BFL])\s?-\s?)?(?P<code>\d{4,5})\s+"
    r"(?P<city>[A-ZÀ-ÖØ-Ý][\w'’-]*(?:[ -](?!(?i:cedex)\b)[\w'’-]+){0,3})"
    r"(?:\s+(?i:cedex)(?:\s+\d+)?)?$"
)


def find_postal_line(line: str) -> PostalLine | None:
    """The postcode and city when ``line`` is the postcode line of a Belgian (4 digits), French (5 digits) or
    Luxembourg ("L-" and 4 digits) address; None otherwise."""
    match = _POSTAL.match(" ".join(line.split()).strip(" ,."))
    if match is None:
        return None
    code, prefix = match.group("code"), match.group("country")
    if prefix == "L":
        return PostalLine(f"L-{code}", match.group("city"), Jurisdiction.LU)
    if len(code) == 5 and prefix in (None, "F"):
        return PostalLine(code, match.group("city"), Jurisdiction.FR)
    if len(code) == 4 and prefix in (None, "B"):
        return PostalLine(code, match.group("city"), Jurisdiction.BE if prefix else None)
    return None


# A name as written at the head of a letter: particles in lower case ("van den", "de la"), an elided one joined
# to the name ("d'Hondt"), hyphens ("Jean-Pierre"), family names in capitals ("Jean DUPONT").
_NAME_WORD = r"(?:[dl]['’])?[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NAME_PARTICLE = r"(?:van|de|der|den|du|le|la|von|ter|ten|del|da|dos|des|vander)"
_LETTER_TITLE = rf"(?:{_TITLE}|De heer|Dhr\.|Mevr\.|Mevrouw|Meneer|Mr|Mrs|Ms|Dr\.?)"
_NAME_LINE = re.compile(
    rf"^(?:{_LETTER_TITLE}\s+)?(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_PARTICLE}[ \t]+)*{_NAME_WORD}){{1,4}})$"
)


def name_in_line(line: str) -> str:
    """The person's name when ``line`` is nothing but a name ("Mme Anaïs N'Diaye", "Pieter-Jan van den
    Berghe"), without its title; "" otherwise (an address, a date, a sentence)."""
    tidy = " ".join(line.split()).strip(" ,.")
    if any(char.isdigit() for char in tidy):
        return ""
    match = _NAME_LINE.match(tidy)
    return " ".join(match.group("name").split()) if match else ""


_ANY_DATE = re.compile(rf"(?:{_NUMERIC_DATE}|{_ISO_DATE}|{_WORD_DATE})")
_BIRTH_WORD = re.compile(rf"\b(?:{_BIRTH_WORDS})\b")


def find_letter_date(text: str) -> date | None:
    """The day the letter says it was written ("Lyon, le 3 mars 2026", "Gent, 3 maart 2026", "Date: 03/03/2026")
    — the first date of the text that is not a date of birth; None when there is none. It is what the writer
    dated, not the day of receipt, which is the day the letter arrives (docs/rules.md, Deadlines)."""
    folded = FoldedText.of(text).folded
    for line in folded.splitlines():
        if _BIRTH_WORD.search(line):
            continue
        found = next(filter(None, map(_matched_date, _ANY_DATE.finditer(line))), None)
        if found is not None:
            return found
    return None
