import type {
  AuthorisationType,
  ChecklistFilter,
  ClauseState,
  CompanyRole,
  Derogation,
  EndOfProcessing,
  NoticeChange,
  ObjectionResolution,
  SecurityResult,
  SpecialCategory,
  TransferBasis,
  TransferDirection,
} from '../../../shared/agreements/rules';
import type { AgreementAlert, ChangeNotice } from '../../../shared/agreements/contract';
import { vocabulary } from '../../../shared/i18n/resources/labels';

/**
 * The agreements register's stored values in words, one vocabulary each (`useLabels('securityResult')`),
 * beside those the core keeps in `src/shared/i18n` (`agreementStatus`, `transferBasis`, `clause`).
 */
export const companyRole = vocabulary<CompanyRole>(
  {
    controller: 'Supplier agreement: we are controller, the supplier processes for us',
    processor: 'Customer agreement: we process for the customer',
  },
  {
    controller: 'Leverandøravtale: vi er behandlingsansvarlig, leverandøren behandler for oss',
    processor: 'Kundeavtale: vi behandler for kunden',
  },
);

export const agreementDirection = vocabulary<CompanyRole>(
  { controller: 'Supplier', processor: 'Customer' },
  { controller: 'Leverandør', processor: 'Kunde' },
);

export const endOfProcessing = vocabulary<EndOfProcessing>(
  {
    returned: 'All data returned to the controller',
    deleted: 'All data deleted',
    retained: 'Kept because the law requires storage (Art. 28(3)(g))',
  },
  {
    returned: 'Alle opplysninger levert tilbake til den behandlingsansvarlige',
    deleted: 'Alle opplysninger slettet',
    retained: 'Beholdt fordi loven krever lagring (art. 28 nr. 3 bokstav g)',
  },
);

export const securityResult = vocabulary<SecurityResult>(
  {
    adequate: 'At least our level of security',
    'actions-needed': 'Our level once agreed actions are done',
    inadequate: 'Below our level of security',
  },
  {
    adequate: 'Minst vårt sikkerhetsnivå',
    'actions-needed': 'Vårt nivå når avtalte tiltak er gjennomført',
    inadequate: 'Under vårt sikkerhetsnivå',
  },
);

export const authorisation = vocabulary<AuthorisationType>(
  {
    specific: 'Prior specific authorisation (each sub-processor approved in writing)',
    general: 'General written authorisation (changes announced, the customer may object)',
  },
  {
    specific: 'Forhåndsgodkjenning av hver enkelt (hver underleverandør godkjent skriftlig)',
    general: 'Generell skriftlig godkjenning (endringer varsles, kunden kan protestere)',
  },
);

export const specialCategory = vocabulary<SpecialCategory>(
  {
    'racial-ethnic-origin': 'Racial or ethnic origin',
    'political-opinions': 'Political opinions',
    'religious-beliefs': 'Religious or philosophical beliefs',
    'trade-union': 'Trade union membership',
    genetic: 'Genetic data',
    biometric: 'Biometric data to identify a person',
    health: 'Health',
    'sex-life': 'Sex life or sexual orientation',
    criminal: 'Criminal convictions and offences (Art. 10)',
  },
  {
    'racial-ethnic-origin': 'Rasemessig eller etnisk opprinnelse',
    'political-opinions': 'Politisk oppfatning',
    'religious-beliefs': 'Religion eller livssyn',
    'trade-union': 'Fagforeningsmedlemskap',
    genetic: 'Genetiske opplysninger',
    biometric: 'Biometriske opplysninger for å identifisere en person',
    health: 'Helse',
    'sex-life': 'Seksuelle forhold eller seksuell legning',
    criminal: 'Straffedommer og lovovertredelser (art. 10)',
  },
);

export const clauseState = vocabulary<ClauseState>(
  { unchecked: 'Not checked', present: 'Present', missing: 'Missing', 'not-applicable': 'Not applicable' },
  { unchecked: 'Ikke sjekket', present: 'Finnes', missing: 'Mangler', 'not-applicable': 'Ikke relevant' },
);

export const checklistFilter = vocabulary<ChecklistFilter>(
  { gaps: 'With gaps (clauses missing)', unchecked: 'Not fully checked', complete: 'Complete' },
  { gaps: 'Med mangler (klausuler mangler)', unchecked: 'Ikke ferdig sjekket', complete: 'Komplett' },
);

