"""Request letters as patients post them, rendered and then degraded as a scanner or a fax would: the set that
the scan-reading tests and benchmarks/bench_ocr.py read back. Everything is drawn from a seed, so the set can be
made again exactly.
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass
from datetime import date

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.rights import Right


@dataclass(frozen=True)
class Letter:
    """What a generated letter says, i.e. what reading it must find again."""

    language: Language
    title: str
    given: str
    family: str
    street: str
    postcode: str
    city: str
    country: str
    rights: tuple[Right, ...]
    birth_date: date
    patient_number: str
    email: str
    phone: str
    written: date
    centre_city: str
    reference: str = ""

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def postcode_line(self) -> str:
        return f"{self.postcode} {self.city}"


_GIVEN = ("Sophie", "Jean-Pierre", "Anaïs", "Héloïse", "Zoë", "Joëlle", "Léa", "Noémie", "Françoise", "Loïc",
          "Ingrid", "Pieter-Jan", "Marie-Thérèse", "Amélie", "Daan", "Jérôme", "Björn", "Chloé", "Océane", "Lieve")
_FAMILY = ("van den Berghe", "De Smet", "Lefèvre", "d'Hondt", "Müller-Lüdenscheidt", "Van der Linden",
           "Dupont-Mériaux", "de la Tour", "Peeters", "Boulanger", "Vanderbeken", "N'Diaye", "Le Goff",
           "Janssens", "Weber", "Schmit", "Bouché", "Grégoire", "van Damme", "Hoffmann")
_TITLES = {Language.FR: ("Madame", "Monsieur"), Language.NL: ("Mevrouw", "De heer"), Language.EN: ("Ms", "Mr")}
# (postcode, city, country, street) — BE, FR and LU addresses as a patient writes them.
_PLACES = (
    ("9000", "Gent", "België", "Veldstraat 12"),
    ("2018", "Antwerpen", "België", "Lange Kievitstraat 101"),
    ("1050", "Ixelles", "Belgique", "Rue de la Croix 7"),
    ("4000", "Liège", "Belgique", "Boulevard d'Avroy 34"),
    ("8000", "Brugge", "België", "Sint-Jakobsstraat 5"),
    ("75016", "Paris", "France", "12 rue de la Pompe"),
    ("69003", "Lyon", "France", "4 avenue Félix Faure"),
    ("13008", "Marseille", "France", "27 boulevard Périer"),
    ("59000", "Lille", "France", "8 place du Théâtre"),
    ("33000", "Bordeaux", "France", "15 cours de l'Intendance"),
    ("L-1724", "Luxembourg", "Luxembourg", "21 boulevard Prince Henri"),
    ("L-4050", "Esch-sur-Alzette", "Luxembourg", "3 rue du Canal"),
)
_CENTRES = {"België": "Gent", "Belgique": "Bruxelles", "France": "Lyon", "Luxembourg": "Luxembourg"}
# The centre's own address, to which the letter is sent.
_CENTRE_ADDRESSES = {
    "Gent": ("Kortrijksesteenweg 1", "9000 Gent"),
    "Bruxelles": ("Avenue Louise 100", "1050 Bruxelles"),
    "Lyon": ("10 quai Claude Bernard", "69007 Lyon"),
    "Luxembourg": ("2 rue de l'Hôpital", "L-1210 Luxembourg"),
}

_MONTHS = {
    Language.FR: ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"),
    Language.NL: ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                  "oktober", "november", "december"),
    Language.EN: ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"),
}

# How each right is asked for, in the words of a patient, per language.
_ASKED: dict[Language, dict[Right, str]] = {
    Language.FR: {
        Right.ACCESS: "Je souhaite exercer mon droit d'accès et recevoir une copie de mes données.",
        Right.RECTIFICATION: "Je demande la rectification de mon adresse, qui est inexacte dans vos fichiers.",
        Right.ERASURE: "Je demande l'effacement de mes données qui ne sont plus nécessaires.",
        Right.RESTRICTION: "Je demande la limitation du traitement de mes données pendant la vérification.",
        Right.OBJECTION: "Je m'oppose à l'utilisation de mes données à des fins de prospection.",
        Right.WITHDRAW_CONSENT: "Je souhaite retirer mon consentement à la lettre d'information.",
        Right.PORTABILITY: "Je demande la portabilité de mes données dans un format lisible par machine.",
        Right.MEDICAL_RECORD: "Je souhaite obtenir une copie de mon dossier médical complet.",
    },
    Language.NL: {
        Right.ACCESS: "Ik vraag inzage in mijn persoonsgegevens en een kopie van mijn gegevens.",
        Right.RECTIFICATION: "Ik vraag de rectificatie van mijn adres, dat onjuist is in uw bestanden.",
        Right.ERASURE: "Ik vraag u mijn gegevens te verwijderen die niet meer nodig zijn.",
        Right.RESTRICTION: "Ik vraag de beperking van de verwerking van mijn gegevens.",
        Right.OBJECTION: "Ik maak bezwaar tegen het gebruik van mijn gegevens voor reclame.",
        Right.WITHDRAW_CONSENT: "Ik trek mijn toestemming voor de nieuwsbrief in.",
        Right.PORTABILITY: "Ik vraag mijn gegevens in een machineleesbaar formaat te ontvangen.",
        Right.MEDICAL_RECORD: "Ik wens een afschrift van mijn medisch dossier te ontvangen.",
    },
    Language.EN: {
        Right.ACCESS: "I wish to exercise my right of access and receive a copy of my personal data.",
        Right.RECTIFICATION: "I ask for the correction of my address, which is inaccurate in your files.",
        Right.ERASURE: "I ask you to delete the data you no longer need.",
        Right.RESTRICTION: "I ask you to restrict the processing of my data while this is checked.",
        Right.OBJECTION: "I object to the use of my data for marketing.",
        Right.WITHDRAW_CONSENT: "I withdraw my consent to the newsletter.",
        Right.PORTABILITY: "I ask for my data in a machine-readable format.",
        Right.MEDICAL_RECORD: "I would like a copy of my complete medical records.",
    },
}
_WORDS = {
    Language.FR: {
        "to": "À l'attention du délégué à la protection",
        "subject": "Objet : demande relative à mes données personnelles",
        "opening": "Madame, Monsieur,",
        "patient": "Je suis patient(e) de votre centre de {centre}.",
        "born": "Date de naissance : {birth}",
        "number": "Numéro de patient : {number}",
        "reference": "Votre référence : {reference}",
        "phone": "Téléphone : {phone}",
        "email": "E-mail : {email}",
        "closing": "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
        "dated": "{city}, le {day}",
    },
    Language.NL: {
        "to": "T.a.v. de functionaris gegevensbescherming",
        "subject": "Betreft: verzoek over mijn persoonsgegevens",
        "opening": "Geachte heer, mevrouw,",
        "patient": "Ik ben patiënt van uw centrum in {centre}.",
        "born": "Geboortedatum: {birth}",
        "number": "Patiëntnummer: {number}",
        "reference": "Uw referentie: {reference}",
        "phone": "Telefoon: {phone}",
        "email": "E-mail: {email}",
        "closing": "Met vriendelijke groeten,",
        "dated": "{city}, {day}",
    },
    Language.EN: {
        "to": "For the Data Protection Officer",
        "subject": "Subject: request about my personal data",
        "opening": "Dear Sir or Madam,",
        "patient": "I am a patient of your centre in {centre}.",
        "born": "Date of birth: {birth}",
        "number": "Patient number: {number}",
        "reference": "Your reference: {reference}",
        "phone": "Phone: {phone}",
        "email": "E-mail: {email}",
        "closing": "Yours faithfully,",
        "dated": "{city}, {day}",
    },
}
_LANGUAGE_OF_COUNTRY = {"België": Language.NL, "Belgique": Language.FR, "France": Language.FR,
                        "Luxembourg": Language.FR}


def long_date(day: date, language: Language) -> str:
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def make_letter(seed: int, *, language: Language | None = None, reference: str = "") -> Letter:
    """The letter number ``seed`` of the set: name, place, rights and identifiers drawn from it."""
    pick = random.Random(seed)
    postcode, city, country, street = pick.choice(_PLACES)
    if language is None:
        language = pick.choice((_LANGUAGE_OF_COUNTRY[country], Language.EN, Language.FR, Language.NL))
    given, family = pick.choice(_GIVEN), pick.choice(_FAMILY)
    rights = tuple(sorted(pick.sample(list(Right), pick.choice((1, 1, 2, 3))), key=list(Right).index))
    ascii_name = unicodedata.normalize("NFKD", f"{given}.{family}").encode("ascii", "ignore").decode()
    plain = "".join(c for c in ascii_name.lower() if c.isalnum() or c in ".-")
    return Letter(
        language=language,
        title=pick.choice(_TITLES[language]),
        given=given,
        family=family,
        street=street,
        postcode=postcode,
        city=city,
        country=country,
        rights=rights,
        birth_date=date(pick.randint(1940, 2004), pick.randint(1, 12), pick.randint(1, 28)),
        patient_number=f"P-{pick.randint(100000, 999999)}",
        email=f"{plain}@{pick.choice(('example.be', 'example.fr', 'example.lu', 'mail.example.com'))}",
        phone=pick.choice(("+32 9 123 45 67", "+33 4 72 11 22 33", "+352 26 12 34 56", "0471 23 45 67")),
        written=date(2026, pick.randint(1, 11), pick.randint(1, 28)),
        centre_city=_CENTRES[country],
        reference=reference,
    )


def letter_lines(letter: Letter) -> tuple[list[str], list[str], list[str]]:
    """The sender's block, the clinic's block and the body, line by line."""
    words = _WORDS[letter.language]
    sender = [letter.name, letter.street, letter.postcode_line, letter.country]
    clinic = [f"LAZEO {letter.centre_city}", words["to"], *_CENTRE_ADDRESSES[letter.centre_city]]
    body = [
        words["dated"].format(city=letter.city, day=long_date(letter.written, letter.language)),
        "",
        words["subject"],
    ]
    if letter.reference:
        body.append(words["reference"].format(reference=letter.reference))
    body += [
        "",
        words["opening"],
        "",
        words["patient"].format(centre=letter.centre_city),
        *(_ASKED[letter.language][right] for right in letter.rights),
        "",
        words["born"].format(birth=letter.birth_date.strftime("%d/%m/%Y")),
        words["number"].format(number=letter.patient_number),
        words["phone"].format(phone=letter.phone),
        words["email"].format(email=letter.email),
        "",
        words["closing"],
        "",
        letter.name,
    ]
    return sender, clinic, body


def letter_pdf(letter: Letter) -> bytes:
    """The letter as the patient printed it: A4, sender top left, clinic on the right, then the body."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    sender, clinic, body = letter_lines(letter)
    width, height = A4
    y = height - 25 * mm
    for line in sender:
        page.setFont("Helvetica", 11)
        page.drawString(25 * mm, y, line)
        y -= 5.5 * mm
    y = height - 55 * mm
    for line in clinic:
        page.drawString(105 * mm, y, line)
        y -= 5.5 * mm
    y = height - 95 * mm
    for line in body:
        page.drawString(25 * mm, y, line)
        y -= 6 * mm
    page.showPage()
    page.save()
    return out.getvalue()


