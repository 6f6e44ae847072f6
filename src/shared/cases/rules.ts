/**
 * The rules of rights-request cases as data (DOMAIN.md section 1): the kinds of request with what a
 * reply must cover, what each does to personal data (which decides the identity-verification gate),
 * and the task list each brings. Core and renderer both read this one list.
 */

export const requestTypes = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'consent-withdrawal',
  'marketing-opt-out',
] as const;
export type RequestType = (typeof requestTypes)[number];

/** What granting a request does to the person's data: the identity gate applies to all but `none`. */
export type DataEffect = 'disclose' | 'change' | 'erase' | 'none';

export interface RequestTypeInfo {
  label: string;
  article: string;
  /** What the reply must contain or do. */
  replyMust: string;
  effect: DataEffect;
  /** Rectification, erasure and restriction are notified to each recipient (Art. 19). */
  notifyRecipients: boolean;
}

export const requestTypeInfo: Record<RequestType, RequestTypeInfo> = {
  information: {
    label: 'Information',
    article: 'Art. 13, 14',
    replyMust:
      'What is processed, purposes, legal bases, retention, recipients, rights, contact details. If the reply discloses personal data about the person, it is gated like access.',
    effect: 'none',
    notifyRecipients: false,
  },
  access: {
    label: 'Access',
    article: 'Art. 15',
    replyMust:
      'Confirmation; a copy of the data (the first copy free); purposes; categories; recipients (outside the EEA with the Art. 46 safeguard); retention; source; the rights to rectify, erase, restrict and object; the right to complain to Datatilsynet; automated decisions. Others’ rights and freedoms respected (15(4)).',
    effect: 'disclose',
    notifyRecipients: false,
  },
  rectification: {
    label: 'Rectification',
    article: 'Art. 16',
    replyMust: 'Correct or complete the data; notify each recipient (Art. 19).',
    effect: 'change',
    notifyRecipients: true,
  },
  erasure: {
    label: 'Erasure',
    article: 'Art. 17',
    replyMust:
      'Erase unless an exception of 17(3) applies (e.g. bookkeeping records kept 5 years under bokføringsloven, restricted instead); notify each recipient (Art. 19).',
    effect: 'erase',
    notifyRecipients: true,
  },
  restriction: {
    label: 'Restriction',
    article: 'Art. 18',
    replyMust:
      'Restrict on one of the grounds of 18(1); tell the person before lifting the restriction; notify each recipient (Art. 19).',
    effect: 'change',
    notifyRecipients: true,
  },
  portability: {
    label: 'Portability',
    article: 'Art. 20',
    replyMust:
      'Only where the basis is consent or contract and processing is automated: a machine-readable export (JSON/CSV).',
    effect: 'disclose',
    notifyRecipients: false,
  },
  objection: {
    label: 'Objection',
    article: 'Art. 21',
    replyMust:
      '21(1): stop unless compelling legitimate grounds are demonstrated; 21(2)-(3) direct marketing: always stop, no balancing.',
    effect: 'change',
    notifyRecipients: false,
  },
  'consent-withdrawal': {
    label: 'Consent withdrawal',
    article: 'Art. 7(3)',
    replyMust: 'Stop the consent-based processing from now on; earlier processing stays lawful.',
    effect: 'change',
    notifyRecipients: false,
  },
  'marketing-opt-out': {
    label: 'Marketing opt-out',
    article: 'Art. 21(2)',
    replyMust: 'Add to the suppression list; always granted.',
    effect: 'change',
    notifyRecipients: false,
  },
};

export const caseChannels = ['phone', 'email', 'letter', 'in-person', 'chat'] as const;
export type CaseChannel = (typeof caseChannels)[number];
export const caseChannelLabels: Record<CaseChannel, string> = {
  phone: 'Phone',
  email: 'E-mail',
  letter: 'Letter',
  'in-person': 'In person',
  chat: 'Chat',
};

