import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectError, expectOk, signedIn, testCore } from './support/core';

const pdf = Buffer.from('%PDF-1.4 signed agreement with æøå').toString('base64');

async function officeWithSupplier() {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const supplier = await expectOk(core, admin, 'organisations.create', {
    name: 'Cloud Inc.',
    country: 'US',
    isSupplier: true,
  });
  return { core, admin, supplier };
}

describe('attachments', () => {
  it('store the file under a random name with its SHA-256 and keep the original name', async () => {
    const { core, admin, supplier } = await officeWithSupplier();
    const added = await expectOk(core, admin, 'attachments.add', {
      ownerType: 'organisation',
      ownerId: supplier.id,
      fileName: 'ISO 27001 certificate.pdf',
      mediaType: 'application/pdf',
      contentBase64: pdf,
    });
    expect(added).toMatchObject({
      fileName: 'ISO 27001 certificate.pdf',
      sizeBytes: 37,
      uploadedBy: 'Test admin',
    });
    expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = fs.readdirSync(path.join(core.dir, 'attachments'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{32}\.pdf$/);
    expect(
      await expectOk(core, admin, 'attachments.list', { ownerType: 'organisation', ownerId: supplier.id }),
    ).toEqual([added]);
  });

  it('refuse a file above the size limit with a clear error', async () => {
    const { core, admin, supplier } = await officeWithSupplier();
    await expectOk(core, admin, 'settings.update', { attachmentMaxMegabytes: 1 });
    const error = await expectError(core, admin, 'attachments.add', {
      ownerType: 'organisation',
      ownerId: supplier.id,
      fileName: 'scan.pdf',
      contentBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64'),
    });
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message:
        '"scan.pdf" is 1.0 MB; files can be at most 1 MB. An administrator can change the limit under Settings.',
    });
    expect(fs.existsSync(path.join(core.dir, 'attachments'))).toBe(false);
  });

  it('open in the system viewer only while the file matches its fingerprint', async () => {
    const { core, admin, supplier } = await officeWithSupplier();
    const opened: string[] = [];
    Object.assign(core.env, { platform: { openPath: async (file: string) => void opened.push(file) } });
    const added = await expectOk(core, admin, 'attachments.add', {
      ownerType: 'organisation',
      ownerId: supplier.id,
      fileName: 'dpa.pdf',
      contentBase64: pdf,
    });
    await expectOk(core, admin, 'attachments.open', { id: added.id });
    expect(opened).toHaveLength(1);
    const download = await expectOk(core, admin, 'attachments.download', { id: added.id });
    expect(Buffer.from(download.base64, 'base64').toString()).toBe('%PDF-1.4 signed agreement with æøå');

    fs.writeFileSync(opened[0], 'tampered');
    const error = await expectError(core, admin, 'attachments.open', { id: added.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('may have been altered');
  });

  it('are removed with a reason, can be restored, and respect the owner rules', async () => {
    const { core, admin, supplier } = await officeWithSupplier();
    const agent = await signedIn(core, ['agent'], 'agent');
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const owner = { ownerType: 'organisation', ownerId: supplier.id };
    const added = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'a.pdf',
      contentBase64: pdf,
    });
    expect((await expectError(core, agent, 'attachments.list', owner)).code).toBe('FORBIDDEN');
    expect(await expectOk(core, dpo, 'attachments.list', owner)).toHaveLength(1);
    expect(
      (await expectError(core, dpo, 'attachments.remove', { id: added.id, reason: 'wrong file' })).code,
    ).toBe('FORBIDDEN');
    expect((await expectError(core, admin, 'attachments.remove', { id: added.id, reason: '' })).code).toBe(
      'INVALID_INPUT',
    );
    await expectOk(core, admin, 'attachments.remove', { id: added.id, reason: 'wrong file' });
    expect(await expectOk(core, admin, 'attachments.list', owner)).toEqual([]);
    await expectOk(core, admin, 'attachments.restore', { id: added.id });
    expect(await expectOk(core, admin, 'attachments.list', owner)).toHaveLength(1);
    expect(
      (await expectError(core, admin, 'attachments.list', { ownerType: 'nothing', ownerId: 1 })).code,
    ).toBe('INVALID_INPUT');
    expect(
      (await expectError(core, admin, 'attachments.list', { ownerType: 'organisation', ownerId: 999 })).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await expectError(core, admin, 'attachments.add', {
          ...owner,
          fileName: 'x',
          contentBase64: 'not base64!',
        })
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
