import { describe, expect, it } from 'vitest';
import { runAsSystem } from '../../src/main/core/core';
import { answerAfterCommit, readInBatches, workAfterCommit } from '../../src/main/core/db/batches';
import { exportPageOfInquiries, type NamedInquiryRow } from '../../src/main/core/inquiries/repository';
import { expectOk, signedIn, testCore } from './support/core';

const times = [
  '2026-03-02T08:00:00.000Z',
  '2026-03-02T08:00:00.000Z',
  '2026-03-02T08:00:00.000Z',
  '2026-03-01T12:00:00.000Z',
  '2026-03-02T08:30:00.000Z',
  '2026-03-02T08:00:00.000Z',
  '2026-02-27T10:00:00.000Z',
];

describe('long reads in batches (exports never hold the connection)', () => {
  it('reads every row once, in the export’s order, across pages with equal received times', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'agent1');
    for (const [index, receivedAt] of times.entries()) {
      await expectOk(core, agent, 'inquiries.create', {
        channel: 'phone',
        receivedAt,
        onBehalfOfId: null,
        personName: `Person ${index}`,
        personPhone: '+47 912 34 567',
        category: 'general',
        summary: `Inquiry ${index}`,
      });
    }
    const scope = { kind: 'all' } as const;
    const whole = await exportPageOfInquiries(core.env.database, {}, scope, '2026-03-02', null, 1_000);
    expect(whole).toHaveLength(times.length);
    for (const size of [1, 2, 3, 7]) {
      const paged = await readInBatches<NamedInquiryRow>(
        (after, limit) => exportPageOfInquiries(core.env.database, {}, scope, '2026-03-02', after, limit),
        size,
      );
      expect(
        paged.map((row) => row.id),
        `pages of ${size}`,
      ).toEqual(whole.map((row) => row.id));
    }
    expect(whole.map((row) => row.summary).slice(0, 2)).toEqual(['Inquiry 4', 'Inquiry 5']);
  });

  it('answers an export after its transaction committed, through dispatch and the CLI’s runAsSystem', async () => {
    const core = await testCore();
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const agent = await signedIn(core, ['agent'], 'agent1');
    await expectOk(core, agent, 'inquiries.create', {
      channel: 'email',
      receivedAt: '2026-03-02T08:00:00.000Z',
      onBehalfOfId: null,
      personEmail: 'kari@example.no',
      category: 'general',
      summary: 'Asked about recordings',
    });
    const file = await expectOk(core, dpo, 'inquiries.export', { format: 'csv' });
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Asked about recordings');

    const answer = await runAsSystem(core, 'test', async (ctx) => {
      const transaction = ctx.db as { isCompleted(): boolean };
      return answerAfterCommit(async () => (transaction.isCompleted() ? 'after commit' : 'inside'));
    });
    expect(answer).toBe('after commit');
    expect(workAfterCommit({ rows: [] })).toBeNull();
  });
});
