/**
 * The child process of the durability test (tests/core/durability.test.ts): it writes as fast as
 * it can, inquiries and now and then an attachment, each through dispatch, and reports a row
 * only after dispatch answered (the commit is done). The parent kills it with SIGKILL.
 */
import crypto from 'node:crypto';
import { openCore } from '../../../src/main/core/core';

async function main(): Promise<void> {
  const [dbFile, username, password] = process.argv.slice(2);
  const core = await openCore({ database: dbFile, scrypt: { N: 1024, r: 8, p: 1 } });
  const session = core.newSession();
  const signIn = await core.dispatch('auth.signIn', { username, password }, session);
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.error.message}`);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const receivedAt = new Date(Date.now() - 60_000).toISOString();
    const inquiry = await core.dispatch(
      'inquiries.create',
      {
        channel: 'phone',
        receivedAt,
        onBehalfOfId: null,
        personName: `Caller ${process.pid}-${i}`,
        personPhone: '912 34 567',
        category: 'general',
        summary: `Call ${i} of writer ${process.pid}`,
        notes: 'n'.repeat(200 + (i % 7) * 300),
      },
      session,
    );
    if (inquiry.ok) process.stdout.write(`inquiry ${(inquiry.data as { id: number }).id}\n`);
    if (i % 4 === 0) {
      const bytes = Buffer.from(`%PDF-1.4 writer ${process.pid} file ${i} ${'x'.repeat(i % 2000)}`);
      const file = await core.dispatch(
        'attachments.add',
        {
          ownerType: 'organisation',
          ownerId: 1,
          fileName: `file ${i}.pdf`,
          contentBase64: bytes.toString('base64'),
        },
        session,
      );
      if (file.ok) {
        const sha = crypto.createHash('sha256').update(bytes).digest('hex');
        process.stdout.write(`attachment ${(file.data as { id: number }).id} ${sha}\n`);
      }
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`writer failed: ${String(error)}\n`);
  process.exit(1);
});
