"""The sentences that speak to, or about, the relatives and heirs of a deceased patient, per language.

They act in their own right (GDPR recital 27: the GDPR does not apply to the dead), so their letters say
"concerning the late X", never "on behalf of", and state the national rule they rest on (DOMAIN.md, Representatives,
relatives and heirs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lazeo_desk.domain.case import HeirPurpose, Jurisdiction, Language


@dataclass(frozen=True)
class HeirPhrases:
    """``concerning``: follows "your request of <date>"; ``standing``: in what capacity the heir is written to;
    ``basis``: the national rule, said of relatives in general (also read by the practitioner); ``purposes`` and
    ``purpose``/``purpose_explained``/``limited``: the French purpose and the limit of the communication; ``items``:
    what an identity request also asks of a relative; ``complaint``/``judicial_remedy``: the remedies named in a
    refusal, without the GDPR rights that a relative does not hold over the deceased's data."""

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


_DUTCH = HeirPhrases(
    concerning=" betreffende {name}",
    standing={
        Jurisdiction.FR: "U hebt dit verzoek in eigen naam tot ons gericht, als rechtverkrijgende van {name}.",
        Jurisdiction.BE: "U hebt dit verzoek in eigen naam tot ons gericht, als naaste van {name}.",
        Jurisdiction.LU: "U hebt dit verzoek in eigen naam tot ons gericht, als naaste van {name}.",
    },
    basis={
        Jurisdiction.FR: "Op grond van de artikelen L.1110-4 (V) en L.1111-7 van de Franse Code de la santé publique "
        "ontvangen de rechtverkrijgenden, de echtgenoot, de samenwonende partner en de partner met wie een PACS werd "
        "gesloten van een overleden persoon de gegevens uit diens medisch dossier alleen voor zover zij die nodig "
        "hebben om de doodsoorzaak te kennen, de nagedachtenis van de overledene te verdedigen of hun rechten te doen "
        "gelden, tenzij de overledene zich daar tijdens het leven tegen heeft verzet.",
        Jurisdiction.BE: "Artikel 9, § 4, van de wet van 22 augustus 2002 betreffende de rechten van de patiënt "
        "bepaalt dat de echtgenoot, de wettelijk samenwonende partner, de partner en de bloedverwanten tot en met de "
        "tweede graad van een overleden patiënt het patiëntendossier inzien via een beroepsbeoefenaar die zij "
        "aanwijzen, voor zover hun verzoek voldoende gemotiveerd en gespecificeerd is en de patiënt zich daar niet "
        "uitdrukkelijk tegen heeft verzet.",
        Jurisdiction.LU: "Wij steunen op artikel 36 van de Luxemburgse wet van 28 augustus 1998 betreffende de "
        "ziekenhuisinstellingen, dat de niet van tafel en bed gescheiden echtgenoot, de kinderen, eenieder die bij "
        "het overlijden het huishouden van de patiënt deelde en, voor een minderjarige patiënt, de ouders toegang "
        "geeft tot het dossier van een overleden patiënt via een arts die zij aanwijzen.",
    },
    purposes={
        HeirPurpose.CAUSES_OF_DEATH: "de doodsoorzaak kennen",
        HeirPurpose.DEFEND_MEMORY: "de nagedachtenis van de overledene verdedigen",
        HeirPurpose.ASSERT_RIGHTS: "uw rechten doen gelden",
    },
    purpose="U hebt als doel opgegeven: {purpose}.",
    purpose_explained="U hebt als doel opgegeven: {purpose} ({explanation}).",
    limited="Overeenkomstig die bepalingen delen wij u alleen de gegevens mee die voor dat doel nodig zijn.",
    items={
        Jurisdiction.FR: (
            "het doel van uw verzoek: de doodsoorzaak kennen, de nagedachtenis van de overledene verdedigen of uw "
            "rechten doen gelden (licht de laatste twee toe)",
        ),
        Jurisdiction.BE: (
            "de naam en het adres van de beroepsbeoefenaar die u aanwijst om het dossier in te zien",
            "de redenen van uw verzoek en de stukken van het dossier die u wenst in te zien",
        ),
        Jurisdiction.LU: ("de naam en het adres van de arts die u aanwijst om het dossier in te zien",),
    },
    complaint="Bent u het met deze beslissing niet eens, dan kunt u een klacht indienen bij de toezichthoudende "
    "autoriteit:",
    judicial_remedy="U kunt deze beslissing ook aanvechten voor de bevoegde rechter.",
)

