<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the person who decided must be recorded</source>
        <translation>la personne qui a décidé doit être indiquée</translation>
    </message>
    <message>
        <source>the checks do not establish identity yet, it cannot be &apos;verified&apos;</source>
        <translation>les vérifications n&apos;établissent pas encore l&apos;identité&#xa0;: elle ne peut pas être déclarée «&#xa0;vérifiée&#xa0;»</translation>
    </message>
    <message>
        <source>a request can be declined only after asking the requester once (GDPR Art 11(2), 12(2))</source>
        <translation>une demande ne peut être déclinée qu&apos;après avoir sollicité le demandeur une fois (art. 11, par. 2, et 12, par. 2, RGPD)</translation>
    </message>
    <message>
        <source>the checks establish identity; nothing more may be asked (GDPR Art 12(6))</source>
        <translation>les vérifications établissent l&apos;identité&#x202f;; rien de plus ne peut être demandé (art. 12, par. 6, RGPD)</translation>
    </message>
    <message>
        <source>the file establishes identity, no identity document may be kept</source>
        <translation>le dossier établit l&apos;identité&#xa0;: aucune pièce d&apos;identité ne peut être conservée</translation>
    </message>
    <message>
        <source>expected a text or an object with &apos;nl&apos;, &apos;fr&apos; and &apos;en&apos;</source>
        <translation>un texte, ou un objet avec «&#xa0;nl&#xa0;», «&#xa0;fr&#xa0;» et «&#xa0;en&#xa0;», est attendu</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; text must be a string</source>
        <translation>le texte «&#xa0;{code}&#xa0;» doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>expected a list of lines</source>
        <translation>une liste de lignes est attendue</translation>
    </message>
    <message>
        <source>expected a distance in millimetres between 0 and 297</source>
        <translation>une distance en millimètres entre 0 et 297 est attendue</translation>
    </message>
    <message>
        <source>expected a file path</source>
        <translation>un chemin de fichier est attendu</translation>
    </message>
    <message>
        <source>unknown window side {value} (known: {known})</source>
        <translation>côté de fenêtre inconnu {value} (valeurs connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>a processing activity needs a &apos;key&apos;</source>
        <translation>une activité de traitement doit avoir une clé («&#xa0;key&#xa0;»)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>attendu : vrai ou faux</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>expected a list of processing activities</source>
        <translation>une liste d&apos;activités de traitement est attendue</translation>
    </message>
    <message>
        <source>a new case must be verified or worked on before it is answered or closed</source>
        <translation>une nouvelle demande doit être vérifiée ou traitée avant d’être répondue ou clôturée</translation>
    </message>
    <message>
        <source>identity must be settled (verified, awaited or refused) before the case is answered</source>
        <translation>l’identité doit être établie (vérifiée, attendue ou refusée) avant que la demande soit répondue</translation>
    </message>
    <message>
        <source>while the requester&apos;s reply is awaited the case can only resume, be refused or be withdrawn (GDPR Art 12(2), 12(6))</source>
        <translation>tant que la réponse du demandeur est attendue, la demande peut seulement reprendre, être refusée ou être retirée (art. 12, par. 2 et 6, RGPD)</translation>
    </message>
    <message>
        <source>a case in progress cannot be closed before it is answered</source>
        <translation>une demande en cours ne peut pas être clôturée avant d’avoir reçu une réponse</translation>
    </message>
    <message>
        <source>an answered case can only be closed, or reopened to work on it again</source>
        <translation>une demande répondue peut seulement être clôturée, ou rouverte pour être traitée à nouveau</translation>
    </message>
    <message>
        <source>a refused request can only be closed; a new request opens a new case</source>
        <translation>une demande refusée peut seulement être clôturée&#x202f;; une nouvelle demande ouvre un nouveau dossier</translation>
    </message>
    <message>
        <source>a withdrawn request can only be closed</source>
        <translation>une demande retirée peut seulement être clôturée</translation>
    </message>
    <message>
        <source>a referred request can only be closed</source>
        <translation>une demande transmise peut seulement être clôturée</translation>
    </message>
    <message>
        <source>a closed case is final: a new request opens a new case</source>
        <translation>une demande clôturée est définitive&#xa0;: une nouvelle demande ouvre un nouveau dossier</translation>
    </message>
    <message>
        <source>the case is already &apos;{status}&apos;</source>
        <translation>la demande est déjà «&#x202f;{status}&#x202f;»</translation>
    </message>
    <message>
        <source>cannot move a case from &apos;{current}&apos; to &apos;{target}&apos;: {why}</source>
        <translation>impossible de passer une demande de «&#x202f;{current}&#x202f;» à «&#x202f;{target}&#x202f;»&#xa0;: {why}</translation>
    </message>
    <message>
        <source>the data subject&apos;s name is required</source>
        <translation>le nom de la personne concernée est obligatoire</translation>
    </message>
    <message>
        <source>at least one right must be invoked</source>
        <translation>au moins un droit doit être invoqué</translation>
    </message>
    <message>
        <source>a right is listed twice</source>
        <translation>un droit figure deux fois</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>le {day} est dans le futur</translation>
    </message>
    <message>
        <source>{day} is not between {first} and {last}</source>
        <translation>le {day} n&apos;est pas compris entre {first} et {last}</translation>
    </message>
    <message>
        <source>{day} is before {first}</source>
        <translation>le {day} est antérieur à {first}</translation>
    </message>
    <message>
        <source>{count} characters, more than the {limit} allowed</source>
        <translation>{count} caractères, plus que les {limit} permis</translation>
    </message>
    <message>
        <source>the name of who holds the case must be one line of printable characters</source>
        <translation>le nom de la personne chargée de la demande doit tenir sur une ligne de caractères imprimables</translation>
    </message>
    <message>
        <source>{count} lines, more than the {limit} allowed</source>
        <translation>{count} lignes, plus que les {limit} permises</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} n&apos;est pas compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>a request cannot be complete before it is received</source>
        <translation>une demande ne peut pas être complète avant d’être reçue</translation>
    </message>
    <message>
        <source>the answer cannot precede the request</source>
        <translation>la réponse ne peut pas précéder la demande</translation>
    </message>
    <message>
        <source>a case cannot be closed before it is received</source>
        <translation>une demande ne peut pas être clôturée avant d’être reçue</translation>
    </message>
    <message>
        <source>a case awaiting the requester needs the day the information was asked for</source>
        <translation>une demande en attente du demandeur doit indiquer le jour où les informations ont été demandées</translation>
    </message>
    <message>
        <source>the information cannot be asked for before the request was received</source>
        <translation>les informations ne peuvent pas être demandées avant la réception de la demande</translation>
    </message>
    <message>
        <source>a case that is {status} needs the date it was answered</source>
        <translation>une demande au statut «&#x202f;{status}&#x202f;» doit indiquer la date de la réponse</translation>
    </message>
    <message>
        <source>a closed case needs the date it was closed</source>
        <translation>une demande clôturée doit indiquer la date de clôture</translation>
    </message>
    <message>
        <source>the extension cannot be notified before the request was received</source>
        <translation>la prolongation ne peut pas être notifiée avant la réception de la demande</translation>
    </message>
    <message>
        <source>the person is born after the request was received</source>
        <translation>la personne est née après la réception de la demande</translation>
    </message>
    <message>
        <source>a date of death is given but the person is not marked deceased</source>
        <translation>une date de décès est indiquée mais la personne n’est pas marquée comme décédée</translation>
    </message>
    <message>
        <source>the person died before being born</source>
        <translation>la date de décès précède la date de naissance</translation>
    </message>
    <message>
        <source>the name of the person asking on the subject&apos;s behalf is required</source>
        <translation>le nom de la personne qui agit pour le compte de la personne concernée est obligatoire</translation>
    </message>
    <message>
        <source>an heir asks for a deceased person; mark the subject deceased</source>
        <translation>un héritier agit pour une personne décédée&#x202f;; marquez la personne concernée comme décédée</translation>
    </message>
    <message>
        <source>an extension needs its reasons (GDPR Art 12(3))</source>
        <translation>une prolongation doit être motivée (art. 12, par. 3, RGPD)</translation>
    </message>
    <message>
        <source>an outcome for a right that was not invoked</source>
        <translation>une issue pour un droit qui n’a pas été invoqué</translation>
    </message>
    <message>
        <source>a refusal or partial grant needs its ground (GDPR Art 12(4))</source>
        <translation>un refus ou une acceptation partielle doit être motivé (art. 12, par. 4, RGPD)</translation>
    </message>
    <message>
        <source>the recipient has no name</source>
        <translation>le destinataire n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the recipient has no postal address: the letter cannot go by post</source>
        <translation>le destinataire n&apos;a pas d&apos;adresse postale&#xa0;: le courrier ne peut pas partir par la poste</translation>
    </message>
    <message>
        <source>the address has {count} lines; at most {most} fit (NF Z10-011): lines were joined</source>
        <translation>l&apos;adresse compte {count} lignes&#x202f;; {most} au plus tiennent (NF Z10-011)&#xa0;: des lignes ont été fusionnées</translation>
    </message>
    <message>
        <source>1 address line longer than {length} characters (NF Z10-011)</source>
        <translation>1 ligne d&apos;adresse de plus de {length} caractères (NF Z10-011)</translation>
    </message>
    <message>
        <source>{count} address lines longer than {length} characters (NF Z10-011)</source>
        <translation>{count} lignes d&apos;adresse de plus de {length} caractères (NF Z10-011)</translation>
    </message>
    <message>
        <source>the last line should start with the postcode, then the town: {line}</source>
        <translation>la dernière ligne devrait commencer par le code postal, puis la ville&#xa0;: {line}</translation>
    </message>
    <message>
        <source>the centre is in {country}: a letter posted from France to a recipient abroad needs the country on the last line</source>
        <translation>pays du centre&#xa0;: {country}&#x202f;; un courrier posté en France pour un destinataire à l&apos;étranger doit porter le pays sur la dernière ligne</translation>
    </message>
    <message>
        <source>the logo image {path} cannot be read ({fault}): it is left out</source>
        <translation>l&apos;image du logo {path} est illisible ({fault})&#xa0;: elle est omise</translation>
    </message>
    <message>
        <source>the signature image {path} cannot be read ({fault}): it is left out</source>
        <translation>l&apos;image de la signature {path} est illisible ({fault})&#xa0;: elle est omise</translation>
    </message>
    <message>
        <source>the case has no reference yet: save it before sending the letter</source>
        <translation>la demande n&apos;a pas encore de référence&#xa0;: enregistrez-la avant d&apos;envoyer le courrier</translation>
    </message>
    <message>
        <source>a Luxembourg relative&apos;s access rests on art. 36 of the law of 28 August 1998 on hospital establishments; the patients&apos; rights law of 24 July 2014 is not verified: have the letter reviewed before it goes out</source>
        <translation>l&apos;accès d&apos;un proche au Luxembourg repose sur l&apos;art. 36 de la loi du 28 août 1998 sur les établissements hospitaliers&#x202f;; la loi du 24 juillet 2014 relative aux droits du patient n&apos;a pas été vérifiée&#xa0;: faites relire le courrier avant son envoi</translation>
    </message>
    <message>
        <source>{placeholder} is a block and must stand alone in its paragraph</source>
        <translation>{placeholder} est un bloc et doit être seul dans son paragraphe</translation>
    </message>
    <message>
        <source>no designated practitioner is recorded: record the practitioner the relative designated (name and address)</source>
        <translation>aucun praticien désigné n&apos;est enregistré&#xa0;: enregistrez le praticien que le proche a désigné (nom et adresse)</translation>
    </message>
    <message>
        <source>the extension notice had to go out by {day} (within the first month, GDPR Art 12(3))</source>
        <translation>l&apos;avis de prolongation devait partir au plus tard le {day} (dans le premier mois, art. 12, par. 3, RGPD)</translation>
    </message>
    <message>
        <source>an extension notice must give its reasons (GDPR Art 12(3)): record the reason for the extension on the case or type it for this letter</source>
        <translation>un avis de prolongation doit être motivé (art. 12, par. 3, RGPD)&#xa0;: enregistrez le motif de la prolongation dans la demande ou saisissez-le pour ce courrier</translation>
    </message>
    <message>
        <source>the end of retention of the medical file cannot be computed: {explanation}</source>
        <translation>la fin de la conservation du dossier médical ne peut pas être calculée&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>a refusal must state its ground (GDPR Art 12(4)): identity not established (Art 11(2), 12(2)), or a manifestly unfounded or excessive request (Art 12(5))</source>
        <translation>un refus doit indiquer son motif (art. 12, par. 4, RGPD)&#xa0;: identité non établie (art. 11, par. 2, et 12, par. 2), ou demande manifestement infondée ou excessive (art. 12, par. 5)</translation>
    </message>
    <message>
        <source>the letter states the retention rule without an end date: {explanation}</source>
        <translation>le courrier énonce la règle de conservation sans date de fin&#xa0;: {explanation}</translation>
    </message>
    <message>
        <source>the medical file was due by {day} ({law}): the letter does not promise that date; send the file now</source>
        <translation>le dossier médical devait être communiqué au plus tard le {day} ({law})&#xa0;: le courrier ne promet pas cette date&#x202f;; envoyez le dossier maintenant</translation>
    </message>
    <message>
        <source>font {name} is missing from {folder}</source>
        <translation>la police {name} manque dans {folder}</translation>
    </message>
    <message>
        <source>the addressee: the requester, or the representative who wrote</source>
        <translation>le destinataire&#xa0;: le demandeur, ou le représentant qui a écrit</translation>
    </message>
    <message>
        <source>the opening line for the addressee&apos;s title: &apos;Maître,&apos;, &apos;Geachte dokter,&apos; …</source>
        <translation>la formule d&apos;appel selon le titre du destinataire&#xa0;: «&#xa0;Maître,&#xa0;», «&#xa0;Geachte dokter,&#xa0;»…</translation>
    </message>
    <message>
        <source>the closing formula; in French it repeats the form of address</source>
        <translation>la formule de politesse&#x202f;; en français, elle reprend la formule d&apos;appel</translation>
    </message>
    <message>
        <source>the name of the person who asked (the relative, for a practitioner)</source>
        <translation>le nom de la personne qui a fait la demande (le proche, pour un praticien)</translation>
    </message>
    <message>
        <source>the data subject as &apos;the late …&apos; once they have died</source>
        <translation>la personne concernée, «&#xa0;feu …&#xa0;» après son décès</translation>
    </message>
    <message>
        <source>the practitioner a relative designated (Belgium, Luxembourg)</source>
        <translation>le praticien désigné par un proche (Belgique, Luxembourg)</translation>
    </message>
    <message>
        <source>the data subject&apos;s name</source>
        <translation>le nom de la personne concernée</translation>
    </message>
    <message>
        <source>the case reference (DSAR-2026-0001)</source>
        <translation>la référence de la demande (DSAR-2026-0001)</translation>
    </message>
    <message>
        <source>the date the request was received, written out</source>
        <translation>la date de réception de la demande, en toutes lettres</translation>
    </message>
    <message>
        <source>the date of the letter, written out</source>
        <translation>la date du courrier, en toutes lettres</translation>
    </message>
    <message>
        <source>the date the answer is due (the governing deadline), written out</source>
        <translation>la date à laquelle la réponse est due (le délai applicable), en toutes lettres</translation>
    </message>
    <message>
        <source>the end of the first month (GDPR Art 12(3)), written out</source>
        <translation>la fin du premier mois (art. 12, par. 3, RGPD), en toutes lettres</translation>
    </message>
    <message>
        <source>the extended deadline: receipt + 3 months (GDPR Art 12(3)), written out</source>
        <translation>le délai prolongé&#xa0;: réception + 3 mois (art. 12, par. 3, RGPD), en toutes lettres</translation>
    </message>
    <message>
        <source>the reasons for the extension</source>
        <translation>les motifs de la prolongation</translation>
    </message>
    <message>
        <source>&apos; on behalf of &lt;data subject&gt;&apos; when a representative wrote, else nothing</source>
        <translation>«&#xa0; pour le compte de &lt;personne concernée&gt;&#xa0;» quand un représentant a écrit, sinon rien</translation>
    </message>
    <message>
        <source>&apos;your personal data&apos;, or &apos;the personal data of &lt;data subject&gt;&apos;</source>
        <translation>«&#xa0;vos données personnelles&#xa0;», ou «&#xa0;les données personnelles de &lt;personne concernée&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;your medical file&apos;, or &apos;the medical file of &lt;data subject&gt;&apos;</source>
        <translation>«&#xa0;votre dossier médical&#xa0;», ou «&#xa0;le dossier médical de &lt;personne concernée&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;of your personal data&apos;, or &apos;of the personal data of &lt;data subject&gt;&apos;</source>
        <translation>«&#xa0;de vos données personnelles&#xa0;», ou «&#xa0;des données personnelles de &lt;personne concernée&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;of your medical file&apos;, or &apos;of the medical file of &lt;data subject&gt;&apos;</source>
        <translation>«&#xa0;de votre dossier médical&#xa0;», ou «&#xa0;du dossier médical de &lt;personne concernée&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>the rights invoked, as a list in words</source>
        <translation>les droits invoqués, énumérés en toutes lettres</translation>
    </message>
    <message>
        <source>the controller (BS GROUPE)</source>
        <translation>le responsable du traitement (BS GROUPE)</translation>
    </message>
    <message>
        <source>the DPO&apos;s name</source>
        <translation>le nom du DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s title</source>
        <translation>le titre du DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s e-mail address</source>
        <translation>l&apos;adresse e-mail du DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s postal address on one line</source>
        <translation>l&apos;adresse postale du DPO sur une ligne</translation>
    </message>
    <message>
        <source>the competent supervisory authority</source>
        <translation>l&apos;autorité de contrôle compétente</translation>
    </message>
    <message>
        <source>the end of retention of the medical file, written out</source>
        <translation>la fin de la conservation du dossier médical, en toutes lettres</translation>
    </message>
    <message>
        <source>the national patient-rights law of the centre&apos;s country</source>
        <translation>la loi nationale sur les droits des patients du pays du centre</translation>
    </message>
    <message>
        <source>why proof is asked, with its legal ground (a deceased patient&apos;s relative: the national rule)</source>
        <translation>pourquoi des justificatifs sont demandés, avec leur fondement (pour le proche d&apos;un patient décédé&#xa0;: la règle nationale)</translation>
    </message>
    <message>
        <source>the paragraphs typed for this letter (nothing when none)</source>
        <translation>les paragraphes saisis pour ce courrier (rien s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>the list of enclosed documents</source>
        <translation>la liste des documents joints</translation>
    </message>
    <message>
        <source>in what capacity the representative is written to (nothing for the person)</source>
        <translation>en quelle qualité le représentant est destinataire (rien pour la personne elle-même)</translation>
    </message>
    <message>
        <source>the national rule a deceased patient&apos;s relatives rely on, with an heir&apos;s purpose</source>
        <translation>la règle nationale dont se prévalent les proches d&apos;un patient décédé, avec l&apos;objectif de l&apos;ayant droit</translation>
    </message>
    <message>
        <source>the Art 15(1)(a)-(h) and 15(2) information from the processing register</source>
        <translation>les informations de l&apos;art. 15, par. 1, a) à h), et par. 2, tirées du registre des traitements</translation>
    </message>
    <message>
        <source>what the requester must send (identity request)</source>
        <translation>ce que le demandeur doit envoyer (demande de justificatifs d&apos;identité)</translation>
    </message>
    <message>
        <source>the right to complain, with the authority&apos;s name and address</source>
        <translation>le droit d&apos;introduire une réclamation, avec le nom et l&apos;adresse de l&apos;autorité</translation>
    </message>
    <message>
        <source>the right to a judicial remedy (GDPR Art 79)</source>
        <translation>le droit à un recours juridictionnel (art. 79 RGPD)</translation>
    </message>
    <message>
        <source>why the request is refused (ground and explanation)</source>
        <translation>pourquoi la demande est refusée (motif et explication)</translation>
    </message>
    <message>
        <source>until when the medical file is kept, and why (Art 17(3)(b)/(c))</source>
        <translation>jusqu&apos;à quand le dossier médical est conservé, et pourquoi (art. 17, par. 3, b) et c))</translation>
    </message>
    <message>
        <source>the recipients informed of the change (GDPR Art 19)</source>
        <translation>les destinataires informés de la modification (art. 19 RGPD)</translation>
    </message>
    <message>
        <source>what was done, as a list (nothing when none was typed)</source>
        <translation>ce qui a été fait, sous forme de liste (rien si rien n&apos;a été saisi)</translation>
    </message>
    <message>
        <source>the national deadline for the medical file, when one applies</source>
        <translation>le délai national pour le dossier médical, lorsqu&apos;il s&apos;applique</translation>
    </message>
    <message>
        <source>by when the request is answered: the medical file by its national date, the rest by the GDPR date</source>
        <translation>la date de réponse&#xa0;: le dossier médical à sa date nationale, le reste à la date du RGPD</translation>
    </message>
    <message>
        <source>the first copy of the medical file is free (CJEU C-307/22)</source>
        <translation>la première copie du dossier médical est gratuite (CJUE, C-307/22)</translation>
    </message>
    <message>
        <source>Doctolib is controller for the Doctolib account</source>
        <translation>Doctolib est responsable du traitement pour le compte Doctolib</translation>
    </message>
    <message>
        <source>a &apos;{brace}&apos; is not closed (write &apos;{escaped}&apos; for a brace)</source>
        <translation>une accolade «&#xa0;{brace}&#xa0;» n&apos;est pas fermée (écrivez «&#xa0;{escaped}&#xa0;» pour une accolade)</translation>
    </message>
    <message>
        <source>a &apos;{brace}&apos; has no opening brace (write &apos;{escaped}&apos; for a brace)</source>
        <translation>une accolade «&#xa0;{brace}&#xa0;» n&apos;a pas d&apos;accolade ouvrante (écrivez «&#xa0;{escaped}&#xa0;» pour une accolade)</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a placeholder name (lower-case letters and _)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nom valable (lettres minuscules et _)</translation>
    </message>
    <message>
        <source>the line &apos;{separator}&apos; between the header (subject:) and the letter body is missing</source>
        <translation>la ligne «&#xa0;{separator}&#xa0;» entre l&apos;en-tête (subject:) et le corps du courrier manque</translation>
    </message>
    <message>
        <source>header line {number}: expected &apos;subject: …&apos; or &apos;closing: …&apos;, found {found}</source>
        <translation>ligne d&apos;en-tête {number}&#xa0;: «&#xa0;subject: …&#xa0;» ou «&#xa0;closing: …&#xa0;» attendu, trouvé {found}</translation>
    </message>
    <message>
        <source>the subject line is missing or empty (&apos;subject: …&apos; before &apos;---&apos;)</source>
        <translation>la ligne d&apos;objet manque ou est vide («&#xa0;subject: …&#xa0;» avant «&#xa0;---&#xa0;»)</translation>
    </message>
    <message>
        <source>the letter body is empty</source>
        <translation>le corps du courrier est vide</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder} (did you mean {suggestion}?)</source>
        <translation>nom inconnu {placeholder} (vouliez-vous dire {suggestion}&#x202f;?)</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}</source>
        <translation>nom inconnu {placeholder}</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>ligne subject (objet)</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>ligne closing (formule de politesse)</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>paragraphe {number}</translation>
    </message>
    <message>
        <source>a {kind} letter must contain {placeholder}: {description}</source>
        <translation>un courrier «&#xa0;{kind}&#xa0;» doit contenir {placeholder}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>the default template {path} is missing</source>
        <translation>le modèle par défaut {path} est manquant</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue le</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>complète le</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue le</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée le</translation>
    </message>
    <message>
        <source>awaiting since</source>
        <translation>en attente depuis</translation>
    </message>
    <message>
        <source>information requested</source>
        <translation>informations demandées le</translation>
    </message>
    <message>
        <source>extension reason</source>
        <translation>motifs de la prolongation</translation>
    </message>
    <message>
        <source>extension notice date</source>
        <translation>prolongation notifiée le</translation>
    </message>
    <message>
        <source>records older than 5 years</source>
        <translation>informations médicales de plus de 5 ans</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <source>request text</source>
        <translation>texte de la demande</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>subject name</source>
        <translation>nom de la personne concernée</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>subject e-mail</source>
        <translation>e-mail de la personne concernée</translation>
    </message>
    <message>
        <source>subject address</source>
        <translation>adresse de la personne concernée</translation>
    </message>
    <message>
        <source>patient number</source>
        <translation>n° de patient</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé</translation>
    </message>
    <message>
        <source>date of death</source>
        <translation>date de décès</translation>
    </message>
    <message>
        <source>last consultation</source>
        <translation>dernière consultation</translation>
    </message>
    <message>
        <source>requester relationship</source>
        <translation>qualité du demandeur</translation>
    </message>
    <message>
        <source>requester name</source>
        <translation>nom du demandeur</translation>
    </message>
    <message>
        <source>requester address</source>
        <translation>adresse du demandeur</translation>
    </message>
    <message>
        <source>requester e-mail</source>
        <translation>e-mail du demandeur</translation>
    </message>
    <message>
        <source>proof of authority</source>
        <translation>justificatif de qualité</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>outcome {right}: (none)</source>
        <translation>décision pour le droit «&#x202f;{right}&#x202f;»&#xa0;: (aucune)</translation>
    </message>
    <message>
        <source>outcome {right}: {outcome} ({ground})</source>
        <translation>décision pour le droit «&#x202f;{right}&#x202f;»&#xa0;: {outcome} ({ground})</translation>
    </message>
    <message>
        <source>outcome {right}: {outcome}</source>
        <translation>décision pour le droit «&#x202f;{right}&#x202f;»&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{person}: {change}</source>
        <translation>{person}&#xa0;: {change}</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>et {count} autres modifications</translation>
    </message>
    <message>
        <source>{reference} was changed by {people} since you opened it (version {opened}, now {current}): this change was not saved</source>
        <translation>{reference} a été modifiée par {people} depuis que vous l&apos;avez ouverte (version {opened}, maintenant {current})&#xa0;: cette modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>{reference} is already assigned to {person}</source>
        <translation>{reference} est déjà confiée à {person}</translation>
    </message>
    <message>
        <source>{reference} is assigned to nobody</source>
        <translation>{reference} n&apos;est confiée à personne</translation>
    </message>
    <message>
        <source>no longer assigned to {person}</source>
        <translation>n&apos;est plus confiée à {person}</translation>
    </message>
    <message>
        <source>reassigned from {before} to {after}</source>
        <translation>confiée à {after} au lieu de {before}</translation>
    </message>
    <message>
        <source>assigned to {person}</source>
        <translation>confiée à {person}</translation>
    </message>
    <message>
        <source>only a stored case can be saved</source>
        <translation>seule une demande déjà enregistrée peut être sauvegardée</translation>
    </message>
    <message>
        <source>clock restarts from {day} (information received)</source>
        <translation>le délai repart du {day} (informations reçues)</translation>
    </message>
    <message>
        <source>asked the requester for: {items}</source>
        <translation>demandé au demandeur&#xa0;: {items}</translation>
    </message>
    <message>
        <source>the information cannot arrive in the future</source>
        <translation>les informations ne peuvent pas arriver dans le futur</translation>
    </message>
    <message>
        <source>{reference} is not awaiting the requester</source>
        <translation>{reference} n’est pas en attente du demandeur</translation>
    </message>
    <message>
        <source>the information cannot arrive before it was asked for</source>
        <translation>les informations ne peuvent pas arriver avant d’avoir été demandées</translation>
    </message>
    <message>
        <source>{reference} is {status}: only an open case can be extended</source>
        <translation>{reference} est au statut «&#x202f;{status}&#x202f;»&#xa0;: seule une demande ouverte peut être prolongée</translation>
    </message>
    <message>
        <source>{reference} is already extended</source>
        <translation>{reference} est déjà prolongée</translation>
    </message>
    <message>
        <source>the first deadline ({day}) has passed; GDPR Art 12(3) requires the extension to be notified within the first month</source>
        <translation>le premier délai ({day}) est dépassé&#x202f;; l’art. 12, par. 3, RGPD exige que la prolongation soit notifiée dans le premier mois</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>la note est vide</translation>
    </message>
    <message>
        <source>its reference is quoted in the message</source>
        <translation>sa référence est citée dans le message</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>same patient number</source>
        <translation>même numéro de patient</translation>
    </message>
    <message>
        <source>no right recognised in the text: access assumed</source>
        <translation>aucun droit reconnu dans le texte&#xa0;: accès supposé</translation>
    </message>
    <message>
        <source>the centre&apos;s country is not named: {country} assumed</source>
        <translation>le pays du centre n&apos;est pas indiqué&#xa0;: {country} par défaut</translation>
    </message>
    <message>
        <source>the language is not recognised: {language} assumed</source>
        <translation>la langue n&apos;est pas reconnue&#xa0;: {language} par défaut</translation>
    </message>
    <message>
        <source>the sender gives no name: the e-mail address stands for it</source>
        <translation>l&apos;expéditeur ne donne pas de nom&#xa0;: l&apos;adresse e-mail en tient lieu</translation>
    </message>
    <message>
        <source>the date of birth read in the text ({birth_date}) is not possible</source>
        <translation>la date de naissance lue dans le texte ({birth_date}) est impossible</translation>
    </message>
    <message>
        <source>{relationship} asking for {person} (from “{trigger}”): proof of authority needed</source>
        <translation>{relationship} agissant pour {person} (d&apos;après «&#xa0;{trigger}&#xa0;»)&#xa0;: justificatif de sa qualité nécessaire</translation>
    </message>
    <message>
        <source>the sender may ask for someone else (from “{trigger}”): check who the person is</source>
        <translation>l&apos;expéditeur demande peut-être pour quelqu&apos;un d&apos;autre (d&apos;après «&#xa0;{trigger}&#xa0;»)&#xa0;: vérifiez de qui il s&apos;agit</translation>
    </message>
    <message>
        <source>{right} ({words})</source>
        <translation>{right} ({words})</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>«&#x202f;{word}&#x202f;»</translation>
    </message>
    <message>
        <source>Suggested by the text: {suggestions}</source>
        <translation>Suggéré par le texte&#xa0;: {suggestions}</translation>
    </message>
    <message>
        <source>Message received {day} by e-mail from {sender}: “{subject}”</source>
        <translation>Message reçu le {day} par e-mail de {sender}&#xa0;: «&#x202f;{subject}&#x202f;»</translation>
    </message>
    <message>
        <source>Request received {day} by e-mail from {sender}: “{subject}”</source>
        <translation>Demande reçue le {day} par e-mail de {sender}&#xa0;: «&#x202f;{subject}&#x202f;»</translation>
    </message>
    <message>
        <source>Message received {day} {time} by e-mail from {sender}: “{subject}”</source>
        <translation>Message reçu le {day} à {time} par e-mail de {sender}&#xa0;: «&#x202f;{subject}&#x202f;»</translation>
    </message>
    <message>
        <source>Request received {day} {time} by e-mail from {sender}: “{subject}”</source>
        <translation>Demande reçue le {day} à {time} par e-mail de {sender}&#xa0;: «&#x202f;{subject}&#x202f;»</translation>
    </message>
    <message>
        <source>Rights: {rights}</source>
        <translation>Droits&#xa0;: {rights}</translation>
    </message>
    <message>
        <source>matched {reference}: {reasons}</source>
        <translation>correspond à {reference}&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>the message names no sender: a case needs the person&apos;s name</source>
        <translation>le message ne nomme aucun expéditeur&#xa0;: une demande exige le nom de la personne</translation>
    </message>
    <message>
        <source>unexpected error while importing: {detail}</source>
        <translation>erreur inattendue pendant l&apos;importation&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(aucun expéditeur)</translation>
    </message>
    <message>
        <source>{amount} MiB</source>
        <translation>{amount} Mio</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>the message (attachments included)</source>
        <translation>le message (pièces jointes comprises)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{what} is {size}; the limit is {limit}</source>
        <translation>{what} fait {size}&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what} is larger than the limit of {limit}</source>
        <translation>{what} dépasse la limite de {limit}</translation>
    </message>
    <message>
        <source>the message is {size}; the limit is {limit} (attachments included)</source>
        <translation>le message fait {size}&#x202f;; la limite est de {limit} (pièces jointes comprises)</translation>
    </message>
    <message>
        <source>the message is nested too deeply to be read</source>
        <translation>le message est trop profondément imbriqué pour être lu</translation>
    </message>
    <message>
        <source>not an e-mail: this is a PDF file: import a scanned letter as a scan</source>
        <translation>ce n&apos;est pas un e-mail&#xa0;: c&apos;est un fichier PDF — importez une lettre numérisée comme scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a PNG image: import a scanned letter as a scan</source>
        <translation>ce n&apos;est pas un e-mail&#xa0;: c&apos;est une image PNG — importez une lettre numérisée comme scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a JPEG image: import a scanned letter as a scan</source>
        <translation>ce n&apos;est pas un e-mail&#xa0;: c&apos;est une image JPEG — importez une lettre numérisée comme scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a ZIP archive (or an Office document)</source>
        <translation>ce n&apos;est pas un e-mail&#xa0;: c&apos;est une archive ZIP (ou un document Office)</translation>
    </message>
    <message>
        <source>the message structure cannot be read ({detail})</source>
        <translation>la structure du message est illisible ({detail})</translation>
    </message>
    <message>
        <source>not an e-mail: no From, To, Subject or Date header at the top of the file</source>
        <translation>ce n&apos;est pas un e-mail&#xa0;: aucun en-tête From, To, Subject ou Date au début du fichier</translation>
    </message>
    <message>
        <source>the sender&apos;s address {address} is not a valid e-mail address</source>
        <translation>l&apos;adresse de l&apos;expéditeur {address} n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>no usable From header: the sender is taken from {header}</source>
        <translation>aucun en-tête From exploitable&#xa0;: l&apos;expéditeur est tiré de {header}</translation>
    </message>
    <message>
        <source>the message has no sender (no From header)</source>
        <translation>le message n&apos;a pas d&apos;expéditeur (aucun en-tête From)</translation>
    </message>
    <message>
        <source>the message has no Date: received date set to today ({today}); correct it</source>
        <translation>le message n&apos;a pas d&apos;en-tête Date&#xa0;: la date de réception est fixée à aujourd&apos;hui ({today})&#x202f;; corrigez-la</translation>
    </message>
    <message>
        <source>the message date {date} cannot be read: received date set to today ({today}); correct it</source>
        <translation>la date du message {date} est illisible&#xa0;: la date de réception est fixée à aujourd&apos;hui ({today})&#x202f;; corrigez-la</translation>
    </message>
    <message>
        <source>the message is dated {dated}, in the future: received date set to today ({today}); correct it</source>
        <translation>le message est daté du {dated}, dans le futur&#xa0;: la date de réception est fixée à aujourd&apos;hui ({today})&#x202f;; corrigez-la</translation>
    </message>
    <message>
        <source>unknown character set {charset}: the text was read as UTF-8</source>
        <translation>jeu de caractères inconnu {charset}&#xa0;: le texte a été lu en UTF-8</translation>
    </message>
    <message>
        <source>the message has more than {count} attachments</source>
        <translation>le message a plus de {count} pièces jointes</translation>
    </message>
    <message>
        <source>the message has no plain-text part: its HTML was converted to text</source>
        <translation>le message n&apos;a pas de partie en texte brut&#xa0;: son HTML a été converti en texte</translation>
    </message>
    <message>
        <source>the message has no text</source>
        <translation>le message ne contient aucun texte</translation>
    </message>
    <message>
        <source>its HTML refers to 1 remote image or other resource: it was not loaded</source>
        <translation>son HTML renvoie à 1 image ou autre ressource distante&#xa0;: elle n&apos;a pas été chargée</translation>
    </message>
    <message>
        <source>its HTML refers to {count} remote images or other resources: none was loaded</source>
        <translation>son HTML renvoie à {count} images ou autres ressources distantes&#xa0;: aucune n&apos;a été chargée</translation>
    </message>
    <message>
        <source>1 empty attachment not kept</source>
        <translation>1 pièce jointe vide non conservée</translation>
    </message>
    <message>
        <source>{count} empty attachments not kept</source>
        <translation>{count} pièces jointes vides non conservées</translation>
    </message>
    <message>
        <source>the message nests parts more than {depth} deep</source>
        <translation>le message imbrique des parties sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>Outlook .msg files need the extract-msg package, which is not installed</source>
        <translation>Les fichiers Outlook .msg nécessitent le paquet extract-msg, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>not a readable Outlook message ({detail})</source>
        <translation>message Outlook illisible ({detail})</translation>
    </message>
    <message>
        <source>the message has no sender</source>
        <translation>le message n&apos;a pas d&apos;expéditeur</translation>
    </message>
    <message>
        <source>the Outlook message cannot be read ({detail})</source>
        <translation>le message Outlook ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>attachment {index} could not be read and was not kept</source>
        <translation>la pièce jointe {index} est illisible et n&apos;a pas été conservée</translation>
    </message>
    <message>
        <source>attachment {index} is empty and was not kept</source>
        <translation>la pièce jointe {index} est vide et n&apos;a pas été conservée</translation>
    </message>
    <message>
        <source>ID scan {filename} erased: the verification has ended, only its summary is kept</source>
        <translation>scan de la pièce d&apos;identité {filename} effacé&#xa0;: la vérification est terminée, seul son résumé est conservé</translation>
    </message>
    <message>
        <source>checks: none</source>
        <translation>vérifications&#xa0;: aucune</translation>
    </message>
    <message>
        <source>checks: {checks}</source>
        <translation>vérifications&#xa0;: {checks}</translation>
    </message>
    <message>
        <source>{check}: {result}</source>
        <translation>{check}&#xa0;: {result}</translation>
    </message>
    <message>
        <source>ID scan: cannot read {path}: {reason}</source>
        <translation>scan de la pièce d&apos;identité&#xa0;: impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>ID scan: {name} is empty</source>
        <translation>scan de la pièce d&apos;identité&#xa0;: {name} est vide</translation>
    </message>
    <message>
        <source>ID scan: {name} is larger than {limit}</source>
        <translation>scan de la pièce d&apos;identité&#xa0;: {name} dépasse {limit}</translation>
    </message>
    <message>
        <source>identity verification: {outcome} (method {route}; by {by} on {day})</source>
        <translation>vérification d&apos;identité&#xa0;: {outcome} (méthode {route}&#x202f;; par {by} le {day})</translation>
    </message>
    <message>
        <source>the heir states the purpose: {purpose}</source>
        <translation>l&apos;ayant droit indique l&apos;objectif&#xa0;: {purpose}</translation>
    </message>
    <message>
        <source>designated practitioner: {name}</source>
        <translation>praticien désigné&#xa0;: {name}</translation>
    </message>
    <message>
        <source>ID scan {filename} kept until the verification ends</source>
        <translation>scan de la pièce d&apos;identité {filename} conservé jusqu&apos;à la fin de la vérification</translation>
    </message>
    <message>
        <source>more information is needed: the clock runs until the request for it is sent</source>
        <translation>des informations supplémentaires sont nécessaires&#xa0;: le délai court jusqu&apos;à l&apos;envoi de la demande</translation>
    </message>
    <message>
        <source>the request for information cannot be sent in the future</source>
        <translation>la demande d&apos;informations ne peut pas être envoyée dans le futur</translation>
    </message>
    <message>
        <source>the request for information cannot be sent before the request was received</source>
        <translation>la demande d&apos;informations ne peut pas être envoyée avant la réception de la demande</translation>
    </message>
    <message>
        <source>request for information sent on {day}: the clock is paused from that day</source>
        <translation>demande d&apos;informations envoyée le {day}&#xa0;: le délai est suspendu à compter de ce jour</translation>
    </message>
    <message>
        <source>to ask for: {items}</source>
        <translation>à demander&#xa0;: {items}</translation>
    </message>
    <message>
        <source>identity not established: the refusal letter (Art 11(2), 12(4)) is to be sent</source>
        <translation>identité non établie&#xa0;: le courrier de refus (art. 11, par. 2, et 12, par. 4, RGPD) est à envoyer</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…) and 1 attachment: {attachments}</source>
        <translation>Conservé&#xa0;: {filename} (SHA-256 {sha256}…) et 1 pièce jointe&#xa0;: {attachments}</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…) and {count} attachments: {attachments}</source>
        <translation>Conservé&#xa0;: {filename} (SHA-256 {sha256}…) et {count} pièces jointes&#xa0;: {attachments}</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…)</source>
        <translation>Conservé&#xa0;: {filename} (SHA-256 {sha256}…)</translation>
    </message>
    <message>
        <source>already imported on {reference} ({filename})</source>
        <translation>déjà importé dans {reference} ({filename})</translation>
    </message>
    <message>
        <source>no case {reference} to link to</source>
        <translation>aucune demande {reference} à laquelle rattacher le fichier</translation>
    </message>
    <message>
        <source>post</source>
        <translation>courrier simple</translation>
    </message>
    <message>
        <source>registered-post</source>
        <translation>courrier recommandé</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>hand-delivery</source>
        <translation>remise en main propre</translation>
    </message>
    <message>
        <source>GDPR Art 17(3)(b)/(c): medical file kept for its legal retention period</source>
        <translation>art. 17, par. 3, b) et c), RGPD&#xa0;: dossier médical conservé pendant sa durée légale de conservation</translation>
    </message>
    <message>
        <source>no personal data held (GDPR Art 15(1))</source>
        <translation>aucune donnée personnelle détenue (art. 15, par. 1, RGPD)</translation>
    </message>
    <message>
        <source>there is no version {number} of the register</source>
        <translation>le registre n&apos;a pas de version {number}</translation>
    </message>
    <message>
        <source>registered post needs its tracking number for the letter log</source>
        <translation>un envoi en recommandé doit figurer avec son numéro de suivi dans le journal des courriers</translation>
    </message>
    <message>
        <source>letter {number}: no such letter in the log</source>
        <translation>courrier {number}&#xa0;: ce courrier ne figure pas dans le journal</translation>
    </message>
    <message>
        <source>letter {kind} ({language}) sent by {method} (tracking {tracking}); SHA-256 {sha256}</source>
        <translation>courrier «&#x202f;{kind}&#x202f;» ({language}) envoyé par {method} (suivi {tracking})&#x202f;; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>letter {kind} ({language}) sent by {method}; SHA-256 {sha256}</source>
        <translation>courrier «&#x202f;{kind}&#x202f;» ({language}) envoyé par {method}&#x202f;; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>an extension notice needs its reasons (GDPR Art 12(3))</source>
        <translation>un avis de prolongation doit être motivé (art. 12, par. 3, RGPD)</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database was not opened, nothing was changed.</source>
        <translation>Phrase secrète erronée&#xa0;: la base de données n&apos;a pas été ouverte, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long (a few words).</source>
        <translation>La phrase secrète doit compter au moins {count} caractères (quelques mots).</translation>
    </message>
    <message>
        <source>Only a database file can be encrypted: open this one as a plain database.</source>
        <translation>Seul un fichier de base de données peut être chiffré&#xa0;: ouvrez celle-ci comme base de données non chiffrée.</translation>
    </message>
    <message>
        <source>The key parameters file beside the database cannot be read ({problem}): restore it from the backup folder (each backup has its own). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé à côté de la base de données ne peut pas être lu ({problem})&#xa0;: restaurez-le depuis le dossier des sauvegardes (chaque sauvegarde a le sien). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is a database at {path} already: it was not replaced.</source>
        <translation>Il y a déjà une base de données à l&apos;emplacement {path}&#xa0;: elle n&apos;a pas été remplacée.</translation>
    </message>
    <message>
        <source>The key parameters file beside {path} cannot be written: {reason}.</source>
        <translation>Le fichier des paramètres de clé à côté de {path} ne peut pas être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The key parameters file {file} is missing beside the database: without it the passphrase cannot open it. Put it back (each backup has its own beside it, named &lt;backup&gt;{suffix}).</source>
        <translation>Le fichier des paramètres de clé {file} manque à côté de la base de données&#xa0;: sans lui, la phrase secrète ne peut pas l&apos;ouvrir. Remettez-le en place (chaque sauvegarde a le sien à côté d&apos;elle, nommé &lt;sauvegarde&gt;{suffix}).</translation>
    </message>
    <message>
        <source>A change of passphrase (or a restore) was interrupted after the database had been replaced: give the new passphrase (or the one of the backup restored). Nothing was changed.</source>
        <translation>Un changement de phrase secrète (ou une restauration) a été interrompu après le remplacement de la base de données&#xa0;: saisissez la nouvelle phrase secrète (ou celle de la sauvegarde restaurée). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is right but the database does not open with it: the file is damaged, or the key parameters file beside it belongs to another database. Restore the latest backup. Nothing was changed.</source>
        <translation>La phrase secrète est correcte, mais la base de données ne s&apos;ouvre pas avec elle&#xa0;: le fichier est endommagé, ou le fichier des paramètres de clé à côté appartient à une autre base de données. Restaurez la dernière sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no database at {path} yet: create one with a new passphrase.</source>
        <translation>Il n&apos;y a pas encore de base de données à l&apos;emplacement {path}&#xa0;: créez-en une avec une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>This database is not encrypted: it has no passphrase to change.</source>
        <translation>Cette base de données n&apos;est pas chiffrée&#xa0;: elle n&apos;a pas de phrase secrète à changer.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the passphrase was not changed.</source>
        <translation>Phrase secrète erronée&#xa0;: la phrase secrète n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the old one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The new key parameters cannot be written beside {path}: {reason}. The passphrase was not changed.</source>
        <translation>Les nouveaux paramètres de clé ne peuvent pas être écrits à côté de {path}&#xa0;: {reason}. La phrase secrète n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>The database now opens with the new passphrase, but its key parameters file could not be put in place ({reason}); it is kept as {file} and used at the next start.</source>
        <translation>La base de données s&apos;ouvre désormais avec la nouvelle phrase secrète, mais son fichier des paramètres de clé n&apos;a pas pu être mis en place ({reason})&#x202f;; il est conservé sous le nom {file} et sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The key parameters file {file} is missing beside the backup: copy it there from where the backup was made. The database is unchanged.</source>
        <translation>Le fichier des paramètres de clé {file} manque à côté de la sauvegarde&#xa0;: copiez-le depuis l&apos;endroit où la sauvegarde a été faite. La base de données est inchangée.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup (give the one in force when it was made): the database is unchanged.</source>
        <translation>Phrase secrète erronée pour cette sauvegarde (saisissez celle en vigueur lors de sa création)&#xa0;: la base de données est inchangée.</translation>
    </message>
    <message>
        <source>printing needs CUPS (&apos;{command}&apos; was not found on this computer)</source>
        <translation>l&apos;impression nécessite CUPS («&#x202f;{command}&#x202f;» est introuvable sur cet ordinateur)</translation>
    </message>
    <message>
        <source>only a PDF letter can be printed</source>
        <translation>seul un courrier PDF peut être imprimé</translation>
    </message>
    <message>
        <source>the number of copies must be between {low} and {high}</source>
        <translation>le nombre d&apos;exemplaires doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>the printer did not answer: {reason}</source>
        <translation>l&apos;imprimante n&apos;a pas répondu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the print system refused the letter</source>
        <translation>le système d&apos;impression a refusé le courrier</translation>
    </message>
    <message>
        <source>closed cases are kept between {low} and {high} years</source>
        <translation>les demandes clôturées sont conservées entre {low} et {high} ans</translation>
    </message>
    <message>
        <source>The purge is done, but the database file could not be compacted ({reason}): copies of the purged data may remain in its free space. Close the other windows, then purge again.</source>
        <translation>La purge est faite, mais le fichier de base de données n&apos;a pas pu être compacté ({reason})&#xa0;: des copies des données purgées peuvent subsister dans son espace libre. Fermez les autres fenêtres, puis relancez la purge.</translation>
    </message>
    <message>
        <source>{reference} is not closed: only closed cases are purged</source>
        <translation>{reference} n&apos;est pas clôturée&#xa0;: seules les demandes clôturées sont purgées</translation>
    </message>
    <message>
        <source>{reference} is kept until {day} ({years} years after closure)</source>
        <translation>{reference} est conservée jusqu&apos;au {day} ({years} ans après la clôture)</translation>
    </message>
    <message>
        <source>the file is a PDF although its name says otherwise</source>
        <translation>le fichier est un PDF bien que son nom indique autre chose</translation>
    </message>
    <message>
        <source>the file is a PNG image although its name says otherwise</source>
        <translation>le fichier est une image PNG bien que son nom indique autre chose</translation>
    </message>
    <message>
        <source>the file is a JPEG image although its name says otherwise</source>
        <translation>le fichier est une image JPEG bien que son nom indique autre chose</translation>
    </message>
    <message>
        <source>the file is a TIFF image although its name says otherwise</source>
        <translation>le fichier est une image TIFF bien que son nom indique autre chose</translation>
    </message>
    <message>
        <source>the scan</source>
        <translation>le scan</translation>
    </message>
    <message>
        <source>not a PDF, PNG, JPEG or TIFF file (its first bytes say otherwise)</source>
        <translation>ce n&apos;est pas un fichier PDF, PNG, JPEG ou TIFF (ses premiers octets indiquent autre chose)</translation>
    </message>
    <message>
        <source>the PDF has no end-of-file marker: it may be incomplete, check that every page shows</source>
        <translation>le PDF n&apos;a pas de marqueur de fin de fichier&#xa0;: il est peut-être incomplet, vérifiez que toutes les pages s&apos;affichent</translation>
    </message>
    <message>
        <source>the text read on the scan is kept beside it ({filename})</source>
        <translation>le texte lu sur le scan est conservé avec lui ({filename})</translation>
    </message>
    <message>
        <source>Letter received {day} by post</source>
        <translation>Lettre reçue le {day} par courrier</translation>
    </message>
    <message>
        <source>Request received {day} by post (scanned letter)</source>
        <translation>Demande reçue le {day} par courrier (lettre numérisée)</translation>
    </message>
    <message>
        <source>received date set to today ({today}): correct it from the postmark</source>
        <translation>date de réception fixée à aujourd&apos;hui ({today})&#xa0;: corrigez-la d&apos;après le cachet de la poste</translation>
    </message>
    <message>
        <source>no right ticked: access assumed</source>
        <translation>aucun droit coché&#xa0;: accès supposé</translation>
    </message>
    <message>
        <source>Audit trail: {count} entries, chain intact</source>
        <translation>Piste d&apos;audit&#xa0;: {count} entrées, chaîne intacte</translation>
    </message>
    <message>
        <source>Audit trail: entry #{entry} is broken: {reason}</source>
        <translation>Piste d&apos;audit&#xa0;: l&apos;entrée n° {entry} est rompue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Audit trail: {problem}</source>
        <translation>Piste d&apos;audit&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{moment}, {action} on {reference}</source>
        <translation>{moment}, {action} sur {reference}</translation>
    </message>
    <message>
        <source>{moment}, {action}</source>
        <translation>{moment}, {action}</translation>
    </message>
    <message>
        <source>{entry}: the entries before it were removed</source>
        <translation>{entry}&#xa0;: les entrées qui la précèdent ont été supprimées</translation>
    </message>
    <message>
        <source>{entry}: it does not follow entry #{previous} (an entry between them was removed, or the entries were reordered)</source>
        <translation>{entry}&#xa0;: elle ne suit pas l&apos;entrée n° {previous} (une entrée intermédiaire a été supprimée, ou les entrées ont été réordonnées)</translation>
    </message>
    <message>
        <source>{entry}: it was changed outside the application into something unreadable</source>
        <translation>{entry}&#xa0;: elle a été modifiée hors de l&apos;application et est devenue illisible</translation>
    </message>
    <message>
        <source>{entry}: its content was changed outside the application</source>
        <translation>{entry}&#xa0;: son contenu a été modifié hors de l&apos;application</translation>
    </message>
    <message>
        <source>{entry}: it has no MAC although the keyed chain covers it (the chain was rewritten without the key)</source>
        <translation>{entry}&#xa0;: elle n&apos;a pas de MAC alors que la chaîne à clé la couvre (la chaîne a été réécrite sans la clé)</translation>
    </message>
    <message>
        <source>{entry}: its MAC does not match (the entry was changed, or the chain recomputed without the key)</source>
        <translation>{entry}&#xa0;: son MAC ne correspond pas (l&apos;entrée a été modifiée, ou la chaîne recalculée sans la clé)</translation>
    </message>
    <message>
        <source>{entry}: it carries a MAC but the head row says the keyed chain starts later (the chain&apos;s start was moved)</source>
        <translation>{entry}&#xa0;: elle porte un MAC mais la ligne de tête dit que la chaîne à clé commence plus tard (le début de la chaîne a été déplacé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>its detail was removed but case {reference} was never purged</source>
        <translation>son détail a été effacé, mais la demande {reference} n&apos;a jamais été purgée</translation>
    </message>
    <message>
        <source>the chain head row is missing (it was deleted outside the application)</source>
        <translation>la ligne de tête de la chaîne manque (elle a été supprimée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, but the trail is empty (all entries were removed)</source>
        <translation>la tête de la chaîne désigne l&apos;entrée n° {position}, mais la piste est vide (toutes les entrées ont été supprimées)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, but the last entry is #{last} (entries at the end were removed)</source>
        <translation>la tête de la chaîne désigne l&apos;entrée n° {position}, mais la dernière entrée est la n° {last} (des entrées ont été supprimées à la fin)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, which is not the last entry #{last} as written</source>
        <translation>la tête de la chaîne désigne l&apos;entrée n° {position}, qui n&apos;est pas la dernière entrée n° {last} telle qu&apos;elle est écrite</translation>
    </message>
    <message>
        <source>the anchor names entry #{position}, but the trail ends at #{last}: entries at the end were removed</source>
        <translation>l&apos;ancre désigne l&apos;entrée n° {position}, mais la piste s&apos;arrête à la n° {last}&#xa0;: des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>the anchor names entry #{position}, which is no longer in the trail</source>
        <translation>l&apos;ancre désigne l&apos;entrée n° {position}, qui n&apos;est plus dans la piste</translation>
    </message>
    <message>
        <source>entry #{position} does not match the anchor: the trail was rewritten (or rebuilt without the key)</source>
        <translation>l&apos;entrée n° {position} ne correspond pas à l&apos;ancre&#xa0;: la piste a été réécrite (ou reconstruite sans la clé)</translation>
    </message>
    <message>
        <source>the case row</source>
        <translation>la fiche de la demande</translation>
    </message>
    <message>
        <source>its rights and outcomes</source>
        <translation>ses droits et leurs suites</translation>
    </message>
    <message>
        <source>its timeline events</source>
        <translation>son historique</translation>
    </message>
    <message>
        <source>its letters</source>
        <translation>ses courriers</translation>
    </message>
    <message>
        <source>its documents</source>
        <translation>ses documents</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} found {parts} changed outside the application before it was written</source>
        <translation>demande {reference}&#xa0;: avant d&apos;être écrite, l&apos;entrée n° {entry} a constaté une modification hors de l&apos;application de {parts}</translation>
    </message>
    <message>
        <source>case {reference}: no audit entry records it (it was added outside the application)</source>
        <translation>demande {reference}&#xa0;: aucune entrée d&apos;audit ne l&apos;enregistre (elle a été ajoutée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} says it was removed, yet it is in the database</source>
        <translation>demande {reference}&#xa0;: l&apos;entrée n° {entry} dit qu&apos;elle a été supprimée, or elle est dans la base</translation>
    </message>
    <message>
        <source>case {reference}: {parts} differ from the state entry #{entry} recorded (changed outside the application)</source>
        <translation>demande {reference}&#xa0;: {parts} diffèrent de l&apos;état enregistré par l&apos;entrée n° {entry} (modifié hors de l&apos;application)</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <source>the files kept outside cases</source>
        <translation>les fichiers conservés hors des demandes</translation>
    </message>
    <message>
        <source>the versions of the processing register</source>
        <translation>les versions du registre des traitements</translation>
    </message>
    <message>
        <source>{parts} differ from the state entry #{entry} recorded (changed outside the application)</source>
        <translation>{parts} diffèrent de l&apos;état enregistré par l&apos;entrée n° {entry} (modifiés hors de l&apos;application)</translation>
    </message>
    <message>
        <source>{parts}: no audit entry records them (changed outside the application)</source>
        <translation>{parts}&#xa0;: aucune entrée d&apos;audit ne les enregistre (modifiés hors de l&apos;application)</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} says it exists, but it is not in the database (deleted outside the application)</source>
        <translation>demande {reference}&#xa0;: l&apos;entrée n° {entry} dit qu&apos;elle existe, mais elle n&apos;est pas dans la base (supprimée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>The key parameters file of this backup cannot be read ({problem}). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé de cette sauvegarde ne peut pas être lu ({problem}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key parameters file of the database cannot be read ({problem}). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé de la base de données ne peut pas être lu ({problem}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key parameters file {file} of this backup is missing (it belongs beside {database}). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé {file} de cette sauvegarde est manquant (il doit se trouver à côté de {database}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key parameters file {file} of the database is missing (it belongs beside {database}). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé {file} de la base de données est manquant (il doit se trouver à côté de {database}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key parameters file {file} does not belong to this backup (the passphrase is not the one it was made with). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé {file} n&apos;appartient pas à cette sauvegarde (la phrase secrète n&apos;est pas celle avec laquelle elle a été faite). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key parameters file {file} does not belong to the database (the passphrase is not the one it was made with). Nothing was changed.</source>
        <translation>Le fichier des paramètres de clé {file} n&apos;appartient pas à la base de données (la phrase secrète n&apos;est pas celle avec laquelle elle a été créée). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is a plain backup, not an encrypted one: it can only be restored as a plain database. The database is unchanged.</source>
        <translation>{path} est une sauvegarde non chiffrée&#xa0;: elle ne peut être restaurée que comme base de données non chiffrée. La base de données est inchangée.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server has no file to copy: it is backed up as a pg_dump archive (Back up now, or lazeo-desk backup FILE).</source>
        <translation>Une base de données sur un serveur PostgreSQL n&apos;a pas de fichier à copier&#xa0;: elle est sauvegardée dans une archive pg_dump (Sauvegarder maintenant, ou lazeo-desk backup FICHIER).</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself: choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>A backup cannot be written to {path}: {reason}.</source>
        <translation>Une sauvegarde ne peut pas être écrite dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the backup: the folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire la sauvegarde&#xa0;: le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only an encrypted database file can be backed up (its key parameters are in a file).</source>
        <translation>Seul un fichier de base de données chiffrée peut être sauvegardé (ses paramètres de clé sont dans un fichier).</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problem}</source>
        <translation>La copie de sauvegarde n&apos;a pas passé la vérification&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be written to {path}. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n&apos;a pas pu être écrite dans {path}. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close it, then restore again. Nothing was replaced.</source>
        <translation>La base de données est ouverte dans une autre fenêtre ou un autre programme&#xa0;: fermez-la, puis relancez la restauration. Rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Restoring needs a database file; the database in use is not one.</source>
        <translation>La restauration requiert un fichier de base de données&#x202f;; la base de données utilisée n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup of it.</source>
        <translation>Ce fichier est la base de données elle-même, pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>{path} is a database in use (its log {log} is beside it), not a backup: make one with &apos;lazeo-desk backup FILE&apos;. The database is unchanged.</source>
        <translation>{path} est une base de données en cours d&apos;utilisation (son journal {log} se trouve à côté), pas une sauvegarde&#xa0;: créez-en une avec «&#x202f;lazeo-desk backup FICHIER&#x202f;». La base de données est inchangée.</translation>
    </message>
    <message>
        <source>{path} is an encrypted backup: restore it with the passphrase it was made under. The database is unchanged.</source>
        <translation>{path} est une sauvegarde chiffrée&#xa0;: restaurez-la avec la phrase secrète en vigueur lors de sa création. La base de données est inchangée.</translation>
    </message>
    <message>
        <source>{path} was not restored, the database is unchanged: {problem}</source>
        <translation>{path} n&apos;a pas été restauré, la base de données est inchangée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored to {path}. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: la sauvegarde n&apos;a pas pu être restaurée dans {path}. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot restore the backup to {path}: {reason}.</source>
        <translation>Impossible de restaurer la sauvegarde dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: the backup folder {folder} could not be created. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: le dossier des sauvegardes {folder} n&apos;a pas pu être créé. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier des sauvegardes {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>no case with reference &apos;{reference}&apos;</source>
        <translation>aucune demande ne porte la référence «&#x202f;{reference}&#x202f;»</translation>
    </message>
    <message>
        <source>{reference} was changed elsewhere since you opened it (version {opened}, now {current}): reload it before saving</source>
        <translation>{reference} a été modifiée ailleurs depuis que vous l&apos;avez ouverte (version {opened}, maintenant {current})&#xa0;: rechargez-la avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>{reference} was changed elsewhere while you saved it: reload it and try again</source>
        <translation>{reference} a été modifiée ailleurs pendant l&apos;enregistrement&#xa0;: rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens with its passphrase, not as a plain database (leave out --plain and LAZEO_DESK_PLAIN). Nothing was changed.</source>
        <translation>Cette base de données est chiffrée&#xa0;: elle s&apos;ouvre avec sa phrase secrète, pas comme une base de données non chiffrée (omettez --plain et LAZEO_DESK_PLAIN). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is not a lazeo-desk database. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une base de données lazeo-desk. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This database is not encrypted: a plain database opens only when asked for explicitly (--plain, or LAZEO_DESK_PLAIN=1). Nothing was changed.</source>
        <translation>Cette base de données n&apos;est pas chiffrée&#xa0;: une base de données non chiffrée ne s&apos;ouvre que sur demande explicite (--plain, ou LAZEO_DESK_PLAIN=1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Encrypted databases need the sqlcipher3 package, which is missing from this installation.</source>
        <translation>Les bases de données chiffrées nécessitent le paquet sqlcipher3, absent de cette installation.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>le fichier ou son dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was saved.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace, puis réessayez. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database is read-only: check the file&apos;s permissions or the drive. Nothing was saved.</source>
        <translation>La base de données est en lecture seule&#xa0;: vérifiez les droits du fichier ou le support. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This file is not a lazeo-desk database (or the passphrase is wrong).</source>
        <translation>Ce fichier n&apos;est pas une base de données lazeo-desk (ou la phrase secrète est erronée).</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>La base de données est occupée dans une autre fenêtre ou un autre programme&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: {detail}</source>
        <translation>Le serveur de la base de données est injoignable&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Your role on the database server does not allow this ({detail}). Nothing was saved.</source>
        <translation>Votre rôle sur le serveur de la base de données ne le permet pas ({detail}). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A text holds a NUL character, which a PostgreSQL database cannot store. Nothing was saved.</source>
        <translation>Un texte contient un caractère NUL, qu&apos;une base PostgreSQL ne peut pas enregistrer. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and is writable.</source>
        <translation>Le fichier de base de données ne peut pas être ouvert&#xa0;: vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Erreur de la base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened: {reason}.</source>
        <translation>Le fichier de base de données {path} ne peut pas être ouvert&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>A restore was interrupted and cannot be finished or undone: {reason}. Nothing was opened.</source>
        <translation>Une restauration a été interrompue et ne peut être ni achevée ni annulée&#xa0;: {reason}. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be created or opened: {reason}.</source>
        <translation>Le fichier de base de données {path} ne peut être ni créé ni ouvert&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The database does not open with this key: the passphrase is wrong, or the file is damaged. Nothing was changed.</source>
        <translation>La base de données ne s&apos;ouvre pas avec cette clé&#xa0;: la phrase secrète est erronée, ou le fichier est endommagé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A database server on another machine is reached only over verified TLS: add sslmode=verify-full to the URL. Nothing was opened.</source>
        <translation>Un serveur de base de données situé sur une autre machine ne se joint que par TLS vérifié&#xa0;: ajoutez sslmode=verify-full à l&apos;URL. Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a key to change.</source>
        <translation>Seul un fichier de base de données chiffrée a une clé à changer.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close it, then change the passphrase again. Nothing was changed.</source>
        <translation>La base de données est ouverte dans une autre fenêtre ou un autre programme&#xa0;: fermez-la, puis changez à nouveau la phrase secrète. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This file is another program&apos;s database, not a lazeo-desk database: nothing was changed.</source>
        <translation>Ce fichier est la base de données d&apos;un autre programme, pas une base de données lazeo-desk&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of lazeo-desk ({detail}); install that version to open it. Nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de lazeo-desk ({detail})&#x202f;; installez cette version pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>no document {document}</source>
        <translation>aucun document n° {document}</translation>
    </message>
    <message>
        <source>{file} was erased on {day}</source>
        <translation>{file} a été effacé le {day}</translation>
    </message>
    <message>
        <source>{file} no longer matches its SHA-256: the stored copy was altered</source>
        <translation>{file} ne correspond plus à son empreinte SHA-256&#xa0;: la copie conservée a été modifiée</translation>
    </message>
    <message>
        <source>it is not a lazeo-desk key parameters file of a known format</source>
        <translation>ce n&apos;est pas un fichier des paramètres de clé lazeo-desk d&apos;un format connu</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>il est endommagé ({detail})</translation>
    </message>
    <message>
        <source>it is damaged (salt or check value of the wrong size)</source>
        <translation>il est endommagé (sel ou valeur de contrôle de taille incorrecte)</translation>
    </message>
    <message>
        <source>parallelism is {value}, not between 1 and {limit}</source>
        <translation>parallelism vaut {value}, hors de l&apos;intervalle de 1 à {limit}</translation>
    </message>
    <message>
        <source>time_cost is {value}, not between 1 and {limit}</source>
        <translation>time_cost vaut {value}, hors de l&apos;intervalle de 1 à {limit}</translation>
    </message>
    <message>
        <source>memory_cost_kib is {value}, not between {low} and {limit}</source>
        <translation>memory_cost_kib vaut {value}, hors de l&apos;intervalle de {low} à {limit}</translation>
    </message>
    <message>
        <source>its costs are refused ({problem})</source>
        <translation>ses coûts sont refusés ({problem})</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>it is too large to be a key parameters file</source>
        <translation>il est trop grand pour être un fichier de paramètres de clé</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>ce n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>it is a folder, not a database file</source>
        <translation>c&apos;est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>SQLCipher page check: {problem}</source>
        <translation>Contrôle des pages SQLCipher&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>SQLCipher page check: … and {count} more</source>
        <translation>Contrôle des pages SQLCipher&#xa0;: … et {count} de plus</translation>
    </message>
    <message>
        <source>SQLite integrity check: {problem}</source>
        <translation>Contrôle d&apos;intégrité SQLite&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>SQLite integrity check: … and {count} more</source>
        <translation>Contrôle d&apos;intégrité SQLite&#xa0;: … et {count} de plus</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a {parent} row that does not exist</source>
        <translation>la ligne {row} de {table} renvoie à une ligne de {parent} qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>document #{document} &apos;{file}&apos; of {reference}</source>
        <translation>document n° {document} «&#x202f;{file}&#x202f;» de {reference}</translation>
    </message>
    <message>
        <source>document #{document} &apos;{file}&apos;</source>
        <translation>document n° {document} «&#x202f;{file}&#x202f;»</translation>
    </message>
    <message>
        <source>{document}: the stored bytes no longer match their SHA-256 (altered or damaged)</source>
        <translation>{document}&#xa0;: les octets conservés ne correspondent plus à leur empreinte SHA-256 (modifiés ou endommagés)</translation>
    </message>
    <message>
        <source>{document}: {stored} bytes stored, {recorded} recorded</source>
        <translation>{document}&#xa0;: {stored} octets conservés, {recorded} enregistrés</translation>
    </message>
    <message>
        <source>letter #{letter} ({kind} of {day}, {reference}): the stored PDF no longer matches its SHA-256 (altered or damaged)</source>
        <translation>courrier n° {letter} ({kind} du {day}, {reference})&#xa0;: le PDF conservé ne correspond plus à son empreinte SHA-256 (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>aucune demande</translation>
    </message>
    <message>
        <source>the anchor file {file} cannot be read as an anchor (damaged or replaced)</source>
        <translation>le fichier d&apos;ancre {file} ne peut pas être lu comme une ancre (endommagé ou remplacé)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this file is not a lazeo-desk database</source>
        <translation>ce fichier n&apos;est pas une base de données lazeo-desk</translation>
    </message>
    <message>
        <source>the database is at schema revision {revision}, which this version of lazeo-desk does not know (it was written by a newer version)</source>
        <translation>la base de données est à la révision de schéma {revision}, que cette version de lazeo-desk ne connaît pas (elle a été écrite par une version plus récente)</translation>
    </message>
    <message>
        <source>the file cannot be read as a database: {detail}</source>
        <translation>le fichier ne peut pas être lu comme une base de données&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the application&apos;s resources were not found (looked in: {folders})</source>
        <translation>les ressources de l’application sont introuvables (recherchées dans&#xa0;: {folders})</translation>
    </message>
    <message>
        <source>the GDPR does not apply to deceased persons (recital 27): an heir&apos;s request is answered under the national patient law, not with a {kind} letter</source>
        <translation>le RGPD ne s&apos;applique pas aux personnes décédées (considérant 27)&#xa0;: la demande d&apos;un ayant droit reçoit une réponse fondée sur la loi nationale relative aux droits du patient, non un courrier «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>an heir&apos;s request rests on the national patient law, whose period cannot be extended; the GDPR extension (Art 12(3)) does not apply to a deceased person&apos;s data (recital 27): answer by the national date</source>
        <translation>la demande d&apos;un ayant droit relève du droit national des patients, dont le délai ne peut être prolongé&#x202f;; la prolongation du RGPD (art. 12, par. 3) ne s&apos;applique pas aux données d&apos;une personne décédée (considérant 27)&#xa0;: répondez dans le délai national</translation>
    </message>
    <message>
        <source>in {country} a relative consults a deceased patient&apos;s file only through a practitioner they designate: send the file with the practitioner cover letter, and the relative the notice that it was made available</source>
        <translation>en {country}, un proche ne consulte le dossier d&apos;un patient décédé que par l&apos;intermédiaire d&apos;un praticien qu&apos;il désigne&#xa0;: envoyez le dossier avec le courrier au praticien, et au proche l&apos;avis de mise à disposition</translation>
    </message>
    <message>
        <source>in {country} the heir receives the file directly (CSP L.1110-4, L.1111-7): use the medical-file cover letter</source>
        <translation>en {country}, l&apos;ayant droit reçoit le dossier directement (CSP L.1110-4, L.1111-7)&#xa0;: utilisez le courrier d&apos;envoi du dossier médical</translation>
    </message>
    <message>
        <source>no designated practitioner is recorded: in {country} a relative consults the file only through a practitioner they designate; ask the requester which practitioner, and record their name and address</source>
        <translation>aucun praticien désigné n&apos;est enregistré&#xa0;: en {country}, un proche ne consulte le dossier que par l&apos;intermédiaire d&apos;un praticien qu&apos;il désigne&#x202f;; demandez au demandeur lequel, puis enregistrez son nom et son adresse</translation>
    </message>
    <message>
        <source>no purpose is recorded for the heir: under CSP L.1110-4 V an heir receives only the information needed to know the causes of death, defend the memory of the deceased or assert their rights; record the purpose they stated</source>
        <translation>aucun objectif n&apos;est enregistré pour l&apos;ayant droit&#xa0;: selon l&apos;art. L.1110-4 V du CSP, l&apos;ayant droit ne reçoit que les informations nécessaires pour connaître les causes de la mort, défendre la mémoire du défunt ou faire valoir ses droits&#x202f;; enregistrez l&apos;objectif qu&apos;il a indiqué</translation>
    </message>
    <message>
        <source>the heir&apos;s purpose ({purpose}) must be explained (CSP L.1110-4 V): record the circumstances or the rights in question</source>
        <translation>l&apos;objectif de l&apos;ayant droit ({purpose}) doit être explicité (CSP L.1110-4 V)&#xa0;: enregistrez les circonstances ou les droits en cause</translation>
    </message>
    <message>
        <source>the practitioner letters are for the relative of a deceased patient; this requester is not recorded as an heir or relative</source>
        <translation>les courriers au praticien concernent le proche d&apos;un patient décédé&#x202f;; ce demandeur n&apos;est pas enregistré comme ayant droit ou proche</translation>
    </message>
    <message>
        <source>the acknowledgement would promise an answer by {due}, a date already passed on {on}: answer the request instead (GDPR Art 12(3))</source>
        <translation>l&apos;accusé de réception promettrait une réponse au plus tard le {due}, date déjà passée le {on}&#xa0;: répondez plutôt à la demande (art. 12, par. 3, RGPD)</translation>
    </message>
    <message>
        <source>the answer was due on {due}: a request for identity or details dated {on} can no longer pause the clock; answer or refuse the request (GDPR Art 12(2), 12(3))</source>
        <translation>la réponse était due le {due}&#xa0;: une demande de justificatifs datée du {on} ne peut plus suspendre le délai&#x202f;; répondez à la demande ou refusez-la (art. 12, par. 2 et 3, RGPD)</translation>
    </message>
    <message>
        <source>the medical file may not be sent before {release} (48-hour reflection period, Code de la santé publique L.1111-7): date the letter {release} or later</source>
        <translation>le dossier médical ne peut pas être envoyé avant le {release} (délai de réflexion de quarante-huit heures, Code de la santé publique, art. L.1111-7)&#xa0;: datez le courrier du {release} ou plus tard</translation>
    </message>
    <message>
        <source>the request concerns the medical file alone, whose national period ({law}) cannot be extended: send the file by {due}</source>
        <translation>la demande ne porte que sur le dossier médical, dont le délai national ({law}) ne peut pas être prolongé&#xa0;: envoyez le dossier au plus tard le {due}</translation>
    </message>
    <message>
        <source>a refusal as manifestly unfounded or excessive must state its reasons (GDPR Art 12(4)-(5)): type the facts, such as the dates of the earlier requests and what was already answered</source>
        <translation>un refus pour demande manifestement infondée ou excessive doit être motivé (art. 12, par. 4 et 5, RGPD)&#xa0;: saisissez les faits, par exemple les dates des demandes précédentes et ce qui y a déjà été répondu</translation>
    </message>
    <message>
        <source>the request includes an objection, and an objection to direct marketing cannot be refused (GDPR Art 21(2)-(3)): stop the marketing and send the objection-upheld letter, or record that the objection is not about direct marketing</source>
        <translation>la demande comporte une opposition, et une opposition à la prospection ne peut pas être refusée (art. 21, par. 2 et 3, RGPD)&#xa0;: cessez la prospection et envoyez le courrier «&#x202f;opposition accueillie&#x202f;», ou indiquez que l&apos;opposition ne vise pas la prospection</translation>
    </message>
    <message>
        <source>the objection is recorded as not about direct marketing, but the request speaks of marketing: an objection to direct marketing cannot be refused (GDPR Art 21(2)-(3))</source>
        <translation>l&apos;opposition est indiquée comme ne visant pas la prospection, mais la demande parle de prospection&#xa0;: une opposition à la prospection ne peut pas être refusée (art. 21, par. 2 et 3, RGPD)</translation>
    </message>
    <message>
        <source>this letter answers the right “{right}”, which the request does not invoke: add the right to the case if it was asked, or choose the letter for a right the request invokes</source>
        <translation>ce courrier répond au droit «&#xa0;{right}&#xa0;», que la demande n&apos;invoque pas&#xa0;: ajoutez ce droit à la demande s&apos;il a été exercé, ou choisissez le courrier d&apos;un droit que la demande invoque</translation>
    </message>
    <message>
        <source>this answer was due on {due} and goes out on {on}, {days} day late: the case will record it as answered late</source>
        <translation>cette réponse était due le {due} et part le {on}, avec {days} jour de retard&#xa0;: la demande sera enregistrée comme traitée en retard</translation>
    </message>
    <message>
        <source>this answer was due on {due} and goes out on {on}, {days} days late: the case will record it as answered late</source>
        <translation>cette réponse était due le {due} et part le {on}, avec {days} jours de retard&#xa0;: la demande sera enregistrée comme traitée en retard</translation>
    </message>
    <message>
        <source>a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated {on}, {days} day late</source>
        <translation>un refus doit partir dans le mois suivant la réception (art. 12, par. 4, RGPD), au plus tard le {limit}&#xa0;: celui-ci est daté du {on}, avec {days} jour de retard</translation>
    </message>
    <message>
        <source>a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated {on}, {days} days late</source>
        <translation>un refus doit partir dans le mois suivant la réception (art. 12, par. 4, RGPD), au plus tard le {limit}&#xa0;: celui-ci est daté du {on}, avec {days} jours de retard</translation>
    </message>
    <message>
        <source>an access response must list the copy it encloses (GDPR Art 15(3)): add the enclosures, or send the no-data-held letter when no data are held</source>
        <translation>une réponse d&apos;accès doit énumérer la copie jointe (art. 15, par. 3, RGPD)&#xa0;: ajoutez les pièces jointes, ou envoyez le courrier «&#xa0;aucune donnée détenue&#xa0;» si aucune donnée n&apos;est détenue</translation>
    </message>
    <message>
        <source>the letter font cannot print {characters}: type the name or address in Latin letters (a transliteration) instead</source>
        <translation>la police des courriers ne peut pas imprimer {characters}&#xa0;: saisissez plutôt le nom ou l&apos;adresse en caractères latins (translittération)</translation>
    </message>
    <message>
        <source>the message has more than {count} parts</source>
        <translation>le message a plus de {count} parties</translation>
    </message>
    <message>
        <source>a header block has more than {count} header fields</source>
        <translation>un bloc d&apos;en-têtes a plus de {count} champs</translation>
    </message>
    <message>
        <source>the message has more than {count} header fields</source>
        <translation>le message a plus de {count} champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>the {name} header is {size} characters long; the limit is {limit}</source>
        <translation>l&apos;en-tête {name} fait {size} caractères&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the {name} header has {count} parameters; the limit is {limit}</source>
        <translation>l&apos;en-tête {name} a {count} paramètres&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the {name} header is written in {charset}, which is no character set of mail</source>
        <translation>l&apos;en-tête {name} est écrit en {charset}, qui n&apos;est pas un jeu de caractères de l&apos;e-mail</translation>
    </message>
    <message>
        <source>the {name} header has {count} encoded words; the limit is {limit}</source>
        <translation>l&apos;en-tête {name} contient {count} mots encodés&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the message has more than {count} lines</source>
        <translation>le message a plus de {count} lignes</translation>
    </message>
    <message>
        <source>it is the database in use or one of its files</source>
        <translation>c&apos;est la base de données en cours d&apos;utilisation ou l&apos;un de ses fichiers</translation>
    </message>
    <message>
        <source>it is a lazeo-desk database or backup</source>
        <translation>c&apos;est une base de données ou une sauvegarde lazeo-desk</translation>
    </message>
    <message>
        <source>it belongs to a lazeo-desk database or backup</source>
        <translation>il appartient à une base de données ou à une sauvegarde lazeo-desk</translation>
    </message>
    <message>
        <source>it is in a folder of lazeo-desk backups</source>
        <translation>il se trouve dans un dossier de sauvegardes lazeo-desk</translation>
    </message>
    <message>
        <source>A restore was interrupted and its journal {file} cannot be read ({detail}): nothing was opened or changed. The database set aside is beside it, named &lt;database&gt;.before-restore-…</source>
        <translation>Une restauration a été interrompue et son journal {file} est illisible ({detail})&#xa0;: rien n&apos;a été ouvert ni modifié. La base de données mise de côté se trouve à côté, nommée &lt;database&gt;.before-restore-…</translation>
    </message>
    <message>
        <source>A restore was interrupted after the backup had been put in place: it was finished ({backup}).</source>
        <translation>Une restauration a été interrompue après la mise en place de la sauvegarde&#xa0;: elle a été achevée ({backup}).</translation>
    </message>
    <message>
        <source>A restore was interrupted, and both the database set aside ({aside}) and another database at its place exist: nothing was opened or changed. Keep the right one under the database&apos;s name and remove {journal}.</source>
        <translation>Une restauration a été interrompue, et la base de données mise de côté ({aside}) comme une autre base de données à sa place existent toutes deux&#xa0;: rien n&apos;a été ouvert ni modifié. Gardez la bonne sous le nom de la base de données et supprimez {journal}.</translation>
    </message>
    <message>
        <source>A restore was interrupted before the backup was put in place: the database is as it was before it.</source>
        <translation>Une restauration a été interrompue avant la mise en place de la sauvegarde&#xa0;: la base de données est telle qu&apos;elle était avant.</translation>
    </message>
    <message>
        <source>the stored value of {setting} cannot be read</source>
        <translation>la valeur enregistrée de {setting} est illisible</translation>
    </message>
    <message>
        <source>{setting} must be a whole number</source>
        <translation>{setting} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{setting} must be between {low} and {high}</source>
        <translation>{setting} doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>{setting} is not a setting</source>
        <translation>{setting} n&apos;est pas un paramètre</translation>
    </message>
    <message>
        <source>Waiting for the requester; strict date {strict}</source>
        <translation>En attente du demandeur&#x202f;; date stricte {strict}</translation>
    </message>
    <message>
        <source>Waiting for the requester since {since}; strict date {strict}</source>
        <translation>En attente du demandeur depuis le {since}&#x202f;; date stricte {strict}</translation>
    </message>
    <message>
        <source>Overdue since {day}: answer now</source>
        <translation>En retard depuis le {day}&#xa0;: répondez sans attendre</translation>
    </message>
    <message>
        <source>Verify identity — the request came from an address not on file</source>
        <translation>Vérifiez l&apos;identité — la demande vient d&apos;une adresse qui ne figure pas au dossier</translation>
    </message>
    <message>
        <source>Send the extension notice by {day}</source>
        <translation>Envoyez l&apos;avis de prolongation au plus tard le {day}</translation>
    </message>
    <message>
        <source>Send the acknowledgement</source>
        <translation>Envoyez l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity</source>
        <translation>Vérifiez l&apos;identité du demandeur</translation>
    </message>
    <message>
        <source>Record the designated practitioner: in {country} a relative consults the file only through one</source>
        <translation>Enregistrez le praticien désigné&#xa0;: en {country}, un proche ne consulte le dossier que par son intermédiaire</translation>
    </message>
    <message>
        <source>Answer due {day}: send the answer</source>
        <translation>Réponse due le {day}&#xa0;: envoyez la réponse</translation>
    </message>
    <message>
        <source>Answer due {day}: prepare the answer ({right})</source>
        <translation>Réponse due le {day}&#xa0;: préparez la réponse ({right})</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <source>the report texts are missing: {path}</source>
        <translation>les textes du rapport sont introuvables : {path}</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en main propre</translation>
    </message>
    <message>
        <source>through the website&apos;s form</source>
        <translation>par le formulaire du site</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>through Doctolib</source>
        <translation>via Doctolib</translation>
    </message>
    <message>
        <source>Request received on {day}, {how}; rights: {rights}</source>
        <translation>Demande reçue le {day}, {how}&#x202f;; droits&#xa0;: {rights}</translation>
    </message>
    <message>
        <source>Sample case (demo data): received on {day}, {how}</source>
        <translation>Demande d&apos;exemple (données de démonstration)&#xa0;: reçue le {day}, {how}</translation>
    </message>
    <message>
        <source>registered post</source>
        <translation>courrier recommandé</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>hand delivery</source>
        <translation>remise en main propre</translation>
    </message>
    <message>
        <source>identity not established</source>
        <translation>identité non établie</translation>
    </message>
    <message>
        <source>manifestly unfounded request</source>
        <translation>demande manifestement infondée</translation>
    </message>
    <message>
        <source>excessive request</source>
        <translation>demande excessive</translation>
    </message>
    <message>
        <source>{ground}: {reasons}</source>
        <translation>{ground}&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>answered on {day}</source>
        <translation>répondue le {day}</translation>
    </message>
    <message>
        <source>closed on {day}</source>
        <translation>clôturée le {day}</translation>
    </message>
    <message>
        <source>complete on {day}</source>
        <translation>complète le {day}</translation>
    </message>
    <message>
        <source>awaiting the requester since {day}</source>
        <translation>en attente du demandeur depuis le {day}</translation>
    </message>
    <message>
        <source>information asked for on {day}</source>
        <translation>informations demandées le {day}</translation>
    </message>
    <message>
        <source>extension notified on {day}</source>
        <translation>prolongation notifiée le {day}</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field}&#xa0;: {new}</translation>
    </message>
    <message>
        <source>no longer awaiting the requester (since {day})</source>
        <translation>fin de l&apos;attente du demandeur (commencée le {day})</translation>
    </message>
    <message>
        <source>{field} cleared (was {old})</source>
        <translation>{field}&#xa0;: plus de valeur (auparavant {old})</translation>
    </message>
    <message>
        <source>no check was made</source>
        <translation>aucune vérification faite</translation>
    </message>
    <message>
        <source>reason: {reason} is not a reason for hiding passages</source>
        <translation>motif&#xa0;: {reason} n&apos;est pas un motif pour masquer des passages</translation>
    </message>
    <message>
        <source>the PDF is larger than {limit} MB</source>
        <translation>le PDF dépasse {limit} Mo</translation>
    </message>
    <message>
        <source>more than {limit} boxes to hide</source>
        <translation>plus de {limit} zones à masquer</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({reason})</source>
        <translation>le PDF ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the PDF has more than {limit} pages</source>
        <translation>le PDF compte plus de {limit} pages</translation>
    </message>
    <message>
        <source>more than {limit} terms to hide</source>
        <translation>plus de {limit} termes à masquer</translation>
    </message>
    <message>
        <source>a term to hide is longer than {limit} characters</source>
        <translation>un terme à masquer dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>term {term}: too short to hide</source>
        <translation>terme {term} : trop court pour être masqué</translation>
    </message>
    <message>
        <source>box on page {page}: the PDF has {count} pages</source>
        <translation>zone en page {page} : le PDF compte {count} pages</translation>
    </message>
    <message>
        <source>box on page {page}: it has no area</source>
        <translation>zone en page {page} : elle n&apos;a pas de surface</translation>
    </message>
    <message>
        <source>redaction took longer than {limit} seconds</source>
        <translation>le masquage a duré plus de {limit} secondes</translation>
    </message>
    <message>
        <source>page {page} has no size</source>
        <translation>la page {page} n&apos;a pas de dimensions</translation>
    </message>
    <message>
        <source>the PDF is encrypted: it cannot be redacted</source>
        <translation>le PDF est chiffré : il ne peut pas être caviardé</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address to write to</source>
        <translation>{address} n&apos;est pas une adresse électronique à laquelle écrire</translation>
    </message>
    <message>
        <source>the PDF to attach is already encrypted</source>
        <translation>le PDF à joindre est déjà chiffré</translation>
    </message>
    <message>
        <source>the PDF to attach cannot be read ({reason})</source>
        <translation>le PDF à joindre ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>corrected by the DPO: {change}</source>
        <translation>corrigé par le DPO&#xa0;: {change}</translation>
    </message>
    <message>
        <source>opened as a new case although it resembles {cases}</source>
        <translation>ouverte comme nouvelle demande bien qu&apos;elle ressemble à {cases}</translation>
    </message>
    <message>
        <source>{reference} ({reasons})</source>
        <translation>{reference} ({reasons})</translation>
    </message>
    <message>
        <source>linked by the DPO to {reference}</source>
        <translation>rattaché par le DPO à {reference}</translation>
    </message>
    <message>
        <source>linked by the DPO to {reference}: {reasons}</source>
        <translation>rattaché par le DPO à {reference}&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>the file holds no rows to show</source>
        <translation>le fichier ne contient aucune ligne à afficher</translation>
    </message>
    <message>
        <source>the export has more than {count} rows</source>
        <translation>l&apos;export compte plus de {count} lignes</translation>
    </message>
    <message>
        <source>the export has more than {count} columns</source>
        <translation>l&apos;export compte plus de {count} colonnes</translation>
    </message>
    <message>
        <source>the CSV file cannot be read: {reason}</source>
        <translation>le fichier CSV est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the JSON file nests its values too deeply</source>
        <translation>le fichier JSON imbrique ses valeurs trop profondément</translation>
    </message>
    <message>
        <source>the JSON file cannot be read: {reason}</source>
        <translation>le fichier JSON est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the XML file declares a document type or entities, which exports never do</source>
        <translation>le fichier XML déclare un type de document ou des entités, ce que les exports ne font jamais</translation>
    </message>
    <message>
        <source>the XML file cannot be read: {reason}</source>
        <translation>le fichier XML est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file is {size}; the limit is {limit}</source>
        <translation>le fichier fait {size}&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>not a PDF, JPEG, PNG, TIFF, CSV, JSON or XML file (its first bytes say otherwise)</source>
        <translation>ce n&apos;est pas un fichier PDF, JPEG, PNG, TIFF, CSV, JSON ou XML (ses premiers octets le montrent)</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; the limit is {limit}</source>
        <translation>le PDF compte {count} pages&#x202f;; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>le PDF est endommagé et illisible</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; enclose it unprotected</source>
        <translation>le PDF est protégé par un mot de passe&#x202f;; joignez-le sans protection</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF ne contient aucune page</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>l&apos;image est endommagée et illisible</translation>
    </message>
    <message>
        <source>the image has more than {limit} pages</source>
        <translation>l&apos;image compte plus de {limit} pages</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels; the limit is {limit} million pixels a page</source>
        <translation>l&apos;image fait {width} × {height} pixels&#x202f;; la limite est de {limit} millions de pixels par page</translation>
    </message>
    <message>
        <source>the image&apos;s pages hold more than {limit} million pixels together</source>
        <translation>les pages de l&apos;image totalisent plus de {limit} millions de pixels</translation>
    </message>
    <message>
        <source>the image has more than {limit} million pixels a page</source>
        <translation>l&apos;image dépasse {limit} millions de pixels par page</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters</source>
        <translation>{field}&#xa0;: {limit} caractères au plus</translation>
    </message>
    <message>
        <source>{reference} has no enclosure {document}</source>
        <translation>{reference} n&apos;a pas de pièce jointe {document}</translation>
    </message>
    <message>
        <source>this file is already enclosed, as {title}</source>
        <translation>ce fichier est déjà joint, sous le titre {title}</translation>
    </message>
    <message>
        <source>enclosure {title} added: {file}, SHA-256 {sha256}</source>
        <translation>pièce jointe {title} ajoutée&#xa0;: {file}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>{title} went out with the answer sent on {day}: it stays with the case as sent</source>
        <translation>{title} est parti avec la réponse envoyée le {day}&#xa0;: il reste au dossier tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>enclosure {title} removed (SHA-256 {sha256})</source>
        <translation>pièce jointe {title} retirée (SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>a package goes with an answer that carries enclosures, not with the letter {kind}</source>
        <translation>un dossier de réponse accompagne une réponse avec pièces jointes, pas le courrier {kind}</translation>
    </message>
    <message>
        <source>{reference} has no enclosure: with nothing to enclose, the answer is the no-data-held letter</source>
        <translation>{reference} n&apos;a aucune pièce jointe&#xa0;: sans rien à joindre, la réponse est le courrier «&#x202f;aucune donnée détenue&#x202f;»</translation>
    </message>
    <message>
        <source>no text could be read on the scan: import it in the window and type its fields</source>
        <translation>aucun texte n&apos;a pu être lu sur le scan&#xa0;: importez-le dans la fenêtre et saisissez ses champs</translation>
    </message>
    <message>
        <source>no name could be read surely on the scan: import it in the window and type the name</source>
        <translation>aucun nom n&apos;a pu être lu avec certitude sur le scan&#xa0;: importez-le dans la fenêtre et saisissez le nom</translation>
    </message>
    <message>
        <source>--received: {day} is in the future</source>
        <translation>--received&#xa0;: {day} est dans le futur</translation>
    </message>
    <message>
        <source>read on page {page}, line {line} (“{words}”), {confidence} % sure</source>
        <translation>lu page {page}, ligne {line} («&#x202f;{words}&#x202f;»), sûr à {confidence}&#xa0;%</translation>
    </message>
    <message>
        <source>{field} read as “{words}” on page {page}, line {line}, only {confidence} % sure: left empty</source>
        <translation>{field}&#xa0;: lu «&#x202f;{words}&#x202f;» page {page}, ligne {line}, sûr à {confidence}&#xa0;% seulement&#xa0;: laissé vide</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>postcode and city</source>
        <translation>code postal et localité</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>the right {right}</source>
        <translation>le droit {right}</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>date of the letter</source>
        <translation>date du courrier</translation>
    </message>
    <message>
        <source>name {source}</source>
        <translation>nom {source}</translation>
    </message>
    <message>
        <source>the letter is dated {day}</source>
        <translation>le courrier est daté du {day}</translation>
    </message>
    <message>
        <source>telephone: {phone}</source>
        <translation>téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>the text recognition engine Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld): the scan is kept, its fields are typed by hand</source>
        <translation>le moteur de reconnaissance de texte Tesseract n&apos;est pas installé (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld)&#xa0;: le scan est conservé, ses champs sont saisis à la main</translation>
    </message>
    <message>
        <source>the scan has {count} pages; the limit is {limit}: a letter is a few pages</source>
        <translation>le scan compte {count} pages&#x202f;; la limite est de {limit}&#xa0;: un courrier fait quelques pages</translation>
    </message>
    <message>
        <source>a page of the scan is {width} × {height} pixels; the limit is {limit} million: the file may be built to exhaust memory</source>
        <translation>une page du scan fait {width} × {height} pixels&#x202f;; la limite est de {limit} millions&#xa0;: le fichier est peut-être conçu pour épuiser la mémoire</translation>
    </message>
    <message>
        <source>the scan cannot be read: the file is damaged or not an image</source>
        <translation>le scan ne peut pas être lu&#xa0;: le fichier est endommagé ou n&apos;est pas une image</translation>
    </message>
    <message>
        <source>a page of the scan is larger than {limit} million pixels: the file may be built to exhaust memory</source>
        <translation>une page du scan dépasse {limit} millions de pixels&#xa0;: le fichier est peut-être conçu pour épuiser la mémoire</translation>
    </message>
    <message>
        <source>the PDF has no page</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>page {page}: reading took longer than {seconds} s and was stopped</source>
        <translation>page {page}&#xa0;: la lecture a pris plus de {seconds}&#xa0;s et a été arrêtée</translation>
    </message>
    <message>
        <source>page {page}: no usable text</source>
        <translation>page {page}&#xa0;: aucun texte exploitable</translation>
    </message>
    <message>
        <source>Tesseract lacks the language data {languages}: reading may be poorer</source>
        <translation>il manque à Tesseract les données de langue {languages}&#xa0;: la lecture peut être moins bonne</translation>
    </message>
    <message>
        <source>the purpose (Art 30(1)(b))</source>
        <translation>la finalité (art. 30.1.b)</translation>
    </message>
    <message>
        <source>the legal basis (Art 6(1))</source>
        <translation>la base juridique (art. 6.1)</translation>
    </message>
    <message>
        <source>the categories of personal data (Art 30(1)(c))</source>
        <translation>les catégories de données à caractère personnel (art. 30.1.c)</translation>
    </message>
    <message>
        <source>the categories of data subjects (Art 30(1)(c))</source>
        <translation>les catégories de personnes concernées (art. 30.1.c)</translation>
    </message>
    <message>
        <source>the recipients (Art 30(1)(d))</source>
        <translation>les destinataires (art. 30.1.d)</translation>
    </message>
    <message>
        <source>the transfers to third countries and their safeguards (Art 30(1)(e))</source>
        <translation>les transferts vers des pays tiers et leurs garanties (art. 30.1.e)</translation>
    </message>
    <message>
        <source>the time limits for erasure (Art 30(1)(f))</source>
        <translation>les délais prévus pour l&apos;effacement (art. 30.1.f)</translation>
    </message>
    <message>
        <source>whether health data are processed (Art 9(1))</source>
        <translation>le traitement de données de santé (art. 9.1)</translation>
    </message>
    <message>
        <source>whether Doctolib is the controller</source>
        <translation>le fait que Doctolib soit responsable du traitement</translation>
    </message>
    <message>
        <source>the source of the data (Art 15(1)(g))</source>
        <translation>la source des données (art. 15.1.g)</translation>
    </message>
    <message>
        <source>where the data are stored</source>
        <translation>le lieu de conservation des données</translation>
    </message>
    <message>
        <source>the safeguards for transfers outside the EU (Art 15(2))</source>
        <translation>les garanties des transferts hors de l&apos;UE (art. 15.2)</translation>
    </message>
    <message>
        <source>automated decisions and profiling (Art 15(1)(h))</source>
        <translation>les décisions automatisées et le profilage (art. 15.1.h)</translation>
    </message>
    <message>
        <source>the note on the medical files&apos; retention</source>
        <translation>la note sur la conservation des dossiers médicaux</translation>
    </message>
    <message>
        <source>the technical and organisational security measures (Art 30(1)(g))</source>
        <translation>les mesures de sécurité techniques et organisationnelles (art. 30.1.g)</translation>
    </message>
    <message>
        <source>{activity}: no text for {element} in {language}</source>
        <translation>{activity}&#xa0;: aucun texte pour {element} en {language}</translation>
    </message>
    <message>
        <source>{activity} processes health data: its legal basis must cite a condition of Art 9(2) (in {language})</source>
        <translation>{activity} traite des données de santé&#xa0;: sa base juridique doit citer une condition de l&apos;art. 9.2 (en {language})</translation>
    </message>
    <message>
        <source>no text for {element} in {language}</source>
        <translation>aucun texte pour {element} en {language}</translation>
    </message>
    <message>
        <source>the register has no processing activity of the controller</source>
        <translation>le registre ne contient aucune activité de traitement du responsable</translation>
    </message>
    <message>
        <source>{key} is not a usable key (lower-case letters, digits and hyphens)</source>
        <translation>{key} n&apos;est pas une clé utilisable (minuscules, chiffres et traits d&apos;union)</translation>
    </message>
    <message>
        <source>{key} is used twice</source>
        <translation>{key} est utilisé deux fois</translation>
    </message>
    <message>
        <source>{element} ({languages})</source>
        <translation>{element} ({languages})</translation>
    </message>
    <message>
        <source>activity {activity} added</source>
        <translation>activité {activity} ajoutée</translation>
    </message>
    <message>
        <source>activity {activity}: {elements} changed</source>
        <translation>activité {activity}&#xa0;: changements dans {elements}</translation>
    </message>
    <message>
        <source>activity {activity} removed</source>
        <translation>activité {activity} supprimée</translation>
    </message>
    <message>
        <source>the order of the activities changed</source>
        <translation>l&apos;ordre des activités a changé</translation>
    </message>
    <message>
        <source>{elements} changed</source>
        <translation>changements dans {elements}</translation>
    </message>
    <message>
        <source>too large to be a processing register</source>
        <translation>trop volumineux pour être un registre des traitements</translation>
    </message>
    <message>
        <source>not a JSON file ({reason})</source>
        <translation>pas un fichier JSON ({reason})</translation>
    </message>
    <message>
        <source>not an exported processing register (expected {kind})</source>
        <translation>pas un registre des traitements exporté ({kind} attendu)</translation>
    </message>
    <message>
        <source>unknown format {value} (known: {known})</source>
        <translation>format inconnu {value} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>importé de {file}</translation>
    </message>
    <message>
        <source>the register of the privacy policy</source>
        <translation>le registre de la politique de confidentialité</translation>
    </message>
    <message>
        <source>People and roles exist only on a PostgreSQL server (team mode); a database file is one DPO&apos;s alone.</source>
        <translation>Les personnes et les rôles n&apos;existent que sur un serveur PostgreSQL (mode équipe)&#xa0;; un fichier de base de données appartient à un seul DPO.</translation>
    </message>
    <message>
        <source>role name: {name} is not usable (lower-case letters, digits and _, starting with a letter, at most 63, not beginning with pg_ or lazeo_)</source>
        <translation>nom de rôle&#xa0;: {name} n&apos;est pas utilisable (lettres minuscules, chiffres et _, commençant par une lettre, 63 au plus, sans commencer par pg_ ni lazeo_)</translation>
    </message>
    <message>
        <source>This database is not set up for a team: run lazeo-desk init-server first.</source>
        <translation>Cette base de données n&apos;est pas configurée pour une équipe&#xa0;: lancez d&apos;abord lazeo-desk init-server.</translation>
    </message>
    <message>
        <source>centre: an assistant needs at least one centre (--centre)</source>
        <translation>centre&#xa0;: un assistant a besoin d&apos;au moins un centre (--centre)</translation>
    </message>
    <message>
        <source>centre: only an assistant has centres; the {role} sees every case</source>
        <translation>centre&#xa0;: seul un assistant a des centres&#xa0;; le rôle {role} voit toutes les demandes</translation>
    </message>
    <message>
        <source>role name: {name} is already in the team as {role}; remove them first</source>
        <translation>nom de rôle&#xa0;: {name} fait déjà partie de l&apos;équipe comme {role}&#xa0;; retirez-le d&apos;abord</translation>
    </message>
    <message>
        <source>The check reads the whole database, and your role on the server (assistant) sees the cases of its centres only: the DPO or the auditor runs it. Nothing was checked.</source>
        <translation>La vérification lit toute la base de données, et votre rôle sur le serveur (assistant) ne voit que les demandes de ses centres&#xa0;: c&apos;est le DPO ou l&apos;auditeur qui la lance. Rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>cannot listen for changes made by others: {reason}</source>
        <translation>impossible d&apos;écouter les modifications faites par d&apos;autres&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the connection listening for changes was lost: {reason}</source>
        <translation>la connexion qui écoute les modifications a été perdue&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LAZEO Desk</source>
        <translation>À propos de LAZEO Desk</translation>
    </message>
    <message>
        <source>LAZEO Desk</source>
        <translation>LAZEO Desk</translation>
    </message>
    <message>
        <source>Data subject requests, legal deadlines, identity checks and letters for the Data Protection Officer of the LAZEO clinics.</source>
        <translation>Demandes des personnes concernées, délais légaux, vérifications d&apos;identité et courriers pour le délégué à la protection des données des cliniques LAZEO.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Components shipped with the program</source>
        <translation>Composants fournis avec le programme</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they can be replaced by another build of the same version.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU Lesser General Public License version 3&#xa0;: ils peuvent être remplacés par une autre compilation de la même version.</translation>
    </message>
    <message>
        <source>The Carlito font&apos;s licence (SIL Open Font License 1.1): %1</source>
        <translation>Licence de la police Carlito (SIL Open Font License 1.1)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Données de santé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>AwaitRequesterDialog</name>
    <message>
        <source>Await the requester</source>
        <translation>Attendre le demandeur</translation>
    </message>
    <message>
        <source>The clock of %1 pauses until the requester answers. Ask only what is needed (EDPB Guidelines 01/2022): what the clinic already knows comes first.</source>
        <translation>Le délai de %1 est suspendu jusqu&apos;à la réponse du demandeur. Ne demandez que le nécessaire (lignes directrices 01/2022 du CEPD)&#xa0;: ce que la clinique sait déjà passe en premier.</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Suspendre le délai</translation>
    </message>
    <message>
        <source>What was asked, e.g. proof of the mandate</source>
        <translation>Ce qui a été demandé, p. ex. la preuve du mandat</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandé</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Le fichier de calendrier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep a calendar file refreshed</source>
        <translation>Tenir à jour un fichier de calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Close the case pane (Esc)</source>
        <translation>Fermer le volet de la demande (Échap)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Confier</translation>
    </message>
    <message>
        <source>Give the case to the person named (empty: to nobody)</source>
        <translation>Confier la demande à la personne indiquée (vide&#xa0;: à personne)</translation>
    </message>
    <message>
        <source>Legal review needed: a Luxembourg relative&apos;s access rests on art. 36 of the law of 28 August 1998 on hospital establishments; the patients&apos; rights law of 24 July 2014 is not verified. Have every letter of this case reviewed before it goes out.</source>
        <translation>Examen juridique nécessaire&#xa0;: l&apos;accès d&apos;un proche au Luxembourg repose sur l&apos;article 36 de la loi du 28 août 1998 sur les établissements hospitaliers&#x202f;; la loi du 24 juillet 2014 relative aux droits et obligations du patient n&apos;est pas vérifiée. Faites relire chaque courrier de cette demande avant son envoi.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Await requester…</source>
        <translation>Attendre le demandeur…</translation>
    </message>
    <message>
        <source>Info received…</source>
        <translation>Informations reçues…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Vérifier l&apos;identité…</translation>
    </message>
    <message>
        <source>Check who is asking, in proportion to what is asked</source>
        <translation>Vérifier qui demande, en proportion de ce qui est demandé</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Courrier…</translation>
    </message>
    <message>
        <source>Write, print and send a letter for this case</source>
        <translation>Rédiger, imprimer et envoyer un courrier pour cette demande</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the edits (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Rights &amp;&amp; outcomes</source>
        <translation>Droits &amp;&amp; décisions</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Demande introuvable</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n&apos;existe pas de demande %1.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>La base de données ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 was just changed by someone else: saving will show what changed and apply your edits again to it.</source>
        <translation>%1 vient d&apos;être modifiée par quelqu&apos;un d&apos;autre&#xa0;: l&apos;enregistrement montrera ce qui a changé et y appliquera à nouveau vos modifications.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Aucune demande ouverte</translation>
    </message>
    <message>
        <source>Choose a case in the register and press Enter.</source>
        <translation>Choisissez une demande dans le registre et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>strict date %1</source>
        <translation>date stricte %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>answered %1 · due %2</source>
        <translation>répondue le %1 · échéance le %2</translation>
    </message>
    <message>
        <source>asked by %1 (%2)</source>
        <translation>demandée par %1 (%2)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>Save or revert your edits first</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications</translation>
    </message>
    <message>
        <source>The requested information arrived: restart the clock</source>
        <translation>Les informations demandées sont arrivées&#xa0;: relancer le délai</translation>
    </message>
    <message>
        <source>Move the case along its allowed statuses</source>
        <translation>Faire passer la demande par ses statuts autorisés</translation>
    </message>
    <message>
        <source>Already extended</source>
        <translation>Déjà prolongée</translation>
    </message>
    <message>
        <source>Only an open case can be extended</source>
        <translation>Seule une demande ouverte peut être prolongée</translation>
    </message>
    <message>
        <source>Too late: the first deadline passed on %1 (GDPR Art 12(3))</source>
        <translation>Trop tard&#xa0;: le premier délai a expiré le %1 (art. 12, par. 3, RGPD)</translation>
    </message>
    <message>
        <source>Extend by two further months, with reasons</source>
        <translation>Prolonger de deux mois, motifs à l&apos;appui</translation>
    </message>
    <message>
        <source>Record the outcome of each right and close the case</source>
        <translation>Enregistrer la décision pour chaque droit et clôturer la demande</translation>
    </message>
    <message>
        <source>Only a case in progress or answered, refused, withdrawn or referred can be closed</source>
        <translation>Seule une demande en traitement, répondue, refusée, retirée ou réorientée peut être clôturée</translation>
    </message>
    <message>
        <source>Identity is verified before the case is worked on</source>
        <translation>L&apos;identité est vérifiée avant le traitement de la demande</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Ajouter une note à l&apos;historique</translation>
    </message>
    <message>
        <source>Unsaved changes: save them (Ctrl+S) or revert them before any other action.</source>
        <translation>Modifications non enregistrées&#xa0;: enregistrez-les (Ctrl+S) ou annulez-les avant toute autre action.</translation>
    </message>
    <message>
        <source>Edit the fields in the Case and Rights tabs, then save (Ctrl+S).</source>
        <translation>Modifiez les champs des onglets Demande et Droits, puis enregistrez (Ctrl+S).</translation>
    </message>
    <message>
        <source>Case •</source>
        <translation>Demande •</translation>
    </message>
    <message>
        <source>Outcome of %1</source>
        <translation>Décision pour %1</translation>
    </message>
    <message>
        <source>Case changed elsewhere</source>
        <translation>Demande modifiée ailleurs</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so your changes were not saved.

Reload the case to see the current version? Edits not yet saved here will be lost.</source>
        <translation type="vanished">%1 a été modifiée dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouverte&#xa0;: vos modifications n&apos;ont donc pas été enregistrées.

Recharger la demande pour voir la version actuelle&#x202f;? Les modifications non enregistrées ici seront perdues.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it, so your changes were not saved:

%3

Apply your changes again to the current version? You can then review them and save.</source>
        <translation>%1 a été modifiée par %2 depuis que vous l&apos;avez ouverte&#xa0;: vos modifications n&apos;ont donc pas été enregistrées&#xa0;:

%3

Appliquer à nouveau vos modifications à la version actuelle&#x202f;? Vous pourrez ensuite les relire et enregistrer.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Apply my changes again</source>
        <translation>Appliquer à nouveau mes modifications</translation>
    </message>
    <message>
        <source>Not saved: %1 changed elsewhere. Save again to apply your changes to it.</source>
        <translation>Non enregistré&#xa0;: %1 a été modifiée ailleurs. Enregistrez à nouveau pour y appliquer vos modifications.</translation>
    </message>
    <message>
        <source>Your changes are applied to the version %2 saved by %1: review them and save.</source>
        <translation>Vos modifications sont appliquées à la version %2 enregistrée par %1&#xa0;: relisez-les et enregistrez.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so your changes were not saved.

%2

Reload the case to see the current version? Edits not yet saved here will be lost.</source>
        <translation>%1 a été modifiée dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouverte&#xa0;: vos modifications n&apos;ont donc pas été enregistrées.

%2

Recharger la demande pour voir la version actuelle&#x202f;? Les modifications non enregistrées ici seront perdues.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed elsewhere. Reload it before saving again.</source>
        <translation>Non enregistré&#xa0;: %1 a été modifiée ailleurs. Rechargez-la avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>An extension needs its reasons (GDPR Art 12(3)).</source>
        <translation>Une prolongation doit être motivée (art. 12, par. 3, RGPD).</translation>
    </message>
    <message>
        <source>The verification was not recorded</source>
        <translation>La vérification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>due %1 (extended)</source>
        <translation>échéance le %1 (prolongée)</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>— none recorded —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s country</source>
        <translation>Choisissez le pays du centre</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Cen&amp;tre</source>
        <translation>&amp;Centre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Medical information more than 5 years old</source>
        <translation>Informations médicales de plus de 5 ans</translation>
    </message>
    <message>
        <source>France: the national clock is then 2 months (CSP L.1111-7)</source>
        <translation>France&#xa0;: le délai national est alors de 2 mois (CSP L.1111-7)</translation>
    </message>
    <message>
        <source>The day identity or missing details arrived: the clock runs from then (leave empty otherwise)</source>
        <translation>Le jour où l&apos;identité ou les éléments manquants sont arrivés&#xa0;: le délai court à partir de là (sinon, laisser vide)</translation>
    </message>
    <message>
        <source>Co&amp;mplete on</source>
        <translation>Co&amp;mplète le</translation>
    </message>
    <message>
        <source>What the person asks, in their words</source>
        <translation>Ce que la personne demande, dans ses propres mots</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>As used in a salutation (&quot;Geachte mevrouw Peeters&quot;): never guessed from the full name</source>
        <translation>Tel qu&apos;il figure dans la formule d&apos;appel («&#xa0;Geachte mevrouw Peeters&#xa0;»)&#xa0;: jamais déduit du nom complet</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>&amp;Né(e) le</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Patient number</source>
        <translation>N° de pa&amp;tient</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city
Country</source>
        <translation>Rue et numéro
Code postal et ville
Pays</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adre&amp;sse</translation>
    </message>
    <message>
        <source>Last consultation</source>
        <translation>Dernière consultation</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Décédé le</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Demandée &amp;par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As used in a salutation (&quot;Dear Ms Roux&quot;): never guessed from the full name</source>
        <translation>Tel qu&apos;il figure dans la formule d&apos;appel («&#xa0;Dear Ms Roux&#xa0;»)&#xa0;: jamais déduit du nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Mandate, parental authority, certificate of inheritance…</source>
        <translation>Mandat, autorité parentale, acte de notoriété…</translation>
    </message>
    <message>
        <source>Proof of authority</source>
        <translation>Justificatif de qualité</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Heir&apos;s purpose</source>
        <translation>Objectif de l&apos;ayant droit</translation>
    </message>
    <message>
        <source>The circumstances, or the rights in question</source>
        <translation>Les circonstances, ou les droits en cause</translation>
    </message>
    <message>
        <source>Explained as</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Dr. Pieter Wouters</source>
        <translation>Dr Pieter Wouters</translation>
    </message>
    <message>
        <source>Designated practitioner</source>
        <translation>Praticien désigné</translation>
    </message>
    <message>
        <source>Practitioner&apos;s address</source>
        <translation>Adresse du praticien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Answer and extension</source>
        <translation>Réponse et prolongation</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Non prolongée</translation>
    </message>
    <message>
        <source>Extension reasons</source>
        <translation>Motifs de la prolongation</translation>
    </message>
    <message>
        <source>Extension notified on</source>
        <translation>Prolongation notifiée le</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: saisissez-la sous la forme jj/mm/aaaa</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>The date of receipt</source>
        <translation>La date de réception</translation>
    </message>
    <message>
        <source>choose the country of the centre concerned</source>
        <translation>choisissez le pays du centre concerné</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Complete on</source>
        <translation>Complète le</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Name of the data subject</source>
        <translation>Nom de la personne concernée</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail of the data subject</source>
        <translation>E-mail de la personne concernée</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <source>Name of the requester</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>E-mail of the requester</source>
        <translation>E-mail du demandeur</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Title of the data subject</source>
        <translation>Titre de la personne concernée</translation>
    </message>
    <message>
        <source>Family name of the data subject</source>
        <translation>Nom de famille de la personne concernée</translation>
    </message>
    <message>
        <source>Title of the requester</source>
        <translation>Titre du demandeur</translation>
    </message>
    <message>
        <source>Family name of the requester</source>
        <translation>Nom de famille du demandeur</translation>
    </message>
    <message>
        <source>Explanation of the purpose</source>
        <translation>Explication de l&apos;objectif</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CentresModel</name>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>address missing</source>
        <translation>adresse manquante</translation>
    </message>
    <message>
        <source>No address is known for this centre (the privacy policy gives none): type it below.</source>
        <translation>Aucune adresse n&apos;est connue pour ce centre (la politique de confidentialité n&apos;en donne pas)&#xa0;: saisissez-la ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CentresPage</name>
    <message>
        <source>Add a centre</source>
        <translation>Ajouter un centre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The centres offered when a case is opened. The country chooses the public holidays, the patient law and the supervisory authority.</source>
        <translation>Les centres proposés à l&apos;ouverture d&apos;une demande. Le pays détermine les jours fériés, la loi sur les droits des patients et l&apos;autorité de contrôle.</translation>
    </message>
    <message>
        <source>Address missing for %1: the privacy policy gives none. Select a centre and type its address.</source>
        <translation>Adresse manquante pour %1&#xa0;: la politique de confidentialité n&apos;en donne pas. Sélectionnez un centre et saisissez son adresse.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Move %1 from “%2” to “%3”?</source>
        <translation>Faire passer %1 de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Passer à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Optional: why, for the timeline</source>
        <translation>Facultatif&#xa0;: pourquoi, pour l&apos;historique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Matches</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Ne concorde pas</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>What to check: {what}</source>
        <translation>À vérifier&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Pourquoi&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>The request and the patient file</source>
        <translation>La demande et le dossier du patient</translation>
    </message>
    <message>
        <source>Compare what the request says with the patient file. Record each check you make.</source>
        <translation>Comparez le contenu de la demande avec le dossier du patient. Notez chaque vérification effectuée.</translation>
    </message>
    <message>
        <source>Authority of the person acting</source>
        <translation>Qualité de la personne qui agit</translation>
    </message>
    <message>
        <source>Someone acts for the patient: check the proof of their authority.</source>
        <translation>Quelqu&apos;un agit pour le patient&#xa0;: vérifiez le justificatif de sa qualité.</translation>
    </message>
    <message>
        <source>A deceased patient</source>
        <translation>Un patient décédé</translation>
    </message>
    <message>
        <source>A relative asks for a deceased patient&apos;s file: check the proofs the law requires.</source>
        <translation>Un proche demande le dossier d&apos;un patient décédé&#xa0;: vérifiez les justificatifs exigés par la loi.</translation>
    </message>
    <message>
        <source>Reasonable doubt — does not match: {checks}</source>
        <translation>Doute raisonnable — ne concorde pas&#xa0;: {checks}</translation>
    </message>
    <message>
        <source>The patient&apos;s file is identified.</source>
        <translation>Le dossier du patient est identifié.</translation>
    </message>
    <message>
        <source>one of: {checks}</source>
        <translation>l&apos;un de&#xa0;: {checks}</translation>
    </message>
    <message>
        <source>Everything this step needs is established.</source>
        <translation>Tout ce que requiert cette étape est établi.</translation>
    </message>
    <message>
        <source>Still missing: {needs}</source>
        <translation>Il manque encore&#xa0;: {needs}</translation>
    </message>
</context>
<context>
    <name>ClockEditor</name>
    <message>
        <source>no wait</source>
        <translation>sans délai d&apos;attente</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message>
        <source>Give the outcome of each right. A refusal or partial grant needs its ground (GDPR Art 12(4)); the letter names the right to complain and to a judicial remedy.</source>
        <translation>Indiquez la décision pour chaque droit. Un refus ou un accord partiel doit être motivé (art. 12, par. 4, RGPD)&#x202f;; le courrier mentionne le droit d&apos;introduire une réclamation et un recours juridictionnel.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clôturer la demande</translation>
    </message>
    <message>
        <source>Grant all undecided</source>
        <translation>Accorder tous les droits non tranchés</translation>
    </message>
    <message>
        <source>Give an outcome for every right before closing.</source>
        <translation>Indiquez une décision pour chaque droit avant de clôturer.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>1 day left</source>
        <translation>1 jour restant</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>answered 1 day late</source>
        <translation>répondue avec 1 jour de retard</translation>
    </message>
    <message>
        <source>answered %1 days late</source>
        <translation>répondue avec %1 jours de retard</translation>
    </message>
    <message>
        <source>paused: awaiting requester</source>
        <translation>suspendu&#xa0;: en attente du demandeur</translation>
    </message>
    <message>
        <source>paused: awaiting requester since %1</source>
        <translation>suspendu&#xa0;: en attente du demandeur depuis le %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>répondue en retard</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>répondue dans le délai</translation>
    </message>
    <message>
        <source>no answer due</source>
        <translation>aucune réponse attendue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>not a date: type dd/mm/yyyy</source>
        <translation>date invalide&#xa0;: saisissez jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>a Saturday</source>
        <translation>un samedi</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>un dimanche</translation>
    </message>
    <message>
        <source>an office closure day</source>
        <translation>un jour de fermeture du bureau</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>le %1 est %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>GDPR Art 12(3): one month</source>
        <translation>Art. 12, par. 3, RGPD&#xa0;: un mois</translation>
    </message>
    <message>
        <source>GDPR Art 12(3): extended by two further months</source>
        <translation>Art. 12, par. 3, RGPD&#xa0;: prolongé de deux mois</translation>
    </message>
    <message>
        <source>national patient law: the medical file&apos;s shorter clock</source>
        <translation>loi nationale sur les droits des patients&#xa0;: le délai plus court du dossier médical</translation>
    </message>
    <message>
        <source>Clock paused since %1 (awaiting the requester): it restarts the day the information arrives</source>
        <translation>Délai suspendu depuis le %1 (en attente du demandeur)&#xa0;: il reprend le jour où les informations arrivent</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>the day the request became complete; that day is not counted</source>
        <translation>le jour où la demande est devenue complète&#x202f;; ce jour n&apos;est pas compté</translation>
    </message>
    <message>
        <source>the day the request was received; that day is not counted</source>
        <translation>le jour de réception de la demande&#x202f;; ce jour n&apos;est pas compté</translation>
    </message>
    <message>
        <source>Clock starts</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>GDPR one month</source>
        <translation>Mois RGPD</translation>
    </message>
    <message>
        <source>start + 3 months: %1</source>
        <translation>départ + 3 mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>notified on %1: %2</source>
        <translation>notifiée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>not extended; an extension (two further months, with reasons) must be notified by %1</source>
        <translation>non prolongée&#x202f;; une prolongation (deux mois de plus, motivée) doit être notifiée au plus tard le %1</translation>
    </message>
    <message>
        <source>not extended; no longer possible: the first deadline passed on %1</source>
        <translation>non prolongée&#x202f;; ce n&apos;est plus possible&#xa0;: le premier délai a expiré le %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Medical file</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>no shorter national deadline (%1): the GDPR month applies</source>
        <translation>pas de délai national plus court (%1)&#xa0;: le mois du RGPD s&apos;applique</translation>
    </message>
    <message>
        <source>Not sent before</source>
        <translation>Pas d&apos;envoi avant</translation>
    </message>
    <message>
        <source>%1 (reflection period of the national law)</source>
        <translation>%1 (délai de réflexion de la loi nationale)</translation>
    </message>
    <message>
        <source>Strict date</source>
        <translation>Date stricte</translation>
    </message>
    <message>
        <source>%1, counted from first receipt as if nothing had paused</source>
        <translation>%1, comptée depuis la première réception, comme si rien n&apos;avait été suspendu</translation>
    </message>
    <message>
        <source>The request for information went out on %1, more than %2 days after receipt: the EDPB may not accept the pause (Guidelines 01/2022, §159). Keep to the strict date: %3.</source>
        <translation>La demande d&apos;informations est partie le %1, plus de %2 jours après la réception&#xa0;: le CEPD pourrait ne pas admettre la suspension (lignes directrices 01/2022, § 159). Tenez-vous à la date stricte&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>Days the office is closed, counted like public holidays: a deadline that would end on one moves to the next working day. The public holidays of Belgium, France and Luxembourg are already counted.</source>
        <translation>Jours de fermeture du bureau, comptés comme des jours fériés&#xa0;: un délai qui se terminerait ce jour-là est reporté au jour ouvrable suivant. Les jours fériés de Belgique, de France et du Luxembourg sont déjà pris en compte.</translation>
    </message>
    <message>
        <source>National deadlines for the patient&apos;s medical file</source>
        <translation>Délais nationaux pour le dossier médical du patient</translation>
    </message>
    <message>
        <source>A shorter national deadline for the medical-file right, counted from the same day as the GDPR month; the earlier deadline governs. &quot;Not sent before&quot; is a reflection period.</source>
        <translation>Un délai national plus court pour le droit au dossier médical, compté à partir du même jour que le mois du RGPD&#x202f;; le délai le plus proche prévaut. «&#xa0;Pas d&apos;envoi avant&#xa0;» est un délai de réflexion.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Records over 5 years old</source>
        <translation>Informations de plus de 5 ans</translation>
    </message>
    <message>
        <source>Not sent before</source>
        <translation>Pas d&apos;envoi avant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <translation>Demandes d&apos;informations</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A case warns when identity or missing details are asked for later than this after receipt: the pause of the clock may then be contested (EDPB Guidelines 01/2022).</source>
        <translation>Une demande signale une alerte lorsque l&apos;identité ou les éléments manquants sont demandés plus tard que ce délai après la réception&#xa0;: la suspension du délai peut alors être contestée (lignes directrices 01/2022 du CEPD).</translation>
    </message>
    <message>
        <source>Ask within</source>
        <translation>Demander dans un délai de</translation>
    </message>
    <message>
        <source>Retention of medical files</source>
        <translation>Conservation des dossiers médicaux</translation>
    </message>
    <message>
        <source>Years a medical file is kept after the last contact with the patient, by the centre&apos;s country. Letters refusing erasure give the end date, and access responses the period, from these.</source>
        <translation>Nombre d&apos;années de conservation d&apos;un dossier médical après le dernier contact avec le patient, selon le pays du centre. Les courriers refusant l&apos;effacement en tirent la date de fin, et les réponses d&apos;accès la durée.</translation>
    </message>
    <message>
        <source>Code de la santé publique, art. R.1112-7: 20 years.</source>
        <translation>Code de la santé publique, art. R.1112-7&#xa0;: 20 ans.</translation>
    </message>
    <message>
        <source>Law of 22 April 2019 on the quality of healthcare practice, art. 35: at least 30 and at most 50 years.</source>
        <translation>Loi du 22 avril 2019 relative à la qualité de la pratique des soins de santé, art. 35&#xa0;: au moins 30 ans et au plus 50 ans.</translation>
    </message>
    <message>
        <source>To review: law of 24 July 2014 on patients&apos; rights, at least 10 years; the article is not verified.</source>
        <translation>À vérifier&#xa0;: loi du 24 juillet 2014 relative aux droits et obligations du patient, au moins 10 ans&#x202f;; l&apos;article n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>DueSummaryPanel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance dans les 7 jours</translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation>Masquer jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>This week — %1</source>
        <translation>Cette semaine — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>%1 de plus…</translation>
    </message>
</context>
<context>
    <name>EmailDraftFiles</name>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Brouillons de courriel (*.eml)</translation>
    </message>
</context>
<context>
    <name>EnclosuresModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>EnclosuresView</name>
    <message>
        <source>Documents and exports (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.csv *.json *.xml)</source>
        <translation>Documents et exports (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.csv *.json *.xml)</translation>
    </message>
    <message>
        <source>Add enclosures</source>
        <translation>Ajouter des pièces jointes</translation>
    </message>
    <message>
        <source>Source of the files added next, e.g. the centre&apos;s patient software</source>
        <translation>Source des fichiers ajoutés ensuite, p. ex. le logiciel patients du centre</translation>
    </message>
    <message>
        <source>No enclosure yet. Add the files that make the copy of the data, or drop them here.</source>
        <translation>Aucune pièce jointe pour l&apos;instant. Ajoutez les fichiers qui forment la copie des données, ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Preview the package</source>
        <translation>Aperçu du dossier de réponse</translation>
    </message>
    <message>
        <source>The answer letter, the index of the enclosures and every enclosure</source>
        <translation>Le courrier de réponse, la liste des pièces jointes et chaque pièce jointe</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>The enclosures cannot be read</source>
        <translation>Les pièces jointes sont illisibles</translation>
    </message>
    <message>
        <source>Some files were not enclosed</source>
        <translation>Certains fichiers n&apos;ont pas été joints</translation>
    </message>
    <message>
        <source>The files were not enclosed</source>
        <translation>Les fichiers n&apos;ont pas été joints</translation>
    </message>
    <message>
        <source>Remove the enclosure</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove %1 from the enclosures? Its name and SHA-256 stay in the case&apos;s history.</source>
        <translation>Retirer %1 des pièces jointes&#x202f;? Son nom et son SHA-256 restent dans l&apos;historique de la demande.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The enclosure stays</source>
        <translation>La pièce jointe est conservée</translation>
    </message>
</context>
<context>
    <name>EnvelopePreview</name>
    <message>
        <source>Where the recipient&apos;s address is printed on the sheet</source>
        <translation>Emplacement de l&apos;adresse du destinataire sur la feuille</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>GDPR Art 12(3) allows two further months when the request is complex or numerous. The person must be told, with the reasons, by %1.</source>
        <translation>L&apos;art. 12, par. 3, du RGPD permet deux mois de plus lorsque la demande est complexe ou que les demandes sont nombreuses. La personne doit en être informée, motifs à l&apos;appui, au plus tard le %1.</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>Prolonger %1</translation>
    </message>
    <message>
        <source>The reasons, as they will be given to the person</source>
        <translation>Les motifs, tels qu&apos;ils seront communiqués à la personne</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motifs</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>The notice date is not a date: type it as dd/mm/yyyy</source>
        <translation>La date de notification n&apos;est pas une date&#xa0;: saisissez-la sous la forme jj/mm/aaaa</translation>
    </message>
    <message>
        <source>The notice date is required</source>
        <translation>La date de notification est obligatoire</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, name, e-mail or patient number  (Ctrl+F)</source>
        <translation>Rechercher une référence, un nom, un e-mail ou un n° de patient  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Tous les centres</translation>
    </message>
    <message>
        <source>Received on or after (dd/mm/yyyy)</source>
        <translation>Reçue le ou après le (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Received on or before (dd/mm/yyyy)</source>
        <translation>Reçue le ou avant le (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Only the cases assigned to you</source>
        <translation>Seulement les demandes qui vous sont confiées</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>The sample cases could not be loaded</source>
        <translation>Les demandes d&apos;exemple n&apos;ont pas pu être chargées</translation>
    </message>
</context>
<context>
    <name>HeirStatementBox</name>
    <message>
        <source>What the relative states</source>
        <translation>Ce que déclare le proche</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The circumstances, or the rights in question</source>
        <translation>Les circonstances, ou les droits en cause</translation>
    </message>
    <message>
        <source>Explained as</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Street and number / postcode and town</source>
        <translation>Rue et numéro / code postal et ville</translation>
    </message>
    <message>
        <source>Designated practitioner</source>
        <translation>Praticien désigné</translation>
    </message>
    <message>
        <source>Practitioner&apos;s address</source>
        <translation>Adresse du praticien</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>LAZEO Desk guide</source>
        <translation>Guide de LAZEO Desk</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Langue du guide</translation>
    </message>
    <message>
        <source>The guide could not be found with the program&apos;s files. Reinstall LAZEO Desk.</source>
        <translation>Le guide est introuvable parmi les fichiers du programme. Réinstallez LAZEO Desk.</translation>
    </message>
</context>
<context>
    <name>HidingDialog</name>
    <message>
        <source>Hide passages from the enclosures</source>
        <translation>Masquer des passages des pièces jointes</translation>
    </message>
    <message>
        <source>Laying out the enclosures&apos; pages…</source>
        <translation>Mise en page des pièces jointes…</translation>
    </message>
    <message>
        <source>Hide in the package</source>
        <translation>Masquer dans le dossier</translation>
    </message>
</context>
<context>
    <name>IdDocumentPage</name>
    <message>
        <source>Identity document (last resort)</source>
        <translation>Pièce d&apos;identité (en dernier recours)</translation>
    </message>
    <message>
        <source>The patient file does not establish identity on its own.</source>
        <translation>Le dossier du patient ne suffit pas à lui seul à établir l&apos;identité.</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Aucun scan joint</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Joindre un scan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Attach only a redacted copy. The program keeps the path you choose; the scan is stored encrypted and deleted when the verification ends. Only the summary stays on the case.</source>
        <translation>Ne joignez qu&apos;une copie occultée. Le programme conserve le chemin choisi&#x202f;; le scan est stocké chiffré et supprimé à la fin de la vérification. Seul le résumé reste dans la demande.</translation>
    </message>
    <message>
        <source>Scan of the redacted copy (optional):</source>
        <translation>Scan de la copie occultée (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the scan of the redacted identity document</source>
        <translation>Choisir le scan de la pièce d&apos;identité occultée</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file {path} does not exist or is not a file.</source>
        <translation>Le fichier {path} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Record what the attached copy showed (matches or does not match).</source>
        <translation>Indiquez ce que montrait la copie jointe (concorde ou ne concorde pas).</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>new case</source>
        <translation>nouvelle demande</translation>
    </message>
    <message>
        <source>Identity verification — {reference}</source>
        <translation>Vérification d&apos;identité — {reference}</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Choisir la signature</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <source>&amp;Import e-mails and scans…</source>
        <translation>&amp;Importer des e-mails et des scans…</translation>
    </message>
    <message>
        <source>Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG)</source>
        <translation>Importer des demandes reçues par e-mail (.eml, .msg) ou par courrier (PDF, PNG, JPEG)</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg)</source>
        <translation>E-mails (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG, TIFF)</source>
        <translation>Importer des demandes reçues par e-mail (.eml, .msg) ou par courrier (PDF, PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>Requests (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Demandes (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scanned letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Lettres numérisées (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation>Importer des demandes</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>Lecture de %1&#xa0;: page %2 sur %3</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 file was not imported</source>
        <translation>1 fichier n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>%1 files were not imported</source>
        <translation>%1 fichiers n&apos;ont pas été importés</translation>
    </message>
    <message>
        <source>1 case created</source>
        <translation>1 demande créée</translation>
    </message>
    <message>
        <source>%1 cases created</source>
        <translation>%1 demandes créées</translation>
    </message>
    <message>
        <source>1 file added to a case</source>
        <translation>1 fichier ajouté à une demande</translation>
    </message>
    <message>
        <source>%1 files added to cases</source>
        <translation>%1 fichiers ajoutés à des demandes</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignoré(s)</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusé(s)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>its reference is quoted in the message</source>
        <translation>sa référence est citée dans le message</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>same patient number</source>
        <translation>même numéro de patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Add to an existing case:</source>
        <translation>&amp;Ajouter à une demande existante&#xa0;:</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>The reference of the case this file belongs to</source>
        <translation>La référence de la demande à laquelle appartient ce fichier</translation>
    </message>
    <message>
        <source>Open a &amp;new case</source>
        <translation>Ouvrir une &amp;nouvelle demande</translation>
    </message>
    <message>
        <source>New case due:</source>
        <translation>Échéance de la nouvelle demande&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Open a new case from this file (Ctrl+Return)</source>
        <translation>Ouvrir une nouvelle demande à partir de ce fichier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Add this file to the case chosen above (Ctrl+Return)</source>
        <translation>Ajouter ce fichier à la demande choisie ci-dessus (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Import nothing from this file (Escape)</source>
        <translation>N&apos;importer rien de ce fichier (Échap)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 sur %2)</translation>
    </message>
    <message>
        <source>Type or choose the reference of the case to add this file to.</source>
        <translation>Saisissez ou choisissez la référence de la demande à laquelle ajouter ce fichier.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the date of receipt and choose the country to count the deadline.</source>
        <translation>Saisissez la date de réception et choisissez le pays pour calculer le délai.</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>choisissez le pays</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Image TIFF</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Réorientée</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Medical file</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Rectif.</source>
        <translation>Rectif.</translation>
    </message>
    <message>
        <source>Restrict.</source>
        <translation>Limit.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent.</translation>
    </message>
    <message>
        <source>Portab.</source>
        <translation>Portab.</translation>
    </message>
    <message>
        <source>Med. file</source>
        <translation>Doss. méd.</translation>
    </message>
    <message>
        <source>GDPR Art 15</source>
        <translation>Art. 15 RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 16</source>
        <translation>Art. 16 RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 17</source>
        <translation>Art. 17 RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 18</source>
        <translation>Art. 18 RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 21</source>
        <translation>Art. 21 RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 7(3)</source>
        <translation>Art. 7, par. 3, RGPD</translation>
    </message>
    <message>
        <source>GDPR Art 20</source>
        <translation>Art. 20 RGPD</translation>
    </message>
    <message>
        <source>national patient law</source>
        <translation>loi nationale sur les droits des patients</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Doctolib</source>
        <translation>Doctolib</translation>
    </message>
    <message>
        <source>The data subject in person</source>
        <translation>La personne concernée elle-même</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Mandatary or lawyer</source>
        <translation>Mandataire ou avocat</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Héritier</translation>
    </message>
    <message>
        <source>Mrs / Ms</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>Maître (lawyer)</source>
        <translation>Maître (avocat)</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Docteur</translation>
    </message>
    <message>
        <source>To know the causes of death</source>
        <translation>Connaître les causes du décès</translation>
    </message>
    <message>
        <source>To defend the memory of the deceased</source>
        <translation>Défendre la mémoire du défunt</translation>
    </message>
    <message>
        <source>To assert their rights</source>
        <translation>Faire valoir ses droits</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Identity to verify</source>
        <translation>Identité à vérifier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Answered this month</source>
        <translation>Répondues ce mois-ci</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribution</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window changes language as soon as the settings are saved; work in progress is kept. Letters are written in the language of each case, whatever this setting.</source>
        <translation>La fenêtre change de langue dès l&apos;enregistrement des paramètres&#x202f;; le travail en cours est conservé. Les courriers sont rédigés dans la langue de chaque demande, quel que soit ce réglage.</translation>
    </message>
    <message>
        <source>No notification</source>
        <translation>Aucune notification</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source>Reminders on this workstation</source>
        <translation>Rappels sur ce poste</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>While the program runs, the notification area names the overdue requests and those due within these days, at start and each morning. It shows references and dates only, never a name.</source>
        <translation>Tant que le programme est ouvert, la zone de notification signale les demandes en retard et celles dont l&apos;échéance tombe dans ces jours, au démarrage et chaque matin. Elle n&apos;affiche que des références et des dates, jamais un nom.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Close %1 to see the window in the new language now; otherwise it applies from the next start.</source>
        <translation>Fermez %1 pour voir dès maintenant la fenêtre dans la nouvelle langue&#x202f;; sinon, elle s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Change of language</source>
        <translation>Changement de langue</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them, and the window changes language now; keep editing, and the new language applies from the next start.</source>
        <translation>%1 comporte des modifications non enregistrées. Enregistrez-les, et la fenêtre change de langue maintenant&#x202f;; continuez la modification, et la nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Save and change</source>
        <translation>Enregistrer et changer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter — %1</source>
        <translation>Courrier — %1</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Adapt the text of this kind of letter in this language</source>
        <translation>Adapter le texte de ce type de courrier dans cette langue</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>The reasons, as the person will read them</source>
        <translation>Les motifs, tels que la personne les lira</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— choisir le motif —</translation>
    </message>
    <message>
        <source>What was asked, what was missing, why it is refused</source>
        <translation>Ce qui a été demandé, ce qui manquait, pourquoi c&apos;est refusé</translation>
    </message>
    <message>
        <source>What was corrected, erased, restricted or stopped; one a line</source>
        <translation>Ce qui a été rectifié, effacé, limité ou arrêté&#x202f;; un élément par ligne</translation>
    </message>
    <message>
        <source>Recipients told of it (Art 19), one a line</source>
        <translation>Destinataires informés (art. 19), un par ligne</translation>
    </message>
    <message>
        <source>A claim about medical liability is pending (retention suspended)</source>
        <translation>Une réclamation mettant en cause la responsabilité médicale est en cours (conservation suspendue)</translation>
    </message>
    <message>
        <source>The objection is not about direct marketing (it may be refused)</source>
        <translation>L&apos;opposition ne vise pas la prospection (elle peut être refusée)</translation>
    </message>
    <message>
        <source>Documents sent with the letter, one a line</source>
        <translation>Documents joints au courrier, un par ligne</translation>
    </message>
    <message>
        <source>Keep files with the case as enclosures…</source>
        <translation>Joindre des fichiers à la demande…</translation>
    </message>
    <message>
        <source>Paragraphs for this letter only; a blank line between two</source>
        <translation>Paragraphes propres à ce courrier&#x202f;; une ligne vide entre deux</translation>
    </message>
    <message>
        <source>This letter&apos;s template has no place for free paragraphs.</source>
        <translation>Le modèle de ce courrier ne prévoit pas de paragraphes libres.</translation>
    </message>
    <message>
        <source>Items asked for</source>
        <translation>Éléments demandés</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Motifs de la prolongation</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Motivation du refus</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation>Destinataires informés</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Free paragraphs</source>
        <translation>Paragraphes libres</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>e.g. 1A 234 567 8901 2</source>
        <translation>p. ex. 1A 234 567 8901 2</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>Courrier daté du</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies; the PDF shown is printed as it is</source>
        <translation>Choisir l&apos;imprimante et le nombre d&apos;exemplaires&#x202f;; le PDF affiché est imprimé tel quel</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>Keep this exact PDF in the case&apos;s letter log, with how it was sent, and update the case</source>
        <translation>Conserver ce PDF exact dans le journal des courriers de la demande, avec son mode d&apos;envoi, et mettre à jour la demande</translation>
    </message>
    <message>
        <source>Write the e-mail draft…</source>
        <translation>Rédiger le brouillon de courriel…</translation>
    </message>
    <message>
        <source>Write this letter as an e-mail draft to open in the mail program, and record it as sent by e-mail</source>
        <translation>Écrire ce courrier comme brouillon de courriel à ouvrir dans le logiciel de messagerie, et l&apos;enregistrer comme envoyé par courriel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n&apos;existe pas de demande %1.</translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation>Courrier pour %1</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>adressé à %1</translation>
    </message>
    <message>
        <source>The letter cannot be written</source>
        <translation>Le courrier ne peut pas être rédigé</translation>
    </message>
    <message>
        <source>Proposed for this case</source>
        <translation>Proposés pour cette demande</translation>
    </message>
    <message>
        <source>No letter fits this case now</source>
        <translation>Aucun courrier ne convient à cette demande pour l&apos;instant</translation>
    </message>
    <message>
        <source>Other kinds — they do not fit the present state</source>
        <translation>Autres types — ils ne conviennent pas à l&apos;état actuel</translation>
    </message>
    <message>
        <source>Only for registered post</source>
        <translation>Uniquement pour le recommandé</translation>
    </message>
    <message>
        <source>Recorded on the case: %1</source>
        <translation>Enregistré dans la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some files were not enclosed</source>
        <translation>Certains fichiers n&apos;ont pas été joints</translation>
    </message>
    <message>
        <source>The files were not enclosed</source>
        <translation>Les fichiers n&apos;ont pas été joints</translation>
    </message>
    <message>
        <source>This kind of letter does not fit the case&apos;s present state (%1); check before sending it.</source>
        <translation>Ce type de courrier ne convient pas à l&apos;état actuel de la demande (%1)&#x202f;; vérifiez avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>This letter cannot go out: %1.</source>
        <translation>Ce courrier ne peut pas partir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The template of this letter cannot be used: %1. Use “Edit template…” to correct it.</source>
        <translation>Le modèle de ce courrier est inutilisable&#xa0;: %1. Utilisez «&#xa0;Modifier le modèle…&#xa0;» pour le corriger.</translation>
    </message>
    <message>
        <source>To write this letter: %1.</source>
        <translation>Pour rédiger ce courrier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The letter could not be made (%1: %2).</source>
        <translation>Le courrier n&apos;a pas pu être produit (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The letter was not printed</source>
        <translation>Le courrier n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <source>Sent to the printer %1 (%2 copies, job %3).</source>
        <translation>Envoyé à l&apos;imprimante %1 (%2 exemplaires, tâche %3).</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Tracking number needed</source>
        <translation>Numéro de suivi requis</translation>
    </message>
    <message>
        <source>A letter sent by registered post is recorded with its tracking number: type the number from the post office receipt, or choose another way of sending.</source>
        <translation>Un courrier envoyé en recommandé est enregistré avec son numéro de suivi&#xa0;: saisissez le numéro figurant sur la preuve de dépôt, ou choisissez un autre mode d&apos;envoi.</translation>
    </message>
    <message>
        <source>Record this letter?</source>
        <translation>Enregistrer ce courrier&#x202f;?</translation>
    </message>
    <message>
        <source>A “%1” does not fit the present state of %2. Record it as sent all the same?</source>
        <translation>Un courrier «&#xa0;%1&#xa0;» ne convient pas à l&apos;état actuel de %2. L&apos;enregistrer comme envoyé malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>L&apos;enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send this letter despite the warning?</source>
        <translation>Envoyer ce courrier malgré l&apos;avertissement&#x202f;?</translation>
    </message>
    <message>
        <source>%1

Record it as sent all the same?</source>
        <translation>%1

L&apos;enregistrer comme envoyé malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>The letter was not recorded</source>
        <translation>Le courrier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>La base de données ne peut pas être écrite</translation>
    </message>
    <message>
        <source>The e-mail draft was not written</source>
        <translation>Le brouillon de courriel n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>An e-mail draft is written in the case&apos;s language (%1): choose it to write the draft.</source>
        <translation>Un brouillon de courriel est rédigé dans la langue du dossier (%1)&#xa0;: choisissez-la pour rédiger le brouillon.</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon de courriel</translation>
    </message>
    <message>
        <source>E-mail draft written</source>
        <translation>Brouillon de courriel écrit</translation>
    </message>
    <message>
        <source>E-mail draft to %1 saved to %2: open it in the mail program to send it.</source>
        <translation>Brouillon de courriel pour %1 enregistré dans %2&#xa0;: ouvrez-le dans le logiciel de messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>La base de données ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>LetterLabels</name>
    <message>
        <source>Acknowledgement of receipt, with the date the answer is due</source>
        <translation>Accusé de réception, avec la date à laquelle la réponse est due</translation>
    </message>
    <message>
        <source>Request for proof of identity or missing details (the clock waits)</source>
        <translation>Demande de justificatif d&apos;identité ou d&apos;éléments manquants (le délai est suspendu)</translation>
    </message>
    <message>
        <source>Extension by two further months, with the reasons and the new date (Art 12(3))</source>
        <translation>Prolongation de deux mois, avec les motifs et la nouvelle date (art. 12, par. 3)</translation>
    </message>
    <message>
        <source>Access response: copy of the data and the Art 15 information</source>
        <translation>Réponse à la demande d&apos;accès&#xa0;: copie des données et informations de l&apos;art. 15</translation>
    </message>
    <message>
        <source>Rectification carried out (Art 16), recipients notified (Art 19)</source>
        <translation>Rectification effectuée (art. 16), destinataires informés (art. 19)</translation>
    </message>
    <message>
        <source>Erasure carried out (Art 17), recipients notified (Art 19)</source>
        <translation>Effacement effectué (art. 17), destinataires informés (art. 19)</translation>
    </message>
    <message>
        <source>Erasure partly refused: medical file kept until a computed date (Art 17(3))</source>
        <translation>Effacement partiellement refusé&#xa0;: dossier médical conservé jusqu&apos;à une date calculée (art. 17, par. 3)</translation>
    </message>
    <message>
        <source>Restriction of processing applied (Art 18)</source>
        <translation>Limitation du traitement appliquée (art. 18)</translation>
    </message>
    <message>
        <source>Objection upheld: the processing has stopped (Art 21)</source>
        <translation>Opposition accueillie&#xa0;: le traitement a cessé (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent recorded (Art 7(3))</source>
        <translation>Retrait du consentement enregistré (art. 7, par. 3)</translation>
    </message>
    <message>
        <source>Cover letter for the portable data file (Art 20)</source>
        <translation>Lettre d&apos;accompagnement du fichier de données portables (art. 20)</translation>
    </message>
    <message>
        <source>Referral to Doctolib, controller for the patient&apos;s Doctolib account</source>
        <translation>Renvoi vers Doctolib, responsable du traitement du compte Doctolib du patient</translation>
    </message>
    <message>
        <source>Refusal with reasons, the right to complain and to a judicial remedy (Art 12(4))</source>
        <translation>Refus motivé, avec le droit d&apos;introduire une réclamation et un recours juridictionnel (art. 12, par. 4)</translation>
    </message>
    <message>
        <source>Cover letter for a copy of the medical file (first copy free)</source>
        <translation>Lettre d&apos;accompagnement d&apos;une copie du dossier médical (première copie gratuite)</translation>
    </message>
    <message>
        <source>Cover letter for a deceased patient&apos;s file, to the practitioner a relative designated (BE, LU)</source>
        <translation>Courrier d&apos;envoi du dossier d&apos;un patient décédé au praticien désigné par un proche (BE, LU)</translation>
    </message>
    <message>
        <source>To the relative: the file is made available to the practitioner they designated (BE, LU)</source>
        <translation>Au proche&#xa0;: le dossier est mis à la disposition du praticien qu&apos;il a désigné (BE, LU)</translation>
    </message>
    <message>
        <source>No personal data held: confirmation (Art 15(1)), the right to complain and to a remedy</source>
        <translation>Aucune donnée détenue&#xa0;: confirmation (art. 15, par. 1), droit de réclamation et de recours</translation>
    </message>
    <message>
        <source>Identity not established (Art 11(2), 12(2))</source>
        <translation>Identité non établie (art. 11, par. 2, et 12, par. 2)</translation>
    </message>
    <message>
        <source>Manifestly unfounded (Art 12(5)(b))</source>
        <translation>Manifestement infondée (art. 12, par. 5, b))</translation>
    </message>
    <message>
        <source>Excessive (Art 12(5)(b))</source>
        <translation>Excessive (art. 12, par. 5, b))</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Request for identity or missing details</source>
        <translation>Demande d&apos;identité ou d&apos;éléments manquants</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Avis de prolongation</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Réponse à la demande d&apos;accès</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>Rectification effectuée</translation>
    </message>
    <message>
        <source>Erasure done</source>
        <translation>Effacement effectué</translation>
    </message>
    <message>
        <source>Erasure partly refused</source>
        <translation>Effacement partiellement refusé</translation>
    </message>
    <message>
        <source>Restriction applied</source>
        <translation>Limitation appliquée</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Opposition accueillie</translation>
    </message>
    <message>
        <source>Withdrawal of consent recorded</source>
        <translation>Retrait du consentement enregistré</translation>
    </message>
    <message>
        <source>Portability cover letter</source>
        <translation>Lettre d&apos;accompagnement (portabilité)</translation>
    </message>
    <message>
        <source>Referral to Doctolib</source>
        <translation>Renvoi vers Doctolib</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Medical file cover letter</source>
        <translation>Lettre d&apos;accompagnement du dossier médical</translation>
    </message>
    <message>
        <source>Cover letter to the designated practitioner</source>
        <translation>Courrier au praticien désigné</translation>
    </message>
    <message>
        <source>Notice to the relative: file sent to their practitioner</source>
        <translation>Avis au proche&#xa0;: dossier adressé à son praticien</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Remise en main propre</translation>
    </message>
</context>
<context>
    <name>LetterLogModel</name>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 du PDF</translation>
    </message>
    <message>
        <source>version %1 (older)</source>
        <translation>version %1 (antérieure)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>This answer printed version %1 of the processing register; version %2 is in force now.</source>
        <translation>Cette réponse a imprimé la version %1 du registre des traitements&#x202f;; la version %2 est en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This answer printed version %1 of the processing register.</source>
        <translation>Cette réponse a imprimé la version %1 du registre des traitements.</translation>
    </message>
</context>
<context>
    <name>LetterLogView</name>
    <message>
        <source>No letter has been sent for this case yet.</source>
        <translation>Aucun courrier n&apos;a encore été envoyé pour cette demande.</translation>
    </message>
    <message>
        <source>Open the PDF sent</source>
        <translation>Ouvrir le PDF envoyé</translation>
    </message>
    <message>
        <source>The exact PDF recorded when the letter was sent</source>
        <translation>Le PDF exact enregistré lors de l&apos;envoi du courrier</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>The letter log cannot be read</source>
        <translation>Le journal des courriers ne peut pas être lu</translation>
    </message>
    <message>
        <source>The PDF cannot be read</source>
        <translation>Le PDF ne peut pas être lu</translation>
    </message>
    <message>
        <source>The PDF does not match its record</source>
        <translation>Le PDF ne correspond pas à son enregistrement</translation>
    </message>
    <message>
        <source>The PDF kept for this letter no longer matches the SHA-256 recorded when it was sent: it may have been altered. The audit trail tells when. Use it all the same?</source>
        <translation>Le PDF conservé pour ce courrier ne correspond plus à l&apos;empreinte SHA-256 enregistrée lors de l&apos;envoi&#xa0;: il a peut-être été modifié. La piste d&apos;audit indique quand. L&apos;utiliser malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>L&apos;utiliser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The PDF cannot be opened</source>
        <translation>Le PDF ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save a copy and open it from there.</source>
        <translation>Aucun programme d&apos;affichage des PDF n&apos;a été trouvé. Enregistrez une copie et ouvrez-la depuis cet emplacement.</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Enregistrer une copie du courrier</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The copy is saved, but the database cannot be written</source>
        <translation>La copie est enregistrée, mais la base de données ne peut pas être modifiée</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The letter appears here.</source>
        <translation>Le courrier apparaît ici.</translation>
    </message>
    <message>
        <source>No letter to show until the problem above is solved.</source>
        <translation>Aucun courrier à afficher tant que le problème ci-dessus n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>Pages: %1 (the first %2 shown)</source>
        <translation>Pages&#xa0;: %1 (les %2 premières affichées)</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages&#xa0;: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans ce dossier</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>un dossier porte ce nom</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved there; choose another place.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2. Rien n&apos;y a été enregistré&#x202f;; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signature block and place</source>
        <translation>Bloc de signature et lieu</translation>
    </message>
    <message>
        <source>Title of the DPO</source>
        <translation>Titre du DPO</translation>
    </message>
    <message>
        <source>Place before the date</source>
        <translation>Lieu avant la date</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Where the recipient&apos;s address is printed, measured from the left and top edges of the sheet, so that it shows through the window of the envelope.</source>
        <translation>Emplacement de l&apos;adresse du destinataire, mesuré depuis les bords gauche et supérieur de la feuille, pour qu&apos;elle apparaisse dans la fenêtre de l&apos;enveloppe.</translation>
    </message>
    <message>
        <source>Right (French DL envelope)</source>
        <translation>À droite (enveloppe DL française)</translation>
    </message>
    <message>
        <source>Left (Belgian and German envelopes)</source>
        <translation>À gauche (enveloppes belges et allemandes)</translation>
    </message>
    <message>
        <source>Default position</source>
        <translation>Position par défaut</translation>
    </message>
    <message>
        <source>Window side</source>
        <translation>Côté de la fenêtre</translation>
    </message>
    <message>
        <source>From the left edge</source>
        <translation>Depuis le bord gauche</translation>
    </message>
    <message>
        <source>From the top edge</source>
        <translation>Depuis le bord supérieur</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Signature numérisée</translation>
    </message>
    <message>
        <source>PNG or JPEG. The images are kept in the database, so they travel with its backups.</source>
        <translation>PNG ou JPEG. Les images sont conservées dans la base de données&#xa0;: elles suivent donc ses sauvegardes.</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (demo data)</source>
        <translation> (données de démonstration)</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>＋  New case</source>
        <translation>＋  Nouvelle demande</translation>
    </message>
    <message>
        <source>Record a new request (Ctrl+N)</source>
        <translation>Enregistrer une nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation>&amp;Exporter le registre…</translation>
    </message>
    <message>
        <source>The cases the register shows, with its filters and order, as XLSX or CSV (Ctrl+E)</source>
        <translation>Les demandes que montre le registre, avec ses filtres et son ordre, en XLSX ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Ouvrir la demande sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Demande &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Demande &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Close the case pane</source>
        <translation>&amp;Fermer le volet de la demande</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>R&amp;eports…</source>
        <translation>Ra&amp;pports…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Export du registre en cours…</translation>
    </message>
    <message>
        <source>1 case exported to %2</source>
        <translation>1 demande exportée vers %2</translation>
    </message>
    <message>
        <source>%1 cases exported to %2</source>
        <translation>%1 demandes exportées vers %2</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Comptage des demandes…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 demandes</translation>
    </message>
    <message>
        <source>1 case matches</source>
        <translation>1 demande correspond</translation>
    </message>
    <message>
        <source>%1 cases match</source>
        <translation>%1 demandes correspondent</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>La base de données ne peut pas être lue</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 comporte des modifications non enregistrées. Les abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>%1 created; the current filters hide it.</source>
        <translation>%1 créée&#x202f;; les filtres actuels la masquent.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit without saving them?</source>
        <translation>%1 comporte des modifications non enregistrées. Quitter sans les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Keep a &amp;calendar file refreshed…</source>
        <translation>Tenir à jour un fichier &amp;calendrier…</translation>
    </message>
    <message>
        <source>Calendar updated: %1</source>
        <translation>Calendrier mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop refreshing the calendar file</source>
        <translation>Ne plus tenir à jour le fichier de calendrier</translation>
    </message>
    <message>
        <source>The calendar file is no longer refreshed.</source>
        <translation>Le fichier de calendrier n&apos;est plus tenu à jour.</translation>
    </message>
</context>
<context>
    <name>MessageIntakeDialog</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>no usable date in the message (see “To check”)</source>
        <translation>aucune date exploitable dans le message (voir «&#xa0;À vérifier&#xa0;»)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Suggested from the text</source>
        <translation>Suggéré d&apos;après le texte</translation>
    </message>
    <message>
        <source>The request (subject and text)</source>
        <translation>La demande (objet et texte)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>None: the message came without attached files.</source>
        <translation>Aucune&#xa0;: le message est arrivé sans fichier joint.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>d&apos;après %1</translation>
    </message>
    <message>
        <source>ticked (%1)</source>
        <translation>coché (%1)</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>none recognised in the text: tick what the person asks</source>
        <translation>aucun reconnu dans le texte&#xa0;: cochez ce que la personne demande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>, guessed from the text</source>
        <translation>, déduit du texte</translation>
    </message>
    <message>
        <source>not recognised in the text</source>
        <translation>non reconnu dans le texte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>not named in the text</source>
        <translation>non mentionné dans le texte</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>, read in the text</source>
        <translation>, lu dans le texte</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>Numéro de patient</translation>
    </message>
    <message>
        <source>Quoted references</source>
        <translation>Références citées</translation>
    </message>
    <message>
        <source>Suggested by the text: %1</source>
        <translation>Suggéré par le texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>This looks like a follow-up of %1</source>
        <translation>Ceci semble faire suite à %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3, received %4: %5</source>
        <translation>%1 — %2, %3, reçue le %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>and %1 more (in the list of cases)</source>
        <translation>et %1 autres (dans la liste des demandes)</translation>
    </message>
    <message>
        <source>A reminder or a reply is not a new request: Link adds this message to the case chosen below; Create case opens a new one.</source>
        <translation>Une relance ou une réponse n&apos;est pas une nouvelle demande&#xa0;: Rattacher ajoute ce message à la demande choisie ci-dessous&#x202f;; Créer la demande en ouvre une nouvelle.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation>Créer la demande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Type the date of receipt and choose the country to count the deadline.</source>
        <translation>Saisissez la date de réception et choisissez le pays pour calculer le délai.</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Verify identity…</source>
        <translation>Vérifier l&apos;identité…</translation>
    </message>
    <message>
        <source>Record the practitioner…</source>
        <translation>Enregistrer le praticien…</translation>
    </message>
    <message>
        <source>Write the acknowledgement…</source>
        <translation>Rédiger l&apos;accusé de réception…</translation>
    </message>
    <message>
        <source>Write the extension notice…</source>
        <translation>Rédiger l&apos;avis de prolongation…</translation>
    </message>
    <message>
        <source>Info received…</source>
        <translation>Informations reçues…</translation>
    </message>
    <message>
        <source>Write the answer…</source>
        <translation>Rédiger la réponse…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>The note goes into the timeline of %1, with the date and your name.</source>
        <translation>La note est ajoutée à l&apos;historique de %1, avec la date et votre nom.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>e.g. phoned the centre in Gent about the file</source>
        <translation>p. ex. appelé le centre de Gand au sujet du dossier</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>e.g. RCS Paris 879 986 214</source>
        <translation>p. ex. RCS Paris 879 986 214</translation>
    </message>
    <message>
        <source>dpo@lazeo.com</source>
        <translation>dpo@lazeo.com</translation>
    </message>
    <message>
        <source>Who answers the requests: printed in the letterhead, the footer and the signature of every letter. The defaults come from the privacy policy.</source>
        <translation>Qui répond aux demandes&#xa0;: imprimé dans l&apos;en-tête, le pied de page et la signature de chaque courrier. Les valeurs par défaut proviennent de la politique de confidentialité.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>One line per line of the address, as printed.</source>
        <translation>Une ligne par ligne de l&apos;adresse, telle qu&apos;imprimée.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Délégué(e) à la protection des données</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Choose how the verification ends. Nothing is saved before you click Finish.</source>
        <translation>Choisissez l&apos;issue de la vérification. Rien n&apos;est enregistré avant que vous cliquiez sur Terminer.</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>The request for information has already been sent (by telephone, e-mail …), on:</source>
        <translation>La demande d&apos;informations a déjà été envoyée (par téléphone, courriel…), le&#xa0;:</translation>
    </message>
    <message>
        <source>Summary kept on the case:</source>
        <translation>Résumé conservé dans la demande&#xa0;:</translation>
    </message>
    <message>
        <source>Not available: the checks do not establish identity yet.</source>
        <translation>Indisponible&#xa0;: les vérifications n&apos;établissent pas encore l&apos;identité.</translation>
    </message>
    <message>
        <source>Not available: the checks establish identity, so nothing more may be asked (GDPR Art 12(6)).</source>
        <translation>Indisponible&#xa0;: les vérifications établissent l&apos;identité, rien de plus ne peut donc être demandé (art. 12, par. 6, RGPD).</translation>
    </message>
    <message>
        <source>Not available: the requester must first have been asked once (GDPR Art 11(2), 12(2)).</source>
        <translation>Indisponible&#xa0;: le demandeur doit d&apos;abord avoir été sollicité une fois (art. 11, par. 2, et 12, par. 2, RGPD).</translation>
    </message>
    <message>
        <source>Not available: the checks establish identity.</source>
        <translation>Indisponible&#xa0;: les vérifications établissent l&apos;identité.</translation>
    </message>
    <message>
        <source>The checks establish identity.</source>
        <translation>Les vérifications établissent l&apos;identité.</translation>
    </message>
    <message>
        <source>The checks do not yet establish who asks, or their authority.</source>
        <translation>Les vérifications n&apos;établissent pas encore qui demande, ni sa qualité.</translation>
    </message>
    <message>
        <source>To ask the requester for:</source>
        <translation>À demander au demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>The clock pauses only once the request goes out: on the day the letter &quot;Request for identity or missing details&quot; is sent, or on the date recorded below if it has already been sent.</source>
        <translation>Le délai n&apos;est suspendu qu&apos;une fois la demande partie&#xa0;: le jour de l&apos;envoi du courrier «&#xa0;Demande d&apos;identité ou d&apos;éléments manquants&#xa0;», ou à la date indiquée ci-dessous si elle a déjà été envoyée.</translation>
    </message>
    <message>
        <source>The letter &quot;Request for identity or missing details&quot; is proposed with these items.</source>
        <translation>Le courrier «&#xa0;Demande d&apos;identité ou d&apos;éléments manquants&#xa0;» est proposé avec ces éléments.</translation>
    </message>
    <message>
        <source>The refusal letter is proposed.</source>
        <translation>Le courrier de refus est proposé.</translation>
    </message>
    <message>
        <source>Choose an ending.</source>
        <translation>Choisissez une issue.</translation>
    </message>
    <message>
        <source>Type the date the request for information was sent.</source>
        <translation>Saisissez la date d&apos;envoi de la demande d&apos;informations.</translation>
    </message>
    <message>
        <source>The request for information cannot have been sent in the future.</source>
        <translation>La demande d&apos;informations ne peut pas avoir été envoyée dans le futur.</translation>
    </message>
    <message>
        <source>The request for information cannot have been sent before the request was received.</source>
        <translation>La demande d&apos;informations ne peut pas avoir été envoyée avant la réception de la demande.</translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Ground (when not fully granted)</source>
        <translation>Motif (si la demande n&apos;est pas entièrement accordée)</translation>
    </message>
    <message>
        <source>— to decide —</source>
        <translation>— à décider —</translation>
    </message>
    <message>
        <source>e.g. GDPR Art 17(3)(b): medical file retention</source>
        <translation>p. ex. art. 17, par. 3, b), RGPD&#xa0;: conservation du dossier médical</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Sent by registered post</source>
        <translation>Envoyé en recommandé</translation>
    </message>
    <message>
        <source>Tracking number of the registered letter:</source>
        <translation>Numéro de suivi du recommandé&#xa0;:</translation>
    </message>
    <message>
        <source>Package of %1</source>
        <translation>Dossier de réponse de %1</translation>
    </message>
    <message>
        <source>Hide passages…</source>
        <translation>Masquer des passages…</translation>
    </message>
    <message>
        <source>Hide what must not reach the person: a third party&apos;s name, another patient&apos;s data</source>
        <translation>Masquer ce qui ne doit pas parvenir à la personne&#xa0;: le nom d&apos;un tiers, les données d&apos;un autre patient</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Enregistrer le dossier de réponse…</translation>
    </message>
    <message>
        <source>Write the e-mail draft…</source>
        <translation>Rédiger le brouillon de courriel…</translation>
    </message>
    <message>
        <source>An e-mail draft for the mail program, the package attached encrypted</source>
        <translation>Un brouillon pour le logiciel de messagerie, le dossier joint chiffré</translation>
    </message>
    <message>
        <source>Print the package…</source>
        <translation>Imprimer le dossier…</translation>
    </message>
    <message>
        <source>Print the whole package, then record it as sent by registered post</source>
        <translation>Imprimer tout le dossier, puis l&apos;enregistrer comme envoyé en recommandé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 pages, %2 enclosures.</source>
        <translation>%1 pages, %2 pièces jointes.</translation>
    </message>
    <message>
        <source>Nothing to hide was found in the enclosures.</source>
        <translation>Aucun passage à masquer n&apos;a été trouvé dans les pièces jointes.</translation>
    </message>
    <message>
        <source>One passage hidden.</source>
        <translation>Un passage masqué.</translation>
    </message>
    <message>
        <source>%1 passages hidden.</source>
        <translation>%1 passages masqués.</translation>
    </message>
    <message>
        <source>The first %1 pages are shown; the saved package has them all.</source>
        <translation>Les %1 premières pages sont affichées&#x202f;; le dossier enregistré les contient toutes.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le dossier de réponse</translation>
    </message>
    <message>
        <source>The package was not saved</source>
        <translation>Le dossier de réponse n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Send this answer despite the warning?</source>
        <translation>Envoyer cette réponse malgré l&apos;avertissement&#x202f;?</translation>
    </message>
    <message>
        <source>%1

Record it as sent all the same?</source>
        <translation>%1

L&apos;enregistrer comme envoyé malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>L&apos;enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon de courriel</translation>
    </message>
    <message>
        <source>The e-mail draft was not written</source>
        <translation>Le brouillon de courriel n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>The e-mail draft was not recorded</source>
        <translation>Le brouillon de courriel n&apos;a pas été enregistré au dossier</translation>
    </message>
    <message>
        <source>E-mail draft to %1 saved to %2: open it in the mail program to send it.</source>
        <translation>Brouillon de courriel pour %1 enregistré dans %2&#xa0;: ouvrez-le dans le logiciel de messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>The package was not printed</source>
        <translation>Le dossier n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>La base de données ne peut pas être écrite</translation>
    </message>
    <message>
        <source>Sent to the printer %1 (%2 copies, job %3).</source>
        <translation>Envoyé à l&apos;imprimante %1 (%2 exemplaires, tâche %3).</translation>
    </message>
    <message>
        <source>Tracking number needed</source>
        <translation>Numéro de suivi requis</translation>
    </message>
    <message>
        <source>A letter sent by registered post is recorded with its tracking number: type the number from the post office receipt.</source>
        <translation>Un courrier envoyé en recommandé est enregistré avec son numéro de suivi&#xa0;: saisissez le numéro du récépissé de la poste.</translation>
    </message>
    <message>
        <source>Not recorded as sent.</source>
        <translation>Non enregistré comme envoyé.</translation>
    </message>
    <message>
        <source>The letter was not recorded</source>
        <translation>Le courrier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Recorded as sent by registered post (%1).</source>
        <translation>Enregistré comme envoyé en recommandé (%1).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the database</source>
        <translation>Protéger la base de données</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Ouvrir la base de données</translation>
    </message>
    <message>
        <source>LAZEO Desk is locked</source>
        <translation>LAZEO Desk est verrouillé</translation>
    </message>
    <message>
        <source>The cases hold health data, so the database is encrypted. Choose a passphrase of at least 12 characters: it is asked at every start and cannot be recovered if it is forgotten.</source>
        <translation>Les demandes contiennent des données de santé&#xa0;: la base de données est donc chiffrée. Choisissez une phrase secrète d&apos;au moins 12 caractères&#xa0;: elle est demandée à chaque démarrage et ne peut pas être récupérée en cas d&apos;oubli.</translation>
    </message>
    <message>
        <source>Give the passphrase of the database.</source>
        <translation>Saisissez la phrase secrète de la base de données.</translation>
    </message>
    <message>
        <source>The window was locked. Give the passphrase to show the cases again.</source>
        <translation>La fenêtre a été verrouillée. Saisissez la phrase secrète pour afficher à nouveau les demandes.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>La base de données n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The password of the attachment</source>
        <translation>Le mot de passe de la pièce jointe</translation>
    </message>
    <message>
        <source>The copy of the data is attached encrypted. Its password is shown only now and is kept nowhere: give it by another channel (post or telephone), never in the same e-mail.</source>
        <translation>La copie des données est jointe chiffrée. Son mot de passe n&apos;est affiché que maintenant et n&apos;est conservé nulle part&#xa0;: transmettez-le par un autre canal (courrier ou téléphone), jamais dans le même courriel.</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Copy the note</source>
        <translation>Copier la note</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>A note that gives it:</source>
        <translation>Une note qui le transmet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed.</source>
        <translation>Le PDF ne peut pas être affiché ici&#xa0;: le composant d&apos;affichage des PDF (pypdfium2) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The PDF cannot be shown here: %1.</source>
        <translation>Le PDF ne peut pas être affiché ici&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <source>Purpose (Art 30(1)(b))</source>
        <translation>Finalité (art. 30.1.b)</translation>
    </message>
    <message>
        <source>Legal basis (Art 6; Art 9(2) for health data)</source>
        <translation>Base juridique (art. 6&#x202f;; art. 9.2 pour les données de santé)</translation>
    </message>
    <message>
        <source>Categories of persons (Art 30(1)(c))</source>
        <translation>Catégories de personnes (art. 30.1.c)</translation>
    </message>
    <message>
        <source>Categories of data (Art 30(1)(c))</source>
        <translation>Catégories de données (art. 30.1.c)</translation>
    </message>
    <message>
        <source>Recipients, named where known (Art 30(1)(d))</source>
        <translation>Destinataires, nommés s&apos;ils sont connus (art. 30.1.d)</translation>
    </message>
    <message>
        <source>Transfers and their safeguard (Art 30(1)(e))</source>
        <translation>Transferts et leur garantie (art. 30.1.e)</translation>
    </message>
    <message>
        <source>Retention (Art 30(1)(f))</source>
        <translation>Conservation (art. 30.1.f)</translation>
    </message>
    <message>
        <source>Source of the data (Art 15(1)(g))</source>
        <translation>Source des données (art. 15.1.g)</translation>
    </message>
    <message>
        <source>Where the data are kept</source>
        <translation>Lieu de conservation des données</translation>
    </message>
    <message>
        <source>Transfers outside the EU (Art 15(2))</source>
        <translation>Transferts hors de l&apos;UE (art. 15.2)</translation>
    </message>
    <message>
        <source>Automated decisions (Art 15(1)(h))</source>
        <translation>Décisions automatisées (art. 15.1.h)</translation>
    </message>
    <message>
        <source>Note on the medical files&apos; retention</source>
        <translation>Note sur la conservation des dossiers médicaux</translation>
    </message>
    <message>
        <source>Security measures (Art 30(1)(g))</source>
        <translation>Mesures de sécurité (art. 30.1.g)</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Common to all activities</source>
        <translation>Commun à toutes les activités</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>The language of the Art 30 record in PDF</source>
        <translation>La langue du registre de l&apos;art. 30 en PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The register in force as the Art 30 record (PDF), JSON or XLSX</source>
        <translation>Le registre en vigueur comme registre de l&apos;art. 30 (PDF), en JSON ou en XLSX</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>A register exported as JSON, checked whole before it is saved</source>
        <translation>Un registre exporté en JSON, vérifié en entier avant d&apos;être enregistré</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Record in:</source>
        <translation>Registre en&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; unique in the register</source>
        <translation>Minuscules, chiffres et traits d&apos;union&#x202f;; unique dans le registre</translation>
    </message>
    <message>
        <source>Processes health data (Art 9(1))</source>
        <translation>Traite des données de santé (art. 9.1)</translation>
    </message>
    <message>
        <source>Doctolib is the controller (the person is referred to it)</source>
        <translation>Doctolib est responsable du traitement (la personne y est renvoyée)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>The register cannot be read</source>
        <translation>Le registre ne peut pas être lu</translation>
    </message>
    <message>
        <source>In force: the register of the privacy policy (no version saved)</source>
        <translation>En vigueur&#xa0;: le registre de la politique de confidentialité (aucune version enregistrée)</translation>
    </message>
    <message>
        <source>In force: version %1</source>
        <translation>En vigueur&#xa0;: version %1</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>The changes to the register are not saved: they are lost if the window closes now.</source>
        <translation>Les modifications du registre ne sont pas enregistrées&#xa0;: elles seront perdues si la fenêtre se ferme maintenant.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>The register was not saved</source>
        <translation>Le registre n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Export the register of processing</source>
        <translation>Exporter le registre des traitements</translation>
    </message>
    <message>
        <source>Art 30 record, PDF (*.pdf);;JSON, to import again (*.json);;Excel workbook (*.xlsx)</source>
        <translation>Registre de l&apos;art. 30, PDF (*.pdf);;JSON, à réimporter (*.json);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a register of processing</source>
        <translation>Importer un registre des traitements</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation>Le registre n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>The register was not imported</source>
        <translation>Le registre n&apos;a pas été importé</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who signs the letters</source>
        <translation>Qui signe les courriers</translation>
    </message>
    <message>
        <source>The defaults come from the privacy policy: correct what has changed.</source>
        <translation>Les valeurs par défaut proviennent de la politique de confidentialité&#xa0;: corrigez ce qui a changé.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Délégué(e) à la protection des données</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <source>Place before the date</source>
        <translation>Lieu avant la date</translation>
    </message>
    <message>
        <source>The addresses, the registration, the centres, the logo and the signature are in Settings.</source>
        <translation>Les adresses, l&apos;immatriculation, les centres, le logo et la signature se trouvent dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>RedactionView</name>
    <message>
        <source>Draw a box on a page with the mouse to hide what it covers.</source>
        <translation>Dessinez un cadre sur une page avec la souris pour masquer ce qu&apos;il couvre.</translation>
    </message>
    <message>
        <source>A name, a phone number…</source>
        <translation>Un nom, un numéro de téléphone…</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Ajouter le terme</translation>
    </message>
    <message>
        <source>Remove &amp;term</source>
        <translation>Retirer le &amp;terme</translation>
    </message>
    <message>
        <source>Remove &amp;box</source>
        <translation>Retirer le &amp;cadre</translation>
    </message>
    <message>
        <source>Terms hidden on every page:</source>
        <translation>Termes masqués sur chaque page&#xa0;:</translation>
    </message>
    <message>
        <source>Boxes drawn:</source>
        <translation>Cadres dessinés&#xa0;:</translation>
    </message>
    <message>
        <source>Page %1: %2 × %3 pt</source>
        <translation>Page %1&#xa0;: %2 × %3 pt</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>The clock is paused until the requester answers; strict date: %1</source>
        <translation>Le délai est suspendu jusqu&apos;à la réponse du demandeur&#x202f;; date stricte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strict date counted from first receipt: %1</source>
        <translation>Date stricte comptée depuis la première réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Governing due date: %1</source>
        <translation>Échéance applicable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data subject: %1
Asked by: %2</source>
        <translation>Personne concernée&#xa0;: %1
Demandée par&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>%1 (strict)</source>
        <translation>%1 (date stricte)</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (prolongé)</translation>
    </message>
</context>
<context>
    <name>ReportChip</name>
    <message>
        <source>answered</source>
        <translation>traitées</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>traitées dans le délai</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>traitées en retard</translation>
    </message>
    <message>
        <source>open past due</source>
        <translation>ouvertes, échéance dépassée</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>prolongées</translation>
    </message>
    <message>
        <source>a right refused</source>
        <translation>un droit refusé</translation>
    </message>
    <message>
        <source>erasure partly refused</source>
        <translation>effacement refusé en partie</translation>
    </message>
    <message>
        <source>identity not established</source>
        <translation>identité non établie</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>answered in %1 to %2 days</source>
        <translation>traitées en %1 à %2 jours</translation>
    </message>
    <message>
        <source>answered in %1 days or more</source>
        <translation>traitées en %1 jours ou plus</translation>
    </message>
    <message>
        <source>answered in %1 days or fewer</source>
        <translation>traitées en %1 jours ou moins</translation>
    </message>
    <message>
        <source>Filtered from the reports: %1</source>
        <translation>Filtré depuis les rapports&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Tous les centres</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Annual report (PDF)…</source>
        <translation>Rapport annuel (PDF)…</translation>
    </message>
    <message>
        <source>Export these cases…</source>
        <translation>Exporter ces demandes…</translation>
    </message>
    <message>
        <source>The cases of the period and filters, one row each (XLSX or CSV)</source>
        <translation>Les demandes de la période et des filtres, une ligne chacune (XLSX ou CSV)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Traitées dans le délai</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Traitées en retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Open past due</source>
        <translation>Ouvertes, échéance dépassée</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongées</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Délai médian de réponse (jours)</translation>
    </message>
    <message>
        <source>90th percentile of days</source>
        <translation>90ᵉ centile (jours)</translation>
    </message>
    <message>
        <source>Erasures partly refused</source>
        <translation>Effacements refusés en partie</translation>
    </message>
    <message>
        <source>Rights refused</source>
        <translation>Droits refusés</translation>
    </message>
    <message>
        <source>Identity not established</source>
        <translation>Identité non établie</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Requests per month, by right</source>
        <translation>Demandes par mois, par droit</translation>
    </message>
    <message>
        <source>Answered on time, per month</source>
        <translation>Traitées dans le délai, par mois</translation>
    </message>
    <message>
        <source>Requests by country</source>
        <translation>Demandes par pays</translation>
    </message>
    <message>
        <source>Requests by centre</source>
        <translation>Demandes par centre</translation>
    </message>
    <message>
        <source>Requests by channel</source>
        <translation>Demandes par canal</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Délai de réponse (jours)</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indiquez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>%1 purged requests are counted through their anonymous statistics line.</source>
        <translation>%1 demandes purgées sont comptées par leur ligne statistique anonyme.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(purgées)</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Opens the answers that took at least this many days (at least half of them)</source>
        <translation>Ouvre les réponses qui ont pris au moins ce nombre de jours (au moins la moitié d’entre elles)</translation>
    </message>
    <message>
        <source>Opens the answers that took at least this many days (the slowest tenth or more)</source>
        <translation>Ouvre les réponses qui ont pris au moins ce nombre de jours (le dixième le plus lent, ou plus)</translation>
    </message>
    <message>
        <source>Counts each right refused; opens the requests with a right refused</source>
        <translation>Compte chaque droit refusé&#xa0;; ouvre les demandes dont un droit a été refusé</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export these cases</source>
        <translation>Exporter ces demandes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>1 case exported</source>
        <translation>1 demande exportée</translation>
    </message>
    <message>
        <source>%1 cases exported</source>
        <translation>%1 demandes exportées</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Information received</source>
        <translation>Informations reçues</translation>
    </message>
    <message>
        <source>The clock of %1 restarts from the day the information arrived (that day is not counted).</source>
        <translation>Le délai de %1 repart du jour où les informations sont arrivées (ce jour n&apos;est pas compté).</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Relancer le délai</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrivées le</translation>
    </message>
    <message>
        <source>The arrival date is not a date: type it as dd/mm/yyyy</source>
        <translation>La date d&apos;arrivée n&apos;est pas une date&#xa0;: saisissez-la sous la forme jj/mm/aaaa</translation>
    </message>
    <message>
        <source>The arrival date is required</source>
        <translation>La date d&apos;arrivée est obligatoire</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Who asks, and how the request arrived</source>
        <translation>Qui demande, et comment la demande est arrivée</translation>
    </message>
    <message>
        <source>The checks that follow depend on who asks, the route, the country and the rights asked.</source>
        <translation>Les vérifications qui suivent dépendent de qui demande, de la voie utilisée, du pays et des droits demandés.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Qui demande&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail given:</source>
        <translation>E-mail indiqué&#xa0;:</translation>
    </message>
    <message>
        <source>Rights asked:</source>
        <translation>Droits demandés&#xa0;:</translation>
    </message>
    <message>
        <source>Centre country:</source>
        <translation>Pays du centre&#xa0;:</translation>
    </message>
    <message>
        <source>A relative of a deceased patient: the proofs the patient law requires, and the patient&apos;s name and date of birth matched against the file.</source>
        <translation>Un proche d&apos;un patient décédé&#xa0;: les justificatifs exigés par la loi sur les droits des patients, et les nom et date de naissance du patient comparés au dossier.</translation>
    </message>
    <message>
        <source>Someone acts for the patient: their authority is shown by documents, and the patient&apos;s name and date of birth are matched against the file.</source>
        <translation>Quelqu&apos;un agit pour le patient&#xa0;: sa qualité est démontrée par des documents, et les nom et date de naissance du patient sont comparés au dossier.</translation>
    </message>
    <message>
        <source>Certainty needed:</source>
        <translation>Degré de certitude requis&#xa0;:</translation>
    </message>
    <message>
        <source>How did the request reach us?</source>
        <translation>Comment la demande nous est-elle parvenue&#x202f;?</translation>
    </message>
    <message>
        <source>Proposed from the channel and the sender&apos;s address. When the requester&apos;s answer comes by another way, choose that way.</source>
        <translation>Proposé d&apos;après le canal et l&apos;adresse de l&apos;expéditeur. Si la réponse du demandeur arrive par une autre voie, choisissez cette voie.</translation>
    </message>
    <message>
        <source>The requester has already been asked once for information on this case.</source>
        <translation>Le demandeur a déjà été sollicité une fois pour des informations sur cette demande.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé</translation>
    </message>
</context>
<context>
    <name>SampleCases</name>
    <message>
        <source>Sample cases</source>
        <translation>Demandes d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample cases could not be read</source>
        <translation>Les demandes d&apos;exemple n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>There is no sample case to remove.</source>
        <translation>Il n&apos;y a aucune demande d&apos;exemple à supprimer.</translation>
    </message>
    <message>
        <source>Remove the sample cases</source>
        <translation>Supprimer les demandes d&apos;exemple</translation>
    </message>
    <message>
        <source>Remove the %1 sample cases, with their letters and documents? Real cases are not touched.</source>
        <translation>Supprimer les %1 demandes d&apos;exemple, avec leurs courriers et documents&#x202f;? Les demandes réelles ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>The sample cases could not be removed</source>
        <translation>Les demandes d&apos;exemple n&apos;ont pas pu être supprimées</translation>
    </message>
    <message>
        <source>%1 sample cases were removed.</source>
        <translation>%1 demandes d&apos;exemple ont été supprimées.</translation>
    </message>
    <message>
        <source>Remove the sample case, with its letters and documents? Real cases are not touched.</source>
        <translation>Supprimer la demande d&apos;exemple, avec ses courriers et documents&#x202f;? Les demandes réelles ne sont pas touchées.</translation>
    </message>
    <message>
        <source>1 sample case was removed.</source>
        <translation>1 demande d&apos;exemple a été supprimée.</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <source>Sample cases</source>
        <translation>Demandes d&apos;exemple</translation>
    </message>
    <message>
        <source>To explore the program before the first real request.</source>
        <translation>Pour découvrir le programme avant la première vraie demande.</translation>
    </message>
    <message>
        <source>Load %1 sample cases</source>
        <translation>Charger %1 demandes d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample cases are invented people in every situation: new, awaiting the requester, overdue, closed. Each one carries the note “%1” and all of them can be removed in one action when you are done exploring.</source>
        <translation>Les demandes d&apos;exemple concernent des personnes inventées, dans toutes les situations&#xa0;: nouvelles, en attente du demandeur, en retard, clôturées. Chacune porte la note «&#xa0;%1&#xa0;», et toutes peuvent être supprimées en une seule action quand vous avez fini de découvrir le programme.</translation>
    </message>
</context>
<context>
    <name>ScanFields</name>
    <message>
        <source>Read on the scan: %1</source>
        <translation>Lu sur le scan&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Numéro de patient&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Telephone (no field for it: copy it to the notes if needed): %1</source>
        <translation>Téléphone (sans champ prévu&#xa0;: recopiez-le dans les notes si besoin)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The letter is dated %1: the day of receipt is the day it arrived, not this one</source>
        <translation>Le courrier est daté du %1&#xa0;: la date de réception est le jour de son arrivée, pas celle-ci</translation>
    </message>
</context>
<context>
    <name>ScanIntakeDialog</name>
    <message>
        <source>A scanned letter came by post</source>
        <translation>Une lettre numérisée arrivée par courrier</translation>
    </message>
    <message>
        <source>Set on the case once it is created</source>
        <translation>Défini dans la demande une fois celle-ci créée</translation>
    </message>
    <message>
        <source>This letter looks like a follow-up of %1</source>
        <translation>Ce courrier semble faire suite à %1</translation>
    </message>
    <message>
        <source>page 1 of %1 shown</source>
        <translation>page 1 sur %1 affichée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Received on is today by default: correct it from the postmark or the date stamp.</source>
        <translation>«&#xa0;Reçue le&#xa0;» vaut aujourd&apos;hui par défaut&#xa0;: corrigez-la d&apos;après le cachet de la poste ou le tampon dateur.</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed. The file will be kept as it is; open it from the case.</source>
        <translation>Le PDF ne peut pas être affiché ici&#xa0;: le composant d&apos;affichage des PDF (pypdfium2) n&apos;est pas installé. Le fichier sera conservé tel quel&#x202f;; ouvrez-le depuis la demande.</translation>
    </message>
    <message>
        <source>The image is too large to be shown here (%1 pixels). It will be kept as it is.</source>
        <translation>L&apos;image est trop grande pour être affichée ici (%1 pixels). Elle sera conservée telle quelle.</translation>
    </message>
    <message>
        <source>The file cannot be shown here (%1). It will be kept as it is.</source>
        <translation>Le fichier ne peut pas être affiché ici (%1). Il sera conservé tel quel.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>SettingProblems</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as dpo@lazeo.com.</source>
        <translation>Saisissez une adresse e-mail, par exemple dpo@lazeo.com.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Saisissez un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>At most %1 lines fit in the envelope window.</source>
        <translation>La fenêtre de l&apos;enveloppe contient au plus %1 lignes.</translation>
    </message>
    <message>
        <source>A line is longer than %1 characters (postal standard NF Z10-011): shorten it.</source>
        <translation>Une ligne dépasse %1 caractères (norme postale NF Z10-011)&#xa0;: raccourcissez-la.</translation>
    </message>
    <message>
        <source>Another centre already has this name.</source>
        <translation>Un autre centre porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation>Indiquez le chemin complet du dossier.</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created here.</source>
        <translation>Ce dossier n&apos;existe pas et ne peut pas être créé ici.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image that can be read.</source>
        <translation>Ce fichier n&apos;est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB: choose a smaller file.</source>
        <translation>L&apos;image dépasse %1 Mo&#xa0;: choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The file must be sendable before the deadline: %1 days at most.</source>
        <translation>Le dossier doit pouvoir être envoyé avant l&apos;échéance&#xa0;: %1 jours au maximum.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Langue et rappels</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save every setting (Ctrl+S)</source>
        <translation>Enregistrer tous les paramètres (Ctrl+S)</translation>
    </message>
    <message>
        <source>Some stored settings could not be read and show their defaults: %1. Saving replaces them.</source>
        <translation>Certains paramètres enregistrés n&apos;ont pas pu être lus et affichent leur valeur par défaut&#xa0;: %1. L&apos;enregistrement les remplace.</translation>
    </message>
    <message>
        <source>Deadlines recounted</source>
        <translation>Délais recalculés</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: no due date moved.</source>
        <translation>Les demandes ouvertes ont été recalculées avec les nouveaux jours&#xa0;: aucune échéance n&apos;a changé.</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: 1 case has a new due date.</source>
        <translation>Les demandes ouvertes ont été recalculées avec les nouveaux jours&#xa0;: 1 demande a une nouvelle échéance.</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: %1 cases have a new due date.</source>
        <translation>Les demandes ouvertes ont été recalculées avec les nouveaux jours&#xa0;: %1 demandes ont une nouvelle échéance.</translation>
    </message>
    <message>
        <source>1 setting needs correcting (%1): see the message beside the field.</source>
        <translation>1 paramètre est à corriger (%1)&#xa0;: voir le message à côté du champ.</translation>
    </message>
    <message>
        <source>%1 settings need correcting (%2): see the messages beside the fields.</source>
        <translation>%1 paramètres sont à corriger (%2)&#xa0;: voir les messages à côté des champs.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Empty: the default folder, shown greyed</source>
        <translation>Vide&#xa0;: le dossier par défaut, affiché en grisé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>The window locks after this long without use; the passphrase opens it again.</source>
        <translation>La fenêtre se verrouille après cette durée d&apos;inactivité&#x202f;; la phrase secrète la rouvre.</translation>
    </message>
    <message>
        <source>The first start of each day copies the database here. Prefer a drive other than the computer&apos;s own disk.</source>
        <translation>Le premier démarrage de chaque jour copie la base de données ici. Préférez un autre support que le disque de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>A closed case file is kept this long after closure, to show how the request was answered (GDPR Art 5(2)), then purged; five years is the limitation period for civil claims in France and Belgium.</source>
        <translation>Une demande clôturée est conservée pendant cette durée après sa clôture, pour démontrer comment il y a été répondu (art. 5, par. 2, RGPD), puis purgée&#x202f;; cinq ans correspondent au délai de prescription des actions civiles en France et en Belgique.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Daily copies kept</source>
        <translation>Copies quotidiennes conservées</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Keep closed case files</source>
        <translation>Conserver les demandes clôturées</translation>
    </message>
    <message>
        <source>These settings are kept in the database, so that they travel with its backups.</source>
        <translation>Ces paramètres sont conservés dans la base de données&#xa0;: ils suivent donc ses sauvegardes.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Showing only these cases; click again to show all</source>
        <translation>Seules ces demandes sont affichées&#x202f;; cliquez à nouveau pour tout afficher</translation>
    </message>
    <message>
        <source>Show only these cases</source>
        <translation>Afficher uniquement ces demandes</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Letter template</source>
        <translation>Modèle de courrier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The lines before “---” give the subject and the closing; the letter follows. A blank line starts a new paragraph, “- ” starts a list item, {name} is filled in from the case (double-click a name below to insert it), {{ and }} print braces. A name that does not exist is refused here, never printed blank.</source>
        <translation>Les lignes avant «&#xa0;---&#xa0;» donnent l&apos;objet et la formule de politesse&#x202f;; le courrier suit. Une ligne vide commence un nouveau paragraphe, «&#xa0;-&#xa0;» commence un élément de liste, {name} est rempli à partir de la demande (double-cliquez sur un nom ci-dessous pour l&apos;insérer), {{ et }} impriment des accolades. Un nom qui n&apos;existe pas est refusé ici, jamais imprimé vide.</translation>
    </message>
    <message>
        <source>Double-click to insert {%1} at the cursor</source>
        <translation>Double-cliquez pour insérer {%1} à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <source>Names that can be used</source>
        <translation>Noms utilisables</translation>
    </message>
    <message>
        <source>The letter as this text gives it, on a sample case:</source>
        <translation>Le courrier tel que ce texte le produit, sur une demande d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>Revenir au texte par défaut</translation>
    </message>
    <message>
        <source>Remove your version: letters use the text shipped with the program</source>
        <translation>Supprimer votre version&#xa0;: les courriers utilisent le texte fourni avec le programme</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Letter template — %1 (%2)</source>
        <translation>Modèle de courrier — %1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Leave them?</source>
        <translation>Vos modifications de ce modèle ne sont pas enregistrées. Les abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>This text cannot be saved yet:</source>
        <translation>Ce texte ne peut pas encore être enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Correct the problems listed under the text to see the letter.</source>
        <translation>Corrigez les problèmes listés sous le texte pour voir le courrier.</translation>
    </message>
    <message>
        <source>No problem: this text can be used for letters.</source>
        <translation>Aucun problème&#xa0;: ce texte peut être utilisé pour les courriers.</translation>
    </message>
    <message>
        <source>The letter could not be made (%1: %2).</source>
        <translation>Le courrier n&apos;a pas pu être produit (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>In force: your version</source>
        <translation>En vigueur&#xa0;: votre version</translation>
    </message>
    <message>
        <source>In force: the default text</source>
        <translation>En vigueur&#xa0;: le texte par défaut</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Le modèle n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved: letters now use your version.</source>
        <translation>Enregistré&#xa0;: les courriers utilisent désormais votre version.</translation>
    </message>
    <message>
        <source>Saved: this is the default text, so letters use the default.</source>
        <translation>Enregistré&#xa0;: c&apos;est le texte par défaut, les courriers utilisent donc le texte par défaut.</translation>
    </message>
    <message>
        <source>Back to the default text</source>
        <translation>Revenir au texte par défaut</translation>
    </message>
    <message>
        <source>Letters of this kind in this language will use the text shipped with the program; your version is removed. Go back to the default?</source>
        <translation>Les courriers de ce type dans cette langue utiliseront le texte fourni avec le programme&#x202f;; votre version est supprimée. Revenir au texte par défaut&#x202f;?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The template was not changed</source>
        <translation>Le modèle n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>Back to the default text.</source>
        <translation>Retour au texte par défaut.</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Close all the same?</source>
        <translation>Vos modifications de ce modèle ne sont pas enregistrées. Fermer malgré tout&#x202f;?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due by %1: %2</source>
        <translation>Échéance au plus tard le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requests to answer</source>
        <translation>Demandes à traiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LAZEO Desk</source>
        <translation>Bienvenue dans LAZEO Desk</translation>
    </message>
    <message>
        <source>A few steps before the first case.</source>
        <translation>Quelques étapes avant la première demande.</translation>
    </message>
    <message>
        <source>LAZEO Desk keeps the data subject requests that reach the Data Protection Officer, counts their legal deadlines, guides the identity check and prints the letters in Dutch, French and English.

The next steps check who signs the letters and offer sample cases to explore the program. Everything can be changed later in Settings.</source>
        <translation>LAZEO Desk conserve les demandes des personnes concernées adressées au délégué à la protection des données, calcule leurs délais légaux, guide la vérification d&apos;identité et imprime les courriers en néerlandais, en français et en anglais.

Les étapes suivantes vérifient qui signe les courriers et proposent des demandes d&apos;exemple pour découvrir le programme. Tout peut être modifié plus tard dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>LAZEO Desk cannot start</source>
        <translation>LAZEO Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>The backup is in %1.</source>
        <translation>La sauvegarde se trouve dans %1.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Register of &amp;processing…</source>
        <translation>Registre des &amp;traitements…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Remove the &amp;sample cases…</source>
        <translation>Supprimer les demandes d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <source>Only the DPO&apos;s role on the team&apos;s database server may do this.</source>
        <translation>Seul le rôle de DPO sur le serveur de base de données de l&apos;équipe peut le faire.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About LAZEO Desk</source>
        <translation>À &amp;propos de LAZEO Desk</translation>
    </message>
    <message>
        <source> — UNENCRYPTED database (tests and demos only)</source>
        <translation> — base de données NON CHIFFRÉE (tests et démonstrations uniquement)</translation>
    </message>
    <message>
        <source>Unencrypted database</source>
        <translation>Base de données non chiffrée</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Backup of the day written: %1</source>
        <translation>Sauvegarde du jour écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La sauvegarde quotidienne a échoué</translation>
    </message>
    <message>
        <source>Only a database file can be encrypted: start with --plain for this one.</source>
        <translation>Seul un fichier de base de données peut être chiffré&#xa0;: démarrez avec --plain pour celle-ci.</translation>
    </message>
    <message>
        <source>Password of %1 on the database server %2:</source>
        <translation>Mot de passe de %1 sur le serveur de base de données %2&#xa0;:</translation>
    </message>
    <message>
        <source>That password was refused.</source>
        <translation>Ce mot de passe a été refusé.</translation>
    </message>
    <message>
        <source>Sign in to the database server</source>
        <translation>Connexion au serveur de base de données</translation>
    </message>
</context>
</TS>
