import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/core';
import { runCli } from './support/cli';
import { officeDatabase, tempDir, testPassword } from './support/core';

const env = { PRIVACY_DESK_PASSWORD: testPassword };

/** A seeded office and the reference of one of its agreements. */
async function seededOffice() {
  const dir = tempDir();
  const db = await officeDatabase(dir);
  const seeded = await runCli(
    ['--db', db, '--data-dir', dir, 'seed-demo', '--inquiries', '3', '--cases', '0'],
    { env },
  );
  expect(seeded.code).toBe(0);
  const core = await openCore({ database: db, dataDir: dir });
  try {
    const agreement: { reference: string } = await core.db('agreements').orderBy('id').first('reference');
    return { base: ['--db', db, '--data-dir', dir], dir, db, reference: agreement.reference };
  } finally {
    await core.close();
  }
}

describe('privacy-desk holds', () => {
  it('places, lists and lifts a legal hold on an inquiry and an agreement, by the names people use', async () => {
    const { base, reference } = await seededOffice();
    const reason = 'Complaint to Datatilsynet pending (ref. 26/01234)';

    const placed = await runCli([...base, 'holds', 'place', '--inquiry', 'INQ-000002', '--reason', reason]);
    expect(placed).toMatchObject({
      code: 0,
      out: [expect.stringMatching(/^placed legal hold #\d+ on inquiry INQ-000002$/)],
    });
    const holdId = /#(\d+)/.exec(placed.out[0])![1];

    const second = await runCli([...base, 'holds', 'place', '--inquiry', '2', '--reason', 'Again']);
    expect(second.code).toBe(1);
    expect(second.err.join('\n')).toContain('already under a legal hold');

    const listed = await runCli([...base, 'holds', 'list', '--inquiry', 'INQ-000002', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out[0])).toEqual([
      expect.objectContaining({ id: Number(holdId), reason, liftedAt: null }),
    ]);

    expect(await runCli([...base, 'holds', 'lift', '--id', holdId])).toMatchObject({
      code: 0,
      out: [`lifted legal hold #${holdId}`],
    });
    const lifted = await runCli([...base, 'holds', 'list', '--inquiry', 'INQ-000002']);
    expect(lifted.out[0]).toMatch(
      new RegExp(`^#${holdId} placed .* lifted .*: ${reason.replace(/[()]/g, '\\$&')}$`),
    );
    const again = await runCli([...base, 'holds', 'lift', '--id', holdId]);
    expect(again.code).toBe(1);

    expect(
      (await runCli([...base, 'holds', 'place', '--agreement', reference, '--reason', reason])).code,
    ).toBe(0);
    expect((await runCli([...base, 'holds', 'list', '--agreement', reference])).out[0]).toContain(
      '(standing)',
    );
  });

  it('refuses a missing record, two records, no reason and a bad hold number, changing nothing', async () => {
    const { base } = await seededOffice();
    const missing = await runCli([...base, 'holds', 'place', '--case', '2026-9999', '--reason', 'Lawsuit']);
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('2026-9999');
    expect((await runCli([...base, 'holds', 'list', '--inquiry', 'INQ-999999'])).code).toBe(1);
    expect((await runCli([...base, 'holds', 'list', '--inquiry', 'someone'])).code).toBe(1);

    const two = await runCli([...base, 'holds', 'list', '--inquiry', '1', '--case', '2026-0001']);
    expect(two.code).toBe(2);
    expect(two.err.join('\n')).toContain('Name one record');
    const none = await runCli([...base, 'holds', 'list']);
    expect(none.code).toBe(2);
    const noReason = await runCli([...base, 'holds', 'place', '--inquiry', '1', '--reason', '  ']);
    expect(noReason.code).toBe(2);
    const tooLong = await runCli([...base, 'holds', 'place', '--inquiry', '1', '--reason', 'x'.repeat(501)]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.err.join('\n')).toMatch(/^reason: /);
    expect((await runCli([...base, 'holds', 'lift', '--id', 'abc'])).code).toBe(2);
    expect((await runCli([...base, 'holds', 'lift', '--id', '4242'])).code).toBe(1);
    expect((await runCli([...base, 'holds', 'list', '--inquiry', '1'])).out).toEqual([
      'Inquiry 1 has no legal hold.',
    ]);
  });
});
