import { addDays } from '../../../shared/calendar';
import type { ValidationIssue } from '../../../shared/errors';
import { languages, type Language } from '../../../shared/i18n/languages';
import { letter, templateKind as templateKindLabels } from '../../../shared/i18n/resources/letters';
import { translator } from '../../../shared/i18n/translate';
import type { LetterTemplate } from '../../../shared/letters/contract';
import {
  fieldsOf,
  fillMergeFields,
  gapsIn,
  type MergeField,
  ownerOfTemplate,
  templateKinds,
  type TemplateKind,
  templateProblems,
} from '../../../shared/letters/rules';
import type { Settings } from '../../../shared/settings/definitions';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { dueDate, extendedDueDate } from '../deadlines/engine';
import { AppError, type ErrorText, issue } from '../errors';
import { todayOf } from '../cases/support';
import { readSettings } from '../settings/service';
import { defaultTemplates, type TemplateText } from './defaults';
import { breachValues, caseValues, commonValues, type MergeValues, type Sender } from './fields';
import {
  deleteTemplateRow,
  findTemplateRow,
  type LetterTemplateRow,
  listTemplateRows,
  saveTemplateRow,
} from './repository';

function toView(kind: TemplateKind, language: Language, row: LetterTemplateRow | undefined): LetterTemplate {
  const shipped = defaultTemplates[kind][language];
  return {
    kind,
    language,
    subject: row?.subject ?? shipped.subject,
    body: row?.body ?? shipped.body,
    edited: row !== undefined,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by_name ?? null,
    defaultSubject: shipped.subject,
    defaultBody: shipped.body,
  };
}

/** The text of a kind in a language: the administrator's, or the one shipped with the app. */
export async function templateText(ctx: Ctx, kind: TemplateKind, language: Language): Promise<TemplateText> {
  const row = await findTemplateRow(ctx.db, kind, language);
  return row ? { subject: row.subject, body: row.body } : defaultTemplates[kind][language];
}

export async function listLetterTemplates(ctx: Ctx): Promise<LetterTemplate[]> {
  const rows = await listTemplateRows(ctx.db);
  return templateKinds.flatMap((kind) =>
    languages.map((language) =>
      toView(
        kind,
        language,
        rows.find((row) => row.kind === kind && row.language === language),
      ),
    ),
  );
}

/** Why the law keeps a field in a template (a message of `errors`), when an administrator removes it. */
const whyRequired: Partial<Record<MergeField, ErrorText['key']>> = {
  dueDate: 'keepDueDate',
  extendedDueDate: 'keepExtendedDueDate',
  extensionReasons: 'keepExtensionReasons',
  reasons: 'keepReasons',
  complaintRights: 'keepComplaintRights',
  caseNumber: 'keepCaseNumber',
  receivedDate: 'keepReceivedDate',
  breachDescription: 'keepBreachDescription',
  consequences: 'keepConsequences',
  measuresTaken: 'keepMeasuresTaken',
  contactPoint: 'keepContactPoint',
  occurred: 'keepOccurred',
  awareAt: 'keepAwareAt',
  dataTypes: 'keepDataTypes',
  subjectsApprox: 'keepSubjectsApprox',
  recordsApprox: 'keepRecordsApprox',
};

