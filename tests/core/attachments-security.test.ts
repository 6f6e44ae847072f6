import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentExtensions } from '../../src/shared/attachments/contract';
import { runAsSystem } from '../../src/main/core/core';
import { addAttachment, settleStagedAttachments } from '../../src/main/core/attachments/service';
import { allowedExtensions } from '../../src/main/core/attachments/types';
import { expectError, expectOk, signedIn, testCore } from './support/core';

const b64 = (bytes: Buffer | Uint8Array | string) => Buffer.from(bytes).toString('base64');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const ooxml = (extra: Record<string, Uint8Array> = {}) =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': strToU8('<w:document/>'),
      ...extra,
    }),
  );

async function office() {
  const core = await testCore();
  const admin = await signedIn(core, ['admin'], 'admin');
  const supplier = await expectOk(core, admin, 'organisations.create', {
    name: 'Cloud Inc.',
    country: 'US',
    isSupplier: true,
  });
  const owner = { ownerType: 'organisation', ownerId: supplier.id };
  const dir = path.join(core.dir, 'attachments');
  return { core, admin, owner, dir };
}

describe('attachments keep only documents, recognised by their content', () => {
  it('refuses programs, scripts, web pages, SVG and macro-enabled files by name', async () => {
    const { core, admin, owner, dir } = await office();
    for (const fileName of [
      'setup.exe',
      'run.bat',
      'tool.ps1',
      'page.html',
      'logo.svg',
      'app.js',
      'budget.xlsm',
      'letter.docm',
      'noextension',
    ]) {
      const error = await expectError(core, admin, 'attachments.add', {
        ...owner,
        fileName,
        contentBase64: b64('%PDF-1.4'),
      });
      expect(error.code, fileName).toBe('INVALID_INPUT');
      expect(error.issues?.[0]).toMatchObject({ path: 'fileName' });
      expect(error.message).toContain('only documents are kept');
    }
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('refuses a file whose content is not what its name says', async () => {
    const { core, admin, owner } = await office();
    const cases: Array<[string, Buffer]> = [
      ['invoice.pdf', program],
      ['photo.png', Buffer.from('%PDF-1.4')],
      ['notes.txt', Buffer.from('#!/bin/sh\nrm -rf ~\n')],
      ['notes.txt', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
      ['notes.txt', Buffer.concat([Buffer.from('text'), Buffer.from([0, 1, 2])])],
      ['report.docx', ooxml({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) })],
      ['report.docx', Buffer.from(zipSync({ 'a.exe': new Uint8Array(program) }))],
      // A ZIP is kept only as a data bundle: JSON, CSV and text files at its top level.
      ['archive.zip', Buffer.from(zipSync({ 'a.exe': new Uint8Array(program) }))],
      [
        'archive.zip',
        Buffer.from(zipSync({ 'data.json': new Uint8Array([123, 125]), 'run.js': new Uint8Array([49]) })),
      ],
      ['archive.zip', Buffer.from('%PDF-1.4')],
      ['mail.eml', Buffer.from('Just some text, no headers')],
    ];
    for (const [fileName, bytes] of cases) {
      const error = await expectError(core, admin, 'attachments.add', {
        ...owner,
        fileName,
        contentBase64: b64(bytes),
      });
      expect(error.code, fileName).toBe('INVALID_INPUT');
      expect(error.message, fileName).toContain('its content is not one');
    }
  });

  it('stores a document under a neutral name with the type it was recognised as', async () => {
    const { core, admin, owner, dir } = await office();
    const photo = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'Kari Nordmann passport scan.JPEG',
      mediaType: 'application/x-msdownload',
      contentBase64: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
    });
    expect(photo).toMatchObject({
      fileName: 'Kari Nordmann passport scan.JPEG',
      mediaType: 'image/jpeg',
      canOpen: true,
    });
    const word = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'DPA.docx',
      contentBase64: b64(ooxml()),
    });
    expect(word.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const mail = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'complaint.eml',
      contentBase64: b64('From: kari@example.no\r\nSubject: Complaint\r\n\r\nHello'),
    });
    expect(mail.mediaType).toBe('message/rfc822');
    await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'scan.png',
      contentBase64: b64(png),
    });
    const stored = fs.readdirSync(dir).sort();
    expect(stored).toHaveLength(4);
    for (const name of stored) expect(name).toMatch(/^[0-9a-f]{32}\.(jpg|docx|eml|png)$/);
    expect(stored.join(' ')).not.toMatch(/Kari|passport|DPA|complaint|scan/i);
  });

  it('never hands a file of another type to the system opener, and offers a copy instead', async () => {
    const { core, admin, owner, dir } = await office();
    const opened: string[] = [];
    Object.assign(core.env, { platform: { openPath: async (file: string) => void opened.push(file) } });
    // A file kept from before the allow-list existed.
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'legacy.exe'), program);
    const [{ id }] = await core
      .db('attachments')
      .insert({
        owner_type: owner.ownerType,
        owner_id: owner.ownerId,
        stored_name: 'legacy.exe',
        file_name: 'tool.exe',
        media_type: 'application/octet-stream',
        size_bytes: program.length,
        sha256: (await import('node:crypto')).createHash('sha256').update(program).digest('hex'),
        uploaded_at: '2026-03-01T10:00:00.000Z',
        uploaded_by_name: 'Someone',
      })
      .returning('id');
    const [listed] = await expectOk(core, admin, 'attachments.list', owner);
    expect(listed.canOpen).toBe(false);
    expect(await expectError(core, admin, 'attachments.open', { id })).toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect(opened).toEqual([]);
    expect((await expectOk(core, admin, 'attachments.download', { id })).fileName).toBe('tool.exe');
  });

  it('follows links before the folder check: a stored file pointing outside is not used', async () => {
    const { core, admin, owner, dir } = await office();
    const opened: string[] = [];
    Object.assign(core.env, { platform: { openPath: async (file: string) => void opened.push(file) } });
    const added = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'a.pdf',
      contentBase64: b64('%PDF-1.4 a'),
    });
    const [stored] = fs.readdirSync(dir);
    const outside = path.join(core.dir, 'outside.pdf');
    fs.writeFileSync(outside, '%PDF-1.4 a');
    fs.rmSync(path.join(dir, stored));
    fs.symlinkSync(outside, path.join(dir, stored));
    for (const channel of ['attachments.open', 'attachments.download'] as const) {
      const error = await expectError(core, admin, channel, { id: added.id });
      expect(error.message, channel).toContain('points outside the data folder');
    }
    expect(opened).toEqual([]);
  });

  it('writes the file under its name only after the row commits, and leaves none when rolled back', async () => {
    const { core, owner, dir } = await office();
    const input = {
      ...owner,
      fileName: 'a.pdf',
      mediaType: 'application/pdf',
      contentBase64: b64('%PDF-1.4 a'),
    };
    let seenBeforeCommit: string[] = [];
    await expect(
      runAsSystem(core, 'test', async (ctx) => {
        await addAttachment(ctx, input);
        seenBeforeCommit = fs.readdirSync(dir);
        throw new Error('a later step of the same call failed');
      }),
    ).rejects.toThrow('a later step');
    expect(seenBeforeCommit).toHaveLength(1);
    expect(seenBeforeCommit[0]).toMatch(/\.pdf\.staged$/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await core.db('attachments').count({ n: '*' })).toEqual([{ n: 0 }]);

    await runAsSystem(core, 'test', (ctx) => addAttachment(ctx, input));
    expect(fs.readdirSync(dir)).toEqual([(await core.db('attachments').first('stored_name')).stored_name]);
  });

  it('finishes a rename a stop left undone, and clears staged files of rolled-back calls', async () => {
    const { core, admin, owner, dir } = await office();
    const added = await expectOk(core, admin, 'attachments.add', {
      ...owner,
      fileName: 'a.pdf',
      contentBase64: b64('%PDF-1.4 a'),
    });
    const [stored] = fs.readdirSync(dir);
    fs.renameSync(path.join(dir, stored), path.join(dir, `${stored}.staged`));
    fs.writeFileSync(path.join(dir, 'ffff.pdf.staged'), 'orphan');
    fs.utimesSync(path.join(dir, 'ffff.pdf.staged'), new Date('2026-03-01'), new Date('2026-03-01'));
    expect(await runAsSystem(core, 'test', (ctx) => settleStagedAttachments(ctx))).toEqual({
      renamed: 1,
      removed: 1,
    });
    expect(fs.readdirSync(dir)).toEqual([stored]);
    // A read finishes the rename by itself too.
    fs.renameSync(path.join(dir, stored), path.join(dir, `${stored}.staged`));
    expect((await expectOk(core, admin, 'attachments.download', { id: added.id })).fileName).toBe('a.pdf');
  });

  it('offers the same extensions in the file picker as the core accepts', () => {
    expect([...attachmentExtensions].sort()).toEqual([...allowedExtensions].sort());
  });
});
