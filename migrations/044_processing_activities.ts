import type { Knex } from 'knex';

/**
 * The record of processing activities (Art. 30): one row per processing, as controller (30(1)) or
 * as processor for a customer (30(2), linked to the customer and its agreement in the register).
 * List-like fields are JSON arrays; transfers outside the EEA are JSON objects checked by the same
 * Chapter V rules as the agreements'. Seeded with the processing the privacy statement describes
 * as controller; what the statement does not say (where a record needs it) is left empty, so the
 * register lists it as incomplete until the data protection officer fills it in.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('processing_activities', (table) => {
    table.increments('id').primary();
    table.string('reference', 20).notNullable().unique();
    table.string('role', 12).notNullable();
    table.string('name', 200).notNullable();
    table.text('purposes');
    // Comma-framed like the request types of a case: ",6-1-b,6-1-f,".
    table.string('legal_bases', 60).notNullable().defaultTo('');
    table.text('legal_basis_note');
    table.text('data_subjects_json').notNullable().defaultTo('[]');
    table.text('data_categories_json').notNullable().defaultTo('[]');
    table.text('special_categories_json').notNullable().defaultTo('[]');
    table.text('recipients_json').notNullable().defaultTo('[]');
    table.text('transfers_json').notNullable().defaultTo('[]');
    table.text('retention');
    table.text('security_measures');
    table.integer('customer_org_id').references('id').inTable('organisations');
    table.integer('agreement_id').references('id').inTable('agreements');
    table.text('processing_categories');
    table.text('notes');
    table.text('archived_at');
    table.string('archived_by', 120);
    table.text('archive_reason');
    table.text('created_at').notNullable();
    table.integer('created_by').references('id').inTable('users');
    table.text('updated_at').notNullable();
    table.index(['role', 'archived_at']);
    table.index(['agreement_id']);
    table.index(['customer_org_id']);
  });

  const now = new Date().toISOString();
  const security =
    'Access only for the staff and suppliers who need it, each bound to confidentiality; information handled according to its sensitivity so it stays correct and available; security technologies and information-security procedures against unauthorised access, use or disclosure; risk assessments of the processing; data processing agreements with every supplier, who keeps at least our level of security; procedures for handling breaches (privacy statement).';
  const suppliers = 'Suppliers who process the data for us under a data processing agreement (Art. 28)';
  const seeds: Array<{
    name: string;
    purposes: string;
    bases: string[];
    note?: string;
    subjects: string[];
    data: string[];
    recipients: string[];
    retention: string | null;
  }> = [
    {
      name: 'Inquiries by phone and e-mail',
      purposes:
        'To respond to people who contact us, in every form of communication, physical and digital, written and oral, and to document the communication.',
      bases: ['6-1-b', '6-1-f'],
      note: 'A contract with the person where the inquiry concerns one; otherwise our legitimate interest in answering and documenting what was said.',
      subjects: ['Callers and e-mail senders', 'Website visitors who contact us'],
      data: [
        'Name',
        'Contact details (phone, e-mail, address)',
        'What the inquiry is about, and the answer',
        'Call notes and correspondence',
      ],
      recipients: [suppliers],
      retention: null,
    },
    {
      name: 'Service improvement: user behaviour analyses, user surveys and studies',
      purposes:
        'To understand needs and to improve and develop the services; taking part in surveys is voluntary and one can unsubscribe at any time.',
      bases: ['6-1-a', '6-1-f'],
      note: 'Legitimate interest in improving the services; the answers to surveys given voluntarily.',
      subjects: ['Customers and users of the services', 'Website visitors'],
      data: [
        'Date and time of visits to our websites',
        'Device type, operating system and browser',
        'IP addresses',
        'Answers to surveys',
      ],
      recipients: [suppliers],
      retention: null,
    },
    {
      name: 'Payments, invoicing and bookkeeping',
      purposes:
        'To manage payments, invoicing and similar obligations under the regulations, including the Bookkeeping Act, and to disclose information to the authorities when the law requires it.',
      bases: ['6-1-c'],
      note: 'Bokføringsloven and the tax rules.',
      subjects: ['Customers', 'Contact persons at customers and suppliers'],
      data: ['Name', 'Contact details (phone, e-mail, address)', 'Invoices and payment details'],
      recipients: [suppliers, 'Public authorities, when the law requires disclosure'],
      retention:
        'Bookkeeping records are kept until five years after the end of the financial year (bokføringsloven § 13), restricted meanwhile, and then erased.',
    },
    {
      name: 'Security, fraud and abuse prevention',
      purposes:
        'To ensure good security in all our services, and to detect or prevent fraud and other abuse.',
      bases: ['6-1-f'],
      subjects: ['Users of the services', 'Website visitors', 'Callers and e-mail senders'],
      data: ['IP addresses and log data', 'Device type, operating system and browser'],
      recipients: [suppliers],
      retention: null,
    },
    {
      name: 'Marketing of our services by SMS and e-mail',
      purposes:
        'To market the services, tailored to the recipient’s needs, and to send newsletters; anyone may unsubscribe at any time.',
      bases: ['6-1-f'],
      note: 'Legitimate interest in marketing to existing customers; electronic marketing to consumers also needs consent or an existing customer relationship (markedsføringsloven § 15). An objection to direct marketing is always followed (Art. 21(2)-(3)).',
      subjects: ['Customers', 'Newsletter subscribers'],
      data: ['Name', 'Contact details (phone, e-mail, address)', 'Marketing preferences and unsubscriptions'],
      recipients: [suppliers],
      retention:
        'Until the person unsubscribes or objects; the fact of the unsubscription is kept on the suppression list so that no more marketing is sent.',
    },
    {
      name: 'Recruitment',
      purposes: 'To recruit for positions with us.',
      bases: ['6-1-b', '6-1-f'],
      note: 'Steps at the applicant’s request before an employment contract; legitimate interest in checking references.',
      subjects: ['Job applicants', 'Referees'],
      data: ['CV and application', 'Testimonials', 'Notes from interviews', 'Results of reference checks'],
      recipients: [suppliers],
      retention: null,
    },
    {
      name: 'Other purposes the person has consented to',
      purposes: 'Any other purpose the person has specifically consented to.',
      bases: ['6-1-a'],
      subjects: ['People who have given their consent'],
      data: ['As stated when the consent was given'],
      recipients: [suppliers],
      retention: 'Until the consent is withdrawn (Art. 7(3)), then erased; earlier processing stays lawful.',
    },
  ];
  await knex('processing_activities').insert(
    seeds.map((seed, index) => ({
      reference: `PA-${String(index + 1).padStart(3, '0')}`,
      role: 'controller',
      name: seed.name,
      purposes: seed.purposes,
      legal_bases: `,${seed.bases.join(',')},`,
      legal_basis_note: seed.note ?? null,
      data_subjects_json: JSON.stringify(seed.subjects),
      data_categories_json: JSON.stringify(seed.data),
      special_categories_json: '[]',
      recipients_json: JSON.stringify(seed.recipients),
      transfers_json: '[]',
      retention: seed.retention,
      security_measures: security,
      notes: 'From the privacy statement.',
      created_at: now,
      updated_at: now,
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('processing_activities');
}
