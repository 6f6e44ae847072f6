import { addDays, addMonths, type CalendarDate, compareDates } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import {
  agreementReference,
  articleClauses,
  type AgreementStatus,
  type ClauseKey,
  type CompanyRole,
  directionsFor,
  sccModuleFor,
  type TransferDirection,
  type SpecialCategory,
  type TransferBasis,
  type TransferFacts,
  transferProblems,
} from '../../../shared/agreements/rules';
import { runAsSystem } from '../core';
import type { Random } from '../demo/random';
import type { DemoSeeder } from '../demo/seed';
import { type AgreementRow, insertBatch } from './repository';

interface DemoTransfer {
  importer: string;
  country: string;
  basis: TransferBasis;
  sccModule?: number;
  adequacyConfirmed?: boolean;
  tia?: boolean;
  measures?: string;
}

interface SupplierProfile {
  title: string;
  locations: string[];
  dataTypes: string[];
  special?: SpecialCategory[];
  transfers?: DemoTransfer[];
  declared?: Array<{ name: string; country: string; service: string }>;
  breachHours: number | null;
  security: 'adequate' | 'actions-needed';
  /** Clauses this supplier's agreement lacks, in every demo database (a realistic gap to find). */
  gaps?: ClauseKey[];
}

/** The demo suppliers (demo/organisations.ts) and what their agreements with us say. */
const supplierProfiles: Record<string, SupplierProfile> = {
  'Cloudway Hosting Inc.': {
    title: 'Hosting of the telephony and call-recording platform',
    locations: ['IE', 'US'],
    dataTypes: ['Call recordings', 'Phone numbers', 'Call notes and correspondence'],
    transfers: [
      {
        importer: 'Cloudway Hosting Inc.',
        country: 'US',
        basis: 'scc',
        sccModule: 2,
        tia: true,
        measures:
          'Encryption at rest and in transit with keys held by us in Norway; support access from the US only on request, logged.',
      },
    ],
    declared: [{ name: 'Cloudway Ireland Ltd', country: 'IE', service: 'EU data centre (primary)' }],
    breachHours: 48,
    security: 'adequate',
  },
  'Northwind Mail Ltd': {
    title: 'E-mail delivery and newsletters',
    locations: ['GB'],
    dataTypes: ['Name', 'Contact details (phone, e-mail, address)'],
    transfers: [{ importer: 'Northwind Mail Ltd', country: 'GB', basis: 'adequacy' }],
    breachHours: 72,
    security: 'adequate',
  },
  'Bengaluru Support Services Pvt Ltd': {
    title: 'Second-line IT support with remote access',
    locations: ['IN'],
    dataTypes: ['IP addresses and log data', 'Name', 'Call notes and correspondence'],
    transfers: [
      {
        importer: 'Bengaluru Support Services Pvt Ltd',
        country: 'IN',
        basis: 'scc',
        sccModule: 2,
        tia: true,
        measures: 'Remote access through our jump host only; no copies of data leave Norway.',
      },
    ],
    breachHours: 24,
    security: 'actions-needed',
    gaps: ['audits'],
  },
  'Datacenter Frankfurt GmbH': {
    title: 'Encrypted backup storage',
    locations: ['DE'],
    dataTypes: ['Call recordings', 'Call notes and correspondence', 'Invoices and payment details'],
    breachHours: 24,
    security: 'adequate',
  },
  'Signwise AB': {
    title: 'Electronic signing of agreements',
    locations: ['SE'],
    dataTypes: [
      'Name',
      'Contact details (phone, e-mail, address)',
      'National identity number (fødselsnummer)',
    ],
    breachHours: 48,
    security: 'adequate',
  },
  'Dublin CRM Software Ltd': {
    title: 'CRM software as a service',
    locations: ['IE'],
    dataTypes: [
      'Name',
      'Contact details (phone, e-mail, address)',
      'Customer number',
      'Call notes and correspondence',
    ],
    declared: [{ name: 'Atlas Cloud LLC', country: 'US', service: 'Infrastructure for the CRM service' }],
    transfers: [
      {
        importer: 'Atlas Cloud LLC',
        country: 'US',
        basis: 'adequacy',
        adequacyConfirmed: true,
        measures:
          'Atlas Cloud LLC is certified under the EU-U.S. Data Privacy Framework (checked on the DPF list).',
      },
    ],
    breachHours: 36,
    security: 'adequate',
  },
  'Tokyo Transcribe KK': {
    title: 'Transcription of recorded calls',
    locations: ['JP'],
    dataTypes: ['Call recordings', 'Name'],
    transfers: [{ importer: 'Tokyo Transcribe KK', country: 'JP', basis: 'adequacy' }],
    breachHours: 72,
    security: 'adequate',
    gaps: ['infringing-instructions'],
  },
  'Lønnsservice Norge AS': {
    title: 'Payroll processing',
    locations: ['NO'],
    dataTypes: [
      'Salary and employment details',
      'Bank account number',
      'National identity number (fødselsnummer)',
    ],
    special: ['trade-union', 'health'],
    breachHours: 24,
    security: 'adequate',
  },
  'Arkivsikker AS': {
    title: 'Secure destruction of paper and archive storage',
    locations: ['NO'],
    dataTypes: ['Call notes and correspondence', 'Invoices and payment details'],
    breachHours: null,
    security: 'adequate',
  },
  'TeleNord Kontaktsenter AS': {
    title: 'Overflow call handling',
    locations: ['NO'],
    dataTypes: ['Name', 'Contact details (phone, e-mail, address)', 'Call notes and correspondence'],
    breachHours: 24,
    security: 'adequate',
  },
  'Regnskapsbyrået Bjørk AS': {
    title: 'Bookkeeping',
    locations: ['NO'],
    dataTypes: ['Invoices and payment details', 'Bank account number'],
    breachHours: 48,
    security: 'adequate',
  },
  'SMS-Porten AS': {
    title: 'SMS gateway for reminders and codes',
    locations: ['NO'],
    dataTypes: ['Phone numbers', 'Appointment details'],
    declared: [{ name: 'Twilight Messaging Inc.', country: 'US', service: 'International SMS routing' }],
    // Claims the DPF adequacy decision without the certification checked: the register flags it.
    transfers: [
      { importer: 'Twilight Messaging Inc.', country: 'US', basis: 'adequacy', adequacyConfirmed: false },
    ],
    breachHours: 72,
    security: 'adequate',
  },
};

