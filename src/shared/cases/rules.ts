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
  'marketing-objection',
  'consent-withdrawal',
  'marketing-opt-out',
] as const;
export type RequestType = (typeof requestTypes)[number];

/**
 * What granting a request does to the person's data: the identity gate applies to all but `none`.
 * Stopping a processing (a consent withdrawal, a marketing opt-out, an objection to direct marketing)
 * discloses, changes and erases nothing, so it is `none` and is carried out without waiting.
 */
export type DataEffect = 'disclose' | 'change' | 'erase' | 'none';

export interface RequestTypeInfo {
  label: string;
  article: string;
  /** What the reply must contain or do. */
  replyMust: string;
  effect: DataEffect;
  /** Rectification, erasure and restriction are notified to each recipient (Art. 19). */
  notifyRecipients: boolean;
  /** Never refused: the processing stops on request, without balancing (Arts. 7(3), 21(2)-(3)). */
  alwaysGranted: boolean;
}

export const requestTypeInfo: Record<RequestType, RequestTypeInfo> = {
  information: {
    label: 'Information',
    article: 'Art. 13, 14',
    replyMust:
      'What is processed, purposes, legal bases, retention, recipients, rights, contact details. If the reply discloses personal data about the person, it is gated like access.',
    effect: 'none',
    notifyRecipients: false,
    alwaysGranted: false,
  },
  access: {
    label: 'Access',
    article: 'Art. 15',
    replyMust:
      'Confirmation; a copy of the data (the first copy free); purposes; categories; recipients (outside the EEA with the Art. 46 safeguard); retention; source; the rights to rectify, erase, restrict and object; the right to complain to Datatilsynet; automated decisions. Others’ rights and freedoms respected (15(4)).',
    effect: 'disclose',
    notifyRecipients: false,
    alwaysGranted: false,
  },
  rectification: {
    label: 'Rectification',
    article: 'Art. 16',
    replyMust: 'Correct or complete the data; notify each recipient (Art. 19).',
    effect: 'change',
    notifyRecipients: true,
    alwaysGranted: false,
  },
  erasure: {
    label: 'Erasure',
    article: 'Art. 17',
    replyMust:
      'Erase unless an exception of 17(3) applies (e.g. bookkeeping records kept 5 years under bokføringsloven, restricted instead); notify each recipient (Art. 19).',
    effect: 'erase',
    notifyRecipients: true,
    alwaysGranted: false,
  },
  restriction: {
    label: 'Restriction',
    article: 'Art. 18',
    replyMust:
      'Restrict on one of the grounds of 18(1); tell the person before lifting the restriction; notify each recipient (Art. 19).',
    effect: 'change',
    notifyRecipients: true,
    alwaysGranted: false,
  },
  portability: {
    label: 'Portability',
    article: 'Art. 20',
    replyMust:
      'Only where the basis is consent or contract and processing is automated: a machine-readable export (JSON/CSV).',
    effect: 'disclose',
    notifyRecipients: false,
    alwaysGranted: false,
  },
  objection: {
    label: 'Objection (Art. 21(1))',
    article: 'Art. 21(1)',
    replyMust:
      'Stop the processing based on legitimate interest or a public task, unless compelling legitimate grounds that override the person’s interests, rights and freedoms are demonstrated, or the data is needed for legal claims. A refusal names those grounds.',
    effect: 'change',
    notifyRecipients: false,
    alwaysGranted: false,
  },
  'marketing-objection': {
    label: 'Objection to direct marketing',
    article: 'Art. 21(2)-(3)',
    replyMust:
      'Stop processing the data for direct marketing (profiling for it included) at once; no balancing, never refused.',
    effect: 'none',
    notifyRecipients: false,
    alwaysGranted: true,
  },
  'consent-withdrawal': {
    label: 'Consent withdrawal',
    article: 'Art. 7(3)',
    replyMust:
      'Stop the consent-based processing from now on; earlier processing stays lawful. Never refused.',
    effect: 'none',
    notifyRecipients: false,
    alwaysGranted: true,
  },
  'marketing-opt-out': {
    label: 'Marketing opt-out',
    article: 'Art. 21(2)',
    replyMust: 'Add to the suppression list; always granted.',
    effect: 'none',
    notifyRecipients: false,
    alwaysGranted: true,
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

/** The request types of a case that are never refused (Arts. 7(3), 21(2)-(3)). */
export function alwaysGrantedTypes(types: readonly RequestType[]): RequestType[] {
  return types.filter((type) => requestTypeInfo[type].alwaysGranted);
}

/** "Manifestly unfounded or excessive" (Art. 12(5)) allows a refusal or a reasonable fee. */
export const unfoundedResponses = ['refusal', 'fee'] as const;
export type UnfoundedResponse = (typeof unfoundedResponses)[number];
export const unfoundedResponseLabels: Record<UnfoundedResponse, string> = {
  refusal: 'Refuse to act on the request',
  fee: 'Charge a reasonable fee for the administrative costs',
};

export interface RefusalGround {
  key: string;
  /** Where the ground comes from, as cited in the reply. */
  citation: string;
  label: string;
  /** The letter of the law, for the reply. */
  text: string;
  /** The request types the ground can refuse. */
  types: readonly RequestType[];
}

/**
 * Structured grounds for a refusal in full or in part, beside the free-text reasons: the exceptions
 * to the rights of Arts. 13-15 in personopplysningsloven § 16 (1) (a)-(f), and the compelling
 * legitimate grounds that let an objection under Art. 21(1) be refused.
 */
export const refusalGrounds = [
  {
    key: 'pol-16-a',
    citation: 'personopplysningsloven § 16 første ledd bokstav a',
    label: 'National security, defence or relations with foreign states',
    text: 'er av betydning for rikets sikkerhet, nasjonale forsvarsinteresser eller forholdet til fremmede stater eller internasjonale organisasjoner',
    types: ['information', 'access'],
  },
  {
    key: 'pol-16-b',
    citation: 'personopplysningsloven § 16 første ledd bokstav b',
    label: 'Must be kept secret to prevent, investigate or prosecute crime',
    text: 'det er påkrevd å hemmeligholde av hensyn til forebygging, etterforskning, avsløring og rettslig forfølgning av straffbare handlinger',
    types: ['information', 'access'],
  },
  {
    key: 'pol-16-c',
    citation: 'personopplysningsloven § 16 første ledd bokstav c',
    label: 'Inadvisable for the person’s health or relations to those close to them',
    text: 'det må anses utilrådelig at den registrerte får kjennskap til av hensyn til vedkommendes helse eller forholdet til personer som står vedkommende nær',
    types: ['information', 'access'],
  },
  {
    key: 'pol-16-d',
    citation: 'personopplysningsloven § 16 første ledd bokstav d',
    label: 'Subject to a statutory duty of confidentiality',
    text: 'er undergitt taushetsplikt i lov eller i medhold av lov',
    types: ['information', 'access'],
  },
  {
    key: 'pol-16-e',
    citation: 'personopplysningsloven § 16 første ledd bokstav e',
    label: 'Only in internal working documents not given to others',
    text: 'utelukkende finnes i tekst som er utarbeidet for den interne saksforberedelsen, og som heller ikke er utlevert til andre',
    types: ['information', 'access'],
  },
  {
    key: 'pol-16-f',
    citation: 'personopplysningsloven § 16 første ledd bokstav f',
    label: 'Against obvious and fundamental private or public interests',
    text: 'det vil være i strid med åpenbare og grunnleggende private eller offentlige interesser å informere om, herunder hensynet til den registrerte selv',
    types: ['information', 'access'],
  },
  {
    key: 'gdpr-21-1',
    citation: 'GDPR Art. 21(1)',
    label: 'Compelling legitimate grounds override the person’s interests, or legal claims',
    text: 'compelling legitimate grounds for the processing which override the interests, rights and freedoms of the data subject or for the establishment, exercise or defence of legal claims',
    types: ['objection'],
  },
] as const satisfies readonly RefusalGround[];
export type RefusalGroundKey = (typeof refusalGrounds)[number]['key'];
export const refusalGroundKeys = refusalGrounds.map((ground) => ground.key) as [
  RefusalGroundKey,
  ...RefusalGroundKey[],
];

export function refusalGround(key: string): RefusalGround | undefined {
  return refusalGrounds.find((ground) => ground.key === key);
}

/**
 * Why the time may stop while we wait for the person (EDPB guidelines 01/2022): we asked for what we
 * need to verify the identity, or asked the person to clarify a broad request (Recital 63).
 */
export const pauseKinds = ['identity', 'clarification'] as const;
export type PauseKind = (typeof pauseKinds)[number];
export const pauseKindLabels: Record<PauseKind, string> = {
  identity: 'identity verification',
  clarification: 'clarification of the request',
};

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
      key: 'processing',
      label: 'Identify the processing based on legitimate interest or a public task (Art. 6(1)(e)-(f))',
    },
    {
      key: 'balancing',
      label: 'Weigh the objection: record any compelling legitimate grounds, or stop (Art. 21(1))',
      help: 'The burden is ours: the processing stops unless compelling legitimate grounds override the person’s interests, rights and freedoms, or the data is needed for legal claims. Direct marketing is a different request: an objection to it is never weighed.',
    },
    { key: 'stop', label: 'Stop the processing in every system', effect: 'change' },
    { key: 'tell', label: 'Tell the person what was stopped, or the compelling grounds' },
  ],
  'marketing-objection': [
    {
      key: 'stop',
      label: 'Stop processing the data for direct marketing, profiling for it included (Art. 21(3))',
      help: 'Carried out at once, without waiting for identity verification: stopping discloses nothing.',
    },
    { key: 'suppress', label: 'Add the person to the suppression list in every channel' },
    { key: 'tell', label: 'Confirm to the person' },
  ],
  'consent-withdrawal': [
    { key: 'identify', label: 'Identify the processing based on consent' },
    {
      key: 'stop',
      label: 'Stop it from now on (earlier processing stays lawful)',
      help: 'Carried out at once, without waiting for identity verification: stopping discloses nothing.',
    },
    { key: 'tell', label: 'Confirm to the person' },
  ],
  'marketing-opt-out': [
    { key: 'suppress', label: 'Add the person to the suppression list' },
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

/** The grounds on which processing is restricted (Art. 18(1)), and data kept instead of erased (17(3)). */
export const restrictionGrounds = ['18-1-a', '18-1-b', '18-1-c', '18-1-d', '17-3'] as const;
export type RestrictionGround = (typeof restrictionGrounds)[number];
export const restrictionGroundLabels: Record<RestrictionGround, string> = {
  '18-1-a': 'Accuracy contested, while it is checked (Art. 18(1)(a))',
  '18-1-b': 'Unlawful, but the person wants restriction instead of erasure (Art. 18(1)(b))',
  '18-1-c': 'No longer needed, but the person needs it for legal claims (Art. 18(1)(c))',
  '18-1-d': 'Objection under Art. 21(1) pending (Art. 18(1)(d))',
  '17-3': 'Kept under a legal obligation instead of erased, e.g. bookkeeping (Art. 17(3)(b))',
};
