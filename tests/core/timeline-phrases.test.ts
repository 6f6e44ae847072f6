import { describe, expect, it } from 'vitest';
import { migrations, sourceOf } from '../../migrations';
import { type Phrase, say } from '../../src/shared/i18n/phrases';
import type { Language } from '../../src/shared/i18n/languages';
import { breachOffice, moveTo, recordBreach } from './support/breaches';
import { caseOffice, type CaseOffice, details, finishTasks, openCase } from './support/cases';
import { expectOk } from './support/core';

interface Line {
  kind: string;
  summary: string;
  summaryText: Phrase | null;
}

/** The line as the timeline shows it to a reader of `language` (TimelinePanel, HistoryPanel). */
const shown = (language: Language, line: Line) =>
  line.summaryText ? say(language, line.summaryText) : line.summary;

/** Words of the English lines that no bokmål line has. */
const english =
  /\b(the|of|by|and|Case|opened|received|due|Changed|Identity|verified|Deadline|extended|told|Reasons?|Restricted|Restriction|lifted|Forwarded|customer|Closed|granted|reply|Erasure|erased|kept|deleted|Breach|recorded|aware|Assessed|notified|people|affected|Awaiting|Public|notice|individually|Ticked|Task|done|added|Assigned)\b/;

/** A task's or a checklist item's label is the template's own text, cited as the template words it. */
function withoutLabels(line: Line): string {
  const params = line.summaryText?.params ?? {};
  return [params.task, params.item].reduce<string>(
    (text, label) => (typeof label === 'string' ? text.replace(label, '…') : text),
    shown('nb', line),
  );
}

function expectBokmål(lines: readonly Line[]) {
  for (const line of lines) {
    expect(line.summaryText, line.summary).not.toBeNull();
    expect(withoutLabels(line), line.summary).not.toMatch(english);
    // The English reader reads what was stored, word for word.
    expect(shown('en', line)).toBe(line.summary);
  }
}

async function verifyInBokmål(office: CaseOffice, id: number) {
  const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
  for (const item of detail.verification.items)
    await expectOk(office.core, office.dpo, 'cases.tickVerificationItem', {
      id,
      itemId: item.id,
      ticked: true,
    });
  await expectOk(office.core, office.dpo, 'cases.decideVerification', {
    id,
    result: 'verified',
    method: 'callback',
    reason: 'Ringt tilbake på registrert nummer; kundenummer og adresse stemte.',
  });
}

