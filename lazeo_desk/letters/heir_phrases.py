"""The sentences that speak to, or about, the relatives and heirs of a deceased patient, per language.

They act in their own right (GDPR recital 27: the GDPR does not apply to the dead), so their letters say
"concerning the late X", never "on behalf of", and state the national rule they rest on (DOMAIN.md, Representatives,
relatives and heirs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lazeo_desk.domain.case import HeirPurpose, Jurisdiction, Language
from lazeo_desk.domain.rights import Right


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


_DUTCH = HeirPhrases(
    concerning=" betreffende {name}",
    standing={
        Jurisdiction.FR: "U treedt op in eigen naam, als rechtverkrijgende van {name}.",
        Jurisdiction.BE: "U treedt op in eigen naam, als naaste van {name}.",
        Jurisdiction.LU: "U treedt op in eigen naam, als naaste van {name}.",
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
    limited="Overeenkomstig die bepalingen bevat het bijgevoegde afschrift alleen de gegevens die voor dat doel "
    "nodig zijn.",
    items={
        Jurisdiction.FR: (
            "een bewijs van uw hoedanigheid van rechtverkrijgende, echtgenoot of partner (bijvoorbeeld een akte van "
            "bekendheid of een attest van erfopvolging)",
            "het doel van uw verzoek: de doodsoorzaak kennen, de nagedachtenis van de overledene verdedigen of uw "
            "rechten doen gelden (licht de laatste twee toe)",
        ),
        Jurisdiction.BE: (
            "een bewijs van uw band met de overledene (bijvoorbeeld een uittreksel uit de akte van huwelijk of "
            "geboorte, of een attest van wettelijke samenwoning)",
            "de naam en het adres van de beroepsbeoefenaar die u aanwijst om het dossier in te zien",
            "de redenen van uw verzoek en de stukken van het dossier die u wenst in te zien",
        ),
        Jurisdiction.LU: (
            "een bewijs van uw band met de overledene (bijvoorbeeld een uittreksel uit de akte van huwelijk of "
            "geboorte, of een attest van gezinssamenstelling)",
            "de naam en het adres van de arts die u aanwijst om het dossier in te zien",
        ),
    },
    complaint="Bent u het met deze beslissing niet eens, dan kunt u een klacht indienen bij de toezichthoudende "
    "autoriteit:",
    judicial_remedy="U kunt deze beslissing ook aanvechten voor de bevoegde rechter.",
    rights={
        Right.ACCESS: "de gegevens die wij over de overledene bewaren",
        Right.RECTIFICATION: "verbetering van die gegevens",
        Right.ERASURE: "verwijdering van die gegevens",
        Right.RESTRICTION: "beperking van het gebruik van die gegevens",
        Right.OBJECTION: "verzet tegen het gebruik van die gegevens",
        Right.WITHDRAW_CONSENT: "intrekking van een toestemming",
        Right.PORTABILITY: "overdracht van die gegevens",
        Right.MEDICAL_RECORD: "inzage in het medisch dossier",
    },
    verification={
        Jurisdiction.FR: "Het medisch dossier van een overleden patiënt wordt alleen meegedeeld aan de personen die "
        "de artikelen L.1110-4 (V) en L.1111-7 van de Franse Code de la santé publique daartoe aanwijzen, en alleen "
        "voor het doel dat zij opgeven. Gelieve ons daarom het volgende te bezorgen:",
        Jurisdiction.BE: "Het patiëntendossier van een overleden patiënt kan alleen worden ingezien door de naasten "
        "die artikel 9, § 4, van de wet van 22 augustus 2002 betreffende de rechten van de patiënt aanwijst, via een "
        "beroepsbeoefenaar die zij aanwijzen. Gelieve ons daarom het volgende te bezorgen:",
        Jurisdiction.LU: "Het dossier van een overleden patiënt kan alleen worden ingezien door de naasten die "
        "artikel 36 van de Luxemburgse wet van 28 augustus 1998 betreffende de ziekenhuisinstellingen aanwijst, via "
        "een arts die zij aanwijzen. Gelieve ons daarom het volgende te bezorgen:",
    },
    refusal_grounds={
        "identity-not-established": "Ondanks ons verzoek om aanvullende gegevens konden wij niet vaststellen dat "
        "u behoort tot de personen die de wet toegang geeft tot het dossier van een overleden patiënt. Om het "
        "medisch geheim te beschermen, kunnen wij er daarom geen gevolg aan geven.",
        "manifestly-unfounded": "Het verzoek is kennelijk ongegrond; wij geven er daarom geen gevolg aan.",
        "excessive": "Het verzoek is buitensporig, met name door zijn herhalend karakter; wij geven er daarom geen "
        "gevolg aan.",
    },
    file_to_practitioner_by="Wij stellen {file} zo spoedig mogelijk en uiterlijk op {date} ter beschikking van de "
    "beroepsbeoefenaar die u aanwijst, zoals vereist door {law}; u kunt het via die beroepsbeoefenaar inzien.",
)

_FRENCH = HeirPhrases(
    concerning=" concernant {name}",
    standing={
        Jurisdiction.FR: "Vous agissez en votre nom propre, en qualité d'ayant droit de "
        "{name}.",
        Jurisdiction.BE: "Vous agissez en votre nom propre, en qualité de proche de {name}.",
        Jurisdiction.LU: "Vous agissez en votre nom propre, en qualité de proche de {name}.",
    },
    basis={
        Jurisdiction.FR: "Les articles L.1110-4 (V) et L.1111-7 du Code de la santé publique permettent aux ayants "
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
    limited="Conformément à ces dispositions, la copie jointe se limite aux informations nécessaires à cet "
    "objectif.",
    items={
        Jurisdiction.FR: (
            "un justificatif de votre qualité d'ayant droit, de conjoint, de concubin ou de partenaire de PACS (par "
            "exemple un acte de notoriété ou une attestation dévolutive)",
            "l'objectif de votre demande : connaître les causes du décès, défendre la mémoire du défunt ou faire "
            "valoir vos droits (dans ces deux derniers cas, en précisant les circonstances ou les droits en cause)",
        ),
        Jurisdiction.BE: (
            "un justificatif de votre lien avec le défunt (par exemple un extrait d'acte de mariage ou de naissance, "
            "ou une attestation de cohabitation légale)",
            "le nom et l'adresse du praticien professionnel que vous désignez pour consulter le dossier",
            "les motifs de votre demande et les éléments du dossier que vous souhaitez consulter",
        ),
        Jurisdiction.LU: (
            "un justificatif de votre lien avec le défunt (par exemple un extrait d'acte de mariage ou de naissance, "
            "ou un certificat de composition de ménage)",
            "le nom et l'adresse du médecin que vous désignez pour consulter le dossier",
        ),
    },
    complaint="Si vous contestez cette décision, vous pouvez adresser une réclamation à l'autorité de contrôle :",
    judicial_remedy="Vous pouvez également contester cette décision devant la juridiction compétente.",
    rights={
        Right.ACCESS: "l'accès aux informations que nous détenons sur le patient",
        Right.RECTIFICATION: "la rectification de ces informations",
        Right.ERASURE: "l'effacement de ces informations",
        Right.RESTRICTION: "la limitation de leur utilisation",
        Right.OBJECTION: "l'opposition à leur utilisation",
        Right.WITHDRAW_CONSENT: "le retrait d'un consentement",
        Right.PORTABILITY: "la transmission de ces informations",
        Right.MEDICAL_RECORD: "la communication du dossier médical",
    },
    verification={
        Jurisdiction.FR: "Le dossier médical d'un patient décédé n'est communiqué qu'aux personnes que désignent "
        "les articles L.1110-4 (V) et L.1111-7 du Code de la santé publique, et pour l'objectif qu'elles indiquent. "
        "Nous vous remercions donc de nous adresser :",
        Jurisdiction.BE: "Le dossier d'un patient décédé ne peut être consulté que par les proches que désigne "
        "l'article 9, § 4, de la loi du 22 août 2002 relative aux droits du patient, par l'intermédiaire d'un "
        "praticien professionnel qu'ils désignent. Nous vous remercions donc de nous adresser :",
        Jurisdiction.LU: "Le dossier d'un patient décédé ne peut être consulté que par les proches que désigne "
        "l'article 36 de la loi du 28 août 1998 sur les établissements hospitaliers, par l'intermédiaire d'un "
        "médecin qu'ils désignent. Nous vous remercions donc de nous adresser :",
    },
    refusal_grounds={
        "identity-not-established": "Malgré notre demande d'informations complémentaires, nous n'avons pas pu "
        "établir que vous êtes au nombre des personnes auxquelles la loi ouvre l'accès au dossier d'un patient "
        "décédé. Afin de préserver le secret médical, nous ne pouvons donc pas y donner suite.",
        "manifestly-unfounded": "La demande est manifestement infondée ; nous ne pouvons donc pas y donner suite.",
        "excessive": "La demande est excessive, notamment en raison de son caractère répétitif ; nous ne pouvons "
        "donc pas y donner suite.",
    },
    file_to_practitioner_by="Nous mettrons {file} à la disposition du praticien que vous désignez dans les "
    "meilleurs délais et au plus tard le {date}, comme l'exige {law} ; vous pourrez le consulter par son "
    "intermédiaire.",
)

_ENGLISH = HeirPhrases(
    concerning=" concerning {name}",
    standing={
        Jurisdiction.FR: "You act in your own right, as an heir of {name}.",
        Jurisdiction.BE: "You act in your own right, as a relative of {name}.",
        Jurisdiction.LU: "You act in your own right, as a relative of {name}.",
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
    limited="In accordance with those provisions, the enclosed copy is limited to the information needed for that "
    "purpose.",
    items={
        Jurisdiction.FR: (
            "proof that you are an heir, spouse, cohabitant or PACS partner of the deceased (for example an "
            "\"acte de notoriété\" or a certificate of inheritance)",
            "the purpose of your request: to know the causes of death, to defend the memory of the deceased or to "
            "assert your rights (for the last two, the circumstances or the rights in question)",
        ),
        Jurisdiction.BE: (
            "proof of your relationship to the deceased (for example an extract of a marriage or birth certificate, "
            "or a certificate of legal cohabitation)",
            "the name and address of the health practitioner you designate to consult the file",
            "the reasons for your request and the parts of the file you wish to consult",
        ),
        Jurisdiction.LU: (
            "proof of your relationship to the deceased (for example an extract of a marriage or birth certificate, "
            "or a certificate of household composition)",
            "the name and address of the doctor you designate to consult the file",
        ),
    },
    complaint="If you disagree with this decision, you may lodge a complaint with the supervisory authority:",
    judicial_remedy="You may also challenge this decision before the competent court.",
    rights={
        Right.ACCESS: "the information we hold about the patient",
        Right.RECTIFICATION: "rectification of that information",
        Right.ERASURE: "erasure of that information",
        Right.RESTRICTION: "restriction of its use",
        Right.OBJECTION: "objection to its use",
        Right.WITHDRAW_CONSENT: "withdrawal of a consent",
        Right.PORTABILITY: "transmission of that information",
        Right.MEDICAL_RECORD: "access to the medical file",
    },
    verification={
        Jurisdiction.FR: "The medical file of a deceased patient is communicated only to the persons designated by "
        "Articles L.1110-4 (V) and L.1111-7 of the French Public Health Code, and for the purpose they state. We "
        "therefore ask you to send us:",
        Jurisdiction.BE: "The file of a deceased patient may be consulted only by the relatives designated by "
        "Article 9(4) of the Belgian law of 22 August 2002 on patients' rights, through a health practitioner they "
        "designate. We therefore ask you to send us:",
        Jurisdiction.LU: "The file of a deceased patient may be consulted only by the relatives designated by "
        "Article 36 of the Luxembourg law of 28 August 1998 on hospital establishments, through a doctor they "
        "designate. We therefore ask you to send us:",
    },
    refusal_grounds={
        "identity-not-established": "Despite our request for further information, we have not been able to "
        "establish that you are among the persons to whom the law opens access to a deceased patient's file. To "
        "protect medical confidentiality, we therefore cannot act on it.",
        "manifestly-unfounded": "The request is manifestly unfounded; we therefore cannot act on it.",
        "excessive": "The request is excessive, in particular because of its repetitive character; we therefore "
        "cannot act on it.",
    },
    file_to_practitioner_by="We will make {file} available to the practitioner you designate without undue delay "
    "and at the latest by {date}, as {law} requires; you may consult it through them.",
)

HEIR_PHRASES: Mapping[Language, HeirPhrases] = {Language.NL: _DUTCH, Language.FR: _FRENCH, Language.EN: _ENGLISH}
