import { formatOsloDate } from '../../../shared/oslo';
import type { Gate } from '../../../shared/cases/contract';
import { type DataEffect, effectsOf, type RequestType, typeList } from '../../../shared/cases/rules';
import { ruleViolation } from '../errors';
import { unframeList } from './keys';
import type { CaseRow } from './repository';

const effectWords: Record<Exclude<DataEffect, 'none'>, string> = {
  disclose: 'disclosed',
  change: 'changed',
  erase: 'erased',
};

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
      return {
        open: true,
        effects,
        explanation: `Overridden by ${row.override_by} on ${day(row.override_at)}: ${row.override_reason}`,
      };
    }
  }
  if (effects.length === 0) {
    return {
      open: true,
      effects,
      explanation: 'Granting this request discloses, changes and erases no personal data.',
    };
  }
  const what = `Before personal data is ${effects.map((effect) => effectWords[effect as Exclude<DataEffect, 'none'>]).join(' or ')}`;
  if (row.rep_name && !row.rep_authority_checked_at) {
    return {
      open: false,
      effects,
      explanation: `${what}, the representative's authority must be checked.`,
    };
  }
  const result = row.verification_result;
  if (result === 'verified' || result === 'not-needed') {
    const missing = covers(row.verification_covers, types);
    if (missing.length > 0) {
      return {
        open: false,
        effects,
        explanation: `${what}: the verification was decided before ${typeList(missing)} was added to the case and does not cover it. Decide the result again.`,
      };
    }
    if (row.verification_capacity && row.verification_capacity !== row.capacity) {
      return {
        open: false,
        effects,
        explanation: `${what}: the verification was decided while the case was in ${row.verification_capacity} capacity. Decide the result again.`,
      };
    }
    return {
      open: true,
      effects,
      explanation:
        result === 'verified'
          ? `Identity verified by ${row.verification_decided_by} on ${day(row.verification_decided_at)}.`
          : `No verification needed: ${row.verification_reason ?? ''}`.trim(),
    };
  }
  return {
    open: false,
    effects,
    explanation:
      result === 'failed'
        ? `${what}: identity verification failed (${row.verification_reason ?? 'no reason given'}).`
        : `${what}, the person's identity must be verified (or found not needed).`,
  };
}

/** Refuses an action that would disclose, change or erase data while the gate is closed. */
export function requireGateOpen(row: CaseRow, action: string, disclosesPersonalData = false): void {
  const gate = gateOf(row, disclosesPersonalData);
  if (!gate.open) {
    throw ruleViolation(
      `${action} is not possible yet. ${gate.explanation} A data protection officer can override this with a written reason.`,
    );
  }
}
