import { addMonths, type CalendarDate, compareDates } from '../calendar';
import { english, phrase, type Phrase } from '../i18n/phrases';
import {
  adequacyCovers,
  adequacyDecisions,
  adequacyOn,
  transferStatus,
  type TransferStatus,
} from '../countries';

/** The vocabulary of the agreements register (DOMAIN.md section 2), with the labels screens and exports show. */

/** 'controller': we are controller and the organisation (a supplier) processes for us; 'processor': the reverse. */
export const companyRoles = ['controller', 'processor'] as const;
export type CompanyRole = (typeof companyRoles)[number];
export const companyRoleLabels: Record<CompanyRole, string> = {
  controller: 'Supplier agreement (we are controller)',
  processor: 'Customer agreement (we are processor)',
};
export const directionLabels: Record<CompanyRole, string> = {
  controller: 'Supplier',
  processor: 'Customer',
};

export const agreementStatuses = [
  'draft',
  'negotiation',
  'active',
  'suspended',
  'terminated',
  'expired',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const agreementStatusLabels: Record<AgreementStatus, string> = {
  draft: 'Draft',
  negotiation: 'In negotiation',
  active: 'Active',
  suspended: 'Suspended',
  terminated: 'Terminated',
  expired: 'Expired',
};
/** Statuses in which the processing runs under the agreement: reviews and expiry matter. */
export const inForceStatuses: readonly AgreementStatus[] = ['active', 'suspended'];
/** Statuses in which the agreement has ended. */
export const endedStatuses: readonly AgreementStatus[] = ['terminated', 'expired'];

export const endOfProcessingOptions = ['returned', 'deleted', 'retained'] as const;
export type EndOfProcessing = (typeof endOfProcessingOptions)[number];
export const endOfProcessingLabels: Record<EndOfProcessing, string> = {
  returned: 'All data returned to the controller',
  deleted: 'All data deleted',
  retained: 'Kept because the law requires storage (Art. 28(3)(g))',
};

export const securityResults = ['adequate', 'actions-needed', 'inadequate'] as const;
export type SecurityResult = (typeof securityResults)[number];
export const securityResultLabels: Record<SecurityResult, string> = {
  adequate: 'At least our level of security',
  'actions-needed': 'Our level once agreed actions are done',
  inadequate: 'Below our level of security',
};

export const authorisationTypes = ['specific', 'general'] as const;
export type AuthorisationType = (typeof authorisationTypes)[number];
export const authorisationLabels: Record<AuthorisationType, string> = {
  specific: 'Prior specific authorisation (each sub-processor approved in writing)',
  general: 'General written authorisation (changes announced, the customer may object)',
};

/** Art. 9(1) special categories and Art. 10 criminal-offence data: flagged wherever they appear. */
export const specialCategories = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'genetic',
  'biometric',
  'health',
  'sex-life',
  'criminal',
] as const;
export type SpecialCategory = (typeof specialCategories)[number];
export const specialCategoryLabels: Record<SpecialCategory, string> = {
  'racial-ethnic-origin': 'Racial or ethnic origin',
  'political-opinions': 'Political opinions',
  'religious-beliefs': 'Religious or philosophical beliefs',
  'trade-union': 'Trade union membership',
  genetic: 'Genetic data',
  biometric: 'Biometric data to identify a person',
  health: 'Health',
  'sex-life': 'Sex life or sexual orientation',
  criminal: 'Criminal convictions and offences (Art. 10)',
};

/** Suggestions for the free lists; any other wording may be typed. */
export const commonDataTypes = [
  'Name',
  'Contact details (phone, e-mail, address)',
  'Customer number',
  'National identity number (fødselsnummer)',
  'Call recordings',
  'Call notes and correspondence',
  'Invoices and payment details',
  'Bank account number',
  'Salary and employment details',
  'IP addresses and log data',
  'Appointment details',
] as const;
export const commonDataSubjects = [
  "The customer's customers",
  "The customer's employees",
  'Callers and e-mail senders',
  'Our employees',
  'Job applicants',
  'Website visitors',
  'Suppliers’ contact persons',
] as const;

