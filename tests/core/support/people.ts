import { signedIn, testCore } from './core';

/** An inquiry's input: a phone call from `name` on 2 March 2026 about an invoice, unless `extra` says otherwise. */
export const phoneCall = (name: string, extra: Record<string, unknown>) => ({
  channel: 'phone' as const,
  receivedAt: '2026-03-02T08:30:00.000Z',
  onBehalfOfId: null,
  personName: name,
  category: 'general' as const,
  summary: 'Called about the invoice',
  ...extra,
});

/** An office on 2 March 2026 with an agent, a DPO and an administrator signed in. */
export async function officeOnSecondMarch() {
  const core = await testCore('2026-03-02T09:00:00.000Z');
  const agent = await signedIn(core, ['agent'], 'agent1');
  const dpo = await signedIn(core, ['dpo'], 'dpo');
  const admin = await signedIn(core, ['admin'], 'admin');
  return { core, agent, dpo, admin };
}
