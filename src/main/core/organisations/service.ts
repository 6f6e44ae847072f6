import type { Organisation } from '../../../shared/organisations/contract';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFound } from '../errors';
import {
  findByOrgNumber,
  findOrganisation,
  insertOrganisation,
  listOrganisationRows,
  type OrganisationRow,
  type OrganisationValues,
  updateOrganisationRow,
} from './repository';

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    orgNumber: row.org_number,
    country: row.country,
    isCustomer: Boolean(row.is_customer),
    isSupplier: Boolean(row.is_supplier),
    privacyContactName: row.privacy_contact_name,
    privacyContactEmail: row.privacy_contact_email,
    privacyContactPhone: row.privacy_contact_phone,
    services: row.services,
    notes: row.notes,
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The validated fields of an organisation, as the contract's `organisationFields` produce them. */
export interface OrganisationFields {
  name: string;
  orgNumber?: string;
  country: string;
  isCustomer: boolean;
  isSupplier: boolean;
  privacyContactName?: string;
  privacyContactEmail?: string;
  privacyContactPhone?: string;
  services?: string;
  notes?: string;
}

function toValues(fields: OrganisationFields): OrganisationValues {
  return {
    name: fields.name,
    org_number: fields.orgNumber ?? null,
    country: fields.country,
    is_customer: fields.isCustomer,
    is_supplier: fields.isSupplier,
    privacy_contact_name: fields.privacyContactName ?? null,
    privacy_contact_email: fields.privacyContactEmail ?? null,
    privacy_contact_phone: fields.privacyContactPhone ?? null,
    services: fields.services ?? null,
    notes: fields.notes ?? null,
  };
}

export async function requireOrganisation(ctx: Ctx, id: number): Promise<OrganisationRow> {
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw notFound('Organisation', id);
  return row;
}

async function assertOrgNumberFree(ctx: Ctx, fields: OrganisationFields, exceptId?: number): Promise<void> {
  if (!fields.orgNumber) return;
  const existing = await findByOrgNumber(ctx.db, fields.country, fields.orgNumber);
  if (existing && existing.id !== exceptId) {
    throw conflict(`Organisation number ${fields.orgNumber} is already registered for ${existing.name}.`);
  }
}

export async function listOrganisations(
  ctx: Ctx,
  filter: { kind?: 'customer' | 'supplier'; includeInactive: boolean },
): Promise<Organisation[]> {
  return (await listOrganisationRows(ctx.db, filter)).map(toOrganisation);
}

export async function getOrganisation(ctx: Ctx, id: number): Promise<Organisation> {
  return toOrganisation(await requireOrganisation(ctx, id));
}

export async function createOrganisation(ctx: Ctx, fields: OrganisationFields): Promise<Organisation> {
  await assertOrgNumberFree(ctx, fields);
  const id = await insertOrganisation(ctx.db, toValues(fields), isoNow(ctx.clock));
  const created = await getOrganisation(ctx, id);
  await ctx.audit({ action: 'create', entityType: 'organisation', entityId: id, after: created });
  return created;
}

export async function updateOrganisation(
  ctx: Ctx,
  id: number,
  fields: OrganisationFields,
): Promise<Organisation> {
  const before = toOrganisation(await requireOrganisation(ctx, id));
  await assertOrgNumberFree(ctx, fields, id);
  await updateOrganisationRow(ctx.db, id, { ...toValues(fields), updated_at: isoNow(ctx.clock) });
  const after = await getOrganisation(ctx, id);
  await ctx.audit({ action: 'update', entityType: 'organisation', entityId: id, before, after });
  return after;
}

/** Organisations are never deleted (inquiries and agreements refer to them); they are deactivated. */
export async function setOrganisationActive(ctx: Ctx, id: number, active: boolean): Promise<Organisation> {
  const before = toOrganisation(await requireOrganisation(ctx, id));
  await updateOrganisationRow(ctx.db, id, { active, updated_at: isoNow(ctx.clock) });
  const after = await getOrganisation(ctx, id);
  await ctx.audit({
    action: active ? 'reactivate' : 'deactivate',
    entityType: 'organisation',
    entityId: id,
    before,
    after,
  });
  return after;
}
