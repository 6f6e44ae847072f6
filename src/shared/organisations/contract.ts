import { z } from 'zod';
import { command, query } from '../contract/channel';
import { countryCodes } from '../countries';
import { id, isoDateTime, optionalText, requiredText } from '../validation';
import { isValidNorwegianOrgNumber, normaliseOrgNumber } from './org-number';

export const organisationSchema = z.object({
  id,
  name: z.string(),
  orgNumber: z.string().nullable(),
  country: z.string(),
  isCustomer: z.boolean(),
  isSupplier: z.boolean(),
  privacyContactName: z.string().nullable(),
  privacyContactEmail: z.string().nullable(),
  privacyContactPhone: z.string().nullable(),
  services: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * A customer company (the company processes its data as processor) or a supplier (processing data
 * for the company), or both. Norwegian organisation numbers must pass the modulus-11 check.
 */
export const organisationFields = z
  .strictObject({
    name: requiredText('Name', 200),
    orgNumber: z
      .string()
      .trim()
      .max(40, 'The organisation number can be at most 40 characters')
      .optional()
      .transform((value) => (value ? value : undefined)),
    country: z.enum(countryCodes, { error: 'Choose a country from the list' }).default('NO'),
    isCustomer: z.boolean().default(false),
    isSupplier: z.boolean().default(false),
    privacyContactName: optionalText('Privacy contact', 200),
    privacyContactEmail: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.email({ error: 'Enter a valid e-mail address' }).optional()),
    privacyContactPhone: optionalText('Phone', 40),
    services: optionalText('Services', 2000),
    notes: optionalText('Notes', 4000),
  })
  .superRefine((value, context) => {
    if (!value.isCustomer && !value.isSupplier) {
      context.addIssue({
        code: 'custom',
        path: ['isCustomer'],
        message: 'Mark it as a customer, a supplier or both',
      });
    }
    if (value.orgNumber && value.country === 'NO' && !isValidNorwegianOrgNumber(value.orgNumber)) {
      context.addIssue({
        code: 'custom',
        path: ['orgNumber'],
        message: 'This is not a valid Norwegian organisation number (9 digits with a correct check digit)',
      });
    }
  })
  .transform((value) => ({
    ...value,
    orgNumber:
      value.orgNumber && value.country === 'NO' ? normaliseOrgNumber(value.orgNumber) : value.orgNumber,
  }));
export type OrganisationInput = z.input<typeof organisationFields>;

export const organisationsChannels = {
  /** Everyone picks organisations (an agent logs an inquiry on behalf of a customer). */
  'organisations.list': query({
    access: 'signedIn',
    input: z
      .strictObject({
        kind: z.enum(['customer', 'supplier']).optional(),
        includeInactive: z.boolean().default(false),
      })
      .optional()
      .default({ includeInactive: false }),
    output: z.array(organisationSchema),
  }),
  'organisations.get': query({
    access: 'signedIn',
    input: z.strictObject({ id }),
    output: organisationSchema,
  }),
  'organisations.create': command({
    access: ['admin'],
    input: organisationFields,
    output: organisationSchema,
  }),
  'organisations.update': command({
    access: ['admin'],
    input: z.strictObject({ id, changes: organisationFields }),
    output: organisationSchema,
  }),
  'organisations.setActive': command({
    access: ['admin'],
    input: z.strictObject({ id, active: z.boolean() }),
    output: organisationSchema,
  }),
};