export const clauseStates = ['unchecked', 'present', 'missing', 'not-applicable'] as const;
export type ClauseState = (typeof clauseStates)[number];
export const clauseStateLabels: Record<ClauseState, string> = {
  unchecked: 'Not checked',
  present: 'Present',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export interface ClauseDefinition {
  key: string;
  label: string;
  article: string;
  help: string;
}

/** Every item Art. 28(3) requires in a processing agreement, in the order of the article. */
export const articleClauses = [
  {
    key: 'subject-duration',
    label: 'Subject matter and duration of the processing',
    article: 'Art. 28(3)',
    help: 'What the processing is about and for how long it runs.',
  },
  {
    key: 'nature-purpose',
    label: 'Nature and purpose of the processing',
    article: 'Art. 28(3)',
    help: 'What is done with the data and why.',
  },
  {
    key: 'data-types',
    label: 'Type of personal data',
    article: 'Art. 28(3)',
    help: 'Which kinds of personal data, with any special categories named.',
  },
  {
    key: 'data-subjects',
    label: 'Categories of data subjects',
    article: 'Art. 28(3)',
    help: 'Whose data it is: customers, employees, callers …',
  },
  {
    key: 'controller-rights',
    label: 'Obligations and rights of the controller',
    article: 'Art. 28(3)',
    help: 'What the controller must and may do, e.g. give instructions and audit.',
  },
  {
    key: 'instructions',
    label: 'Acts only on documented instructions, including on transfers',
    article: 'Art. 28(3)(a)',
    help: 'Also on transfers to a third country, unless the law requires otherwise (then the processor says so first).',
  },
  {
    key: 'confidentiality',
    label: 'Staff are bound to confidentiality',
    article: 'Art. 28(3)(b)',
    help: 'Everyone authorised to process the data has committed to confidentiality or is under a statutory duty.',
  },
  {
    key: 'security',
    label: 'Takes the security measures of Art. 32',
    article: 'Art. 28(3)(c)',
    help: 'Technical and organisational measures appropriate to the risk.',
  },
  {
    key: 'subprocessors',
    label: 'Respects the conditions for engaging sub-processors',
    article: 'Art. 28(3)(d)',
    help: 'Prior specific or general written authorisation (28(2)); the same obligations flow down (28(4)).',
  },
  {
    key: 'data-subject-requests',
    label: 'Assists with data-subject requests',
    article: 'Art. 28(3)(e)',
    help: 'Helps the controller answer requests to exercise the rights of Chapter III.',
  },
  {
    key: 'assist-32-36',
    label: 'Assists with security, breach notification, impact assessments and prior consultation',
    article: 'Art. 28(3)(f)',
    help: 'Arts. 32 to 36, taking into account the nature of the processing and the information available.',
  },
  {
    key: 'delete-return',
    label: 'Deletes or returns all data at the end, at the controller’s choice',
    article: 'Art. 28(3)(g)',
    help: 'And deletes existing copies unless the law requires storage.',
  },
  {
    key: 'audits',
    label: 'Makes available the information to show compliance and allows audits',
    article: 'Art. 28(3)(h)',
    help: 'Including inspections by the controller or an auditor it mandates.',
  },
  {
    key: 'infringing-instructions',
    label: 'Informs the controller at once if an instruction infringes the law',
    article: 'Art. 28(3), second subparagraph',
    help: 'The processor tells the controller immediately when it thinks an instruction breaks data protection law.',
  },
] as const satisfies readonly ClauseDefinition[];
export type ClauseKey = (typeof articleClauses)[number]['key'];
export const clauseKeys = articleClauses.map((clause) => clause.key) as [ClauseKey, ...ClauseKey[]];

export function clauseDefinition(key: string): ClauseDefinition | undefined {
  return articleClauses.find((clause) => clause.key === key);
}

export interface ChecklistSummary {
  total: number;
  present: number;
  missing: number;
  notApplicable: number;
  unchecked: number;
  /** Share of items found present or marked not applicable, in whole per cent. */
  percent: number;
}

/** The completeness figure of an agreement's Art. 28(3) checklist. */
export function checklistSummary(states: readonly ClauseState[]): ChecklistSummary {
  const count = (state: ClauseState) => states.filter((candidate) => candidate === state).length;
  const total = states.length;
  const present = count('present');
  const notApplicable = count('not-applicable');
  return {
    total,
    present,
    missing: count('missing'),
    notApplicable,
    unchecked: count('unchecked'),
    percent: total === 0 ? 0 : Math.floor(((present + notApplicable) / total) * 100),
  };
}

export const checklistFilters = ['gaps', 'unchecked', 'complete'] as const;
export type ChecklistFilter = (typeof checklistFilters)[number];
export const checklistFilterLabels: Record<ChecklistFilter, string> = {
  gaps: 'With gaps (clauses missing)',
  unchecked: 'Not fully checked',
  complete: 'Complete',
};

// Sub-processor change notices (general authorisation, Art. 28(2)).

export const noticeChanges = ['addition', 'replacement', 'removal'] as const;
export type NoticeChange = (typeof noticeChanges)[number];
export const noticeChangeLabels: Record<NoticeChange, string> = {
  addition: 'New sub-processor',
  replacement: 'Sub-processor replaced',
  removal: 'Sub-processor no longer used',
};

export const objectionResolutions = ['change-dropped', 'objection-withdrawn', 'agreement-ended'] as const;
export type ObjectionResolution = (typeof objectionResolutions)[number];
export const objectionResolutionLabels: Record<ObjectionResolution, string> = {
  'change-dropped': 'The change was dropped',
  'objection-withdrawn': 'The customer withdrew the objection',
  'agreement-ended': 'The customer ended the agreement',
};

/** How many days before it closes an objection window is announced. */
export const objectionWarningDays = 14;
/** The register's horizons: review due within 30 days, expiry within 60. */
export const reviewWarningDays = 30;
export const expiryWarningDays = 60;

// Transfers outside the EEA (Chapter V).

export const transferBases = ['adequacy', 'scc', 'bcr', 'derogation'] as const;
export type TransferBasis = (typeof transferBases)[number];
export const transferBasisLabels: Record<TransferBasis, string> = {
  adequacy: 'Adequacy decision (Art. 45)',
  scc: 'Standard contractual clauses 2021/914 (Art. 46)',
  bcr: 'Binding corporate rules (Art. 47)',
  derogation: 'Derogation (Art. 49)',
};
export const transferBasisShort: Record<TransferBasis, string> = {
  adequacy: 'Adequacy',
  scc: 'SCC',
  bcr: 'BCR',
  derogation: 'Art. 49',
};

/** Who exports to whom: the module of the standard contractual clauses follows from it. */
export const transferDirections = [
  'controller-controller',
  'controller-processor',
  'processor-processor',
  'processor-controller',
] as const;
export type TransferDirection = (typeof transferDirections)[number];
export const transferDirectionLabels: Record<TransferDirection, string> = {
  'controller-controller': 'Controller to controller',
  'controller-processor': 'Controller to processor',
  'processor-processor': 'Processor to processor (a sub-processor)',
  'processor-controller': 'Processor back to its controller',
};
export const sccModuleFor: Record<TransferDirection, SccModule> = {
  'controller-controller': 1,
  'controller-processor': 2,
  'processor-processor': 3,
  'processor-controller': 4,
};

/**
 * The directions a transfer under an agreement can take: under a supplier agreement we (controller)
 * export to the supplier, or the supplier to its own sub-processor; under a customer agreement we
 * (processor) export to our sub-processor, or back to the customer.
 */
export function directionsFor(role: CompanyRole): readonly TransferDirection[] {
  return role === 'controller'
    ? ['controller-processor', 'processor-processor']
    : ['processor-processor', 'processor-controller'];
}

export const sccModules = [1, 2, 3, 4] as const;
export type SccModule = (typeof sccModules)[number];
export const sccModuleLabels: Record<SccModule, string> = {
  1: 'Module 1: controller to controller',
  2: 'Module 2: controller to processor',
  3: 'Module 3: processor to processor',
  4: 'Module 4: processor to controller',
};

export const derogations = [
  'consent',
  'contract',
  'contract-interest',
  'public-interest',
  'legal-claims',
  'vital-interests',
  'public-register',
  'compelling-interests',
] as const;
export type Derogation = (typeof derogations)[number];
export const derogationLabels: Record<Derogation, string> = {
  consent: '(a) Explicit consent after being told of the risks',
  contract: '(b) Necessary for a contract with the person',
  'contract-interest': '(c) Necessary for a contract in the person’s interest',
  'public-interest': '(d) Important reasons of public interest',
  'legal-claims': '(e) Legal claims',
  'vital-interests': '(f) Vital interests',
  'public-register': '(g) From a public register',
  'compelling-interests': 'Second subparagraph: compelling legitimate interests, occasional',
};

/** What the register's "transfer basis" filter offers: a basis, or "lacking a valid basis". */
export const basisFilters = [...transferBases, 'flagged'] as const;
export type BasisFilter = (typeof basisFilters)[number];

export interface TransferFacts {
  country: string;
  basis: TransferBasis;
  sccModule: number | null;
  derogation: string | null;
  /** Who exports to whom; null when not recorded. */
  direction: TransferDirection | null;
  /** An occasional transfer, not a regular, repeated one: only such can rest on Art. 49. */
  occasional: boolean;
  /** For a partial adequacy decision: the importer is covered (e.g. certified under the EU-U.S. DPF). */
  adequacyConfirmed: boolean;
  tiaDone: boolean;
  nextReviewOn: CalendarDate | null;
  /** When the basis was last confirmed (recorded or changed): an adequacy decision must cover it since. */
  confirmedOn: CalendarDate | null;
}

export interface TransferCheck {
  /** The basis is not valid as recorded: the transfer is flagged. */
  errors: string[];
  /** Worth a look, but the basis stands. */
  warnings: string[];
  /** The same as phrases, for the reader's language. */
  errorTexts: Phrase[];
  warningTexts: Phrase[];
}

/** Whether one recorded transfer has a valid basis under Chapter V, and what deserves a second look. */
export function checkTransfer(transfer: TransferFacts, today: CalendarDate): TransferCheck {
  const errors: Phrase[] = [];
  const warnings: Phrase[] = [];
  const done = (): TransferCheck => ({
    errors: errors.map(english),
    warnings: warnings.map(english),
    errorTexts: errors,
    warningTexts: warnings,
  });
  const status = transferStatus(transfer.country, today);
  const country = { country: transfer.country };
  if (status === 'eea') {
    warnings.push(phrase('coreRegisters:inEea', { country }));
    return done();
  }
  if (transfer.basis === 'adequacy') {
    const decisions = adequacyDecisions[transfer.country]?.decisions ?? [];
    const ended = decisions.at(-1);
    if (status === 'third-country' && ended?.endsOn)
      errors.push(
        phrase('coreRegisters:adequacyEnded', {
          country,
          reference: ended.reference,
          date: { date: ended.endsOn },
          note: ended.note ? ` (${ended.note})` : '',
        }),
      );
    else if (status === 'third-country') errors.push(phrase('coreRegisters:noAdequacy', { country }));
    else if (transfer.confirmedOn && !adequacyCovers(transfer.country, transfer.confirmedOn, today)) {
      const then = adequacyOn(transfer.country, transfer.confirmedOn);
      const now = adequacyOn(transfer.country, today)?.reference ?? phrase('coreRegisters:theDecision');
      errors.push(
        then
          ? phrase('coreRegisters:recordedUnderEnded', {
              then: then.reference,
              date: { date: then.endsOn ?? today },
              now,
            })
          : phrase('coreRegisters:recordedUnderNone', { now }),
      );
    }
    if (status === 'partially-adequate' && !transfer.adequacyConfirmed)
      errors.push(
        phrase('coreRegisters:partialAdequacy', {
          country,
          note: adequacyDecisions[transfer.country]?.note ?? phrase('coreRegisters:seeTheDecision'),
        }),
      );
  }
  if (transfer.basis === 'scc') {
    if (transfer.sccModule === null) errors.push(phrase('coreRegisters:sccModuleMissing'));
    else if (transfer.direction === null) errors.push(phrase('coreRegisters:directionMissing'));
    else if (transfer.sccModule !== sccModuleFor[transfer.direction])
      errors.push(
        phrase('coreRegisters:wrongModule', {
          module: transfer.sccModule,
          purpose: phrase(`coreRegisters:purpose.${transfer.sccModule as SccModule}`),
          direction: phrase(`coreRegisters:direction.${transfer.direction}`),
          right: sccModuleFor[transfer.direction],
        }),
      );
  }
  if (transfer.basis === 'derogation') {
    if (!transfer.derogation) errors.push(phrase('coreRegisters:derogationMissing'));
    if (!transfer.occasional) errors.push(phrase('coreRegisters:notOccasional'));
  }
  if ((transfer.basis === 'scc' || transfer.basis === 'bcr') && !transfer.tiaDone)
    errors.push(phrase('coreRegisters:noTia'));
  if (transfer.nextReviewOn && compareDates(transfer.nextReviewOn, today) < 0)
    warnings.push(phrase('coreRegisters:reviewOverdue'));
  return done();
}

export interface CountryCoverage {
  country: string;
  status: TransferStatus;
  /** How sending data there is covered, or null when it is not. */
  coveredBy: 'adequacy' | 'transfer' | null;
}

/**
 * Every country outside the EEA where data is processed (the agreement's locations, and the countries
 * of sub-processors a supplier declared), and whether a valid basis covers it: a full adequacy
 * decision by itself, otherwise a recorded transfer to that country whose basis is valid.
 */
export function countryCoverage(
  countries: readonly string[],
  transfers: readonly TransferFacts[],
  today: CalendarDate,
): CountryCoverage[] {
  const outside = [...new Set(countries)].filter((country) => transferStatus(country) !== 'eea').sort();
  return outside.map((country) => {
    const status = transferStatus(country, today);
    const valid = transfers.some(
      (transfer) => transfer.country === country && checkTransfer(transfer, today).errors.length === 0,
    );
    return {
      country,
      status,
      coveredBy: valid ? 'transfer' : status === 'adequate' ? 'adequacy' : null,
    };
  });
}

/** The agreement-level flag: a non-EEA location or transfer without a valid basis; with the reasons. */
export function transferProblemPhrases(
  countries: readonly string[],
  transfers: readonly TransferFacts[],
  today: CalendarDate,
): Phrase[] {
  const problems: Phrase[] = [];
  for (const coverage of countryCoverage(countries, transfers, today)) {
    if (coverage.coveredBy === null)
      problems.push(
        phrase(
          coverage.status === 'partially-adequate' ? 'coreRegisters:noBasisPartial' : 'coreRegisters:noBasis',
          { country: { country: coverage.country } },
        ),
      );
  }
  for (const transfer of transfers) {
    for (const problem of checkTransfer(transfer, today).errorTexts)
      problems.push(phrase('coreRegisters:transferTo', { country: { country: transfer.country }, problem }));
  }
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = english(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same problems in English. */
export function transferProblems(
  countries: readonly string[],
  transfers: readonly TransferFacts[],
  today: CalendarDate,
): string[] {
  return transferProblemPhrases(countries, transfers, today).map(english);
}

/** The next review after a given day, by the calendar's month rule (31 Jan + 1 month = 28/29 Feb). */
export function nextReviewAfter(base: CalendarDate, months: number): CalendarDate {
  return addMonths(base, months);
}

/** "DPA-2026-007": how a new agreement is referred to when no reference is given. */
export function agreementReference(year: number, sequence: number): string {
  return `DPA-${year}-${String(sequence).padStart(3, '0')}`;
}
