import { formatOsloDate } from '../../../shared/oslo';
import type { Gate } from '../../../shared/cases/contract';
import { type DataEffect, effectsOf, type RequestType } from '../../../shared/cases/rules';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import type { ErrorParam } from '../../../shared/i18n/errors';
import { ruleViolation } from '../errors';
import { unframeList } from './keys';
import type { CaseRow } from './repository';

/** "disclosed or erased": each effect's word, joined by "or". */
function effectWords(effects: readonly DataEffect[]): Phrase {
  const words = effects
    .filter((effect): effect is Exclude<DataEffect, 'none'> => effect !== 'none')
    .map((effect) => phrase(`coreCases:${effect}`));
  return words.reduce((first, second) => phrase('coreCases:or', { first, second }));
}

function worded(open: boolean, effects: DataEffect[], text: Phrase): Gate {
  return { open, effects, explanation: english(text), explanationText: text };
}

function covers(framed: string | null, types: readonly RequestType[]): RequestType[] {
  const covered = unframeList<RequestType>(framed);
  return types.filter((type) => !covered.includes(type));
}

const day = formatOsloDate;

/**
 * Whether personal data may be disclosed, changed or erased for the person (DOMAIN.md 1, identity
 * verification): only after the result "verified" or "not needed", decided for the case's current
 * request types and capacity, with a representative's authority checked; or a DPO's written override.
 */
export function gateOf(row: CaseRow, disclosesPersonalData = false): Gate {
  const types = unframeList<RequestType>(row.request_types);
  const effects = effectsOf(types, disclosesPersonalData);
  if (row.override_reason) {
    const missing = covers(row.override_covers, types);
    if (missing.length === 0) {
      return worded(
        true,
        effects,
        phrase('coreCases:overridden', {
          name: row.override_by,
          date: day(row.override_at),
          reason: row.override_reason,
        }),
      );
    }
  }
  if (effects.length === 0) return worded(true, effects, phrase('coreCases:noPersonalData'));
  const before = phrase('coreCases:before', { effects: effectWords(effects) });
  if (row.rep_name && !row.rep_authority_checked_at)
    return worded(false, effects, phrase('coreCases:representative', { before }));
  const result = row.verification_result;
  if (result === 'verified' || result === 'not-needed') {
    const missing = covers(row.verification_covers, types);
    if (missing.length > 0) {
      const named = missing.map((type) => phrase(`requestTypeNoun:${type}`));
      return worded(false, effects, phrase('coreCases:notCovered', { before, types: named }));
    }
    if (row.verification_capacity && row.verification_capacity !== row.capacity) {
      const capacity =
        row.verification_capacity === 'controller' || row.verification_capacity === 'processor'
          ? phrase(`coreCases:${row.verification_capacity}`)
          : row.verification_capacity;
      return worded(false, effects, phrase('coreCases:otherCapacity', { before, capacity }));
    }
    if (result === 'verified')
      return worded(
        true,
        effects,
        phrase('coreCases:verifiedBy', {
          name: row.verification_decided_by,
          date: day(row.verification_decided_at),
        }),
      );
    return worded(
      true,
      effects,
      row.verification_reason?.trim()
        ? phrase('coreCases:notNeeded', { reason: row.verification_reason.trim() })
        : phrase('coreCases:notNeededNoReason'),
    );
  }
  if (result === 'failed')
    return worded(
      false,
      effects,
      row.verification_reason
        ? phrase('coreCases:failed', { before, reason: row.verification_reason })
        : phrase('coreCases:failedNoReason', { before }),
    );
  return worded(false, effects, phrase('coreCases:mustVerify', { before }));
}

/**
 * Refuses an action that would disclose, change or erase data while the gate is closed. The action
 * is a message of its own (`gateRestrict`, …) or a name as written.
 */
export function requireGateOpen(row: CaseRow, action: ErrorParam, disclosesPersonalData = false): void {
  const gate = gateOf(row, disclosesPersonalData);
  if (!gate.open) {
    throw ruleViolation({ key: 'gateClosed', params: { action, explanation: gate.explanationText } });
  }
}
