import type { CliCommand } from '../command';
import { coreCommands } from './core-commands';
import { deadlineCommand } from './deadline';
import { seedDemoCommand } from './seed-demo';

/** Every command of `privacy-desk`. A feature adds its commands here. */
export const commands: CliCommand[] = [...coreCommands, seedDemoCommand, deadlineCommand];