export const noticeChange = vocabulary<NoticeChange>(
  {
    addition: 'New sub-processor',
    replacement: 'Sub-processor replaced',
    removal: 'Sub-processor no longer used',
  },
  {
    addition: 'Ny underleverandør',
    replacement: 'Underleverandør byttet ut',
    removal: 'Underleverandør ikke lenger i bruk',
  },
);

export const objectionResolution = vocabulary<ObjectionResolution>(
  {
    'change-dropped': 'The change was dropped',
    'objection-withdrawn': 'The customer withdrew the objection',
    'agreement-ended': 'The customer ended the agreement',
  },
  {
    'change-dropped': 'Endringen ble droppet',
    'objection-withdrawn': 'Kunden trakk protesten',
    'agreement-ended': 'Kunden avsluttet avtalen',
  },
);

export const transferBasisShort = vocabulary<TransferBasis>(
  { adequacy: 'Adequacy', scc: 'SCC', bcr: 'BCR', derogation: 'Art. 49' },
  { adequacy: 'Tilstrekkelighet', scc: 'SCC', bcr: 'BCR', derogation: 'Art. 49' },
);

export const transferDirection = vocabulary<TransferDirection>(
  {
    'controller-controller': 'Controller to controller',
    'controller-processor': 'Controller to processor',
    'processor-processor': 'Processor to processor (a sub-processor)',
    'processor-controller': 'Processor back to its controller',
  },
  {
    'controller-controller': 'Behandlingsansvarlig til behandlingsansvarlig',
    'controller-processor': 'Behandlingsansvarlig til databehandler',
    'processor-processor': 'Databehandler til databehandler (en underleverandør)',
    'processor-controller': 'Databehandler tilbake til sin behandlingsansvarlige',
  },
);

export const sccModule = vocabulary<'1' | '2' | '3' | '4'>(
  {
    '1': 'Module 1: controller to controller',
    '2': 'Module 2: controller to processor',
    '3': 'Module 3: processor to processor',
    '4': 'Module 4: processor to controller',
  },
  {
    '1': 'Modul 1: behandlingsansvarlig til behandlingsansvarlig',
    '2': 'Modul 2: behandlingsansvarlig til databehandler',
    '3': 'Modul 3: databehandler til databehandler',
    '4': 'Modul 4: databehandler til behandlingsansvarlig',
  },
);

export const derogation = vocabulary<Derogation>(
  {
    consent: '(a) Explicit consent after being told of the risks',
    contract: '(b) Necessary for a contract with the person',
    'contract-interest': '(c) Necessary for a contract in the person’s interest',
    'public-interest': '(d) Important reasons of public interest',
    'legal-claims': '(e) Legal claims',
    'vital-interests': '(f) Vital interests',
    'public-register': '(g) From a public register',
    'compelling-interests': 'Second subparagraph: compelling legitimate interests, occasional',
  },
  {
    consent: '(a) Uttrykkelig samtykke etter å ha fått vite om risikoen',
    contract: '(b) Nødvendig for en avtale med personen',
    'contract-interest': '(c) Nødvendig for en avtale i personens interesse',
    'public-interest': '(d) Viktige allmenne interesser',
    'legal-claims': '(e) Rettskrav',
    'vital-interests': '(f) Vitale interesser',
    'public-register': '(g) Fra et offentlig register',
    'compelling-interests': 'Annet ledd: tvingende berettigede interesser, enkeltstående',
  },
);

export const agreementAlert = vocabulary<AgreementAlert>(
  {
    'review-overdue': 'Review overdue',
    'review-soon': 'Review due soon',
    expiring: 'Expiring',
    'expired-active': 'Expired, still active',
  },
  {
    'review-overdue': 'Gjennomgang forfalt',
    'review-soon': 'Gjennomgang snart',
    expiring: 'Utløper snart',
    'expired-active': 'Utløpt, fortsatt aktiv',
  },
);

export const noticeState = vocabulary<ChangeNotice['state']>(
  {
    'window-open': 'Objection window open',
    accepted: 'No objection',
    objected: 'Objection not resolved',
    resolved: 'Objection resolved',
  },
  {
    'window-open': 'Protestfristen løper',
    accepted: 'Ingen protest',
    objected: 'Protest ikke avklart',
    resolved: 'Protest avklart',
  },
);
