import type { SerializedError } from '@reduxjs/toolkit';
import type { CaseDetail, NewCaseInput } from '../../../shared/cases/contract';
import type { ApiError } from '../../../shared/errors';
import type { MutationResult } from '../../components/form';
import { isApiErrorLike } from '../../lib/forms';

/** The values of the case form: a new case's input; editing leaves out the received date and handler. */
export type CaseFormValues = NewCaseInput;

export const noRepresentative = { name: '', relation: 'lawyer', contact: '' } as const;

export function emptyCaseForm(today: string | null): CaseFormValues {
  return {
    personName: '',
    personEmail: '',
    personPhone: '',
    personAddress: '',
    personReference: '',
    types: [],
    channel: 'email',
    capacity: 'controller',
    customerId: null,
    representative: null,
    priority: 'normal',
    notes: '',
    receivedDate: today ?? '',
    handlerId: null,
  };
}

export function caseFormFrom(detail: CaseDetail): CaseFormValues {
  const { person, representative } = detail;
  return {
    personName: person.name,
    personEmail: person.email ?? '',
    personPhone: person.phone ?? '',
    personAddress: person.address ?? '',
    personReference: person.reference ?? '',
    types: detail.types,
    channel: detail.channel,
    capacity: detail.capacity,
    customerId: detail.customer?.id ?? null,
    representative: representative
      ? {
          name: representative.name,
          relation: representative.relation,
          contact: representative.contact ?? '',
        }
      : null,
    priority: detail.priority,
    notes: detail.notes ?? '',
    receivedDate: detail.clock.receivedDate,
    handlerId: detail.handler?.id ?? null,
  };
}

/**
 * A command whose input nests the form's values under one key (`{ id, changes }`) names its issues
 * `changes.<field>`: this answers them as the form's own fields, so they land under those fields.
 */
export function rerooted<T>(result: MutationResult<T>, key: string): MutationResult<T> {
  if (result.error === undefined || !isApiErrorLike(result.error)) return result;
  const error: ApiError | SerializedError = {
    ...result.error,
    issues: result.error.issues?.map((issue) => ({
      ...issue,
      path: issue.path.startsWith(`${key}.`) ? issue.path.slice(key.length + 1) : issue.path,
    })),
  };
  return { error };
}