_FRENCH = HeirPhrases(
    concerning=" concernant {name}",
    standing={
        Jurisdiction.FR: "Vous nous avez adressé cette demande en votre nom propre, en qualité d'ayant droit de "
        "{name}.",
        Jurisdiction.BE: "Vous nous avez adressé cette demande en votre nom propre, en qualité de proche de {name}.",
        Jurisdiction.LU: "Vous nous avez adressé cette demande en votre nom propre, en qualité de proche de {name}.",
    },
    basis={
        Jurisdiction.FR: "Les articles L.1110-4 (V) et L.1111-7 du code de la santé publique permettent aux ayants "
        "droit, au conjoint, au concubin ou au partenaire lié par un pacte civil de solidarité d'une personne décédée "
        "d'obtenir les informations de son dossier médical dans la seule mesure où elles leur sont nécessaires pour "
        "connaître les causes de la mort, défendre la mémoire du défunt ou faire valoir leurs droits, sauf volonté "
        "contraire exprimée par la personne avant son décès.",
        Jurisdiction.BE: "L'article 9, § 4, de la loi du 22 août 2002 relative aux droits du patient prévoit que "
        "l'époux, le partenaire cohabitant légal, le partenaire et les parents jusqu'au deuxième degré inclus d'un "
        "patient décédé consultent son dossier par l'intermédiaire du praticien professionnel qu'ils désignent, pour "
        "autant que leur demande soit suffisamment motivée et spécifiée et que le patient ne s'y soit pas opposé "
        "expressément.",
        Jurisdiction.LU: "Nous nous fondons sur l'article 36 de la loi du 28 août 1998 sur les établissements "
        "hospitaliers, qui permet au conjoint non séparé de corps, aux enfants, à toute personne qui partageait le "
        "ménage du patient au moment de son décès et, pour un patient mineur, à ses parents, d'accéder au dossier "
        "d'un patient décédé par l'intermédiaire d'un médecin qu'ils désignent.",
    },
    purposes={
        HeirPurpose.CAUSES_OF_DEATH: "connaître les causes du décès",
        HeirPurpose.DEFEND_MEMORY: "défendre la mémoire du défunt",
        HeirPurpose.ASSERT_RIGHTS: "faire valoir vos droits",
    },
    purpose="L'objectif que vous avez indiqué est de {purpose}.",
    purpose_explained="L'objectif que vous avez indiqué est de {purpose} ({explanation}).",
    limited="Conformément à ces dispositions, seules les informations nécessaires à cet objectif vous sont "
    "communiquées.",
    items={
        Jurisdiction.FR: (
            "l'objectif de votre demande : connaître les causes du décès, défendre la mémoire du défunt ou faire "
            "valoir vos droits (dans ces deux derniers cas, en précisant les circonstances ou les droits en cause)",
        ),
        Jurisdiction.BE: (
            "le nom et l'adresse du praticien professionnel que vous désignez pour consulter le dossier",
            "les motifs de votre demande et les éléments du dossier que vous souhaitez consulter",
        ),
        Jurisdiction.LU: ("le nom et l'adresse du médecin que vous désignez pour consulter le dossier",),
    },
    complaint="Si vous contestez cette décision, vous pouvez adresser une réclamation à l'autorité de contrôle :",
    judicial_remedy="Vous pouvez également contester cette décision devant la juridiction compétente.",
)

_ENGLISH = HeirPhrases(
    concerning=" concerning {name}",
    standing={
        Jurisdiction.FR: "You have made this request in your own right, as an heir of {name}.",
        Jurisdiction.BE: "You have made this request in your own right, as a relative of {name}.",
        Jurisdiction.LU: "You have made this request in your own right, as a relative of {name}.",
    },
    basis={
        Jurisdiction.FR: "Articles L.1110-4 (V) and L.1111-7 of the French Public Health Code allow the heirs, "
        "spouse, cohabitant or civil-union (PACS) partner of a deceased person to obtain information from their "
        "medical file only in so far as it is needed to know the causes of death, to defend the memory of the "
        "deceased or to assert their rights, unless the person objected during their lifetime.",
        Jurisdiction.BE: "Article 9(4) of the Belgian law of 22 August 2002 on patients' rights provides that the "
        "spouse, legal cohabitant, partner and relatives up to the second degree of a deceased patient consult the "
        "patient file through a health practitioner they designate, provided their request is sufficiently reasoned "
        "and specified and the patient did not expressly object.",
        Jurisdiction.LU: "We rely on Article 36 of the Luxembourg law of 28 August 1998 on hospital establishments, "
        "under which the spouse (unless legally separated), the children, anyone who shared the patient's household "
        "at the time of death and, for a minor, the parents may access a deceased patient's file through a doctor "
        "they designate.",
    },
    purposes={
        HeirPurpose.CAUSES_OF_DEATH: "know the causes of death",
        HeirPurpose.DEFEND_MEMORY: "defend the memory of the deceased",
        HeirPurpose.ASSERT_RIGHTS: "assert your rights",
    },
    purpose="The purpose you stated is to {purpose}.",
    purpose_explained="The purpose you stated is to {purpose} ({explanation}).",
    limited="In accordance with those provisions, only the information needed for that purpose is communicated to "
    "you.",
    items={
        Jurisdiction.FR: (
            "the purpose of your request: to know the causes of death, to defend the memory of the deceased or to "
            "assert your rights (for the last two, the circumstances or the rights in question)",
        ),
        Jurisdiction.BE: (
            "the name and address of the health practitioner you designate to consult the file",
            "the reasons for your request and the parts of the file you wish to consult",
        ),
        Jurisdiction.LU: ("the name and address of the doctor you designate to consult the file",),
    },
    complaint="If you disagree with this decision, you may lodge a complaint with the supervisory authority:",
    judicial_remedy="You may also challenge this decision before the competent court.",
)

HEIR_PHRASES: Mapping[Language, HeirPhrases] = {Language.NL: _DUTCH, Language.FR: _FRENCH, Language.EN: _ENGLISH}