describe('a timeline’s lines in the reader’s language', () => {
  it('gives a bokmål reader every line of a case in bokmål, and an English reader the English as written', async () => {
    const office = await caseOffice();
    const { core, dpo, admin } = office;
    const id = await openCase(office, { types: ['access', 'restriction'] });
    await expectOk(core, dpo, 'cases.update', {
      id,
      changes: details({ types: ['access', 'restriction'], priority: 'high', channel: 'email' }),
    });
    await verifyInBokmål(office, id);
    await expectOk(core, dpo, 'cases.extend', {
      id,
      decidedOn: '2026-03-02',
      personToldOn: '2026-03-02',
      noticeChannel: 'email',
      reasons: 'Seks års samtaleopptak må gjennomgås.',
    });
    const restricted = await expectOk(core, dpo, 'cases.restrict', {
      id,
      what: 'Kundeprofilen (adressen bestrides)',
      ground: '18-1-a',
      since: '2026-03-02',
    });
    await expectOk(core, dpo, 'cases.liftRestriction', {
      id,
      restrictionId: restricted.restrictions[0].id,
      personToldOn: '2026-03-02',
      personToldHow: 'Brev',
      liftedOn: '2026-03-02',
      reason: 'Adressen er kontrollert og stemmer.',
    });
    await finishTasks(office, id);
    await expectOk(core, dpo, 'cases.close', {
      id,
      outcome: 'granted',
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });

    const customerId = (
      await expectOk(core, admin, 'organisations.create', {
        name: 'Fjord Energi AS',
        country: 'NO',
        isCustomer: true,
      })
    ).id;
    const forwarded = await openCase(office, { capacity: 'processor', customerId });
    await expectOk(core, dpo, 'cases.recordForwarding', {
      id: forwarded,
      forwardedOn: '2026-03-02',
      to: 'personvern@fjord.example',
      how: 'email',
      customerDeadline: '2026-03-20',
    });

    const timeline = [
      ...(await expectOk(core, dpo, 'cases.get', { id })).timeline,
      ...(await expectOk(core, dpo, 'cases.get', { id: forwarded })).timeline,
    ];
    expect(new Set(timeline.map((line) => line.kind))).toEqual(
      new Set([
        'created',
        'updated',
        'verification',
        'extension',
        'restriction',
        'task',
        'closed',
        'forwarding',
      ]),
    );
    expectBokmål(timeline);
    const opened = timeline.find((line) => line.kind === 'created')!;
    expect(opened.summary).toMatch(
      /^Case opened for access, restriction, received 02\.03\.2026 by phone; due /,
    );
    expect(shown('nb', opened)).toMatch(
      /^Sak åpnet for innsyn, begrensning, mottatt 02\.03\.2026 via telefon; frist \d\d\.\d\d\.2026/,
    );
    const closed = timeline.find((line) => line.kind === 'closed')!;
    expect(closed.summary).toBe(
      'Closed: granted in full, reply of 02.03.2026 by letter to the address on file',
    );
    expect(shown('nb', closed)).toBe(
      'Avsluttet: innvilget, svar datert 02.03.2026 via brev til registrert adresse',
    );
    expect(
      shown(
        'nb',
        timeline.find((line) => line.kind === 'updated')!,
      ),
    ).toBe(
      'Endret: kanal Telefon → E-post; prioritet Normal → Høy. Sjekklisten for identitetskontroll ble valgt på nytt for den nye forespørselen.',
    );
  });

  it('words the erasure carried out for a case in bokmål', async () => {
    const office = await caseOffice();
    const { core, agent, dpo } = office;
    await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-02T08:30:00.000Z',
      onBehalfOfId: null,
      personName: 'Kari Nordmann',
      personEmail: 'kari@example.no',
      category: 'general',
      summary: 'Spurte om fakturaen',
    });
    const id = await openCase(office, { types: ['erasure'] });
    const found = await expectOk(core, dpo, 'people.find', { query: 'kari@example.no' });
    const inquiries = found.groups.filter((group) => group.kind === 'inquiry');
    await expectOk(core, dpo, 'people.erase', {
      items: inquiries.flatMap((group) => group.items.map((item) => ({ kind: group.kind, id: item.id }))),
      caseId: id,
      reason: 'Personen ba om sletting',
    });
    const [erasure] = (await expectOk(core, dpo, 'cases.get', { id })).timeline;
    expect(erasure.summary).toMatch(/^Erasure carried out: 1 erased, 0 anonymised, 0 kept and restricted, /);
    expectBokmål([erasure]);
    expect(shown('nb', erasure)).toMatch(
      /^Sletting utført: 1 slettet, 0 anonymisert, 0 beholdt og begrenset, /,
    );
  });

  it('gives a bokmål reader every line of a breach in bokmål', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const told = await recordBreach(office, { dataTypes: ['contact', 'health'] });
    moveTo(office, '2026-03-13T09:00:00.000Z');
    await expectOk(core, dpo, 'breaches.assess', {
      id: told,
      risk: 'high',
      reasons: 'Helseopplysninger om 240 innringere kom på avveie.',
    });
    await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id: told,
      phase: 'initial',
      sentAt: '2026-03-13T08:30:00.000Z',
      reference: '26/01234',
      sentBy: 'Dina Berg',
    });
    await expectOk(core, dpo, 'breaches.recordSubjectsTold', {
      id: told,
      toldAt: '2026-03-13T08:45:00.000Z',
      how: 'email',
      count: 1240,
      message: 'Hva som skjedde, og hva de kan gjøre.',
    });
    const excepted = await recordBreach(office, { awareAt: '2026-03-13T08:00:00.000Z' });
    await expectOk(core, dpo, 'breaches.assess', { id: excepted, risk: 'high', reasons: 'Mange berørte.' });
    await expectOk(core, dpo, 'breaches.recordSubjectsException', {
      id: excepted,
      exception: 'disproportionate',
      explanation: 'Adressene er ukjente.',
      publicNoticeAt: '2026-03-13T08:50:00.000Z',
      publicNoticeWhere: 'weassist.no',
    });

    const timeline = [
      ...(await expectOk(core, dpo, 'breaches.get', { id: told })).timeline,
      ...(await expectOk(core, dpo, 'breaches.get', { id: excepted })).timeline,
    ];
    expect(timeline.map((line) => line.kind).sort()).toEqual(
      ['assessed', 'assessed', 'created', 'created', 'notified', 'subjects', 'subjects'].sort(),
    );
    expectBokmål(timeline);
    const notified = timeline.find((line) => line.kind === 'notified')!;
    expect(notified.summary).toBe(
      'Datatilsynet notified: initial (more to follow), 13.03.2026 09:30, reference 26/01234, by Dina Berg. In time.',
    );
    expect(shown('nb', notified)).toBe(
      'Datatilsynet varslet: foreløpig (mer følger), 13.03.2026 09:30, referanse 26/01234, av Dina Berg. I tide.',
    );
    const people = timeline.find((line) => line.summary.startsWith('The people affected were told'))!;
    expect(people.summary).toBe('The people affected were told 13.03.2026 09:45 by e-mail (1,240 people).');
    expect(shown('nb', people)).toBe(
      'De registrerte ble underrettet 13.03.2026 09:45 via e-post (1\u00a0240 personer).',
    );
  });

  it('still reads a line written before 080, and falls back when a stored phrase is not one it knows', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    const id = await openCase(office);
    const old = {
      case_id: id,
      at: '2026-03-02T09:30:00.000Z',
      actor_id: null,
      actor_name: 'Dina',
      kind: 'task',
    };
    await core.db('case_events').insert([
      { ...old, summary: 'Task added: Ring kunden' },
      {
        ...old,
        at: '2026-03-02T09:31:00.000Z',
        summary: 'Task done: Svar',
        summary_phrase: '{"key":"nope:gone"}',
      },
      {
        ...old,
        at: '2026-03-02T09:32:00.000Z',
        summary: 'Something only English wrote',
        summary_phrase: 'not json',
      },
    ]);
    const [unknown, fallback, before] = (await expectOk(core, dpo, 'cases.get', { id })).timeline;
    expect(shown('nb', before)).toBe('Oppgave lagt til: Ring kunden');
    expect(shown('nb', fallback)).toBe('Oppgave utført: Svar');
    expect(unknown.summaryText).toBeNull();
    expect(shown('nb', unknown)).toBe('Something only English wrote');
  });

  it('rolls 080 back, keeping the lines and their English', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    const id = await openCase(office);
    const source = { migrationSource: sourceOf(migrations), tableName: 'knex_migrations' };
    const [, undone] = (await core.db.migrate.down({ ...source, name: '080_event_phrases' })) as [
      number,
      string[],
    ];
    expect(undone).toEqual(['080_event_phrases']);
    expect(await core.db.schema.hasColumn('case_events', 'summary_phrase')).toBe(false);
    expect(await core.db.schema.hasColumn('breach_events', 'summary_phrase')).toBe(false);
    expect(await core.db('case_events').where({ case_id: id }).pluck('summary')).toEqual([
      expect.stringMatching(/^Case opened for access/),
    ]);
    await core.db.migrate.up(source);
    expect(await core.db.schema.hasColumn('case_events', 'summary_phrase')).toBe(true);
    const [line] = (await expectOk(core, dpo, 'cases.get', { id })).timeline;
    expect(line.summaryText).toBeNull();
    expect(line.summary).toMatch(/^Case opened for access/);
  });
});
