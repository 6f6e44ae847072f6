import type { Knex } from 'knex';
import * as spine from './001_spine';
import * as organisations from './002_organisations';
import * as attachments from './003_attachments';
import * as inquiries from './004_inquiries';
import * as cases from './005_cases';
import * as reminders from './007_reminders';
import * as caseInquiries from './008_case_inquiries';
import * as agreements from './009_agreements';
import * as breaches from './010_breaches';
import * as caseFigures from './011_case_figures';
import * as inquirySearch from './012_inquiry_search';
import * as inquiryFilters from './013_inquiry_filters';
import * as agreementRegister from './014_agreement_register';
import * as postgresql from './015_postgresql';
import * as sessionEpoch from './020_session_epoch';
import * as auditPayloads from './030_audit_payloads';
import * as retention from './031_retention';
import * as personSearch from './032_person_search';
import * as personSearchIndexes from './033_person_search_indexes';
import * as erasure from './037_erasure';
import * as caseRules from './040_case_rules';
import * as restrictions from './041_restrictions';
import * as breachDuties from './042_breach_duties';
import * as agreementRules from './043_agreement_rules';
import * as processingActivities from './044_processing_activities';
import * as retentionFeeIndex from './045_retention_fee_index';
import * as callerHistory from './050_caller_history';
import * as listOrders from './055_list_orders';
import * as caseSearch from './056_case_search';
import * as caseOrders from './057_case_orders';
import * as agreementCompleteness from './058_agreement_completeness';
import * as userLanguage from './047_user_language';
import * as letterTemplates from './060_letter_templates';
import * as postgresqlIndexOrder from './070_postgresql_index_order';
import * as searchDeleteMerge from './075_search_delete_merge';
import * as eventPhrases from './080_event_phrases';
import * as postgresqlSearchMonths from './085_postgresql_search_months';
import * as caseRequestTypes from './090_case_request_types';

export type NamedMigration = readonly [name: string, migration: Knex.Migration];

/**
 * Every migration, in order, imported statically so they work bundled and inside an asar.
 * A migration that has landed is never edited: the next change is a new file added at the end.
 */
export const migrations: readonly NamedMigration[] = [
  ['001_spine', spine],
  ['002_organisations', organisations],
  ['003_attachments', attachments],
  ['004_inquiries', inquiries],
  ['005_cases', cases],
  ['007_reminders', reminders],
  ['008_case_inquiries', caseInquiries],
  ['009_agreements', agreements],
  ['010_breaches', breaches],
  ['011_case_figures', caseFigures],
  ['012_inquiry_search', inquirySearch],
  ['013_inquiry_filters', inquiryFilters],
  ['014_agreement_register', agreementRegister],
  ['015_postgresql', postgresql],
  ['020_session_epoch', sessionEpoch],
  ['030_audit_payloads', auditPayloads],
  ['031_retention', retention],
  ['032_person_search', personSearch],
  ['033_person_search_indexes', personSearchIndexes],
  ['037_erasure', erasure],
  ['040_case_rules', caseRules],
  ['041_restrictions', restrictions],
  ['042_breach_duties', breachDuties],
  ['043_agreement_rules', agreementRules],
  ['044_processing_activities', processingActivities],
  ['045_retention_fee_index', retentionFeeIndex],
  ['047_user_language', userLanguage],
  ['050_caller_history', callerHistory],
  ['055_list_orders', listOrders],
  ['056_case_search', caseSearch],
  ['057_case_orders', caseOrders],
  ['058_agreement_completeness', agreementCompleteness],
  ['060_letter_templates', letterTemplates],
  ['070_postgresql_index_order', postgresqlIndexOrder],
  ['075_search_delete_merge', searchDeleteMerge],
  ['080_event_phrases', eventPhrases],
  ['085_postgresql_search_months', postgresqlSearchMonths],
  ['090_case_request_types', caseRequestTypes],
];

export function sourceOf(list: readonly NamedMigration[]): Knex.MigrationSource<string> {
  return {
    getMigrations: async () => list.map(([name]) => name),
    getMigrationName: (name) => name,
    getMigration: async (name) => {
      const found = list.find(([candidate]) => candidate === name);
      if (!found) throw new Error(`Unknown migration ${name}`);
      return found[1];
    },
  };
}
