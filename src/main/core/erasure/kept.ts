import { type KeptRecord, keptRecordsShown } from '../../../shared/erasure/contract';
import { recordLabelsOf } from '../audit/label-repository';
import type { Ctx } from '../context';
import { ownerPaths } from '../people/service';
import { attachmentOwners, keptRestrictionRows } from './kept-repository';

const recordPaths: Record<Exclude<KeptRecord['recordType'], 'attachment'>, (id: number) => string> = {
  inquiry: (id) => `/inquiries/${id}`,
  case: (id) => `/cases/${id}`,
  breach: (id) => `/breaches/${id}`,
};

/** The records erasures kept and restricted (Art. 17(3)), newest first; the register of Art. 18. */
export async function keptRecords(
  ctx: Ctx,
  status: 'active' | 'lifted' | 'all',
): Promise<{ rows: KeptRecord[]; total: number }> {
  const { rows, total } = await keptRestrictionRows(ctx.db, status, keptRecordsShown);
  const labels = await recordLabelsOf(
    ctx.db,
    rows.map((row) => ({ type: row.record_type, id: String(row.record_id) })),
  );
  const files = new Map(
    (
      await attachmentOwners(
        ctx.db,
        rows.filter((row) => row.record_type === 'attachment').map((row) => Number(row.record_id)),
      )
    ).map((row) => [
      Number(row.id),
      { name: row.file_name, path: ownerPaths[row.owner_type]?.(Number(row.owner_id)) ?? null },
    ]),
  );
  return {
    total,
    rows: rows.map((row) => {
      const recordId = Number(row.record_id);
      const file = row.record_type === 'attachment' ? files.get(recordId) : undefined;
      return {
        id: Number(row.id),
        recordType: row.record_type,
        recordId,
        label: file?.name ?? labels.get(`${row.record_type}:${recordId}`) ?? `#${recordId}`,
        path:
          row.record_type === 'attachment' ? (file?.path ?? null) : recordPaths[row.record_type](recordId),
        ground: row.ground,
        keptUntil: row.kept_until,
        restrictedAt: row.restricted_at,
        restrictedBy: row.restricted_by,
        liftedAt: row.lifted_at,
        caseId: row.case_id === null ? null : Number(row.case_id),
        caseNumber: row.case_number,
      };
    }),
  };
}