/** Which suppliers a customer service needs, beyond the hosting and the CRM every service uses. */
const suppliersByService: Record<string, string[]> = {
  'Customer service by phone and e-mail': ['Northwind Mail Ltd'],
  'Invoicing and reminders': ['Regnskapsbyrået Bjørk AS', 'SMS-Porten AS'],
  'Payroll administration': ['Lønnsservice Norge AS'],
  'Reception and switchboard': ['TeleNord Kontaktsenter AS'],
  'Booking of appointments': ['SMS-Porten AS'],
};

const serviceData: Record<string, { types: string[]; subjects: string[]; special?: SpecialCategory[] }> = {
  'Customer service by phone and e-mail': {
    types: ['Name', 'Contact details (phone, e-mail, address)', 'Customer number', 'Call recordings'],
    subjects: ["The customer's customers", 'Callers and e-mail senders'],
  },
  'Invoicing and reminders': {
    types: ['Name', 'Contact details (phone, e-mail, address)', 'Invoices and payment details'],
    subjects: ["The customer's customers"],
  },
  'Payroll administration': {
    types: [
      'Name',
      'National identity number (fødselsnummer)',
      'Salary and employment details',
      'Bank account number',
    ],
    subjects: ["The customer's employees"],
    special: ['health', 'trade-union'],
  },
  'Reception and switchboard': {
    types: ['Name', 'Contact details (phone, e-mail, address)', 'Call notes and correspondence'],
    subjects: ['Callers and e-mail senders', "The customer's employees"],
  },
  'Booking of appointments': {
    types: ['Name', 'Contact details (phone, e-mail, address)', 'Appointment details'],
    subjects: ["The customer's customers"],
    special: ['health'],
  },
};

