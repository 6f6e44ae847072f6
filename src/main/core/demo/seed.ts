import { seedDemoAgreements } from '../agreements/demo';
import { seedDemoBreaches } from '../breaches/demo';
import { seedDemoCases } from '../cases/demo';
import { seedDemoInquiries } from '../inquiries/demo';
import { seedDemoProcessing } from '../processing/demo';
import type { Core } from '../core';
import { runAsSystem } from '../core';
import type { Actor } from '../context';
import { seedDemoOrganisations } from './organisations';
import { type Random, seededRandom } from './random';
import { seedDemoUsers } from './users';

export interface DemoOptions {
  seed: number;
  /** Password of every demo user. */
  password: string;
  /** Inquiries to create (the inquiry log's seeder). */
  inquiries: number;
  /** Rights-request cases to create (the cases seeder). */
  cases: number;
  /** Data processing agreements to create, both directions (the agreements seeder); none when left out. */
  agreements?: number;
  /** Personal data breaches to create (the breach register's seeder); none when left out. */
  breaches?: number;
}

/** What each feature's seeder gets: the office seeded so far, to refer to. */
export interface DemoOffice {
  core: Core;
  random: Random;
  actor: Actor;
  users: Map<string, number>;
  organisationIds: number[];
  options: DemoOptions;
  report(line: string): void;
}

/** A feature's contribution to the demo database. Seeders run in list order. */
export type DemoSeeder = (office: DemoOffice) => Promise<void>;

export const demoSeeders: DemoSeeder[] = [
  seedDemoInquiries,
  seedDemoCases,
  seedDemoAgreements,
  seedDemoProcessing,
  seedDemoBreaches,
];

export async function seedDemo(
  core: Core,
  options: DemoOptions,
  actor: Actor,
  report: (line: string) => void,
): Promise<void> {
  const random = seededRandom(options.seed);
  const users = await runAsSystem(
    core,
    'cli:seed-demo',
    (ctx) => seedDemoUsers(ctx, options.password),
    actor,
  );
  report(`users: ${[...users.keys()].join(', ')} (password: the one given)`);
  const organisationIds = await runAsSystem(
    core,
    'cli:seed-demo',
    (ctx) => seedDemoOrganisations(ctx, random),
    actor,
  );
  report(`organisations: ${organisationIds.length}`);
  const office: DemoOffice = { core, random, actor, users, organisationIds, options, report };
  for (const seeder of demoSeeders) await seeder(office);
}
