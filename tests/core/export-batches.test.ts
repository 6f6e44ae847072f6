import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { runAsSystem } from '../../src/main/core/core';
import * as batches from '../../src/main/core/db/batches';
import { exportPageOfInquiries, type NamedInquiryRow } from '../../src/main/core/inquiries/repository';
import type { Session } from '../../src/main/core/session';
import { agreementOffice, customerAgreement, supplierAgreement } from './support/agreements';
import { wrongRecipient } from './support/breaches';
import { accessByPhone } from './support/cases';
import { expectOk, signedIn, type TestCore, testCore } from './support/core';

const { answerAfterCommit, readInBatches, workAfterCommit } = batches;

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

/**
 * Issue 15: every export and report answers after its call committed, so another desk's write gets
 * through while it runs. Each export here is held once its call has committed (before it reads its
 * rows); an agent's write must then complete, and the export, released, must still be whole.
 */
async function besideAWrite<T>(
  run: () => Promise<T>,
  write: () => Promise<unknown>,
): Promise<{ answer: T; written: unknown }> {
  const original = batches.answerAfterCommit;
  let reached!: () => void;
  const held = new Promise<void>((resolve) => (reached = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const spy = vi.spyOn(batches, 'answerAfterCommit').mockImplementation((work) =>
    original(async (after) => {
      reached();
      await released;
      return work(after);
    }),
  );
  try {
    const running = run();
    const first = await Promise.race([held.then(() => 'held'), running.then(() => 'answered')]);
    expect(first, 'the export answers after its call committed').toBe('held');
    const written = await write();
    release();
    return { answer: await running, written };
  } finally {
    release();
    spy.mockRestore();
  }
}

async function office() {
  const o = await agreementOffice();
  await expectOk(o.core, o.dpo, 'auth.setLanguage', { language: 'en' });
  for (const [index, organisationId] of [o.cloud.id, o.payroll.id, o.india.id].entries())
    await expectOk(
      o.core,
      o.admin,
      'agreements.create',
      supplierAgreement(organisationId, { title: `Supplier ${index}` }),
    );
  await expectOk(o.core, o.admin, 'agreements.create', customerAgreement(o.customer.id));
  for (let index = 0; index < 3; index++)
    await expectOk(
      o.core,
      o.dpo,
      'breaches.create',
      wrongRecipient({ title: `Breach ${index}`, awareAt: `2026-02-2${index}T10:00:00.000Z` }),
    );
  for (let index = 0; index < 3; index++)
    await expectOk(
      o.core,
      o.dpo,
      'cases.create',
      accessByPhone({ receivedDate: '2026-01-05', personName: `Person ${index}` }),
    );
  const inquiry = await expectOk(o.core, o.agent, 'inquiries.create', {
    channel: 'email',
    receivedAt: '2026-03-02T08:00:00.000Z',
    onBehalfOfId: null,
    personEmail: 'kari@example.no',
    category: 'rights-request',
    summary: 'Wants a copy of her data',
  });
  return { ...o, inquiry };
}

/** An agent logs a call: the write that must not wait for an export. */
function logCall(core: TestCore, agent: Session, summary: string) {
  return () =>
    expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:30:00.000Z',
      onBehalfOfId: null,
      personName: 'Ola Nordmann',
      personPhone: '+47 913 45 678',
      category: 'general',
      summary,
    });
}

const csvLines = (base64: string) =>
  Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

