import type { Channel } from '../../shared/contract';
import { agreementsHandlers } from './agreements/handlers';
import { attachmentsHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupsHandlers } from './backup/handlers';
import { breachesHandlers } from './breaches/handlers';
import { casesHandlers } from './cases/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import type { Handlers } from './handler';
import { inquiriesHandlers } from './inquiries/handlers';
import { lettersHandlers } from './letters/handlers';
import { organisationsHandlers } from './organisations/handlers';
import { erasureHandlers } from './erasure/handlers';
import { peopleHandlers } from './people/handlers';
import { processingHandlers } from './processing/handlers';
import { reportsHandlers } from './reports/handlers';
import { retentionHandlers } from './retention/handlers';
import { settingsHandlers } from './settings/handlers';
import { usersHandlers } from './users/handlers';

/** One handler per channel of the contract; the compiler refuses a channel without one. */
export const handlers: Handlers<Channel> = {
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...organisationsHandlers,
  ...attachmentsHandlers,
  ...casesHandlers,
  ...inquiriesHandlers,
  ...dashboardHandlers,
  ...reportsHandlers,
  ...breachesHandlers,
  ...agreementsHandlers,
  ...backupsHandlers,
  ...processingHandlers,
  ...lettersHandlers,
  ...retentionHandlers,
  ...peopleHandlers,
  ...erasureHandlers,
};
