export const roles = ['agent', 'dpo', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  agent: 'Call-center agent',
  dpo: 'Data protection officer',
  admin: 'Administrator',
};

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => held.includes(role));
}
