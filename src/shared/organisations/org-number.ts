/** Digits only: "928 179 575" and "928179575" are the same number. */
export function normaliseOrgNumber(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * The Norwegian organisation number's check digit (Brønnøysundregistrene, modulus 11 with
 * weights 3 2 7 6 5 4 3 2). A remainder that would need check digit 10 makes the number invalid.
 */
export function isValidNorwegianOrgNumber(value: string): boolean {
  const digits = normaliseOrgNumber(value);
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, weight, index) => acc + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}

/** Shown as "928 179 575". */
export function formatOrgNumber(value: string): string {
  const digits = normaliseOrgNumber(value);
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
