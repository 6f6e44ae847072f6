import { describe, expect, it } from 'vitest';
import { osloDate } from '../../src/shared/oslo';
import { requestTypes } from '../../src/shared/cases/rules';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { readCaseClock } from '../../src/main/core/cases/clock';
import { gateOf } from '../../src/main/core/cases/gate';
import type { CaseRow } from '../../src/main/core/cases/repository';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import { readSettings } from '../../src/main/core/settings/service';
import { testCore } from './support/core';

describe('demo cases', () => {
  it('cover every type and state, with due dates the engine agrees with and lawful closings', async () => {
    const core = await testCore('2026-11-20T09:00:00.000Z');
    await seedDemo(
      core,
      { seed: 11, password: 'demo password', inquiries: 0, cases: 600 },
      systemActor('test'),
      () => {},
    );
    const rows: CaseRow[] = await core.db('cases').select('*');
    const settings = await readSettings(core.db);
    const today = osloDate(core.clock.now());
    expect(rows).toHaveLength(600);
    expect(new Set(rows.map((row) => row.number)).size).toBe(600);
    for (const type of requestTypes)
      expect(
        rows.some((row) => row.request_types.includes(`,${type},`)),
        type,
      ).toBe(true);

    const statuses = new Set<string>();
    for (const row of rows) {
      const clock = readCaseClock(row, settings, today);
      expect(row.due_date, row.number).toBe(clock.storedDue);
      clock.statuses.forEach((status) => statuses.add(status));
      expect(row.received_date >= '2025-05-20' && row.received_date <= today, row.number).toBe(true);
      if (row.state === 'closed' && (row.outcome === 'granted' || row.outcome === 'partly-granted'))
        expect(gateOf(row).open, row.number).toBe(true);
      if (row.outcome === 'refused' || row.outcome === 'partly-granted') {
        expect(row.outcome_reasons, row.number).toBeTruthy();
        expect(Boolean(row.states_complaint_right && row.states_judicial_remedy), row.number).toBe(true);
      }
      if (row.closed_late) expect(row.late_reason, row.number).toBeTruthy();
      if (row.extended_at) expect(row.extension_told_on! <= clock.due.date, row.number).toBe(true);
    }
    expect([...statuses].sort()).toEqual([
      'awaiting-person',
      'due-soon',
      'extension-notice-needed',
      'overdue',
      'to-forward',
    ]);
    expect(rows.some((row) => row.extended_at)).toBe(true);
    expect(rows.some((row) => row.closed_late)).toBe(true);
    expect(rows.some((row) => row.capacity === 'processor' && row.forwarded_on)).toBe(true);
    expect(rows.filter((row) => row.state === 'open').length).toBeGreaterThan(30);
    expect((await verifyAuditChain(core)).ok).toBe(true);
  });
});
