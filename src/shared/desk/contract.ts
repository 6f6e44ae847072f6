import { z } from 'zod';
import { command, query } from '../contract/channel';
import { emptyInput } from '../validation';

const fingerprint = z
  .string()
  .regex(
    /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
    'A certificate fingerprint is 32 pairs of hex digits, e.g. 4F:A2:…',
  );

export const deskStatusSchema = z.object({
  /** Where this desk keeps its data has been chosen (at first start, or by --db). */
  configured: z.boolean(),
  mode: z.enum(['this-computer', 'office']).nullable(),
  /** The database file on this computer, or the office server's address. */
  location: z.string().nullable(),
  /** The office server's pinned certificate fingerprint (https only). */
  fingerprint: fingerprint.nullable(),
  /** Set on the command line (--db): cannot be changed from the window. */
  fixed: z.boolean(),
});
export type DeskStatus = z.infer<typeof deskStatusSchema>;

export const serverProbeSchema = z.object({
  url: z.string(),
  fingerprint: fingerprint.nullable(),
  engine: z.string(),
  schema: z.number().int(),
});
export type ServerProbe = z.infer<typeof serverProbeSchema>;

const serverAddress = z
  .string({ error: 'Enter the office server’s address' })
  .trim()
  .min(1, 'Enter the office server’s address')
  .max(300);

/**
 * The desk's own channels, answered by the Electron main process (not the core): where this
 * computer keeps its data. Chosen once, at first start, before anyone signs in.
 */
export const deskChannels = {
  'desk.status': query({ access: 'public', input: emptyInput, output: deskStatusSchema }),
  /** First contact with an office server: its certificate's fingerprint, to confirm, and its health. */
  'desk.probe': query({
    access: 'public',
    input: z.strictObject({ url: serverAddress }),
    output: serverProbeSchema,
  }),
  'desk.useThisComputer': command({ access: 'public', input: emptyInput, output: deskStatusSchema }),
  /** Connects to the server whose fingerprint the person confirmed; it is pinned from then on. */
  'desk.connect': command({
    access: 'public',
    input: z.strictObject({ url: serverAddress, fingerprint: fingerprint.nullable() }),
    output: deskStatusSchema,
  }),
};

export type DeskContract = typeof deskChannels;
export type DeskChannel = keyof DeskContract;
export const deskChannelNames = Object.keys(deskChannels) as DeskChannel[];

export function isDeskChannel(name: unknown): name is DeskChannel {
  return typeof name === 'string' && Object.hasOwn(deskChannels, name);
}
