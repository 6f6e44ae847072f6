import type { Language } from '../../../shared/i18n/languages';
import type { TemplateKind } from '../../../shared/letters/rules';

export interface TemplateText {
  subject: string;
  body: string;
}

/**
 * The letters as shipped, in both languages, with the contents the law puts in them (DOMAIN.md §1
 * and §3): the due date of a receipt, what identity verification asks and never asks, the new
 * date and the reasons of an extension (Art. 12(3)), the items of Art. 15(1) in an access reply,
 * the reasons, the grounds and the right to complain to Datatilsynet and to go to court of a
 * refusal (Art. 12(4)), what a processor asks of its customer (Art. 28(3)(e)), the contents of a
 * notice to the people affected by a breach (Art. 34(2)) and the fields of Datatilsynet's breach
 * form (Art. 33(3)). Administrators change them under Administration → Letters; a template they
 * never changed follows these, so a better text here reaches every office with the next version.
 *
 * The format: paragraphs apart by an empty line, a line that starts with "- " is a bullet, one
 * that starts with "## " a heading; `{{field}}` is a merge field (shared/letters/rules.ts).
 */

const signatureEn = `Kind regards

{{senderName}}
{{senderTitle}}
{{companyName}}`;

const signatureNb = `Med vennlig hilsen

{{senderName}}
{{senderTitle}}
{{companyName}}`;

const questionsEn =
  'If you have questions, write to {{companyEmail}} or call us on {{companyPhone}}, and give your case number {{caseNumber}}.';
const questionsNb =
  'Har du spørsmål, kan du skrive til {{companyEmail}} eller ringe oss på {{companyPhone}}. Oppgi saksnummeret {{caseNumber}}.';