@dataclass(frozen=True)
class Degradation:
    """How a page went through a scanner or a fax."""

    dpi: int = 300
    angle: float = 0.0
    noise: float = 0.0  # share of pixels flipped to speckle
    jpeg_quality: int | None = None
    fold: bool = False


def degradation(seed: int) -> Degradation:
    """The degradation of letter ``seed``: 200 or 300 dpi, up to ±3°, speckle, JPEG, sometimes a fold."""
    pick = random.Random(seed * 7919 + 1)
    return Degradation(
        dpi=pick.choice((200, 300)),
        angle=round(pick.uniform(-3.0, 3.0), 2),
        noise=pick.choice((0.0, 0.002, 0.005)),
        jpeg_quality=pick.choice((None, 35, 60)),
        fold=pick.random() < 0.4,
    )


def scanned(pdf: bytes, how: Degradation, *, seed: int = 0) -> Image.Image:
    """The first page of ``pdf`` as ``how`` would scan it (greyscale)."""
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=how.dpi / 72).to_pil().convert("L")
    finally:
        document.close()
    if how.angle:
        image = image.rotate(how.angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    if how.fold:
        shadow = Image.new("L", image.size, 255)
        draw = ImageDraw.Draw(shadow)
        middle = image.height // 3
        for offset in range(-40, 41):
            draw.line([(0, middle + offset), (image.width, middle + offset)], fill=150 + abs(offset) * 2)
        image = ImageChops.multiply(image, shadow.filter(ImageFilter.GaussianBlur(6)))
    if how.noise:
        pick = random.Random(seed)
        pixels = image.load()
        assert pixels is not None
        for _ in range(int(image.width * image.height * how.noise)):
            x, y = pick.randrange(image.width), pick.randrange(image.height)
            pixels[x, y] = 0 if pick.random() < 0.5 else 255
    if how.jpeg_quality is not None:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=how.jpeg_quality)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.load()
    return image


def scan_bytes(image: Image.Image, how: Degradation, media: str = "PNG") -> bytes:
    """The scanned page saved as a file would be (PNG, JPEG or TIFF), with its resolution."""
    buffer = io.BytesIO()
    image.save(buffer, media, dpi=(how.dpi, how.dpi))
    return buffer.getvalue()


def generated_scan(seed: int, *, language: Language | None = None, reference: str = "") -> tuple[Letter, bytes]:
    """Letter ``seed`` and its degraded scan as PNG bytes."""
    letter = make_letter(seed, language=language, reference=reference)
    how = degradation(seed)
    return letter, scan_bytes(scanned(letter_pdf(letter), how, seed=seed), how)