/** A field of the kind spelled alike (case, or a letter or two off): "Did you mean {{dueDate}}?". */
function nearest(field: string, allowed: readonly string[]): string | null {
  const lower = field.toLowerCase();
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const kept = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = kept;
      }
    }
    return row[b.length];
  };
  let best: { name: string; score: number } | null = null;
  for (const name of allowed) {
    const score = distance(lower, name.toLowerCase());
    if (score <= 2 && (!best || score < best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

/** Refuses a template with unknown merge fields, lost required ones or unpaired braces. */
function checkTemplate(kind: TemplateKind, subject: string, body: string): void {
  const what = templateKindLabels.en[kind];
  const allowed = fieldsOf(kind);
  const issues: ValidationIssue[] = templateProblems(kind, subject, body).map((problem) => {
    const where = problem.path === 'subject' ? 'the subject' : 'the text';
    if (problem.code === 'unknown-field') {
      const guess = nearest(problem.field ?? '', allowed);
      return {
        path: problem.path,
        message: `{{${problem.field}}} in ${where} is not a merge field of "${what}".${
          guess ? ` Did you mean {{${guess}}}?` : ''
        } The fields it can use are listed beside the text.`,
      };
    }
    if (problem.code === 'missing-field')
      return issue('body', {
        key: 'mustKeepField',
        params: {
          letter: what,
          field: `{{${problem.field}}}`,
          why: { key: whyRequired[problem.field as MergeField] ?? 'keepLawRequires' },
        },
      });
    return {
      path: problem.path,
      message: `A merge field is written with two braces on each side, like {{caseNumber}}: check the braces in ${where}.`,
    };
  });
  if (issues.length === 0) return;
  throw new AppError(
    'INVALID_INPUT',
    issues.length === 1
      ? issues[0].message
      : `${issues.length} things to correct: ${issues.map((issue) => issue.message).join(' ')}`,
    issues,
  );
}

export async function saveLetterTemplate(
  ctx: Ctx,
  input: { kind: TemplateKind; language: Language; subject: string; body: string },
): Promise<LetterTemplate> {
  checkTemplate(input.kind, input.subject, input.body);
  const before = toView(
    input.kind,
    input.language,
    await findTemplateRow(ctx.db, input.kind, input.language),
  );
  await saveTemplateRow(ctx.db, {
    kind: input.kind,
    language: input.language,
    subject: input.subject,
    body: input.body,
    updated_at: isoNow(ctx.clock),
    updated_by: ctx.actor.userId,
    updated_by_name: ctx.actor.displayName,
  });
  await ctx.audit({
    action: 'update',
    entityType: 'letter-template',
    entityId: `${input.kind}:${input.language}`,
    before: { subject: before.subject, body: before.body, edited: before.edited },
    after: { subject: input.subject, body: input.body },
  });
  return toView(input.kind, input.language, await findTemplateRow(ctx.db, input.kind, input.language));
}

export async function resetLetterTemplate(
  ctx: Ctx,
  input: { kind: TemplateKind; language: Language },
): Promise<LetterTemplate> {
  const row = await findTemplateRow(ctx.db, input.kind, input.language);
  if (!row) return toView(input.kind, input.language, undefined);
  await deleteTemplateRow(ctx.db, input.kind, input.language);
  await ctx.audit({
    action: 'reset',
    entityType: 'letter-template',
    entityId: `${input.kind}:${input.language}`,
    before: { subject: row.subject, body: row.body },
  });
  return toView(input.kind, input.language, undefined);
}

/** An example case or breach, dated around today, so a preview reads like a real letter. */
function sampleValues(
  language: Language,
  kind: TemplateKind,
  today: string,
  settings: Settings,
): MergeValues {
  const t = translator(letter, language);
  if (ownerOfTemplate(kind) === 'case') {
    const received = addDays(today, -3);
    return caseValues(language, {
      number: `${today.slice(0, 4)}-0042`,
      personName: t('samplePerson'),
      receivedDate: received,
      types: kind === 'reply-access' ? ['access'] : ['access', 'erasure'],
      dueDate: dueDate({ received }).date,
      extendedDueDate: extendedDueDate({ received }).date,
      extensionReasons: t('sampleExtensionReasons'),
      reasons: t('sampleReasons'),
      refusalGrounds: ['pol-16-d'],
      customerName: t('sampleCustomer'),
      customerContact: t('sampleCustomerContact'),
    });
  }
  const aware = new Date(`${addDays(today, -1)}T07:40:00.000Z`).toISOString();
  return breachValues(
    language,
    {
      number: `BR-${today.slice(0, 4)}-0007`,
      title: t('sampleBreachTitle'),
      state: 'assessed',
      description: t('sampleBreachDescription'),
      occurredFrom: new Date(`${addDays(today, -1)}T07:12:00.000Z`).toISOString(),
      occurredTo: null,
      awareAt: aware,
      discovery: null,
      dataTypes: ['contact', 'customer-history'],
      subjectCategories: ['end-customers'],
      subjectsApprox: 240,
      recordsApprox: 240,
      consequences: t('sampleConsequences'),
      measuresTaken: t('sampleMeasuresTaken'),
      measuresPlanned: t('sampleMeasuresPlanned'),
      contactPoint: null,
      assessment: null,
      notifications: [],
      clocks: [],
      subjects: {
        required: false,
        highRiskAt: null,
        dueAt: null,
        toldAt: null,
        how: null,
        count: null,
        message: null,
        exception: null,
        explanation: null,
        publicNoticeAt: null,
        publicNoticeWhere: null,
        recordedBy: null,
        recordedAt: null,
      },
      customers: [],
      now: aware,
    },
    companyContact(settings),
  );
}

/**
 * Fills a subject and a text with values; a field without a value is left as it stands. A field
 * filled with nothing (no refusal grounds, say) leaves no run of empty lines behind.
 */
export function fillTemplate(text: TemplateText, values: MergeValues): TemplateText {
  const value = (field: string) => (Object.hasOwn(values, field) ? values[field as MergeField] : undefined);
  return {
    subject: fillMergeFields(text.subject, value),
    body: fillMergeFields(text.body, value).replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n'),
  };
}

export function companyContact(settings: Settings): string {
  return `${settings.companyName}, ${settings.companyEmail}, ${settings.companyPhone}`;
}

/** A template as it would read for an example case or breach: to check a change before saving it. */
export async function previewLetterTemplate(
  ctx: Ctx,
  input: { kind: TemplateKind; language: Language; subject: string; body: string },
  sender: Sender,
): Promise<{ subject: string; body: string; gaps: string[] }> {
  checkTemplate(input.kind, input.subject, input.body);
  const settings = await readSettings(ctx.db);
  const today = todayOf(ctx);
  const values: MergeValues = {
    ...commonValues(input.language, settings, today, sender),
    ...sampleValues(input.language, input.kind, today, settings),
  };
  const filled = fillTemplate(input, values);
  return { ...filled, gaps: gapsIn(`${filled.subject}\n${filled.body}`) };
}
