import type { Knex } from 'knex';

/**
 * Rights-request cases: the case with its clock (the current due date is stored so lists, filters
 * and the dashboard can use SQL), identity verification (never a copy of an ID document), tasks,
 * Art. 19 recipients, a timeline, and the verification checklist templates with the defaults below.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('cases', (table) => {
    table.increments('id').primary();
    table.string('number', 20).notNullable().unique();
    table.string('state', 10).notNullable().defaultTo('open');

    table.string('person_name', 200).notNullable();
    table.string('person_name_key', 200).notNullable();
    table.string('person_email', 200);
    table.string('person_email_key', 200);
    table.string('person_phone', 40);
    table.string('person_phone_key', 40);
    table.string('person_address', 500);
    table.string('person_reference', 100);
    table.integer('customer_org_id').references('id').inTable('organisations');
    table.string('capacity', 12).notNullable();

    table.string('rep_name', 200);
    table.string('rep_relation', 20);
    table.string('rep_contact', 300);
    table.string('rep_authority_evidence', 30);
    table.string('rep_authority_note', 1000);
    table.text('rep_authority_checked_at');
    table.string('rep_authority_checked_by', 120);

    // Comma-framed (",access,erasure,") so one LIKE finds a type without a join.
    table.string('request_types', 200).notNullable();
    table.string('channel', 16).notNullable();
    table.string('priority', 10).notNullable().defaultTo('normal');
    table.integer('handler_id').references('id').inTable('users');
    table.text('notes');

    table.string('received_date', 10).notNullable();
    table.text('received_at');
    table.string('due_date', 10).notNullable();
    // A verification pause still running moves the due date every day: such rows are refreshed on read.
    table.boolean('pause_open').notNullable().defaultTo(false);
    table.string('due_computed_on', 10).notNullable();

    table.string('extension_decided_on', 10);
    table.string('extension_told_on', 10);
    table.string('extension_notice_channel', 16);
    table.text('extension_reasons');
    table.text('extended_at');
    table.string('extended_by', 120);

    table.string('verification_method', 20);
    table.string('verification_result', 12);
    table.text('verification_reason');
    table.text('verification_decided_at');
    table.string('verification_decided_by', 120);
    table.string('verification_covers', 200);
    table.string('verification_capacity', 12);
    table.boolean('verification_auto').notNullable().defaultTo(false);
    table.string('verification_requested_on', 10);
    table.string('verification_received_on', 10);
    table.text('override_reason');
    table.text('override_at');
    table.string('override_by', 120);
    table.string('override_covers', 200);

    table.string('forwarded_on', 10);
    table.string('forwarded_to', 300);
    table.string('forwarded_how', 16);
    table.text('forwarding_note');
    table.string('customer_deadline', 10);

    table.string('outcome', 16);
    table.text('outcome_reasons');
    table.boolean('manifestly_unfounded').notNullable().defaultTo(false);
    table.text('unfounded_justification');
    table.boolean('states_complaint_right').notNullable().defaultTo(false);
    table.boolean('states_judicial_remedy').notNullable().defaultTo(false);
    table.boolean('discloses_personal_data').notNullable().defaultTo(false);
    table.string('reply_date', 10);
    table.string('reply_channel', 16);
    table.boolean('closed_late').notNullable().defaultTo(false);
    table.text('late_reason');
    table.text('closed_at');
    table.string('closed_by', 120);

    table.text('created_at').notNullable();
    table.integer('created_by').references('id').inTable('users');
    table.string('created_by_name', 120).notNullable();
    table.text('updated_at').notNullable();

    table.index(['state', 'due_date']);
    table.index(['due_date']);
    table.index(['received_date']);
    table.index(['handler_id']);
    table.index(['customer_org_id']);
    table.index(['person_email_key']);
    table.index(['person_phone_key']);
    table.index(['person_name_key']);
    table.index(['pause_open']);
  });

  await knex.schema.createTable('case_verification_items', (table) => {
    table.increments('id').primary();
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.integer('position').notNullable();
    table.string('label', 300).notNullable();
    table.string('help', 1000);
    table.string('template_name', 120).notNullable();
    table.text('ticked_at');
    table.string('ticked_by', 120);
    table.index(['case_id']);
  });

  await knex.schema.createTable('case_tasks', (table) => {
    table.increments('id').primary();
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.integer('position').notNullable();
    table.string('request_type', 24);
    table.string('task_key', 60);
    table.string('label', 300).notNullable();
    table.string('help', 1000);
    table.string('effect', 10);
    table.string('state', 16).notNullable().defaultTo('open');
    table.text('state_note');
    table.text('done_at');
    table.string('done_by', 120);
    table.integer('assignee_id').references('id').inTable('users');
    table.index(['case_id']);
    table.index(['assignee_id']);
  });

  await knex.schema.createTable('case_task_comments', (table) => {
    table.increments('id').primary();
    table.integer('task_id').notNullable().references('id').inTable('case_tasks');
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.text('at').notNullable();
    table.string('by', 120).notNullable();
    table.text('text').notNullable();
    table.index(['task_id']);
  });

  await knex.schema.createTable('case_recipients', (table) => {
    table.increments('id').primary();
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.integer('organisation_id').references('id').inTable('organisations');
    table.string('name', 200).notNullable();
    table.string('notified_on', 10);
    table.string('how', 200);
    table.text('not_possible_reason');
    table.text('created_at').notNullable();
    table.index(['case_id']);
  });

  await knex.schema.createTable('case_events', (table) => {
    table.increments('id').primary();
    table.integer('case_id').notNullable().references('id').inTable('cases');
    table.text('at').notNullable();
    table.integer('actor_id');
    table.string('actor_name', 120).notNullable();
    table.string('kind', 30).notNullable();
    table.text('summary').notNullable();
    table.index(['case_id', 'at']);
  });

  await knex.schema.createTable('verification_templates', (table) => {
    table.increments('id').primary();
    table.string('name', 120).notNullable();
    table.string('channels', 100).notNullable().defaultTo('');
    table.string('request_types', 200).notNullable().defaultTo('');
    table.string('capacity', 12);
    table.boolean('verification_needed').notNullable();
    table.text('not_needed_reason');
    table.integer('position').notNullable();
    table.boolean('active').notNullable().defaultTo(true);
    table.text('created_at').notNullable();
    table.text('updated_at').notNullable();
  });

  await knex.schema.createTable('verification_template_items', (table) => {
    table.increments('id').primary();
    table.integer('template_id').notNullable().references('id').inTable('verification_templates');
    table.integer('position').notNullable();
    table.string('label', 300).notNullable();
    table.string('help', 1000);
    table.index(['template_id']);
  });

  const now = new Date().toISOString();
  let position = 0;
  for (const template of defaultTemplates) {
    position += 1;
    const [inserted] = await knex('verification_templates')
      .insert({
        name: template.name,
        channels: frame(template.channels),
        request_types: frame(template.types),
        capacity: template.capacity ?? null,
        verification_needed: template.items.length > 0,
        not_needed_reason: template.notNeededReason ?? null,
        position,
        active: true,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const templateId = typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
    if (template.items.length > 0) {
      await knex('verification_template_items').insert(
        template.items.map(([label, help], index) => ({
          template_id: templateId,
          position: index + 1,
          label,
          help: help ?? null,
        })),
      );
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('verification_template_items');
  await knex.schema.dropTable('verification_templates');
  await knex.schema.dropTable('case_events');
  await knex.schema.dropTable('case_recipients');
  await knex.schema.dropTable('case_task_comments');
  await knex.schema.dropTable('case_tasks');
  await knex.schema.dropTable('case_verification_items');
  await knex.schema.dropTable('cases');
}

function frame(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${values.join(',')},`;
}

interface DefaultTemplate {
  name: string;
  channels: string[];
  types: string[];
  capacity?: string;
  notNeededReason?: string;
  items: Array<[label: string, help?: string]>;
}

const disclosing = ['access', 'portability'];
const other = ['information', 'rectification', 'erasure', 'restriction', 'objection', 'consent-withdrawal'];
const noDisclosureOnTheCall: [string, string] = [
  'No personal data disclosed or changed during the incoming call',
  'Never disclose personal data during an unverified phone call.',
];

/**
 * The shipped checklists (DOMAIN.md section 1; EDPB guidelines 01/2022 §§ 60-81): proportionate to
 * what a wrong disclosure or change would do, stricter for access and portability, none for a
 * marketing opt-out. The first active template that fits a request type is used. Admins edit them.
 */
