import { format, formatDistanceToNowStrict, parseISO } from 'date-fns';

/** Dates are shown the Norwegian way (dd.MM.yyyy), in the machine's local time (Europe/Oslo in the office). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? format(parseISO(iso), 'dd.MM.yyyy HH:mm') : '';
}

export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? format(parseISO(isoDate), 'dd.MM.yyyy') : '';
}

export function formatRelative(iso: string | null | undefined): string {
  return iso ? formatDistanceToNowStrict(parseISO(iso), { addSuffix: true }) : '';
}

/** Today as YYYY-MM-DD in local time. */
export function todayIsoDate(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
