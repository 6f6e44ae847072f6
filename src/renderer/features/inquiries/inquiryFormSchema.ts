import { format, isValid, parse, parseISO } from 'date-fns';
import { z } from 'zod';
import { text } from '../../i18n';
import { type InquiryDetail, inquiryFields } from '../../../shared/inquiries/contract';
import {
  directions,
  inquiryCategories,
  inquiryChannels,
  inquiryStatuses,
} from '../../../shared/inquiries/rules';

const receivedFormat = 'dd.MM.yyyy HH:mm';

/** The typed received time, or null when it is not a date and time in the form dd.mm.yyyy hh:mm. */
export function parseReceived(text: string | undefined): Date | null {
  const parsed = parse((text ?? '').trim(), receivedFormat, new Date());
  return isValid(parsed) ? parsed : null;
}

export function toLocalInput(iso: string): string {
  return format(parseISO(iso), receivedFormat);
}

const typedText = z.string().optional();

/**
 * The quick log's and the edit dialog's fields as the form holds them: the received time as typed in
 * local time ("dd.mm.yyyy hh:mm", one Tab stop). It becomes the contract's instant, and then the
 * contract's own schema checks everything, its rules across fields included (a phone, an e-mail or a
 * reason; an outcome to close), so the form says what the core would before anything is sent.
 */
export const inquiryForm = z
  .object({
    channel: z.enum(inquiryChannels),
    direction: z.enum(directions),
    receivedAt: z.string().transform((typed, context) => {
      const received = parseReceived(typed);
      if (received) return received.toISOString();
      context.addIssue({ code: 'custom', message: text('inquiries', 'useTimeForm') });
      return z.NEVER;
    }),
    onBehalfOfId: z.number().nullable(),
    personName: typedText,
    personPhone: typedText,
    personEmail: typedText,
    personReference: typedText,
    noContactReason: typedText,
    category: z.enum(inquiryCategories),
    summary: z.string(),
    notes: typedText,
    status: z.enum(inquiryStatuses),
    outcome: typedText,
    followUpOn: z.string().nullable(),
    assignedToId: z.number().optional(),
  })
  // An outcome is kept only for a closed inquiry; the call's length is the quick log's to add.
  .transform((values): z.input<typeof inquiryFields> => ({
    ...values,
    outcome: values.status === 'closed' ? values.outcome : undefined,
  }))
  .pipe(inquiryFields);

export type InquiryFormValues = z.input<typeof inquiryForm>;

export function emptyInquiryForm(nowIso: string, userId: number | null): InquiryFormValues {
  return {
    channel: 'phone',
    direction: 'incoming',
    receivedAt: toLocalInput(nowIso),
    onBehalfOfId: null,
    personName: '',
    personPhone: '',
    personEmail: '',
    personReference: '',
    noContactReason: '',
    category: 'general',
    summary: '',
    notes: '',
    status: 'open',
    outcome: '',
    followUpOn: null,
    assignedToId: userId ?? undefined,
  };
}

export function formFromInquiry(inquiry: InquiryDetail): InquiryFormValues {
  return {
    channel: inquiry.channel,
    direction: inquiry.direction,
    receivedAt: toLocalInput(inquiry.receivedAt),
    onBehalfOfId: inquiry.onBehalfOf?.id ?? null,
    personName: inquiry.personName ?? '',
    personPhone: inquiry.personPhone ?? '',
    personEmail: inquiry.personEmail ?? '',
    personReference: inquiry.personReference ?? '',
    noContactReason: inquiry.noContactReason ?? '',
    category: inquiry.category,
    summary: inquiry.summary,
    notes: inquiry.notes ?? '',
    status: inquiry.status,
    outcome: inquiry.outcome ?? '',
    followUpOn: inquiry.followUpOn,
    assignedToId: inquiry.assignedTo.id,
  };
}