async function sheetOf(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('exports and reports beside other desks’ writes', () => {
  it('the breach register: a breach reported meanwhile is in it, every breach once', async () => {
    const o = await office();
    const { answer } = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'breaches.export', { format: 'csv', state: 'all' }),
      () =>
        expectOk(
          o.core,
          o.dpo,
          'breaches.create',
          wrongRecipient({ title: 'Reported meanwhile', awareAt: '2026-03-01T10:00:00.000Z' }),
        ),
    );
    const lines = csvLines(answer.base64);
    expect(lines[0]).toMatch(/^Breach,Title,State/);
    const numbers = lines.slice(1).map((line) => line.split(',')[0]);
    expect(numbers).toHaveLength(4);
    expect(new Set(numbers).size).toBe(4);
    expect(lines.join('\n')).toContain('Reported meanwhile');
  });

  it('the agreements register: complete, by reference', async () => {
    const o = await office();
    const { answer, written } = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'agreements.export', { format: 'csv' }),
      logCall(o.core, o.agent, 'Asked about the register'),
    );
    expect(written).toMatchObject({ summary: 'Asked about the register' });
    const references = csvLines(answer.base64)
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(references).toHaveLength(4);
    expect(references).toEqual([...references].sort());
  });

  it('the record of processing, as XLSX and as PDF', async () => {
    const o = await office();
    const counted = await o.core.db('processing_activities').count({ records: '*' }).first();
    const records = Number(counted?.records);
    const xlsx = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'processing.export', { format: 'xlsx' }),
      logCall(o.core, o.agent, 'During the XLSX'),
    );
    const sheet = await sheetOf(xlsx.answer.base64);
    expect(sheet.rowCount).toBe(records + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Reference');
    const pdf = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'processing.export', { format: 'pdf' }),
      logCall(o.core, o.agent, 'During the PDF'),
    );
    expect(Buffer.from(pdf.answer.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a dashboard list: every overdue case', async () => {
    const o = await office();
    const { answer } = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'dashboard.export', { urgency: 'overdue', format: 'csv' }),
      logCall(o.core, o.agent, 'During the dashboard export'),
    );
    const lines = csvLines(answer.base64);
    expect(lines[0]).toBe('Urgency,Group,Kind,Item,Due,Due at (Oslo),Details');
    expect(
      lines.slice(1).filter((line) => line.startsWith('Overdue,Legal deadlines,Rights request')),
    ).toHaveLength(3);
  });

  it('the annual report', async () => {
    const o = await office();
    const { answer } = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'reports.annual', { year: 2026 }),
      logCall(o.core, o.agent, 'During the annual report'),
    );
    expect(answer.fileName).toBe('privacy-report-2026.pdf');
    expect(Buffer.from(answer.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the access report, and the one kept on a case in a transaction of its own after the reading', async () => {
    const o = await office();
    const selection = {
      items: [{ kind: 'inquiry' as const, id: o.inquiry.id }],
      queries: ['kari@example.no'],
    };
    const { answer } = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'people.report', { selection, language: 'en' }),
      logCall(o.core, o.agent, 'During the access report'),
    );
    expect(answer.counts.find((count) => count.kind === 'inquiry')).toEqual({ kind: 'inquiry', count: 1 });

    const caseId = (await expectOk(o.core, o.dpo, 'cases.list', {})).rows[0]!.id;
    const kept = await besideAWrite(
      () => expectOk(o.core, o.dpo, 'people.reportToCase', { caseId, selection, language: 'en' }),
      async () => {
        await logCall(o.core, o.agent, 'During the report for a case')();
        // Nothing is kept on the case before the report has been read.
        return expectOk(o.core, o.dpo, 'attachments.list', { ownerType: 'case', ownerId: caseId });
      },
    );
    expect(kept.written).toEqual([]);
    expect(kept.answer.documents).toHaveLength(2);
    const documents = await expectOk(o.core, o.dpo, 'attachments.list', {
      ownerType: 'case',
      ownerId: caseId,
    });
    expect(documents).toHaveLength(2);
  });

  it('reads the new exports’ keyset pages whole, in order, whatever the page size', async () => {
    const o = await office();
    const { exportPageOfBreaches } = await import('../../src/main/core/breaches/repository');
    const { exportPageOfAgreements } = await import('../../src/main/core/agreements/list-repository');
    const { exportPageOfActivities } = await import('../../src/main/core/processing/repository');
    const db = o.core.env.database;
    const now = '2026-03-02T09:00:00.000Z';
    const filter = { state: 'all' as const };
    const pages = {
      breaches: (after: { id: number; aware_at: string } | null, limit: number) =>
        exportPageOfBreaches(db, filter, now, after, limit),
      agreements: (after: { id: number; reference: string } | null, limit: number) =>
        exportPageOfAgreements(db, {}, '2026-03-02', after, limit),
      processing: (after: { id: number } | null, limit: number) =>
        exportPageOfActivities(db, false, after?.id ?? null, limit),
    };
    for (const [name, page] of Object.entries(pages)) {
      const read = page as (after: never, limit: number) => Promise<Array<{ id: number }>>;
      const whole = await read(null as never, 1_000);
      expect(whole.length, name).toBeGreaterThan(2);
      for (const size of [1, 2, 3])
        expect(
          (await readInBatches<{ id: number }>((after, limit) => read(after as never, limit), size)).map(
            (row) => row.id,
          ),
          `${name} in pages of ${size}`,
        ).toEqual(whole.map((row) => row.id));
    }
  });
});

