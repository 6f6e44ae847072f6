/** The vocabulary of the breach register (Arts. 33, 34), with the labels screens and exports show. */

export const breachStates = ['reported', 'assessed', 'closed'] as const;
export type BreachState = (typeof breachStates)[number];
export const breachStateLabels: Record<BreachState, string> = {
  reported: 'Reported, awaiting assessment',
  assessed: 'Assessed, being handled',
  closed: 'Closed',
};

export const riskLevels = ['none', 'risk', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLabels: Record<RiskLevel, string> = {
  none: 'Unlikely to result in a risk',
  risk: 'Risk to people',
  high: 'High risk to people',
};
export const riskShortLabels: Record<RiskLevel | 'unassessed', string> = {
  none: 'No risk',
  risk: 'Risk',
  high: 'High risk',
  unassessed: 'Not assessed',
};

/** Whose data: ours (controller), customers' (processor), or both at once: one incident, several duties. */
export const breachCapacities = ['controller', 'processor', 'both'] as const;
export type BreachCapacity = (typeof breachCapacities)[number];
export const breachCapacityLabels: Record<BreachCapacity, string> = {
  controller: 'Controller (our own processing)',
  processor: 'Processor for one or more customers',
  both: 'Both: our own data and one or more customers’ data',
};

/** Our own data is affected: Datatilsynet (Art. 33) and the people affected (Art. 34) are ours to tell. */
export function hasControllerDuty(capacity: string): boolean {
  return capacity === 'controller' || capacity === 'both';
}

/** Customers' data is affected: each customer is told (Art. 33(2)). */
export function hasProcessorDuty(capacity: string): boolean {
  return capacity === 'processor' || capacity === 'both';
}

/** Notification to Datatilsynet in phases (Art. 33(4)): the first is initial, or final when given in full. */
export const notificationPhases = ['initial', 'follow-up', 'final'] as const;
export type NotificationPhase = (typeof notificationPhases)[number];
export const notificationPhaseLabels: Record<NotificationPhase, string> = {
  initial: 'Initial (more to follow)',
  'follow-up': 'Follow-up',
  final: 'Final (complete)',
};

export const customerNoticeMethods = ['email', 'phone', 'letter', 'portal', 'meeting'] as const;
export type CustomerNoticeMethod = (typeof customerNoticeMethods)[number];
export const customerNoticeMethodLabels: Record<CustomerNoticeMethod, string> = {
  email: 'E-mail',
  phone: 'Phone',
  letter: 'Letter',
  portal: "The customer's portal or form",
  meeting: 'Meeting',
};

export const subjectNoticeMethods = ['email', 'sms', 'letter', 'phone', 'in-person'] as const;
export type SubjectNoticeMethod = (typeof subjectNoticeMethods)[number];
export const subjectNoticeMethodLabels: Record<SubjectNoticeMethod, string> = {
  email: 'E-mail',
  sms: 'SMS',
  letter: 'Letter',
  phone: 'Phone',
  'in-person': 'In person',
};

/** Art. 34(3): when the people affected need not be told of a high-risk breach. */
export const subjectExceptions = ['unintelligible', 'risk-removed', 'disproportionate'] as const;
export type SubjectException = (typeof subjectExceptions)[number];
export const subjectExceptionLabels: Record<SubjectException, string> = {
  unintelligible: 'The data is unintelligible to anyone not authorised, e.g. encrypted (34(3)(a))',
  'risk-removed': 'Measures taken since ensure the high risk is no longer likely (34(3)(b))',
  disproportionate: 'Telling each person would take disproportionate effort: a public notice (34(3)(c))',
};
export const subjectExceptionShort: Record<SubjectException, string> = {
  unintelligible: 'Data unintelligible',
  'risk-removed': 'Risk removed',
  disproportionate: 'Public notice instead',
};

/** Kinds of personal data; `special` marks Art. 9 special categories and Art. 10 criminal-offence data. */
export const dataTypes = [
  { key: 'contact', label: 'Names and contact details', special: false },
  { key: 'identity-number', label: 'National identity numbers', special: false },
  { key: 'financial', label: 'Bank account, card or payment data', special: false },
  { key: 'customer-history', label: 'Customer history and call notes', special: false },
  { key: 'call-recordings', label: 'Call recordings', special: false },
  { key: 'credentials', label: 'User names and passwords', special: false },
  { key: 'location', label: 'Location data', special: false },
  { key: 'employment', label: 'Employment and payroll data', special: false },
  { key: 'health', label: 'Health data (Art. 9)', special: true },
  { key: 'ethnic-origin', label: 'Racial or ethnic origin (Art. 9)', special: true },
  { key: 'political', label: 'Political opinions (Art. 9)', special: true },
  { key: 'religion', label: 'Religious or philosophical beliefs (Art. 9)', special: true },
  { key: 'trade-union', label: 'Trade union membership (Art. 9)', special: true },
  { key: 'genetic-biometric', label: 'Genetic or biometric data (Art. 9)', special: true },
  { key: 'sex-life', label: 'Sex life or sexual orientation (Art. 9)', special: true },
  { key: 'criminal', label: 'Criminal convictions and offences (Art. 10)', special: true },
] as const;
export type DataType = (typeof dataTypes)[number]['key'];
export const dataTypeKeys = dataTypes.map((type) => type.key) as [DataType, ...DataType[]];
export const dataTypeInfo = Object.fromEntries(dataTypes.map((type) => [type.key, type])) as Record<
  DataType,
  (typeof dataTypes)[number]
>;

export function hasSpecialCategories(types: readonly DataType[]): boolean {
  return types.some((type) => dataTypeInfo[type].special);
}

export const subjectCategories = [
  'callers',
  'end-customers',
  'customer-staff',
  'employees',
  'job-applicants',
  'children',
  'other',
] as const;
export type SubjectCategory = (typeof subjectCategories)[number];
export const subjectCategoryLabels: Record<SubjectCategory, string> = {
  callers: 'Callers and others who contacted us',
  'end-customers': "Our business customers' customers",
  'customer-staff': "Business customers' employees",
  employees: 'Our employees',
  'job-applicants': 'Job applicants',
  children: 'Children',
  other: 'Others',
};

/** Art. 33(1): Datatilsynet is notified within 72 hours of becoming aware, counted in real hours. */
export const authorityNoticeHours = 72;

/**
 * A processor tells the controller "without undue delay" (Art. 33(2)). Where the customer's agreement
 * sets no number of hours, the register aims at this many hours from awareness and shows it as the target.
 */
export const undueDelayTargetHours = 24;

/**
 * A processor's promise to tell the controller within more hours than this leaves the controller
 * too little of its own 72 (Art. 33(1)-(2)): the agreement and the register flag it.
 */
export const processorNoticeLimitHours = 48;

/** A breach clock with less than this left raises the "breach-clock" reminder. */
export const breachReminderHours = 24;

/** "BR-2026-0007": the register's number of a breach. */
export function breachNumber(year: number, sequence: number): string {
  return `BR-${year}-${String(sequence).padStart(4, '0')}`;
}
