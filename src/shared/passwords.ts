/**
 * Passwords people pick first and attackers therefore try first: the most common ones of ten or
 * more characters in published breach lists, with the Norwegian and office-specific variants. A
 * chosen password is compared without case and without spaces at the ends.
 */
const commonPasswords = new Set([
  '0123456789',
  '1234567890',
  '0987654321',
  '12345678910',
  '123456789a',
  '1234567890a',
  '123123123123',
  '1234512345',
  '1111111111',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'asdfghjkl1',
  'zxcvbnm123',
  'abcdefghij',
  'abcd123456',
  'abc1234567',
  'password12',
  'password123',
  'password1!',
  'password1234',
  'passw0rd123',
  'p@ssw0rd123',
  'passord123',
  'passord1234',
  'iloveyou12',
  'football123',
  'baseball123',
  'sunshine123',
  'princess123',
  'welcome123',
  'welcome1234',
  'letmein123',
  'changeme123',
  'administrator',
  'admin12345',
  'admin123456',
  'superman123',
  'trustno1234',
  'sommer2024',
  'sommer2025',
  'sommer2026',
  'vinter2025',
  'vinter2026',
  'høst2025',
  'høst2026',
  'norge12345',
  'privacydesk',
  'privacy desk',
  'privacydesk1',
  'weassist123',
  'we assist as',
]);

/** Why a chosen password is refused, or null when it may be used (its length is checked apart). */
export function weakPasswordReason(password: string): string | null {
  const trimmed = password.trim();
  if (trimmed.length === 0) return 'The password cannot be only spaces';
  if (trimmed.length < 10) return 'The password must be at least 10 characters besides spaces at the ends';
  if (new Set(trimmed.toLowerCase()).size < 4)
    return 'The password repeats too few different characters; choose a few words instead';
  if (commonPasswords.has(trimmed.toLowerCase()))
    return 'This is one of the most common passwords; choose a few words of your own instead';
  return null;
}
