// One writing process of `npm run stress:writers` (and of its test): signs in as its own agent and,
// until the deadline, logs inquiries, edits them, lists and searches them, and signs in again, all
// through the core's dispatch like the app. Prints one JSON line: {operations, failed, errors}.
import { openCore } from '../../src/main/core/core';
import { parseDatabaseTarget } from '../../src/main/core/db/target';

async function main(): Promise<void> {
  const [database, dataDir, username, password, seconds] = process.argv.slice(2);
  const core = await openCore({
    database: parseDatabaseTarget(database),
    dataDir,
    scrypt: { N: 1024, r: 8, p: 1 },
    poolSize: 2,
  });
  const session = core.newSession();
  let operations = 0;
  let failed = 0;
  const errors: Record<string, number> = {};
  const attempt = async (channel: string, input: unknown): Promise<unknown> => {
    operations += 1;
    try {
      const result = await core.dispatch(channel, input, session);
      if (result.ok) return result.data;
      failed += 1;
      errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
    } catch (error) {
      failed += 1;
      errors.thrown = (errors.thrown ?? 0) + 1;
      process.stderr.write(`${String(error)}\n`);
    }
    return undefined;
  };
  await attempt('auth.signIn', { username, password });
  const deadline = Date.now() + Number(seconds) * 1000;
  for (let round = 0; Date.now() < deadline; round++) {
    const logged = (await attempt('inquiries.create', {
      channel: round % 2 ? 'email' : 'phone',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      onBehalfOfId: null,
      personName: `Caller ${username} ${round}`,
      personPhone: `+47 9${String(round).padStart(7, '0')}`,
      category: 'general',
      summary: `Stress round ${round}`,
    })) as { id: number } | undefined;
    if (logged) {
      await attempt('inquiries.update', {
        id: logged.id,
        changes: {
          channel: 'phone',
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          onBehalfOfId: null,
          personName: `Caller ${username} ${round}`,
          personPhone: `+47 9${String(round).padStart(7, '0')}`,
          category: 'general',
          summary: `Stress round ${round}, edited`,
          notes: 'Called back.',
        },
      });
      await attempt('inquiries.get', { id: logged.id });
    }
    await attempt('inquiries.list', { q: 'caller', pageSize: 25 });
    if (round % 10 === 9) await attempt('auth.signIn', { username, password });
  }
  await core.close();
  process.stdout.write(`${JSON.stringify({ operations, failed, errors })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
