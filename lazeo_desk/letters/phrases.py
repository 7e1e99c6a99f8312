"""The fixed wording of letters in Dutch, French and English: labels, legal sentences, dates and lists.

The DPO adapts the letter texts in the templates; what is here is generated from data (the Art 15 information,
the authority, the retention date) and must stay exact, so it is not a template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.lists import format_list

from lazeo_desk.domain.case import Jurisdiction, Language, Relationship
from lazeo_desk.domain.retention import RetentionRule
from lazeo_desk.domain.rights import Right


@dataclass(frozen=True)
class Phrases:
    """Every fixed phrase of one letter language. ``{name}``-style fields are filled by ``str.format``."""

    locale: str
    subject_label: str
    our_reference_label: str
    your_request_label: str
    data_subject_label: str
    deceased_label: str
    enclosures_label: str
    enclosures_intro: str
    registered_mention: str
    place_and_date: str
    continued: str
    rights: Mapping[Right, str]
    on_behalf: str
    your_data: str
    others_data: str
    your_file: str
    others_file: str
    of_your_data: str
    of_others_data: str
    of_your_file: str
    of_others_file: str
    the_late: str
    representation: Mapping[Relationship, str]
    access_heading: str
    access_intro: str
    register_columns: tuple[str, str, str, str]
    access_items: Mapping[str, str]
    rights_reminder: str
    complaint: str
    doctolib_note: str
    copy_note: str
    judicial_remedy: str
    recipients_notified_generic: str
    recipients_notified_named: str
    refusal_grounds: Mapping[str, str]
    refusal_reason_intro: str
    retention_kept_until: str
    retention_no_date: str
    retention_rules: Mapping[RetentionRule, str]
    retention_ground: str
    medical_retention_cell: str
    medical_retention_notes: Mapping[Jurisdiction, str]
    national_deadline_note: str
    answer_by: str
    extension_possible: str
    file_by: str
    rest_by: str
    rest_extension_possible: str
    earliest_release_note: str
    first_copy_free: str
    identity_items: Mapping[Relationship, tuple[str, ...]]
    identity_item_id_copy: str
    verification: str
    national_laws: Mapping[Jurisdiction, str]


_NL = Phrases(
    locale="nl_BE",
    subject_label="Betreft",
    our_reference_label="Onze referentie",
    your_request_label="Verzoek ontvangen",
    data_subject_label="Betrokkene",
    deceased_label="Overleden patiënt",
    enclosures_label="Bijlagen",
    enclosures_intro="Bijgevoegd vindt u:",
    registered_mention="Aangetekende zending",
    place_and_date="{place}, {date}",
    continued="vervolg",
    rights={
        Right.ACCESS: "inzage in de persoonsgegevens (artikel 15 AVG)",
        Right.RECTIFICATION: "rectificatie (artikel 16 AVG)",
        Right.ERASURE: "wissing (artikel 17 AVG)",
        Right.RESTRICTION: "beperking van de verwerking (artikel 18 AVG)",
        Right.OBJECTION: "bezwaar tegen de verwerking (artikel 21 AVG)",
        Right.WITHDRAW_CONSENT: "intrekking van de toestemming (artikel 7.3 AVG)",
        Right.PORTABILITY: "overdraagbaarheid van de gegevens (artikel 20 AVG)",
        Right.MEDICAL_RECORD: "een afschrift van het medisch dossier",
    },
    on_behalf=" namens {name}",
    your_data="uw persoonsgegevens",
    others_data="de persoonsgegevens van {name}",
    your_file="uw medisch dossier",
    others_file="het medisch dossier van {name}",
    of_your_data="van uw persoonsgegevens",
    of_others_data="van de persoonsgegevens van {name}",
    of_your_file="van uw medisch dossier",
    of_others_file="van het medisch dossier van {name}",
    the_late="wijlen {name}",
    representation={
        Relationship.PARENT: "Wij richten ons tot u als ouder die het ouderlijk gezag uitoefent over {name}.",
        Relationship.GUARDIAN: "Wij richten ons tot u als voogd van {name}.",
        Relationship.MANDATARY: "Wij richten ons tot u als lasthebber van {name}, op grond van de "
        "ondertekende volmacht die u ons hebt bezorgd.",
        Relationship.HEIR: "Wij richten ons tot u als erfgenaam van {name}.",
    },
    access_heading="Informatie over de verwerking (artikel 15 AVG)",
    access_intro="Wij bevestigen dat {controller} {data} verwerkt. Voor elke verwerking vindt u hieronder de "
    "doeleinden en rechtsgrond (a), de categorieën gegevens (b), de ontvangers (c) en de bewaartermijn (d).",
    register_columns=("(a) Doel en rechtsgrond", "(b) Gegevens", "(c) Ontvangers", "(d) Bewaartermijn"),
    access_items={
        "e": "(e) Uw rechten",
        "f": "(f) Klacht",
        "g": "(g) Bron van de gegevens",
        "h": "(h) Geautomatiseerde besluitvorming",
        "transfers": "Doorgifte buiten de Europese Unie (artikel 15.2 AVG)",
        "storage": "Bewaring",
        "copy": "Afschrift (artikel 15.3 en 15.4 AVG)",
    },
    rights_reminder="U kunt ons vragen {data} te rectificeren (artikel 16 AVG) of te wissen (artikel 17 "
    "AVG), de verwerking te beperken (artikel 18 AVG), en u kunt bezwaar maken tegen de verwerking "
    "(artikel 21 AVG). Bezwaar tegen direct marketing wordt altijd ingewilligd.",
    complaint="Meent u dat uw rechten niet werden nageleefd, dan hebt u het recht een klacht in te dienen bij de "
    "toezichthoudende autoriteit:",
    doctolib_note="Een Doctolib-account valt onder de verantwoordelijkheid van Doctolib, niet van {controller}: "
    "de gegevens van een dergelijk account kunnen bij Doctolib worden opgevraagd.",
    copy_note="Het afschrift {of_data} is bijgevoegd; het eerste afschrift is kosteloos. Gegevens van "
    "derden zijn afgeschermd, zodat hun rechten niet worden geschaad.",
    judicial_remedy="U hebt ook het recht op een doeltreffende voorziening in rechte (artikel 79 AVG): u kunt "
    "de zaak aanhangig maken bij de rechter van de lidstaat waar u gewoonlijk verblijft of waar {controller} "
    "gevestigd is.",
    recipients_notified_generic="Wij hebben de ontvangers aan wie de gegevens werden verstrekt hiervan op de "
    "hoogte gebracht, tenzij dat onmogelijk bleek of onevenredig veel inspanning vergde (artikel 19 AVG).",
    recipients_notified_named="Wij hebben de ontvangers aan wie de gegevens werden verstrekt hiervan op de "
    "hoogte gebracht (artikel 19 AVG): {recipients}.",
    refusal_grounds={
        "identity-not-established": "Ondanks ons verzoek om aanvullende gegevens konden wij niet met "
        "voldoende zekerheid vaststellen dat het verzoek uitgaat van de betrokkene of van een persoon die "
        "bevoegd is om namens hem of haar op te treden (artikelen 11.2 en 12.2 AVG). Om de gegevens van "
        "onze patiënten te beschermen, kunnen wij er daarom geen gevolg aan geven.",
        "manifestly-unfounded": "Het verzoek is kennelijk ongegrond in de zin van artikel 12.5 AVG; wij "
        "geven er daarom geen gevolg aan.",
        "excessive": "Het verzoek is buitensporig, met name door zijn herhalend karakter, in de zin van "
        "artikel 12.5 AVG; wij geven er daarom geen gevolg aan.",
    },
    refusal_reason_intro="Toelichting:",
    retention_kept_until="Het medisch dossier wordt bewaard tot {date}: {reason}.",
    retention_no_date="Het medisch dossier wordt bewaard zolang de wettelijke bewaartermijn loopt: {reason}.",
    retention_rules={
        RetentionRule.YEARS_AFTER_LAST_CONSULTATION: "{years} jaar na de laatste raadpleging, op {last}",
        RetentionRule.MINOR_UNTIL_28: "de patiënt was minderjarig bij de raadpleging, zodat het dossier "
        "bewaard wordt tot zijn of haar 28e verjaardag",
        RetentionRule.TEN_YEARS_AFTER_DEATH: "de patiënt is overleden binnen tien jaar na het laatste bezoek, "
        "zodat het dossier tien jaar na het overlijden bewaard wordt",
        RetentionRule.SUSPENDED_BY_CLAIM: "de termijn is opgeschort door een lopende vordering over de medische "
        "aansprakelijkheid",
        RetentionRule.LAST_CONSULTATION_UNKNOWN: "{years} jaar na de laatste raadpleging",
        RetentionRule.BIRTH_DATE_UNKNOWN: "voor een minderjarige patiënt minstens tot de 28e verjaardag",
        RetentionRule.DEATH_DATE_UNKNOWN: "tien jaar na het overlijden wanneer dat binnen tien jaar na het "
        "laatste bezoek plaatsvond",
    },
    retention_ground="Deze bewaring is een wettelijke verplichting en dient de volksgezondheid; zij vormt een "
    "uitzondering op het recht op wissing (artikel 17.3.b en 17.3.c AVG).",
    medical_retention_cell="{years} jaar na de laatste raadpleging (*)",
    medical_retention_notes={
        Jurisdiction.FR: "(*) In Frankrijk worden medische dossiers {years} jaar na de laatste raadpleging bewaard "
        "(artikel R.1112-7 van de Code de la santé publique), waarvan 5 jaar in actieve databanken. Was de patiënt "
        "minderjarig bij de raadpleging, dan wordt het dossier minstens tot zijn of haar 28e verjaardag bewaard; "
        "overlijdt de patiënt minder dan 10 jaar na het laatste bezoek, dan wordt het 10 jaar na het overlijden "
        "bewaard. Elke vordering over de medische aansprakelijkheid schort deze termijnen op.",
        Jurisdiction.BE: "(*) In België worden medische dossiers minstens {years} jaar na het laatste contact met "
        "de patiënt bewaard (artikel 35 van de wet van 22 april 2019 inzake de kwaliteitsvolle praktijkvoering in "
        "de gezondheidszorg). Elke vordering over de medische aansprakelijkheid schort deze termijn op.",
        Jurisdiction.LU: "(*) In Luxemburg worden medische dossiers minstens {years} jaar na de laatste zorg "
        "bewaard (wet van 24 juli 2014 betreffende de rechten en plichten van de patiënt). Elke vordering over de "
        "medische aansprakelijkheid schort deze termijn op.",
    },
    national_deadline_note="Deze verlenging geldt niet voor het medisch dossier zelf, dat u uiterlijk op {date} wordt "
    "bezorgd, zoals vereist door {law}; die wettelijke termijn wordt niet verlengd.",
    answer_by="Wij antwoorden zo spoedig mogelijk en uiterlijk op {date}.",
    extension_possible="Mocht het verzoek complex blijken, dan kan die termijn met twee maanden worden verlengd; wij "
    "zouden u dat dan vóór die datum laten weten, met opgave van de redenen (artikel 12.3 AVG).",
    file_by="Wij bezorgen u {file} zo spoedig mogelijk en uiterlijk op {date}, zoals vereist door {law}.",
    rest_by="Op het overige deel van uw verzoek, dat betrekking heeft op {rights}, antwoorden wij uiterlijk op {date}.",
    rest_extension_possible="Mocht dat deel van het verzoek complex blijken, dan kan die termijn met twee maanden "
    "worden verlengd; wij zouden u dat dan vóór die datum laten weten, met opgave van de redenen (artikel 12.3 "
    "AVG). De wettelijke termijn voor het medisch dossier kan niet worden verlengd.",
    earliest_release_note="Het dossier wordt niet vóór {date} verstuurd (wettelijke bedenktijd).",
    first_copy_free="Het eerste afschrift van het medisch dossier is kosteloos (Hof van Justitie van de EU, "
    "arrest C-307/22 van 26 oktober 2023).",
    identity_items={
        Relationship.SELF: (),
        Relationship.PARENT: ("een bewijs van uw ouderlijk gezag (bijvoorbeeld een uittreksel uit de geboorteakte)",),
        Relationship.GUARDIAN: ("de beslissing waarbij u als voogd werd aangesteld",),
        Relationship.MANDATARY: ("de ondertekende volmacht van de betrokkene",),
        Relationship.HEIR: ("een overlijdensakte",),
    },
    identity_item_id_copy="een kopie van een identiteitsbewijs, waarop u de foto en het rijksregisternummer "
    "mag afschermen; wij bewaren die kopie niet na de controle",
    verification="Om de gegevens van onze patiënten te beschermen, moeten wij er zeker van zijn dat een verzoek "
    "uitgaat van de betrokkene of van iemand die bevoegd is om namens hem of haar op te treden (artikelen"
    " 12.2 en 12.6 AVG). Gelieve ons daarom het volgende te bezorgen:",
    national_laws={
        Jurisdiction.FR: "artikel L.1111-7 van de Franse Code de la santé publique",
        Jurisdiction.BE: "artikel 9 van de wet van 22 augustus 2002 betreffende de rechten van de patiënt",
        Jurisdiction.LU: "de wet van 24 juli 2014 betreffende de rechten en plichten van de patiënt",
    },
)

_FR = Phrases(
    locale="fr_FR",
    subject_label="Objet",
    our_reference_label="Notre référence",
    your_request_label="Demande reçue",
    data_subject_label="Personne concernée",
    deceased_label="Patient décédé",
    enclosures_label="Pièces jointes",
    enclosures_intro="Vous trouverez ci-joint :",
    registered_mention="Lettre recommandée avec accusé de réception",
    place_and_date="{place}, le {date}",
    continued="suite",
    rights={
        Right.ACCESS: "l'accès aux données personnelles (article 15 du RGPD)",
        Right.RECTIFICATION: "la rectification (article 16 du RGPD)",
        Right.ERASURE: "l'effacement (article 17 du RGPD)",
        Right.RESTRICTION: "la limitation du traitement (article 18 du RGPD)",
        Right.OBJECTION: "l'opposition au traitement (article 21 du RGPD)",
        Right.WITHDRAW_CONSENT: "le retrait du consentement (article 7.3 du RGPD)",
        Right.PORTABILITY: "la portabilité des données (article 20 du RGPD)",
        Right.MEDICAL_RECORD: "la communication du dossier médical",
    },
    on_behalf=" au nom de {name}",
    your_data="vos données personnelles",
    others_data="les données personnelles de {name}",
    your_file="votre dossier médical",
    others_file="le dossier médical de {name}",
    of_your_data="de vos données personnelles",
    of_others_data="des données personnelles de {name}",
    of_your_file="de votre dossier médical",
    of_others_file="du dossier médical de {name}",
    the_late="feu {name}",
    representation={
        Relationship.PARENT: "Nous vous répondons en votre qualité de titulaire de l'autorité parentale sur {name}.",
        Relationship.GUARDIAN: "Nous vous répondons en votre qualité de tuteur de {name}.",
        Relationship.MANDATARY: "Nous vous répondons en votre qualité de mandataire de {name}, sur la base du "
        "mandat signé que vous nous avez transmis.",
        Relationship.HEIR: "Nous vous répondons en votre qualité d'ayant droit de {name}.",
    },
    access_heading="Informations sur le traitement (article 15 du RGPD)",
    access_intro="Nous vous confirmons que {controller} traite {data}. Pour chaque traitement figurent ci-dessous "
    "les finalités et la base légale (a), les catégories de données (b), les destinataires (c) et la durée de "
    "conservation (d).",
    register_columns=("(a) Finalité et base légale", "(b) Données", "(c) Destinataires", "(d) Conservation"),
    access_items={
        "e": "(e) Vos droits",
        "f": "(f) Réclamation",
        "g": "(g) Source des données",
        "h": "(h) Décision automatisée",
        "transfers": "Transferts hors de l'Union européenne (article 15.2 du RGPD)",
        "storage": "Hébergement",
        "copy": "Copie (article 15.3 et 15.4 du RGPD)",
    },
    rights_reminder="Vous pouvez nous demander la rectification (article 16 du RGPD) ou l'effacement (article "
    "17 du RGPD) {of_data}, la limitation du traitement (article 18 du RGPD), et vous opposer au "
    "traitement (article 21 du RGPD). L'opposition à la prospection commerciale est toujours accueillie.",
    complaint="Si vous estimez que vos droits ne sont pas respectés, vous avez le droit d'introduire une "
    "réclamation auprès de l'autorité de contrôle :",
    doctolib_note="Un compte Doctolib relève de la responsabilité de Doctolib et non de {controller} : les "
    "données d'un tel compte peuvent être demandées à Doctolib.",
    copy_note="La copie {of_data} est jointe ; la première copie est gratuite. Les données concernant des "
    "tiers ont été occultées afin de ne pas porter atteinte à leurs droits.",
    judicial_remedy="Vous disposez également du droit à un recours juridictionnel effectif (article 79 du "
    "RGPD) : vous pouvez saisir les juridictions de l'État membre de votre résidence habituelle ou de celui "
    "où {controller} est établie.",
    recipients_notified_generic="Nous en avons informé les destinataires auxquels les données avaient été "
    "communiquées, sauf si cela s'est révélé impossible ou a exigé des efforts disproportionnés (article 19 "
    "du RGPD).",
    recipients_notified_named="Nous en avons informé les destinataires auxquels les données avaient été "
    "communiquées (article 19 du RGPD) : {recipients}.",
    refusal_grounds={
        "identity-not-established": "Malgré notre demande d'informations complémentaires, nous n'avons pas pu "
        "établir avec une certitude suffisante que la demande émane de la personne concernée ou d'une "
        "personne habilitée à agir en son nom (articles 11.2 et 12.2 du RGPD). Afin de protéger les données "
        "de nos patients, nous ne pouvons donc pas y donner suite.",
        "manifestly-unfounded": "La demande est manifestement infondée au sens de l'article 12.5 du RGPD ; "
        "nous refusons donc d'y donner suite.",
        "excessive": "La demande est excessive, notamment en raison de son caractère répétitif, au sens de "
        "l'article 12.5 du RGPD ; nous refusons donc d'y donner suite.",
    },
    refusal_reason_intro="Précisions :",
    retention_kept_until="Le dossier médical est conservé jusqu'au {date} : {reason}.",
    retention_no_date="Le dossier médical est conservé pendant la durée légale de conservation : {reason}.",
    retention_rules={
        RetentionRule.YEARS_AFTER_LAST_CONSULTATION: "{years} ans à compter de la dernière consultation, le {last}",
        RetentionRule.MINOR_UNTIL_28: "le patient était mineur lors de la consultation ; le dossier est donc "
        "conservé jusqu'à son vingt-huitième anniversaire",
        RetentionRule.TEN_YEARS_AFTER_DEATH: "le patient est décédé moins de dix ans après sa dernière visite ; "
        "le dossier est donc conservé dix ans à compter du décès",
        RetentionRule.SUSPENDED_BY_CLAIM: "le délai est suspendu par un recours mettant en cause la "
        "responsabilité médicale",
        RetentionRule.LAST_CONSULTATION_UNKNOWN: "{years} ans à compter de la dernière consultation",
        RetentionRule.BIRTH_DATE_UNKNOWN: "pour un patient mineur, au moins jusqu'à son vingt-huitième anniversaire",
        RetentionRule.DEATH_DATE_UNKNOWN: "dix ans à compter du décès lorsque celui-ci est survenu moins de "
        "dix ans après la dernière visite",
    },
    retention_ground="Cette conservation résulte d'une obligation légale et répond à un motif d'intérêt public "
    "dans le domaine de la santé publique ; elle constitue une exception au droit à l'effacement (article "
    "17.3.b et 17.3.c du RGPD).",
    medical_retention_cell="{years} ans après la dernière consultation (*)",
    medical_retention_notes={
        Jurisdiction.FR: "(*) En France, les dossiers médicaux sont conservés {years} ans après la dernière "
        "consultation (article R.1112-7 du Code de la santé publique), dont 5 ans en base active. Si le patient "
        "était mineur lors de la consultation, le dossier est conservé au moins jusqu'à son vingt-huitième "
        "anniversaire ; si le patient décède moins de 10 ans après sa dernière visite, il est conservé 10 ans à "
        "compter du décès. Tout recours mettant en cause la responsabilité médicale suspend ces délais.",
        Jurisdiction.BE: "(*) En Belgique, les dossiers médicaux sont conservés au moins {years} ans après le dernier "
        "contact avec le patient (article 35 de la loi du 22 avril 2019 relative à la qualité de la pratique des "
        "soins de santé). Tout recours mettant en cause la responsabilité médicale suspend ce délai.",
        Jurisdiction.LU: "(*) Au Luxembourg, les dossiers médicaux sont conservés au moins {years} ans après la "
        "dernière prise en charge (loi du 24 juillet 2014 relative aux droits et obligations du patient). Tout "
        "recours mettant en cause la responsabilité médicale suspend ce délai.",
    },
    national_deadline_note="Cette prolongation ne concerne pas le dossier médical lui-même, qui vous sera communiqué "
    "au plus tard le {date}, comme l'exige {law} ; ce délai légal n'est pas prolongé.",
    answer_by="Nous y répondrons dans les meilleurs délais et au plus tard le {date}.",
    extension_possible="Si la demande se révèle complexe, ce délai pourra être prolongé de deux mois ; nous vous en "
    "informerions alors avant cette date, en vous indiquant les motifs (article 12.3 du RGPD).",
    file_by="Nous vous communiquerons {file} dans les meilleurs délais et au plus tard le {date}, comme l'exige {law}.",
    rest_by="Pour le reste de votre demande, qui porte sur {rights}, nous vous répondrons au plus tard le {date}.",
    rest_extension_possible="Si cette partie de la demande se révèle complexe, ce délai pourra être prolongé de deux "
    "mois ; nous vous en informerions alors avant cette date, en vous indiquant les motifs (article 12.3 du "
    "RGPD). Le délai légal de communication du dossier médical ne peut, lui, être prolongé.",
    earliest_release_note="Il ne sera pas envoyé avant le {date} (délai de réflexion légal de quarante-huit heures).",
    first_copy_free="La première copie du dossier médical est gratuite (Cour de justice de l'Union européenne, "
    "arrêt C-307/22 du 26 octobre 2023).",
    identity_items={
        Relationship.SELF: (),
        Relationship.PARENT: (
            "un justificatif de votre autorité parentale (par exemple le livret de famille ou un extrait "
            "d'acte de naissance)",
        ),
        Relationship.GUARDIAN: ("la décision vous désignant comme tuteur",),
        Relationship.MANDATARY: ("le mandat signé de la personne concernée",),
        Relationship.HEIR: ("un acte de décès",),
    },
    identity_item_id_copy="une copie d'une pièce d'identité, sur laquelle vous pouvez masquer la photo et le "
    "numéro de la pièce ; nous ne la conserverons pas après la vérification",
    verification="Afin de protéger les données de nos patients, nous devons nous assurer qu'une demande émane de la "
    "personne concernée ou d'une personne habilitée à agir en son nom (articles 12.2 et 12.6 du RGPD). "
    "Nous vous remercions donc de nous adresser :",
    national_laws={
        Jurisdiction.FR: "l'article L.1111-7 du Code de la santé publique",
        Jurisdiction.BE: "l'article 9 de la loi du 22 août 2002 relative aux droits du patient",
        Jurisdiction.LU: "la loi du 24 juillet 2014 relative aux droits et obligations du patient",
    },
)

_EN = Phrases(
    locale="en_GB",
    subject_label="Subject",
    our_reference_label="Our reference",
    your_request_label="Request received",
    data_subject_label="Data subject",
    deceased_label="Deceased patient",
    enclosures_label="Enclosures",
    enclosures_intro="Enclosed with this letter:",
    registered_mention="By registered post",
    place_and_date="{place}, {date}",
    continued="continued",
    rights={
        Right.ACCESS: "access to the personal data (Article 15 GDPR)",
        Right.RECTIFICATION: "rectification (Article 16 GDPR)",
        Right.ERASURE: "erasure (Article 17 GDPR)",
        Right.RESTRICTION: "restriction of processing (Article 18 GDPR)",
        Right.OBJECTION: "objection to processing (Article 21 GDPR)",
        Right.WITHDRAW_CONSENT: "withdrawal of consent (Article 7(3) GDPR)",
        Right.PORTABILITY: "data portability (Article 20 GDPR)",
        Right.MEDICAL_RECORD: "a copy of the medical file",
    },
    on_behalf=" on behalf of {name}",
    your_data="your personal data",
    others_data="the personal data of {name}",
    your_file="your medical file",
    others_file="the medical file of {name}",
    of_your_data="of your personal data",
    of_others_data="of the personal data of {name}",
    of_your_file="of your medical file",
    of_others_file="of the medical file of {name}",
    the_late="the late {name}",
    representation={
        Relationship.PARENT: "We are writing to you as the holder of parental authority over {name}.",
        Relationship.GUARDIAN: "We are writing to you as the legal guardian of {name}.",
        Relationship.MANDATARY: "We are writing to you as the representative of {name}, under the signed "
        "mandate you sent us.",
        Relationship.HEIR: "We are writing to you as an heir of {name}.",
    },
    access_heading="Information about the processing (Article 15 GDPR)",
    access_intro="We confirm that {controller} processes {data}. For each processing, the table below gives the "
    "purposes and legal basis (a), the categories of data (b), the recipients (c) and the retention period (d).",
    register_columns=("(a) Purpose and legal basis", "(b) Data", "(c) Recipients", "(d) Retention"),
    access_items={
        "e": "(e) Your rights",
        "f": "(f) Complaint",
        "g": "(g) Source of the data",
        "h": "(h) Automated decisions",
        "transfers": "Transfers outside the European Union (Article 15(2) GDPR)",
        "storage": "Storage",
        "copy": "Copy (Article 15(3) and 15(4) GDPR)",
    },
    rights_reminder="You may ask us to rectify (Article 16 GDPR) or erase (Article 17 GDPR) {data} or to "
    "restrict their processing (Article 18 GDPR), and you may object to the processing (Article 21 GDPR). An "
    "objection to direct marketing is always upheld.",
    complaint="If you consider that your rights have not been respected, you have the right to lodge a complaint "
    "with the supervisory authority:",
    doctolib_note="A Doctolib account is the responsibility of Doctolib, not of {controller}: the data of such "
    "an account may be requested from Doctolib.",
    copy_note="A copy {of_data} is enclosed; the first copy is free of charge. Data about other people has "
    "been redacted so as not to affect their rights.",
    judicial_remedy="You also have the right to an effective judicial remedy (Article 79 GDPR): you may bring "
    "proceedings before the courts of the Member State where you habitually reside or where {controller} is "
    "established.",
    recipients_notified_generic="We have informed the recipients to whom the data had been disclosed, unless "
    "this proved impossible or involved disproportionate effort (Article 19 GDPR).",
    recipients_notified_named="We have informed the recipients to whom the data had been disclosed (Article "
    "19 GDPR): {recipients}.",
    refusal_grounds={
        "identity-not-established": "Despite our request for further information, we have not been able to "
        "establish with sufficient certainty that the request comes from the data subject or from a person "
        "entitled to act on their behalf (Articles 11(2) and 12(2) GDPR). To protect our patients' data, we "
        "therefore cannot act on it.",
        "manifestly-unfounded": "The request is manifestly unfounded within the meaning of Article 12(5) GDPR; "
        "we therefore refuse to act on it.",
        "excessive": "The request is excessive, in particular because of its repetitive character, within the "
        "meaning of Article 12(5) GDPR; we therefore refuse to act on it.",
    },
    refusal_reason_intro="In particular:",
    retention_kept_until="The medical file is kept until {date}: {reason}.",
    retention_no_date="The medical file is kept for the legal retention period: {reason}.",
    retention_rules={
        RetentionRule.YEARS_AFTER_LAST_CONSULTATION: "{years} years after the last consultation, on {last}",
        RetentionRule.MINOR_UNTIL_28: "the patient was a minor at the consultation, so the file is kept until "
        "their 28th birthday",
        RetentionRule.TEN_YEARS_AFTER_DEATH: "the patient died less than ten years after the last visit, so "
        "the file is kept ten years after the death",
        RetentionRule.SUSPENDED_BY_CLAIM: "the period is suspended by a pending claim concerning medical liability",
        RetentionRule.LAST_CONSULTATION_UNKNOWN: "{years} years after the last consultation",
        RetentionRule.BIRTH_DATE_UNKNOWN: "for a patient who was a minor, at least until their 28th birthday",
        RetentionRule.DEATH_DATE_UNKNOWN: "ten years after the death where it occurred less than ten years "
        "after the last visit",
    },
    retention_ground="This retention is a legal obligation and serves public health; it is an exception to "
    "the right to erasure (Article 17(3)(b) and (c) GDPR).",
    medical_retention_cell="{years} years after the last consultation (*)",
    medical_retention_notes={
        Jurisdiction.FR: "(*) In France, medical files are kept {years} years after the last consultation (Article "
        "R.1112-7 of the Public Health Code), 5 of them in active files. If the patient was a minor at the "
        "consultation, the file is kept at least until their 28th birthday; if the patient dies less than 10 "
        "years after the last visit, it is kept 10 years after the death. Any claim concerning medical liability "
        "suspends these periods.",
        Jurisdiction.BE: "(*) In Belgium, medical files are kept at least {years} years after the last contact with "
        "the patient (Article 35 of the Act of 22 April 2019 on the quality of healthcare practice). Any claim "
        "concerning medical liability suspends this period.",
        Jurisdiction.LU: "(*) In Luxembourg, medical files are kept at least {years} years after the last care "
        "(Act of 24 July 2014 on patients' rights and obligations). Any claim concerning medical liability "
        "suspends this period.",
    },
    national_deadline_note="This extension does not apply to the medical file itself, which will be sent to you by "
    "{date} at the latest, as {law} requires; that legal period is not extended.",
    answer_by="We will answer without undue delay and at the latest by {date}.",
    extension_possible="Should the request prove complex, this period may be extended by two further months; we "
    "would then inform you before that date and give you the reasons (Article 12(3) GDPR).",
    file_by="We will send you {file} without undue delay and at the latest by {date}, as {law} requires.",
    rest_by="We will answer the rest of your request, which concerns {rights}, at the latest by {date}.",
    rest_extension_possible="Should that part of the request prove complex, this period may be extended by two "
    "further months; we would then inform you before that date and give you the reasons (Article 12(3) GDPR). "
    "The legal period for the medical file cannot be extended.",
    earliest_release_note="It will not be sent before {date} (the legal reflection period of 48 hours).",
    first_copy_free="The first copy of the medical file is free of charge (Court of Justice of the EU, "
    "judgment C-307/22 of 26 October 2023).",
    identity_items={
        Relationship.SELF: (),
        Relationship.PARENT: ("proof of your parental authority (for example a birth certificate)",),
        Relationship.GUARDIAN: ("the decision appointing you as guardian",),
        Relationship.MANDATARY: ("the mandate signed by the data subject",),
        Relationship.HEIR: ("a death certificate",),
    },
    identity_item_id_copy="a copy of an identity document, on which you may hide the photograph and the "
    "document number; we will not keep it after the check",
    verification="To protect the data of our patients, we must be sure that a request comes from the person concerned "
    "or from someone entitled to act on their behalf (Articles 12(2) and 12(6) GDPR). We therefore ask "
    "you to send us:",
    national_laws={
        Jurisdiction.FR: "Article L.1111-7 of the French Public Health Code",
        Jurisdiction.BE: "Article 9 of the Belgian Patients' Rights Act of 22 August 2002",
        Jurisdiction.LU: "the Luxembourg Act of 24 July 2014 on patients' rights and obligations",
    },
)

PHRASES: Mapping[Language, Phrases] = {Language.NL: _NL, Language.FR: _FR, Language.EN: _EN}


def phrases(language: Language) -> Phrases:
    return PHRASES[language]


_FRENCH_VOWELS = frozenset("AEIOUYÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouyàâäæéèêëîïôöœùûü")


def with_name(phrase: str, name: str, language: Language) -> str:
    """``phrase`` with ``{name}`` filled in, eliding French "de" before a vowel: "au nom d'Anaïs Martin"."""
    if language is Language.FR and name[:1] in _FRENCH_VOWELS:
        phrase = phrase.replace("de {name}", "d'{name}")
    return phrase.format(name=name)


def long_date(day: date, language: Language) -> str:
    """A date written out: "5 maart 2026", "1er avril 2026", "5 March 2026"."""
    text = format_date(day, format="long", locale=PHRASES[language].locale)
    if language is Language.FR and day.day == 1:
        # French writes the first day of a month as an ordinal: "le 1er avril".
        text = "1er" + text[1:]
    return text


def place_and_date(place: str, day: date, language: Language) -> str:
    """The line above the subject: "Paris, le 5 mars 2026", "Parijs, 5 maart 2026", "Paris, 5 March 2026"."""
    return PHRASES[language].place_and_date.format(place=place, date=long_date(day, language))


def join_list(items: Sequence[str], language: Language) -> str:
    """Items joined as the language does it: "a, b et c"."""
    if not items:
        return ""
    return format_list(list(items), locale=PHRASES[language].locale)
