/** The Art. 28(3) checklist of a processing agreement: its items, their states and the completeness figure. */

export const clauseStates = ['unchecked', 'present', 'missing', 'not-applicable'] as const;
export type ClauseState = (typeof clauseStates)[number];
export const clauseStateLabels: Record<ClauseState, string> = {
  unchecked: 'Not checked',
  present: 'Present',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export interface ClauseDefinition {
  key: string;
  label: string;
  article: string;
  help: string;
}

/** Every item Art. 28(3) requires in a processing agreement, in the order of the article. */
export const articleClauses = [
  {
    key: 'subject-duration',
    label: 'Subject matter and duration of the processing',
    article: 'Art. 28(3)',
    help: 'What the processing is about and for how long it runs.',
  },
  {
    key: 'nature-purpose',
    label: 'Nature and purpose of the processing',
    article: 'Art. 28(3)',
    help: 'What is done with the data and why.',
  },
  {
    key: 'data-types',
    label: 'Type of personal data',
    article: 'Art. 28(3)',
    help: 'Which kinds of personal data, with any special categories named.',
  },
  {
    key: 'data-subjects',
    label: 'Categories of data subjects',
    article: 'Art. 28(3)',
    help: 'Whose data it is: customers, employees, callers …',
  },
  {
    key: 'controller-rights',
    label: 'Obligations and rights of the controller',
    article: 'Art. 28(3)',
    help: 'What the controller must and may do, e.g. give instructions and audit.',
  },
  {
    key: 'instructions',
    label: 'Acts only on documented instructions, including on transfers',
    article: 'Art. 28(3)(a)',
    help: 'Also on transfers to a third country, unless the law requires otherwise (then the processor says so first).',
  },
  {
    key: 'confidentiality',
    label: 'Staff are bound to confidentiality',
    article: 'Art. 28(3)(b)',
    help: 'Everyone authorised to process the data has committed to confidentiality or is under a statutory duty.',
  },
  {
    key: 'security',
    label: 'Takes the security measures of Art. 32',
    article: 'Art. 28(3)(c)',
    help: 'Technical and organisational measures appropriate to the risk.',
  },
  {
    key: 'subprocessors',
    label: 'Respects the conditions for engaging sub-processors',
    article: 'Art. 28(3)(d)',
    help: 'Prior specific or general written authorisation (28(2)); the same obligations flow down (28(4)).',
  },
  {
    key: 'data-subject-requests',
    label: 'Assists with data-subject requests',
    article: 'Art. 28(3)(e)',
    help: 'Helps the controller answer requests to exercise the rights of Chapter III.',
  },
  {
    key: 'assist-32-36',
    label: 'Assists with security, breach notification, impact assessments and prior consultation',
    article: 'Art. 28(3)(f)',
    help: 'Arts. 32 to 36, taking into account the nature of the processing and the information available.',
  },
  {
    key: 'delete-return',
    label: 'Deletes or returns all data at the end, at the controller’s choice',
    article: 'Art. 28(3)(g)',
    help: 'And deletes existing copies unless the law requires storage.',
  },
  {
    key: 'audits',
    label: 'Makes available the information to show compliance and allows audits',
    article: 'Art. 28(3)(h)',
    help: 'Including inspections by the controller or an auditor it mandates.',
  },
  {
    key: 'infringing-instructions',
    label: 'Informs the controller at once if an instruction infringes the law',
    article: 'Art. 28(3), second subparagraph',
    help: 'The processor tells the controller immediately when it thinks an instruction breaks data protection law.',
  },
] as const satisfies readonly ClauseDefinition[];
export type ClauseKey = (typeof articleClauses)[number]['key'];
export const clauseKeys = articleClauses.map((clause) => clause.key) as [ClauseKey, ...ClauseKey[]];

export function clauseDefinition(key: string): ClauseDefinition | undefined {
  return articleClauses.find((clause) => clause.key === key);
}

export interface ChecklistSummary {
  total: number;
  present: number;
  missing: number;
  notApplicable: number;
  unchecked: number;
  /** Share of items found present or marked not applicable, in whole per cent. */
  percent: number;
}

/** The completeness figure of an agreement's Art. 28(3) checklist. */
export function checklistSummary(states: readonly ClauseState[]): ChecklistSummary {
  const count = (state: ClauseState) => states.filter((candidate) => candidate === state).length;
  const total = states.length;
  const present = count('present');
  const notApplicable = count('not-applicable');
  return {
    total,
    present,
    missing: count('missing'),
    notApplicable,
    unchecked: count('unchecked'),
    percent: total === 0 ? 0 : Math.floor(((present + notApplicable) / total) * 100),
  };
}

export const checklistFilters = ['gaps', 'unchecked', 'complete'] as const;
export type ChecklistFilter = (typeof checklistFilters)[number];
export const checklistFilterLabels: Record<ChecklistFilter, string> = {
  gaps: 'With gaps (clauses missing)',
  unchecked: 'Not fully checked',
  complete: 'Complete',
};
