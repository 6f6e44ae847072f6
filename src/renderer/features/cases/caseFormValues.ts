import type { CaseDetail, NewCaseInput } from '../../../shared/cases/contract';

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