export const capacities = ['controller', 'processor'] as const;
export type Capacity = (typeof capacities)[number];
export const capacityLabels: Record<Capacity, string> = {
  controller: 'Controller (our own processing)',
  processor: 'Processor (for a customer)',
};

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];
export const priorityLabels: Record<Priority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export const outcomes = ['granted', 'partly-granted', 'refused', 'withdrawn', 'no-data'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeLabels: Record<Outcome, string> = {
  granted: 'Granted in full',
  'partly-granted': 'Granted in part',
  refused: 'Refused',
  withdrawn: 'Withdrawn by the person',
  'no-data': 'No data held',
};

/** A full or partial refusal: Art. 12(4) applies. */
export function isRefusal(outcome: Outcome): boolean {
  return outcome === 'refused' || outcome === 'partly-granted';
}

export const replyChannels = ['email', 'letter', 'secure-link', 'in-person', 'phone'] as const;
export type ReplyChannel = (typeof replyChannels)[number];
export const replyChannelLabels: Record<ReplyChannel, string> = {
  email: 'E-mail to the address on file',
  letter: 'Letter to the address on file',
  'secure-link': 'Secure download link',
  'in-person': 'Handed over in person',
  phone: 'Phone (no personal data disclosed)',
};

export const forwardingMethods = ['email', 'portal', 'phone', 'letter'] as const;
export type ForwardingMethod = (typeof forwardingMethods)[number];
export const forwardingMethodLabels: Record<ForwardingMethod, string> = {
  email: 'E-mail',
  portal: "Customer's portal or ticket system",
  phone: 'Phone',
  letter: 'Letter',
};

export const verificationMethods = [
  'questions',
  'callback',
  'code',
  'email-reply',
  'in-person-id',
  'representative',
] as const;
export type VerificationMethod = (typeof verificationMethods)[number];
export const verificationMethodLabels: Record<VerificationMethod, string> = {
  questions: 'Questions checked against data we already hold',
  callback: 'Callback to the phone number on file',
  code: 'Code or link sent to the e-mail address or number on file',
  'email-reply': 'Reply from the e-mail address on file',
  'in-person-id': 'ID document checked in person (no copy kept)',
  representative: "Representative's authority checked",
};

export const verificationResults = ['verified', 'failed', 'not-needed'] as const;
export type VerificationResult = (typeof verificationResults)[number];
export const verificationResultLabels: Record<VerificationResult, string> = {
  verified: 'Verified',
  failed: 'Failed',
  'not-needed': 'Not needed',
};

export const representativeRelations = ['lawyer', 'guardian', 'parent', 'relative', 'other'] as const;
export type RepresentativeRelation = (typeof representativeRelations)[number];
export const representativeRelationLabels: Record<RepresentativeRelation, string> = {
  lawyer: 'Lawyer',
  guardian: 'Guardian',
  parent: 'Parent of a child',
  relative: 'Relative',
  other: 'Other representative',
};

export const authorityEvidence = [
  'power-of-attorney',
  'guardianship-decision',
  'parental-responsibility',
  'other',
] as const;
export type AuthorityEvidence = (typeof authorityEvidence)[number];
export const authorityEvidenceLabels: Record<AuthorityEvidence, string> = {
  'power-of-attorney': 'Power of attorney seen',
  'guardianship-decision': 'Guardianship decision seen',
  'parental-responsibility': 'Parental responsibility confirmed',
  other: 'Other proof',
};

export const taskStates = ['open', 'done', 'not-applicable'] as const;
export type TaskState = (typeof taskStates)[number];

export interface TaskTemplate {
  key: string;
  label: string;
  help?: string;
  /** Ticking the task does this to the person's data, so it passes the identity gate first. */
  effect?: Exclude<DataEffect, 'none'>;
}

const art19: TaskTemplate = {
  key: 'recipients',
  label: 'Notify each recipient of the change (Art. 19)',
  help: 'List the recipients below with the date each was told, unless this proves impossible or involves disproportionate effort (then record why).',
};

/** Each request type's work, from DOMAIN.md (controller capacity). */
export const controllerTasks: Record<RequestType, TaskTemplate[]> = {
  information: [
    { key: 'what', label: 'What personal data is processed, and its source' },
    { key: 'purposes', label: 'The purposes and legal bases' },
    { key: 'retention', label: 'The retention periods, or the criteria for them' },
    {
      key: 'recipients',
      label: 'The recipients or categories of recipients, and any transfer outside the EEA',
    },
    { key: 'rights', label: "The person's rights, including the right to complain to Datatilsynet" },
    { key: 'contact', label: 'Contact details of the company and the data protection officer' },
  ],
  access: [
    {
      key: 'search',
      label: 'Search every system for data about the person',
      help: 'CRM, telephony and call recordings, e-mail, ticketing, the inquiry log, invoicing and backups.',
    },
    { key: 'confirmation', label: 'Confirm whether personal data about the person is processed' },
    {
      key: 'copy',
      label: 'Prepare a copy of the data (the first copy is free)',
      help: 'Sent only to the address or e-mail on file, never read out on an unverified call.',
      effect: 'disclose',
    },
    { key: 'purposes', label: 'State the purposes of the processing' },
    { key: 'categories', label: 'State the categories of personal data' },
    {
      key: 'recipients',
      label: 'State the recipients, especially outside the EEA and the Art. 46 safeguard used',
    },
    { key: 'retention', label: 'State the retention period, or the criteria that decide it' },
    { key: 'source', label: 'State the source of data not collected from the person' },
    { key: 'rights', label: 'State the rights to rectification, erasure, restriction and objection' },
    { key: 'complaint', label: 'State the right to complain to Datatilsynet' },
    {
      key: 'automated',
      label: 'State whether automated decision-making is used (none here: say so)',
    },
    {
      key: 'others',
      label: "Respect others' rights and freedoms: redact third parties' data (Art. 15(4))",
    },
  ],
  rectification: [
    { key: 'identify', label: 'Identify the inaccurate or incomplete data' },
    {
      key: 'correct',
      label: 'Correct or complete the data in every system',
      effect: 'change',
    },
    art19,
    { key: 'tell', label: 'Tell the person what was corrected, and on request who the recipients are' },
  ],
  erasure: [
    { key: 'search', label: 'Find all data about the person in every system' },
    {
      key: 'ground',
      label: 'Check the ground for erasure in Art. 17(1)',
      help: 'No longer needed; consent withdrawn; objection; unlawful processing; a legal obligation to erase; a child’s online service.',
    },
    {
      key: 'exceptions',
      label: 'Check the exceptions of Art. 17(3)',
      help: 'A legal obligation to keep data (bookkeeping records are kept 5 years under bokføringsloven, then restricted rather than erased); legal claims; public interest. What is kept is restricted, and the reply says why.',
    },
    {
      key: 'erase',
      label: 'Erase what no exception covers; restrict what must be kept',
      effect: 'erase',
    },
    art19,
    { key: 'tell', label: 'Tell the person what was erased, what is kept and why' },
  ],
  restriction: [
    {
      key: 'ground',
      label: 'Record the ground for restriction (Art. 18(1))',
      help: 'Accuracy contested (while checked); unlawful but the person prefers restriction; no longer needed but the person needs it for legal claims; an objection under 21(1) pending.',
    },
    {
      key: 'restrict',
      label: 'Mark the data as restricted in every system (stored, not otherwise used)',
      effect: 'change',
    },
    art19,
    {
      key: 'lifting',
      label: 'Note that the person is told before the restriction is lifted',
    },
  ],
  portability: [
    {
      key: 'basis',
      label: 'Check that the basis is consent or contract (Art. 6(1)(a)/(b), 9(2)(a))',
    },
    { key: 'automated', label: 'Check that the processing is carried out by automated means' },
    {
      key: 'export',
      label: 'Export the data the person provided in a machine-readable format (JSON/CSV)',
      effect: 'disclose',
    },
    {
      key: 'transmit',
      label: 'Send it to the person, or straight to another controller where technically feasible',
    },
    { key: 'others', label: "Respect others' rights and freedoms (Art. 20(4))" },
  ],
  objection: [
    {
      key: 'kind',
      label:
        'Decide the kind of objection: 21(1) legitimate interest or public task, or 21(2) direct marketing',
    },
    {
      key: 'balancing',
      label: '21(1): record whether compelling legitimate grounds override; otherwise stop',
      help: 'For direct marketing there is no balancing: always stop.',
    },
    { key: 'stop', label: 'Stop the processing in every system', effect: 'change' },
    { key: 'tell', label: 'Tell the person what was stopped' },
  ],
  'consent-withdrawal': [
    { key: 'identify', label: 'Identify the processing based on consent' },
    {
      key: 'stop',
      label: 'Stop it from now on (earlier processing stays lawful)',
      effect: 'change',
    },
    { key: 'tell', label: 'Confirm to the person' },
  ],
  'marketing-opt-out': [
    { key: 'suppress', label: 'Add the person to the suppression list', effect: 'change' },
    { key: 'channels', label: 'Stop direct marketing in every channel (e-mail, SMS, phone, post)' },
    { key: 'tell', label: 'Confirm to the person' },
  ],
};

/** As processor for a customer, the company assists the controller instead of replying (Art. 28(3)(e)). */
export const processorTasks: TaskTemplate[] = [
  {
    key: 'forward',
    label: 'Forward the request to the customer (the controller) without undue delay',
    help: 'Record the date, to whom and how under "Forwarding to the customer".',
  },
  {
    key: 'tell-person',
    label: 'Tell the person that the request was passed to the controller, who will answer',
  },
  { key: 'deadline', label: 'Record any deadline the customer set for our assistance' },
  { key: 'instructions', label: "Obtain the customer's documented instructions (Art. 28(3)(a))" },
  {
    key: 'assist',
    label: 'Carry out the instructions in our systems (find, extract, correct, restrict or erase)',
    effect: 'change',
  },
  { key: 'confirm', label: 'Confirm to the customer what was done, and when' },
];

/** The task list a case gets: `type:key` identifies each template task. */
export function taskTemplatesFor(
  capacity: Capacity,
  types: readonly RequestType[],
): Array<TaskTemplate & { type: RequestType | null; taskKey: string }> {
  if (capacity === 'processor')
    return processorTasks.map((task) => ({ ...task, type: null, taskKey: `processor:${task.key}` }));
  return requestTypes
    .filter((type) => types.includes(type))
    .flatMap((type) =>
      controllerTasks[type].map((task) => ({ ...task, type, taskKey: `${type}:${task.key}` })),
    );
}

/** What granting the case would do to the person's data, gathered over its request types. */
export function effectsOf(types: readonly RequestType[], disclosesPersonalData = false): DataEffect[] {
  const effects = new Set<DataEffect>();
  for (const type of types) {
    const effect = requestTypeInfo[type].effect;
    if (effect !== 'none') effects.add(effect);
    if (type === 'information' && disclosesPersonalData) effects.add('disclose');
  }
  return [...effects];
}

export function typesNeedingRecipients(types: readonly RequestType[]): RequestType[] {
  return types.filter((type) => requestTypeInfo[type].notifyRecipients);
}

export function typeList(types: readonly RequestType[]): string {
  return requestTypes
    .filter((type) => types.includes(type))
    .map((type) => requestTypeInfo[type].label.toLowerCase())
    .join(', ');
}
