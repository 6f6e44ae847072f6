/**
 * The letters a data protection officer sends (issue 16): what kinds there are, on which record
 * each is made, how it may go out, and the merge fields its template may use. Core and renderer
 * both read these lists; the template texts live in the core (`core/letters/defaults.ts`), and
 * every word a person reads about them is in the dictionaries (`shared/i18n/resources/letters.ts`).
 */

/** The records a letter is made from. */
export const letterOwners = ['case', 'breach'] as const;
export type LetterOwner = (typeof letterOwners)[number];

/**
 * What the DPO picks from a record (and `privacy-desk letters render --kind` takes). A reply
 * becomes one of the reply templates by its outcome.
 */
export const letterChoices = [
  'acknowledgement',
  'identity-request',
  'extension',
  'reply',
  'refusal',
  'forwarding',
  'breach-notice',
  'breach-authority',
] as const;
export type LetterChoice = (typeof letterChoices)[number];

export const caseLetterChoices = [
  'acknowledgement',
  'identity-request',
  'extension',
  'reply',
  'refusal',
  'forwarding',
] as const satisfies readonly LetterChoice[];
export const breachLetterChoices = [
  'breach-notice',
  'breach-authority',
] as const satisfies readonly LetterChoice[];

/** The templates administrators edit, each in both languages. */
export const templateKinds = [
  'acknowledgement',
  'identity-request',
  'extension',
  'reply-granted',
  'reply-access',
  'reply-partly-granted',
  'reply-no-data',
  'reply-withdrawn',
  'refusal',
  'forwarding',
  'breach-notice',
  'breach-authority',
] as const;
export type TemplateKind = (typeof templateKinds)[number];

/** The outcomes a reply letter is written for (a refusal has its own letter). */
export const replyOutcomes = ['granted', 'partly-granted', 'no-data', 'withdrawn'] as const;
export type ReplyOutcome = (typeof replyOutcomes)[number];

/** How a letter goes out. The app makes the PDF; sending it is the DPO's. */
export const letterChannels = [
  'letter',
  'email',
  'secure-link',
  'in-person',
  'portal',
  'online-form',
] as const;
export type LetterChannel = (typeof letterChannels)[number];

const toPerson = ['letter', 'email', 'secure-link', 'in-person'] as const satisfies readonly LetterChannel[];

export const choiceChannels: Record<LetterChoice, readonly LetterChannel[]> = {
  acknowledgement: toPerson,
  'identity-request': toPerson,
  extension: toPerson,
  reply: toPerson,
  refusal: toPerson,
  forwarding: ['email', 'letter', 'portal'],
  'breach-notice': ['letter', 'email'],
  'breach-authority': ['online-form'],
};

export function ownerOfChoice(choice: LetterChoice): LetterOwner {
  return (breachLetterChoices as readonly string[]).includes(choice) ? 'breach' : 'case';
}

export function ownerOfTemplate(kind: TemplateKind): LetterOwner {
  return kind === 'breach-notice' || kind === 'breach-authority' ? 'breach' : 'case';
}

/** Fields every letter may use: the sender, from Settings → Company, and the letter itself. */
export const commonFields = [
  'companyName',
  'companyOrgNumber',
  'companyAddress',
  'companyPhone',
  'companyEmail',
  'companyWebsite',
  'letterDate',
  'senderName',
  'senderTitle',
] as const;

/** Fields of a rights-request case. */
export const caseFields = [
  'personName',
  'caseNumber',
  'receivedDate',
  'requestTypes',
  'dueDate',
  'extendedDueDate',
  'extensionReasons',
  'reasons',
  'refusalGrounds',
  'complaintRights',
  'customerName',
  'customerContact',
] as const;

/** Fields of a breach. */
export const breachFields = [
  'breachNumber',
  'breachTitle',
  'breachDescription',
  'occurred',
  'awareAt',
  'discovery',
  'dataTypes',
  'specialCategories',
  'subjectCategories',
  'subjectsApprox',
  'recordsApprox',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'contactPoint',
  'riskAssessment',
  'notificationPhase',
  'delayReasons',
  'subjectsInformed',
  'customersAffected',
] as const;