const defaultTemplates: DefaultTemplate[] = [
  {
    name: 'Processor cases: the customer verifies',
    channels: [],
    types: [],
    capacity: 'processor',
    notNeededReason:
      'We act as processor on the customer’s documented instructions; the customer, as controller, decides on the person’s identity (Art. 28(3)(e)).',
    items: [],
  },
  {
    name: 'Marketing opt-out: no verification',
    channels: [],
    types: ['marketing-opt-out'],
    notNeededReason:
      'A marketing opt-out is always granted, discloses nothing and harms no one if made by someone else; no more information may be asked for than needed (Art. 12(2), 21(3)).',
    items: [],
  },
  {
    name: 'Phone: access or portability',
    channels: ['phone'],
    types: disclosing,
    items: [
      noDisclosureOnTheCall,
      [
        'Called back on the phone number we already hold (not the number the call came from)',
        'If we hold no number, send a code to the e-mail address on file instead and record that method.',
      ],
      [
        'Two facts checked against data we already hold',
        'E.g. customer number, postal address, date of the last order or invoice. Ask for nothing we do not already hold.',
      ],
      ['The reply will go only to the postal or e-mail address on file'],
    ],
  },
  {
    name: 'Phone: other requests',
    channels: ['phone'],
    types: other,
    items: [
      noDisclosureOnTheCall,
      ['Called back on the number on file, or a code sent to the number or e-mail on file and read back'],
      ['One fact checked against data we already hold'],
    ],
  },
  {
    name: 'E-mail or chat: access or portability',
    channels: ['email', 'chat'],
    types: disclosing,
    items: [
      ['The request came from the e-mail address on file, or a reply to our message was received from it'],
      [
        'A one-time code or link sent to the e-mail address or phone number on file was returned',
        'Use a channel we already hold, never one given in the request.',
      ],
      ['The reply will go only to the e-mail address on file, encrypted or by a secure link'],
    ],
  },
  {
    name: 'E-mail or chat: other requests',
    channels: ['email', 'chat'],
    types: other,
    items: [
      [
        'The request came from, or was confirmed by a reply from, the e-mail address on file',
        'If the address is not on file, send a confirmation to the address or number we hold.',
      ],
    ],
  },
  {
    name: 'Letter: access or portability',
    channels: ['letter'],
    types: disclosing,
    items: [
      ['Name and postal address match the data we hold'],
      [
        'A code sent to the phone number or e-mail on file was returned, or a callback to the number on file was made',
      ],
      ['The reply will go to the postal address on file'],
    ],
  },
  {
    name: 'Letter: other requests',
    channels: ['letter'],
    types: other,
    items: [
      ['Name and postal address match the data we hold'],
      ['Confirmation received through the e-mail address or phone number on file'],
    ],
  },
  {
    name: 'In person: access or portability',
    channels: ['in-person'],
    types: disclosing,
    items: [
      [
        'Identity document checked in person: record only that it was checked, by whom and when',
        'Never take or keep a copy of the document.',
      ],
      ['Name and one further fact match the data we hold'],
    ],
  },
  {
    name: 'In person: other requests',
    channels: ['in-person'],
    types: other,
    items: [
      ['Identity document checked in person (no copy taken), or two facts checked against data we hold'],
    ],
  },
];
