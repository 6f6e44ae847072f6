import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { createOrganisation } from '../organisations/service';
import { norwegianCompanyKinds, norwegianCompanyWords } from './names';
import { randomOrgNumber, type Random } from './random';

const foreignSuppliers = [
  {
    name: 'Cloudway Hosting Inc.',
    country: 'US',
    services: 'Cloud hosting of the telephony platform',
    orgNumber: 'EIN 84-2039115',
  },
  {
    name: 'Northwind Mail Ltd',
    country: 'GB',
    services: 'E-mail delivery and newsletters',
    orgNumber: '11829304',
  },
  {
    name: 'Bengaluru Support Services Pvt Ltd',
    country: 'IN',
    services: 'Second-line IT support',
    orgNumber: 'U72900KA2015PTC080342',
  },
  { name: 'Datacenter Frankfurt GmbH', country: 'DE', services: 'Backup storage', orgNumber: 'HRB 104512' },
  {
    name: 'Signwise AB',
    country: 'SE',
    services: 'Electronic signing of agreements',
    orgNumber: '556912-4410',
  },
  {
    name: 'Dublin CRM Software Ltd',
    country: 'IE',
    services: 'CRM software as a service',
    orgNumber: '638118',
  },
  { name: 'Tokyo Transcribe KK', country: 'JP', services: 'Call transcription', orgNumber: '0104-01-118822' },
] as const;

const norwegianSuppliers = [
  ['Lønnsservice Norge AS', 'Payroll processing'],
  ['Arkivsikker AS', 'Secure document destruction and archive storage'],
  ['TeleNord Kontaktsenter AS', 'Overflow call handling'],
  ['Regnskapsbyrået Bjørk AS', 'Bookkeeping'],
  ['SMS-Porten AS', 'SMS gateway'],
] as const;

/** Customers (companies we process data for) and suppliers at home and abroad, with valid numbers. */
export async function seedDemoOrganisations(ctx: Ctx, random: Random, customers = 30): Promise<number[]> {
  const ids: number[] = [];
  const usedNames = new Set<string>();
  for (let index = 0; index < customers; index++) {
    let name: string;
    do name = `${random.pick(norwegianCompanyWords)} ${random.pick(norwegianCompanyKinds)} AS`;
    while (usedNames.has(name));
    usedNames.add(name);
    const created = await createOrganisation(ctx, {
      name,
      orgNumber: randomOrgNumber(random),
      country: 'NO',
      isCustomer: true,
      isSupplier: random.chance(0.05),
      privacyContactName: 'Personvernombud',
      privacyContactEmail: `personvern@${name
        .split(' ')[0]
        .toLowerCase()
        .replace(/[æøå]/g, (c) => ({ æ: 'ae', ø: 'o', å: 'a' })[c] ?? c)}.example`,
      services: random.pick([
        'Customer service by phone and e-mail',
        'Invoicing and reminders',
        'Payroll administration',
        'Reception and switchboard',
        'Booking of appointments',
      ]),
    });
    ids.push(created.id);
  }
  for (const [name, services] of norwegianSuppliers) {
    ids.push(
      (
        await createOrganisation(ctx, {
          name,
          orgNumber: randomOrgNumber(random),
          country: 'NO',
          isCustomer: false,
          isSupplier: true,
          services,
        })
      ).id,
    );
  }
  for (const supplier of foreignSuppliers) {
    ids.push((await createOrganisation(ctx, { ...supplier, isCustomer: false, isSupplier: true })).id);
  }
  await ctx.audit({
    action: 'seed-demo',
    entityType: 'organisation',
    after: { count: ids.length, at: isoNow(ctx.clock) },
  });
  return ids;
}
