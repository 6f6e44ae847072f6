import {
  customerNoticeMethodLabels,
  subjectExceptionShort,
  subjectNoticeMethodLabels,
} from '../../breaches/rules';
import {
  authorityEvidenceLabels,
  type Capacity,
  forwardingMethodLabels,
  priorityLabels,
  replyChannelLabels,
  restrictionGroundLabels,
  verificationMethodLabels,
  verificationResultLabels,
} from '../../cases/rules';
import type { Language } from '../languages';
import type { Namespace } from '../translate';
import * as labels from './labels';
import { letterChannel } from './letters';

/**
 * The vocabularies a timeline's line cites. Inside a sentence the English has always lower-cased
 * a label ("closed: granted in full"); bokmål lower-cases its first letter only, so that
 * "Datatilsynet" and "SMS" keep theirs.
 */
function lowered<K extends string>(ns: Namespace<K>): Namespace<K> {
  const lower = (dictionary: Readonly<Record<K, string>>, word: (text: string) => string) =>
    Object.fromEntries(Object.entries<string>(dictionary).map(([key, text]) => [key, word(text)])) as Record<
      K,
      string
    >;
  return {
    en: lower(ns.en, (text) => text.toLowerCase()),
    nb: lower(ns.nb, (text) =>
      /^(Datatilsynet|[A-ZÆØÅ]{2})/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1),
    ),
  };
}

/** The English of `en`, the labels the core has always written, beside their bokmål. */
function worded<K extends string>(en: Record<K, string>, nb: Record<K, string>): Namespace<K> {
  return { en, nb };
}

export const lineRequestType = lowered(labels.requestType);
export const lineCaseChannel = lowered(labels.caseChannel);
export const lineOutcome = lowered(labels.outcome);
export const lineRisk = lowered(labels.riskLevel);
export const lineNotificationPhase = lowered(labels.notificationPhase);
export const lineLetterChannel = lowered(letterChannel);

export const lineReplyChannel = lowered(
  worded(replyChannelLabels, {
    email: 'E-post til registrert adresse',
    letter: 'Brev til registrert adresse',
    'secure-link': 'Sikker nedlastingslenke',
    'in-person': 'Overlevert personlig',
    phone: 'Telefon (ingen personopplysninger utlevert)',
  }),
);

export const lineForwardingMethod = lowered(
  worded(forwardingMethodLabels, {
    email: 'E-post',
    portal: 'Kundens portal eller saksbehandlingssystem',
    phone: 'Telefon',
    letter: 'Brev',
  }),
);

export const lineVerificationResult = lowered(
  worded(verificationResultLabels, {
    verified: 'Bekreftet',
    failed: 'Ikke bekreftet',
    'not-needed': 'Ikke nødvendig',
  }),
);

export const lineVerificationMethod = lowered(
  worded(verificationMethodLabels, {
    questions: 'Spørsmål kontrollert mot opplysninger vi allerede har',
    callback: 'Tilbakeringing til registrert telefonnummer',
    code: 'Kode eller lenke sendt til registrert e-postadresse eller nummer',
    'email-reply': 'Svar fra registrert e-postadresse',
    'in-person-id': 'Legitimasjon kontrollert ved oppmøte (ingen kopi beholdt)',
    representative: 'Fullmektigens fullmakt kontrollert',
  }),
);

/** How a representative's authority was shown, as the case screen lists it. */
export const authorityEvidenceWords = worded(authorityEvidenceLabels, {
  'power-of-attorney': 'Fullmakt fremvist',
  'guardianship-decision': 'Vergemålsvedtak fremvist',
  'parental-responsibility': 'Foreldreansvar bekreftet',
  other: 'Annen dokumentasjon',
});

export const lineAuthorityEvidence = lowered(authorityEvidenceWords);

