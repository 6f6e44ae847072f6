import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { systemActor } from '../../src/main/core/context';
import { dailyRetentionPurge, purgeRetention } from '../../src/main/core/retention/service';
import { runCli } from './support/cli';
import { finishTasks, verify } from './support/cases';
import { wrongRecipient } from './support/breaches';
import { supplierAgreement } from './support/agreements';
import {
  expectError,
  expectOk,
  signedIn,
  testCore,
  testEngine,
  testPassword,
  type TestCore,
} from './support/core';

const inquiry = (name: string, email: string, category: 'general' | 'rights-request' = 'general') => ({
  channel: 'phone' as const,
  receivedAt: '2025-01-06T08:30:00.000Z',
  onBehalfOfId: null,
  personName: name,
  personEmail: email,
  category,
  summary: `Called about the invoice (${name})`,
});

/**
 * An office on 6 January 2025 with five inquiries: two closed that day, one closed and then opened
 * as a case, one deleted, one still open. Then the clock moves 13 months on.
 */
async function office() {
  const core = await testCore('2025-01-06T09:00:00.000Z');
  const agent = await signedIn(core, ['agent'], 'agent1');
  const admin = await signedIn(core, ['admin'], 'admin');
  const dpo = await signedIn(core, ['dpo'], 'dpo');
  const ids: number[] = [];
  for (const [name, email] of [
    ['Kari Nordmann', 'kari@example.no'],
    ['Ola Hansen', 'ola@example.no'],
    ['Per Berg', 'per@example.no'],
    ['Siri Dahl', 'siri@example.no'],
    ['Nils Lie', 'nils@example.no'],
  ])
    ids.push(
      (
        await expectOk(
          core,
          agent,
          'inquiries.create',
          inquiry(name, email, name === 'Per Berg' ? 'rights-request' : 'general'),
        )
      ).id,
    );
  const [closedA, closedB, inCase, deleted] = ids;
  for (const id of [closedA, closedB])
    await expectOk(core, agent, 'inquiries.close', { id, outcome: 'Answered' });
  await expectOk(core, dpo, 'cases.openFromInquiry', { inquiryId: inCase, types: ['access'] });
  await expectOk(core, agent, 'inquiries.close', { id: inCase, outcome: 'Opened as a case' });
  core.clock.advance(10 * 60_000);
  await expectOk(core, admin, 'inquiries.delete', { id: deleted, reason: 'Logged twice by mistake' });
  core.clock.advance(395 * 24 * 60 * 60_000);
  // A year on, every window locked itself: unlock them.
  for (const session of [agent, admin, dpo])
    await expectOk(core, session, 'auth.unlock', { password: testPassword });
  return { core, agent, admin, dpo, ids };
}

async function inquiryIds(core: TestCore): Promise<number[]> {
  return (await core.db('inquiries').orderBy('id').pluck('id')).map(Number);
}

