/** Normalised forms of a person's identifiers, stored beside them so duplicates are found by index. */

export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

export function emailKey(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/** Digits only, without the Norwegian country code: "+47 912 34 567" and "91234567" match. */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+47') || (digits.startsWith('0047') && digits.length === 12)) {
    digits = digits.replace(/^(00)?47/, '');
  } else if (digits.startsWith('47') && digits.length === 10) digits = digits.slice(2);
  return digits.length >= 5 ? digits : null;
}

/** ",access,erasure," ⇄ ['access', 'erasure'] */
export function frameList(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${values.join(',')},`;
}

export function unframeList<T extends string>(framed: string | null | undefined): T[] {
  return (framed ?? '').split(',').filter(Boolean) as T[];
}