/** Cited as it stands, in parentheses. */
export const lineRestrictionGround = worded(restrictionGroundLabels, {
  '18-1-a': 'Riktigheten bestrides, mens den kontrolleres (art. 18 nr. 1 bokstav a)',
  '18-1-b':
    'Ulovlig behandling, men personen vil ha begrensning i stedet for sletting (art. 18 nr. 1 bokstav b)',
  '18-1-c':
    'Ikke lenger nødvendig, men personen trenger opplysningene for rettskrav (art. 18 nr. 1 bokstav c)',
  '18-1-d': 'Protest etter art. 21 nr. 1 er til vurdering (art. 18 nr. 1 bokstav d)',
  '17-3':
    'Oppbevares etter rettslig forpliktelse i stedet for å slettes, f.eks. regnskap (art. 17 nr. 3 bokstav b)',
});

/** "priority Normal → High": cited as it stands. */
export const linePriority = worded(priorityLabels, {
  low: 'Lav',
  normal: 'Normal',
  high: 'Høy',
  urgent: 'Haster',
});

/** "capacity controller → processor": the stored values, as the English has always cited them. */
export const lineCapacity = worded<Capacity>(
  { controller: 'controller', processor: 'processor' },
  { controller: 'behandlingsansvarlig', processor: 'databehandler' },
);

export const lineCustomerNoticeMethod = lowered(
  worded(customerNoticeMethodLabels, {
    email: 'E-post',
    phone: 'Telefon',
    letter: 'Brev',
    portal: 'Kundens portal eller skjema',
    meeting: 'Møte',
  }),
);

export const lineSubjectNoticeMethod = lowered(
  worded(subjectNoticeMethodLabels, {
    email: 'E-post',
    sms: 'SMS',
    letter: 'Brev',
    phone: 'Telefon',
    'in-person': 'Personlig',
  }),
);

export const lineSubjectException = lowered(
  worded(subjectExceptionShort, {
    unintelligible: 'Opplysningene er uforståelige for uvedkommende',
    'risk-removed': 'Den høye risikoen er fjernet',
    disproportionate: 'Offentlig kunngjøring i stedet',
  }),
);

/** "Letter made: …, in English": the language a letter is written in. */
export const lineLanguage = worded<Language>(
  { nb: 'Norsk bokmål', en: 'English' },
  { nb: 'norsk bokmål', en: 'engelsk' },
);

/** What a change of a case's record names. */
export const lineCaseField = worded(
  {
    requestTypes: 'request types',
    channel: 'channel',
    capacity: 'capacity',
    priority: 'priority',
    customer: 'customer',
    name: 'name',
    email: 'e-mail',
    phone: 'phone',
    address: 'address',
    reference: 'reference',
    representative: 'representative',
    representativeRelation: "representative's relation",
    representativeContact: "representative's contact",
    notes: 'notes',
  },
  {
    requestTypes: 'typer forespørsel',
    channel: 'kanal',
    capacity: 'rolle',
    priority: 'prioritet',
    customer: 'kunde',
    name: 'navn',
    email: 'e-post',
    phone: 'telefon',
    address: 'adresse',
    reference: 'referanse',
    representative: 'fullmektig',
    representativeRelation: 'fullmektigens relasjon',
    representativeContact: 'fullmektigens kontaktinformasjon',
    notes: 'notater',
  },
);

/** What a change of a breach's record names, by its column. */
export const lineBreachField = worded(
  {
    title: 'title',
    description: 'what happened',
    when: 'when it happened',
    discovery: 'how it was discovered',
    capacity: 'capacity',
    subject_categories: 'categories of people',
    subjects_approx: 'number of people',
    data_types: 'types of data',
    special_categories: 'special categories',
    records_approx: 'number of records',
    consequences: 'likely consequences',
    measures_taken: 'measures taken',
    measures_planned: 'measures planned',
    contact_point: 'contact point',
  },
  {
    title: 'tittel',
    description: 'hva som skjedde',
    when: 'når det skjedde',
    discovery: 'hvordan det ble oppdaget',
    capacity: 'rolle',
    subject_categories: 'kategorier av registrerte',
    subjects_approx: 'antall personer',
    data_types: 'typer opplysninger',
    special_categories: 'særlige kategorier',
    records_approx: 'antall poster',
    consequences: 'sannsynlige konsekvenser',
    measures_taken: 'tiltak som er truffet',
    measures_planned: 'tiltak som er planlagt',
    contact_point: 'kontaktpunkt',
  },
);
