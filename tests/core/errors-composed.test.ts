import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotRestore, verifyBackup } from '../../src/main/core/backup/verify';
import { localError } from '../../src/main/core/errors';
import { breachOffice, moveTo, recordBreach } from './support/breaches';
import { caseOffice, openCase } from './support/cases';
import { expectError, expectOk, tempDir } from './support/core';

/**
 * The parts of a message the core composes (why the data gate is closed, a breach's open
 * obligations, lists of request types and channels, why a template keeps a field, durations, what
 * a backup's check found) reach a bokmål user in bokmål too, and an English user word for word.
 */
describe('the composed parts of an error in bokmål', () => {
  it('say why the data gate is closed, and what stopping requests and a ground cover', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });
    const id = await openCase(office, { types: ['erasure'] });
    const { recipients } = await expectOk(core, dpo, 'cases.addRecipient', {
      id,
      name: 'Lønnsservice Norge AS',
    });
    const gate = await expectError(core, dpo, 'cases.notifyRecipient', {
      id,
      recipientId: recipients[0]!.id,
      notifiedOn: '2026-03-02',
    });
    expect(gate).toMatchObject({ code: 'RULE_VIOLATION', key: 'gateClosed' });
    expect(gate.message).toMatch(/^Å varsle Lønnsservice Norge AS om endringen er ikke mulig ennå\. Før /);
    expect(gate.message).toMatch(/Et personvernombud kan overstyre dette med en skriftlig begrunnelse\.$/);
    expect(gate.message).not.toMatch(/Before|identity|verified/);

    const refusal = {
      outcome: 'refused',
      reasons: 'Nei',
      statesComplaintRight: true,
      statesJudicialRemedy: true,
      replyDate: '2026-03-02',
      replyChannel: 'email',
    } as const;
    const optOut = await openCase(office, { types: ['marketing-opt-out'], personName: 'Per' });
    const never = await expectError(core, dpo, 'cases.close', { id: optOut, ...refusal });
    expect(never.message).toBe(
      'Reservasjon mot markedsføring avslås aldri (art. 7 nr. 3 og art. 21 nr. 2 og 3): behandlingen stanses på forespørsel. Avslås en annen del av henvendelsen, avslutt den som delvis innvilget.',
    );
    const ground = await expectError(core, dpo, 'cases.close', {
      id,
      ...refusal,
      refusalGrounds: ['pol-16-d'],
    });
    expect(ground.issues?.[0]).toMatchObject({
      path: 'refusalGrounds',
      message:
        'personopplysningsloven § 16 første ledd bokstav d gjelder ikke for sletting: det begrenser informasjon og innsyn',
    });

    await expectOk(core, dpo, 'auth.setLanguage', { language: 'en' });
    const english = await expectError(core, dpo, 'cases.close', {
      id,
      ...refusal,
      refusalGrounds: ['pol-16-d'],
    });
    expect(english.issues?.[0]?.message).toBe(
      'personopplysningsloven § 16 første ledd bokstav d does not apply to erasure: it limits information and access',
    );
  });

  it('say how late a notification came and which obligations keep a breach open', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });
    const id = await recordBreach(office);
    const open = await expectError(core, dpo, 'breaches.close', { id });
    expect(open).toMatchObject({ code: 'RULE_VIOLATION', key: 'breachNotClosable' });
    expect(open.message).toMatch(/^Avvik BR-2026-0001 kan ikke avsluttes ennå: .+; .+\.$/);
    expect(open.message).not.toMatch(/assessed|notified|told/);

    await expectOk(core, dpo, 'breaches.assess', { id, risk: 'risk', reasons: 'Kontaktopplysninger.' });
    moveTo(office, '2026-03-16T10:00:00.000Z');
    const late = await expectError(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-03-16T09:05:00.000Z',
    });
    expect(late.issues?.[0]).toMatchObject({
      path: 'delayReasons',
      message:
        'Meldingen kom 20 t 0 min etter at 72-timersfristen gikk ut (15.03.2026 14:05); art. 33 nr. 1 krever en begrunnelse for forsinkelsen',
    });
  });

  it('say why a template keeps a merge field and by which channels a letter goes out', async () => {
    const office = await caseOffice();
    const { core, admin, dpo } = office;
    await expectOk(core, admin, 'auth.setLanguage', { language: 'nb' });
    const [refusal] = (await expectOk(core, admin, 'letters.templates', {})).filter(
      (entry) => entry.kind === 'refusal' && entry.language === 'en',
    );
    const kept = await expectError(core, admin, 'letters.saveTemplate', {
      kind: 'refusal',
      language: 'en',
      subject: refusal!.subject,
      body: refusal!.body.replace('{{complaintRights}}', ''),
    });
    expect(kept.message).toBe(
      '«Avslag (art. 12 nr. 4)» må beholde {{complaintRights}}: et avslag skal opplyse om retten til å klage til Datatilsynet og til å bringe saken inn for domstolene (art. 12 nr. 4).',
    );

    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });
    const id = await openCase(office, { personAddress: 'Storgata 1, 0182 Oslo' });
    const request = { owner: 'case', ownerId: id, choice: 'acknowledgement', language: 'nb' } as const;
    const draft = await expectOk(core, dpo, 'letters.draft', request);
    const channel = await expectError(core, dpo, 'letters.make', {
      ...request,
      channel: 'online-form',
      subject: draft.subject,
      body: draft.body,
    });
    expect(channel.issues?.[0]?.path).toBe('channel');
    expect(channel.message).toBe(
      'Brevet «bekreftelse på mottatt henvendelse» sendes via brev i posten, e-post, sikker nedlastingslenke, overlevert personlig',
    );
  });

  it('say what a backup’s check found', async () => {
    const missing = path.join(tempDir(), 'no-such-backup.sqlite3');
    const verification = await verifyBackup(missing);
    expect(verification).toMatchObject({ ok: false, problems: [`${missing} does not exist.`] });
    const error = cannotRestore('no-such-backup.sqlite3', verification).toApiError();
    expect(localError(error, 'nb').message).toBe(
      `no-such-backup.sqlite3 kan ikke gjenopprettes: ${missing} finnes ikke.`,
    );
    expect(localError(error, 'en').message).toBe(
      `no-such-backup.sqlite3 cannot be restored: ${missing} does not exist.`,
    );
  });
});
