import { describe, expect, it } from 'vitest';
import { say } from '../../src/shared/i18n/phrases';
import { runCli } from './support/cli';
import { officeOnSecondMarch, phoneCall } from './support/people';
import { expectError, expectOk } from './support/core';

/** Kari Nordmann in an inquiry, a deleted inquiry, a case, an organisation's contact and a file name. */
async function office() {
  const { core, agent, dpo, admin } = await officeOnSecondMarch();
  const first = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Kari Nordmann', { personPhone: '+47 912 34 567', personEmail: 'Kari@Example.no' }),
  );
  const request = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Kari Nordmann', {
      personEmail: 'kari@example.no',
      category: 'rights-request',
      summary: 'Wants her data',
    }),
  );
  const deleted = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Kari Nordmann', { personPhone: '91234567' }),
  );
  await expectOk(core, admin, 'inquiries.delete', { id: deleted.id, reason: 'Logged twice' });
  const other = await expectOk(
    core,
    agent,
    'inquiries.create',
    phoneCall('Ola Hansen', { personPhone: '41 00 00 00' }),
  );
  const opened = await expectOk(core, dpo, 'cases.openFromInquiry', {
    inquiryId: request.id,
    types: ['access'],
  });
  const organisation = await expectOk(core, admin, 'organisations.create', {
    name: 'Fjord Energi AS',
    country: 'NO',
    isCustomer: true,
    privacyContactName: 'Kari Nordmann',
    privacyContactEmail: 'kari@example.no',
  });
  await expectOk(core, admin, 'attachments.add', {
    ownerType: 'organisation',
    ownerId: organisation.id,
    fileName: 'Kari Nordmann signed.pdf',
    contentBase64: Buffer.from('%PDF-1.4 signed').toString('base64'),
  });
  return { core, agent, dpo, admin, first, request, deleted, other, opened, organisation };
}

describe('the person search', () => {
  it('finds one person by e-mail across inquiries (deleted too), cases, contacts, files and the audit log', async () => {
    const { core, admin, first, request, deleted, opened, organisation } = await office();
    const result = await expectOk(core, admin, 'people.find', { query: 'KARI@example.no' });
    const group = (kind: string) => result.groups.find((candidate) => candidate.kind === kind)!;
    expect(
      group('inquiry')
        .items.map((item) => [item.id, item.why, item.deleted])
        .sort(),
    ).toEqual(
      [
        [first.id, 'e-mail address', false],
        [request.id, 'e-mail address', false],
      ].sort(),
    );
    expect(group('case').items).toEqual([
      expect.objectContaining({
        id: opened.id,
        title: opened.number,
        why: 'e-mail address',
        path: `/cases/${opened.id}`,
      }),
    ]);
    expect(group('organisation').items).toEqual([
      expect.objectContaining({ id: organisation.id, why: "contact person's e-mail address" }),
    ]);
    // Why it matched, worded in bokmål too (the People screen words it in the reader's language).
    expect(say('nb', group('organisation').items[0]!.whyText)).toBe('kontaktpersonens e-postadresse');
    expect(say('nb', group('audit').items[0]!.titleText!)).toMatch(/^Oppføring \d+$/);
    expect(group('audit').total).toBeGreaterThan(0);
    expect(group('audit').items[0]).toMatchObject({
      why: 'e-mail address',
      path: expect.stringMatching(/^\/admin\/audit\?entityType=/),
    });

    // By name: the deleted inquiry and the file too, and nobody else.
    const byName = await expectOk(core, admin, 'people.find', { query: 'kari nordmann' });
    const names = byName.groups.find((candidate) => candidate.kind === 'inquiry')!;
    expect(names.items.map((item) => item.id).sort()).toEqual([first.id, request.id, deleted.id].sort());
    expect(names.items.find((item) => item.id === deleted.id)).toMatchObject({ deleted: true, why: 'name' });
    expect(byName.groups.find((candidate) => candidate.kind === 'attachment')?.items[0]).toMatchObject({
      title: 'Kari Nordmann signed.pdf',
      why: 'file name',
      path: `/registers/organisations/${organisation.id}`,
    });
    const file = byName.groups.find((candidate) => candidate.kind === 'attachment')!.items[0]!;
    expect(say('nb', file.detailText!)).toBe(`vedlegg til organisasjon ${organisation.id}`);
    // A case by the whole name and by a part of it, through the case search's trigram index.
    for (const query of ['kari nordmann', 'nordm'])
      expect(
        (await expectOk(core, admin, 'people.find', { query })).groups
          .find((candidate) => candidate.kind === 'case')
          ?.items.map((item) => item.id),
      ).toEqual([opened.id]);
  });

  it('finds a phone number with or without spaces and +47', async () => {
    const { core, dpo, first, deleted } = await office();
    for (const query of ['91234567', '912 34 567', '+47 912 34 567', '+4791234567']) {
      const result = await expectOk(core, dpo, 'people.find', { query });
      const inquiries = result.groups.find((group) => group.kind === 'inquiry')!;
      expect(inquiries.items.map((item) => item.id).sort(), query).toEqual([first.id, deleted.id].sort());
      expect(inquiries.items.every((item) => item.why === 'phone number')).toBe(true);
      // The DPO may not read the audit log: no group of it.
      expect(result.groups.map((group) => group.kind)).not.toContain('audit');
    }
  });

  it('refuses a query under two characters and anyone but the DPO and administrators; every search is audited', async () => {
    const { core, agent, dpo, admin } = await office();
    for (const query of ['', ' ', 'k'])
      expect(await expectError(core, dpo, 'people.find', { query })).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: 'query', message: expect.stringMatching(/at least two characters/) }],
      });
    expect((await expectError(core, agent, 'people.find', { query: 'kari' })).code).toBe('FORBIDDEN');
    await expectOk(core, dpo, 'people.find', { query: 'ola hansen' });
    const entries = await expectOk(core, admin, 'audit.list', { entityType: 'person', action: 'find' });
    expect(entries.rows[0]).toMatchObject({
      username: 'dpo',
      after: { query: 'ola hansen', found: expect.objectContaining({ inquiry: 1 }) },
    });
  });

  it("`privacy-desk person find` lists a demo e-mail address's inquiries, as JSON too", async () => {
    const { core, first, request } = await office();
    const cli = (...args: string[]) => runCli(['--db', core.database, '--data-dir', core.dir, ...args]);
    const json = await cli('person', 'find', 'kari@example.no', '--json');
    expect(json.code, json.err.join('\n')).toBe(0);
    const parsed = JSON.parse(json.out[0]) as {
      groups: Array<{ kind: string; items: Array<{ id: number }> }>;
    };
    expect(
      parsed.groups
        .find((group) => group.kind === 'inquiry')
        ?.items.map((item) => item.id)
        .sort(),
    ).toEqual([first.id, request.id].sort());
    const text = await cli('person', 'find', 'kari@example.no');
    expect(text.out[0]).toBe('Inquiries: 2');
    expect((await cli('person', 'find', 'k')).err.join(' ')).toMatch(/at least two characters/);
  });
});
