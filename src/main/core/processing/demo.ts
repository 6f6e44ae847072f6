import { osloDate } from '../../../shared/oslo';
import { runAsSystem } from '../core';
import type { DemoSeeder } from '../demo/seed';
import { uncoveredCustomerAgreements } from './repository';
import { createFromAgreement } from './service';

/** How many customer agreements in force get their Art. 30(2) record in the demo; the rest show as uncovered. */
const recorded = 8;

const security =
  'As in our own processing: access for the customer team only, bound to confidentiality; encrypted storage and transport; logging of access; the suppliers we use as sub-processors keep at least our level of security under their agreements.';

/**
 * The record of processing as processor: the first customer agreements in force, filled from the
 * agreement, with the security measures described. The records as controller come with the
 * database (migration 044, from the privacy statement).
 */
export const seedDemoProcessing: DemoSeeder = async (office) => {
  const { core } = office;
  const today = osloDate(core.clock.now());
  const agreements = (await uncoveredCustomerAgreements(core.db, today)).slice(0, recorded);
  if (agreements.length === 0) return;
  await runAsSystem(
    core,
    'cli:seed-demo',
    async (ctx) => {
      for (const agreement of agreements) {
        const record = await createFromAgreement(ctx, agreement.id);
        await ctx
          .db('processing_activities')
          .where({ id: record.id })
          .update({ security_measures: security, updated_at: record.updatedAt });
      }
    },
    office.actor,
  );
  office.report(
    `processing activities: ${agreements.length} records as processor, linked to customer agreements`,
  );
};