export const defaultTemplates: Record<TemplateKind, Record<Language, TemplateText>> = {
  acknowledgement: {
    en: {
      subject: 'We have received your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We confirm that we received your request on {{receivedDate}}. It concerns {{requestTypes}}. Your case number is {{caseNumber}}.

We will answer you as soon as we can, and no later than {{dueDate}}: one month after we received the request (GDPR Art. 12(3)). Should we need more time because the request is complex or we have received many requests, the law allows us to extend the deadline by two further months. We would then tell you before {{dueDate}}, and explain why.

To make sure that we give personal data only to you, we may ask you to confirm your identity. We will never ask you to send a copy of a passport or any other identity document by e-mail.

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Vi har mottatt henvendelsen din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi bekrefter at vi mottok henvendelsen din {{receivedDate}}. Den gjelder {{requestTypes}}. Saksnummeret ditt er {{caseNumber}}.

Vi svarer deg så snart vi kan, og senest {{dueDate}}: én måned etter at vi mottok henvendelsen (personvernforordningen artikkel 12 nr. 3). Trenger vi mer tid fordi henvendelsen er sammensatt eller vi har fått mange henvendelser, gir loven oss adgang til å forlenge fristen med inntil to måneder. Da sier vi fra til deg før {{dueDate}} og forklarer hvorfor.

For å være sikre på at vi bare gir personopplysninger til deg, kan vi be deg bekrefte identiteten din. Vi ber deg aldri sende kopi av pass eller annen legitimasjon på e-post.

${questionsNb}

${signatureNb}`,
    },
  },

  'identity-request': {
    en: {
      subject: 'Please confirm your identity – case {{caseNumber}}',
      body: `Dear {{personName}},

Thank you for your request of {{receivedDate}}, which concerns {{requestTypes}}. Before we give out or change any personal data, we must be sure that we are dealing with you and not with someone pretending to be you (GDPR Art. 12(2) and 12(6)). We ask only for what we need to be sure.

Please confirm your identity in one of these ways:
- answer this letter from the e-mail address you have registered with us, giving the case number {{caseNumber}};
- call us on {{companyPhone}}, and we will call you back on the phone number registered with us;
- give us your customer number and the postal address registered with us, which we will check against what we already hold.

Please do not send us a copy of a passport, a driving licence or any other identity document by e-mail. Should we really need to see an identity document, we will ask you to show it in person; we then note only that we have seen it, and never keep a copy.

Until your identity is confirmed, we cannot give out, change or erase your personal data.

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Bekreft identiteten din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Takk for henvendelsen din av {{receivedDate}}, som gjelder {{requestTypes}}. Før vi gir ut eller endrer personopplysninger, må vi være sikre på at det er deg vi har kontakt med, og ikke noen som utgir seg for å være deg (personvernforordningen artikkel 12 nr. 2 og nr. 6). Vi ber bare om det vi trenger for å være sikre.

Bekreft identiteten din på en av disse måtene:
- svar på dette brevet fra e-postadressen du har registrert hos oss, og oppgi saksnummeret {{caseNumber}};
- ring oss på {{companyPhone}}, så ringer vi deg tilbake på telefonnummeret som er registrert hos oss;
- oppgi kundenummeret ditt og postadressen som er registrert hos oss, så kontrollerer vi dem mot det vi allerede har.

Ikke send oss kopi av pass, førerkort eller annen legitimasjon på e-post. Skulle vi virkelig trenge å se et identitetsdokument, ber vi deg vise det frem personlig; vi noterer da bare at vi har sett det, og tar aldri vare på en kopi.

Til identiteten din er bekreftet, kan vi ikke gi ut, endre eller slette personopplysninger om deg.

${questionsNb}

${signatureNb}`,
    },
  },

  extension: {
    en: {
      subject: 'We need more time to answer your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We received your request on {{receivedDate}}. It concerns {{requestTypes}}, and our answer was due by {{dueDate}}.

We need more time to answer it properly, and we therefore extend the deadline by two months, as GDPR Art. 12(3) allows where it is necessary given the complexity and the number of requests. You will have our answer by {{extendedDueDate}} at the latest.

The reasons for the extension:
{{extensionReasons}}

Should we decide not to act on your request, in full or in part, we will still tell you so by {{dueDate}}, with our reasons.

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Vi trenger mer tid til å svare deg – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi mottok henvendelsen din {{receivedDate}}. Den gjelder {{requestTypes}}, og fristen for svaret vårt var {{dueDate}}.

Vi trenger mer tid for å gi deg et godt svar, og forlenger derfor fristen med to måneder, slik personvernforordningen artikkel 12 nr. 3 gir adgang til når det er nødvendig på grunn av hvor sammensatt henvendelsen er og hvor mange henvendelser vi har fått. Du får svar fra oss senest {{extendedDueDate}}.

Begrunnelsen for forlengelsen:
{{extensionReasons}}

Skulle vi komme til at vi ikke kan etterkomme henvendelsen, helt eller delvis, gir vi deg likevel beskjed om det innen {{dueDate}}, med begrunnelse.

${questionsNb}

${signatureNb}`,
    },
  },

  'reply-granted': {
    en: {
      subject: 'Answer to your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We have now dealt with your request of {{receivedDate}}, which concerns {{requestTypes}}, and we have granted it in full.

We have carried it out in every system where we process personal data about you. Where we had disclosed the data to others, we have told them of the rectification, erasure or restriction, unless that proved impossible (GDPR Art. 19); you may ask us who they are.

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Svar på henvendelsen din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi har nå behandlet henvendelsen din av {{receivedDate}}, som gjelder {{requestTypes}}, og vi har etterkommet den i sin helhet.

Vi har gjennomført det i alle systemer der vi behandler personopplysninger om deg. Der vi har utlevert opplysningene til andre, har vi underrettet dem om rettingen, slettingen eller begrensningen, med mindre det har vist seg umulig (personvernforordningen artikkel 19). Du kan be oss om å få vite hvem de er.

${questionsNb}

${signatureNb}`,
    },
  },

  'reply-access': {
    en: {
      subject: 'Access to your personal data – case {{caseNumber}}',
      body: `Dear {{personName}},

We have now dealt with your request of {{receivedDate}} for access to your personal data (GDPR Art. 15). We confirm that we process personal data about you. Enclosed is a copy of the personal data we hold about you; the first copy is free of charge (Art. 15(3)). Personal data about other people has been left out to protect their rights (Art. 15(4)).

Art. 15(1) also entitles you to the following information:
- The purposes of the processing: to answer and document your contact with us, to deliver the services agreed with you, to meet our legal obligations such as bookkeeping, to keep our services secure and prevent fraud, and, where you have consented, to send you marketing.
- The categories of personal data: as listed in the enclosed copy, such as your name and contact details, what you have asked us and our answers, and notes of calls and correspondence.
- The recipients: suppliers who process the data for us under a data processing agreement (Art. 28), and public authorities where the law requires it. Where data goes to a country outside the EEA, the enclosed copy names the country and the safeguard used (Art. 15(2) and 46).
- How long we keep the data: as long as it is needed for the purpose it was collected for; bookkeeping records are kept for five years after the end of the financial year (bokføringsloven), and are then erased.
- Your rights: to have inaccurate data rectified, to have data erased, to have the processing restricted, and to object to it (Art. 16–18 and 21).
- The right to complain to Datatilsynet, the Norwegian Data Protection Authority (www.datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo).
- The source: personal data we did not collect from you is marked with where it came from in the enclosed copy.
- Automated decisions: we make no decisions based solely on automated processing, profiling included, that have legal or similarly significant effects for you.

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Innsyn i personopplysningene dine – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi har nå behandlet kravet ditt av {{receivedDate}} om innsyn i personopplysningene dine (personvernforordningen artikkel 15). Vi bekrefter at vi behandler personopplysninger om deg. Vedlagt er en kopi av personopplysningene vi har om deg; den første kopien er gratis (artikkel 15 nr. 3). Opplysninger om andre personer er utelatt for å verne deres rettigheter (artikkel 15 nr. 4).

Etter artikkel 15 nr. 1 har du også rett til å få vite:
- Formålene med behandlingen: å besvare og dokumentere kontakten din med oss, å levere tjenestene vi har avtalt med deg, å oppfylle rettslige plikter som bokføring, å holde tjenestene våre sikre og hindre svindel, og, der du har samtykket, å sende deg markedsføring.
- Kategoriene av personopplysninger: slik de fremgår av kopien, for eksempel navn og kontaktopplysninger, hva du har spurt oss om og svarene våre, og notater fra samtaler og korrespondanse.
- Mottakerne: leverandører som behandler opplysningene for oss etter en databehandleravtale (artikkel 28), og offentlige myndigheter der loven krever det. Der opplysninger overføres til et land utenfor EØS, oppgir kopien landet og hvilket overføringsgrunnlag som brukes (artikkel 15 nr. 2 og artikkel 46).
- Hvor lenge vi lagrer opplysningene: så lenge de trengs for formålet de ble samlet inn for; regnskapsmateriale oppbevares i fem år etter regnskapsårets slutt (bokføringsloven) og slettes deretter.
- Rettighetene dine: å få uriktige opplysninger rettet, å få opplysninger slettet, å få behandlingen begrenset og å protestere mot den (artikkel 16 til 18 og 21).
- Retten til å klage til Datatilsynet (www.datatilsynet.no, Postboks 458 Sentrum, 0105 Oslo).
- Kilden: personopplysninger vi ikke har fått fra deg, er merket med hvor de kommer fra i kopien.
- Automatiserte avgjørelser: vi treffer ingen avgjørelser som utelukkende bygger på automatisert behandling, heller ikke profilering, og som har rettsvirkning eller på lignende måte i betydelig grad påvirker deg.

${questionsNb}

${signatureNb}`,
    },
  },

  'reply-partly-granted': {
    en: {
      subject: 'Answer to your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We have now dealt with your request of {{receivedDate}}, which concerns {{requestTypes}}. We have granted part of it and carried that part out in every system where we process personal data about you.

We cannot grant the rest of your request. Our reasons:
{{reasons}}

{{refusalGrounds}}

{{complaintRights}}

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Svar på henvendelsen din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi har nå behandlet henvendelsen din av {{receivedDate}}, som gjelder {{requestTypes}}. Vi har etterkommet en del av den og gjennomført det i alle systemer der vi behandler personopplysninger om deg.

Resten av henvendelsen kan vi ikke etterkomme. Begrunnelsen vår:
{{reasons}}

{{refusalGrounds}}

{{complaintRights}}

${questionsNb}

${signatureNb}`,
    },
  },

  'reply-no-data': {
    en: {
      subject: 'Answer to your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We have now dealt with your request of {{receivedDate}}, which concerns {{requestTypes}}.

We have searched every system where we process personal data, and we hold no personal data about you. There is therefore nothing for us to give out, rectify, erase or restrict.

If you believe we do hold personal data about you, tell us where you think it comes from and we will search again. You may also complain to Datatilsynet, the Norwegian Data Protection Authority (www.datatilsynet.no).

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Svar på henvendelsen din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi har nå behandlet henvendelsen din av {{receivedDate}}, som gjelder {{requestTypes}}.

Vi har søkt i alle systemer der vi behandler personopplysninger, og vi har ingen personopplysninger om deg. Det er derfor ikke noe for oss å gi ut, rette, slette eller begrense.

Mener du at vi likevel har personopplysninger om deg, ber vi deg fortelle hvor du tror de kommer fra, så søker vi på nytt. Du kan også klage til Datatilsynet (www.datatilsynet.no).

${questionsNb}

${signatureNb}`,
    },
  },

  'reply-withdrawn': {
    en: {
      subject: 'Your request is withdrawn – case {{caseNumber}}',
      body: `Dear {{personName}},

We confirm that you have withdrawn your request of {{receivedDate}}, which concerned {{requestTypes}}. We have closed case {{caseNumber}} and will take no further action on it.

You are welcome to make a new request at any time, to {{companyEmail}}.

${signatureEn}`,
    },
    nb: {
      subject: 'Henvendelsen din er trukket tilbake – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi bekrefter at du har trukket tilbake henvendelsen din av {{receivedDate}}, som gjaldt {{requestTypes}}. Vi har avsluttet sak {{caseNumber}} og gjør ikke noe mer med den.

Du kan når som helst sende oss en ny henvendelse, til {{companyEmail}}.

${signatureNb}`,
    },
  },

  refusal: {
    en: {
      subject: 'Answer to your request – case {{caseNumber}}',
      body: `Dear {{personName}},

We have now dealt with your request of {{receivedDate}}, which concerns {{requestTypes}}. We cannot grant it.

Our reasons:
{{reasons}}

{{refusalGrounds}}

{{complaintRights}}

${questionsEn}

${signatureEn}`,
    },
    nb: {
      subject: 'Svar på henvendelsen din – sak {{caseNumber}}',
      body: `Hei {{personName}},

Vi har nå behandlet henvendelsen din av {{receivedDate}}, som gjelder {{requestTypes}}. Vi kan ikke etterkomme den.

Begrunnelsen vår:
{{reasons}}

{{refusalGrounds}}

{{complaintRights}}

${questionsNb}

${signatureNb}`,
    },
  },

  forwarding: {
    en: {
      subject: 'A request from a data subject, forwarded to you – our case {{caseNumber}}',
      body: `To {{customerName}}, attn. {{customerContact}}

As your processor under our data processing agreement, we forward a request we received on {{receivedDate}} from {{personName}}. It concerns {{requestTypes}}, and it concerns personal data we process on your behalf.

As controller, you answer the person. The deadline of GDPR Art. 12(3) runs from the day we received the request: one month, to {{dueDate}}, which you may extend under the same article.

We assist you, as the agreement and GDPR Art. 28(3)(e) require. Please send us your documented instructions on what we are to do in our systems (find, extract, rectify, restrict or erase), and any deadline you set for our assistance. We do not answer the person ourselves, beyond telling them that their request has been passed to you.

Please quote our case number {{caseNumber}} in your reply to {{companyEmail}}.

${signatureEn}`,
    },
    nb: {
      subject: 'Henvendelse fra en registrert, oversendt til dere – vår sak {{caseNumber}}',
      body: `Til {{customerName}}, v/ {{customerContact}}

Som databehandler for dere etter databehandleravtalen vår oversender vi en henvendelse vi mottok {{receivedDate}} fra {{personName}}. Den gjelder {{requestTypes}}, og den gjelder personopplysninger vi behandler på deres vegne.

Som behandlingsansvarlig svarer dere personen. Fristen i personvernforordningen artikkel 12 nr. 3 løper fra dagen vi mottok henvendelsen: én måned, til {{dueDate}}, og dere kan forlenge den etter samme artikkel.

Vi bistår dere slik avtalen og personvernforordningen artikkel 28 nr. 3 bokstav e krever. Send oss dokumenterte instrukser om hva vi skal gjøre i systemene våre (finne, hente ut, rette, begrense eller slette), og en eventuell frist for bistanden vår. Vi svarer ikke personen selv, utover å fortelle at henvendelsen er oversendt til dere.

Oppgi vårt saksnummer {{caseNumber}} når dere svarer til {{companyEmail}}.

${signatureNb}`,
    },
  },

  'breach-notice': {
    en: {
      subject: 'Important information about your personal data',
      body: `We are writing to tell you of a breach of the security of personal data about you, which may put you at risk (GDPR Art. 34).

## What happened
{{breachDescription}}

It happened {{occurred}}, and we became aware of it on {{awareAt}}. The personal data concerned: {{dataTypes}}.

## What it may mean for you
{{consequences}}

## What we have done
{{measuresTaken}}

{{measuresPlanned}}

## What you can do
Be wary of e-mails, text messages and calls that ask for passwords, codes or payment, even when they seem to come from us: we never ask for your password. Tell your bank at once if you see payments you do not recognise.

## Where to get more information
Contact {{contactPoint}}. Our reference is {{breachNumber}}.

${signatureEn}`,
    },
    nb: {
      subject: 'Viktig informasjon om personopplysningene dine',
      body: `Vi skriver for å fortelle deg om et brudd på sikkerheten rundt personopplysninger om deg, som kan innebære en risiko for deg (personvernforordningen artikkel 34).

## Hva som har skjedd
{{breachDescription}}

Det skjedde {{occurred}}, og vi ble kjent med det {{awareAt}}. Personopplysningene det gjelder: {{dataTypes}}.

## Hva det kan bety for deg
{{consequences}}

## Hva vi har gjort
{{measuresTaken}}

{{measuresPlanned}}

## Hva du kan gjøre
Vær på vakt mot e-post, SMS og telefoner som ber om passord, koder eller betaling, også når de ser ut til å komme fra oss: vi ber aldri om passordet ditt. Si fra til banken din med en gang hvis du ser betalinger du ikke kjenner igjen.

## Hvor du får mer informasjon
Kontakt {{contactPoint}}. Vår referanse er {{breachNumber}}.

${signatureNb}`,
    },
  },

  'breach-authority': {
    en: {
      subject: 'Notification of a personal data breach – {{breachNumber}}',
      body: `## 1. The controller
{{companyName}}, org. no. {{companyOrgNumber}}, {{companyAddress}}
Contact point for this notification: {{contactPoint}}

## 2. The notification
Kind of notification: {{notificationPhase}}
Reasons for the delay, when notified more than 72 hours after becoming aware (Art. 33(1)): {{delayReasons}}

## 3. The breach
What happened, its main cause and how it came about: {{breachDescription}}
Type of breach: [Fill in: confidentiality, integrity or availability breach]
When it happened: {{occurred}}
When we became aware of it: {{awareAt}}
How it was discovered: {{discovery}}
Where the personal data is now, after the breach: [Fill in: where the personal data is now]

## 4. The people and the personal data (Art. 33(3)(a))
Categories of people concerned, and our relation to them: {{subjectCategories}}
Approximate number of people concerned: {{subjectsApprox}}
Types of personal data concerned: {{dataTypes}}
Special categories (Art. 9 and 10): {{specialCategories}}
Approximate number of records concerned: {{recordsApprox}}
Customers for whom we process the data as processor: {{customersAffected}}

## 5. Likely consequences (Art. 33(3)(c))
{{consequences}}
Our assessment of the risk: {{riskAssessment}}

## 6. Measures taken or planned (Art. 33(3)(d))
Taken, to deal with the breach and limit its effects: {{measuresTaken}}
Planned, to prevent it from happening again: {{measuresPlanned}}

## 7. Information to the people concerned (Art. 34)
{{subjectsInformed}}`,
    },
    nb: {
      subject: 'Melding om brudd på personopplysningssikkerheten – {{breachNumber}}',
      body: `## 1. Den behandlingsansvarlige
{{companyName}}, org.nr. {{companyOrgNumber}}, {{companyAddress}}
Kontaktpunkt for denne meldingen: {{contactPoint}}

## 2. Meldingen
Type melding: {{notificationPhase}}
Begrunnelse for forsinkelsen, når meldingen kommer mer enn 72 timer etter at vi ble kjent med bruddet (art. 33 nr. 1): {{delayReasons}}

## 3. Bruddet
Hva som har skjedd, hovedårsaken og hvordan det oppstod: {{breachDescription}}
Type brudd: [Fyll inn: brudd på konfidensialitet, integritet eller tilgjengelighet]
Når det skjedde: {{occurred}}
Når vi ble kjent med det: {{awareAt}}
Hvordan det ble oppdaget: {{discovery}}
Hvor personopplysningene befinner seg nå, etter bruddet: [Fyll inn: hvor personopplysningene er nå]

## 4. De berørte og personopplysningene (art. 33 nr. 3 bokstav a)
Kategorier av berørte personer, og vår relasjon til dem: {{subjectCategories}}
Omtrent hvor mange personer som er berørt: {{subjectsApprox}}
Typer personopplysninger som er berørt: {{dataTypes}}
Særlige kategorier (art. 9 og 10): {{specialCategories}}
Omtrent hvor mange registreringer som er berørt: {{recordsApprox}}
Kunder vi behandler opplysningene for som databehandler: {{customersAffected}}

## 5. Sannsynlige konsekvenser (art. 33 nr. 3 bokstav c)
{{consequences}}
Vår vurdering av risikoen: {{riskAssessment}}

## 6. Tiltak som er gjennomført eller planlagt (art. 33 nr. 3 bokstav d)
Gjennomført, for å håndtere bruddet og begrense virkningene: {{measuresTaken}}
Planlagt, for å hindre at det skjer igjen: {{measuresPlanned}}

## 7. Informasjon til de berørte (art. 34)
{{subjectsInformed}}`,
    },
  },
};
