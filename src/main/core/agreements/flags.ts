import type { Knex } from 'knex';
import type { CalendarDate } from '../../../shared/calendar';
import { transferProblems } from '../../../shared/agreements/rules';
import { type DeclaredRow, type TransferRow, transfersAndDeclaredFor } from './repository';
import {
  agreementFlagRows,
  flagsStaleBefore,
  markFlagsChecked,
  setTransferFlag,
} from './register-repository';
import { processingCountries, transferFacts } from './view';

type Db = Knex | Knex.Transaction;

/**
 * The stored transfer flag depends on the day as well as the record (an adequacy decision can end):
 * once a day, the first read works it out again for every agreement not ended, changing only the
 * flags that moved. `force` does it whatever day it was last done.
 */
export async function refreshTransferFlags(db: Db, today: CalendarDate, force = false): Promise<number> {
  if (!force) {
    if (!(await flagsStaleBefore(db, today))) return 0;
  }
  const rows = await agreementFlagRows(db);
  const { transfers, declared } = await transfersAndDeclaredFor(
    db,
    rows.map((row) => row.id),
  );
  const byAgreement = <T extends TransferRow | DeclaredRow>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.agreement_id, [...(map.get(item.agreement_id) ?? []), item]);
    return map;
  };
  const transfersOf = byAgreement(transfers);
  const declaredOf = byAgreement(declared);
  let changed = 0;
  for (const row of rows) {
    const flag =
      transferProblems(
        processingCountries(row, declaredOf.get(row.id) ?? []),
        (transfersOf.get(row.id) ?? []).map(transferFacts),
        today,
      ).length > 0;
    if (flag !== Boolean(row.transfer_flag)) {
      await setTransferFlag(db, row.id, flag);
      changed += 1;
    }
  }
  await markFlagsChecked(db, today);
  return changed;
}