const commonGaps: ReadonlyArray<readonly [ClauseKey, number]> = [
  ['infringing-instructions', 6],
  ['audits', 4],
  ['assist-32-36', 3],
  ['delete-return', 2],
  ['subprocessors', 2],
  ['confidentiality', 1],
];

interface Plan {
  row: Omit<AgreementRow, 'id' | 'transfer_flag' | 'flags_checked_on'>;
  clauses: Array<{ key: ClauseKey; state: string; ref: string | null; note: string | null }>;
  transfers: DemoTransfer[];
  declared: Array<{ name: string; country: string; service: string }>;
  links: Array<{
    organisationId: number;
    supplierReference: string | null;
    service: string;
    authorisedOn: string | null;
    /** Under a general authorisation, added after signing: the notice (by index) that announced it. */
    notice?: number;
    addedOn?: string;
  }>;
  notices: Array<{
    organisationId: number | null;
    description: string;
    sentOn: string;
    deadline: string;
    objection: { on: string; reason: string } | null;
    resolution: { outcome: string; on: string; note: string } | null;
    approvedOn?: string;
  }>;
}

interface Organisation {
  id: number;
  name: string;
  services: string | null;
}

/** Supplier agreements: we (controller) export to the supplier; customer agreements: onward to our sub-processor. */
function directionOf(plan: Plan, transfer: DemoTransfer): TransferDirection {
  const allowed = directionsFor(plan.row.company_role as CompanyRole);
  return allowed.find((direction) => sccModuleFor[direction] === transfer.sccModule) ?? allowed[0];
}

function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Dates that give the register some of everything: reviews past and due, expiry soon, an expired one still active. */
function lifecycle(random: Random, today: CalendarDate, index: number) {
  const signed = addDays(today, -random.int(45, 1600));
  const effective = addDays(signed, random.int(0, 14));
  const roll = index % 20;
  let status: AgreementStatus = 'active';
  if (roll === 3) status = 'negotiation';
  else if (roll === 7 && index > 20) status = 'draft';
  else if (roll === 11) status = 'terminated';
  else if (roll === 17 && index > 20) status = 'suspended';
  else if (roll === 19 && index > 40) status = 'expired';
  // The first forty show every situation; beyond them, dates spread as in a real office.
  const staged = index < 40;
  let expiry: CalendarDate | null = random.chance(0.4) ? addMonths(effective, 36) : null;
  if (staged ? roll === 5 || roll === 13 : random.chance(0.03)) expiry = addDays(today, random.int(5, 58));
  // A few expired, yet still marked active: the register flags them.
  if (staged ? roll === 9 : random.chance(0.005)) expiry = addDays(today, -random.int(3, 40));
  if (status === 'expired') expiry = addDays(today, -random.int(30, 400));
  if (expiry && compareDates(expiry, effective) <= 0) expiry = addDays(effective, 400);
  let nextReview: CalendarDate;
  if (staged ? roll === 1 || roll === 15 : random.chance(0.04))
    nextReview = addDays(today, -random.int(1, 80));
  else if (staged && (roll === 2 || roll === 8)) nextReview = addDays(today, random.int(0, 30));
  else nextReview = addDays(today, random.int(staged ? 31 : 0, 365));
  const lastReviewed = addMonths(nextReview, -12);
  return {
    status,
    signed: status === 'draft' || status === 'negotiation' ? null : signed,
    effective: status === 'draft' || status === 'negotiation' ? null : effective,
    expiry: status === 'draft' || status === 'negotiation' ? null : expiry,
    nextReview,
    lastReviewed:
      compareDates(lastReviewed, effective) > 0 && compareDates(lastReviewed, today) <= 0
        ? lastReviewed
        : null,
  };
}

