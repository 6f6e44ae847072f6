import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  type ClauseKey,
  type ClauseState,
  clauseDefinition,
  clauseStateLabels,
} from '../../../shared/agreements/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { clauseRows, insertBatch, updateClauseRow } from './repository';
import { requireAgreement, touch } from './service';
import { toDetail } from './view';

/** "Present (clause 4.2)", "Not applicable: no sub-processors allowed": readable in the history. */
function describe(state: string, clauseRef: string | null, note: string | null): string {
  const label = clauseStateLabels[state as ClauseState] ?? state;
  const where = state === 'present' && clauseRef ? ` (${clauseRef})` : '';
  return `${label}${where}${note ? `: ${note}` : ''}`;
}

export interface ChecklistItem {
  key: ClauseKey;
  state: ClauseState;
  clauseRef?: string;
  note?: string;
}

/**
 * Ticks items of the Art. 28(3) checklist: present (with where in the agreement), missing, or not
 * applicable (with why). Administrators and the DPO may do this; all items are saved together.
 */
export async function updateChecklist(
  ctx: Ctx,
  id: number,
  items: readonly ChecklistItem[],
): Promise<AgreementDetail> {
  await requireAgreement(ctx, id);
  const now = isoNow(ctx.clock);
  let stored = await clauseRows(ctx.db, id);
  const absent = items.filter((item) => !stored.some((row) => row.clause_key === item.key));
  if (absent.length > 0) {
    // An item added to the law's list after the agreement was registered starts unchecked.
    await insertBatch(
      ctx.db,
      'agreement_clauses',
      absent.map((item) => ({
        agreement_id: id,
        clause_key: item.key,
        state: 'unchecked',
        clause_ref: null,
        note: null,
        checked_at: null,
        checked_by: null,
      })),
    );
    stored = await clauseRows(ctx.db, id);
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const item of items) {
    const row = stored.find((candidate) => candidate.clause_key === item.key);
    if (!row) continue;
    const next = {
      state: item.state,
      clause_ref: item.clauseRef ?? null,
      note: item.note ?? null,
    };
    if (next.state === row.state && next.clause_ref === row.clause_ref && next.note === row.note) continue;
    await updateClauseRow(ctx.db, row.id, {
      ...next,
      checked_at: item.state === 'unchecked' ? null : now,
      checked_by: item.state === 'unchecked' ? null : ctx.actor.displayName,
    });
    const label = clauseDefinition(item.key)?.label ?? item.key;
    before[label] = describe(row.state, row.clause_ref, row.note);
    after[label] = describe(next.state, next.clause_ref, next.note);
  }
  if (Object.keys(after).length > 0) {
    await touch(ctx, id);
    await ctx.audit({ action: 'checklist', entityType: 'agreement', entityId: id, before, after });
  }
  return toDetail(ctx, await requireAgreement(ctx, id));
}
