import type { BreachDetail } from '../../../shared/breaches/contract';
import { authorityNoticeHours, dataTypeInfo, type SubjectException } from '../../../shared/breaches/rules';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { RefusalGroundKey, RequestType } from '../../../shared/cases/rules';
import { formatDate, formatDateTime } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { dataType, requestTypeNoun, riskLevel, subjectCategory } from '../../../shared/i18n/resources/labels';
import { letter, letterChannel, refusalGroundText } from '../../../shared/i18n/resources/letters';
import { formatList, translate } from '../../../shared/i18n/translate';
import type { MergeField } from '../../../shared/letters/rules';
import type { Settings } from '../../../shared/settings/definitions';

export type MergeValues = Partial<Record<MergeField, string>>;

/** `[Fill in: the reasons]`: a value the record does not hold yet, plain to see in the letter. */
export function gap(language: Language, what: Parameters<typeof gapWhat>[1]): string {
  return translate(letter, language, 'gap', { what: gapWhat(language, what) });
}

function gapWhat(
  language: Language,
  key:
    | 'gapReasons'
    | 'gapExtensionReasons'
    | 'gapConsequences'
    | 'gapMeasuresTaken'
    | 'gapMeasuresPlanned'
    | 'gapDiscovery'
    | 'gapOccurred'
    | 'gapDelayReasons'
    | 'gapCustomerContact'
    | 'gapCustomer'
    | 'gapRiskAssessment',
): string {
  return translate(letter, language, key);
}

function orGap(
  language: Language,
  value: string | null | undefined,
  what: Parameters<typeof gapWhat>[1],
): string {
  return value && value.trim() ? value.trim() : gap(language, what);
}

export interface Sender {
  name: string;
  /** The data protection officer signs as such; anyone else for the company. */
  isDpo: boolean;
}

/** The sender, from Settings → Company, and the letter's own date and signature. */
export function commonValues(
  language: Language,
  settings: Settings,
  today: string,
  sender: Sender,
): MergeValues {
  return {
    companyName: settings.companyName,
    companyOrgNumber: settings.companyOrgNumber,
    companyAddress: settings.companyAddress,
    companyPhone: settings.companyPhone,
    companyEmail: settings.companyEmail,
    companyWebsite: settings.companyWebsite,
    letterDate: formatDate(today),
    senderName: sender.name,
    senderTitle: sender.isDpo ? translate(letter, language, 'dpoTitle') : '',
  };
}

/** What a case letter says of its case: from the case (`caseFacts`), or an example for a preview. */
export interface CaseFacts {
  number: string;
  personName: string;
  receivedDate: string;
  types: readonly RequestType[];
  /** One month after receipt (Art. 12(3)), after any pause. */
  dueDate: string;
  extendedDueDate: string;
  /** The recorded extension's reasons, or what the DPO typed for one not yet recorded. */
  extensionReasons: string | null;
  /** The closing's reasons, or what the DPO typed for a refusal on an open case. */
  reasons: string | null;
  refusalGrounds: readonly RefusalGroundKey[];
  customerName: string | null;
  /** The customer's privacy contact (processor cases), from the organisation record. */
  customerContact: string | null;
}

export function caseFacts(
  detail: CaseDetail,
  extra: { customerContact: string | null; reasons?: string },
): CaseFacts {
  const { clock, closing } = detail;
  return {
    number: detail.number,
    personName: detail.person.name,
    receivedDate: clock.receivedDate,
    types: detail.types,
    dueDate: clock.due.date,
    extendedDueDate: clock.extendedDue.date,
    extensionReasons: clock.extension?.reasons ?? extra.reasons ?? null,
    reasons: closing?.reasons ?? extra.reasons ?? null,
    refusalGrounds: closing?.refusalGrounds ?? [],
    customerName: detail.customer?.name ?? null,
    customerContact: extra.customerContact,
  };
}

/** The merge fields of a rights-request case, in the letter's language. */
export function caseValues(language: Language, facts: CaseFacts): MergeValues {
  return {
    personName: facts.personName,
    caseNumber: facts.number,
    receivedDate: formatDate(facts.receivedDate),
    requestTypes: formatList(
      language,
      facts.types.map((type) => requestTypeNoun[language][type]),
    ),
    dueDate: formatDate(facts.dueDate),
    extendedDueDate: formatDate(facts.extendedDueDate),
    extensionReasons: orGap(language, facts.extensionReasons, 'gapExtensionReasons'),
    reasons: orGap(language, facts.reasons, 'gapReasons'),
    refusalGrounds: facts.refusalGrounds.map((key) => `- ${refusalGroundText[language][key]}`).join('\n'),
    complaintRights: translate(letter, language, 'complaintRights'),
    customerName: facts.customerName ?? gap(language, 'gapCustomer'),
    customerContact: orGap(language, facts.customerContact, 'gapCustomerContact'),
  };
}

/** What a breach letter says of its breach: the breach's detail, or an example for a preview. */
export type BreachFacts = Pick<
  BreachDetail,
  | 'number'
  | 'title'
  | 'state'
  | 'description'
  | 'occurredFrom'
  | 'occurredTo'
  | 'awareAt'
  | 'discovery'
  | 'dataTypes'
  | 'subjectCategories'
  | 'subjectsApprox'
  | 'recordsApprox'
  | 'consequences'
  | 'measuresTaken'
  | 'measuresPlanned'
  | 'contactPoint'
  | 'assessment'
  | 'notifications'
  | 'clocks'
  | 'subjects'
  | 'customers'
  | 'now'
