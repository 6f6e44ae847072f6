import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src/shared/contract';
import { languages } from '../../src/shared/i18n/languages';
import { templateKinds } from '../../src/shared/letters/rules';
import { customer, breachOffice, recordBreach } from './support/breaches';
import { caseOffice, type CaseOffice, grant, openCase, passDays } from './support/cases';
import { expectError, expectOk, tempDir } from './support/core';

/** The text of a PDF as pdftotext reads it, its lines' spacing folded, so phrases match across line ends. */
function pdfText(base64: string): string {
  const file = path.join(tempDir(), 'letter.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}

async function madeText(office: CaseOffice | Awaited<ReturnType<typeof breachOffice>>, attachmentId: number) {
  const file = await expectOk(office.core, office.dpo, 'attachments.download', { id: attachmentId });
  expect(file.mediaType).toBe('application/pdf');
  return pdfText(file.base64);
}

type Draft = ChannelInput<'letters.draft'>;

/** Drafts a letter, then makes it from the text as drafted. */
async function makeAsDrafted(
  office: CaseOffice,
  request: Draft,
  extra: Partial<ChannelInput<'letters.make'>> = {},
) {
  const draft = await expectOk(office.core, office.dpo, 'letters.draft', request);
  const made = await expectOk(office.core, office.dpo, 'letters.make', {
    ...request,
    channel: draft.defaultChannel,
    subject: draft.subject,
    body: draft.body,
    ...extra,
  });
  return { draft, made, text: await madeText(office, made.attachment.id) };
}

const withAddress = { personAddress: 'Storgata 1, 0182 Oslo' };

describe('letter templates (Administration → Letters)', () => {
  it('ship every kind in bokmål and English; an administrator edits one, previews it and restores the default', async () => {
    const office = await caseOffice();
    const templates = await expectOk(office.core, office.admin, 'letters.templates', {});
    expect(templates).toHaveLength(templateKinds.length * languages.length);
    expect(templates.every((template) => !template.edited)).toBe(true);
    const refusalNb = templates.find((entry) => entry.kind === 'refusal' && entry.language === 'nb');
    expect(refusalNb?.body).toContain('{{complaintRights}}');

    const acknowledgement = templates.find(
      (entry) => entry.kind === 'acknowledgement' && entry.language === 'nb',
    )!;
    const body = `${acknowledgement.body}\n\nPS: Saken {{caseNumber}} behandles av {{senderName}}.`;
    const preview = await expectOk(office.core, office.admin, 'letters.previewTemplate', {
      kind: 'acknowledgement',
      language: 'nb',
      subject: acknowledgement.subject,
      body,
    });
    expect(preview.subject).toBe('Vi har mottatt henvendelsen din – sak 2026-0042');
    expect(preview.body).toContain('Hei Kari Nordmann,');
    expect(preview.body).toContain('PS: Saken 2026-0042 behandles av Test kari.');
    expect(preview.body).not.toContain('{{');

    const saved = await expectOk(office.core, office.admin, 'letters.saveTemplate', {
      kind: 'acknowledgement',
      language: 'nb',
      subject: acknowledgement.subject,
      body,
    });
    expect(saved).toMatchObject({ edited: true, body, updatedBy: 'Test kari' });
    expect(saved.defaultBody).toBe(acknowledgement.body);

    // The edited text is what a letter from a case now uses, in that language only.
    const id = await openCase(office, withAddress);
    const nb = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: id,
      choice: 'acknowledgement',
      language: 'nb',
    });
    expect(nb.body).toContain('PS: Saken 2026-0001 behandles av Test dina.');
    const en = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: id,
      choice: 'acknowledgement',
      language: 'en',
    });
    expect(en.body).not.toContain('PS:');

    const reset = await expectOk(office.core, office.admin, 'letters.resetTemplate', {
      kind: 'acknowledgement',
      language: 'nb',
    });
    expect(reset).toMatchObject({ edited: false, body: acknowledgement.body, updatedAt: null });

    const audit = await office.core.db('audit_log').where({ entity_type: 'letter-template' }).orderBy('id');
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['update', 'reset']);
  });

  it('refuse unknown merge fields, lost legal contents and unpaired braces, each with a message', async () => {
    const office = await caseOffice();
    const [refusal] = (await expectOk(office.core, office.admin, 'letters.templates', {})).filter(
      (entry) => entry.kind === 'refusal' && entry.language === 'en',
    );
    const typo = await expectError(office.core, office.admin, 'letters.saveTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: refusal.subject,
      body: refusal.body.replace('{{personName}}', '{{personname}}'),
    });
    expect(typo.code).toBe('INVALID_INPUT');
    expect(typo.message).toBe(
      '{{personname}} in the text is not a merge field of "Refusal (Art. 12(4))". Did you mean {{personName}}? The fields it can use are listed beside the text.',
    );
    expect(typo.issues).toMatchObject([{ path: 'body', message: typo.message }]);

    const breachField = await expectError(office.core, office.admin, 'letters.saveTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: 'About {{breachNumber}}',
      body: refusal.body,
    });
    expect(breachField.issues?.[0]).toMatchObject({ path: 'subject' });
    expect(breachField.message).toContain('{{breachNumber}} in the subject is not a merge field');

    const withoutRights = await expectError(office.core, office.admin, 'letters.saveTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: refusal.subject,
      body: refusal.body.replace('{{complaintRights}}', ''),
    });
    expect(withoutRights.message).toBe(
      '"Refusal (Art. 12(4))" must keep {{complaintRights}}: a refusal tells the person of the right to complain to Datatilsynet and to seek a judicial remedy (Art. 12(4)).',
    );

    const braces = await expectError(office.core, office.admin, 'letters.saveTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: refusal.subject,
      body: `${refusal.body}\nSee {{caseNumber}.`,
    });
    expect(braces.message).toContain('two braces on each side');

    // Previewing checks the same way, so a mistake shows before anything is saved.
    const preview = await expectError(office.core, office.dpo, 'letters.previewTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: refusal.subject,
      body: `${refusal.body} {{shoeSize}}`,
    });
    expect(preview.message).toContain('{{shoeSize}} in the text is not a merge field');

    // Only administrators change templates; the DPO reads and previews them.
    expect(
      (
        await expectError(office.core, office.dpo, 'letters.saveTemplate', {
          kind: 'refusal',
          language: 'en',
          subject: refusal.subject,
          body: refusal.body,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect((await expectError(office.core, office.agent, 'letters.templates', {})).code).toBe('FORBIDDEN');
    const [{ n }] = await office.core.db('letter_templates').count({ n: '*' });
    expect(Number(n)).toBe(0);
  });
});