function checklist(random: Random, status: AgreementStatus, fixedGaps: readonly ClauseKey[], index: number) {
  const gaps = new Set<ClauseKey>(fixedGaps);
  if (index % 5 === 4) {
    const count = random.int(1, 3);
    while (gaps.size < count + fixedGaps.length) gaps.add(random.weighted(commonGaps));
  }
  const drafting = status === 'draft' || status === 'negotiation';
  return articleClauses.map((clause, position) => {
    if (drafting && random.chance(0.45))
      return { key: clause.key, state: 'unchecked', ref: null, note: null };
    if (gaps.has(clause.key)) return { key: clause.key, state: 'missing', ref: null, note: null };
    return {
      key: clause.key,
      state: 'present',
      ref: `Clause ${Math.floor(position / 4) + 2}.${(position % 4) + 1}`,
      note: null,
    };
  });
}

function planRow(
  lifecycleDates: ReturnType<typeof lifecycle>,
  base: {
    reference: string;
    title: string;
    role: 'controller' | 'processor';
    organisationId: number;
    subject: string;
    nature: string;
    types: string[];
    special: SpecialCategory[];
    subjects: string[];
    locations: string[];
    breachHours: number | null;
    security: { on: string; result: string; notes: string } | null;
    authorisation: 'specific' | 'general' | null;
    now: string;
    createdBy: number | null;
  },
  today: CalendarDate,
): Omit<AgreementRow, 'id' | 'transfer_flag' | 'flags_checked_on'> {
  const { status } = lifecycleDates;
  const terminated =
    status === 'terminated'
      ? earlier(addDays(today, -20), addDays(lifecycleDates.effective ?? today, 200))
      : null;
  return {
    reference: base.reference,
    title: base.title,
    company_role: base.role,
    organisation_id: base.organisationId,
    status,
    signed_on: lifecycleDates.signed,
    effective_on: lifecycleDates.effective,
    expiry_on: lifecycleDates.expiry,
    next_review_on: lifecycleDates.nextReview,
    last_reviewed_on: lifecycleDates.lastReviewed,
    subject_matter: base.subject,
    duration: lifecycleDates.expiry ? 'Fixed term, as stated in clause 12' : 'Until the main agreement ends',
    nature_purpose: base.nature,
    data_types_json: JSON.stringify(base.types),
    special_categories_json: JSON.stringify(base.special),
    data_subjects_json: JSON.stringify(base.subjects),
    locations_json: JSON.stringify(base.locations),
    breach_notice_hours: base.breachHours,
    security_assessed_on: base.security?.on ?? null,
    security_result: base.security?.result ?? null,
    security_notes: base.security?.notes ?? null,
    security_evidence_id: null,
    subprocessor_authorisation: base.authorisation,
    terminated_on: terminated,
    end_of_processing: terminated ? 'deleted' : null,
    end_confirmed_on: terminated ? earlier(addDays(terminated, 14), today) : null,
    termination_note: terminated ? 'Deletion certificate received from the processor.' : null,
    notes: null,
    created_at: base.now,
    created_by: base.createdBy,
    updated_at: base.now,
  };
}

/**
 * Agreements in both directions: one with every demo supplier (with their transfers to the US, India,
 * Japan and the UK, and the sub-processors they declared), then customer agreements whose
 * sub-processors link to those supplier agreements, with change notices and objections under general
 * authorisations; some with gaps, some due for review or expiring. Inserted in batches, so the
 * dashboard benchmark's 2,000 agreements take a few seconds.
 */