export type MergeField =
  (typeof commonFields)[number] | (typeof caseFields)[number] | (typeof breachFields)[number];
export const mergeFields: readonly MergeField[] = [...commonFields, ...caseFields, ...breachFields];

/** The merge fields a template of a kind may use. */
export function fieldsOf(kind: TemplateKind): readonly MergeField[] {
  return ownerOfTemplate(kind) === 'breach'
    ? [...commonFields, ...breachFields]
    : [...commonFields, ...caseFields];
}

/**
 * What a template must keep, because the law puts it in the letter: the due date of a receipt, the
 * new date and the reasons of an extension (Art. 12(3)), the reasons and the right to complain to
 * Datatilsynet and to go to court of a refusal (Art. 12(4)), the contents Art. 34(2) requires of a
 * notice to the people affected, and the fields of Datatilsynet's form (Art. 33(3)).
 */
export const requiredFields: Record<TemplateKind, readonly MergeField[]> = {
  acknowledgement: ['dueDate'],
  'identity-request': [],
  extension: ['extendedDueDate', 'extensionReasons'],
  'reply-granted': [],
  'reply-access': [],
  'reply-partly-granted': ['reasons', 'complaintRights'],
  'reply-no-data': [],
  'reply-withdrawn': [],
  refusal: ['reasons', 'complaintRights'],
  forwarding: ['caseNumber', 'receivedDate'],
  'breach-notice': ['breachDescription', 'consequences', 'measuresTaken', 'contactPoint'],
  'breach-authority': [
    'breachDescription',
    'occurred',
    'awareAt',
    'dataTypes',
    'subjectsApprox',
    'recordsApprox',
    'consequences',
    'measuresTaken',
    'contactPoint',
  ],
};

/** `{{ name }}`: a merge field in a template (the same syntax as the dictionaries' placeholders). */
const mergeFieldPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every merge field a text names, in order, unknown ones included. */
export function mergeFieldsIn(text: string): string[] {
  return [...text.matchAll(mergeFieldPattern)].map((match) => match[1]);
}

/** Replaces each merge field by its value; `missing` decides what an unknown one becomes. */
export function fillMergeFields(
  text: string,
  value: (field: string) => string | undefined,
  missing: (field: string) => string = (field) => `{{${field}}}`,
): string {
  return text.replace(mergeFieldPattern, (_match, field: string) => value(field) ?? missing(field));
}

export interface TemplateProblem {
  path: 'subject' | 'body';
  code: 'unknown-field' | 'missing-field' | 'unbalanced-braces';
  field?: string;
}

/**
 * What is wrong with a template: merge fields the kind does not have, fields the law requires that
 * it lost, and braces that do not pair (a typo like `{{dueDate}` would print as it stands).
 */
export function templateProblems(kind: TemplateKind, subject: string, body: string): TemplateProblem[] {
  const allowed = new Set<string>(fieldsOf(kind));
  const problems: TemplateProblem[] = [];
  for (const [path, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    for (const field of new Set(mergeFieldsIn(text)))
      if (!allowed.has(field)) problems.push({ path, code: 'unknown-field', field });
    const rest = text.replace(mergeFieldPattern, '');
    if (rest.includes('{{') || rest.includes('}}')) problems.push({ path, code: 'unbalanced-braces' });
  }
  const used = new Set([...mergeFieldsIn(subject), ...mergeFieldsIn(body)]);
  for (const field of requiredFields[kind])
    if (!used.has(field)) problems.push({ path: 'body', code: 'missing-field', field });
  return problems;
}

/** A value the record does not hold yet is shown as a gap, which a letter to a person may not keep. */
export const gapPattern = /\[(?:Fill in|Fyll inn): [^\]]*\]/g;

export function gapsIn(text: string): string[] {
  return [...new Set(text.match(gapPattern) ?? [])];
}