describe('the sender (Settings → Company)', () => {
  it('prints the company an administrator sets in the letterhead and the text; a blank or two-line value is refused', async () => {
    const office = await caseOffice();
    await expectOk(office.core, office.admin, 'settings.update', {
      companyName: 'Fjordhjelp AS',
      companyOrgNumber: '999 888 777',
      companyAddress: 'Kongens gate 2, 7011 Trondheim',
      companyEmail: 'personvern@fjordhjelp.no',
    });
    const id = await openCase(office, withAddress);
    const { text } = await makeAsDrafted(office, {
      owner: 'case',
      ownerId: id,
      choice: 'acknowledgement',
      language: 'en',
    });
    expect(text).toContain('Fjordhjelp AS');
    expect(text).toContain('Kongens gate 2 7011 Trondheim');
    expect(text).toContain('Trondheim, 2 March 2026');
    expect(text).toContain('personvern@fjordhjelp.no');
    expect(text).toContain('Fjordhjelp AS · Org. no. 999 888 777');
    expect(text).not.toContain('We Assist AS');

    const blank = await expectError(office.core, office.admin, 'settings.update', { companyName: '   ' });
    expect(blank.issues?.[0]).toMatchObject({ path: 'companyName', message: 'Company name cannot be empty' });
    const twoLines = await expectError(office.core, office.admin, 'settings.update', {
      companyAddress: 'Kongens gate 2\n7011 Trondheim',
    });
    expect(twoLines.issues?.[0]).toMatchObject({
      path: 'companyAddress',
      message: 'Postal address is one line',
    });
    expect(
      (await expectError(office.core, office.dpo, 'settings.update', { companyName: 'X AS' })).code,
    ).toBe('FORBIDDEN');
  });
});