>;

function approximately(language: Language, count: number | null): string {
  return count === null
    ? translate(letter, language, 'unknownNumber')
    : translate(letter, language, 'approximately', { count });
}

function occurred(language: Language, detail: BreachFacts): string {
  if (!detail.occurredFrom) return gap(language, 'gapOccurred');
  if (!detail.occurredTo)
    return detail.state === 'closed'
      ? formatDateTime(detail.occurredFrom)
      : translate(letter, language, 'occurredFrom', { from: formatDateTime(detail.occurredFrom) });
  if (detail.occurredTo === detail.occurredFrom) return formatDateTime(detail.occurredFrom);
  return translate(letter, language, 'occurredPeriod', {
    from: formatDateTime(detail.occurredFrom),
    to: formatDateTime(detail.occurredTo),
  });
}

const exceptionKeys: Record<
  SubjectException,
  'exceptionUnintelligible' | 'exceptionRiskRemoved' | 'exceptionDisproportionate'
> = {
  unintelligible: 'exceptionUnintelligible',
  'risk-removed': 'exceptionRiskRemoved',
  disproportionate: 'exceptionDisproportionate',
};

function subjectsInformed(language: Language, detail: BreachFacts): string {
  const { subjects } = detail;
  if (subjects.toldAt)
    return translate(letter, language, 'subjectsTold', {
      date: formatDateTime(subjects.toldAt),
      how: subjects.how ? letterChannelOf(language, subjects.how) : '',
      count: approximately(language, subjects.count),
    });
  if (subjects.exception)
    return translate(letter, language, 'subjectsException', {
      exception: translate(letter, language, exceptionKeys[subjects.exception]),
      explanation: subjects.explanation ?? '',
    }).trim();
  if (subjects.required) return translate(letter, language, 'subjectsNotYet');
  return translate(letter, language, 'subjectsNotRequired');
}

/** How the people were told, in the letter's words (SMS and phone have no letter channel of their own). */
function letterChannelOf(language: Language, how: string): string {
  if (how === 'email' || how === 'letter' || how === 'in-person') return letterChannel[language][how];
  if (how === 'sms') return 'SMS';
  return language === 'nb' ? 'telefon' : 'phone';
}

function delayReasons(language: Language, detail: BreachFacts, now: string): string {
  const authority = detail.clocks.find((clock) => clock.party === 'authority');
  const due =
    authority?.dueAt ??
    new Date(new Date(detail.awareAt).getTime() + authorityNoticeHours * 3_600_000).toISOString();
  const first = detail.notifications[0];
  if (first) {
    if (first.late) return first.delayReasons ?? gap(language, 'gapDelayReasons');
    return translate(letter, language, 'notLate', { due: formatDateTime(due) });
  }
  return now > due
    ? gap(language, 'gapDelayReasons')
    : translate(letter, language, 'notLate', { due: formatDateTime(due) });
}

/** The merge fields of a breach, in the letter's language. */
export function breachValues(language: Language, detail: BreachFacts, companyContact: string): MergeValues {
  const special = detail.dataTypes.filter((type) => dataTypeInfo[type].special);
  const first = detail.notifications[0];
  return {
    breachNumber: detail.number,
    breachTitle: detail.title,
    breachDescription: detail.description,
    occurred: occurred(language, detail),
    awareAt: formatDateTime(detail.awareAt),
    discovery: orGap(language, detail.discovery, 'gapDiscovery'),
    dataTypes:
      detail.dataTypes.length === 0
        ? translate(letter, language, 'unknownNumber')
        : formatList(
            language,
            detail.dataTypes.map((type) => dataType[language][type]),
          ),
    specialCategories:
      special.length === 0
        ? translate(letter, language, 'specialNo')
        : translate(letter, language, 'specialYes', {
            types: formatList(
              language,
              special.map((type) => dataType[language][type]),
            ),
          }),
    subjectCategories:
      detail.subjectCategories.length === 0
        ? translate(letter, language, 'noneRecorded')
        : formatList(
            language,
            detail.subjectCategories.map((category) => subjectCategory[language][category]),
          ),
    subjectsApprox: approximately(language, detail.subjectsApprox),
    recordsApprox: approximately(language, detail.recordsApprox),
    consequences: orGap(language, detail.consequences, 'gapConsequences'),
    measuresTaken: orGap(language, detail.measuresTaken, 'gapMeasuresTaken'),
    measuresPlanned: orGap(language, detail.measuresPlanned, 'gapMeasuresPlanned'),
    contactPoint: detail.contactPoint?.trim() || companyContact,
    riskAssessment: detail.assessment
      ? translate(letter, language, 'riskWithReasons', {
          risk: riskLevel[language][detail.assessment.risk],
          reasons: detail.assessment.reasons,
        })
      : gap(language, 'gapRiskAssessment'),
    notificationPhase: first
      ? translate(letter, language, 'phaseFollowUp', { date: formatDateTime(first.sentAt) })
      : translate(letter, language, 'phaseFirst'),
    delayReasons: delayReasons(language, detail, detail.now),
    subjectsInformed: subjectsInformed(language, detail),
    customersAffected:
      detail.customers.length === 0
        ? translate(letter, language, 'noCustomers')
        : formatList(
            language,
            detail.customers.map((customer) => customer.name),
          ),
  };
}