describe('the retention purge', () => {
  it('previews what goes and what is held, purges it with its audit payloads, and logs counts only', async () => {
    const { core, agent, admin, dpo, ids } = await office();
    const [closedA, closedB, inCase, deleted, open] = ids;
    expect((await expectError(core, agent, 'retention.preview', {})).code).toBe('FORBIDDEN');
    expect((await expectError(core, agent, 'retention.purge', {})).code).toBe('FORBIDDEN');

    const preview = await expectOk(core, dpo, 'retention.preview', {});
    const inquiries = preview.kinds.find((kind) => kind.kind === 'inquiry')!;
    expect(inquiries).toMatchObject({
      rule: 'Closed more than 12 months ago (before 05.02.2025), or deleted',
      due: 3,
      held: [{ reason: 'Belongs to a case: kept with the case', count: 1 }],
    });
    expect(inquiries.oldest.map((item) => [item.id, item.why])).toEqual([
      [closedA, 'closed'],
      [closedB, 'closed'],
      [deleted, 'deleted'],
    ]);
    // Counts and numbers only: no name leaves the preview.
    expect(JSON.stringify(preview)).not.toMatch(/Kari|Nordmann|example\.no/);
    expect(preview.runs).toEqual([]);

    const payloadsOf = (id: number) =>
      core
        .db('audit_log')
        .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
        .where({ entity_type: 'inquiry', entity_id: String(id) })
        .count({ n: '*' })
        .first();
    expect(Number((await payloadsOf(closedA))?.n)).toBeGreaterThan(0);

    await expectOk(core, dpo, 'retention.purge', {});
    expect(await inquiryIds(core)).toEqual([inCase, open]);
    for (const id of [closedA, closedB, deleted]) expect(Number((await payloadsOf(id))?.n)).toBe(0);
    // What the person search and an erasure find in the log went too.
    expect(
      await core
        .db('audit_subjects')
        .where({ kind: 'email', subject_key: 'kari@example.no' })
        .pluck('entry_id'),
    ).toEqual([]);
    expect(Number((await payloadsOf(inCase))?.n)).toBeGreaterThan(0);

    const after = await expectOk(core, admin, 'retention.preview', {});
    expect(after.kinds.find((kind) => kind.kind === 'inquiry')?.due).toBe(0);
    expect(after.runs).toEqual([
      expect.objectContaining({
        trigger: 'manual',
        by: 'dpo',
        state: 'done',
        counts: {
          inquiry: 3,
          attachment: 0,
          case: 0,
          breach: 0,
          agreement: 0,
          auditPayloads: expect.any(Number),
        },
      }),
    ]);
    const log = await core.db('retention_runs').select('*');
    expect(JSON.stringify(log)).not.toMatch(/Kari|Ola|Per|example/);

    const verified = await expectOk(core, admin, 'audit.verify', {});
    expect(verified).toMatchObject({ ok: true, redactions: [{ reason: 'retention' }] });
    expect(verified.redacted).toBe(after.runs[0].counts.auditPayloads);
  });

  it('deletes removed attachments and their files at the next purge, keeping an agreement’s evidence', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    const admin = await signedIn(core, ['admin'], 'admin');
    const organisation = await expectOk(core, admin, 'organisations.create', {
      name: 'Cloud Inc.',
      country: 'US',
      isSupplier: true,
    });
    const add = (fileName: string) =>
      expectOk(core, admin, 'attachments.add', {
        ownerType: 'organisation',
        ownerId: organisation.id,
        fileName,
        contentBase64: Buffer.from(`%PDF-1.4 ${fileName}`).toString('base64'),
      });
    const kept = await add('SOC 2 report.pdf');
    const removed = await add('Old contract.pdf');
    await expectOk(core, admin, 'attachments.remove', { id: removed.id, reason: 'Superseded' });
    const stored = (await core.db('attachments').where({ id: removed.id }).first('stored_name')).stored_name;
    const file = path.join(core.dir, 'attachments', stored);
    expect(fs.existsSync(file)).toBe(true);
    const preview = await expectOk(core, admin, 'retention.preview', {});
    expect(preview.kinds.find((kind) => kind.kind === 'attachment')).toMatchObject({
      due: 1,
      oldest: [{ id: removed.id, why: 'removed' }],
    });
    await expectOk(core, admin, 'retention.purge', {});
    expect(await core.db('attachments').pluck('id')).toEqual([kept.id]);
    expect(fs.existsSync(file)).toBe(false);
    expect((await expectOk(core, admin, 'retention.preview', {})).runs[0].counts).toMatchObject({
      attachment: 1,
    });
  });

  it('stopped halfway leaves each record purged or untouched, and the next run finishes the job', async () => {
    const { core, admin, ids } = await office();
    const [, closedB, inCase, , open] = ids;
    // The third batch fails (a full disk, a killed process): its deletion is rolled back.
    if (testEngine === 'sqlite')
      await core.db.raw(`CREATE TRIGGER fail_purge BEFORE DELETE ON inquiries WHEN old.id = ${closedB}
        BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    else {
      await core.db.raw(`CREATE FUNCTION fail_purge() RETURNS trigger AS $$
        BEGIN IF old.id = ${closedB} THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN old; END;
        $$ LANGUAGE plpgsql`);
      await core.db.raw(
        'CREATE TRIGGER fail_purge BEFORE DELETE ON inquiries FOR EACH ROW EXECUTE FUNCTION fail_purge()',
      );
    }
    // Batches of one: the deleted inquiry, then closedA, go; closedB's batch fails and is rolled back.
    await expect(purgeRetention(core, 'manual', systemActor('test'), { batchSize: 1 })).rejects.toThrow(
      /simulated failure/,
    );
    expect(await inquiryIds(core)).toEqual([closedB, inCase, open]);
    const [failed] = await core.db('retention_runs').select('state', 'counts_json');
    expect(failed.state).toBe('failed');
    expect(JSON.parse(failed.counts_json)).toMatchObject({ inquiry: 2 });
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true });
    await core.db.raw('DROP TRIGGER fail_purge' + (testEngine === 'sqlite' ? '' : ' ON inquiries'));
    const run = await purgeRetention(core, 'manual', systemActor('test'), { batchSize: 1 });
    expect(run).toMatchObject({ state: 'done', counts: { inquiry: 1 } });
    expect(await inquiryIds(core)).toEqual([inCase, open]);
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true });
    expect((await expectOk(core, admin, 'retention.preview', {})).kinds[0].due).toBe(0);
  });

  it('a long purge copies the log back between its batches, and search finds only what is left', async () => {
    const { core, admin, ids } = await office();
    const [closedA] = ids;
    // 450 more inquiries like the first, closed 13 months ago under names of their own.
    const { id: _id, ...template } = (await core.db('inquiries').where({ id: closedA }).first()) as Record<
      string,
      unknown
    >;
    const copies = Array.from({ length: 450 }, (_, index) => ({
      ...template,
      person_name: `Caller ${index} Expired`,
      person_email: `caller${index}@example.no`,
    }));
    for (let start = 0; start < copies.length; start += 50)
      await core.db('inquiries').insert(copies.slice(start, start + 50));
    const checkpoints: number[] = [];
    const run = await purgeRetention(core, 'manual', systemActor('test'), {
      batchSize: 50,
      onCheckpoint: (ms) => checkpoints.push(ms),
    });
    expect(run).toMatchObject({ state: 'done', counts: { inquiry: 453 } });
    // PostgreSQL writes its own checkpoints; on SQLite the purge copies the log back every 400 records.
    expect(checkpoints.length).toBe(testEngine === 'sqlite' ? 1 : 0);
    const found = async (q: string) =>
      (await expectOk(core, admin, 'inquiries.list', { q, pageSize: 50 })).rows.map(
        (row: { personName: string | null }) => row.personName,
      );
    expect(await found('Expired')).toEqual([]);
    expect(await found('Kari')).toEqual([]);
    expect(await found('Nils')).toEqual(['Nils Lie']);
    expect(await verifyAuditChain(core)).toMatchObject({ ok: true });
  });

  it('runs once a day on its own', async () => {
    const { core, ids } = await office();
    const first = await dailyRetentionPurge(core);
    expect(first).toMatchObject({
      trigger: 'daily',
      state: 'done',
      by: 'retention purge',
      counts: { inquiry: 3 },
    });
    expect(await dailyRetentionPurge(core)).toBeNull();
    core.clock.advance(24 * 60 * 60_000);
    expect(await dailyRetentionPurge(core)).toMatchObject({ counts: { inquiry: 0 } });
    expect(await inquiryIds(core)).toEqual([ids[2], ids[4]]);
  });

  it('`privacy-desk retention preview --json` and `retention purge --yes`; then `audit verify` passes', async () => {
    const { core } = await office();
    await core.env.audit.heads.flush();
    const cli = (...args: string[]) => runCli(['--db', core.database, '--data-dir', core.dir, ...args]);
    // The CLI runs on the real clock, long after January 2025: the closed inquiries are due there too.
    const preview = await cli('retention', 'preview', '--json');
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.out[0]).kinds[0]).toMatchObject({ kind: 'inquiry', due: 3 });
    const refused = await cli('retention', 'purge');
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toMatch(/add --yes/);
    expect(await inquiryIds(core)).toHaveLength(5);
    const purged = await cli('retention', 'purge', '--yes');
    expect(purged.code, purged.err.join('\n')).toBe(0);
    expect(purged.out[0]).toMatch(
      /^purged 3 inquiries, 0 attachments and 0 ended agreements; anonymised 0 closed cases and 0 breach records; \d+ audit payloads redacted/,
    );
    const verified = await cli('audit', 'verify');
    expect(verified.code).toBe(0);
    expect(verified.out).toContainEqual(expect.stringMatching(/payloads redacted: \d+ retention/));
  });

  it('anonymises closed cases and breaches, removes ended agreements and redacts old audit copies, respecting holds', async () => {
    const core = await testCore('2020-03-02T09:00:00.000Z');
    const dpo = await signedIn(core, ['dpo'], 'dina');
    const admin = await signedIn(core, ['admin'], 'kari');
    const office = { core, dpo, admin, agent: dpo };
    const person = (name: string) => ({
      personName: name,
      personEmail: `${name.split(' ')[0].toLowerCase()}@example.no`,
      types: ['access' as const],
      channel: 'email' as const,
      capacity: 'controller' as const,
      receivedDate: '2020-03-02',
    });
    const closed = async (name: string, fee = false) => {
      const { id } = await expectOk(core, dpo, 'cases.create', person(name));
      await verify(office, id);
      await finishTasks(office, id);
      await expectOk(core, dpo, 'cases.close', {
        id,
        outcome: 'granted',
        disclosesPersonalData: true,
        replyDate: '2020-03-02',
        replyChannel: 'email',
        ...(fee
          ? {
              manifestlyUnfounded: true,
              unfoundedJustification: 'The fourth full copy asked for this month.',
              unfoundedResponse: 'fee' as const,
              feeNok: 450,
              feeBasis: 'One and a half hours of work.',
            }
          : {}),
      });
      return id;
    };
    const plain = await closed('Kari Nordmann');
    await expectOk(core, dpo, 'cases.addNote', {
      id: plain,
      text: 'Kari Nordmann called back from 912 34 567.',
    });
    const withFee = await closed('Ola Hansen', true);
    const onHold = await closed('Per Berg');
    const stillOpen = (await expectOk(core, dpo, 'cases.create', person('Siri Dahl'))).id;
    await expectOk(core, dpo, 'attachments.add', {
      ownerType: 'case',
      ownerId: plain,
      fileName: 'Reply.pdf',
      contentBase64: Buffer.from('%PDF-1.4 reply').toString('base64'),
    });
    const breach = async () => {
      const { id } = await expectOk(
        core,
        dpo,
        'breaches.create',
        wrongRecipient({ awareAt: '2020-03-02T08:00:00.000Z' }),
      );
      await expectOk(core, dpo, 'breaches.assess', {
        id,
        risk: 'none',
        reasons: 'Encrypted with a strong key.',
        noNotificationReasons: 'Unlikely to result in a risk (Art. 33(1)).',
      });
      await expectOk(core, dpo, 'breaches.close', { id });
      return id;
    };
    const oldBreach = await breach();
    const heldBreach = await breach();
    const supplier = await expectOk(core, admin, 'organisations.create', {
      name: 'Cloudway Hosting Inc.',
      country: 'US',
      isSupplier: true,
    });
    const agreement = await expectOk(
      core,
      admin,
      'agreements.create',
      supplierAgreement(supplier.id, { signedOn: '2020-01-10', effectiveOn: '2020-01-15' }),
    );
    await expectOk(core, admin, 'agreements.terminate', {
      id: agreement.id,
      terminatedOn: '2020-03-01',
      endOfProcessing: 'deleted',
      endConfirmedOn: '2020-03-02',
    });
    await expectOk(core, dpo, 'legalHolds.place', {
      recordType: 'case',
      recordId: onHold,
      reason: 'Lawsuit',
    });
    await expectOk(core, dpo, 'legalHolds.place', {
      recordType: 'breach',
      recordId: heldBreach,
      reason: 'Complaint to Datatilsynet',
    });
    const moveTo = async (at: string) => {
      core.clock.set(at);
      for (const session of [dpo, admin])
        await expectOk(core, session, 'auth.unlock', { password: testPassword });
    };

    // Four years on: the plain closed case is past its 3 years; the fee is bookkeeping until 31.12.2025.
    await moveTo('2024-03-04T09:00:00.000Z');
    const preview = await expectOk(core, admin, 'retention.preview', {});
    const kind = (name: string) => preview.kinds.find((candidate) => candidate.kind === name)!;
    expect(kind('case')).toMatchObject({
      action: 'anonymise',
      due: 1,
      held: [
        { reason: 'Under a legal hold (Art. 17(3)(e))', count: 1 },
        { reason: 'Bookkeeping material: kept until 5 years after the end of its financial year', count: 1 },
      ],
      oldest: [{ id: plain, why: 'closed' }],
    });
    expect(kind('breach').due).toBe(0);
    expect(kind('agreement').due).toBe(0);
    expect(kind('auditPayload').due).toBe(0);
    await expectOk(core, admin, 'retention.purge', {});
    const name = async (id: number) => (await expectOk(core, dpo, 'cases.get', { id })).person.name;
    expect(await name(plain)).toBe('Anonymised');
    expect(await name(withFee)).toBe('Ola Hansen');
    expect(await name(onHold)).toBe('Per Berg');
    expect(await name(stillOpen)).toBe('Siri Dahl');
    expect(await core.db('attachments').where({ owner_type: 'case', owner_id: plain })).toEqual([]);
    // The timeline keeps when and which step, not what a line said (a note, a recipient may name her).
    const lines = (await expectOk(core, dpo, 'cases.get', { id: plain })).timeline;
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines.map((line) => line.summary))).toEqual(
      new Set(['Removed when the record was anonymised']),
    );
    expect(new Set(lines.map((line) => line.kind))).toContain('note');
    expect(JSON.stringify(await core.db('case_events').where({ case_id: plain }))).not.toMatch(/Kari|912/);
    expect(JSON.stringify((await expectOk(core, dpo, 'cases.get', { id: onHold })).timeline)).not.toContain(
      'anonymised',
    );
    // The statistics stay: the case is still counted, closed and granted.
    expect(await expectOk(core, dpo, 'cases.get', { id: plain })).toMatchObject({
      state: 'closed',
      closing: { outcome: 'granted' },
    });

    // Six years on: the fee's bookkeeping time is over, the breach record and the agreement are past
    // their 5 years, and so are the audit log's copies of 2020, except those about held records.
    await moveTo('2026-03-04T09:00:00.000Z');
    const later = await expectOk(core, admin, 'retention.preview', {});
    const laterKind = (name: string) => later.kinds.find((candidate) => candidate.kind === name)!;
    expect(laterKind('case')).toMatchObject({ due: 1, held: [{ count: 1 }] });
    expect(laterKind('breach')).toMatchObject({ due: 1, held: [{ count: 1 }], oldest: [{ id: oldBreach }] });
    expect(laterKind('agreement')).toMatchObject({ due: 1, oldest: [{ id: agreement.id, why: 'ended' }] });
    expect(laterKind('auditPayload').due).toBeGreaterThan(10);
    expect(laterKind('auditPayload').held[0].count).toBeGreaterThan(0);
    await expectOk(core, admin, 'retention.purge', {});
    expect(await name(withFee)).toBe('Anonymised');
    expect(await name(onHold)).toBe('Per Berg');
    expect((await expectOk(core, dpo, 'breaches.get', { id: oldBreach })).contactPoint).toBeNull();
    const breachLines = (await expectOk(core, dpo, 'breaches.get', { id: oldBreach })).timeline;
    expect(breachLines.length).toBeGreaterThan(0);
    expect(breachLines.every((line) => line.summary === 'Removed when the record was anonymised')).toBe(true);
    expect((await expectOk(core, dpo, 'breaches.get', { id: heldBreach })).contactPoint).not.toBeNull();
    expect(await core.db('agreements').where({ id: agreement.id }).first()).toBeUndefined();
    const after = await expectOk(core, admin, 'retention.preview', {});
    for (const candidate of after.kinds) expect([candidate.kind, candidate.due]).toEqual([candidate.kind, 0]);
    expect(after.runs[0].counts).toMatchObject({ case: 1, breach: 1, agreement: 1 });
    // The held case's history keeps its copies.
    const heldCopies = await core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ entity_type: 'case', entity_id: String(onHold) })
      .count({ n: '*' })
      .first();
    expect(Number(heldCopies?.n)).toBeGreaterThan(0);
    const verified = await expectOk(core, admin, 'audit.verify', {});
    expect(verified).toMatchObject({ ok: true, redactions: [{ reason: 'retention' }] });
  });
});