/**
 * How late a timer set to fire every 10 ms fires at worst while `run` runs: how long the event
 * loop was held in one go, so how long another desk's call would have waited for it. On a shared
 * machine the process also waits for a core, which is not the export's doing, so each delay counts
 * at most the process's CPU time over it (all of the loop's work, and more).
 */
async function longestHold(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let cpu = process.cpuUsage();
  let worst = 0;
  const tick = () => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    worst = Math.max(worst, Math.min(now - last - 10, (used.user + used.system) / 1000));
    last = now;
    cpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 10);
  try {
    await run();
  } finally {
    clearInterval(timer);
    tick();
  }
  return worst;
}

describe('an export never holds the event loop (issue 15)', () => {
  // 20,000 rows: before the rows were made into the file a page at a time, the CSV alone held the
  // loop for seconds in one go. A page of the file takes 10-30 ms of CPU; 200 ms leaves room for a
  // garbage collection and for the first page's compiling.
  const rows = 20_000;
  const bound = 200;

  it(
    'a timer every 10 ms is never late by more than 200 ms during a 20,000-row export, CSV or XLSX',
    {
      timeout: 240_000,
    },
    async () => {
      const core = await testCore();
      const dpo = await signedIn(core, ['dpo'], 'dpo');
      const agent = await signedIn(core, ['agent'], 'agent1');
      const made = await expectOk(core, agent, 'inquiries.create', {
        channel: 'email',
        receivedAt: '2026-03-02T08:00:00.000Z',
        onBehalfOfId: null,
        personName: 'Kari Nordmann',
        personEmail: 'kari@example.no',
        category: 'general',
        summary: 'Asked what is kept about her, and for how long',
        notes: 'Sent the privacy statement and the form for an access request.',
      });
      const { id: _id, ...original } = (await core.db('inquiries').where({ id: made.id }).first()) as {
        id: number;
        received_at: string;
      };
      const copies = Array.from({ length: rows - 1 }, (_, index) => ({
        ...original,
        received_at: new Date(Date.parse('2026-03-01T08:00:00.000Z') - index * 60_000).toISOString(),
      }));
      await core.db.transaction((trx) => trx.batchInsert('inquiries', copies, 500));

      const held: Record<string, number> = {};
      for (const format of ['csv', 'xlsx'] as const) {
        let base64 = '';
        held[format] = Math.round(
          await longestHold(async () => {
            ({ base64 } = await expectOk(core, dpo, 'inquiries.export', { format }));
          }),
        );
        const lines = format === 'csv' ? csvLines(base64).length : (await sheetOf(base64)).rowCount;
        expect(lines, `${format}: every row and the header`).toBe(rows + 1);
      }
      const longest = Math.max(...Object.values(held));
      expect(longest, `the longest the event loop was held (ms): ${JSON.stringify(held)}`).toBeLessThan(
        bound,
      );
    },
  );
});
