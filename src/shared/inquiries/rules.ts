/** The vocabulary of the inquiry log, with the labels the screens and exports show. */

export const inquiryChannels = ['phone', 'email', 'letter', 'chat', 'in-person', 'web-form'] as const;
export type InquiryChannel = (typeof inquiryChannels)[number];
export const inquiryChannelLabels: Record<InquiryChannel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  letter: 'Letter',
  chat: 'Chat',
  'in-person': 'In person',
  'web-form': 'Web form',
};

export const directions = ['incoming', 'outgoing'] as const;
export type Direction = (typeof directions)[number];
export const directionLabels: Record<Direction, string> = { incoming: 'Incoming', outgoing: 'Outgoing' };

export const inquiryCategories = [
  'general',
  'rights-request',
  'complaint',
  'marketing-opt-out',
  'possible-breach',
  'other',
] as const;
export type InquiryCategory = (typeof inquiryCategories)[number];
export const inquiryCategoryLabels: Record<InquiryCategory, string> = {
  general: 'General question',
  'rights-request': 'Rights request',
  complaint: 'Complaint',
  'marketing-opt-out': 'Marketing opt-out',
  'possible-breach': 'Possible data breach',
  other: 'Other',
};

export const inquiryStatuses = ['open', 'awaiting-person', 'awaiting-customer', 'closed'] as const;
export type InquiryStatus = (typeof inquiryStatuses)[number];
export const inquiryStatusLabels: Record<InquiryStatus, string> = {
  open: 'Open',
  'awaiting-person': 'Awaiting the person',
  'awaiting-customer': 'Awaiting the customer',
  closed: 'Closed',
};

/** Why a person left no way to reach them (one of these, or free text). */
export const noContactReasonHint = 'e.g. anonymous caller, declined to give details';

/** Inquiries cannot be older than this; a typo such as 0206 for 2026 is caught. */
export const earliestInquiryDate = '2000-01-01';

/** How an inquiry is named on screen and in exports: "INQ-000042". */
export function inquiryNumber(id: number): string {
  return `INQ-${String(id).padStart(6, '0')}`;
}
