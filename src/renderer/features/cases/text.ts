import type {
  Capacity,
  ForwardingMethod,
  Priority,
  RefusalGroundKey,
  ReplyChannel,
  RepresentativeRelation,
  RequestType,
  UnfoundedResponse,
  VerificationMethod,
  VerificationResult,
} from '../../../shared/cases/rules';
import type { CaseListStatus, CaseStatus } from '../../../shared/cases/contract';
import { vocabulary } from '../../../shared/i18n/resources/labels';
import { authorityEvidenceWords, lineRestrictionGround } from '../../../shared/i18n/resources/timeline-words';
import { type CallKey, namespace } from '../../../shared/i18n/translate';
import { caseDeadlineText } from './deadlineText';
import { caseFormText } from './caseFormText';
import { caseReplyText } from './replyText';
import { caseVerificationText } from './verificationText';
import { caseRestrictionsText } from './restrictionsText';
import { caseTasksText } from './tasksText';
import { checklistTemplatesText } from './checklistsText';
import { casePageText } from './casePageText';
import { caseListText } from './caseListText';

/** The case vocabularies the screens show, keyed by the stored value (`t('casePriority:high')`). */
export const casePriority = vocabulary<Priority>(
  { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  { low: 'Lav', normal: 'Normal', high: 'Høy', urgent: 'Haster' },
);

export const caseCapacity = vocabulary<Capacity>(
  { controller: 'Controller', processor: 'Processor' },
  { controller: 'Behandlingsansvarlig', processor: 'Databehandler' },
);

export const replyChannel = vocabulary<ReplyChannel>(
  {
    email: 'E-mail to the address on file',
    letter: 'Letter to the address on file',
    'secure-link': 'Secure download link',
    'in-person': 'Handed over in person',
    phone: 'Phone (no personal data disclosed)',
  },
  {
    email: 'E-post til registrert adresse',
    letter: 'Brev til registrert adresse',
    'secure-link': 'Sikker nedlastingslenke',
    'in-person': 'Overlevert personlig',
    phone: 'Telefon (ingen personopplysninger utlevert)',
  },
);

export const forwardingMethod = vocabulary<ForwardingMethod>(
  { email: 'E-mail', portal: "Customer's portal or ticket system", phone: 'Phone', letter: 'Letter' },
  { email: 'E-post', portal: 'Kundens portal eller saksbehandlingssystem', phone: 'Telefon', letter: 'Brev' },
);

export const verificationMethod = vocabulary<VerificationMethod>(
  {
    questions: 'Questions checked against data we already hold',
    callback: 'Callback to the phone number on file',
    code: 'Code or link sent to the e-mail address or number on file',
    'email-reply': 'Reply from the e-mail address on file',
    'in-person-id': 'ID document checked in person (no copy kept)',
    representative: "Representative's authority checked",
  },
  {
    questions: 'Spørsmål kontrollert mot opplysninger vi allerede har',
    callback: 'Tilbakeringing til registrert telefonnummer',
    code: 'Kode eller lenke sendt til registrert e-postadresse eller nummer',
    'email-reply': 'Svar fra registrert e-postadresse',
    'in-person-id': 'Legitimasjon kontrollert ved oppmøte (ingen kopi beholdt)',
    representative: 'Fullmektigens fullmakt kontrollert',
  },
);

export const verificationResult = vocabulary<VerificationResult>(
  { verified: 'Verified', failed: 'Failed', 'not-needed': 'Not needed' },
  { verified: 'Bekreftet', failed: 'Ikke bekreftet', 'not-needed': 'Ikke nødvendig' },
);

export const representativeRelation = vocabulary<RepresentativeRelation>(
  {
    lawyer: 'Lawyer',
    guardian: 'Guardian',
    parent: 'Parent of a child',
    relative: 'Relative',
    other: 'Other representative',
  },
  {
    lawyer: 'Advokat',
    guardian: 'Verge',
    parent: 'Forelder til et barn',
    relative: 'Pårørende',
    other: 'Annen fullmektig',
  },
);

export const authorityEvidence = authorityEvidenceWords;

/** The grounds in words: the timeline's vocabulary, as the lines cite them. */
export const restrictionGround = lineRestrictionGround;

export const unfoundedResponse = vocabulary<UnfoundedResponse>(
  { refusal: 'Refuse to act on the request', fee: 'Charge a reasonable fee for the administrative costs' },
  {
    refusal: 'Avslå å etterkomme henvendelsen',
    fee: 'Kreve et rimelig gebyr for de administrative kostnadene',
  },
);

export const refusalGroundLabel = vocabulary<RefusalGroundKey>(
  {
    'pol-16-a': 'National security, defence or relations with foreign states',
    'pol-16-b': 'Must be kept secret to prevent, investigate or prosecute crime',
    'pol-16-c': 'Inadvisable for the person’s health or relations to those close to them',
    'pol-16-d': 'Subject to a statutory duty of confidentiality',
    'pol-16-e': 'Only in internal working documents not given to others',
    'pol-16-f': 'Against obvious and fundamental private or public interests',
    'gdpr-21-1': 'Compelling legitimate grounds override the person’s interests, or legal claims',
  },
  {
    'pol-16-a': 'Rikets sikkerhet, forsvaret eller forholdet til fremmede stater',
    'pol-16-b': 'Må hemmeligholdes for å forebygge, etterforske eller forfølge straffbare handlinger',
    'pol-16-c':
      'Utilrådelig av hensyn til personens helse eller forholdet til personer som står vedkommende nær',
    'pol-16-d': 'Underlagt lovbestemt taushetsplikt',
    'pol-16-e': 'Finnes bare i interne arbeidsdokumenter som ikke er utlevert til andre',
    'pol-16-f': 'I strid med åpenbare og grunnleggende private eller offentlige interesser',
    'gdpr-21-1': 'Tvingende berettigede grunner går foran personens interesser, eller rettskrav',
  },
);

export const requestTypeArticle = vocabulary<RequestType>(
  {
    information: 'Art. 13, 14',
    access: 'Art. 15',
    rectification: 'Art. 16',
    erasure: 'Art. 17',
    restriction: 'Art. 18',
    portability: 'Art. 20',
    objection: 'Art. 21(1)',
    'marketing-objection': 'Art. 21(2)-(3)',
    'consent-withdrawal': 'Art. 7(3)',
    'marketing-opt-out': 'Art. 21(2)',
  },
  {
    information: 'art. 13 og 14',
    access: 'art. 15',
    rectification: 'art. 16',
    erasure: 'art. 17',
    restriction: 'art. 18',
    portability: 'art. 20',
    objection: 'art. 21 nr. 1',
    'marketing-objection': 'art. 21 nr. 2 og 3',
    'consent-withdrawal': 'art. 7 nr. 3',
    'marketing-opt-out': 'art. 21 nr. 2',
  },
);

export const requestTypeReplyMust = vocabulary<RequestType>(
  {
    information:
      'What is processed, purposes, legal bases, retention, recipients, rights, contact details. If the reply discloses personal data about the person, it is gated like access.',
    access:
      'Confirmation; a copy of the data (the first copy free); purposes; categories; recipients (outside the EEA with the Art. 46 safeguard); retention; source; the rights to rectify, erase, restrict and object; the right to complain to Datatilsynet; automated decisions. Others’ rights and freedoms respected (15(4)).',
    rectification: 'Correct or complete the data; notify each recipient (Art. 19).',
    erasure:
      'Erase unless an exception of 17(3) applies (e.g. bookkeeping records kept 5 years under bokføringsloven, restricted instead); notify each recipient (Art. 19).',
    restriction:
      'Restrict on one of the grounds of 18(1); tell the person before lifting the restriction; notify each recipient (Art. 19).',
    portability:
      'Only where the basis is consent or contract and processing is automated: a machine-readable export (JSON/CSV).',
    objection:
      'Stop the processing based on legitimate interest or a public task, unless compelling legitimate grounds that override the person’s interests, rights and freedoms are demonstrated, or the data is needed for legal claims. A refusal names those grounds.',
    'marketing-objection':
      'Stop processing the data for direct marketing (profiling for it included) at once; no balancing, never refused.',
    'consent-withdrawal':
      'Stop the consent-based processing from now on; earlier processing stays lawful. Never refused.',
    'marketing-opt-out': 'Add to the suppression list; always granted.',
  },
  {
    information:
      'Hva som behandles, formål, behandlingsgrunnlag, lagringstid, mottakere, rettigheter og kontaktopplysninger. Utleverer svaret personopplysninger om personen, gjelder samme krav som ved innsyn.',
    access:
      'Bekreftelse; en kopi av opplysningene (første kopi gratis); formål; kategorier; mottakere (utenfor EØS med garantien i art. 46); lagringstid; kilde; retten til retting, sletting, begrensning og protest; retten til å klage til Datatilsynet; automatiserte avgjørelser. Andres rettigheter og friheter ivaretas (art. 15 nr. 4).',
    rectification: 'Rett eller fullstendiggjør opplysningene; varsle hver mottaker (art. 19).',
    erasure:
      'Slett med mindre et unntak i art. 17 nr. 3 gjelder (f.eks. regnskapsmateriale som oppbevares i fem år etter bokføringsloven, og som begrenses i stedet); varsle hver mottaker (art. 19).',
    restriction:
      'Begrens på et av grunnlagene i art. 18 nr. 1; informer personen før begrensningen oppheves; varsle hver mottaker (art. 19).',
    portability:
      'Bare når grunnlaget er samtykke eller avtale og behandlingen er automatisert: en maskinlesbar eksport (JSON/CSV).',
    objection:
      'Stans behandlingen som bygger på berettiget interesse eller en oppgave i allmennhetens interesse, med mindre det påvises tvingende berettigede grunner som går foran personens interesser, rettigheter og friheter, eller opplysningene trengs for rettskrav. Et avslag nevner disse grunnene.',
    'marketing-objection':
      'Stans behandlingen for direkte markedsføring (også profilering for dette) straks; ingen avveining, avslås aldri.',
    'consent-withdrawal':
      'Stans den samtykkebaserte behandlingen fra nå av; tidligere behandling er fortsatt lovlig. Avslås aldri.',
    'marketing-opt-out': 'Før personen opp på reservasjonslisten; innvilges alltid.',
  },
);

export const caseStatus = vocabulary<CaseStatus>(
  {
    overdue: 'Overdue',
    'due-soon': 'Due soon',
    'extension-notice-needed': 'Extension notice needed',
    'to-forward': 'Forward to the customer',
    'awaiting-person': 'Awaiting the person',
  },
  {
    overdue: 'Forfalt',
    'due-soon': 'Snart frist',
    'extension-notice-needed': 'Varsel om forlengelse trengs',
    'to-forward': 'Send over til kunden',
    'awaiting-person': 'Venter på personen',
  },
);

export const caseListStatus = vocabulary<CaseListStatus>(
  {
    open: 'Open',
    overdue: 'Overdue',
    'due-soon': 'Due soon',
    'extension-notice-needed': 'Extension notice needed',
    'to-forward': 'To forward to the customer',
    'awaiting-person': 'Awaiting the person',
    closed: 'Closed',
    'closed-late': 'Closed late',
    all: 'All cases',
  },
  {
    open: 'Åpne',
    overdue: 'Forfalt',
    'due-soon': 'Snart frist',
    'extension-notice-needed': 'Varsel om forlengelse trengs',
    'to-forward': 'Skal sendes over til kunden',
    'awaiting-person': 'Venter på personen',
    closed: 'Avsluttet',
    'closed-late': 'Avsluttet for sent',
    all: 'Alle saker',
  },
);

/** Every word of the case screens (features/cases), bokmål and English, one part file per screen area. */
export const casesText = namespace(
  {
    ...caseDeadlineText.en,
    ...caseFormText.en,
    ...caseReplyText.en,
    ...caseVerificationText.en,
    ...caseRestrictionsText.en,
    ...caseTasksText.en,
    ...checklistTemplatesText.en,
    ...casePageText.en,
    ...caseListText.en,
  },
  {
    ...caseDeadlineText.nb,
    ...caseFormText.nb,
    ...caseReplyText.nb,
    ...caseVerificationText.nb,
    ...caseRestrictionsText.nb,
    ...caseTasksText.nb,
    ...checklistTemplatesText.nb,
    ...casePageText.nb,
    ...caseListText.nb,
  },
);

/** A key of casesText as called (plural forms by their base). */
export type CasesKey = CallKey<keyof typeof casesText.en & string>;

/** The case vocabularies the core's dictionaries do not hold, registered beside casesText. */
export const casesVocabularies = {
  casePriority,
  caseCapacity,
  replyChannel,
  forwardingMethod,
  verificationMethod,
  verificationResult,
  representativeRelation,
  authorityEvidence,
  restrictionGround,
  unfoundedResponse,
  refusalGroundLabel,
  requestTypeArticle,
  requestTypeReplyMust,
  caseStatus,
  caseListStatus,
};