export const seedDemoAgreements: DemoSeeder = async (office) => {
  const count = office.options.agreements ?? 0;
  if (count <= 0) return;
  const { core, random } = office;
  const now = core.clock.now();
  const today = osloDate(now);
  const nowIso = now.toISOString();
  const adminId = office.users.get('admin') ?? null;
  const organisations: Array<
    Organisation & { is_customer: number | boolean; is_supplier: number | boolean }
  > = await core
    .db('organisations')
    .where({ active: true })
    .select('id', 'name', 'services', 'is_customer', 'is_supplier');
  const suppliers = organisations.filter((org) => org.is_supplier && supplierProfiles[org.name]);
  const customers = organisations.filter((org) => org.is_customer);
  const supplierByName = new Map(suppliers.map((org) => [org.name, org]));
  const existing: Array<{ reference: string }> = await core.db('agreements').select('reference');
  const used = new Set(existing.map((row) => row.reference));
  const sequences = new Map<number, number>();
  const reference = (date: CalendarDate | null) => {
    const year = Number((date ?? today).slice(0, 4));
    let next = (sequences.get(year) ?? 0) + 1;
    while (used.has(agreementReference(year, next))) next += 1;
    sequences.set(year, next);
    used.add(agreementReference(year, next));
    return agreementReference(year, next);
  };

  const plans: Plan[] = [];
  const supplierReference = new Map<string, string>();
  for (const [index, supplier] of suppliers.entries()) {
    if (plans.length >= count) break;
    const profile = supplierProfiles[supplier.name];
    const dates = lifecycle(random, today, index * 3 + 4);
    // Supplier agreements stay in force: the customer chains rest on them.
    const inForce = { ...dates, status: 'active' as AgreementStatus };
    if (!inForce.signed)
      Object.assign(inForce, { signed: addDays(today, -600), effective: addDays(today, -590) });
    if (inForce.expiry && compareDates(inForce.expiry, today) < 0) inForce.expiry = null;
    const ref = reference(inForce.signed);
    supplierReference.set(supplier.name, ref);
    plans.push({
      row: planRow(
        inForce,
        {
          reference: ref,
          title: profile.title,
          role: 'controller',
          organisationId: supplier.id,
          subject: `${profile.title} for We Assist AS`,
          nature: `${supplier.name} stores and processes the data only to provide the service, on our documented instructions.`,
          types: profile.dataTypes,
          special: profile.special ?? [],
          subjects: ["The customer's customers", 'Callers and e-mail senders', 'Our employees'],
          locations: profile.locations,
          breachHours: profile.breachHours,
          security: {
            on: addDays(today, -random.int(20, 300)),
            result: profile.security,
            notes:
              profile.security === 'adequate'
                ? 'ISO 27001 certificate and penetration test summary reviewed.'
                : 'Multi-factor authentication for remote access promised by the end of the quarter.',
          },
          authorisation: 'general',
          now: nowIso,
          createdBy: adminId,
        },
        today,
      ),
      clauses: checklist(random, 'active', profile.gaps ?? [], index),
      transfers: profile.transfers ?? [],
      declared: profile.declared ?? [],
      links: [],
      notices: [],
    });
  }

  let generalIndex = 0;
  for (let index = 0; plans.length < count && customers.length > 0; index += 1) {
    const customer = customers[index % customers.length];
    const round = Math.floor(index / customers.length);
    const service =
      round === 0 && customer.services && serviceData[customer.services]
        ? customer.services
        : random.pick(Object.keys(serviceData));
    const data = serviceData[service];
    const dates = lifecycle(random, today, index);
    const ended = dates.status === 'terminated' || dates.status === 'expired';
    const chosen = new Set([
      'Cloudway Hosting Inc.',
      'Dublin CRM Software Ltd',
      ...(suppliersByService[service] ?? []),
    ]);
    if (random.chance(0.3)) chosen.add('Tokyo Transcribe KK');
    if (random.chance(0.25)) chosen.add('Bengaluru Support Services Pvt Ltd');
    if (random.chance(0.2)) chosen.add('Arkivsikker AS');
    if (random.chance(0.3)) chosen.add('Datacenter Frankfurt GmbH');
    const chain = [...chosen].flatMap((name) => supplierByName.get(name) ?? []);
    const locations = [...new Set(['NO', ...chain.flatMap((org) => supplierProfiles[org.name].locations)])];
    // Onward transfers to our sub-processors outside the EEA: SCC module 3 (processor to processor).
    const transfers: DemoTransfer[] = chain.flatMap((org) =>
      (supplierProfiles[org.name].transfers ?? [])
        .filter((transfer) => transfer.importer === org.name)
        .map((transfer) => ({
          ...transfer,
          sccModule: transfer.basis === 'scc' ? 3 : undefined,
          tia: transfer.basis === 'scc' ? (transfer.tia ?? true) : undefined,
        })),
    );
    // Every eighth customer agreement forgot the transfer to India: the register flags it.
    const flaggedGap = index % 8 === 6;
    const recordedTransfers = flaggedGap
      ? transfers.filter((transfer) => transfer.country !== 'IN')
      : transfers;
    if (flaggedGap && !locations.includes('IN')) locations.push('IN');
    const authorisation = random.chance(0.7) ? 'general' : 'specific';
    // The sub-processors listed in the agreement when it was signed are authorised by it.
    const links: Plan['links'] = ended
      ? []
      : chain.map((org) => ({
          organisationId: org.id,
          supplierReference: supplierReference.get(org.name) ?? null,
          service: supplierProfiles[org.name].title,
          authorisedOn: dates.signed,
        }));
    const notices: Plan['notices'] = [];
    if (authorisation === 'general' && !ended && dates.signed) {
      const tokyo = supplierByName.get('Tokyo Transcribe KK');
      const frankfurt = supplierByName.get('Datacenter Frankfurt GmbH');
      // The first few show every situation; beyond them notices are as rare as in a real office.
      const scenario =
        generalIndex < 8
          ? generalIndex % 4
          : random.weighted<number>([
              [0, 4],
              [1, 2],
              [2, 6],
              [3, 30],
              [4, 58],
            ]);
      generalIndex += 1;
      if (scenario === 0 && frankfurt) {
        // An addition announced recently: the customer may still object for a few days, so the
        // supplier is not used yet. In every other such agreement the window has passed without an
        // objection (or the customer approved in writing), and it was added after.
        const listed = links.findIndex((link) => link.organisationId === frankfurt.id);
        if (listed >= 0) links.splice(listed, 1);
        const sent = addDays(today, -random.int(10, 25));
        const windowOpen = generalIndex % 8 === 1;
        const deadline = windowOpen ? addDays(today, random.int(2, 12)) : addDays(sent, 7);
        const approvedOn = !windowOpen && random.chance(0.5) ? addDays(sent, 2) : undefined;
        notices.push({
          organisationId: frankfurt.id,
          description: 'Datacenter Frankfurt GmbH will keep encrypted backups of call recordings.',
          sentOn: sent,
          deadline,
          objection: null,
          resolution: null,
          approvedOn,
        });
        if (!windowOpen)
          links.push({
            organisationId: frankfurt.id,
            supplierReference: supplierReference.get(frankfurt.name) ?? null,
            service: supplierProfiles[frankfurt.name].title,
            authorisedOn: approvedOn ?? addDays(deadline, 1),
            notice: notices.length - 1,
            addedOn: approvedOn ?? addDays(deadline, 1),
          });
      } else if (scenario === 1 && tokyo) {
        // The customer objected to transcription in Japan; not yet resolved, so it is not used.
        const sent = addDays(today, -random.int(12, 30));
        notices.push({
          organisationId: tokyo.id,
          description: 'Tokyo Transcribe KK will transcribe recorded calls (Japan, adequacy decision).',
          sentOn: sent,
          deadline: addDays(sent, 30),
          objection: {
            on: addDays(sent, random.int(3, 9)),
            reason: 'Our staff must not have calls transcribed outside Norway.',
          },
          resolution: null,
        });
        const at = links.findIndex((link) => link.organisationId === tokyo.id);
        if (at >= 0) links.splice(at, 1);
      } else if (scenario === 2 && tokyo) {
        const sent = addDays(today, -random.int(90, 200));
        const objected = addDays(sent, 5);
        notices.push({
          organisationId: tokyo.id,
          description: 'Tokyo Transcribe KK will transcribe recorded calls (Japan, adequacy decision).',
          sentOn: sent,
          deadline: addDays(sent, 30),
          objection: { on: objected, reason: 'Asked how long the transcripts are kept.' },
          resolution: {
            outcome: 'objection-withdrawn',
            on: addDays(objected, 9),
            note: 'Transcripts are deleted after 30 days; the customer accepted.',
          },
        });
      } else if (scenario === 3) {
        const sent = addDays(today, -random.int(60, 400));
        notices.push({
          organisationId: chain[0]?.id ?? null,
          description: 'Our hosting moves to a new data centre of the same provider.',
          sentOn: sent,
          deadline: addDays(sent, 30),
          objection: null,
          resolution: null,
        });
      }
    }
    plans.push({
      row: planRow(
        dates,
        {
          reference: reference(dates.signed),
          title:
            round === 0
              ? `${service} for ${customer.name}`
              : `${service} for ${customer.name} (annex ${round + 1})`,
          role: 'processor',
          organisationId: customer.id,
          subject: `${service} on behalf of ${customer.name}`,
          nature:
            'Recording, storing, consulting and disclosing personal data to the customer while providing the service.',
          types: data.types,
          special: data.special ?? [],
          subjects: data.subjects,
          locations,
          breachHours: random.pick([24, 24, 36, 48]),
          security: null,
          authorisation,
          now: nowIso,
          createdBy: adminId,
        },
        today,
      ),
      clauses: checklist(random, dates.status, [], index),
      transfers: recordedTransfers,
      declared: [],
      links,
      notices,
    });
  }

  await runAsSystem(
    core,
    'cli:seed-demo',
    async (ctx) => {
      for (let start = 0; start < plans.length; start += 1000) {
        const chunk = plans.slice(start, start + 1000);
        await insertBatch(
          ctx.db,
          'agreements',
          chunk.map((plan) => {
            const facts: TransferFacts[] = plan.transfers.map((transfer) => ({
              country: transfer.country,
              basis: transfer.basis,
              sccModule: transfer.sccModule ?? null,
              derogation: null,
              direction: directionOf(plan, transfer),
              occasional: false,
              adequacyConfirmed: transfer.adequacyConfirmed ?? false,
              tiaDone: transfer.tia ?? false,
              nextReviewOn: null,
              confirmedOn: today,
            }));
            const countries = [
              ...JSON.parse(plan.row.locations_json),
              ...plan.declared.map((entry) => entry.country),
            ];
            return {
              ...plan.row,
              transfer_flag: transferProblems(countries, facts, today).length > 0,
              flags_checked_on: today,
            };
          }),
        );
      }
      const ids = new Map<string, number>();
      const references = plans.map((plan) => plan.row.reference);
      for (let index = 0; index < references.length; index += 500) {
        const rows: Array<{ id: number; reference: string }> = await ctx
          .db('agreements')
          .whereIn('reference', references.slice(index, index + 500))
          .select('id', 'reference');
        for (const row of rows) ids.set(row.reference, row.id);
      }
      const idOf = (plan: Plan) => ids.get(plan.row.reference) as number;
      const checkedBy = 'Kari Nordmann';
      await insertBatch(
        ctx.db,
        'agreement_clauses',
        plans.flatMap((plan) =>
          plan.clauses.map((clause) => ({
            agreement_id: idOf(plan),
            clause_key: clause.key,
            state: clause.state,
            clause_ref: clause.ref,
            note: clause.note,
            checked_at: clause.state === 'unchecked' ? null : nowIso,
            checked_by: clause.state === 'unchecked' ? null : checkedBy,
          })),
        ),
      );
      await insertBatch(
        ctx.db,
        'agreement_transfers',
        plans.flatMap((plan) =>
          plan.transfers.map((transfer) => ({
            agreement_id: idOf(plan),
            importer: transfer.importer,
            country: transfer.country,
            basis: transfer.basis,
            scc_module: transfer.sccModule ?? null,
            derogation: null,
            direction: directionOf(plan, transfer),
            occasional: false,
            adequacy_confirmed: transfer.adequacyConfirmed ?? false,
            tia_done: transfer.tia ?? false,
            tia_on: transfer.tia ? addDays(today, -random.int(30, 300)) : null,
            supplementary_measures: transfer.measures ?? null,
            next_review_on: addDays(today, random.int(-20, 300)),
            notes: null,
            created_at: nowIso,
            updated_at: nowIso,
            removed_at: null,
            removed_by: null,
          })),
        ),
      );
      await insertBatch(
        ctx.db,
        'agreement_declared_subprocessors',
        plans.flatMap((plan) =>
          plan.declared.map((entry) => ({
            agreement_id: idOf(plan),
            name: entry.name,
            country: entry.country,
            service: entry.service,
            added_at: nowIso,
            removed_at: null,
            removed_by: null,
          })),
        ),
      );
      await insertBatch(
        ctx.db,
        'agreement_change_notices',
        plans.flatMap((plan) =>
          plan.notices.map((notice) => ({
            agreement_id: idOf(plan),
            change: 'addition',
            organisation_id: notice.organisationId,
            description: notice.description,
            sent_on: notice.sentOn,
            sent_to: 'The customer’s privacy contact, by e-mail',
            objection_deadline: notice.deadline,
            objection_on: notice.objection?.on ?? null,
            objection_reason: notice.objection?.reason ?? null,
            resolution: notice.resolution?.outcome ?? null,
            resolved_on: notice.resolution?.on ?? null,
            resolution_note: notice.resolution?.note ?? null,
            approved_on: notice.approvedOn ?? null,
            approval_note: notice.approvedOn ? 'Approved by the customer’s privacy contact by e-mail.' : null,
            created_at: `${notice.sentOn}T09:00:00.000Z`,
            created_by: checkedBy,
          })),
        ),
      );
      // A link added after a change notice names it; the notices of each agreement, in order.
      const noticeIds = new Map<number, number[]>();
      const inserted: Array<{ id: number; agreement_id: number }> = await ctx
        .db('agreement_change_notices')
        .orderBy('id')
        .select('id', 'agreement_id');
      for (const row of inserted)
        noticeIds.set(row.agreement_id, [...(noticeIds.get(row.agreement_id) ?? []), row.id]);
      await insertBatch(
        ctx.db,
        'agreement_subprocessors',
        plans.flatMap((plan) =>
          plan.links.map((link) => ({
            agreement_id: idOf(plan),
            organisation_id: link.organisationId,
            supplier_agreement_id: link.supplierReference ? (ids.get(link.supplierReference) ?? null) : null,
            service: link.service,
            authorised_on: link.authorisedOn,
            notice_id: link.notice === undefined ? null : (noticeIds.get(idOf(plan))?.[link.notice] ?? null),
            added_at: link.addedOn ? `${link.addedOn}T10:00:00.000Z` : nowIso,
            added_by: checkedBy,
            removed_at: null,
            removed_by: null,
            removed_reason: null,
          })),
        ),
      );
      await ctx.audit({ action: 'seed-demo', entityType: 'agreement', after: { count: plans.length } });
    },
    office.actor,
  );
  const suppliersCount = plans.filter((plan) => plan.row.company_role === 'controller').length;
  office.report(
    `agreements: ${plans.length} (${suppliersCount} with suppliers, ${plans.length - suppliersCount} with customers)`,
  );
};
