<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the person who decided must be recorded</source>
        <translation>de persoon die heeft beslist moet worden vastgelegd</translation>
    </message>
    <message>
        <source>the checks do not establish identity yet, it cannot be &apos;verified&apos;</source>
        <translation>de controles stellen de identiteit nog niet vast: ze kan niet als ‘geverifieerd’ worden aangemerkt</translation>
    </message>
    <message>
        <source>a request can be declined only after asking the requester once (GDPR Art 11(2), 12(2))</source>
        <translation>een verzoek kan pas worden afgewezen nadat de verzoeker één keer om informatie is gevraagd (art. 11, lid 2, en 12, lid 2, AVG)</translation>
    </message>
    <message>
        <source>the checks establish identity; nothing more may be asked (GDPR Art 12(6))</source>
        <translation>de controles stellen de identiteit vast; er mag niets meer worden gevraagd (art. 12, lid 6, AVG)</translation>
    </message>
    <message>
        <source>the file establishes identity, no identity document may be kept</source>
        <translation>het dossier stelt de identiteit vast: er mag geen identiteitsbewijs worden bewaard</translation>
    </message>
    <message>
        <source>expected a text or an object with &apos;nl&apos;, &apos;fr&apos; and &apos;en&apos;</source>
        <translation>een tekst of een object met ‘nl’, ‘fr’ en ‘en’ verwacht</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; text must be a string</source>
        <translation>de tekst ‘{code}’ moet een tekenreeks zijn</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>een tekst verwacht</translation>
    </message>
    <message>
        <source>expected a list of lines</source>
        <translation>een lijst van regels verwacht</translation>
    </message>
    <message>
        <source>expected a distance in millimetres between 0 and 297</source>
        <translation>een afstand in millimeter tussen 0 en 297 verwacht</translation>
    </message>
    <message>
        <source>expected a file path</source>
        <translation>een bestandspad verwacht</translation>
    </message>
    <message>
        <source>unknown window side {value} (known: {known})</source>
        <translation>onbekende vensterzijde {value} (bekend: {known})</translation>
    </message>
    <message>
        <source>a processing activity needs a &apos;key&apos;</source>
        <translation>een verwerkingsactiviteit heeft een sleutel (‘key’) nodig</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>verwacht: waar of onwaar</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>een object verwacht</translation>
    </message>
    <message>
        <source>expected a list of processing activities</source>
        <translation>een lijst van verwerkingsactiviteiten verwacht</translation>
    </message>
    <message>
        <source>a new case must be verified or worked on before it is answered or closed</source>
        <translation>een nieuw verzoek moet worden geverifieerd of behandeld voordat het wordt beantwoord of afgesloten</translation>
    </message>
    <message>
        <source>identity must be settled (verified, awaited or refused) before the case is answered</source>
        <translation>de identiteit moet vaststaan (geverifieerd, afgewacht of geweigerd) voordat het verzoek wordt beantwoord</translation>
    </message>
    <message>
        <source>while the requester&apos;s reply is awaited the case can only resume, be refused or be withdrawn (GDPR Art 12(2), 12(6))</source>
        <translation>zolang het antwoord van de verzoeker wordt afgewacht, kan het verzoek alleen worden hervat, geweigerd of ingetrokken (art. 12, lid 2 en 6, AVG)</translation>
    </message>
    <message>
        <source>a case in progress cannot be closed before it is answered</source>
        <translation>een verzoek in behandeling kan niet worden afgesloten voordat het is beantwoord</translation>
    </message>
    <message>
        <source>an answered case can only be closed, or reopened to work on it again</source>
        <translation>een beantwoord verzoek kan alleen worden afgesloten, of heropend om het opnieuw te behandelen</translation>
    </message>
    <message>
        <source>a refused request can only be closed; a new request opens a new case</source>
        <translation>een geweigerd verzoek kan alleen worden afgesloten; een nieuw verzoek opent een nieuw dossier</translation>
    </message>
    <message>
        <source>a withdrawn request can only be closed</source>
        <translation>een ingetrokken verzoek kan alleen worden afgesloten</translation>
    </message>
    <message>
        <source>a referred request can only be closed</source>
        <translation>een doorverwezen verzoek kan alleen worden afgesloten</translation>
    </message>
    <message>
        <source>a closed case is final: a new request opens a new case</source>
        <translation>een afgesloten verzoek is definitief: een nieuw verzoek opent een nieuw dossier</translation>
    </message>
    <message>
        <source>the case is already &apos;{status}&apos;</source>
        <translation>het verzoek is al ‘{status}’</translation>
    </message>
    <message>
        <source>cannot move a case from &apos;{current}&apos; to &apos;{target}&apos;: {why}</source>
        <translation>een verzoek kan niet van ‘{current}’ naar ‘{target}’ gaan: {why}</translation>
    </message>
    <message>
        <source>the data subject&apos;s name is required</source>
        <translation>de naam van de betrokkene is verplicht</translation>
    </message>
    <message>
        <source>at least one right must be invoked</source>
        <translation>er moet ten minste één recht worden ingeroepen</translation>
    </message>
    <message>
        <source>a right is listed twice</source>
        <translation>een recht staat er twee keer in</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} ligt in de toekomst</translation>
    </message>
    <message>
        <source>{day} is not between {first} and {last}</source>
        <translation>{day} ligt niet tussen {first} en {last}</translation>
    </message>
    <message>
        <source>{day} is before {first}</source>
        <translation>{day} ligt vóór {first}</translation>
    </message>
    <message>
        <source>{count} characters, more than the {limit} allowed</source>
        <translation>{count} tekens, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <source>the name of who holds the case must be one line of printable characters</source>
        <translation>de naam van wie het verzoek behandelt moet één regel afdrukbare tekens zijn</translation>
    </message>
    <message>
        <source>{count} lines, more than the {limit} allowed</source>
        <translation>{count} regels, meer dan de toegestane {limit}</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} ligt niet tussen {low} en {high}</translation>
    </message>
    <message>
        <source>a request cannot be complete before it is received</source>
        <translation>een verzoek kan niet volledig zijn voordat het is ontvangen</translation>
    </message>
    <message>
        <source>the answer cannot precede the request</source>
        <translation>het antwoord kan niet aan het verzoek voorafgaan</translation>
    </message>
    <message>
        <source>a case cannot be closed before it is received</source>
        <translation>een verzoek kan niet worden afgesloten voordat het is ontvangen</translation>
    </message>
    <message>
        <source>a case awaiting the requester needs the day the information was asked for</source>
        <translation>een verzoek dat wacht op de verzoeker heeft de dag nodig waarop de informatie werd gevraagd</translation>
    </message>
    <message>
        <source>the information cannot be asked for before the request was received</source>
        <translation>de informatie kan niet worden gevraagd voordat het verzoek is ontvangen</translation>
    </message>
    <message>
        <source>a case that is {status} needs the date it was answered</source>
        <translation>een verzoek met status ‘{status}’ heeft de datum van het antwoord nodig</translation>
    </message>
    <message>
        <source>a closed case needs the date it was closed</source>
        <translation>een afgesloten verzoek heeft de datum van afsluiting nodig</translation>
    </message>
    <message>
        <source>the extension cannot be notified before the request was received</source>
        <translation>de verlenging kan niet worden meegedeeld voordat het verzoek is ontvangen</translation>
    </message>
    <message>
        <source>the person is born after the request was received</source>
        <translation>de persoon is geboren na de ontvangst van het verzoek</translation>
    </message>
    <message>
        <source>a date of death is given but the person is not marked deceased</source>
        <translation>er is een overlijdensdatum opgegeven, maar de persoon is niet als overleden gemarkeerd</translation>
    </message>
    <message>
        <source>the person died before being born</source>
        <translation>de overlijdensdatum ligt vóór de geboortedatum</translation>
    </message>
    <message>
        <source>the name of the person asking on the subject&apos;s behalf is required</source>
        <translation>de naam van wie namens de betrokkene optreedt is verplicht</translation>
    </message>
    <message>
        <source>an heir asks for a deceased person; mark the subject deceased</source>
        <translation>een erfgenaam treedt op voor een overleden persoon; markeer de betrokkene als overleden</translation>
    </message>
    <message>
        <source>an extension needs its reasons (GDPR Art 12(3))</source>
        <translation>een verlenging moet met redenen worden omkleed (art. 12, lid 3, AVG)</translation>
    </message>
    <message>
        <source>an outcome for a right that was not invoked</source>
        <translation>een uitkomst voor een recht dat niet werd ingeroepen</translation>
    </message>
    <message>
        <source>a refusal or partial grant needs its ground (GDPR Art 12(4))</source>
        <translation>een weigering of gedeeltelijke inwilliging moet worden gemotiveerd (art. 12, lid 4, AVG)</translation>
    </message>
    <message>
        <source>the recipient has no name</source>
        <translation>de geadresseerde heeft geen naam</translation>
    </message>
    <message>
        <source>the recipient has no postal address: the letter cannot go by post</source>
        <translation>de geadresseerde heeft geen postadres: de brief kan niet per post worden verstuurd</translation>
    </message>
    <message>
        <source>the address has {count} lines; at most {most} fit (NF Z10-011): lines were joined</source>
        <translation>het adres telt {count} regels; er passen er hoogstens {most} (NF Z10-011): regels werden samengevoegd</translation>
    </message>
    <message>
        <source>1 address line longer than {length} characters (NF Z10-011)</source>
        <translation>1 adresregel langer dan {length} tekens (NF Z10-011)</translation>
    </message>
    <message>
        <source>{count} address lines longer than {length} characters (NF Z10-011)</source>
        <translation>{count} adresregels langer dan {length} tekens (NF Z10-011)</translation>
    </message>
    <message>
        <source>the last line should start with the postcode, then the town: {line}</source>
        <translation>de laatste regel hoort te beginnen met de postcode, dan de gemeente: {line}</translation>
    </message>
    <message>
        <source>the centre is in {country}: a letter posted from France to a recipient abroad needs the country on the last line</source>
        <translation>het centrum ligt in {country}: een brief die vanuit Frankrijk naar het buitenland wordt gepost, moet het land op de laatste regel vermelden</translation>
    </message>
    <message>
        <source>the logo image {path} cannot be read ({fault}): it is left out</source>
        <translation>de logo-afbeelding {path} kan niet worden gelezen ({fault}): ze wordt weggelaten</translation>
    </message>
    <message>
        <source>the signature image {path} cannot be read ({fault}): it is left out</source>
        <translation>de afbeelding van de handtekening {path} kan niet worden gelezen ({fault}): ze wordt weggelaten</translation>
    </message>
    <message>
        <source>the case has no reference yet: save it before sending the letter</source>
        <translation>het verzoek heeft nog geen referentie: sla het op voordat u de brief verstuurt</translation>
    </message>
    <message>
        <source>a Luxembourg relative&apos;s access rests on art. 36 of the law of 28 August 1998 on hospital establishments; the patients&apos; rights law of 24 July 2014 is not verified: have the letter reviewed before it goes out</source>
        <translation>de toegang van een naaste in Luxemburg steunt op art. 36 van de wet van 28 augustus 1998 op de ziekenhuisinstellingen; de patiëntenrechtenwet van 24 juli 2014 is niet nagegaan: laat de brief nalezen voor hij vertrekt</translation>
    </message>
    <message>
        <source>{placeholder} is a block and must stand alone in its paragraph</source>
        <translation>{placeholder} is een blok en moet alleen in zijn alinea staan</translation>
    </message>
    <message>
        <source>no designated practitioner is recorded: record the practitioner the relative designated (name and address)</source>
        <translation>er is geen aangewezen beroepsbeoefenaar geregistreerd: registreer de beroepsbeoefenaar die de naaste aanwees (naam en adres)</translation>
    </message>
    <message>
        <source>the extension notice had to go out by {day} (within the first month, GDPR Art 12(3))</source>
        <translation>de kennisgeving van verlenging moest uiterlijk op {day} vertrekken (binnen de eerste maand, art. 12, lid 3, AVG)</translation>
    </message>
    <message>
        <source>an extension notice must give its reasons (GDPR Art 12(3)): record the reason for the extension on the case or type it for this letter</source>
        <translation>een kennisgeving van verlenging moet worden gemotiveerd (art. 12, lid 3, AVG): leg de reden van de verlenging vast in het verzoek of typ ze voor deze brief</translation>
    </message>
    <message>
        <source>the end of retention of the medical file cannot be computed: {explanation}</source>
        <translation>het einde van de bewaring van het medisch dossier kan niet worden berekend: {explanation}</translation>
    </message>
    <message>
        <source>a refusal must state its ground (GDPR Art 12(4)): identity not established (Art 11(2), 12(2)), or a manifestly unfounded or excessive request (Art 12(5))</source>
        <translation>een weigering moet haar grond vermelden (art. 12, lid 4, AVG): identiteit niet vastgesteld (art. 11, lid 2, en 12, lid 2), of een kennelijk ongegrond of buitensporig verzoek (art. 12, lid 5)</translation>
    </message>
    <message>
        <source>the letter states the retention rule without an end date: {explanation}</source>
        <translation>de brief vermeldt de bewaarregel zonder einddatum: {explanation}</translation>
    </message>
    <message>
        <source>the medical file was due by {day} ({law}): the letter does not promise that date; send the file now</source>
        <translation>het medisch dossier moest uiterlijk op {day} worden bezorgd ({law}): de brief belooft die datum niet; bezorg het dossier nu</translation>
    </message>
    <message>
        <source>font {name} is missing from {folder}</source>
        <translation>het lettertype {name} ontbreekt in {folder}</translation>
    </message>
    <message>
        <source>the addressee: the requester, or the representative who wrote</source>
        <translation>de geadresseerde: de verzoeker, of de vertegenwoordiger die schreef</translation>
    </message>
    <message>
        <source>the opening line for the addressee&apos;s title: &apos;Maître,&apos;, &apos;Geachte dokter,&apos; …</source>
        <translation>de aanhef volgens de titel van de geadresseerde: &apos;Maître,&apos;, &apos;Geachte dokter,&apos; …</translation>
    </message>
    <message>
        <source>the closing formula; in French it repeats the form of address</source>
        <translation>de slotformule; in het Frans herhaalt ze de aanspreekvorm</translation>
    </message>
    <message>
        <source>the name of the person who asked (the relative, for a practitioner)</source>
        <translation>de naam van wie het verzoek deed (de naaste, voor een beroepsbeoefenaar)</translation>
    </message>
    <message>
        <source>the data subject as &apos;the late …&apos; once they have died</source>
        <translation>de betrokkene als &apos;wijlen …&apos; na het overlijden</translation>
    </message>
    <message>
        <source>the practitioner a relative designated (Belgium, Luxembourg)</source>
        <translation>de beroepsbeoefenaar die een naaste aanwees (België, Luxemburg)</translation>
    </message>
    <message>
        <source>the data subject&apos;s name</source>
        <translation>de naam van de betrokkene</translation>
    </message>
    <message>
        <source>the case reference (DSAR-2026-0001)</source>
        <translation>de referentie van het verzoek (DSAR-2026-0001)</translation>
    </message>
    <message>
        <source>the date the request was received, written out</source>
        <translation>de datum waarop het verzoek werd ontvangen, voluit geschreven</translation>
    </message>
    <message>
        <source>the date of the letter, written out</source>
        <translation>de datum van de brief, voluit geschreven</translation>
    </message>
    <message>
        <source>the date the answer is due (the governing deadline), written out</source>
        <translation>de uiterste datum voor het antwoord (de geldende termijn), voluit geschreven</translation>
    </message>
    <message>
        <source>the end of the first month (GDPR Art 12(3)), written out</source>
        <translation>het einde van de eerste maand (art. 12, lid 3, AVG), voluit geschreven</translation>
    </message>
    <message>
        <source>the extended deadline: receipt + 3 months (GDPR Art 12(3)), written out</source>
        <translation>de verlengde termijn: ontvangst + 3 maanden (art. 12, lid 3, AVG), voluit geschreven</translation>
    </message>
    <message>
        <source>the reasons for the extension</source>
        <translation>de redenen voor de verlenging</translation>
    </message>
    <message>
        <source>&apos; on behalf of &lt;data subject&gt;&apos; when a representative wrote, else nothing</source>
        <translation>‘ namens &lt;betrokkene&gt;’ als een vertegenwoordiger schreef, anders niets</translation>
    </message>
    <message>
        <source>&apos;your personal data&apos;, or &apos;the personal data of &lt;data subject&gt;&apos;</source>
        <translation>‘uw persoonsgegevens’, of ‘de persoonsgegevens van &lt;betrokkene&gt;’</translation>
    </message>
    <message>
        <source>&apos;your medical file&apos;, or &apos;the medical file of &lt;data subject&gt;&apos;</source>
        <translation>‘uw medisch dossier’, of ‘het medisch dossier van &lt;betrokkene&gt;’</translation>
    </message>
    <message>
        <source>&apos;of your personal data&apos;, or &apos;of the personal data of &lt;data subject&gt;&apos;</source>
        <translation>‘van uw persoonsgegevens’, of ‘van de persoonsgegevens van &lt;betrokkene&gt;’</translation>
    </message>
    <message>
        <source>&apos;of your medical file&apos;, or &apos;of the medical file of &lt;data subject&gt;&apos;</source>
        <translation>‘van uw medisch dossier’, of ‘van het medisch dossier van &lt;betrokkene&gt;’</translation>
    </message>
    <message>
        <source>the rights invoked, as a list in words</source>
        <translation>de ingeroepen rechten, als opsomming in woorden</translation>
    </message>
    <message>
        <source>the controller (BS GROUPE)</source>
        <translation>de verwerkingsverantwoordelijke (BS GROUPE)</translation>
    </message>
    <message>
        <source>the DPO&apos;s name</source>
        <translation>de naam van de DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s title</source>
        <translation>de titel van de DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s e-mail address</source>
        <translation>het e-mailadres van de DPO</translation>
    </message>
    <message>
        <source>the DPO&apos;s postal address on one line</source>
        <translation>het postadres van de DPO op één regel</translation>
    </message>
    <message>
        <source>the competent supervisory authority</source>
        <translation>de bevoegde toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>the end of retention of the medical file, written out</source>
        <translation>het einde van de bewaring van het medisch dossier, voluit geschreven</translation>
    </message>
    <message>
        <source>the national patient-rights law of the centre&apos;s country</source>
        <translation>de nationale patiëntenrechtenwet van het land van het centrum</translation>
    </message>
    <message>
        <source>why proof is asked, with its legal ground (a deceased patient&apos;s relative: the national rule)</source>
        <translation>waarom bewijsstukken worden gevraagd, met de rechtsgrond (voor de naaste van een overleden patiënt: de nationale regel)</translation>
    </message>
    <message>
        <source>the paragraphs typed for this letter (nothing when none)</source>
        <translation>de alinea&apos;s die voor deze brief zijn getypt (niets als er geen zijn)</translation>
    </message>
    <message>
        <source>the list of enclosed documents</source>
        <translation>de lijst van bijgevoegde documenten</translation>
    </message>
    <message>
        <source>in what capacity the representative is written to (nothing for the person)</source>
        <translation>in welke hoedanigheid de vertegenwoordiger wordt aangeschreven (niets voor de persoon zelf)</translation>
    </message>
    <message>
        <source>the national rule a deceased patient&apos;s relatives rely on, with an heir&apos;s purpose</source>
        <translation>de nationale regel waarop de naasten van een overleden patiënt steunen, met het doel van de erfgenaam</translation>
    </message>
    <message>
        <source>the Art 15(1)(a)-(h) and 15(2) information from the processing register</source>
        <translation>de informatie van art. 15, lid 1, a) tot h), en lid 2, uit het register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>what the requester must send (identity request)</source>
        <translation>wat de verzoeker moet opsturen (verzoek om identiteitsbewijs)</translation>
    </message>
    <message>
        <source>the right to complain, with the authority&apos;s name and address</source>
        <translation>het recht om een klacht in te dienen, met naam en adres van de autoriteit</translation>
    </message>
    <message>
        <source>the right to a judicial remedy (GDPR Art 79)</source>
        <translation>het recht op een voorziening in rechte (art. 79 AVG)</translation>
    </message>
    <message>
        <source>why the request is refused (ground and explanation)</source>
        <translation>waarom het verzoek wordt geweigerd (grond en toelichting)</translation>
    </message>
    <message>
        <source>until when the medical file is kept, and why (Art 17(3)(b)/(c))</source>
        <translation>tot wanneer het medisch dossier wordt bewaard, en waarom (art. 17, lid 3, b) en c))</translation>
    </message>
    <message>
        <source>the recipients informed of the change (GDPR Art 19)</source>
        <translation>de ontvangers die van de wijziging op de hoogte zijn gebracht (art. 19 AVG)</translation>
    </message>
    <message>
        <source>what was done, as a list (nothing when none was typed)</source>
        <translation>wat er werd gedaan, als lijst (niets als er niets werd getypt)</translation>
    </message>
    <message>
        <source>the national deadline for the medical file, when one applies</source>
        <translation>de nationale termijn voor het medisch dossier, als die van toepassing is</translation>
    </message>
    <message>
        <source>by when the request is answered: the medical file by its national date, the rest by the GDPR date</source>
        <translation>tegen wanneer het verzoek beantwoord wordt: het medisch dossier op de nationale datum, de rest op de AVG-datum</translation>
    </message>
    <message>
        <source>the first copy of the medical file is free (CJEU C-307/22)</source>
        <translation>het eerste afschrift van het medisch dossier is gratis (HvJ EU, C-307/22)</translation>
    </message>
    <message>
        <source>Doctolib is controller for the Doctolib account</source>
        <translation>Doctolib is verwerkingsverantwoordelijke voor het Doctolib-account</translation>
    </message>
    <message>
        <source>a &apos;{brace}&apos; is not closed (write &apos;{escaped}&apos; for a brace)</source>
        <translation>een ‘{brace}’ wordt niet gesloten (schrijf ‘{escaped}’ voor een accolade)</translation>
    </message>
    <message>
        <source>a &apos;{brace}&apos; has no opening brace (write &apos;{escaped}&apos; for a brace)</source>
        <translation>bij een ‘{brace}’ hoort geen openingsaccolade (schrijf ‘{escaped}’ voor een accolade)</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a placeholder name (lower-case letters and _)</source>
        <translation>‘{text}’ is geen geldige naam (kleine letters en _)</translation>
    </message>
    <message>
        <source>the line &apos;{separator}&apos; between the header (subject:) and the letter body is missing</source>
        <translation>de regel ‘{separator}’ tussen de kop (subject:) en de tekst van de brief ontbreekt</translation>
    </message>
    <message>
        <source>header line {number}: expected &apos;subject: …&apos; or &apos;closing: …&apos;, found {found}</source>
        <translation>kopregel {number}: ‘subject: …’ of ‘closing: …’ verwacht, gevonden: {found}</translation>
    </message>
    <message>
        <source>the subject line is missing or empty (&apos;subject: …&apos; before &apos;---&apos;)</source>
        <translation>de onderwerpregel ontbreekt of is leeg (‘subject: …’ vóór ‘---’)</translation>
    </message>
    <message>
        <source>the letter body is empty</source>
        <translation>de tekst van de brief is leeg</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder} (did you mean {suggestion}?)</source>
        <translation>onbekende naam {placeholder} (bedoelt u {suggestion}?)</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}</source>
        <translation>onbekende naam {placeholder}</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>regel subject (onderwerp)</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>regel closing (slotformule)</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>alinea {number}</translation>
    </message>
    <message>
        <source>a {kind} letter must contain {placeholder}: {description}</source>
        <translation>een brief van het type ‘{kind}’ moet {placeholder} bevatten: {description}</translation>
    </message>
    <message>
        <source>the default template {path} is missing</source>
        <translation>het standaardsjabloon {path} ontbreekt</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen op</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>volledig op</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord op</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten op</translation>
    </message>
    <message>
        <source>awaiting since</source>
        <translation>wacht sinds</translation>
    </message>
    <message>
        <source>information requested</source>
        <translation>informatie gevraagd op</translation>
    </message>
    <message>
        <source>extension reason</source>
        <translation>redenen van de verlenging</translation>
    </message>
    <message>
        <source>extension notice date</source>
        <translation>verlenging meegedeeld op</translation>
    </message>
    <message>
        <source>records older than 5 years</source>
        <translation>medische gegevens ouder dan 5 jaar</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>request text</source>
        <translation>tekst van het verzoek</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>subject name</source>
        <translation>naam van de betrokkene</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>subject e-mail</source>
        <translation>e-mail van de betrokkene</translation>
    </message>
    <message>
        <source>subject address</source>
        <translation>adres van de betrokkene</translation>
    </message>
    <message>
        <source>patient number</source>
        <translation>patiëntnummer</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centrum</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minderjarig</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>date of death</source>
        <translation>overlijdensdatum</translation>
    </message>
    <message>
        <source>last consultation</source>
        <translation>laatste consultatie</translation>
    </message>
    <message>
        <source>requester relationship</source>
        <translation>hoedanigheid van de verzoeker</translation>
    </message>
    <message>
        <source>requester name</source>
        <translation>naam van de verzoeker</translation>
    </message>
    <message>
        <source>requester address</source>
        <translation>adres van de verzoeker</translation>
    </message>
    <message>
        <source>requester e-mail</source>
        <translation>e-mail van de verzoeker</translation>
    </message>
    <message>
        <source>proof of authority</source>
        <translation>bewijs van hoedanigheid</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>outcome {right}: (none)</source>
        <translation>beslissing voor het recht ‘{right}’: (geen)</translation>
    </message>
    <message>
        <source>outcome {right}: {outcome} ({ground})</source>
        <translation>beslissing voor het recht ‘{right}’: {outcome} ({ground})</translation>
    </message>
    <message>
        <source>outcome {right}: {outcome}</source>
        <translation>beslissing voor het recht ‘{right}’: {outcome}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>geen wijziging</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>{person}: {change}</source>
        <translation>{person}: {change}</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>en nog {count} wijzigingen</translation>
    </message>
    <message>
        <source>{reference} was changed by {people} since you opened it (version {opened}, now {current}): this change was not saved</source>
        <translation>{reference} is gewijzigd door {people} sinds u het opende (versie {opened}, nu {current}): deze wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>{reference} is already assigned to {person}</source>
        <translation>{reference} is al toegewezen aan {person}</translation>
    </message>
    <message>
        <source>{reference} is assigned to nobody</source>
        <translation>{reference} is aan niemand toegewezen</translation>
    </message>
    <message>
        <source>no longer assigned to {person}</source>
        <translation>niet langer toegewezen aan {person}</translation>
    </message>
    <message>
        <source>reassigned from {before} to {after}</source>
        <translation>opnieuw toegewezen: van {before} aan {after}</translation>
    </message>
    <message>
        <source>assigned to {person}</source>
        <translation>toegewezen aan {person}</translation>
    </message>
    <message>
        <source>only a stored case can be saved</source>
        <translation>alleen een opgeslagen verzoek kan worden bewaard</translation>
    </message>
    <message>
        <source>clock restarts from {day} (information received)</source>
        <translation>de termijn loopt opnieuw vanaf {day} (informatie ontvangen)</translation>
    </message>
    <message>
        <source>asked the requester for: {items}</source>
        <translation>aan de verzoeker gevraagd: {items}</translation>
    </message>
    <message>
        <source>the information cannot arrive in the future</source>
        <translation>de informatie kan niet in de toekomst binnenkomen</translation>
    </message>
    <message>
        <source>{reference} is not awaiting the requester</source>
        <translation>{reference} wacht niet op de verzoeker</translation>
    </message>
    <message>
        <source>the information cannot arrive before it was asked for</source>
        <translation>de informatie kan niet binnenkomen voordat erom werd gevraagd</translation>
    </message>
    <message>
        <source>{reference} is {status}: only an open case can be extended</source>
        <translation>{reference} heeft status ‘{status}’: alleen een open verzoek kan worden verlengd</translation>
    </message>
    <message>
        <source>{reference} is already extended</source>
        <translation>{reference} is al verlengd</translation>
    </message>
    <message>
        <source>the first deadline ({day}) has passed; GDPR Art 12(3) requires the extension to be notified within the first month</source>
        <translation>de eerste termijn ({day}) is verstreken; art. 12, lid 3, AVG vereist dat de verlenging binnen de eerste maand wordt meegedeeld</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>de notitie is leeg</translation>
    </message>
    <message>
        <source>its reference is quoted in the message</source>
        <translation>de referentie wordt in het bericht vermeld</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>zelfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>same patient number</source>
        <translation>zelfde patiëntnummer</translation>
    </message>
    <message>
        <source>no right recognised in the text: access assumed</source>
        <translation>geen recht herkend in de tekst: inzage aangenomen</translation>
    </message>
    <message>
        <source>the centre&apos;s country is not named: {country} assumed</source>
        <translation>het land van het centrum wordt niet genoemd: {country} aangenomen</translation>
    </message>
    <message>
        <source>the language is not recognised: {language} assumed</source>
        <translation>de taal wordt niet herkend: {language} aangenomen</translation>
    </message>
    <message>
        <source>the sender gives no name: the e-mail address stands for it</source>
        <translation>de afzender geeft geen naam: het e-mailadres neemt de plaats ervan in</translation>
    </message>
    <message>
        <source>the date of birth read in the text ({birth_date}) is not possible</source>
        <translation>de geboortedatum in de tekst ({birth_date}) is niet mogelijk</translation>
    </message>
    <message>
        <source>{relationship} asking for {person} (from “{trigger}”): proof of authority needed</source>
        <translation>{relationship} die vraagt voor {person} (uit ‘{trigger}’): bewijs van bevoegdheid nodig</translation>
    </message>
    <message>
        <source>the sender may ask for someone else (from “{trigger}”): check who the person is</source>
        <translation>de afzender vraagt mogelijk voor iemand anders (uit ‘{trigger}’): controleer wie de persoon is</translation>
    </message>
    <message>
        <source>{right} ({words})</source>
        <translation>{right} ({words})</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>‘{word}’</translation>
    </message>
    <message>
        <source>Suggested by the text: {suggestions}</source>
        <translation>Voorgesteld door de tekst: {suggestions}</translation>
    </message>
    <message>
        <source>Message received {day} by e-mail from {sender}: “{subject}”</source>
        <translation>Bericht ontvangen op {day} per e-mail van {sender}: ‘{subject}’</translation>
    </message>
    <message>
        <source>Request received {day} by e-mail from {sender}: “{subject}”</source>
        <translation>Verzoek ontvangen op {day} per e-mail van {sender}: ‘{subject}’</translation>
    </message>
    <message>
        <source>Message received {day} {time} by e-mail from {sender}: “{subject}”</source>
        <translation>Bericht ontvangen op {day} om {time} per e-mail van {sender}: ‘{subject}’</translation>
    </message>
    <message>
        <source>Request received {day} {time} by e-mail from {sender}: “{subject}”</source>
        <translation>Verzoek ontvangen op {day} om {time} per e-mail van {sender}: ‘{subject}’</translation>
    </message>
    <message>
        <source>Rights: {rights}</source>
        <translation>Rechten: {rights}</translation>
    </message>
    <message>
        <source>matched {reference}: {reasons}</source>
        <translation>komt overeen met {reference}: {reasons}</translation>
    </message>
    <message>
        <source>the message names no sender: a case needs the person&apos;s name</source>
        <translation>het bericht noemt geen afzender: een verzoek heeft de naam van de persoon nodig</translation>
    </message>
    <message>
        <source>unexpected error while importing: {detail}</source>
        <translation>onverwachte fout bij het importeren: {detail}</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(geen afzender)</translation>
    </message>
    <message>
        <source>{amount} MiB</source>
        <translation>{amount} MiB</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>het bestand is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>the message (attachments included)</source>
        <translation>het bericht (bijlagen inbegrepen)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>dit is geen bestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>dit bestand bestaat niet</translation>
    </message>
    <message>
        <source>{what} is {size}; the limit is {limit}</source>
        <translation>{what} is {size} groot; de limiet is {limit}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{what} is larger than the limit of {limit}</source>
        <translation>{what} is groter dan de limiet van {limit}</translation>
    </message>
    <message>
        <source>the message is {size}; the limit is {limit} (attachments included)</source>
        <translation>het bericht is {size} groot; de limiet is {limit} (bijlagen inbegrepen)</translation>
    </message>
    <message>
        <source>the message is nested too deeply to be read</source>
        <translation>het bericht is te diep genest om te worden gelezen</translation>
    </message>
    <message>
        <source>not an e-mail: this is a PDF file: import a scanned letter as a scan</source>
        <translation>geen e-mail: dit is een pdf-bestand — importeer een gescande brief als scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a PNG image: import a scanned letter as a scan</source>
        <translation>geen e-mail: dit is een PNG-afbeelding — importeer een gescande brief als scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a JPEG image: import a scanned letter as a scan</source>
        <translation>geen e-mail: dit is een JPEG-afbeelding — importeer een gescande brief als scan</translation>
    </message>
    <message>
        <source>not an e-mail: this is a ZIP archive (or an Office document)</source>
        <translation>geen e-mail: dit is een ZIP-archief (of een Office-document)</translation>
    </message>
    <message>
        <source>the message structure cannot be read ({detail})</source>
        <translation>de opbouw van het bericht kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>not an e-mail: no From, To, Subject or Date header at the top of the file</source>
        <translation>geen e-mail: geen From-, To-, Subject- of Date-header bovenaan het bestand</translation>
    </message>
    <message>
        <source>the sender&apos;s address {address} is not a valid e-mail address</source>
        <translation>het adres van de afzender {address} is geen geldig e-mailadres</translation>
    </message>
    <message>
        <source>no usable From header: the sender is taken from {header}</source>
        <translation>geen bruikbare From-header: de afzender komt uit {header}</translation>
    </message>
    <message>
        <source>the message has no sender (no From header)</source>
        <translation>het bericht heeft geen afzender (geen From-header)</translation>
    </message>
    <message>
        <source>the message has no Date: received date set to today ({today}); correct it</source>
        <translation>het bericht heeft geen Date-header: de ontvangstdatum is op vandaag gezet ({today}); verbeter ze</translation>
    </message>
    <message>
        <source>the message date {date} cannot be read: received date set to today ({today}); correct it</source>
        <translation>de datum van het bericht {date} kan niet worden gelezen: de ontvangstdatum is op vandaag gezet ({today}); verbeter ze</translation>
    </message>
    <message>
        <source>the message is dated {dated}, in the future: received date set to today ({today}); correct it</source>
        <translation>het bericht is gedateerd op {dated}, in de toekomst: de ontvangstdatum is op vandaag gezet ({today}); verbeter ze</translation>
    </message>
    <message>
        <source>unknown character set {charset}: the text was read as UTF-8</source>
        <translation>onbekende tekenset {charset}: de tekst werd als UTF-8 gelezen</translation>
    </message>
    <message>
        <source>the message has more than {count} attachments</source>
        <translation>het bericht heeft meer dan {count} bijlagen</translation>
    </message>
    <message>
        <source>the message has no plain-text part: its HTML was converted to text</source>
        <translation>het bericht heeft geen deel in platte tekst: de HTML ervan werd naar tekst omgezet</translation>
    </message>
    <message>
        <source>the message has no text</source>
        <translation>het bericht bevat geen tekst</translation>
    </message>
    <message>
        <source>its HTML refers to 1 remote image or other resource: it was not loaded</source>
        <translation>de HTML ervan verwijst naar 1 externe afbeelding of andere bron: die werd niet geladen</translation>
    </message>
    <message>
        <source>its HTML refers to {count} remote images or other resources: none was loaded</source>
        <translation>de HTML ervan verwijst naar {count} externe afbeeldingen of andere bronnen: geen enkele werd geladen</translation>
    </message>
    <message>
        <source>1 empty attachment not kept</source>
        <translation>1 lege bijlage niet bewaard</translation>
    </message>
    <message>
        <source>{count} empty attachments not kept</source>
        <translation>{count} lege bijlagen niet bewaard</translation>
    </message>
    <message>
        <source>the message nests parts more than {depth} deep</source>
        <translation>het bericht nest delen meer dan {depth} niveaus diep</translation>
    </message>
    <message>
        <source>Outlook .msg files need the extract-msg package, which is not installed</source>
        <translation>Outlook-bestanden (.msg) vereisen het pakket extract-msg, dat niet is geïnstalleerd</translation>
    </message>
    <message>
        <source>not a readable Outlook message ({detail})</source>
        <translation>geen leesbaar Outlook-bericht ({detail})</translation>
    </message>
    <message>
        <source>the message has no sender</source>
        <translation>het bericht heeft geen afzender</translation>
    </message>
    <message>
        <source>the Outlook message cannot be read ({detail})</source>
        <translation>het Outlook-bericht kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>attachment {index} could not be read and was not kept</source>
        <translation>bijlage {index} kon niet worden gelezen en werd niet bewaard</translation>
    </message>
    <message>
        <source>attachment {index} is empty and was not kept</source>
        <translation>bijlage {index} is leeg en werd niet bewaard</translation>
    </message>
    <message>
        <source>ID scan {filename} erased: the verification has ended, only its summary is kept</source>
        <translation>scan van het identiteitsbewijs {filename} gewist: de controle is afgelopen, alleen de samenvatting ervan blijft bewaard</translation>
    </message>
    <message>
        <source>checks: none</source>
        <translation>controles: geen</translation>
    </message>
    <message>
        <source>checks: {checks}</source>
        <translation>controles: {checks}</translation>
    </message>
    <message>
        <source>{check}: {result}</source>
        <translation>{check}: {result}</translation>
    </message>
    <message>
        <source>ID scan: cannot read {path}: {reason}</source>
        <translation>scan van het identiteitsbewijs: {path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>ID scan: {name} is empty</source>
        <translation>scan van het identiteitsbewijs: {name} is leeg</translation>
    </message>
    <message>
        <source>ID scan: {name} is larger than {limit}</source>
        <translation>scan van het identiteitsbewijs: {name} is groter dan {limit}</translation>
    </message>
    <message>
        <source>identity verification: {outcome} (method {route}; by {by} on {day})</source>
        <translation>identiteitscontrole: {outcome} (methode {route}; door {by} op {day})</translation>
    </message>
    <message>
        <source>the heir states the purpose: {purpose}</source>
        <translation>de erfgenaam geeft als doel op: {purpose}</translation>
    </message>
    <message>
        <source>designated practitioner: {name}</source>
        <translation>aangewezen beroepsbeoefenaar: {name}</translation>
    </message>
    <message>
        <source>ID scan {filename} kept until the verification ends</source>
        <translation>scan van het identiteitsbewijs {filename} bewaard tot het einde van de controle</translation>
    </message>
    <message>
        <source>more information is needed: the clock runs until the request for it is sent</source>
        <translation>er is meer informatie nodig: de termijn loopt tot de vraag erom verstuurd is</translation>
    </message>
    <message>
        <source>the request for information cannot be sent in the future</source>
        <translation>de vraag om informatie kan niet in de toekomst verstuurd zijn</translation>
    </message>
    <message>
        <source>the request for information cannot be sent before the request was received</source>
        <translation>de vraag om informatie kan niet verstuurd zijn voor het verzoek ontvangen werd</translation>
    </message>
    <message>
        <source>request for information sent on {day}: the clock is paused from that day</source>
        <translation>vraag om informatie verstuurd op {day}: de termijn is vanaf die dag geschorst</translation>
    </message>
    <message>
        <source>to ask for: {items}</source>
        <translation>op te vragen: {items}</translation>
    </message>
    <message>
        <source>identity not established: the refusal letter (Art 11(2), 12(4)) is to be sent</source>
        <translation>identiteit niet vastgesteld: de weigeringsbrief (art. 11, lid 2, en 12, lid 4, AVG) moet worden verstuurd</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…) and 1 attachment: {attachments}</source>
        <translation>Bewaard: {filename} (SHA-256 {sha256}…) en 1 bijlage: {attachments}</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…) and {count} attachments: {attachments}</source>
        <translation>Bewaard: {filename} (SHA-256 {sha256}…) en {count} bijlagen: {attachments}</translation>
    </message>
    <message>
        <source>Kept: {filename} (SHA-256 {sha256}…)</source>
        <translation>Bewaard: {filename} (SHA-256 {sha256}…)</translation>
    </message>
    <message>
        <source>already imported on {reference} ({filename})</source>
        <translation>al geïmporteerd bij {reference} ({filename})</translation>
    </message>
    <message>
        <source>no case {reference} to link to</source>
        <translation>geen verzoek {reference} om aan te koppelen</translation>
    </message>
    <message>
        <source>post</source>
        <translation>gewone post</translation>
    </message>
    <message>
        <source>registered-post</source>
        <translation>aangetekende post</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>hand-delivery</source>
        <translation>afgifte tegen ontvangstbewijs</translation>
    </message>
    <message>
        <source>GDPR Art 17(3)(b)/(c): medical file kept for its legal retention period</source>
        <translation>art. 17, lid 3, b) en c), AVG: medisch dossier bewaard gedurende de wettelijke bewaartermijn</translation>
    </message>
    <message>
        <source>no personal data held (GDPR Art 15(1))</source>
        <translation>geen persoonsgegevens in ons bezit (art. 15, lid 1, AVG)</translation>
    </message>
    <message>
        <source>there is no version {number} of the register</source>
        <translation>er is geen versie {number} van het register</translation>
    </message>
    <message>
        <source>registered post needs its tracking number for the letter log</source>
        <translation>aangetekende post vereist het zendingsnummer voor het brievenlogboek</translation>
    </message>
    <message>
        <source>letter {number}: no such letter in the log</source>
        <translation>brief {number}: deze brief staat niet in het logboek</translation>
    </message>
    <message>
        <source>letter {kind} ({language}) sent by {method} (tracking {tracking}); SHA-256 {sha256}</source>
        <translation>brief ‘{kind}’ ({language}) verstuurd via {method} (zendingsnummer {tracking}); SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>letter {kind} ({language}) sent by {method}; SHA-256 {sha256}</source>
        <translation>brief ‘{kind}’ ({language}) verstuurd via {method}; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>an extension notice needs its reasons (GDPR Art 12(3))</source>
        <translation>een kennisgeving van verlenging moet worden gemotiveerd (art. 12, lid 3, AVG)</translation>
    </message>
    <message>
        <source>Wrong passphrase: the database was not opened, nothing was changed.</source>
        <translation>Onjuiste wachtzin: de database is niet geopend, er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>De wachtzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long (a few words).</source>
        <translation>De wachtzin moet minstens {count} tekens lang zijn (een paar woorden).</translation>
    </message>
    <message>
        <source>Only a database file can be encrypted: open this one as a plain database.</source>
        <translation>Alleen een databasebestand kan worden versleuteld: open deze als niet-versleutelde database.</translation>
    </message>
    <message>
        <source>The key parameters file beside the database cannot be read ({problem}): restore it from the backup folder (each backup has its own). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand naast de database kan niet worden gelezen ({problem}): zet het terug uit de back-upmap (elke back-up heeft er een). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is a database at {path} already: it was not replaced.</source>
        <translation>Er staat al een database op {path}: die is niet vervangen.</translation>
    </message>
    <message>
        <source>The key parameters file beside {path} cannot be written: {reason}.</source>
        <translation>Het sleutelparameterbestand naast {path} kan niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The key parameters file {file} is missing beside the database: without it the passphrase cannot open it. Put it back (each backup has its own beside it, named &lt;backup&gt;{suffix}).</source>
        <translation>Het sleutelparameterbestand {file} ontbreekt naast de database: zonder dit bestand kan de wachtzin haar niet openen. Zet het terug (elke back-up heeft er een naast zich, genaamd &lt;back-up&gt;{suffix}).</translation>
    </message>
    <message>
        <source>A change of passphrase (or a restore) was interrupted after the database had been replaced: give the new passphrase (or the one of the backup restored). Nothing was changed.</source>
        <translation>Een wijziging van de wachtzin (of een terugzetting) is onderbroken nadat de database was vervangen: geef de nieuwe wachtzin (of die van de teruggezette back-up). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase is right but the database does not open with it: the file is damaged, or the key parameters file beside it belongs to another database. Restore the latest backup. Nothing was changed.</source>
        <translation>De wachtzin is juist, maar de database opent er niet mee: het bestand is beschadigd, of het sleutelparameterbestand ernaast hoort bij een andere database. Zet de laatste back-up terug. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no database at {path} yet: create one with a new passphrase.</source>
        <translation>Er is nog geen database op {path}: maak er een aan met een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>This database is not encrypted: it has no passphrase to change.</source>
        <translation>Deze database is niet versleuteld: ze heeft geen wachtzin om te wijzigen.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the passphrase was not changed.</source>
        <translation>Onjuiste wachtzin: de wachtzin is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the old one.</source>
        <translation>De nieuwe wachtzin is dezelfde als de oude.</translation>
    </message>
    <message>
        <source>The new key parameters cannot be written beside {path}: {reason}. The passphrase was not changed.</source>
        <translation>De nieuwe sleutelparameters kunnen niet naast {path} worden geschreven: {reason}. De wachtzin is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database now opens with the new passphrase, but its key parameters file could not be put in place ({reason}); it is kept as {file} and used at the next start.</source>
        <translation>De database opent nu met de nieuwe wachtzin, maar het sleutelparameterbestand kon niet op zijn plaats worden gezet ({reason}); het wordt bewaard als {file} en bij de volgende start gebruikt.</translation>
    </message>
    <message>
        <source>The key parameters file {file} is missing beside the backup: copy it there from where the backup was made. The database is unchanged.</source>
        <translation>Het sleutelparameterbestand {file} ontbreekt naast de back-up: kopieer het daarheen vanaf de plek waar de back-up is gemaakt. De database is ongewijzigd.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup (give the one in force when it was made): the database is unchanged.</source>
        <translation>Onjuiste wachtzin voor deze back-up (geef die welke gold toen ze werd gemaakt): de database is ongewijzigd.</translation>
    </message>
    <message>
        <source>printing needs CUPS (&apos;{command}&apos; was not found on this computer)</source>
        <translation>afdrukken vereist CUPS (&apos;{command}&apos; is niet gevonden op deze computer)</translation>
    </message>
    <message>
        <source>only a PDF letter can be printed</source>
        <translation>alleen een pdf-brief kan worden afgedrukt</translation>
    </message>
    <message>
        <source>the number of copies must be between {low} and {high}</source>
        <translation>het aantal exemplaren moet tussen {low} en {high} liggen</translation>
    </message>
    <message>
        <source>the printer did not answer: {reason}</source>
        <translation>de printer heeft niet geantwoord: {reason}</translation>
    </message>
    <message>
        <source>the print system refused the letter</source>
        <translation>het afdruksysteem heeft de brief geweigerd</translation>
    </message>
    <message>
        <source>closed cases are kept between {low} and {high} years</source>
        <translation>afgesloten verzoeken worden tussen {low} en {high} jaar bewaard</translation>
    </message>
    <message>
        <source>The purge is done, but the database file could not be compacted ({reason}): copies of the purged data may remain in its free space. Close the other windows, then purge again.</source>
        <translation>De verwijdering is uitgevoerd, maar het databasebestand kon niet worden gecomprimeerd ({reason}): kopieën van de gewiste gegevens kunnen in de vrije ruimte achterblijven. Sluit de andere vensters en voer de verwijdering opnieuw uit.</translation>
    </message>
    <message>
        <source>{reference} is not closed: only closed cases are purged</source>
        <translation>{reference} is niet afgesloten: alleen afgesloten verzoeken worden gewist</translation>
    </message>
    <message>
        <source>{reference} is kept until {day} ({years} years after closure)</source>
        <translation>{reference} wordt bewaard tot {day} ({years} jaar na de afsluiting)</translation>
    </message>
    <message>
        <source>the file is a PDF although its name says otherwise</source>
        <translation>het bestand is een pdf, hoewel de naam iets anders zegt</translation>
    </message>
    <message>
        <source>the file is a PNG image although its name says otherwise</source>
        <translation>het bestand is een PNG-afbeelding, hoewel de naam iets anders zegt</translation>
    </message>
    <message>
        <source>the file is a JPEG image although its name says otherwise</source>
        <translation>het bestand is een JPEG-afbeelding, hoewel de naam iets anders zegt</translation>
    </message>
    <message>
        <source>the file is a TIFF image although its name says otherwise</source>
        <translation>het bestand is een TIFF-afbeelding, hoewel de naam iets anders zegt</translation>
    </message>
    <message>
        <source>the scan</source>
        <translation>de scan</translation>
    </message>
    <message>
        <source>not a PDF, PNG, JPEG or TIFF file (its first bytes say otherwise)</source>
        <translation>geen PDF-, PNG-, JPEG- of TIFF-bestand (de eerste bytes wijzen op iets anders)</translation>
    </message>
    <message>
        <source>the PDF has no end-of-file marker: it may be incomplete, check that every page shows</source>
        <translation>de pdf heeft geen einde-bestandsmarkering: hij is mogelijk onvolledig, controleer of elke pagina wordt getoond</translation>
    </message>
    <message>
        <source>the text read on the scan is kept beside it ({filename})</source>
        <translation>de tekst die op de scan is gelezen, wordt erbij bewaard ({filename})</translation>
    </message>
    <message>
        <source>Letter received {day} by post</source>
        <translation>Brief ontvangen op {day} per post</translation>
    </message>
    <message>
        <source>Request received {day} by post (scanned letter)</source>
        <translation>Verzoek ontvangen op {day} per post (gescande brief)</translation>
    </message>
    <message>
        <source>received date set to today ({today}): correct it from the postmark</source>
        <translation>ontvangstdatum op vandaag gezet ({today}): verbeter ze aan de hand van de poststempel</translation>
    </message>
    <message>
        <source>no right ticked: access assumed</source>
        <translation>geen recht aangevinkt: inzage aangenomen</translation>
    </message>
    <message>
        <source>Audit trail: {count} entries, chain intact</source>
        <translation>Auditspoor: {count} regels, keten intact</translation>
    </message>
    <message>
        <source>Audit trail: entry #{entry} is broken: {reason}</source>
        <translation>Auditspoor: regel nr. {entry} is verbroken: {reason}</translation>
    </message>
    <message>
        <source>Audit trail: {problem}</source>
        <translation>Auditspoor: {problem}</translation>
    </message>
    <message>
        <source>{moment}, {action} on {reference}</source>
        <translation>{moment}, {action} op {reference}</translation>
    </message>
    <message>
        <source>{moment}, {action}</source>
        <translation>{moment}, {action}</translation>
    </message>
    <message>
        <source>{entry}: the entries before it were removed</source>
        <translation>{entry}: de regels ervoor zijn verwijderd</translation>
    </message>
    <message>
        <source>{entry}: it does not follow entry #{previous} (an entry between them was removed, or the entries were reordered)</source>
        <translation>{entry}: deze volgt niet op regel nr. {previous} (een tussenliggende regel is verwijderd, of de regels zijn van volgorde veranderd)</translation>
    </message>
    <message>
        <source>{entry}: it was changed outside the application into something unreadable</source>
        <translation>{entry}: deze is buiten de toepassing gewijzigd en is onleesbaar geworden</translation>
    </message>
    <message>
        <source>{entry}: its content was changed outside the application</source>
        <translation>{entry}: de inhoud is buiten de toepassing gewijzigd</translation>
    </message>
    <message>
        <source>{entry}: it has no MAC although the keyed chain covers it (the chain was rewritten without the key)</source>
        <translation>{entry}: de regel heeft geen MAC, hoewel de sleutelketen haar dekt (de keten werd zonder de sleutel herschreven)</translation>
    </message>
    <message>
        <source>{entry}: its MAC does not match (the entry was changed, or the chain recomputed without the key)</source>
        <translation>{entry}: de MAC klopt niet (de regel werd gewijzigd, of de keten zonder de sleutel herberekend)</translation>
    </message>
    <message>
        <source>{entry}: it carries a MAC but the head row says the keyed chain starts later (the chain&apos;s start was moved)</source>
        <translation>{entry}: de regel draagt een MAC, maar de kopregel zegt dat de sleutelketen later begint (het begin van de keten werd verplaatst)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>its detail was removed but case {reference} was never purged</source>
        <translation>de details ervan zijn verwijderd, maar verzoek {reference} is nooit gewist</translation>
    </message>
    <message>
        <source>the chain head row is missing (it was deleted outside the application)</source>
        <translation>de kopregel van de keten ontbreekt (ze werd buiten de toepassing verwijderd)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, but the trail is empty (all entries were removed)</source>
        <translation>de kop van de keten noemt regel nr. {position}, maar het spoor is leeg (alle regels werden verwijderd)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, but the last entry is #{last} (entries at the end were removed)</source>
        <translation>de kop van de keten noemt regel nr. {position}, maar de laatste regel is nr. {last} (er werden regels aan het einde verwijderd)</translation>
    </message>
    <message>
        <source>the chain head names entry #{position}, which is not the last entry #{last} as written</source>
        <translation>de kop van de keten noemt regel nr. {position}, die niet de laatste regel nr. {last} is zoals die geschreven staat</translation>
    </message>
    <message>
        <source>the anchor names entry #{position}, but the trail ends at #{last}: entries at the end were removed</source>
        <translation>het anker noemt regel nr. {position}, maar het spoor eindigt bij nr. {last}: er werden regels aan het einde verwijderd</translation>
    </message>
    <message>
        <source>the anchor names entry #{position}, which is no longer in the trail</source>
        <translation>het anker noemt regel nr. {position}, die niet meer in het spoor staat</translation>
    </message>
    <message>
        <source>entry #{position} does not match the anchor: the trail was rewritten (or rebuilt without the key)</source>
        <translation>regel nr. {position} komt niet overeen met het anker: het spoor werd herschreven (of zonder de sleutel opnieuw opgebouwd)</translation>
    </message>
    <message>
        <source>the case row</source>
        <translation>de gegevens van het verzoek</translation>
    </message>
    <message>
        <source>its rights and outcomes</source>
        <translation>de rechten en hun uitkomst</translation>
    </message>
    <message>
        <source>its timeline events</source>
        <translation>de tijdlijn</translation>
    </message>
    <message>
        <source>its letters</source>
        <translation>de brieven</translation>
    </message>
    <message>
        <source>its documents</source>
        <translation>de documenten</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} found {parts} changed outside the application before it was written</source>
        <translation>verzoek {reference}: regel nr. {entry} stelde bij het schrijven vast dat {parts} buiten de toepassing gewijzigd waren</translation>
    </message>
    <message>
        <source>case {reference}: no audit entry records it (it was added outside the application)</source>
        <translation>verzoek {reference}: geen auditregel legt het vast (het werd buiten de toepassing toegevoegd)</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} says it was removed, yet it is in the database</source>
        <translation>verzoek {reference}: regel nr. {entry} zegt dat het verwijderd werd, maar het staat in de database</translation>
    </message>
    <message>
        <source>case {reference}: {parts} differ from the state entry #{entry} recorded (changed outside the application)</source>
        <translation>verzoek {reference}: {parts} wijken af van de toestand die regel nr. {entry} vastlegde (buiten de toepassing gewijzigd)</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>de instellingen</translation>
    </message>
    <message>
        <source>the files kept outside cases</source>
        <translation>de bestanden die buiten de verzoeken bewaard worden</translation>
    </message>
    <message>
        <source>the versions of the processing register</source>
        <translation>de versies van het verwerkingsregister</translation>
    </message>
    <message>
        <source>{parts} differ from the state entry #{entry} recorded (changed outside the application)</source>
        <translation>{parts} wijken af van de toestand die regel nr. {entry} vastlegde (buiten de toepassing gewijzigd)</translation>
    </message>
    <message>
        <source>{parts}: no audit entry records them (changed outside the application)</source>
        <translation>{parts}: geen auditregel legt ze vast (buiten de toepassing gewijzigd)</translation>
    </message>
    <message>
        <source>case {reference}: entry #{entry} says it exists, but it is not in the database (deleted outside the application)</source>
        <translation>verzoek {reference}: regel nr. {entry} zegt dat het bestaat, maar het staat niet in de database (buiten de toepassing verwijderd)</translation>
    </message>
    <message>
        <source>The key parameters file of this backup cannot be read ({problem}). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand van deze back-up kan niet worden gelezen ({problem}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key parameters file of the database cannot be read ({problem}). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand van de database kan niet worden gelezen ({problem}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key parameters file {file} of this backup is missing (it belongs beside {database}). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand {file} van deze back-up ontbreekt (het hoort naast {database}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key parameters file {file} of the database is missing (it belongs beside {database}). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand {file} van de database ontbreekt (het hoort naast {database}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key parameters file {file} does not belong to this backup (the passphrase is not the one it was made with). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand {file} hoort niet bij deze back-up (de wachtzin is niet die waarmee ze is gemaakt). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key parameters file {file} does not belong to the database (the passphrase is not the one it was made with). Nothing was changed.</source>
        <translation>Het sleutelparameterbestand {file} hoort niet bij de database (de wachtzin is niet die waarmee ze is gemaakt). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Er is geen back-upbestand op {path}.</translation>
    </message>
    <message>
        <source>{path} is a plain backup, not an encrypted one: it can only be restored as a plain database. The database is unchanged.</source>
        <translation>{path} is een niet-versleutelde back-up: die kan alleen als niet-versleutelde database worden teruggezet. De database is ongewijzigd.</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server has no file to copy: it is backed up as a pg_dump archive (Back up now, or lazeo-desk backup FILE).</source>
        <translation>Een database op een PostgreSQL-server heeft geen bestand om te kopiëren: ze wordt bewaard als pg_dump-archief (Nu back-up maken, of lazeo-desk backup BESTAND).</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself: choose another file.</source>
        <translation>Een back-up kan niet over de database zelf worden geschreven: kies een ander bestand.</translation>
    </message>
    <message>
        <source>A backup cannot be written to {path}: {reason}.</source>
        <translation>Een back-up kan niet naar {path} worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the backup: the folder {folder} does not exist.</source>
        <translation>De back-up kan niet worden geschreven: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Only an encrypted database file can be backed up (its key parameters are in a file).</source>
        <translation>Alleen een versleuteld databasebestand kan worden geback-upt (de sleutelparameters staan in een bestand).</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problem}</source>
        <translation>De back-upkopie heeft de controle niet doorstaan: {problem}</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be written to {path}. Free some space, then try again.</source>
        <translation>De schijf is vol: de back-up kon niet naar {path} worden geschreven. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {reason}.</source>
        <translation>De back-up kan niet naar {path} worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close it, then restore again. Nothing was replaced.</source>
        <translation>De database is geopend in een ander venster of programma: sluit het en zet de back-up daarna opnieuw terug. Er is niets vervangen.</translation>
    </message>
    <message>
        <source>Restoring needs a database file; the database in use is not one.</source>
        <translation>Terugzetten vereist een databasebestand; de gebruikte database is dat niet.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup of it.</source>
        <translation>Dat bestand is de database zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>{path} is a database in use (its log {log} is beside it), not a backup: make one with &apos;lazeo-desk backup FILE&apos;. The database is unchanged.</source>
        <translation>{path} is een database in gebruik (het logboek {log} staat ernaast), geen back-up: maak er een met &apos;lazeo-desk backup BESTAND&apos;. De database is ongewijzigd.</translation>
    </message>
    <message>
        <source>{path} is an encrypted backup: restore it with the passphrase it was made under. The database is unchanged.</source>
        <translation>{path} is een versleutelde back-up: zet die terug met de wachtzin die gold toen ze werd gemaakt. De database is ongewijzigd.</translation>
    </message>
    <message>
        <source>{path} was not restored, the database is unchanged: {problem}</source>
        <translation>{path} is niet teruggezet, de database is ongewijzigd: {problem}</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored to {path}. Free some space, then try again.</source>
        <translation>De schijf is vol: de back-up kon niet naar {path} worden teruggezet. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot restore the backup to {path}: {reason}.</source>
        <translation>De back-up kan niet naar {path} worden teruggezet: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full: the backup folder {folder} could not be created. Free some space, then try again.</source>
        <translation>De schijf is vol: de back-upmap {folder} kon niet worden aangemaakt. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {reason}.</source>
        <translation>De back-upmap {folder} kan niet worden aangemaakt: {reason}.</translation>
    </message>
    <message>
        <source>no case with reference &apos;{reference}&apos;</source>
        <translation>geen verzoek met referentie &apos;{reference}&apos;</translation>
    </message>
    <message>
        <source>{reference} was changed elsewhere since you opened it (version {opened}, now {current}): reload it before saving</source>
        <translation>{reference} is elders gewijzigd sinds u het opende (versie {opened}, nu {current}): laad het opnieuw voordat u opslaat</translation>
    </message>
    <message>
        <source>{reference} was changed elsewhere while you saved it: reload it and try again</source>
        <translation>{reference} is elders gewijzigd terwijl u het opsloeg: laad het opnieuw en probeer het nogmaals</translation>
    </message>
    <message>
        <source>This database is encrypted: it opens with its passphrase, not as a plain database (leave out --plain and LAZEO_DESK_PLAIN). Nothing was changed.</source>
        <translation>Deze database is versleuteld: ze opent met haar wachtzin, niet als niet-versleutelde database (laat --plain en LAZEO_DESK_PLAIN weg). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This file is not a lazeo-desk database. Nothing was changed.</source>
        <translation>Dit bestand is geen lazeo-desk-database. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This database is not encrypted: a plain database opens only when asked for explicitly (--plain, or LAZEO_DESK_PLAIN=1). Nothing was changed.</source>
        <translation>Deze database is niet versleuteld: een niet-versleutelde database opent alleen als daar uitdrukkelijk om wordt gevraagd (--plain, of LAZEO_DESK_PLAIN=1). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Encrypted databases need the sqlcipher3 package, which is missing from this installation.</source>
        <translation>Versleutelde databases hebben het pakket sqlcipher3 nodig, dat in deze installatie ontbreekt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is opgebruikt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>het bestand of de map ervan bestaat niet</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Nothing was saved.</source>
        <translation>De schijf is vol: maak ruimte vrij en probeer het opnieuw. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database is read-only: check the file&apos;s permissions or the drive. Nothing was saved.</source>
        <translation>De database is alleen-lezen: controleer de rechten van het bestand of het station. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This file is not a lazeo-desk database (or the passphrase is wrong).</source>
        <translation>Dit bestand is geen lazeo-desk-database (of de wachtzin is onjuist).</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>De database is bezet in een ander venster of programma; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: {detail}</source>
        <translation>De databaseserver is niet bereikbaar: {detail}</translation>
    </message>
    <message>
        <source>Your role on the database server does not allow this ({detail}). Nothing was saved.</source>
        <translation>Uw rol op de databaseserver staat dit niet toe ({detail}). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>A text holds a NUL character, which a PostgreSQL database cannot store. Nothing was saved.</source>
        <translation>Een tekst bevat een NUL-teken, dat een PostgreSQL-database niet kan opslaan. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and is writable.</source>
        <translation>Het databasebestand kan niet worden geopend: controleer of de map bestaat en beschrijfbaar is.</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Databasefout: {detail}</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened: {reason}.</source>
        <translation>Het databasebestand {path} kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <source>A restore was interrupted and cannot be finished or undone: {reason}. Nothing was opened.</source>
        <translation>Een terugzetting werd onderbroken en kan niet worden voltooid of ongedaan gemaakt: {reason}. Er is niets geopend.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be created or opened: {reason}.</source>
        <translation>Het databasebestand {path} kan niet worden aangemaakt of geopend: {reason}.</translation>
    </message>
    <message>
        <source>The database does not open with this key: the passphrase is wrong, or the file is damaged. Nothing was changed.</source>
        <translation>De database opent niet met deze sleutel: de wachtzin is onjuist, of het bestand is beschadigd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>A database server on another machine is reached only over verified TLS: add sslmode=verify-full to the URL. Nothing was opened.</source>
        <translation>Een databaseserver op een andere machine wordt alleen via geverifieerde TLS bereikt: voeg sslmode=verify-full aan de URL toe. Er is niets geopend.</translation>
    </message>
    <message>
        <source>Only an encrypted database file has a key to change.</source>
        <translation>Alleen een versleuteld databasebestand heeft een sleutel die kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close it, then change the passphrase again. Nothing was changed.</source>
        <translation>De database is geopend in een ander venster of programma: sluit het en wijzig daarna de wachtzin opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This file is another program&apos;s database, not a lazeo-desk database: nothing was changed.</source>
        <translation>Dit bestand is de database van een ander programma, geen lazeo-desk-database: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of lazeo-desk ({detail}); install that version to open it. Nothing was changed.</source>
        <translation>Deze database is geschreven door een nieuwere versie van lazeo-desk ({detail}); installeer die versie om ze te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>no document {document}</source>
        <translation>geen document nr. {document}</translation>
    </message>
    <message>
        <source>{file} was erased on {day}</source>
        <translation>{file} is gewist op {day}</translation>
    </message>
    <message>
        <source>{file} no longer matches its SHA-256: the stored copy was altered</source>
        <translation>{file} komt niet meer overeen met de SHA-256: de bewaarde kopie is gewijzigd</translation>
    </message>
    <message>
        <source>it is not a lazeo-desk key parameters file of a known format</source>
        <translation>het is geen sleutelparameterbestand van lazeo-desk in een bekend formaat</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>het is beschadigd ({detail})</translation>
    </message>
    <message>
        <source>it is damaged (salt or check value of the wrong size)</source>
        <translation>het is beschadigd (salt of controlewaarde met een verkeerde lengte)</translation>
    </message>
    <message>
        <source>parallelism is {value}, not between 1 and {limit}</source>
        <translation>parallelism is {value}, niet tussen 1 en {limit}</translation>
    </message>
    <message>
        <source>time_cost is {value}, not between 1 and {limit}</source>
        <translation>time_cost is {value}, niet tussen 1 en {limit}</translation>
    </message>
    <message>
        <source>memory_cost_kib is {value}, not between {low} and {limit}</source>
        <translation>memory_cost_kib is {value}, niet tussen {low} en {limit}</translation>
    </message>
    <message>
        <source>its costs are refused ({problem})</source>
        <translation>de kosten ervan worden geweigerd ({problem})</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>it is too large to be a key parameters file</source>
        <translation>het is te groot voor een sleutelparameterbestand</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>het is geen tekst</translation>
    </message>
    <message>
        <source>it is a folder, not a database file</source>
        <translation>het is een map, geen databasebestand</translation>
    </message>
    <message>
        <source>SQLCipher page check: {problem}</source>
        <translation>Paginacontrole van SQLCipher: {problem}</translation>
    </message>
    <message>
        <source>SQLCipher page check: … and {count} more</source>
        <translation>Paginacontrole van SQLCipher: … en nog {count}</translation>
    </message>
    <message>
        <source>SQLite integrity check: {problem}</source>
        <translation>Integriteitscontrole van SQLite: {problem}</translation>
    </message>
    <message>
        <source>SQLite integrity check: … and {count} more</source>
        <translation>Integriteitscontrole van SQLite: … en nog {count}</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a {parent} row that does not exist</source>
        <translation>rij {row} van {table} verwijst naar een rij van {parent} die niet bestaat</translation>
    </message>
    <message>
        <source>document #{document} &apos;{file}&apos; of {reference}</source>
        <translation>document nr. {document} &apos;{file}&apos; van {reference}</translation>
    </message>
    <message>
        <source>document #{document} &apos;{file}&apos;</source>
        <translation>document nr. {document} &apos;{file}&apos;</translation>
    </message>
    <message>
        <source>{document}: the stored bytes no longer match their SHA-256 (altered or damaged)</source>
        <translation>{document}: de bewaarde bytes komen niet meer overeen met hun SHA-256 (gewijzigd of beschadigd)</translation>
    </message>
    <message>
        <source>{document}: {stored} bytes stored, {recorded} recorded</source>
        <translation>{document}: {stored} bytes bewaard, {recorded} geregistreerd</translation>
    </message>
    <message>
        <source>letter #{letter} ({kind} of {day}, {reference}): the stored PDF no longer matches its SHA-256 (altered or damaged)</source>
        <translation>brief nr. {letter} ({kind} van {day}, {reference}): de bewaarde pdf komt niet meer overeen met de SHA-256 (gewijzigd of beschadigd)</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>geen verzoek</translation>
    </message>
    <message>
        <source>the anchor file {file} cannot be read as an anchor (damaged or replaced)</source>
        <translation>het ankerbestand {file} kan niet als anker gelezen worden (beschadigd of vervangen)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>this file is not a lazeo-desk database</source>
        <translation>dit bestand is geen lazeo-desk-database</translation>
    </message>
    <message>
        <source>the database is at schema revision {revision}, which this version of lazeo-desk does not know (it was written by a newer version)</source>
        <translation>de database staat op schemarevisie {revision}, die deze versie van lazeo-desk niet kent (ze is geschreven door een nieuwere versie)</translation>
    </message>
    <message>
        <source>the file cannot be read as a database: {detail}</source>
        <translation>het bestand kan niet als database worden gelezen: {detail}</translation>
    </message>
    <message>
        <source>the application&apos;s resources were not found (looked in: {folders})</source>
        <translation>de bestanden van de toepassing zijn niet gevonden (gezocht in: {folders})</translation>
    </message>
    <message>
        <source>the GDPR does not apply to deceased persons (recital 27): an heir&apos;s request is answered under the national patient law, not with a {kind} letter</source>
        <translation>de AVG is niet van toepassing op overleden personen (overweging 27): op het verzoek van een erfgenaam wordt geantwoord volgens de nationale patiëntenrechtenwet, niet met een brief &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>an heir&apos;s request rests on the national patient law, whose period cannot be extended; the GDPR extension (Art 12(3)) does not apply to a deceased person&apos;s data (recital 27): answer by the national date</source>
        <translation>het verzoek van een naaste berust op de nationale patiëntenwet, waarvan de termijn niet kan worden verlengd; de verlenging van de AVG (art. 12, lid 3) geldt niet voor de gegevens van een overledene (overweging 27): antwoord binnen de nationale termijn</translation>
    </message>
    <message>
        <source>in {country} a relative consults a deceased patient&apos;s file only through a practitioner they designate: send the file with the practitioner cover letter, and the relative the notice that it was made available</source>
        <translation>in {country} ziet een naaste het dossier van een overleden patiënt alleen in via een beroepsbeoefenaar die hij of zij aanwijst: stuur het dossier met de brief aan de beroepsbeoefenaar, en de naaste het bericht dat het ter beschikking werd gesteld</translation>
    </message>
    <message>
        <source>in {country} the heir receives the file directly (CSP L.1110-4, L.1111-7): use the medical-file cover letter</source>
        <translation>in {country} ontvangt de erfgenaam het dossier rechtstreeks (CSP L.1110-4, L.1111-7): gebruik de begeleidende brief bij het medisch dossier</translation>
    </message>
    <message>
        <source>no designated practitioner is recorded: in {country} a relative consults the file only through a practitioner they designate; ask the requester which practitioner, and record their name and address</source>
        <translation>er is geen aangewezen beroepsbeoefenaar geregistreerd: in {country} ziet een naaste het dossier alleen in via een beroepsbeoefenaar die hij of zij aanwijst; vraag de verzoeker welke, en registreer naam en adres</translation>
    </message>
    <message>
        <source>no purpose is recorded for the heir: under CSP L.1110-4 V an heir receives only the information needed to know the causes of death, defend the memory of the deceased or assert their rights; record the purpose they stated</source>
        <translation>er is geen doel geregistreerd voor de erfgenaam: volgens CSP L.1110-4 V krijgt een erfgenaam alleen de informatie die nodig is om de doodsoorzaak te kennen, de nagedachtenis van de overledene te verdedigen of zijn of haar rechten te doen gelden; registreer het opgegeven doel</translation>
    </message>
    <message>
        <source>the heir&apos;s purpose ({purpose}) must be explained (CSP L.1110-4 V): record the circumstances or the rights in question</source>
        <translation>het doel van de erfgenaam ({purpose}) moet worden toegelicht (CSP L.1110-4 V): registreer de omstandigheden of de betrokken rechten</translation>
    </message>
    <message>
        <source>the practitioner letters are for the relative of a deceased patient; this requester is not recorded as an heir or relative</source>
        <translation>de brieven aan de beroepsbeoefenaar zijn bedoeld voor de naaste van een overleden patiënt; deze verzoeker is niet geregistreerd als erfgenaam of naaste</translation>
    </message>
    <message>
        <source>the acknowledgement would promise an answer by {due}, a date already passed on {on}: answer the request instead (GDPR Art 12(3))</source>
        <translation>de ontvangstbevestiging zou een antwoord uiterlijk op {due} beloven, een datum die op {on} al verstreken is: beantwoord het verzoek in de plaats (art. 12, lid 3, AVG)</translation>
    </message>
    <message>
        <source>the answer was due on {due}: a request for identity or details dated {on} can no longer pause the clock; answer or refuse the request (GDPR Art 12(2), 12(3))</source>
        <translation>het antwoord was verschuldigd op {due}: een verzoek om identiteitsbewijs of gegevens van {on} kan de termijn niet meer opschorten; beantwoord of weiger het verzoek (art. 12, leden 2 en 3, AVG)</translation>
    </message>
    <message>
        <source>the medical file may not be sent before {release} (48-hour reflection period, Code de la santé publique L.1111-7): date the letter {release} or later</source>
        <translation>het medisch dossier mag niet vóór {release} verstuurd worden (bedenktijd van 48 uur, Code de la santé publique, art. L.1111-7): dateer de brief op {release} of later</translation>
    </message>
    <message>
        <source>the request concerns the medical file alone, whose national period ({law}) cannot be extended: send the file by {due}</source>
        <translation>het verzoek betreft alleen het medisch dossier, waarvan de nationale termijn ({law}) niet verlengd kan worden: bezorg het dossier uiterlijk op {due}</translation>
    </message>
    <message>
        <source>a refusal as manifestly unfounded or excessive must state its reasons (GDPR Art 12(4)-(5)): type the facts, such as the dates of the earlier requests and what was already answered</source>
        <translation>een weigering wegens een kennelijk ongegrond of buitensporig verzoek moet met redenen omkleed zijn (art. 12, leden 4 en 5, AVG): vul de feiten in, zoals de data van de eerdere verzoeken en wat al beantwoord werd</translation>
    </message>
    <message>
        <source>the request includes an objection, and an objection to direct marketing cannot be refused (GDPR Art 21(2)-(3)): stop the marketing and send the objection-upheld letter, or record that the objection is not about direct marketing</source>
        <translation>het verzoek bevat een bezwaar, en bezwaar tegen direct marketing kan niet worden geweigerd (art. 21, leden 2 en 3, AVG): stop de direct marketing en verstuur de brief &apos;bezwaar ingewilligd&apos;, of geef aan dat het bezwaar niet over direct marketing gaat</translation>
    </message>
    <message>
        <source>the objection is recorded as not about direct marketing, but the request speaks of marketing: an objection to direct marketing cannot be refused (GDPR Art 21(2)-(3))</source>
        <translation>het bezwaar is aangeduid als niet over direct marketing, maar het verzoek spreekt over marketing: bezwaar tegen direct marketing kan niet worden geweigerd (art. 21, leden 2 en 3, AVG)</translation>
    </message>
    <message>
        <source>this letter answers the right “{right}”, which the request does not invoke: add the right to the case if it was asked, or choose the letter for a right the request invokes</source>
        <translation>deze brief beantwoordt het recht ‘{right}’, waarop het verzoek zich niet beroept: voeg het recht aan het verzoek toe als het werd uitgeoefend, of kies de brief voor een recht waarop het verzoek zich beroept</translation>
    </message>
    <message>
        <source>this answer was due on {due} and goes out on {on}, {days} day late: the case will record it as answered late</source>
        <translation>dit antwoord was verschuldigd op {due} en vertrekt op {on}, {days} dag te laat: het verzoek wordt als laattijdig beantwoord geregistreerd</translation>
    </message>
    <message>
        <source>this answer was due on {due} and goes out on {on}, {days} days late: the case will record it as answered late</source>
        <translation>dit antwoord was verschuldigd op {due} en vertrekt op {on}, {days} dagen te laat: het verzoek wordt als laattijdig beantwoord geregistreerd</translation>
    </message>
    <message>
        <source>a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated {on}, {days} day late</source>
        <translation>een weigering moet binnen een maand na ontvangst vertrekken (art. 12, lid 4, AVG), uiterlijk op {limit}: deze is gedateerd op {on}, {days} dag te laat</translation>
    </message>
    <message>
        <source>a refusal must go out within one month of receipt (GDPR Art 12(4)), by {limit}: this one is dated {on}, {days} days late</source>
        <translation>een weigering moet binnen een maand na ontvangst vertrekken (art. 12, lid 4, AVG), uiterlijk op {limit}: deze is gedateerd op {on}, {days} dagen te laat</translation>
    </message>
    <message>
        <source>an access response must list the copy it encloses (GDPR Art 15(3)): add the enclosures, or send the no-data-held letter when no data are held</source>
        <translation>een antwoord op een inzageverzoek moet het bijgevoegde afschrift vermelden (art. 15, lid 3, AVG): voeg de bijlagen toe, of stuur de brief &apos;geen gegevens in ons bezit&apos; als er geen gegevens zijn</translation>
    </message>
    <message>
        <source>the letter font cannot print {characters}: type the name or address in Latin letters (a transliteration) instead</source>
        <translation>het lettertype van de brieven kan {characters} niet afdrukken: typ de naam of het adres in Latijnse letters (een transliteratie)</translation>
    </message>
    <message>
        <source>the message has more than {count} parts</source>
        <translation>het bericht heeft meer dan {count} delen</translation>
    </message>
    <message>
        <source>a header block has more than {count} header fields</source>
        <translation>een kopblok heeft meer dan {count} kopvelden</translation>
    </message>
    <message>
        <source>the message has more than {count} header fields</source>
        <translation>het bericht heeft meer dan {count} kopvelden</translation>
    </message>
    <message>
        <source>the {name} header is {size} characters long; the limit is {limit}</source>
        <translation>de kopregel {name} is {size} tekens lang; de limiet is {limit}</translation>
    </message>
    <message>
        <source>the {name} header has {count} parameters; the limit is {limit}</source>
        <translation>de kopregel {name} heeft {count} parameters; de limiet is {limit}</translation>
    </message>
    <message>
        <source>the {name} header is written in {charset}, which is no character set of mail</source>
        <translation>de kopregel {name} is geschreven in {charset}, geen tekenset van e-mail</translation>
    </message>
    <message>
        <source>the {name} header has {count} encoded words; the limit is {limit}</source>
        <translation>de kopregel {name} bevat {count} gecodeerde woorden; de limiet is {limit}</translation>
    </message>
    <message>
        <source>the message has more than {count} lines</source>
        <translation>het bericht heeft meer dan {count} regels</translation>
    </message>
    <message>
        <source>it is the database in use or one of its files</source>
        <translation>het is de database in gebruik of een van haar bestanden</translation>
    </message>
    <message>
        <source>it is a lazeo-desk database or backup</source>
        <translation>het is een lazeo-desk-database of -back-up</translation>
    </message>
    <message>
        <source>it belongs to a lazeo-desk database or backup</source>
        <translation>het hoort bij een lazeo-desk-database of -back-up</translation>
    </message>
    <message>
        <source>it is in a folder of lazeo-desk backups</source>
        <translation>het staat in een map met lazeo-desk-back-ups</translation>
    </message>
    <message>
        <source>A restore was interrupted and its journal {file} cannot be read ({detail}): nothing was opened or changed. The database set aside is beside it, named &lt;database&gt;.before-restore-…</source>
        <translation>Een terugzetting werd onderbroken en het logboek {file} ervan is onleesbaar ({detail}): er is niets geopend of gewijzigd. De opzijgezette database staat ernaast, met de naam &lt;database&gt;.before-restore-…</translation>
    </message>
    <message>
        <source>A restore was interrupted after the backup had been put in place: it was finished ({backup}).</source>
        <translation>Een terugzetting werd onderbroken nadat de back-up op zijn plaats was gezet: ze is voltooid ({backup}).</translation>
    </message>
    <message>
        <source>A restore was interrupted, and both the database set aside ({aside}) and another database at its place exist: nothing was opened or changed. Keep the right one under the database&apos;s name and remove {journal}.</source>
        <translation>Een terugzetting werd onderbroken, en zowel de opzijgezette database ({aside}) als een andere database op haar plaats bestaan: er is niets geopend of gewijzigd. Houd de juiste onder de naam van de database en verwijder {journal}.</translation>
    </message>
    <message>
        <source>A restore was interrupted before the backup was put in place: the database is as it was before it.</source>
        <translation>Een terugzetting werd onderbroken voordat de back-up op zijn plaats werd gezet: de database is zoals ze ervoor was.</translation>
    </message>
    <message>
        <source>the stored value of {setting} cannot be read</source>
        <translation>de opgeslagen waarde van {setting} is onleesbaar</translation>
    </message>
    <message>
        <source>{setting} must be a whole number</source>
        <translation>{setting} moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>{setting} must be between {low} and {high}</source>
        <translation>{setting} moet tussen {low} en {high} liggen</translation>
    </message>
    <message>
        <source>{setting} is not a setting</source>
        <translation>{setting} is geen instelling</translation>
    </message>
    <message>
        <source>Waiting for the requester; strict date {strict}</source>
        <translation>Wacht op de verzoeker; strikte datum {strict}</translation>
    </message>
    <message>
        <source>Waiting for the requester since {since}; strict date {strict}</source>
        <translation>Wacht sinds {since} op de verzoeker; strikte datum {strict}</translation>
    </message>
    <message>
        <source>Overdue since {day}: answer now</source>
        <translation>Te laat sinds {day}: antwoord nu</translation>
    </message>
    <message>
        <source>Verify identity — the request came from an address not on file</source>
        <translation>Controleer de identiteit — het verzoek kwam van een adres dat niet in het dossier staat</translation>
    </message>
    <message>
        <source>Send the extension notice by {day}</source>
        <translation>Verstuur de kennisgeving van verlenging uiterlijk op {day}</translation>
    </message>
    <message>
        <source>Send the acknowledgement</source>
        <translation>Verstuur de ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity</source>
        <translation>Controleer de identiteit van de verzoeker</translation>
    </message>
    <message>
        <source>Record the designated practitioner: in {country} a relative consults the file only through one</source>
        <translation>Registreer de aangewezen beroepsbeoefenaar: in {country} raadpleegt een naaste het dossier alleen via die beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>Answer due {day}: send the answer</source>
        <translation>Antwoord uiterlijk {day}: verstuur het antwoord</translation>
    </message>
    <message>
        <source>Answer due {day}: prepare the answer ({right})</source>
        <translation>Antwoord uiterlijk {day}: bereid het antwoord voor ({right})</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <source>the report texts are missing: {path}</source>
        <translation>de teksten van het verslag ontbreken: {path}</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persoonlijk afgegeven</translation>
    </message>
    <message>
        <source>through the website&apos;s form</source>
        <translation>via het formulier op de website</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>through Doctolib</source>
        <translation>via Doctolib</translation>
    </message>
    <message>
        <source>Request received on {day}, {how}; rights: {rights}</source>
        <translation>Verzoek ontvangen op {day}, {how}; rechten: {rights}</translation>
    </message>
    <message>
        <source>Sample case (demo data): received on {day}, {how}</source>
        <translation>Voorbeeldverzoek (demogegevens): ontvangen op {day}, {how}</translation>
    </message>
    <message>
        <source>registered post</source>
        <translation>aangetekende post</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>hand delivery</source>
        <translation>persoonlijke overhandiging</translation>
    </message>
    <message>
        <source>identity not established</source>
        <translation>identiteit niet vastgesteld</translation>
    </message>
    <message>
        <source>manifestly unfounded request</source>
        <translation>kennelijk ongegrond verzoek</translation>
    </message>
    <message>
        <source>excessive request</source>
        <translation>buitensporig verzoek</translation>
    </message>
    <message>
        <source>{ground}: {reasons}</source>
        <translation>{ground}: {reasons}</translation>
    </message>
    <message>
        <source>answered on {day}</source>
        <translation>beantwoord op {day}</translation>
    </message>
    <message>
        <source>closed on {day}</source>
        <translation>afgesloten op {day}</translation>
    </message>
    <message>
        <source>complete on {day}</source>
        <translation>volledig op {day}</translation>
    </message>
    <message>
        <source>awaiting the requester since {day}</source>
        <translation>wacht sinds {day} op de verzoeker</translation>
    </message>
    <message>
        <source>information asked for on {day}</source>
        <translation>informatie gevraagd op {day}</translation>
    </message>
    <message>
        <source>extension notified on {day}</source>
        <translation>verlenging meegedeeld op {day}</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field}: {new}</translation>
    </message>
    <message>
        <source>no longer awaiting the requester (since {day})</source>
        <translation>wacht niet meer op de verzoeker (sinds {day})</translation>
    </message>
    <message>
        <source>{field} cleared (was {old})</source>
        <translation>{field}: geen waarde meer (was {old})</translation>
    </message>
    <message>
        <source>no check was made</source>
        <translation>geen controle gedaan</translation>
    </message>
    <message>
        <source>reason: {reason} is not a reason for hiding passages</source>
        <translation>reden: {reason} is geen reden om passages onleesbaar te maken</translation>
    </message>
    <message>
        <source>the PDF is larger than {limit} MB</source>
        <translation>de pdf is groter dan {limit} MB</translation>
    </message>
    <message>
        <source>more than {limit} boxes to hide</source>
        <translation>meer dan {limit} vakken om onleesbaar te maken</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({reason})</source>
        <translation>de pdf kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the PDF has more than {limit} pages</source>
        <translation>de pdf telt meer dan {limit} pagina&apos;s</translation>
    </message>
    <message>
        <source>more than {limit} terms to hide</source>
        <translation>meer dan {limit} termen om onleesbaar te maken</translation>
    </message>
    <message>
        <source>a term to hide is longer than {limit} characters</source>
        <translation>een term om onleesbaar te maken is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>term {term}: too short to hide</source>
        <translation>term {term}: te kort om onleesbaar te maken</translation>
    </message>
    <message>
        <source>box on page {page}: the PDF has {count} pages</source>
        <translation>vak op pagina {page}: de pdf telt {count} pagina&apos;s</translation>
    </message>
    <message>
        <source>box on page {page}: it has no area</source>
        <translation>vak op pagina {page}: het heeft geen oppervlakte</translation>
    </message>
    <message>
        <source>redaction took longer than {limit} seconds</source>
        <translation>het onleesbaar maken duurde langer dan {limit} seconden</translation>
    </message>
    <message>
        <source>page {page} has no size</source>
        <translation>pagina {page} heeft geen afmetingen</translation>
    </message>
    <message>
        <source>the PDF is encrypted: it cannot be redacted</source>
        <translation>de pdf is versleuteld: hij kan niet onleesbaar worden gemaakt</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address to write to</source>
        <translation>{address} is geen e-mailadres om naar te schrijven</translation>
    </message>
    <message>
        <source>the PDF to attach is already encrypted</source>
        <translation>de bij te voegen pdf is al versleuteld</translation>
    </message>
    <message>
        <source>the PDF to attach cannot be read ({reason})</source>
        <translation>de bij te voegen pdf kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>corrected by the DPO: {change}</source>
        <translation>gecorrigeerd door de DPO: {change}</translation>
    </message>
    <message>
        <source>opened as a new case although it resembles {cases}</source>
        <translation>geopend als nieuw verzoek hoewel het lijkt op {cases}</translation>
    </message>
    <message>
        <source>{reference} ({reasons})</source>
        <translation>{reference} ({reasons})</translation>
    </message>
    <message>
        <source>linked by the DPO to {reference}</source>
        <translation>door de DPO gekoppeld aan {reference}</translation>
    </message>
    <message>
        <source>linked by the DPO to {reference}: {reasons}</source>
        <translation>door de DPO gekoppeld aan {reference}: {reasons}</translation>
    </message>
    <message>
        <source>the file holds no rows to show</source>
        <translation>het bestand bevat geen rijen om te tonen</translation>
    </message>
    <message>
        <source>the export has more than {count} rows</source>
        <translation>de export telt meer dan {count} rijen</translation>
    </message>
    <message>
        <source>the export has more than {count} columns</source>
        <translation>de export telt meer dan {count} kolommen</translation>
    </message>
    <message>
        <source>the CSV file cannot be read: {reason}</source>
        <translation>het CSV-bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>the JSON file nests its values too deeply</source>
        <translation>het JSON-bestand nest zijn waarden te diep</translation>
    </message>
    <message>
        <source>the JSON file cannot be read: {reason}</source>
        <translation>het JSON-bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>the XML file declares a document type or entities, which exports never do</source>
        <translation>het XML-bestand declareert een documenttype of entiteiten, wat exports nooit doen</translation>
    </message>
    <message>
        <source>the XML file cannot be read: {reason}</source>
        <translation>het XML-bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>the file is {size}; the limit is {limit}</source>
        <translation>het bestand is {size}; de grens is {limit}</translation>
    </message>
    <message>
        <source>not a PDF, JPEG, PNG, TIFF, CSV, JSON or XML file (its first bytes say otherwise)</source>
        <translation>geen PDF-, JPEG-, PNG-, TIFF-, CSV-, JSON- of XML-bestand (de eerste bytes tonen iets anders)</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; the limit is {limit}</source>
        <translation>de pdf telt {count} pagina&apos;s; de grens is {limit}</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>de pdf is beschadigd en kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; enclose it unprotected</source>
        <translation>de pdf is met een wachtwoord beveiligd; voeg hem zonder beveiliging toe</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>de pdf heeft geen pagina&apos;s</translation>
    </message>
    <message>
        <source>the image is damaged and cannot be read</source>
        <translation>de afbeelding is beschadigd en kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the image has more than {limit} pages</source>
        <translation>de afbeelding telt meer dan {limit} pagina&apos;s</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels; the limit is {limit} million pixels a page</source>
        <translation>de afbeelding is {width} × {height} pixels; de grens is {limit} miljoen pixels per pagina</translation>
    </message>
    <message>
        <source>the image&apos;s pages hold more than {limit} million pixels together</source>
        <translation>de pagina&apos;s van de afbeelding tellen samen meer dan {limit} miljoen pixels</translation>
    </message>
    <message>
        <source>the image has more than {limit} million pixels a page</source>
        <translation>de afbeelding telt meer dan {limit} miljoen pixels per pagina</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters</source>
        <translation>{field}: hoogstens {limit} tekens</translation>
    </message>
    <message>
        <source>{reference} has no enclosure {document}</source>
        <translation>{reference} heeft geen bijlage {document}</translation>
    </message>
    <message>
        <source>this file is already enclosed, as {title}</source>
        <translation>dit bestand is al bijgevoegd, als {title}</translation>
    </message>
    <message>
        <source>enclosure {title} added: {file}, SHA-256 {sha256}</source>
        <translation>bijlage {title} toegevoegd: {file}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>{title} went out with the answer sent on {day}: it stays with the case as sent</source>
        <translation>{title} is meegestuurd met het antwoord van {day}: het blijft bij het verzoek zoals het werd verstuurd</translation>
    </message>
    <message>
        <source>enclosure {title} removed (SHA-256 {sha256})</source>
        <translation>bijlage {title} verwijderd (SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>a package goes with an answer that carries enclosures, not with the letter {kind}</source>
        <translation>een antwoordpakket hoort bij een antwoord met bijlagen, niet bij de brief {kind}</translation>
    </message>
    <message>
        <source>{reference} has no enclosure: with nothing to enclose, the answer is the no-data-held letter</source>
        <translation>{reference} heeft geen bijlagen: zonder iets om bij te voegen is het antwoord de brief ‘geen gegevens in ons bezit’</translation>
    </message>
    <message>
        <source>no text could be read on the scan: import it in the window and type its fields</source>
        <translation>op de scan kon geen tekst worden gelezen: importeer hem in het venster en typ de velden</translation>
    </message>
    <message>
        <source>no name could be read surely on the scan: import it in the window and type the name</source>
        <translation>op de scan kon geen naam met zekerheid worden gelezen: importeer hem in het venster en typ de naam</translation>
    </message>
    <message>
        <source>--received: {day} is in the future</source>
        <translation>--received: {day} ligt in de toekomst</translation>
    </message>
    <message>
        <source>read on page {page}, line {line} (“{words}”), {confidence} % sure</source>
        <translation>gelezen op pagina {page}, regel {line} (‘{words}’), {confidence} % zeker</translation>
    </message>
    <message>
        <source>{field} read as “{words}” on page {page}, line {line}, only {confidence} % sure: left empty</source>
        <translation>{field} gelezen als ‘{words}’ op pagina {page}, regel {line}, slechts {confidence} % zeker: leeg gelaten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>postcode and city</source>
        <translation>postcode en gemeente</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>the right {right}</source>
        <translation>het recht {right}</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>date of the letter</source>
        <translation>datum van de brief</translation>
    </message>
    <message>
        <source>name {source}</source>
        <translation>naam {source}</translation>
    </message>
    <message>
        <source>the letter is dated {day}</source>
        <translation>de brief is gedateerd {day}</translation>
    </message>
    <message>
        <source>telephone: {phone}</source>
        <translation>telefoon: {phone}</translation>
    </message>
    <message>
        <source>the text recognition engine Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld): the scan is kept, its fields are typed by hand</source>
        <translation>het tekstherkenningsprogramma Tesseract is niet geïnstalleerd (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld): de scan wordt bewaard, de velden worden met de hand getypt</translation>
    </message>
    <message>
        <source>the scan has {count} pages; the limit is {limit}: a letter is a few pages</source>
        <translation>de scan telt {count} pagina&apos;s; de limiet is {limit}: een brief telt enkele pagina&apos;s</translation>
    </message>
    <message>
        <source>a page of the scan is {width} × {height} pixels; the limit is {limit} million: the file may be built to exhaust memory</source>
        <translation>een pagina van de scan is {width} × {height} pixels; de limiet is {limit} miljoen: het bestand is misschien gemaakt om het geheugen uit te putten</translation>
    </message>
    <message>
        <source>the scan cannot be read: the file is damaged or not an image</source>
        <translation>de scan kan niet worden gelezen: het bestand is beschadigd of geen afbeelding</translation>
    </message>
    <message>
        <source>a page of the scan is larger than {limit} million pixels: the file may be built to exhaust memory</source>
        <translation>een pagina van de scan is groter dan {limit} miljoen pixels: het bestand is misschien gemaakt om het geheugen uit te putten</translation>
    </message>
    <message>
        <source>the PDF has no page</source>
        <translation>de pdf heeft geen pagina</translation>
    </message>
    <message>
        <source>page {page}: reading took longer than {seconds} s and was stopped</source>
        <translation>pagina {page}: het lezen duurde langer dan {seconds} s en werd gestopt</translation>
    </message>
    <message>
        <source>page {page}: no usable text</source>
        <translation>pagina {page}: geen bruikbare tekst</translation>
    </message>
    <message>
        <source>Tesseract lacks the language data {languages}: reading may be poorer</source>
        <translation>Tesseract mist de taalgegevens {languages}: het lezen kan minder goed zijn</translation>
    </message>
    <message>
        <source>the purpose (Art 30(1)(b))</source>
        <translation>het doeleinde (art. 30.1.b)</translation>
    </message>
    <message>
        <source>the legal basis (Art 6(1))</source>
        <translation>de rechtsgrond (art. 6.1)</translation>
    </message>
    <message>
        <source>the categories of personal data (Art 30(1)(c))</source>
        <translation>de categorieën van persoonsgegevens (art. 30.1.c)</translation>
    </message>
    <message>
        <source>the categories of data subjects (Art 30(1)(c))</source>
        <translation>de categorieën van betrokkenen (art. 30.1.c)</translation>
    </message>
    <message>
        <source>the recipients (Art 30(1)(d))</source>
        <translation>de ontvangers (art. 30.1.d)</translation>
    </message>
    <message>
        <source>the transfers to third countries and their safeguards (Art 30(1)(e))</source>
        <translation>de doorgiften naar derde landen en hun waarborgen (art. 30.1.e)</translation>
    </message>
    <message>
        <source>the time limits for erasure (Art 30(1)(f))</source>
        <translation>de termijnen voor het wissen (art. 30.1.f)</translation>
    </message>
    <message>
        <source>whether health data are processed (Art 9(1))</source>
        <translation>of er gezondheidsgegevens worden verwerkt (art. 9.1)</translation>
    </message>
    <message>
        <source>whether Doctolib is the controller</source>
        <translation>of Doctolib de verwerkingsverantwoordelijke is</translation>
    </message>
    <message>
        <source>the source of the data (Art 15(1)(g))</source>
        <translation>de bron van de gegevens (art. 15.1.g)</translation>
    </message>
    <message>
        <source>where the data are stored</source>
        <translation>waar de gegevens worden bewaard</translation>
    </message>
    <message>
        <source>the safeguards for transfers outside the EU (Art 15(2))</source>
        <translation>de waarborgen voor doorgiften buiten de EU (art. 15.2)</translation>
    </message>
    <message>
        <source>automated decisions and profiling (Art 15(1)(h))</source>
        <translation>geautomatiseerde besluiten en profilering (art. 15.1.h)</translation>
    </message>
    <message>
        <source>the note on the medical files&apos; retention</source>
        <translation>de noot over de bewaring van de medische dossiers</translation>
    </message>
    <message>
        <source>the technical and organisational security measures (Art 30(1)(g))</source>
        <translation>de technische en organisatorische beveiligingsmaatregelen (art. 30.1.g)</translation>
    </message>
    <message>
        <source>{activity}: no text for {element} in {language}</source>
        <translation>{activity}: geen tekst voor {element} in het {language}</translation>
    </message>
    <message>
        <source>{activity} processes health data: its legal basis must cite a condition of Art 9(2) (in {language})</source>
        <translation>{activity} verwerkt gezondheidsgegevens: de rechtsgrond moet een voorwaarde van art. 9.2 noemen (in het {language})</translation>
    </message>
    <message>
        <source>no text for {element} in {language}</source>
        <translation>geen tekst voor {element} in het {language}</translation>
    </message>
    <message>
        <source>the register has no processing activity of the controller</source>
        <translation>het register bevat geen verwerkingsactiviteit van de verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>{key} is not a usable key (lower-case letters, digits and hyphens)</source>
        <translation>{key} is geen bruikbare sleutel (kleine letters, cijfers en koppeltekens)</translation>
    </message>
    <message>
        <source>{key} is used twice</source>
        <translation>{key} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>{element} ({languages})</source>
        <translation>{element} ({languages})</translation>
    </message>
    <message>
        <source>activity {activity} added</source>
        <translation>activiteit {activity} toegevoegd</translation>
    </message>
    <message>
        <source>activity {activity}: {elements} changed</source>
        <translation>activiteit {activity}: {elements} gewijzigd</translation>
    </message>
    <message>
        <source>activity {activity} removed</source>
        <translation>activiteit {activity} verwijderd</translation>
    </message>
    <message>
        <source>the order of the activities changed</source>
        <translation>de volgorde van de activiteiten is gewijzigd</translation>
    </message>
    <message>
        <source>{elements} changed</source>
        <translation>{elements} gewijzigd</translation>
    </message>
    <message>
        <source>too large to be a processing register</source>
        <translation>te groot om een verwerkingsregister te zijn</translation>
    </message>
    <message>
        <source>not a JSON file ({reason})</source>
        <translation>geen JSON-bestand ({reason})</translation>
    </message>
    <message>
        <source>not an exported processing register (expected {kind})</source>
        <translation>geen geëxporteerd verwerkingsregister ({kind} verwacht)</translation>
    </message>
    <message>
        <source>unknown format {value} (known: {known})</source>
        <translation>onbekend formaat {value} (bekend: {known})</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>geïmporteerd uit {file}</translation>
    </message>
    <message>
        <source>the register of the privacy policy</source>
        <translation>het register van het privacybeleid</translation>
    </message>
    <message>
        <source>People and roles exist only on a PostgreSQL server (team mode); a database file is one DPO&apos;s alone.</source>
        <translation>Personen en rollen bestaan alleen op een PostgreSQL-server (teammodus); een databasebestand is van één DPO alleen.</translation>
    </message>
    <message>
        <source>role name: {name} is not usable (lower-case letters, digits and _, starting with a letter, at most 63, not beginning with pg_ or lazeo_)</source>
        <translation>rolnaam: {name} is niet bruikbaar (kleine letters, cijfers en _, beginnend met een letter, hoogstens 63, niet beginnend met pg_ of lazeo_)</translation>
    </message>
    <message>
        <source>This database is not set up for a team: run lazeo-desk init-server first.</source>
        <translation>Deze database is niet ingericht voor een team: voer eerst lazeo-desk init-server uit.</translation>
    </message>
    <message>
        <source>centre: an assistant needs at least one centre (--centre)</source>
        <translation>centrum: een assistent heeft minstens één centrum nodig (--centre)</translation>
    </message>
    <message>
        <source>centre: only an assistant has centres; the {role} sees every case</source>
        <translation>centrum: alleen een assistent heeft centra; de rol {role} ziet alle verzoeken</translation>
    </message>
    <message>
        <source>role name: {name} is already in the team as {role}; remove them first</source>
        <translation>rolnaam: {name} zit al in het team als {role}; verwijder die persoon eerst</translation>
    </message>
    <message>
        <source>The check reads the whole database, and your role on the server (assistant) sees the cases of its centres only: the DPO or the auditor runs it. Nothing was checked.</source>
        <translation>De controle leest de hele database, en uw rol op de server (assistent) ziet alleen de verzoeken van zijn centra: de DPO of de auditor voert ze uit. Er is niets gecontroleerd.</translation>
    </message>
    <message>
        <source>cannot listen for changes made by others: {reason}</source>
        <translation>kan niet luisteren naar wijzigingen van anderen: {reason}</translation>
    </message>
    <message>
        <source>the connection listening for changes was lost: {reason}</source>
        <translation>de verbinding die naar wijzigingen luistert, is verbroken: {reason}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LAZEO Desk</source>
        <translation>Over LAZEO Desk</translation>
    </message>
    <message>
        <source>LAZEO Desk</source>
        <translation>LAZEO Desk</translation>
    </message>
    <message>
        <source>Data subject requests, legal deadlines, identity checks and letters for the Data Protection Officer of the LAZEO clinics.</source>
        <translation>Verzoeken van betrokkenen, wettelijke termijnen, identiteitscontroles en brieven voor de functionaris voor gegevensbescherming van de LAZEO-klinieken.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Components shipped with the program</source>
        <translation>Onderdelen die met het programma worden meegeleverd</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they can be replaced by another build of the same version.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License versie 3: ze kunnen worden vervangen door een andere build van dezelfde versie.</translation>
    </message>
    <message>
        <source>The Carlito font&apos;s licence (SIL Open Font License 1.1): %1</source>
        <translation>Licentie van het lettertype Carlito (SIL Open Font License 1.1): %1</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doeleinde</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Gezondheidsgegevens</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>AwaitRequesterDialog</name>
    <message>
        <source>Await the requester</source>
        <translation>Wachten op de verzoeker</translation>
    </message>
    <message>
        <source>The clock of %1 pauses until the requester answers. Ask only what is needed (EDPB Guidelines 01/2022): what the clinic already knows comes first.</source>
        <translation>De termijn van %1 wordt opgeschort tot de verzoeker antwoordt. Vraag alleen wat nodig is (EDPB-richtsnoeren 01/2022): wat de kliniek al weet, komt eerst.</translation>
    </message>
    <message>
        <source>Pause the clock</source>
        <translation>Termijn opschorten</translation>
    </message>
    <message>
        <source>What was asked, e.g. proof of the mandate</source>
        <translation>Wat gevraagd is, bv. een bewijs van de volmacht</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Gevraagd</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Het agendabestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Keep a calendar file refreshed</source>
        <translation>Een agendabestand bijhouden</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Close the case pane (Esc)</source>
        <translation>Verzoekpaneel sluiten (Esc)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Give the case to the person named (empty: to nobody)</source>
        <translation>Het verzoek toewijzen aan de genoemde persoon (leeg: aan niemand)</translation>
    </message>
    <message>
        <source>Legal review needed: a Luxembourg relative&apos;s access rests on art. 36 of the law of 28 August 1998 on hospital establishments; the patients&apos; rights law of 24 July 2014 is not verified. Have every letter of this case reviewed before it goes out.</source>
        <translation>Juridisch nazicht nodig: de toegang van een naaste in Luxemburg berust op artikel 36 van de wet van 28 augustus 1998 betreffende de ziekenhuisinstellingen; de patiëntenrechtenwet van 24 juli 2014 is niet nagekeken. Laat elke brief van dit verzoek nalezen voor hij vertrekt.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <source>Await requester…</source>
        <translation>Wachten op verzoeker…</translation>
    </message>
    <message>
        <source>Info received…</source>
        <translation>Informatie ontvangen…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Identiteit controleren…</translation>
    </message>
    <message>
        <source>Check who is asking, in proportion to what is asked</source>
        <translation>Controleren wie het vraagt, in verhouding tot wat gevraagd wordt</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <source>Write, print and send a letter for this case</source>
        <translation>Een brief voor dit verzoek opstellen, afdrukken en versturen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the edits (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Rights &amp;&amp; outcomes</source>
        <translation>Rechten &amp;&amp; beslissingen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>Verzoek niet gevonden</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Er bestaat geen verzoek %1.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>De database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>%1 was just changed by someone else: saving will show what changed and apply your edits again to it.</source>
        <translation>%1 is zojuist door iemand anders gewijzigd: bij het opslaan ziet u wat er veranderde en worden uw wijzigingen er opnieuw op toegepast.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Geen verzoek geopend</translation>
    </message>
    <message>
        <source>Choose a case in the register and press Enter.</source>
        <translation>Kies een verzoek in het register en druk op Enter.</translation>
    </message>
    <message>
        <source>strict date %1</source>
        <translation>strikte datum %1</translation>
    </message>
    <message>
        <source>due %1 (extended)</source>
        <translation>uiterlijk %1 (verlengd)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>answered %1 · due %2</source>
        <translation>beantwoord op %1 · uiterlijk %2</translation>
    </message>
    <message>
        <source>asked by %1 (%2)</source>
        <translation>gevraagd door %1 (%2)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>ontvangen op %1</translation>
    </message>
    <message>
        <source>Save or revert your edits first</source>
        <translation>Sla eerst uw wijzigingen op of maak ze ongedaan</translation>
    </message>
    <message>
        <source>The requested information arrived: restart the clock</source>
        <translation>De gevraagde informatie is binnen: termijn herstarten</translation>
    </message>
    <message>
        <source>Move the case along its allowed statuses</source>
        <translation>Het verzoek naar een toegestane status brengen</translation>
    </message>
    <message>
        <source>Already extended</source>
        <translation>Al verlengd</translation>
    </message>
    <message>
        <source>Only an open case can be extended</source>
        <translation>Alleen een openstaand verzoek kan worden verlengd</translation>
    </message>
    <message>
        <source>Too late: the first deadline passed on %1 (GDPR Art 12(3))</source>
        <translation>Te laat: de eerste termijn is op %1 verstreken (art. 12, lid 3, AVG)</translation>
    </message>
    <message>
        <source>Extend by two further months, with reasons</source>
        <translation>Met twee maanden verlengen, met redenen</translation>
    </message>
    <message>
        <source>Record the outcome of each right and close the case</source>
        <translation>De beslissing per recht vastleggen en het verzoek afsluiten</translation>
    </message>
    <message>
        <source>Only a case in progress or answered, refused, withdrawn or referred can be closed</source>
        <translation>Alleen een verzoek dat in behandeling, beantwoord, geweigerd, ingetrokken of doorverwezen is, kan worden afgesloten</translation>
    </message>
    <message>
        <source>Identity is verified before the case is worked on</source>
        <translation>De identiteit wordt gecontroleerd voordat het verzoek wordt behandeld</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Een notitie aan de tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Unsaved changes: save them (Ctrl+S) or revert them before any other action.</source>
        <translation>Niet-opgeslagen wijzigingen: sla ze op (Ctrl+S) of maak ze ongedaan vóór elke andere handeling.</translation>
    </message>
    <message>
        <source>Edit the fields in the Case and Rights tabs, then save (Ctrl+S).</source>
        <translation>Wijzig de velden op de tabbladen Verzoek en Rechten en sla daarna op (Ctrl+S).</translation>
    </message>
    <message>
        <source>Case •</source>
        <translation>Verzoek •</translation>
    </message>
    <message>
        <source>Outcome of %1</source>
        <translation>Beslissing over %1</translation>
    </message>
    <message>
        <source>Case changed elsewhere</source>
        <translation>Verzoek elders gewijzigd</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so your changes were not saved.

Reload the case to see the current version? Edits not yet saved here will be lost.</source>
        <translation type="vanished">%1 is sinds het openen in een ander venster of programma gewijzigd; uw wijzigingen zijn daarom niet opgeslagen.

Het verzoek opnieuw laden om de huidige versie te zien? Wijzigingen die hier nog niet zijn opgeslagen, gaan verloren.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>Mijn wijzigingen behouden</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it, so your changes were not saved:

%3

Apply your changes again to the current version? You can then review them and save.</source>
        <translation>%1 is gewijzigd door %2 sinds u het opende, dus uw wijzigingen zijn niet opgeslagen:

%3

Uw wijzigingen opnieuw toepassen op de huidige versie? U kunt ze dan nakijken en opslaan.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Apply my changes again</source>
        <translation>Mijn wijzigingen opnieuw toepassen</translation>
    </message>
    <message>
        <source>Not saved: %1 changed elsewhere. Save again to apply your changes to it.</source>
        <translation>Niet opgeslagen: %1 is elders gewijzigd. Sla opnieuw op om uw wijzigingen erop toe te passen.</translation>
    </message>
    <message>
        <source>Your changes are applied to the version %2 saved by %1: review them and save.</source>
        <translation>Uw wijzigingen zijn toegepast op versie %2, opgeslagen door %1: kijk ze na en sla op.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so your changes were not saved.

%2

Reload the case to see the current version? Edits not yet saved here will be lost.</source>
        <translation>%1 is sinds het openen in een ander venster of programma gewijzigd; uw wijzigingen zijn daarom niet opgeslagen.

%2

Het verzoek opnieuw laden om de huidige versie te zien? Wijzigingen die hier nog niet zijn opgeslagen, gaan verloren.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed elsewhere. Reload it before saving again.</source>
        <translation>Niet opgeslagen: %1 is elders gewijzigd. Laad het opnieuw voordat u weer opslaat.</translation>
    </message>
    <message>
        <source>An extension needs its reasons (GDPR Art 12(3)).</source>
        <translation>Een verlenging moet worden gemotiveerd (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <source>The verification was not recorded</source>
        <translation>De controle is niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>— none recorded —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Ontvangen op</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s country</source>
        <translation>Kies het land van het centrum</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>Cen&amp;tre</source>
        <translation>&amp;Centrum</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Medical information more than 5 years old</source>
        <translation>Medische gegevens ouder dan 5 jaar</translation>
    </message>
    <message>
        <source>France: the national clock is then 2 months (CSP L.1111-7)</source>
        <translation>Frankrijk: de nationale termijn is dan 2 maanden (CSP L.1111-7)</translation>
    </message>
    <message>
        <source>The day identity or missing details arrived: the clock runs from then (leave empty otherwise)</source>
        <translation>De dag waarop de identiteit of de ontbrekende gegevens binnenkwamen: de termijn loopt vanaf dan (anders leeg laten)</translation>
    </message>
    <message>
        <source>Co&amp;mplete on</source>
        <translation>&amp;Volledig op</translation>
    </message>
    <message>
        <source>What the person asks, in their words</source>
        <translation>Wat de persoon vraagt, in eigen woorden</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Ver&amp;zoek</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>As used in a salutation (&quot;Geachte mevrouw Peeters&quot;): never guessed from the full name</source>
        <translation>Zoals in de aanhef (&quot;Geachte mevrouw Peeters&quot;): nooit afgeleid uit de volledige naam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>&amp;Geboren op</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Patient number</source>
        <translation>&amp;Patiëntnummer</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city
Country</source>
        <translation>Straat en huisnummer
Postcode en gemeente
Land</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <source>Last consultation</source>
        <translation>Laatste consultatie</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Overleden op</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Gevraagd doo&amp;r</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>As used in a salutation (&quot;Dear Ms Roux&quot;): never guessed from the full name</source>
        <translation>Zoals in de aanhef (&quot;Dear Ms Roux&quot;): nooit afgeleid uit de volledige naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Mandate, parental authority, certificate of inheritance…</source>
        <translation>Volmacht, ouderlijk gezag, attest van erfopvolging…</translation>
    </message>
    <message>
        <source>Proof of authority</source>
        <translation>Bewijs van bevoegdheid</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— niet opgegeven —</translation>
    </message>
    <message>
        <source>Heir&apos;s purpose</source>
        <translation>Doel van de erfgenaam</translation>
    </message>
    <message>
        <source>The circumstances, or the rights in question</source>
        <translation>De omstandigheden, of de betrokken rechten</translation>
    </message>
    <message>
        <source>Explained as</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Dr. Pieter Wouters</source>
        <translation>Dr. Pieter Wouters</translation>
    </message>
    <message>
        <source>Designated practitioner</source>
        <translation>Aangewezen beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>Practitioner&apos;s address</source>
        <translation>Adres van de beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Answer and extension</source>
        <translation>Antwoord en verlenging</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Niet verlengd</translation>
    </message>
    <message>
        <source>Extension reasons</source>
        <translation>Redenen voor de verlenging</translation>
    </message>
    <message>
        <source>Extension notified on</source>
        <translation>Verlenging meegedeeld op</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy</source>
        <translation>‘%1’ is geen datum: typ hem als dd/mm/jjjj</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is verplicht</translation>
    </message>
    <message>
        <source>The date of receipt</source>
        <translation>De ontvangstdatum</translation>
    </message>
    <message>
        <source>choose the country of the centre concerned</source>
        <translation>kies het land van het betrokken centrum</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>‘%1’ is geen e-mailadres</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Complete on</source>
        <translation>Volledig op</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <source>Name of the data subject</source>
        <translation>Naam van de betrokkene</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>E-mail of the data subject</source>
        <translation>E-mail van de betrokkene</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Datum van overlijden</translation>
    </message>
    <message>
        <source>Name of the requester</source>
        <translation>Naam van de verzoeker</translation>
    </message>
    <message>
        <source>E-mail of the requester</source>
        <translation>E-mail van de verzoeker</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Title of the data subject</source>
        <translation>Titel van de betrokkene</translation>
    </message>
    <message>
        <source>Family name of the data subject</source>
        <translation>Familienaam van de betrokkene</translation>
    </message>
    <message>
        <source>Title of the requester</source>
        <translation>Titel van de verzoeker</translation>
    </message>
    <message>
        <source>Family name of the requester</source>
        <translation>Familienaam van de verzoeker</translation>
    </message>
    <message>
        <source>Explanation of the purpose</source>
        <translation>Toelichting bij het doel</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CentresModel</name>
    <message>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>address missing</source>
        <translation>adres ontbreekt</translation>
    </message>
    <message>
        <source>No address is known for this centre (the privacy policy gives none): type it below.</source>
        <translation>Voor dit centrum is geen adres bekend (het privacybeleid vermeldt er geen): typ het hieronder.</translation>
    </message>
</context>
<context>
    <name>CentresPage</name>
    <message>
        <source>Add a centre</source>
        <translation>Centrum toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>The centres offered when a case is opened. The country chooses the public holidays, the patient law and the supervisory authority.</source>
        <translation>De centra die bij het openen van een verzoek worden aangeboden. Het land bepaalt de feestdagen, de patiëntenrechtenwet en de toezichthoudende autoriteit.</translation>
    </message>
    <message>
        <source>Address missing for %1: the privacy policy gives none. Select a centre and type its address.</source>
        <translation>Adres ontbreekt voor %1: het privacybeleid vermeldt er geen. Selecteer een centrum en typ het adres.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Rij %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Move %1 from “%2” to “%3”?</source>
        <translation>%1 van ‘%2’ naar ‘%3’ brengen?</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Naar ‘%1’</translation>
    </message>
    <message>
        <source>Optional: why, for the timeline</source>
        <translation>Optioneel: waarom, voor de tijdlijn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>Matches</source>
        <translation>Komt overeen</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>Komt niet overeen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>What to check: {what}</source>
        <translation>Te controleren: {what}</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Waarom: {why}</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>The request and the patient file</source>
        <translation>Het verzoek en het patiëntendossier</translation>
    </message>
    <message>
        <source>Compare what the request says with the patient file. Record each check you make.</source>
        <translation>Vergelijk wat in het verzoek staat met het patiëntendossier. Leg elke controle vast die u uitvoert.</translation>
    </message>
    <message>
        <source>Authority of the person acting</source>
        <translation>Bevoegdheid van de persoon die optreedt</translation>
    </message>
    <message>
        <source>Someone acts for the patient: check the proof of their authority.</source>
        <translation>Iemand treedt op voor de patiënt: controleer het bewijs van diens bevoegdheid.</translation>
    </message>
    <message>
        <source>A deceased patient</source>
        <translation>Een overleden patiënt</translation>
    </message>
    <message>
        <source>A relative asks for a deceased patient&apos;s file: check the proofs the law requires.</source>
        <translation>Een naaste vraagt het dossier van een overleden patiënt: controleer de bewijzen die de wet vereist.</translation>
    </message>
    <message>
        <source>Reasonable doubt — does not match: {checks}</source>
        <translation>Redelijke twijfel — komt niet overeen: {checks}</translation>
    </message>
    <message>
        <source>The patient&apos;s file is identified.</source>
        <translation>Het dossier van de patiënt is geïdentificeerd.</translation>
    </message>
    <message>
        <source>one of: {checks}</source>
        <translation>een van: {checks}</translation>
    </message>
    <message>
        <source>Everything this step needs is established.</source>
        <translation>Alles wat deze stap vereist, is vastgesteld.</translation>
    </message>
    <message>
        <source>Still missing: {needs}</source>
        <translation>Ontbreekt nog: {needs}</translation>
    </message>
</context>
<context>
    <name>ClockEditor</name>
    <message>
        <source>no wait</source>
        <translation>geen wachttijd</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 afsluiten</translation>
    </message>
    <message>
        <source>Give the outcome of each right. A refusal or partial grant needs its ground (GDPR Art 12(4)); the letter names the right to complain and to a judicial remedy.</source>
        <translation>Geef de beslissing per recht. Een weigering of gedeeltelijke inwilliging moet worden gemotiveerd (art. 12, lid 4, AVG); de brief vermeldt het recht om een klacht in te dienen en om beroep in te stellen bij de rechter.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Verzoek afsluiten</translation>
    </message>
    <message>
        <source>Grant all undecided</source>
        <translation>Alle onbesliste rechten inwilligen</translation>
    </message>
    <message>
        <source>Give an outcome for every right before closing.</source>
        <translation>Geef een beslissing voor elk recht voordat u afsluit.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 werkdag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 werkdagen</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>answered 1 day late</source>
        <translation>1 dag te laat beantwoord</translation>
    </message>
    <message>
        <source>answered %1 days late</source>
        <translation>%1 dagen te laat beantwoord</translation>
    </message>
    <message>
        <source>paused: awaiting requester</source>
        <translation>opgeschort: wacht op verzoeker</translation>
    </message>
    <message>
        <source>paused: awaiting requester since %1</source>
        <translation>opgeschort: wacht op verzoeker sinds %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vervalt vandaag</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>te laat beantwoord</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>tijdig beantwoord</translation>
    </message>
    <message>
        <source>no answer due</source>
        <translation>geen antwoord verschuldigd</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>not a date: type dd/mm/yyyy</source>
        <translation>geen datum: typ dd/mm/jjjj</translation>
    </message>
</context>
<context>
    <name>DeadlineView</name>
    <message>
        <source>a Saturday</source>
        <translation>een zaterdag</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>een zondag</translation>
    </message>
    <message>
        <source>an office closure day</source>
        <translation>een sluitingsdag van het kantoor</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>GDPR Art 12(3): one month</source>
        <translation>Art. 12, lid 3, AVG: één maand</translation>
    </message>
    <message>
        <source>GDPR Art 12(3): extended by two further months</source>
        <translation>Art. 12, lid 3, AVG: met twee maanden verlengd</translation>
    </message>
    <message>
        <source>national patient law: the medical file&apos;s shorter clock</source>
        <translation>nationale patiëntenrechtenwet: de kortere termijn van het medisch dossier</translation>
    </message>
    <message>
        <source>Clock paused since %1 (awaiting the requester): it restarts the day the information arrives</source>
        <translation>Termijn opgeschort sinds %1 (wacht op verzoeker): hij loopt weer vanaf de dag waarop de informatie binnenkomt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Resterende termijn</translation>
    </message>
    <message>
        <source>the day the request became complete; that day is not counted</source>
        <translation>de dag waarop het verzoek volledig werd; die dag telt niet mee</translation>
    </message>
    <message>
        <source>the day the request was received; that day is not counted</source>
        <translation>de dag waarop het verzoek werd ontvangen; die dag telt niet mee</translation>
    </message>
    <message>
        <source>Clock starts</source>
        <translation>Begin van de termijn</translation>
    </message>
    <message>
        <source>GDPR one month</source>
        <translation>AVG-maand</translation>
    </message>
    <message>
        <source>start + 3 months: %1</source>
        <translation>begin + 3 maanden: %1</translation>
    </message>
    <message>
        <source>notified on %1: %2</source>
        <translation>meegedeeld op %1: %2</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>not extended; an extension (two further months, with reasons) must be notified by %1</source>
        <translation>niet verlengd; een verlenging (twee maanden extra, met redenen) moet uiterlijk op %1 worden meegedeeld</translation>
    </message>
    <message>
        <source>not extended; no longer possible: the first deadline passed on %1</source>
        <translation>niet verlengd; niet meer mogelijk: de eerste termijn is op %1 verstreken</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Medical file</source>
        <translation>Medisch dossier</translation>
    </message>
    <message>
        <source>no shorter national deadline (%1): the GDPR month applies</source>
        <translation>geen kortere nationale termijn (%1): de AVG-maand geldt</translation>
    </message>
    <message>
        <source>Not sent before</source>
        <translation>Niet verzenden vóór</translation>
    </message>
    <message>
        <source>%1 (reflection period of the national law)</source>
        <translation>%1 (bedenktijd van de nationale wet)</translation>
    </message>
    <message>
        <source>Strict date</source>
        <translation>Strikte datum</translation>
    </message>
    <message>
        <source>%1, counted from first receipt as if nothing had paused</source>
        <translation>%1, gerekend vanaf de eerste ontvangst alsof er niets was opgeschort</translation>
    </message>
    <message>
        <source>The request for information went out on %1, more than %2 days after receipt: the EDPB may not accept the pause (Guidelines 01/2022, §159). Keep to the strict date: %3.</source>
        <translation>Het verzoek om informatie is op %1 verstuurd, meer dan %2 dagen na ontvangst: het EDPB aanvaardt de opschorting mogelijk niet (richtsnoeren 01/2022, §159). Houd u aan de strikte datum: %3.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>Days the office is closed, counted like public holidays: a deadline that would end on one moves to the next working day. The public holidays of Belgium, France and Luxembourg are already counted.</source>
        <translation>Dagen waarop het kantoor gesloten is, geteld als feestdagen: een termijn die op zo&apos;n dag zou eindigen, schuift op naar de volgende werkdag. De feestdagen van België, Frankrijk en Luxemburg zijn al meegeteld.</translation>
    </message>
    <message>
        <source>National deadlines for the patient&apos;s medical file</source>
        <translation>Nationale termijnen voor het medisch dossier van de patiënt</translation>
    </message>
    <message>
        <source>A shorter national deadline for the medical-file right, counted from the same day as the GDPR month; the earlier deadline governs. &quot;Not sent before&quot; is a reflection period.</source>
        <translation>Een kortere nationale termijn voor het recht op het medisch dossier, gerekend vanaf dezelfde dag als de AVG-maand; de vroegste termijn geldt. ‘Niet verzenden vóór’ is een bedenktijd.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Records over 5 years old</source>
        <translation>Gegevens ouder dan 5 jaar</translation>
    </message>
    <message>
        <source>Not sent before</source>
        <translation>Niet verzenden vóór</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <translation>Verzoeken om informatie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>A case warns when identity or missing details are asked for later than this after receipt: the pause of the clock may then be contested (EDPB Guidelines 01/2022).</source>
        <translation>Een verzoek geeft een waarschuwing wanneer de identiteit of ontbrekende gegevens later dan dit na ontvangst worden gevraagd: de opschorting van de termijn kan dan worden betwist (EDPB-richtsnoeren 01/2022).</translation>
    </message>
    <message>
        <source>Ask within</source>
        <translation>Vragen binnen</translation>
    </message>
    <message>
        <source>Retention of medical files</source>
        <translation>Bewaring van medische dossiers</translation>
    </message>
    <message>
        <source>Years a medical file is kept after the last contact with the patient, by the centre&apos;s country. Letters refusing erasure give the end date, and access responses the period, from these.</source>
        <translation>Aantal jaren dat een medisch dossier na het laatste contact met de patiënt bewaard wordt, volgens het land van het centrum. Brieven die wissing weigeren halen hier de einddatum uit, antwoorden op inzageverzoeken de termijn.</translation>
    </message>
    <message>
        <source>Code de la santé publique, art. R.1112-7: 20 years.</source>
        <translation>Code de la santé publique, art. R.1112-7: 20 jaar.</translation>
    </message>
    <message>
        <source>Law of 22 April 2019 on the quality of healthcare practice, art. 35: at least 30 and at most 50 years.</source>
        <translation>Wet van 22 april 2019 inzake de kwaliteitsvolle praktijkvoering in de gezondheidszorg, art. 35: minstens 30 en hoogstens 50 jaar.</translation>
    </message>
    <message>
        <source>To review: law of 24 July 2014 on patients&apos; rights, at least 10 years; the article is not verified.</source>
        <translation>Na te kijken: wet van 24 juli 2014 betreffende de rechten en plichten van de patiënt, minstens 10 jaar; het artikel is niet geverifieerd.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
</context>
<context>
    <name>DueSummaryPanel</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vervalt vandaag</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vervalt binnen 7 dagen</translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation>Verbergen tot morgen</translation>
    </message>
    <message>
        <source>This week — %1</source>
        <translation>Deze week — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more…</source>
        <translation>nog %1…</translation>
    </message>
</context>
<context>
    <name>EmailDraftFiles</name>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mailconcepten (*.eml)</translation>
    </message>
</context>
<context>
    <name>EnclosuresModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>EnclosuresView</name>
    <message>
        <source>Documents and exports (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.csv *.json *.xml)</source>
        <translation>Documenten en exports (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.csv *.json *.xml)</translation>
    </message>
    <message>
        <source>Add enclosures</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <source>Source of the files added next, e.g. the centre&apos;s patient software</source>
        <translation>Bron van de bestanden die u hierna toevoegt, bv. de patiëntensoftware van het centrum</translation>
    </message>
    <message>
        <source>No enclosure yet. Add the files that make the copy of the data, or drop them here.</source>
        <translation>Nog geen bijlagen. Voeg de bestanden toe die de kopie van de gegevens vormen, of sleep ze hierheen.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>De bestanden worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Preview the package</source>
        <translation>Voorbeeld van het antwoordpakket</translation>
    </message>
    <message>
        <source>The answer letter, the index of the enclosures and every enclosure</source>
        <translation>De antwoordbrief, de lijst van de bijlagen en elke bijlage</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>The enclosures cannot be read</source>
        <translation>De bijlagen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>Some files were not enclosed</source>
        <translation>Sommige bestanden zijn niet bijgevoegd</translation>
    </message>
    <message>
        <source>The files were not enclosed</source>
        <translation>De bestanden zijn niet bijgevoegd</translation>
    </message>
    <message>
        <source>Remove the enclosure</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the enclosures? Its name and SHA-256 stay in the case&apos;s history.</source>
        <translation>%1 uit de bijlagen verwijderen? De naam en de SHA-256 blijven in de tijdlijn van het verzoek.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The enclosure stays</source>
        <translation>De bijlage blijft</translation>
    </message>
</context>
<context>
    <name>EnvelopePreview</name>
    <message>
        <source>Where the recipient&apos;s address is printed on the sheet</source>
        <translation>Waar het adres van de geadresseerde op het blad wordt afgedrukt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <source>GDPR Art 12(3) allows two further months when the request is complex or numerous. The person must be told, with the reasons, by %1.</source>
        <translation>Art. 12, lid 3, AVG staat twee extra maanden toe als het verzoek complex is of als er veel verzoeken zijn. De persoon moet daarvan, met de redenen, uiterlijk op %1 op de hoogte worden gebracht.</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>%1 verlengen</translation>
    </message>
    <message>
        <source>The reasons, as they will be given to the person</source>
        <translation>De redenen, zoals ze aan de persoon worden meegedeeld</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Redenen</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Meegedeeld op</translation>
    </message>
    <message>
        <source>The notice date is not a date: type it as dd/mm/yyyy</source>
        <translation>De datum van mededeling is geen datum: typ hem als dd/mm/jjjj</translation>
    </message>
    <message>
        <source>The notice date is required</source>
        <translation>De datum van mededeling is verplicht</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search reference, name, e-mail or patient number  (Ctrl+F)</source>
        <translation>Zoeken op referentie, naam, e-mail of patiëntnummer  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Openstaande verzoeken</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Alle rechten</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Alle centra</translation>
    </message>
    <message>
        <source>Received on or after (dd/mm/yyyy)</source>
        <translation>Ontvangen op of na (dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>Received on or before (dd/mm/yyyy)</source>
        <translation>Ontvangen op of vóór (dd/mm/jjjj)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mijn verzoeken</translation>
    </message>
    <message>
        <source>Only the cases assigned to you</source>
        <translation>Alleen de verzoeken die aan u zijn toegewezen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>De instellingen konden niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The sample cases could not be loaded</source>
        <translation>De voorbeeldverzoeken konden niet worden geladen</translation>
    </message>
</context>
<context>
    <name>HeirStatementBox</name>
    <message>
        <source>What the relative states</source>
        <translation>Wat de naaste verklaart</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— niet opgegeven —</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>The circumstances, or the rights in question</source>
        <translation>De omstandigheden, of de betrokken rechten</translation>
    </message>
    <message>
        <source>Explained as</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Street and number / postcode and town</source>
        <translation>Straat en nummer / postcode en gemeente</translation>
    </message>
    <message>
        <source>Designated practitioner</source>
        <translation>Aangewezen beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>Practitioner&apos;s address</source>
        <translation>Adres van de beroepsbeoefenaar</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>LAZEO Desk guide</source>
        <translation>Handleiding van LAZEO Desk</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Taal van de handleiding</translation>
    </message>
    <message>
        <source>The guide could not be found with the program&apos;s files. Reinstall LAZEO Desk.</source>
        <translation>De handleiding is niet gevonden bij de bestanden van het programma. Installeer LAZEO Desk opnieuw.</translation>
    </message>
</context>
<context>
    <name>HidingDialog</name>
    <message>
        <source>Hide passages from the enclosures</source>
        <translation>Passages in de bijlagen afschermen</translation>
    </message>
    <message>
        <source>Laying out the enclosures&apos; pages…</source>
        <translation>De pagina&apos;s van de bijlagen worden opgemaakt…</translation>
    </message>
    <message>
        <source>Hide in the package</source>
        <translation>Afschermen in het pakket</translation>
    </message>
</context>
<context>
    <name>IdDocumentPage</name>
    <message>
        <source>Identity document (last resort)</source>
        <translation>Identiteitsbewijs (laatste redmiddel)</translation>
    </message>
    <message>
        <source>The patient file does not establish identity on its own.</source>
        <translation>Het patiëntendossier volstaat op zich niet om de identiteit vast te stellen.</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Geen scan bijgevoegd</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Scan bijvoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Attach only a redacted copy. The program keeps the path you choose; the scan is stored encrypted and deleted when the verification ends. Only the summary stays on the case.</source>
        <translation>Voeg alleen een afgeschermde kopie bij. Het programma onthoudt het gekozen pad; de scan wordt versleuteld bewaard en gewist wanneer de controle eindigt. Alleen de samenvatting blijft bij het verzoek.</translation>
    </message>
    <message>
        <source>Scan of the redacted copy (optional):</source>
        <translation>Scan van de afgeschermde kopie (optioneel):</translation>
    </message>
    <message>
        <source>Choose the scan of the redacted identity document</source>
        <translation>Kies de scan van het afgeschermde identiteitsbewijs</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Afbeeldingen en pdf (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file {path} does not exist or is not a file.</source>
        <translation>Het bestand {path} bestaat niet of is geen bestand.</translation>
    </message>
    <message>
        <source>Record what the attached copy showed (matches or does not match).</source>
        <translation>Leg vast wat de bijgevoegde kopie liet zien (komt overeen of komt niet overeen).</translation>
    </message>
</context>
<context>
    <name>IdentityWizard</name>
    <message>
        <source>new case</source>
        <translation>nieuw verzoek</translation>
    </message>
    <message>
        <source>Identity verification — {reference}</source>
        <translation>Identiteitscontrole — {reference}</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Handtekening kiezen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <source>&amp;Import e-mails and scans…</source>
        <translation>&amp;E-mails en scans importeren…</translation>
    </message>
    <message>
        <source>Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG)</source>
        <translation>Verzoeken importeren die per e-mail (.eml, .msg) of per post (pdf, PNG, JPEG) zijn ontvangen</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg)</source>
        <translation>E-mails (*.eml *.msg)</translation>
    </message>
    <message>
        <source>Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG, TIFF)</source>
        <translation>Verzoeken importeren die per e-mail (.eml, .msg) of per post (pdf, PNG, JPEG, TIFF) zijn ontvangen</translation>
    </message>
    <message>
        <source>Requests (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Verzoeken (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Scanned letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Gescande brieven (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation>Verzoeken importeren</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>%1 wordt gelezen: pagina %2 van %3</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>1 file was not imported</source>
        <translation>1 bestand is niet geïmporteerd</translation>
    </message>
    <message>
        <source>%1 files were not imported</source>
        <translation>%1 bestanden zijn niet geïmporteerd</translation>
    </message>
    <message>
        <source>1 case created</source>
        <translation>1 verzoek aangemaakt</translation>
    </message>
    <message>
        <source>%1 cases created</source>
        <translation>%1 verzoeken aangemaakt</translation>
    </message>
    <message>
        <source>1 file added to a case</source>
        <translation>1 bestand aan een verzoek toegevoegd</translation>
    </message>
    <message>
        <source>%1 files added to cases</source>
        <translation>%1 bestanden aan verzoeken toegevoegd</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 overgeslagen</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 geweigerd</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>its reference is quoted in the message</source>
        <translation>de referentie wordt in het bericht vermeld</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>zelfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>same patient number</source>
        <translation>zelfde patiëntnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>&amp;Add to an existing case:</source>
        <translation>&amp;Toevoegen aan een bestaand verzoek:</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <source>The reference of the case this file belongs to</source>
        <translation>De referentie van het verzoek waartoe dit bestand behoort</translation>
    </message>
    <message>
        <source>Open a &amp;new case</source>
        <translation>Een &amp;nieuw verzoek openen</translation>
    </message>
    <message>
        <source>New case due:</source>
        <translation>Uiterste datum van het nieuwe verzoek:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Verzoek aanmaken</translation>
    </message>
    <message>
        <source>Open a new case from this file (Ctrl+Return)</source>
        <translation>Een nieuw verzoek openen op basis van dit bestand (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Add this file to the case chosen above (Ctrl+Return)</source>
        <translation>Dit bestand toevoegen aan het hierboven gekozen verzoek (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Import nothing from this file (Escape)</source>
        <translation>Niets uit dit bestand importeren (Esc)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 van %2)</translation>
    </message>
    <message>
        <source>Type or choose the reference of the case to add this file to.</source>
        <translation>Typ of kies de referentie van het verzoek waaraan dit bestand moet worden toegevoegd.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <source>Type the date of receipt and choose the country to count the deadline.</source>
        <translation>Typ de ontvangstdatum en kies het land om de termijn te berekenen.</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>kies het land</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Pdf-document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF-afbeelding</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Verifying identity</source>
        <translation>Identiteitscontrole</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>Wacht op verzoeker</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Intrekking van de toestemming</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <source>Medical file</source>
        <translation>Medisch dossier</translation>
    </message>
    <message>
        <source>Rectif.</source>
        <translation>Rectif.</translation>
    </message>
    <message>
        <source>Restrict.</source>
        <translation>Beperk.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemm.</translation>
    </message>
    <message>
        <source>Portab.</source>
        <translation>Overdr.</translation>
    </message>
    <message>
        <source>Med. file</source>
        <translation>Med. dossier</translation>
    </message>
    <message>
        <source>GDPR Art 15</source>
        <translation>Art. 15 AVG</translation>
    </message>
    <message>
        <source>GDPR Art 16</source>
        <translation>Art. 16 AVG</translation>
    </message>
    <message>
        <source>GDPR Art 17</source>
        <translation>Art. 17 AVG</translation>
    </message>
    <message>
        <source>GDPR Art 18</source>
        <translation>Art. 18 AVG</translation>
    </message>
    <message>
        <source>GDPR Art 21</source>
        <translation>Art. 21 AVG</translation>
    </message>
    <message>
        <source>GDPR Art 7(3)</source>
        <translation>Art. 7, lid 3, AVG</translation>
    </message>
    <message>
        <source>GDPR Art 20</source>
        <translation>Art. 20 AVG</translation>
    </message>
    <message>
        <source>national patient law</source>
        <translation>nationale patiëntenrechtenwet</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Doctolib</source>
        <translation>Doctolib</translation>
    </message>
    <message>
        <source>The data subject in person</source>
        <translation>De betrokkene zelf</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Mandatary or lawyer</source>
        <translation>Gevolmachtigde of advocaat</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Erfgenaam</translation>
    </message>
    <message>
        <source>Mrs / Ms</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>De heer</translation>
    </message>
    <message>
        <source>Maître (lawyer)</source>
        <translation>Meester (advocaat)</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Dokter</translation>
    </message>
    <message>
        <source>To know the causes of death</source>
        <translation>De doodsoorzaak kennen</translation>
    </message>
    <message>
        <source>To defend the memory of the deceased</source>
        <translation>De nagedachtenis van de overledene verdedigen</translation>
    </message>
    <message>
        <source>To assert their rights</source>
        <translation>Zijn of haar rechten doen gelden</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Gedeeltelijk ingewilligd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vervalt deze week</translation>
    </message>
    <message>
        <source>Identity to verify</source>
        <translation>Identiteit te controleren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Answered this month</source>
        <translation>Deze maand beantwoord</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Enclosure</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toewijzing</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The window changes language as soon as the settings are saved; work in progress is kept. Letters are written in the language of each case, whatever this setting.</source>
        <translation>Het venster verandert van taal zodra de instellingen zijn opgeslagen; lopend werk blijft behouden. Brieven worden geschreven in de taal van elk verzoek, ongeacht deze instelling.</translation>
    </message>
    <message>
        <source>No notification</source>
        <translation>Geen melding</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> dagen vooraf</translation>
    </message>
    <message>
        <source>Reminders on this workstation</source>
        <translation>Herinneringen op deze werkpost</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>While the program runs, the notification area names the overdue requests and those due within these days, at start and each morning. It shows references and dates only, never a name.</source>
        <translation>Zolang het programma draait, meldt het systeemvak de verzoeken die te laat zijn en die binnen deze dagen vervallen, bij het starten en elke ochtend. Het toont alleen referenties en datums, nooit een naam.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Close %1 to see the window in the new language now; otherwise it applies from the next start.</source>
        <translation>Sluit %1 om het venster nu in de nieuwe taal te zien; anders geldt ze vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Change of language</source>
        <translation>Taalwijziging</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them, and the window changes language now; keep editing, and the new language applies from the next start.</source>
        <translation>%1 heeft wijzigingen die niet zijn opgeslagen. Sla ze op, en het venster verandert nu van taal; werk verder, en de nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Save and change</source>
        <translation>Opslaan en wijzigen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter — %1</source>
        <translation>Brief — %1</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Sjabloon bewerken…</translation>
    </message>
    <message>
        <source>Adapt the text of this kind of letter in this language</source>
        <translation>De tekst van dit soort brief in deze taal aanpassen</translation>
    </message>
    <message>
        <source>One item a line</source>
        <translation>Eén item per regel</translation>
    </message>
    <message>
        <source>The reasons, as the person will read them</source>
        <translation>De redenen, zoals de persoon ze zal lezen</translation>
    </message>
    <message>
        <source>— choose the ground —</source>
        <translation>— kies de grond —</translation>
    </message>
    <message>
        <source>What was asked, what was missing, why it is refused</source>
        <translation>Wat gevraagd werd, wat ontbrak, waarom het wordt geweigerd</translation>
    </message>
    <message>
        <source>What was corrected, erased, restricted or stopped; one a line</source>
        <translation>Wat werd gerectificeerd, gewist, beperkt of stopgezet; één per regel</translation>
    </message>
    <message>
        <source>Recipients told of it (Art 19), one a line</source>
        <translation>Ontvangers die op de hoogte zijn gebracht (art. 19), één per regel</translation>
    </message>
    <message>
        <source>A claim about medical liability is pending (retention suspended)</source>
        <translation>Er loopt een vordering over medische aansprakelijkheid (bewaartermijn opgeschort)</translation>
    </message>
    <message>
        <source>The objection is not about direct marketing (it may be refused)</source>
        <translation>Het bezwaar gaat niet over direct marketing (het mag worden geweigerd)</translation>
    </message>
    <message>
        <source>Documents sent with the letter, one a line</source>
        <translation>Documenten die met de brief worden meegestuurd, één per regel</translation>
    </message>
    <message>
        <source>Keep files with the case as enclosures…</source>
        <translation>Bestanden als bijlagen bij het verzoek bewaren…</translation>
    </message>
    <message>
        <source>Paragraphs for this letter only; a blank line between two</source>
        <translation>Alinea&apos;s alleen voor deze brief; een lege regel ertussen</translation>
    </message>
    <message>
        <source>This letter&apos;s template has no place for free paragraphs.</source>
        <translation>Het sjabloon van deze brief heeft geen plaats voor vrije alinea&apos;s.</translation>
    </message>
    <message>
        <source>Items asked for</source>
        <translation>Gevraagde gegevens</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Redenen voor de verlenging</translation>
    </message>
    <message>
        <source>Ground of the refusal</source>
        <translation>Grond van de weigering</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Redenen voor de weigering</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat er gedaan is</translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation>Ingelichte ontvangers</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Free paragraphs</source>
        <translation>Vrije alinea&apos;s</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>e.g. 1A 234 567 8901 2</source>
        <translation>bv. 1A 234 567 8901 2</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verzendwijze</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Zendingsnummer</translation>
    </message>
    <message>
        <source>Letter dated</source>
        <translation>Brief gedateerd</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Choose the printer and the copies; the PDF shown is printed as it is</source>
        <translation>Kies de printer en het aantal exemplaren; de getoonde pdf wordt ongewijzigd afgedrukt</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf opslaan…</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Als verzonden registreren</translation>
    </message>
    <message>
        <source>Keep this exact PDF in the case&apos;s letter log, with how it was sent, and update the case</source>
        <translation>Deze exacte pdf bewaren in het brievenlogboek van het verzoek, met de wijze van verzending, en het verzoek bijwerken</translation>
    </message>
    <message>
        <source>Write the e-mail draft…</source>
        <translation>E-mailconcept opstellen…</translation>
    </message>
    <message>
        <source>Write this letter as an e-mail draft to open in the mail program, and record it as sent by e-mail</source>
        <translation>Deze brief als e-mailconcept schrijven om in het e-mailprogramma te openen, en hem registreren als per e-mail verzonden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Er bestaat geen verzoek %1.</translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation>Brief voor %1</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>gericht aan %1</translation>
    </message>
    <message>
        <source>The letter cannot be written</source>
        <translation>De brief kan niet worden opgesteld</translation>
    </message>
    <message>
        <source>Proposed for this case</source>
        <translation>Voorgesteld voor dit verzoek</translation>
    </message>
    <message>
        <source>No letter fits this case now</source>
        <translation>Geen enkele brief past nu bij dit verzoek</translation>
    </message>
    <message>
        <source>Other kinds — they do not fit the present state</source>
        <translation>Andere soorten — ze passen niet bij de huidige toestand</translation>
    </message>
    <message>
        <source>Only for registered post</source>
        <translation>Alleen voor aangetekende post</translation>
    </message>
    <message>
        <source>Recorded on the case: %1</source>
        <translation>Geregistreerd bij het verzoek: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some files were not enclosed</source>
        <translation>Sommige bestanden werden niet bijgevoegd</translation>
    </message>
    <message>
        <source>The files were not enclosed</source>
        <translation>De bestanden werden niet bijgevoegd</translation>
    </message>
    <message>
        <source>This kind of letter does not fit the case&apos;s present state (%1); check before sending it.</source>
        <translation>Dit soort brief past niet bij de huidige toestand van het verzoek (%1); controleer dit voordat u hem verstuurt.</translation>
    </message>
    <message>
        <source>This letter cannot go out: %1.</source>
        <translation>Deze brief kan niet vertrekken: %1.</translation>
    </message>
    <message>
        <source>The template of this letter cannot be used: %1. Use “Edit template…” to correct it.</source>
        <translation>Het sjabloon van deze brief is niet bruikbaar: %1. Gebruik ‘Sjabloon bewerken…’ om het te verbeteren.</translation>
    </message>
    <message>
        <source>To write this letter: %1.</source>
        <translation>Om deze brief op te stellen: %1.</translation>
    </message>
    <message>
        <source>The letter could not be made (%1: %2).</source>
        <translation>De brief kon niet worden gemaakt (%1: %2).</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>The letter was not printed</source>
        <translation>De brief is niet afgedrukt</translation>
    </message>
    <message>
        <source>Sent to the printer %1 (%2 copies, job %3).</source>
        <translation>Naar de printer %1 gestuurd (%2 exemplaren, taak %3).</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>De brief als pdf opslaan</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>De pdf is niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Tracking number needed</source>
        <translation>Zendingsnummer vereist</translation>
    </message>
    <message>
        <source>A letter sent by registered post is recorded with its tracking number: type the number from the post office receipt, or choose another way of sending.</source>
        <translation>Een aangetekend verstuurde brief wordt met het zendingsnummer geregistreerd: typ het nummer van het afgiftebewijs van de post, of kies een andere verzendwijze.</translation>
    </message>
    <message>
        <source>Record this letter?</source>
        <translation>Deze brief registreren?</translation>
    </message>
    <message>
        <source>A “%1” does not fit the present state of %2. Record it as sent all the same?</source>
        <translation>Een ‘%1’ past niet bij de huidige toestand van %2. Toch als verzonden registreren?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Send this letter despite the warning?</source>
        <translation>Deze brief toch versturen ondanks de waarschuwing?</translation>
    </message>
    <message>
        <source>%1

Record it as sent all the same?</source>
        <translation>%1

Toch als verstuurd registreren?</translation>
    </message>
    <message>
        <source>The letter was not recorded</source>
        <translation>De brief is niet geregistreerd</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>Er kan niet naar de database worden geschreven</translation>
    </message>
    <message>
        <source>The e-mail draft was not written</source>
        <translation>Het e-mailconcept is niet geschreven</translation>
    </message>
    <message>
        <source>An e-mail draft is written in the case&apos;s language (%1): choose it to write the draft.</source>
        <translation>Een e-mailconcept wordt in de taal van het dossier geschreven (%1): kies die taal om het concept te schrijven.</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>E-mailconcept opslaan</translation>
    </message>
    <message>
        <source>E-mail draft written</source>
        <translation>E-mailconcept geschreven</translation>
    </message>
    <message>
        <source>E-mail draft to %1 saved to %2: open it in the mail program to send it.</source>
        <translation>E-mailconcept aan %1 opgeslagen in %2: open het in het e-mailprogramma om het te versturen.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>De database kan niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>LetterLabels</name>
    <message>
        <source>Acknowledgement of receipt, with the date the answer is due</source>
        <translation>Ontvangstbevestiging, met de datum waarop het antwoord verschuldigd is</translation>
    </message>
    <message>
        <source>Request for proof of identity or missing details (the clock waits)</source>
        <translation>Verzoek om identiteitsbewijs of ontbrekende gegevens (de termijn wacht)</translation>
    </message>
    <message>
        <source>Extension by two further months, with the reasons and the new date (Art 12(3))</source>
        <translation>Verlenging met twee maanden, met de redenen en de nieuwe datum (art. 12, lid 3)</translation>
    </message>
    <message>
        <source>Access response: copy of the data and the Art 15 information</source>
        <translation>Antwoord op het inzageverzoek: kopie van de gegevens en de informatie van art. 15</translation>
    </message>
    <message>
        <source>Rectification carried out (Art 16), recipients notified (Art 19)</source>
        <translation>Rectificatie uitgevoerd (art. 16), ontvangers ingelicht (art. 19)</translation>
    </message>
    <message>
        <source>Erasure carried out (Art 17), recipients notified (Art 19)</source>
        <translation>Wissing uitgevoerd (art. 17), ontvangers ingelicht (art. 19)</translation>
    </message>
    <message>
        <source>Erasure partly refused: medical file kept until a computed date (Art 17(3))</source>
        <translation>Wissing gedeeltelijk geweigerd: medisch dossier bewaard tot een berekende datum (art. 17, lid 3)</translation>
    </message>
    <message>
        <source>Restriction of processing applied (Art 18)</source>
        <translation>Beperking van de verwerking toegepast (art. 18)</translation>
    </message>
    <message>
        <source>Objection upheld: the processing has stopped (Art 21)</source>
        <translation>Bezwaar gegrond: de verwerking is stopgezet (art. 21)</translation>
    </message>
    <message>
        <source>Withdrawal of consent recorded (Art 7(3))</source>
        <translation>Intrekking van de toestemming geregistreerd (art. 7, lid 3)</translation>
    </message>
    <message>
        <source>Cover letter for the portable data file (Art 20)</source>
        <translation>Begeleidende brief bij het overdraagbare gegevensbestand (art. 20)</translation>
    </message>
    <message>
        <source>Referral to Doctolib, controller for the patient&apos;s Doctolib account</source>
        <translation>Doorverwijzing naar Doctolib, verwerkingsverantwoordelijke voor de Doctolib-account van de patiënt</translation>
    </message>
    <message>
        <source>Refusal with reasons, the right to complain and to a judicial remedy (Art 12(4))</source>
        <translation>Gemotiveerde weigering, met het recht om een klacht in te dienen en beroep in te stellen bij de rechter (art. 12, lid 4)</translation>
    </message>
    <message>
        <source>Cover letter for a copy of the medical file (first copy free)</source>
        <translation>Begeleidende brief bij een kopie van het medisch dossier (eerste kopie gratis)</translation>
    </message>
    <message>
        <source>Cover letter for a deceased patient&apos;s file, to the practitioner a relative designated (BE, LU)</source>
        <translation>Begeleidende brief bij het dossier van een overleden patiënt, aan de beroepsbeoefenaar die een naaste aanwees (BE, LU)</translation>
    </message>
    <message>
        <source>To the relative: the file is made available to the practitioner they designated (BE, LU)</source>
        <translation>Aan de naaste: het dossier wordt ter beschikking gesteld van de aangewezen beroepsbeoefenaar (BE, LU)</translation>
    </message>
    <message>
        <source>No personal data held: confirmation (Art 15(1)), the right to complain and to a remedy</source>
        <translation>Geen gegevens in ons bezit: bevestiging (art. 15, lid 1), recht op klacht en op beroep</translation>
    </message>
    <message>
        <source>Identity not established (Art 11(2), 12(2))</source>
        <translation>Identiteit niet vastgesteld (art. 11, lid 2, en 12, lid 2)</translation>
    </message>
    <message>
        <source>Manifestly unfounded (Art 12(5)(b))</source>
        <translation>Kennelijk ongegrond (art. 12, lid 5, b))</translation>
    </message>
    <message>
        <source>Excessive (Art 12(5)(b))</source>
        <translation>Buitensporig (art. 12, lid 5, b))</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <source>Request for identity or missing details</source>
        <translation>Verzoek om identiteit of ontbrekende gegevens</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Kennisgeving van verlenging</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Antwoord op inzageverzoek</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>Rectificatie uitgevoerd</translation>
    </message>
    <message>
        <source>Erasure done</source>
        <translation>Wissing uitgevoerd</translation>
    </message>
    <message>
        <source>Erasure partly refused</source>
        <translation>Wissing gedeeltelijk geweigerd</translation>
    </message>
    <message>
        <source>Restriction applied</source>
        <translation>Beperking toegepast</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Bezwaar gegrond</translation>
    </message>
    <message>
        <source>Withdrawal of consent recorded</source>
        <translation>Intrekking van de toestemming geregistreerd</translation>
    </message>
    <message>
        <source>Portability cover letter</source>
        <translation>Begeleidende brief (overdraagbaarheid)</translation>
    </message>
    <message>
        <source>Referral to Doctolib</source>
        <translation>Doorverwijzing naar Doctolib</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>Medical file cover letter</source>
        <translation>Begeleidende brief bij het medisch dossier</translation>
    </message>
    <message>
        <source>Cover letter to the designated practitioner</source>
        <translation>Brief aan de aangewezen beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>Notice to the relative: file sent to their practitioner</source>
        <translation>Bericht aan de naaste: dossier naar de beroepsbeoefenaar</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Geen gegevens in ons bezit</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Gewone post</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Afgifte tegen ontvangstbewijs</translation>
    </message>
</context>
<context>
    <name>LetterLogModel</name>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verzendwijze</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Zendingsnummer</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 van de pdf</translation>
    </message>
    <message>
        <source>version %1 (older)</source>
        <translation>versie %1 (ouder)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>This answer printed version %1 of the processing register; version %2 is in force now.</source>
        <translation>Dit antwoord drukte versie %1 van het verwerkingsregister af; nu is versie %2 van kracht.</translation>
    </message>
    <message>
        <source>This answer printed version %1 of the processing register.</source>
        <translation>Dit antwoord drukte versie %1 van het verwerkingsregister af.</translation>
    </message>
</context>
<context>
    <name>LetterLogView</name>
    <message>
        <source>No letter has been sent for this case yet.</source>
        <translation>Voor dit verzoek is nog geen brief verstuurd.</translation>
    </message>
    <message>
        <source>Open the PDF sent</source>
        <translation>De verzonden pdf openen</translation>
    </message>
    <message>
        <source>The exact PDF recorded when the letter was sent</source>
        <translation>De exacte pdf die bij het versturen van de brief is geregistreerd</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>The letter log cannot be read</source>
        <translation>Het brievenlogboek kan niet worden gelezen</translation>
    </message>
    <message>
        <source>The PDF cannot be read</source>
        <translation>De pdf kan niet worden gelezen</translation>
    </message>
    <message>
        <source>The PDF does not match its record</source>
        <translation>De pdf komt niet overeen met de registratie</translation>
    </message>
    <message>
        <source>The PDF kept for this letter no longer matches the SHA-256 recorded when it was sent: it may have been altered. The audit trail tells when. Use it all the same?</source>
        <translation>De pdf die voor deze brief is bewaard, komt niet meer overeen met de SHA-256 die bij het versturen is geregistreerd: hij is mogelijk gewijzigd. Het auditspoor vertelt wanneer. Toch gebruiken?</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The PDF cannot be opened</source>
        <translation>De pdf kan niet worden geopend</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save a copy and open it from there.</source>
        <translation>Er is geen programma gevonden om pdf-bestanden te tonen. Sla een kopie op en open die van daaruit.</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Een kopie van de brief opslaan</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>De kopie is niet opgeslagen</translation>
    </message>
    <message>
        <source>The copy is saved, but the database cannot be written</source>
        <translation>De kopie is opgeslagen, maar er kan niet naar de database worden geschreven</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <source>The letter appears here.</source>
        <translation>De brief verschijnt hier.</translation>
    </message>
    <message>
        <source>No letter to show until the problem above is solved.</source>
        <translation>Er is geen brief te tonen zolang het probleem hierboven niet is opgelost.</translation>
    </message>
    <message>
        <source>Pages: %1 (the first %2 shown)</source>
        <translation>Pagina&apos;s: %1 (de eerste %2 getoond)</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pagina&apos;s: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>uw schijfquotum is opgebruikt</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>u mag niet in die map schrijven</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>er is een map met die naam</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved there; choose another place.</source>
        <translation>%1 kon niet worden geschreven: %2. Daar is niets opgeslagen; kies een andere plaats.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Signature block and place</source>
        <translation>Ondertekening en plaats</translation>
    </message>
    <message>
        <source>Title of the DPO</source>
        <translation>Titel van de DPO</translation>
    </message>
    <message>
        <source>Place before the date</source>
        <translation>Plaats vóór de datum</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Venster van de envelop</translation>
    </message>
    <message>
        <source>Where the recipient&apos;s address is printed, measured from the left and top edges of the sheet, so that it shows through the window of the envelope.</source>
        <translation>Waar het adres van de geadresseerde wordt afgedrukt, gemeten vanaf de linker- en bovenrand van het blad, zodat het door het venster van de envelop zichtbaar is.</translation>
    </message>
    <message>
        <source>Right (French DL envelope)</source>
        <translation>Rechts (Franse DL-envelop)</translation>
    </message>
    <message>
        <source>Left (Belgian and German envelopes)</source>
        <translation>Links (Belgische en Duitse enveloppen)</translation>
    </message>
    <message>
        <source>Default position</source>
        <translation>Standaardpositie</translation>
    </message>
    <message>
        <source>Window side</source>
        <translation>Kant van het venster</translation>
    </message>
    <message>
        <source>From the left edge</source>
        <translation>Vanaf de linkerrand</translation>
    </message>
    <message>
        <source>From the top edge</source>
        <translation>Vanaf de bovenrand</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Gescande handtekening</translation>
    </message>
    <message>
        <source>PNG or JPEG. The images are kept in the database, so they travel with its backups.</source>
        <translation>PNG of JPEG. De afbeeldingen worden in de database bewaard en gaan dus mee met de back-ups.</translation>
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
        <translation> (demogegevens)</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>＋  New case</source>
        <translation>＋  Nieuw verzoek</translation>
    </message>
    <message>
        <source>Record a new request (Ctrl+N)</source>
        <translation>Een nieuw verzoek registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>&amp;Export the register…</source>
        <translation>Register e&amp;xporteren…</translation>
    </message>
    <message>
        <source>The cases the register shows, with its filters and order, as XLSX or CSV (Ctrl+E)</source>
        <translation>De verzoeken die het register toont, met zijn filters en volgorde, als XLSX of CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Keep a &amp;calendar file refreshed…</source>
        <translation>Agenda&amp;bestand bijhouden…</translation>
    </message>
    <message>
        <source>Stop refreshing the calendar file</source>
        <translation>Agendabestand niet meer bijhouden</translation>
    </message>
    <message>
        <source>Calendar updated: %1</source>
        <translation>Agenda bijgewerkt: %1</translation>
    </message>
    <message>
        <source>The calendar file is no longer refreshed.</source>
        <translation>Het agendabestand wordt niet meer bijgewerkt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Verzoek &amp;openen</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Het geselecteerde verzoek openen (Enter)</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Vo&amp;lgend verzoek</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>V&amp;orig verzoek</translation>
    </message>
    <message>
        <source>&amp;Close the case pane</source>
        <translation>Verzoekpaneel &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>R&amp;eports…</source>
        <translation>Ver&amp;slagen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Vandaag: %1</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Register wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>1 case exported to %2</source>
        <translation>1 verzoek geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>%1 cases exported to %2</source>
        <translation>%1 verzoeken geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Verzoeken worden geteld…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 verzoek</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 verzoeken</translation>
    </message>
    <message>
        <source>1 case matches</source>
        <translation>1 verzoek voldoet</translation>
    </message>
    <message>
        <source>%1 cases match</source>
        <translation>%1 verzoeken voldoen</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>De database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 heeft wijzigingen die niet zijn opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>%1 created; the current filters hide it.</source>
        <translation>%1 aangemaakt; de huidige filters verbergen het.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Quit without saving them?</source>
        <translation>%1 heeft wijzigingen die niet zijn opgeslagen. Afsluiten zonder ze op te slaan?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Afsluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>MessageIntakeDialog</name>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>no usable date in the message (see “To check”)</source>
        <translation>geen bruikbare datum in het bericht (zie ‘Te controleren’)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Suggested from the text</source>
        <translation>Voorgesteld op basis van de tekst</translation>
    </message>
    <message>
        <source>The request (subject and text)</source>
        <translation>Het verzoek (onderwerp en tekst)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Bijlagen (%1)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>None: the message came without attached files.</source>
        <translation>Geen: het bericht kwam zonder bijgevoegde bestanden.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>op basis van %1</translation>
    </message>
    <message>
        <source>ticked (%1)</source>
        <translation>aangevinkt (%1)</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>none recognised in the text: tick what the person asks</source>
        <translation>geen herkend in de tekst: vink aan wat de persoon vraagt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>, guessed from the text</source>
        <translation>, afgeleid uit de tekst</translation>
    </message>
    <message>
        <source>not recognised in the text</source>
        <translation>niet herkend in de tekst</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>not named in the text</source>
        <translation>niet vermeld in de tekst</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>, read in the text</source>
        <translation>, gelezen in de tekst</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>Patiëntnummer</translation>
    </message>
    <message>
        <source>Quoted references</source>
        <translation>Vermelde referenties</translation>
    </message>
    <message>
        <source>Suggested by the text: %1</source>
        <translation>Voorgesteld door de tekst: %1</translation>
    </message>
    <message>
        <source>This looks like a follow-up of %1</source>
        <translation>Dit lijkt een vervolg op %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3, received %4: %5</source>
        <translation>%1 — %2, %3, ontvangen op %4: %5</translation>
    </message>
    <message>
        <source>and %1 more (in the list of cases)</source>
        <translation>en nog %1 (in de lijst van verzoeken)</translation>
    </message>
    <message>
        <source>A reminder or a reply is not a new request: Link adds this message to the case chosen below; Create case opens a new one.</source>
        <translation>Een herinnering of een antwoord is geen nieuw verzoek: Koppelen voegt dit bericht toe aan het hieronder gekozen verzoek; Verzoek aanmaken opent een nieuw verzoek.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Verzoek aanmaken</translation>
    </message>
    <message>
        <source>Create the case (Ctrl+Return)</source>
        <translation>Het verzoek aanmaken (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the date of receipt and choose the country to count the deadline.</source>
        <translation>Typ de ontvangstdatum en kies het land om de termijn te berekenen.</translation>
    </message>
</context>
<context>
    <name>NextStepBar</name>
    <message>
        <source>Verify identity…</source>
        <translation>Identiteit controleren…</translation>
    </message>
    <message>
        <source>Record the practitioner…</source>
        <translation>Beroepsbeoefenaar registreren…</translation>
    </message>
    <message>
        <source>Write the acknowledgement…</source>
        <translation>Ontvangstbevestiging opstellen…</translation>
    </message>
    <message>
        <source>Write the extension notice…</source>
        <translation>Kennisgeving van verlenging opstellen…</translation>
    </message>
    <message>
        <source>Info received…</source>
        <translation>Informatie ontvangen…</translation>
    </message>
    <message>
        <source>Write the answer…</source>
        <translation>Antwoord opstellen…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>The note goes into the timeline of %1, with the date and your name.</source>
        <translation>De notitie komt in de tijdlijn van %1, met de datum en uw naam.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>e.g. phoned the centre in Gent about the file</source>
        <translation>bv. centrum in Gent gebeld over het dossier</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>e.g. RCS Paris 879 986 214</source>
        <translation>bv. RCS Paris 879 986 214</translation>
    </message>
    <message>
        <source>dpo@lazeo.com</source>
        <translation>dpo@lazeo.com</translation>
    </message>
    <message>
        <source>Who answers the requests: printed in the letterhead, the footer and the signature of every letter. The defaults come from the privacy policy.</source>
        <translation>Wie de verzoeken beantwoordt: afgedrukt in het briefhoofd, de voettekst en de ondertekening van elke brief. De standaardwaarden komen uit de privacyverklaring.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>Maatschappelijke zetel</translation>
    </message>
    <message>
        <source>One line per line of the address, as printed.</source>
        <translation>Eén regel per adresregel, zoals afgedrukt.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Choose how the verification ends. Nothing is saved before you click Finish.</source>
        <translation>Kies hoe de controle eindigt. Er wordt niets opgeslagen voordat u op Voltooien klikt.</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>The request for information has already been sent (by telephone, e-mail …), on:</source>
        <translation>De vraag om informatie is al verstuurd (per telefoon, e-mail …), op:</translation>
    </message>
    <message>
        <source>Summary kept on the case:</source>
        <translation>Samenvatting die bij het verzoek blijft:</translation>
    </message>
    <message>
        <source>Not available: the checks do not establish identity yet.</source>
        <translation>Niet beschikbaar: de controles stellen de identiteit nog niet vast.</translation>
    </message>
    <message>
        <source>Not available: the checks establish identity, so nothing more may be asked (GDPR Art 12(6)).</source>
        <translation>Niet beschikbaar: de controles stellen de identiteit vast, dus er mag niets meer worden gevraagd (art. 12, lid 6, AVG).</translation>
    </message>
    <message>
        <source>Not available: the requester must first have been asked once (GDPR Art 11(2), 12(2)).</source>
        <translation>Niet beschikbaar: de verzoeker moet eerst één keer om informatie zijn gevraagd (art. 11, lid 2, en 12, lid 2, AVG).</translation>
    </message>
    <message>
        <source>Not available: the checks establish identity.</source>
        <translation>Niet beschikbaar: de controles stellen de identiteit vast.</translation>
    </message>
    <message>
        <source>The checks establish identity.</source>
        <translation>De controles stellen de identiteit vast.</translation>
    </message>
    <message>
        <source>The checks do not yet establish who asks, or their authority.</source>
        <translation>De controles stellen nog niet vast wie het vraagt, of diens bevoegdheid.</translation>
    </message>
    <message>
        <source>To ask the requester for:</source>
        <translation>Aan de verzoeker te vragen:</translation>
    </message>
    <message>
        <source>The clock pauses only once the request goes out: on the day the letter &quot;Request for identity or missing details&quot; is sent, or on the date recorded below if it has already been sent.</source>
        <translation>De termijn wordt pas geschorst wanneer de vraag vertrekt: op de dag waarop de brief &quot;Verzoek om identiteit of ontbrekende gegevens&quot; verstuurd wordt, of op de datum hieronder als ze al verstuurd is.</translation>
    </message>
    <message>
        <source>The letter &quot;Request for identity or missing details&quot; is proposed with these items.</source>
        <translation>De brief ‘Verzoek om identiteit of ontbrekende gegevens’ wordt met deze punten voorgesteld.</translation>
    </message>
    <message>
        <source>The refusal letter is proposed.</source>
        <translation>De weigeringsbrief wordt voorgesteld.</translation>
    </message>
    <message>
        <source>Choose an ending.</source>
        <translation>Kies een afloop.</translation>
    </message>
    <message>
        <source>Type the date the request for information was sent.</source>
        <translation>Typ de datum waarop de vraag om informatie verstuurd werd.</translation>
    </message>
    <message>
        <source>The request for information cannot have been sent in the future.</source>
        <translation>De vraag om informatie kan niet in de toekomst verstuurd zijn.</translation>
    </message>
    <message>
        <source>The request for information cannot have been sent before the request was received.</source>
        <translation>De vraag om informatie kan niet verstuurd zijn voor het verzoek ontvangen werd.</translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Ground (when not fully granted)</source>
        <translation>Grond (als niet volledig ingewilligd)</translation>
    </message>
    <message>
        <source>— to decide —</source>
        <translation>— te beslissen —</translation>
    </message>
    <message>
        <source>e.g. GDPR Art 17(3)(b): medical file retention</source>
        <translation>bv. art. 17, lid 3, b), AVG: bewaring van het medisch dossier</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Sent by registered post</source>
        <translation>Aangetekend verzonden</translation>
    </message>
    <message>
        <source>Tracking number of the registered letter:</source>
        <translation>Volgnummer van de aangetekende zending:</translation>
    </message>
    <message>
        <source>Package of %1</source>
        <translation>Antwoordpakket van %1</translation>
    </message>
    <message>
        <source>Hide passages…</source>
        <translation>Passages afschermen…</translation>
    </message>
    <message>
        <source>Hide what must not reach the person: a third party&apos;s name, another patient&apos;s data</source>
        <translation>Afschermen wat de persoon niet mag bereiken: de naam van een derde, gegevens van een andere patiënt</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Antwoordpakket opslaan…</translation>
    </message>
    <message>
        <source>Write the e-mail draft…</source>
        <translation>E-mailconcept opstellen…</translation>
    </message>
    <message>
        <source>An e-mail draft for the mail program, the package attached encrypted</source>
        <translation>Een concept voor het e-mailprogramma, met het pakket versleuteld als bijlage</translation>
    </message>
    <message>
        <source>Print the package…</source>
        <translation>Pakket afdrukken…</translation>
    </message>
    <message>
        <source>Print the whole package, then record it as sent by registered post</source>
        <translation>Het hele pakket afdrukken en het daarna registreren als aangetekend verzonden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 pages, %2 enclosures.</source>
        <translation>%1 pagina&apos;s, %2 bijlagen.</translation>
    </message>
    <message>
        <source>Nothing to hide was found in the enclosures.</source>
        <translation>Er werd niets gevonden om af te schermen in de bijlagen.</translation>
    </message>
    <message>
        <source>One passage hidden.</source>
        <translation>Eén passage afgeschermd.</translation>
    </message>
    <message>
        <source>%1 passages hidden.</source>
        <translation>%1 passages afgeschermd.</translation>
    </message>
    <message>
        <source>The first %1 pages are shown; the saved package has them all.</source>
        <translation>De eerste %1 pagina&apos;s worden getoond; het opgeslagen pakket bevat ze allemaal.</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Antwoordpakket opslaan</translation>
    </message>
    <message>
        <source>The package was not saved</source>
        <translation>Het antwoordpakket is niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Send this answer despite the warning?</source>
        <translation>Dit antwoord ondanks de waarschuwing versturen?</translation>
    </message>
    <message>
        <source>%1

Record it as sent all the same?</source>
        <translation>%1

Toch als verzonden registreren?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>E-mailconcept opslaan</translation>
    </message>
    <message>
        <source>The e-mail draft was not written</source>
        <translation>Het e-mailconcept is niet geschreven</translation>
    </message>
    <message>
        <source>The e-mail draft was not recorded</source>
        <translation>Het e-mailconcept is niet geregistreerd</translation>
    </message>
    <message>
        <source>E-mail draft to %1 saved to %2: open it in the mail program to send it.</source>
        <translation>E-mailconcept aan %1 opgeslagen in %2: open het in het e-mailprogramma om het te versturen.</translation>
    </message>
    <message>
        <source>The package was not printed</source>
        <translation>Het pakket is niet afgedrukt</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>De databank kan niet worden beschreven</translation>
    </message>
    <message>
        <source>Sent to the printer %1 (%2 copies, job %3).</source>
        <translation>Naar de printer %1 gestuurd (%2 exemplaren, taak %3).</translation>
    </message>
    <message>
        <source>Tracking number needed</source>
        <translation>Volgnummer vereist</translation>
    </message>
    <message>
        <source>A letter sent by registered post is recorded with its tracking number: type the number from the post office receipt.</source>
        <translation>Een aangetekende brief wordt met zijn volgnummer geregistreerd: typ het nummer van het ontvangstbewijs van de post.</translation>
    </message>
    <message>
        <source>Not recorded as sent.</source>
        <translation>Niet als verzonden geregistreerd.</translation>
    </message>
    <message>
        <source>The letter was not recorded</source>
        <translation>De brief is niet geregistreerd</translation>
    </message>
    <message>
        <source>Recorded as sent by registered post (%1).</source>
        <translation>Geregistreerd als aangetekend verzonden (%1).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the database</source>
        <translation>De database beveiligen</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>De database openen</translation>
    </message>
    <message>
        <source>LAZEO Desk is locked</source>
        <translation>LAZEO Desk is vergrendeld</translation>
    </message>
    <message>
        <source>The cases hold health data, so the database is encrypted. Choose a passphrase of at least 12 characters: it is asked at every start and cannot be recovered if it is forgotten.</source>
        <translation>De verzoeken bevatten gezondheidsgegevens, dus de database is versleuteld. Kies een wachtzin van minstens 12 tekens: hij wordt bij elke start gevraagd en kan niet worden hersteld als u hem vergeet.</translation>
    </message>
    <message>
        <source>Give the passphrase of the database.</source>
        <translation>Geef de wachtzin van de database.</translation>
    </message>
    <message>
        <source>The window was locked. Give the passphrase to show the cases again.</source>
        <translation>Het venster is vergrendeld. Geef de wachtzin om de verzoeken weer te tonen.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Wachtzin wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>De database kon niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The password of the attachment</source>
        <translation>Het wachtwoord van de bijlage</translation>
    </message>
    <message>
        <source>The copy of the data is attached encrypted. Its password is shown only now and is kept nowhere: give it by another channel (post or telephone), never in the same e-mail.</source>
        <translation>De kopie van de gegevens is versleuteld bijgevoegd. Het wachtwoord wordt alleen nu getoond en nergens bewaard: geef het via een ander kanaal door (post of telefoon), nooit in dezelfde e-mail.</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Wachtwoord kopiëren</translation>
    </message>
    <message>
        <source>Copy the note</source>
        <translation>Notitie kopiëren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>A note that gives it:</source>
        <translation>Een notitie die het doorgeeft:</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed.</source>
        <translation>De pdf kan hier niet worden getoond: het onderdeel om pdf&apos;s te tonen (pypdfium2) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The PDF cannot be shown here: %1.</source>
        <translation>De pdf kan hier niet worden getoond: %1.</translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRegisterDialog</name>
    <message>
        <source>Purpose (Art 30(1)(b))</source>
        <translation>Doeleinde (art. 30.1.b)</translation>
    </message>
    <message>
        <source>Legal basis (Art 6; Art 9(2) for health data)</source>
        <translation>Rechtsgrond (art. 6; art. 9.2 voor gezondheidsgegevens)</translation>
    </message>
    <message>
        <source>Categories of persons (Art 30(1)(c))</source>
        <translation>Categorieën van personen (art. 30.1.c)</translation>
    </message>
    <message>
        <source>Categories of data (Art 30(1)(c))</source>
        <translation>Categorieën van gegevens (art. 30.1.c)</translation>
    </message>
    <message>
        <source>Recipients, named where known (Art 30(1)(d))</source>
        <translation>Ontvangers, bij naam waar bekend (art. 30.1.d)</translation>
    </message>
    <message>
        <source>Transfers and their safeguard (Art 30(1)(e))</source>
        <translation>Doorgiften en hun waarborg (art. 30.1.e)</translation>
    </message>
    <message>
        <source>Retention (Art 30(1)(f))</source>
        <translation>Bewaring (art. 30.1.f)</translation>
    </message>
    <message>
        <source>Source of the data (Art 15(1)(g))</source>
        <translation>Bron van de gegevens (art. 15.1.g)</translation>
    </message>
    <message>
        <source>Where the data are kept</source>
        <translation>Waar de gegevens worden bewaard</translation>
    </message>
    <message>
        <source>Transfers outside the EU (Art 15(2))</source>
        <translation>Doorgiften buiten de EU (art. 15.2)</translation>
    </message>
    <message>
        <source>Automated decisions (Art 15(1)(h))</source>
        <translation>Geautomatiseerde besluiten (art. 15.1.h)</translation>
    </message>
    <message>
        <source>Note on the medical files&apos; retention</source>
        <translation>Noot over de bewaring van de medische dossiers</translation>
    </message>
    <message>
        <source>Security measures (Art 30(1)(g))</source>
        <translation>Beveiligingsmaatregelen (art. 30.1.g)</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van de verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Common to all activities</source>
        <translation>Gemeenschappelijk voor alle activiteiten</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <source>The language of the Art 30 record in PDF</source>
        <translation>De taal van het register van art. 30 in PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>The register in force as the Art 30 record (PDF), JSON or XLSX</source>
        <translation>Het geldende register als register van art. 30 (PDF), JSON of XLSX</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>A register exported as JSON, checked whole before it is saved</source>
        <translation>Een als JSON geëxporteerd register, volledig gecontroleerd voor het wordt opgeslagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Record in:</source>
        <translation>Register in:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; unique in the register</source>
        <translation>Kleine letters, cijfers en koppeltekens; uniek in het register</translation>
    </message>
    <message>
        <source>Processes health data (Art 9(1))</source>
        <translation>Verwerkt gezondheidsgegevens (art. 9.1)</translation>
    </message>
    <message>
        <source>Doctolib is the controller (the person is referred to it)</source>
        <translation>Doctolib is de verwerkingsverantwoordelijke (de persoon wordt ernaar verwezen)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>The register cannot be read</source>
        <translation>Het register kan niet worden gelezen</translation>
    </message>
    <message>
        <source>In force: the register of the privacy policy (no version saved)</source>
        <translation>Van kracht: het register van het privacybeleid (geen versie opgeslagen)</translation>
    </message>
    <message>
        <source>In force: version %1</source>
        <translation>Van kracht: versie %1</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Sluiten zonder op te slaan?</translation>
    </message>
    <message>
        <source>The changes to the register are not saved: they are lost if the window closes now.</source>
        <translation>De wijzigingen in het register zijn niet opgeslagen: ze gaan verloren als het venster nu sluit.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>The register was not saved</source>
        <translation>Het register is niet opgeslagen</translation>
    </message>
    <message>
        <source>Export the register of processing</source>
        <translation>Het verwerkingsregister exporteren</translation>
    </message>
    <message>
        <source>Art 30 record, PDF (*.pdf);;JSON, to import again (*.json);;Excel workbook (*.xlsx)</source>
        <translation>Register van art. 30, PDF (*.pdf);;JSON, om opnieuw te importeren (*.json);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a register of processing</source>
        <translation>Een verwerkingsregister importeren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The register was not exported</source>
        <translation>Het register is niet geëxporteerd</translation>
    </message>
    <message>
        <source>The register was not imported</source>
        <translation>Het register is niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who signs the letters</source>
        <translation>Wie de brieven ondertekent</translation>
    </message>
    <message>
        <source>The defaults come from the privacy policy: correct what has changed.</source>
        <translation>De standaardwaarden komen uit de privacyverklaring: verbeter wat veranderd is.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Data Protection Officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>DPO e-mail</source>
        <translation>E-mail van de DPO</translation>
    </message>
    <message>
        <source>Place before the date</source>
        <translation>Plaats vóór de datum</translation>
    </message>
    <message>
        <source>The addresses, the registration, the centres, the logo and the signature are in Settings.</source>
        <translation>De adressen, de registratie, de centra, het logo en de handtekening staan bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>RedactionView</name>
    <message>
        <source>Draw a box on a page with the mouse to hide what it covers.</source>
        <translation>Teken met de muis een vak op een pagina om onleesbaar te maken wat het bedekt.</translation>
    </message>
    <message>
        <source>A name, a phone number…</source>
        <translation>Een naam, een telefoonnummer…</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>Term &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove &amp;term</source>
        <translation>Term ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove &amp;box</source>
        <translation>&amp;Vak verwijderen</translation>
    </message>
    <message>
        <source>Terms hidden on every page:</source>
        <translation>Termen die op elke pagina onleesbaar worden gemaakt:</translation>
    </message>
    <message>
        <source>Boxes drawn:</source>
        <translation>Getekende vakken:</translation>
    </message>
    <message>
        <source>Page %1: %2 × %3 pt</source>
        <translation>Pagina %1: %2 × %3 pt</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Resterende termijn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>%1 (strict)</source>
        <translation>%1 (strikt)</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (verlengd)</translation>
    </message>
    <message>
        <source>The clock is paused until the requester answers; strict date: %1</source>
        <translation>De termijn is opgeschort tot de verzoeker antwoordt; strikte datum: %1</translation>
    </message>
    <message>
        <source>Strict date counted from first receipt: %1</source>
        <translation>Strikte datum gerekend vanaf de eerste ontvangst: %1</translation>
    </message>
    <message>
        <source>Governing due date: %1</source>
        <translation>Geldende uiterste datum: %1</translation>
    </message>
    <message>
        <source>Data subject: %1
Asked by: %2</source>
        <translation>Betrokkene: %1
Gevraagd door: %2</translation>
    </message>
</context>
<context>
    <name>ReportChip</name>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>tijdig beantwoord</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>te laat beantwoord</translation>
    </message>
    <message>
        <source>open past due</source>
        <translation>open, termijn verstreken</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <source>a right refused</source>
        <translation>een recht geweigerd</translation>
    </message>
    <message>
        <source>erasure partly refused</source>
        <translation>wissing deels geweigerd</translation>
    </message>
    <message>
        <source>identity not established</source>
        <translation>identiteit niet vastgesteld</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Deze filter verwijderen</translation>
    </message>
    <message>
        <source>answered in %1 to %2 days</source>
        <translation>beantwoord in %1 tot %2 dagen</translation>
    </message>
    <message>
        <source>answered in %1 days or more</source>
        <translation>beantwoord in %1 dagen of meer</translation>
    </message>
    <message>
        <source>answered in %1 days or fewer</source>
        <translation>beantwoord in %1 dagen of minder</translation>
    </message>
    <message>
        <source>Filtered from the reports: %1</source>
        <translation>Gefilterd vanuit de verslagen: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Verslagen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Alle centra</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Alle rechten</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Annual report (PDF)…</source>
        <translation>Jaarverslag (PDF)…</translation>
    </message>
    <message>
        <source>Export these cases…</source>
        <translation>Deze verzoeken exporteren…</translation>
    </message>
    <message>
        <source>The cases of the period and filters, one row each (XLSX or CSV)</source>
        <translation>De verzoeken van de periode en de filters, één rij per verzoek (XLSX of CSV)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Tijdig beantwoord</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Te laat beantwoord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open past due</source>
        <translation>Open, termijn verstreken</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Mediaan dagen tot antwoord</translation>
    </message>
    <message>
        <source>90th percentile of days</source>
        <translation>90e percentiel (dagen)</translation>
    </message>
    <message>
        <source>Erasures partly refused</source>
        <translation>Gedeeltelijk geweigerde wissingen</translation>
    </message>
    <message>
        <source>Rights refused</source>
        <translation>Geweigerde rechten</translation>
    </message>
    <message>
        <source>Identity not established</source>
        <translation>Identiteit niet vastgesteld</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Requests per month, by right</source>
        <translation>Verzoeken per maand, per recht</translation>
    </message>
    <message>
        <source>Answered on time, per month</source>
        <translation>Tijdig beantwoord, per maand</translation>
    </message>
    <message>
        <source>Requests by country</source>
        <translation>Verzoeken per land</translation>
    </message>
    <message>
        <source>Requests by centre</source>
        <translation>Verzoeken per centrum</translation>
    </message>
    <message>
        <source>Requests by channel</source>
        <translation>Verzoeken per kanaal</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Dagen tot antwoord</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geef de eerste en de laatste dag van de periode.</translation>
    </message>
    <message>
        <source>%1 purged requests are counted through their anonymous statistics line.</source>
        <translation>%1 gewiste verzoeken tellen mee via hun anonieme statistiekregel.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tijdig</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>meer dan %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Opens the answers that took at least this many days (at least half of them)</source>
        <translation>Opent de antwoorden die minstens zoveel dagen duurden (minstens de helft ervan)</translation>
    </message>
    <message>
        <source>Opens the answers that took at least this many days (the slowest tenth or more)</source>
        <translation>Opent de antwoorden die minstens zoveel dagen duurden (het traagste tiende of meer)</translation>
    </message>
    <message>
        <source>Counts each right refused; opens the requests with a right refused</source>
        <translation>Telt elk geweigerd recht; opent de verzoeken met een geweigerd recht</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export these cases</source>
        <translation>Deze verzoeken exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>1 case exported</source>
        <translation>1 verzoek geëxporteerd</translation>
    </message>
    <message>
        <source>%1 cases exported</source>
        <translation>%1 verzoeken geëxporteerd</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Information received</source>
        <translation>Informatie ontvangen</translation>
    </message>
    <message>
        <source>The clock of %1 restarts from the day the information arrived (that day is not counted).</source>
        <translation>De termijn van %1 loopt opnieuw vanaf de dag waarop de informatie binnenkwam (die dag telt niet mee).</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Termijn herstarten</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Binnengekomen op</translation>
    </message>
    <message>
        <source>The arrival date is not a date: type it as dd/mm/yyyy</source>
        <translation>De datum van binnenkomst is geen datum: typ hem als dd/mm/jjjj</translation>
    </message>
    <message>
        <source>The arrival date is required</source>
        <translation>De datum van binnenkomst is verplicht</translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Who asks, and how the request arrived</source>
        <translation>Wie het vraagt, en hoe het verzoek binnenkwam</translation>
    </message>
    <message>
        <source>The checks that follow depend on who asks, the route, the country and the rights asked.</source>
        <translation>De volgende controles hangen af van wie het vraagt, de weg, het land en de gevraagde rechten.</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patiënt:</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Wie het vraagt:</translation>
    </message>
    <message>
        <source>E-mail given:</source>
        <translation>Opgegeven e-mail:</translation>
    </message>
    <message>
        <source>Rights asked:</source>
        <translation>Gevraagde rechten:</translation>
    </message>
    <message>
        <source>Centre country:</source>
        <translation>Land van het centrum:</translation>
    </message>
    <message>
        <source>A relative of a deceased patient: the proofs the patient law requires, and the patient&apos;s name and date of birth matched against the file.</source>
        <translation>Een naaste van een overleden patiënt: de bewijzen die de patiëntenrechtenwet vereist, en de naam en geboortedatum van de patiënt vergeleken met het dossier.</translation>
    </message>
    <message>
        <source>Someone acts for the patient: their authority is shown by documents, and the patient&apos;s name and date of birth are matched against the file.</source>
        <translation>Iemand treedt op voor de patiënt: diens bevoegdheid blijkt uit documenten, en de naam en geboortedatum van de patiënt worden vergeleken met het dossier.</translation>
    </message>
    <message>
        <source>Certainty needed:</source>
        <translation>Vereiste zekerheid:</translation>
    </message>
    <message>
        <source>How did the request reach us?</source>
        <translation>Hoe heeft het verzoek ons bereikt?</translation>
    </message>
    <message>
        <source>Proposed from the channel and the sender&apos;s address. When the requester&apos;s answer comes by another way, choose that way.</source>
        <translation>Voorgesteld op basis van het kanaal en het adres van de afzender. Komt het antwoord van de verzoeker via een andere weg, kies dan die weg.</translation>
    </message>
    <message>
        <source>The requester has already been asked once for information on this case.</source>
        <translation>De verzoeker is al één keer om informatie over dit verzoek gevraagd.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren op {date}</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minderjarig</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
</context>
<context>
    <name>SampleCases</name>
    <message>
        <source>Sample cases</source>
        <translation>Voorbeeldverzoeken</translation>
    </message>
    <message>
        <source>The sample cases could not be read</source>
        <translation>De voorbeeldverzoeken konden niet worden gelezen</translation>
    </message>
    <message>
        <source>There is no sample case to remove.</source>
        <translation>Er is geen voorbeeldverzoek om te verwijderen.</translation>
    </message>
    <message>
        <source>Remove the sample cases</source>
        <translation>De voorbeeldverzoeken verwijderen</translation>
    </message>
    <message>
        <source>Remove the %1 sample cases, with their letters and documents? Real cases are not touched.</source>
        <translation>De %1 voorbeeldverzoeken verwijderen, met hun brieven en documenten? Echte verzoeken blijven ongemoeid.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>The sample cases could not be removed</source>
        <translation>De voorbeeldverzoeken konden niet worden verwijderd</translation>
    </message>
    <message>
        <source>%1 sample cases were removed.</source>
        <translation>%1 voorbeeldverzoeken zijn verwijderd.</translation>
    </message>
    <message>
        <source>Remove the sample case, with its letters and documents? Real cases are not touched.</source>
        <translation>Het voorbeeldverzoek verwijderen, met zijn brieven en documenten? Echte verzoeken blijven ongemoeid.</translation>
    </message>
    <message>
        <source>1 sample case was removed.</source>
        <translation>1 voorbeeldverzoek is verwijderd.</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <source>Sample cases</source>
        <translation>Voorbeeldverzoeken</translation>
    </message>
    <message>
        <source>To explore the program before the first real request.</source>
        <translation>Om het programma te verkennen vóór het eerste echte verzoek.</translation>
    </message>
    <message>
        <source>Load %1 sample cases</source>
        <translation>%1 voorbeeldverzoeken laden</translation>
    </message>
    <message>
        <source>The sample cases are invented people in every situation: new, awaiting the requester, overdue, closed. Each one carries the note “%1” and all of them can be removed in one action when you are done exploring.</source>
        <translation>De voorbeeldverzoeken gaan over verzonnen personen in elke situatie: nieuw, wacht op verzoeker, te laat, afgesloten. Elk verzoek draagt de notitie ‘%1’ en ze kunnen allemaal in één handeling worden verwijderd wanneer u klaar bent met verkennen.</translation>
    </message>
</context>
<context>
    <name>ScanFields</name>
    <message>
        <source>Read on the scan: %1</source>
        <translation>Gelezen op de scan: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Patient number:</source>
        <translation>Patiëntnummer:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Telephone (no field for it: copy it to the notes if needed): %1</source>
        <translation>Telefoon (er is geen veld voor: neem hem zo nodig over in de notities): %1</translation>
    </message>
    <message>
        <source>The letter is dated %1: the day of receipt is the day it arrived, not this one</source>
        <translation>De brief is gedateerd %1: de ontvangstdatum is de dag waarop hij aankwam, niet deze</translation>
    </message>
</context>
<context>
    <name>ScanIntakeDialog</name>
    <message>
        <source>A scanned letter came by post</source>
        <translation>Een gescande brief die per post binnenkwam</translation>
    </message>
    <message>
        <source>Set on the case once it is created</source>
        <translation>Wordt bij het verzoek ingesteld zodra het is aangemaakt</translation>
    </message>
    <message>
        <source>This letter looks like a follow-up of %1</source>
        <translation>Deze brief lijkt een vervolg op %1</translation>
    </message>
    <message>
        <source>page 1 of %1 shown</source>
        <translation>pagina 1 van %1 getoond</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Received on is today by default: correct it from the postmark or the date stamp.</source>
        <translation>‘Ontvangen op’ is standaard vandaag: verbeter het aan de hand van de poststempel of de datumstempel.</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed. The file will be kept as it is; open it from the case.</source>
        <translation>De pdf kan hier niet worden getoond: het onderdeel om pdf&apos;s te tonen (pypdfium2) is niet geïnstalleerd. Het bestand wordt ongewijzigd bewaard; open het vanuit het verzoek.</translation>
    </message>
    <message>
        <source>The image is too large to be shown here (%1 pixels). It will be kept as it is.</source>
        <translation>De afbeelding is te groot om hier te tonen (%1 pixels). Ze wordt ongewijzigd bewaard.</translation>
    </message>
    <message>
        <source>The file cannot be shown here (%1). It will be kept as it is.</source>
        <translation>Het bestand kan hier niet worden getoond (%1). Het wordt ongewijzigd bewaard.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
</context>
<context>
    <name>SettingProblems</name>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as dpo@lazeo.com.</source>
        <translation>Typ een e-mailadres, bijvoorbeeld dpo@lazeo.com.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Typ een getal van %1 tot %2.</translation>
    </message>
    <message>
        <source>At most %1 lines fit in the envelope window.</source>
        <translation>Er passen hoogstens %1 regels in het venster van de envelop.</translation>
    </message>
    <message>
        <source>A line is longer than %1 characters (postal standard NF Z10-011): shorten it.</source>
        <translation>Een regel is langer dan %1 tekens (postnorm NF Z10-011): maak hem korter.</translation>
    </message>
    <message>
        <source>Another centre already has this name.</source>
        <translation>Een ander centrum heeft al deze naam.</translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation>Geef het volledige pad van de map.</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created here.</source>
        <translation>Deze map bestaat niet en kan hier niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image that can be read.</source>
        <translation>Dit bestand is geen leesbare PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB: choose a smaller file.</source>
        <translation>De afbeelding is groter dan %1 MB: kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>The file must be sendable before the deadline: %1 days at most.</source>
        <translation>Het dossier moet vóór de uiterste datum kunnen worden verstuurd: hoogstens %1 dagen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centra</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Beveiliging en back-ups</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Taal en herinneringen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save every setting (Ctrl+S)</source>
        <translation>Alle instellingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Some stored settings could not be read and show their defaults: %1. Saving replaces them.</source>
        <translation>Sommige opgeslagen instellingen konden niet worden gelezen en tonen hun standaardwaarde: %1. Opslaan vervangt ze.</translation>
    </message>
    <message>
        <source>Deadlines recounted</source>
        <translation>Termijnen herberekend</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: no due date moved.</source>
        <translation>De openstaande verzoeken zijn herberekend met de nieuwe dagen: geen enkele uiterste datum is verschoven.</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: 1 case has a new due date.</source>
        <translation>De openstaande verzoeken zijn herberekend met de nieuwe dagen: 1 verzoek heeft een nieuwe uiterste datum.</translation>
    </message>
    <message>
        <source>The open cases were recounted with the new days: %1 cases have a new due date.</source>
        <translation>De openstaande verzoeken zijn herberekend met de nieuwe dagen: %1 verzoeken hebben een nieuwe uiterste datum.</translation>
    </message>
    <message>
        <source>1 setting needs correcting (%1): see the message beside the field.</source>
        <translation>1 instelling moet worden verbeterd (%1): zie de melding naast het veld.</translation>
    </message>
    <message>
        <source>%1 settings need correcting (%2): see the messages beside the fields.</source>
        <translation>%1 instellingen moeten worden verbeterd (%2): zie de meldingen naast de velden.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Empty: the default folder, shown greyed</source>
        <translation>Leeg: de standaardmap, grijs weergegeven</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> kopieën</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>The window locks after this long without use; the passphrase opens it again.</source>
        <translation>Het venster vergrendelt na zo lang zonder gebruik; de wachtzin opent het weer.</translation>
    </message>
    <message>
        <source>The first start of each day copies the database here. Prefer a drive other than the computer&apos;s own disk.</source>
        <translation>De eerste start van elke dag kopieert de database hierheen. Kies bij voorkeur een ander station dan de eigen schijf van de computer.</translation>
    </message>
    <message>
        <source>A closed case file is kept this long after closure, to show how the request was answered (GDPR Art 5(2)), then purged; five years is the limitation period for civil claims in France and Belgium.</source>
        <translation>Een afgesloten verzoek wordt zo lang na de afsluiting bewaard, om aan te tonen hoe het werd beantwoord (art. 5, lid 2, AVG), en daarna gewist; vijf jaar is de verjaringstermijn voor burgerlijke vorderingen in Frankrijk en België.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendeling</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Daily copies kept</source>
        <translation>Bewaarde dagelijkse kopieën</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaring</translation>
    </message>
    <message>
        <source>Keep closed case files</source>
        <translation>Afgesloten verzoeken bewaren</translation>
    </message>
    <message>
        <source>These settings are kept in the database, so that they travel with its backups.</source>
        <translation>Deze instellingen worden in de database bewaard, zodat ze met de back-ups meegaan.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>De back-upmap kiezen</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Showing only these cases; click again to show all</source>
        <translation>Alleen deze verzoeken worden getoond; klik opnieuw om alles te tonen</translation>
    </message>
    <message>
        <source>Show only these cases</source>
        <translation>Alleen deze verzoeken tonen</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Letter template</source>
        <translation>Briefsjabloon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The lines before “---” give the subject and the closing; the letter follows. A blank line starts a new paragraph, “- ” starts a list item, {name} is filled in from the case (double-click a name below to insert it), {{ and }} print braces. A name that does not exist is refused here, never printed blank.</source>
        <translation>De regels vóór ‘---’ geven het onderwerp en de slotformule; daarna volgt de brief. Een lege regel begint een nieuwe alinea, ‘- ’ begint een opsommingsteken, {name} wordt ingevuld vanuit het verzoek (dubbelklik hieronder op een naam om hem in te voegen), {{ en }} drukken accolades af. Een naam die niet bestaat, wordt hier geweigerd en nooit leeg afgedrukt.</translation>
    </message>
    <message>
        <source>Double-click to insert {%1} at the cursor</source>
        <translation>Dubbelklik om {%1} bij de cursor in te voegen</translation>
    </message>
    <message>
        <source>Names that can be used</source>
        <translation>Bruikbare namen</translation>
    </message>
    <message>
        <source>The letter as this text gives it, on a sample case:</source>
        <translation>De brief zoals deze tekst hem oplevert, op een voorbeeldverzoek:</translation>
    </message>
    <message>
        <source>Back to default</source>
        <translation>Terug naar standaard</translation>
    </message>
    <message>
        <source>Remove your version: letters use the text shipped with the program</source>
        <translation>Uw versie verwijderen: brieven gebruiken de tekst die bij het programma hoort</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Letter template — %1 (%2)</source>
        <translation>Briefsjabloon — %1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Leave them?</source>
        <translation>Uw wijzigingen aan dit sjabloon zijn niet opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>This text cannot be saved yet:</source>
        <translation>Deze tekst kan nog niet worden opgeslagen:</translation>
    </message>
    <message>
        <source>Correct the problems listed under the text to see the letter.</source>
        <translation>Verbeter de problemen onder de tekst om de brief te zien.</translation>
    </message>
    <message>
        <source>No problem: this text can be used for letters.</source>
        <translation>Geen probleem: deze tekst kan voor brieven worden gebruikt.</translation>
    </message>
    <message>
        <source>The letter could not be made (%1: %2).</source>
        <translation>De brief kon niet worden gemaakt (%1: %2).</translation>
    </message>
    <message>
        <source>In force: your version</source>
        <translation>Van kracht: uw versie</translation>
    </message>
    <message>
        <source>In force: the default text</source>
        <translation>Van kracht: de standaardtekst</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Het sjabloon is niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved: letters now use your version.</source>
        <translation>Opgeslagen: brieven gebruiken nu uw versie.</translation>
    </message>
    <message>
        <source>Saved: this is the default text, so letters use the default.</source>
        <translation>Opgeslagen: dit is de standaardtekst, dus brieven gebruiken de standaardtekst.</translation>
    </message>
    <message>
        <source>Back to the default text</source>
        <translation>Terug naar de standaardtekst</translation>
    </message>
    <message>
        <source>Letters of this kind in this language will use the text shipped with the program; your version is removed. Go back to the default?</source>
        <translation>Brieven van deze soort in deze taal gebruiken de tekst die bij het programma hoort; uw versie wordt verwijderd. Terug naar de standaardtekst?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The template was not changed</source>
        <translation>Het sjabloon is niet gewijzigd</translation>
    </message>
    <message>
        <source>Back to the default text.</source>
        <translation>Terug naar de standaardtekst.</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Close all the same?</source>
        <translation>Uw wijzigingen aan dit sjabloon zijn niet opgeslagen. Toch sluiten?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Overdue: %1</source>
        <translation>Te laat: %1</translation>
    </message>
    <message>
        <source>Due by %1: %2</source>
        <translation>Uiterlijk %1: %2</translation>
    </message>
    <message>
        <source>Requests to answer</source>
        <translation>Te beantwoorden verzoeken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 en nog %2</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat gewijzigd is</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LAZEO Desk</source>
        <translation>Welkom bij LAZEO Desk</translation>
    </message>
    <message>
        <source>A few steps before the first case.</source>
        <translation>Enkele stappen vóór het eerste verzoek.</translation>
    </message>
    <message>
        <source>LAZEO Desk keeps the data subject requests that reach the Data Protection Officer, counts their legal deadlines, guides the identity check and prints the letters in Dutch, French and English.

The next steps check who signs the letters and offer sample cases to explore the program. Everything can be changed later in Settings.</source>
        <translation>LAZEO Desk bewaart de verzoeken van betrokkenen die de functionaris voor gegevensbescherming bereiken, berekent hun wettelijke termijnen, begeleidt de identiteitscontrole en drukt de brieven af in het Nederlands, Frans en Engels.

De volgende stappen controleren wie de brieven ondertekent en bieden voorbeeldverzoeken aan om het programma te verkennen. Alles kan later worden gewijzigd bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>LAZEO Desk cannot start</source>
        <translation>LAZEO Desk kan niet starten</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Back-up geschreven</translation>
    </message>
    <message>
        <source>The backup is in %1.</source>
        <translation>De back-up staat in %1.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>De back-up is mislukt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Register of &amp;processing…</source>
        <translation>&amp;Verwerkingsregister…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu &amp;back-up maken…</translation>
    </message>
    <message>
        <source>Remove the &amp;sample cases…</source>
        <translation>Voorbeeldverzoeken ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Only the DPO&apos;s role on the team&apos;s database server may do this.</source>
        <translation>Alleen de rol van DPO op de databaseserver van het team mag dit doen.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About LAZEO Desk</source>
        <translation>&amp;Over LAZEO Desk</translation>
    </message>
    <message>
        <source> — UNENCRYPTED database (tests and demos only)</source>
        <translation> — NIET-VERSLEUTELDE database (alleen voor tests en demo&apos;s)</translation>
    </message>
    <message>
        <source>Unencrypted database</source>
        <translation>Niet-versleutelde database</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Backup of the day written: %1</source>
        <translation>Back-up van de dag geschreven: %1</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>De dagelijkse back-up is mislukt</translation>
    </message>
    <message>
        <source>Only a database file can be encrypted: start with --plain for this one.</source>
        <translation>Alleen een databasebestand kan worden versleuteld: start voor deze met --plain.</translation>
    </message>
    <message>
        <source>Password of %1 on the database server %2:</source>
        <translation>Wachtwoord van %1 op de databaseserver %2:</translation>
    </message>
    <message>
        <source>That password was refused.</source>
        <translation>Dat wachtwoord werd geweigerd.</translation>
    </message>
    <message>
        <source>Sign in to the database server</source>
        <translation>Aanmelden bij de databaseserver</translation>
    </message>
</context>
</TS>
