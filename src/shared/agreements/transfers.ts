import { type CalendarDate, compareDates } from '../calendar';
import { english, phrase, type Phrase } from '../i18n/phrases';
import {
  adequacyCovers,
  adequacyDecisions,
  adequacyOn,
  transferStatus,
  type TransferStatus,
} from '../countries';
import type { CompanyRole } from './rules';
import { derogation, transferDirection } from '../i18n/resources/register-labels';

/** Transfers outside the EEA (Chapter V): bases, directions, modules, derogations, and the checks of a transfer. */

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
export const transferDirectionLabels: Record<TransferDirection, string> = transferDirection.en;
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
export const derogationLabels: Record<Derogation, string> = derogation.en;

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
