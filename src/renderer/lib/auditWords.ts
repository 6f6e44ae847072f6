/**
 * The audit log in words: what was done (its action), to what kind of record, and through which
 * part of the app (its channel), for the audit screen and every record's history.
 */

const actionLabels: Readonly<Record<string, string>> = {
  create: 'Created',
  update: 'Edited',
  read: 'Read',
  list: 'Listed',
  export: 'Exported',
  delete: 'Deleted',
  restore: 'Restored',
  close: 'Closed',
  reopen: 'Reopened',
  assign: 'Assigned',
  note: 'Note added',
  attach: 'Document attached',
  'remove-attachment': 'Document removed',
  'restore-attachment': 'Document restored',
  'open-attachment': 'Document opened',
  'download-attachment': 'Document saved',
  'open-case': 'Case opened from it',
  'report-breach': 'Breach reported from it',
  'link-inquiry': 'Inquiry linked',
  'duplicate-check': 'Checked for duplicates',
  'change-received-date': 'Received date corrected',
  extend: 'Deadline extended',
  forward: 'Forwarded to the customer',
  'verification-dates': 'Verification dates recorded',
  'clarification-dates': 'Clarification dates recorded',
  'verification-decide': 'Identity decided',
  'verification-override': 'Verification overridden',
  'representative-authority': 'Representative’s authority checked',
  'task-add': 'Task added',
  'task-assign': 'Task assigned',
  'task-comment': 'Task commented',
  'task-state': 'Task ticked',
  'recipient-add': 'Recipient added',
  'recipient-notify': 'Recipient told',
  'recipient-remove': 'Recipient removed',
  restrict: 'Restricted',
  'lift-restriction': 'Restriction lifted',
  'recompute-deadlines': 'Deadlines recomputed',
  assess: 'Assessed',
  'change-awareness': 'Awareness time corrected',
  'notify-authority': 'Datatilsynet notified',
  'notify-customer': 'Customer told',
  'subjects-told': 'People affected told',
  'subjects-exception': 'Exception to telling recorded',
  checklist: 'Checklist ticked',
  terminate: 'Terminated',
  'confirm-end': 'End of the data confirmed',
  review: 'Reviewed',
  'add-subprocessor': 'Sub-processor added',
  'remove-subprocessor': 'Sub-processor removed',
  'restore-subprocessor': 'Sub-processor restored',
  'change-notice': 'Change notice sent',
  'change-approved': 'Change approved',
  objection: 'Objection received',
  'resolve-objection': 'Objection resolved',
  'add-declared-subprocessor': 'Declared sub-processor added',
  'remove-declared-subprocessor': 'Declared sub-processor removed',
  'restore-declared-subprocessor': 'Declared sub-processor restored',
  'add-transfer': 'Transfer recorded',
  'update-transfer': 'Transfer edited',
  'remove-transfer': 'Transfer removed',
  'restore-transfer': 'Transfer restored',
  reorder: 'Reordered',
  archive: 'Archived',
  'sign-in': 'Signed in',
  'sign-in-failed': 'Sign-in refused',
  'sign-out': 'Signed out',
  lock: 'Window locked',
  unlock: 'Window unlocked',
  'lock-out': 'Locked out',
  'change-password': 'Password changed',
  'reset-password': 'Password reset',
  'create-first-admin': 'First administrator created',
  backup: 'Backed up',
  verify: 'Chain verified',
  report: 'Report made',
  'seed-demo': 'Demo office seeded',
};

/** How "created" reads for each kind of record. */
const createdAs: Readonly<Record<string, string>> = {
  inquiry: 'Logged',
  agreement: 'Registered',
  'processing-activity': 'Recorded',
  case: 'Opened',
  breach: 'Recorded',
};

function sentence(words: string): string {
  const spaced = words
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function auditActionLabel(action: string, entityType?: string): string {
  if (action === 'create' && entityType && createdAs[entityType]) return createdAs[entityType];
  return actionLabels[action] ?? sentence(action);
}

const entityTypeLabels: Readonly<Record<string, string>> = {
  case: 'Case',
  inquiry: 'Inquiry',
  breach: 'Breach',
  agreement: 'Agreement',
  organisation: 'Customer or supplier',
  user: 'User',
  'processing-activity': 'Processing activity',
  'verification-template': 'Verification checklist',
  restriction: 'Restriction',
  settings: 'Settings',
  database: 'Database',
  dashboard: 'Dashboard',
  audit: 'Audit log',
  'annual-report': 'Annual report',
};

export function entityTypeLabel(entityType: string): string {
  return entityTypeLabels[entityType] ?? sentence(entityType);
}

const featureLabels: Readonly<Record<string, string>> = {
  auth: 'Sign-in',
  users: 'Users',
  audit: 'Audit log',
  settings: 'Settings',
  organisations: 'Customers and suppliers',
  attachments: 'Documents',
  cases: 'Cases',
  caseTemplates: 'Verification checklists',
  inquiries: 'Inquiries',
  dashboard: 'Dashboard',
  reports: 'Reports',
  breaches: 'Breaches',
  agreements: 'Agreements',
  backups: 'Backups',
  processing: 'Processing activities',
};

const verbLabels: Readonly<Record<string, string>> = {
  get: 'opened',
  list: 'list',
  history: 'history',
  create: 'new',
  update: 'edit',
  counts: 'counts',
  export: 'export',
  signIn: 'sign in',
  signOut: 'sign out',
  callerHistory: 'caller history',
  openFromInquiry: 'case opened from an inquiry',
  reportFromInquiry: 'breach reported from an inquiry',
};

/** "cases.get" → "Cases: opened", "cli:backup" → "Command line: backup"; anything else in plain words. */
export function channelWords(channel: string): string {
  // Work done with the privacy-desk command ("cli:seed-demo") says so in words.
  if (channel.startsWith('cli:')) return `Command line: ${sentence(channel.slice(4)).toLowerCase()}`;
  const [feature, verb] = channel.split('.', 2);
  if (!feature || !verb) return sentence(channel);
  return `${featureLabels[feature] ?? sentence(feature)}: ${verbLabels[verb] ?? sentence(verb).toLowerCase()}`;
}
