import type { z } from 'zod';
import { agreementsChannels } from '../agreements/contract';
import { attachmentsChannels } from '../attachments/contract';
import { auditChannels } from '../audit/contract';
import { authChannels } from '../auth/contract';
import { backupsChannels } from '../backups/contract';
import { breachesChannels } from '../breaches/contract';
import { casesChannels } from '../cases/contract';
import { dashboardChannels } from '../dashboard/contract';
import { erasureChannels } from '../erasure/contract';
import type { DeskContract } from '../desk/contract';
import { inquiriesChannels } from '../inquiries/contract';
import { lettersChannels } from '../letters/contract';
import { organisationsChannels } from '../organisations/contract';
import { peopleChannels } from '../people/contract';
import { processingChannels } from '../processing/contract';
import { reportsChannels } from '../reports/contract';
import { retentionChannels } from '../retention/contract';
import { settingsChannels } from '../settings/contract';
import { usersChannels } from '../users/contract';

/** Every channel the renderer may call. A feature adds its channels by spreading them in here. */
export const contract = {
  ...authChannels,
  ...usersChannels,
  ...auditChannels,
  ...settingsChannels,
  ...organisationsChannels,
  ...attachmentsChannels,
  ...casesChannels,
  ...inquiriesChannels,
  ...dashboardChannels,
  ...reportsChannels,
  ...breachesChannels,
  ...agreementsChannels,
  ...backupsChannels,
  ...processingChannels,
  ...lettersChannels,
  ...retentionChannels,
  ...peopleChannels,
  ...erasureChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** The core's channels and the desk's own (answered by the main process: shared/desk/contract.ts). */
export type AppContract = Contract & DeskContract;
export type AppChannel = keyof AppContract;
/** What the renderer sends (defaults still optional). */
export type ChannelInput<C extends AppChannel> = z.input<AppContract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<C extends AppChannel> = z.output<AppContract[C]['input']>;
/** What a handler returns and the renderer receives. */
export type ChannelOutput<C extends AppChannel> = z.output<AppContract[C]['output']>;

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
