import { type Office, password } from './fixtures';

/**
 * An office on 2 March 2026 with the agent Ola Nordmann and the DPO Dina Berg, and a way to log
 * inquiries as Ola: a phone call from Kari Nordmann about an invoice unless `extra` says otherwise.
 * Returns the logger; each call answers the new inquiry's id.
 */
export async function callsLoggedByOla(office: Office) {
  office.clock.set('2026-03-02T09:00:00.000Z');
  await office.addUser('ola', ['agent'], 'Ola Nordmann');
  await office.addUser('dina', ['dpo'], 'Dina Berg');
  const agent = office.core.newSession();
  await office.core.dispatch('auth.signIn', { username: 'ola', password }, agent);
  return async (extra: Record<string, unknown>): Promise<number> => {
    const result = await office.core.dispatch(
      'inquiries.create',
      {
        channel: 'phone',
        receivedAt: '2026-03-02T08:30:00.000Z',
        onBehalfOfId: null,
        personName: 'Kari Nordmann',
        category: 'general',
        summary: 'Asked about the invoice',
        ...extra,
      },
      agent,
    );
    if (!result.ok) throw new Error(result.error.message);
    return (result.data as { id: number }).id;
  };
}