describe('letters from a case', () => {
  it('acknowledge receipt with the due date, in bokmål and English, kept in the documents and on the timeline', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { ...withAddress, types: ['access', 'erasure'] });
    const nb = await makeAsDrafted(office, {
      owner: 'case',
      ownerId: id,
      choice: 'acknowledgement',
      language: 'nb',
    });
    expect(nb.draft).toMatchObject({
      kind: 'acknowledgement',
      recipient: ['Kari Nordmann', 'Storgata 1', '0182 Oslo'],
      reference: '2026-0001',
      date: '2026-03-02',
      defaultChannel: 'letter',
      gaps: [],
      fileName: 'Bekreftelse på mottatt henvendelse 2026-0001 2026-03-02.pdf',
    });
    // Received Monday 2 March 2026: 2 April is Maundy Thursday, so the answer is due Tuesday 7 April.
    expect(nb.text).toContain(
      'Vi bekrefter at vi mottok henvendelsen din 02.03.2026. Den gjelder innsyn og sletting.',
    );
    expect(nb.text).toContain('senest 07.04.2026');
    expect(nb.text).toContain('Oslo, 2. mars 2026');
    expect(nb.text).toContain('Vår referanse: 2026-0001');
    expect(nb.text).toContain('Vi ber deg aldri sende kopi av pass eller annen legitimasjon på e-post.');
    expect(nb.text).toContain('Med vennlig hilsen Test dina Personvernombud We Assist AS');
    expect(nb.text).toContain('We Assist AS · Org.nr. 928 179 575');
    expect(nb.text).toContain('Side 1 av 1');

    const en = await makeAsDrafted(
      office,
      { owner: 'case', ownerId: id, choice: 'acknowledgement', language: 'en' },
      { channel: 'email' },
    );
    expect(en.text).toContain(
      'We confirm that we received your request on 02.03.2026. It concerns access and erasure.',
    );
    expect(en.text).toContain('no later than 07.04.2026');
    expect(en.text).toContain('Oslo, 2 March 2026');
    expect(en.text).toContain('Kind regards Test dina Data protection officer We Assist AS');
    expect(en.text).toContain('Page 1 of 1');

    const documents = await expectOk(office.core, office.dpo, 'attachments.list', {
      ownerType: 'case',
      ownerId: id,
    });
    expect(documents.map((doc) => doc.fileName).sort()).toEqual([
      'Acknowledgement of receipt 2026-0001 2026-03-02.pdf',
      'Bekreftelse på mottatt henvendelse 2026-0001 2026-03-02.pdf',
    ]);
    expect(documents.every((doc) => doc.mediaType === 'application/pdf' && doc.canOpen)).toBe(true);
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    const letters = detail.timeline.filter((event) => event.kind === 'letter');
    expect(letters.map((event) => event.summary)).toEqual([
      'Letter made: Acknowledgement of receipt, in English, dated 02.03.2026, to go out by e-mail; kept under Documents as "Acknowledgement of receipt 2026-0001 2026-03-02.pdf".',
      'Letter made: Acknowledgement of receipt, in Norsk bokmål, dated 02.03.2026, to go out by letter by post; kept under Documents as "Bekreftelse på mottatt henvendelse 2026-0001 2026-03-02.pdf".',
    ]);
    const audit = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ entity_type: 'case', action: 'letter' })
      .orderBy('audit_log.id')
      .select('audit_payloads.after_json');
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0].after_json)).toMatchObject({
      letter: 'acknowledgement',
      language: 'nb',
      channel: 'letter',
      editedForThisLetter: false,
    });
  });

  it('take the DPO’s edits for this letter only, and never go out with a gap left', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    const request: Draft = { owner: 'case', ownerId: id, choice: 'refusal', language: 'en' };
    const draft = await expectOk(office.core, office.dpo, 'letters.draft', request);
    expect(draft.gaps).toEqual(['[Fill in: the reasons]']);
    const refused = await expectError(office.core, office.dpo, 'letters.make', {
      ...request,
      channel: 'letter',
      subject: draft.subject,
      body: draft.body,
    });
    expect(refused.message).toBe(
      'The letter still has a gap to fill in: [Fill in: the reasons]. Write the text in its place, or remove the sentence.',
    );
    expect(refused.issues?.[0].path).toBe('body');

    const body = draft.body.replace(
      '[Fill in: the reasons]',
      'The recordings also hold the voices of other callers, which we may not give out.',
    );
    const made = await expectOk(office.core, office.dpo, 'letters.make', {
      ...request,
      channel: 'letter',
      subject: 'Our answer to you',
      body,
    });
    const text = await madeText(office, made.attachment.id);
    expect(text).toContain('Our answer to you');
    expect(text).toContain('The recordings also hold the voices of other callers');
    // The template itself is untouched: the edit was for this letter only.
    const again = await expectOk(office.core, office.dpo, 'letters.draft', request);
    expect(again.body).toBe(draft.body);

    const wrongChannel = await expectError(office.core, office.dpo, 'letters.make', {
      ...request,
      channel: 'online-form',
      subject: draft.subject,
      body,
    });
    expect(wrongChannel.issues?.[0].path).toBe('channel');
  });

  it('ask for identity without ever asking for a copy of an ID by e-mail, and record that verification was asked for', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    for (const language of languages) {
      const { draft, text } = await makeAsDrafted(office, {
        owner: 'case',
        ownerId: id,
        choice: 'identity-request',
        language,
      });
      if (language === 'nb') {
        expect(draft.notes).toEqual([{ code: 'records-verification-request', params: {} }]);
        expect(text).toContain('Ikke send oss kopi av pass, førerkort eller annen legitimasjon på e-post.');
        expect(text).toContain('ring oss på +47 4000 5045');
      } else {
        expect(draft.notes).toEqual([]);
        // (pdftotext joins "e-mail" broken at the line's end as "email".)
        expect(text).toContain(
          'Please do not send us a copy of a passport, a driving licence or any other identity document by',
        );
        expect(text).toContain('never keep a copy');
      }
    }
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.verification.requestedOn).toBe('2026-03-02');
    expect(detail.clock.statuses).toContain('awaiting-person');
  });

  it('make the extension notice before the original due date, recording the notice the extension rule checks', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    await passDays(office, 30); // 1 April; the original due date is Tuesday 7 April
    const request: Draft = {
      owner: 'case',
      ownerId: id,
      choice: 'extension',
      language: 'nb',
      reasons: 'Opplysningene ligger i fire systemer, to av dem hos leverandører.',
    };
    const draft = await expectOk(office.core, office.dpo, 'letters.draft', request);
    expect(draft.notes).toContainEqual({ code: 'records-extension', params: { due: '02.06.2026' } });
    const withoutReasons = await expectError(office.core, office.dpo, 'letters.make', {
      ...request,
      reasons: undefined,
      channel: 'letter',
      subject: draft.subject,
      body: draft.body,
    });
    expect(withoutReasons.issues?.[0].path).toBe('reasons');

    const made = await expectOk(office.core, office.dpo, 'letters.make', {
      ...request,
      channel: 'email',
      subject: draft.subject,
      body: draft.body,
    });
    const text = await madeText(office, made.attachment.id);
    expect(text).toContain('fristen for svaret vårt var 07.04.2026');
    expect(text).toContain('Du får svar fra oss senest 02.06.2026.');
    expect(text).toContain('Opplysningene ligger i fire systemer, to av dem hos leverandører.');
    expect(text).toContain('artikkel 12 nr. 3');

    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock.extension).toMatchObject({
      decidedOn: '2026-04-01',
      personToldOn: '2026-04-01',
      noticeChannel: 'email',
      reasons: 'Opplysningene ligger i fire systemer, to av dem hos leverandører.',
    });
    expect(detail.clock.current.date).toBe('2026-06-02');
    expect(detail.timeline.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['extension', 'letter']),
    );

    // A second notice (in English, say) restates the recorded extension and records nothing more.
    const english = await makeAsDrafted(office, {
      owner: 'case',
      ownerId: id,
      choice: 'extension',
      language: 'en',
    });
    expect(english.draft.notes).toEqual([
      { code: 'extension-recorded', params: { toldOn: '01.04.2026', due: '02.06.2026' } },
    ]);
    expect(english.text).toContain('You will have our answer by 02.06.2026 at the latest.');
    expect(english.text).toContain('Opplysningene ligger i fire systemer');
  });

  it('refuse an extension notice after the original due date, as the extension rule does', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    await passDays(office, 37); // 8 April, the day after the due date
    const late = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: id,
      choice: 'extension',
      language: 'en',
    });
    expect(late.code).toBe('RULE_VIOLATION');
    expect(late.message).toBe(
      'Too late for an extension: it must be decided and the person told by the original due date (07.04.2026, Art. 12(3)).',
    );
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock.extension).toBeNull();
  });

  it('refuse with the reasons, the grounds and the right to complain to Datatilsynet and to go to court (Art. 12(4))', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'refused',
      reasons: 'The notes you ask for are our lawyer’s notes for a dispute with you.',
      refusalGrounds: ['pol-16-e'],
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    const nb = await makeAsDrafted(office, { owner: 'case', ownerId: id, choice: 'refusal', language: 'nb' });
    expect(nb.draft.kind).toBe('refusal');
    expect(nb.text).toContain('Vi kan ikke etterkomme den.');
    expect(nb.text).toContain('The notes you ask for are our lawyer’s notes for a dispute with you.');
    expect(nb.text).toContain('Personopplysningsloven § 16 første ledd bokstav e');
    expect(nb.text).toContain('kan du klage til Datatilsynet (www.datatilsynet.no');
    expect(nb.text).toContain('bringe saken inn for domstolene');
    const en = await makeAsDrafted(office, { owner: 'case', ownerId: id, choice: 'reply', language: 'en' });
    expect(en.draft.kind).toBe('refusal');
    expect(en.draft.notes).toContainEqual({ code: 'outcome-from-closing', params: { outcome: 'refused' } });
    expect(en.text).toContain('We cannot grant it.');
    expect(en.text).toContain('you may complain to Datatilsynet, the Norwegian Data Protection Authority');
    expect(en.text).toContain('bring the matter before the courts');
    expect(en.text).toContain('The Personal Data Act section 16 first paragraph (e)');
  });

  it('reply by outcome: access with the Art. 15(1) items, in part with Art. 12(4), no data, withdrawn', async () => {
    const office = await caseOffice();
    const access = await openCase(office, withAddress);
    await grant(office, access, '2026-03-02');
    const granted = await makeAsDrafted(office, {
      owner: 'case',
      ownerId: access,
      choice: 'reply',
      language: 'en',
    });
    expect(granted.draft.kind).toBe('reply-access');
    for (const item of [
      'Enclosed is a copy of the personal data we hold about you',
      'The purposes of the processing',
      'The categories of personal data',
      'The recipients',
      'How long we keep the data',
      'Your rights: to have inaccurate data rectified',
      'The right to complain to Datatilsynet',
      'The source',
      'Automated decisions',
    ])
      expect(granted.text).toContain(item);
    // A refusal is not the letter for a case granted.
    const notRefused = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: access,
      choice: 'refusal',
      language: 'en',
    });
    expect(notRefused.message).toBe(
      'Case 2026-0001 was closed as "granted in full": make the reply, which follows the outcome recorded.',
    );

    const erasure = await openCase(office, { ...withAddress, types: ['erasure'] });
    const open = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: erasure,
      choice: 'reply',
      language: 'nb',
    });
    expect(open.issues?.[0].path).toBe('outcome');
    const partly = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: erasure,
      choice: 'reply',
      language: 'nb',
      outcome: 'partly-granted',
      reasons: 'Fakturaene er regnskapsmateriale som oppbevares i fem år.',
    });
    expect(partly.kind).toBe('reply-partly-granted');
    expect(partly.body).toContain('Fakturaene er regnskapsmateriale som oppbevares i fem år.');
    expect(partly.body).toContain('klage til Datatilsynet');
    expect(partly.body).toContain('domstolene');
    const none = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: erasure,
      choice: 'reply',
      language: 'en',
      outcome: 'no-data',
    });
    expect(none.body).toContain('we hold no personal data about you');
    const withdrawn = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: erasure,
      choice: 'reply',
      language: 'nb',
      outcome: 'withdrawn',
    });
    expect(withdrawn.body).toContain('du har trukket tilbake henvendelsen din av 02.03.2026');
    expect(withdrawn.gaps).toEqual([]);
  });

  it('forward a processor case to the customer, recording the forwarding; letters to the person are the customer’s', async () => {
    const office = await caseOffice();
    const customerId = await customer(office.core, 'Fjordkraft Eiendom AS');
    await office.core.db('organisations').where({ id: customerId }).update({
      privacy_contact_name: 'Siri Lund',
      privacy_contact_email: 'personvern@fjordkraft-eiendom.no',
    });
    const id = await openCase(office, { ...withAddress, capacity: 'processor', customerId });
    const person = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: id,
      choice: 'acknowledgement',
      language: 'nb',
    });
    expect(person.message).toBe(
      'In case 2026-0001 we are processor for Fjordkraft Eiendom AS, who answers the person: make the forwarding note to the customer instead of the acknowledgement of receipt.',
    );
    const { draft, text } = await makeAsDrafted(office, {
      owner: 'case',
      ownerId: id,
      choice: 'forwarding',
      language: 'nb',
    });
    expect(draft.recipient).toEqual([
      'Fjordkraft Eiendom AS',
      'Siri Lund',
      'personvern@fjordkraft-eiendom.no',
    ]);
    expect(draft.defaultChannel).toBe('email');
    expect(draft.notes).toContainEqual({ code: 'records-forwarding', params: {} });
    expect(text).toContain('Til Fjordkraft Eiendom AS, v/ Siri Lund, personvern@fjordkraft-eiendom.no');
    expect(text).toContain('vi mottok 02.03.2026 fra Kari Nordmann');
    expect(text).toContain('artikkel 28 nr. 3 bokstav e');
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.forwarding).toMatchObject({
      forwardedOn: '2026-03-02',
      to: 'Fjordkraft Eiendom AS, Siri Lund, personvern@fjordkraft-eiendom.no',
      how: 'email',
    });
    expect(detail.clock.statuses).not.toContain('to-forward');

    const own = await openCase(office, withAddress);
    const notOurs = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'case',
      ownerId: own,
      choice: 'forwarding',
      language: 'en',
    });
    expect(notOurs.code).toBe('RULE_VIOLATION');
  });

  it('are for the DPO and administrators only, from records that exist', async () => {
    const office = await caseOffice();
    const id = await openCase(office, withAddress);
    const request: Draft = { owner: 'case', ownerId: id, choice: 'acknowledgement', language: 'nb' };
    expect((await expectError(office.core, office.agent, 'letters.draft', request)).code).toBe('FORBIDDEN');
    expect(
      (
        await expectError(office.core, office.agent, 'letters.make', {
          ...request,
          channel: 'letter',
          subject: 'x',
          body: 'y',
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await expectError(office.core, office.dpo, 'letters.draft', { ...request, ownerId: 9999 })).code,
    ).toBe('NOT_FOUND');
    const mixed = await expectError(office.core, office.dpo, 'letters.draft', {
      ...request,
      choice: 'breach-notice',
    });
    expect(mixed.issues?.[0]).toMatchObject({
      path: 'choice',
      message: 'That letter is made from a breach, not from a case',
    });
    // An administrator makes letters too; reading the case for one is audited.
    await expectOk(office.core, office.admin, 'letters.draft', request);
    const reads = await office.core
      .db('audit_log')
      .where({ entity_type: 'case', action: 'read', channel: 'letters.draft' });
    expect(reads).toHaveLength(1);
  });
});

