import type { CliCommand } from '../command';
import { agreementsExportCommand } from './agreements';
import { backupCommand, restoreCommand } from './backup';
import { casesExportCommand } from './cases';
import { coreCommands } from './core-commands';
import { deadlineCommand } from './deadline';
import { holdsLiftCommand, holdsListCommand, holdsPlaceCommand } from './holds';
import { inquiriesExportCommand } from './inquiries';
import { lettersRenderCommand } from './letters';
import { personEraseCommand, personFindCommand, personReportCommand } from './people';
import { processingExportCommand } from './processing';
import { reportAnnualCommand } from './report';
import { retentionPreviewCommand, retentionPurgeCommand } from './retention';
import { seedDemoCommand } from './seed-demo';
import { moveCommand } from './move';
import { serveCommand } from './serve';

/** Every command of `privacy-desk`. A feature adds its commands here. */
export const commands: CliCommand[] = [
  ...coreCommands,
  seedDemoCommand,
  deadlineCommand,
  inquiriesExportCommand,
  reportAnnualCommand,
  agreementsExportCommand,
  serveCommand,
  moveCommand,
  backupCommand,
  restoreCommand,
  processingExportCommand,
  casesExportCommand,
  lettersRenderCommand,
  retentionPreviewCommand,
  retentionPurgeCommand,
  personFindCommand,
  personReportCommand,
  personEraseCommand,
  holdsListCommand,
  holdsPlaceCommand,
  holdsLiftCommand,
];
