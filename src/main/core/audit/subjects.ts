import { emailKey, nameKey, phoneKey } from '../cases/keys';

/** Kinds of a person's identifiers, as the person search and the audit index know them. */
export type SubjectKind = 'email' | 'phone' | 'name' | 'ref';

export interface Subject {
  kind: SubjectKind;
  key: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxSubjects = 24;
const maxKeyLength = 200;

/** Field names whose text is a person's (or company's) name, a phone number, a reference. */
const nameField = /(^|_|[a-z])(name|Name)$|^q$|^query$|^contactPoint$|^rep_?[Cc]ontact$/;
const phoneField = /phone/i;
const referenceField = /reference|customerNumber/i;

function add(found: Map<string, Subject>, kind: SubjectKind, key: string | null): void {
  if (!key || key.length < 2 || found.size >= maxSubjects) return;
  const trimmed = key.slice(0, maxKeyLength);
  found.set(`${kind}:${trimmed}`, { kind, key: trimmed });
}

function visit(value: unknown, field: string, found: Map<string, Subject>, depth: number): void {
  if (depth > 6 || found.size >= maxSubjects) return;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return;
    if (emailPattern.test(text)) add(found, 'email', emailKey(text));
    if (phoneField.test(field)) add(found, 'phone', phoneKey(text));
    if (referenceField.test(field)) add(found, 'ref', text.toLowerCase());
    if (nameField.test(field)) {
      add(found, 'name', nameKey(text));
      // A search typed as a phone number or an e-mail address is indexed as one too.
      if (field === 'q' || field === 'query') add(found, 'phone', phoneKey(text));
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) visit(item, field, found, depth + 1);
    return;
  }
  if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) visit(inner, key, found, depth + 1);
}

/**
 * The identifiers of people an audit payload holds (e-mail addresses anywhere; phone numbers, names
 * and references in fields named so), normalised as the person search normalises what is typed.
 * They index the log (`audit_subjects`) so a person's entries are found without reading every payload.
 */
export function subjectsOf(...payloads: unknown[]): Subject[] {
  const found = new Map<string, Subject>();
  for (const payload of payloads) visit(payload, '', found, 0);
  return [...found.values()];
}