describe('letters from a breach', () => {
  it('tell the people affected what Art. 34(2) requires, in both languages', async () => {
    const office = await breachOffice();
    const id = await recordBreach(office, {
      occurredFrom: '2026-03-12T08:40:00.000Z',
      measuresPlanned: 'Two people check every external list.',
    });
    await expectOk(office.core, office.dpo, 'breaches.assess', {
      id,
      risk: 'high',
      reasons: 'Names and what they called about, to an unknown outside address.',
    });
    const request = { owner: 'breach', ownerId: id, choice: 'breach-notice', language: 'nb' } as const;
    const draft = await expectOk(office.core, office.dpo, 'letters.draft', request);
    expect(draft).toMatchObject({
      kind: 'breach-notice',
      recipient: ['Til alle som er berørt av bruddet'],
      reference: 'BR-2026-0001',
      gaps: [],
      gapsAllowed: false,
      notes: [],
    });
    const made = await expectOk(office.core, office.dpo, 'letters.make', {
      ...request,
      channel: 'letter',
      subject: draft.subject,
      body: draft.body,
    });
    const text = await madeText(office, made.attachment.id);
    // Art. 34(2): the nature of the breach, the contact point, the likely consequences, the measures.
    expect(text).toContain('Hva som har skjedd');
    expect(text).toContain('A spreadsheet with 240 callers was attached to an e-mail to an outside address.');
    expect(text).toContain('Navn og kontaktopplysninger og Kundehistorikk og samtalenotater');
    expect(text).toContain('Hva det kan bety for deg');
    expect(text).toContain('The recipient could contact the callers');
    expect(text).toContain('Hva vi har gjort');
    expect(text).toContain('The recipient confirmed in writing that the e-mail was deleted.');
    expect(text).toContain('Two people check every external list.');
    expect(text).toContain('Kontakt Dina Berg, data protection officer, personvern@weassist.no');
    const detail = await expectOk(office.core, office.dpo, 'breaches.get', { id });
    expect(detail.timeline[0]).toMatchObject({ kind: 'letter' });
    expect(detail.timeline[0].summary).toContain('Notice to the people affected by a breach (Art. 34)');

    const english = await expectOk(office.core, office.dpo, 'letters.draft', { ...request, language: 'en' });
    expect(english.body).toContain('## What happened');
    expect(english.body).toContain('## What it may mean for you');
    expect(english.body).toContain('## Where to get more information');
  });

  it('draft the notification for Datatilsynet with the fields of its form, gaps allowed', async () => {
    const office = await breachOffice();
    const acme = await customer(office.core, 'Acme Bolig AS');
    const id = await recordBreach(office, { capacity: 'both', customerIds: [acme], contactPoint: undefined });
    const draft = await expectOk(office.core, office.dpo, 'letters.draft', {
      owner: 'breach',
      ownerId: id,
      choice: 'breach-authority',
      language: 'nb',
    });
    expect(draft.gapsAllowed).toBe(true);
    expect(draft.notes).toEqual([
      { code: 'not-assessed', params: {} },
      { code: 'draft-only', params: {} },
    ]);
    expect(draft.channels).toEqual(['online-form']);
    expect(draft.recipient).toEqual(['Datatilsynet', 'Postboks 458 Sentrum', '0105 Oslo']);
    for (const field of [
      'We Assist AS, org.nr. 928 179 575, Sandakerveien 116, 0484 Oslo',
      'Kontaktpunkt for denne meldingen: We Assist AS, support@weassist.no, +47 4000 5045',
      'Type melding: Foreløpig melding (mer informasjon følger)',
      'Gjelder ikke: meldt innen 72 timer',
      'Når vi ble kjent med det: 12.03.2026 14:05',
      'Omtrent hvor mange personer som er berørt: omtrent 240',
      'Typer personopplysninger som er berørt: Navn og kontaktopplysninger og Kundehistorikk og samtalenotater',
      'Ingen særlige kategorier av personopplysninger',
      'Kunder vi behandler opplysningene for som databehandler: Acme Bolig AS',
      'Ikke påkrevd: risikoen er ikke vurdert som høy',
    ])
      expect(draft.body).toContain(field);
    expect(draft.gaps).toEqual(
      expect.arrayContaining([
        '[Fyll inn: hvordan bruddet ble oppdaget]',
        '[Fyll inn: brudd på konfidensialitet, integritet eller tilgjengelighet]',
        '[Fyll inn: vurderingen av risikoen]',
      ]),
    );
    const made = await expectOk(office.core, office.dpo, 'letters.make', {
      owner: 'breach',
      ownerId: id,
      choice: 'breach-authority',
      language: 'nb',
      channel: 'online-form',
      subject: draft.subject,
      body: draft.body,
    });
    const text = await madeText(office, made.attachment.id);
    expect(text).toContain('Utkast: kopier hvert felt inn i Datatilsynets skjema i Altinn.');
    expect(text).toContain('Melding om brudd på personopplysningssikkerheten – BR-2026-0001');
  });

  it('are not ours to send as processor only', async () => {
    const office = await breachOffice();
    const acme = await customer(office.core, 'Acme Bolig AS');
    const id = await recordBreach(office, { capacity: 'processor', customerIds: [acme] });
    const refused = await expectError(office.core, office.dpo, 'letters.draft', {
      owner: 'breach',
      ownerId: id,
      choice: 'breach-notice',
      language: 'en',
    });
    expect(refused.message).toBe(
      'In BR-2026-0001 we are processor: the customers, as controllers, notify Datatilsynet and tell the people affected. Tell each customer instead.',
    );
  });
});
