import type { CalendarDate } from '../../../shared/calendar';
import {
  type AuthorityEvidence,
  type Capacity,
  type CaseChannel,
  type ForwardingMethod,
  type Outcome,
  type Priority,
  type ReplyChannel,
  type RequestType,
  requestTypes,
  type RestrictionGround,
  type VerificationMethod,
  type VerificationResult,
} from '../../../shared/cases/rules';
import { phrase, type Phrase, type PhraseParam } from '../../../shared/i18n/phrases';
import type { lineCaseField } from '../../../shared/i18n/resources/timeline-words';
import type { CaseChanges, CaseRow } from './repository';

type CaseField = keyof (typeof lineCaseField)['en'];

/**
 * The lines a case's timeline gets, as phrases (`timelineCase` in src/shared/i18n): their English is
 * what the timeline has always said, word for word.
 */

/** An optional clause: the phrase, or nothing. */
export const clause = (when: unknown, make: () => Phrase): PhraseParam => (when ? make() : '');

export const on = (date: CalendarDate): PhraseParam => ({ date });

/** "a; b; c", each part worded in the reader's language. */
export function semicolons(parts: readonly Phrase[]): Phrase {
  const [first, ...rest] = parts;
  return rest.length === 0 ? first : phrase('timelineCommon:semicolons', { first, then: semicolons(rest) });
}

export const verbatim = (text: string): Phrase => phrase('timelineCommon:note', { text });

/** "access, erasure", in the order of the request types. */
export function typesOf(types: readonly RequestType[]): Phrase[] {
  return requestTypes.filter((type) => types.includes(type)).map((type) => phrase(`lineRequestType:${type}`));
}

const framedTypes = (framed: string | null | undefined) =>
  typesOf((framed ?? '').split(',').filter(Boolean) as RequestType[]);

export function caseOpened(input: {
  types: readonly RequestType[];
  received: CalendarDate;
  channel: CaseChannel;
  due: CalendarDate;
  noVerificationNeeded: boolean;
  duplicates: readonly string[];
}): Phrase {
  return phrase('timelineCase:opened', {
    types: typesOf(input.types),
    received: on(input.received),
    channel: phrase(`lineCaseChannel:${input.channel}`),
    due: on(input.due),
    verification: clause(input.noVerificationNeeded, () => phrase('timelineCase:noVerificationNeeded')),
    duplicates: clause(input.duplicates.length > 0, () =>
      phrase('timelineCase:possibleDuplicates', { numbers: input.duplicates.join(', ') }),
    ),
  });
}

const personFields = [
  ['person_name', 'name'],
  ['person_email', 'email'],
  ['person_phone', 'phone'],
  ['person_address', 'address'],
  ['person_reference', 'reference'],
  ['rep_name', 'representative'],
  ['rep_relation', 'representativeRelation'],
  ['rep_contact', 'representativeContact'],
  ['notes', 'notes'],
] as const;

/** What an edit of the case's record changed, as "Changed: …" names it. */
export function describeChanges(before: CaseRow, after: CaseChanges): Phrase[] {
  const changes: Phrase[] = [];
  const from = (field: CaseField, was: PhraseParam, is: PhraseParam) =>
    phrase('timelineCommon:changedFrom', { field: phrase(`lineCaseField:${field}`), before: was, after: is });
  if (after.request_types !== before.request_types)
    changes.push(from('requestTypes', framedTypes(before.request_types), framedTypes(after.request_types)));
  if (after.channel !== before.channel)
    changes.push(
      from(
        'channel',
        phrase(`caseChannel:${before.channel as CaseChannel}`),
        phrase(`caseChannel:${after.channel as CaseChannel}`),
      ),
    );
  if (after.capacity !== before.capacity)
    changes.push(
      from(
        'capacity',
        phrase(`lineCapacity:${before.capacity as Capacity}`),
        phrase(`lineCapacity:${after.capacity as Capacity}`),
      ),
    );
  if (after.customer_org_id !== before.customer_org_id) changes.push(phrase('lineCaseField:customer'));
  if (after.priority !== before.priority)
    changes.push(
      from(
        'priority',
        phrase(`linePriority:${before.priority as Priority}`),
        phrase(`linePriority:${after.priority as Priority}`),
      ),
    );
  for (const [column, field] of personFields)
    if ((after[column] ?? null) !== (before[column] ?? null)) changes.push(phrase(`lineCaseField:${field}`));
  return changes;
}

export function changed(what: readonly Phrase[], notes: readonly Phrase[] = []): Phrase {
  return phrase('timelineCommon:changed', {
    what: semicolons(what),
    notes: clause(notes.length > 0, () => phrase('timelineCommon:changeNotes', { notes: semicolons(notes) })),
  });
}

export function identityDecided(
  result: VerificationResult,
  method: VerificationMethod | null | undefined,
  reason: string,
): Phrase {
  return phrase('timelineCase:identity', {
    result: phrase(`lineVerificationResult:${result}`),
    method: clause(method && result !== 'not-needed', () =>
      phrase('timelineCase:identityBy', { method: phrase(`lineVerificationMethod:${method!}`) }),
    ),
    reason,
  });
}

export function authorityChecked(name: string | null, evidence: AuthorityEvidence, note?: string): Phrase {
  return phrase('timelineCase:authorityChecked', {
    name,
    evidence: phrase(`lineAuthorityEvidence:${evidence}`),
    note: clause(note, () => phrase('timelineCommon:parenthetical', { text: note! })),
  });
}

export function forwarded(input: {
  forwardedOn: CalendarDate;
  to: string;
  how: ForwardingMethod;
  customerDeadline: CalendarDate | null | undefined;
}): Phrase {
  return phrase('timelineCase:forwarded', {
    date: on(input.forwardedOn),
    to: input.to,
    how: phrase(`lineForwardingMethod:${input.how}`),
    deadline: clause(input.customerDeadline, () =>
      phrase('timelineCase:customerDeadline', { date: on(input.customerDeadline!) }),
    ),
  });
}

export function restricted(since: CalendarDate, what: string, ground: RestrictionGround): Phrase {
  return phrase('timelineCase:restricted', {
    date: on(since),
    what,
    ground: phrase(`lineRestrictionGround:${ground}`),
  });
}

export function extended(input: {
  date: CalendarDate;
  explanation: Phrase;
  told: CalendarDate;
  channel: ReplyChannel;
  reasons: string;
}): Phrase {
  return phrase('timelineCase:extended', {
    date: on(input.date),
    explanation: input.explanation,
    told: on(input.told),
    channel: phrase(`lineReplyChannel:${input.channel}`),
    reasons: input.reasons,
  });
}

export function caseClosed(input: {
  outcome: Outcome;
  replyDate: CalendarDate | null | undefined;
  replyChannel: ReplyChannel | null | undefined;
  grounds: readonly string[];
  fee: { amount: number | null | undefined; basis: string | null | undefined } | null;
  late: { due: CalendarDate; asRefusal: boolean; reason: string | null | undefined } | null;
}): Phrase {
  const { fee, late } = input;
  return phrase('timelineCase:closed', {
    outcome: phrase(`lineOutcome:${input.outcome}`),
    reply: clause(input.replyDate, () => phrase('timelineCase:replyOf', { date: on(input.replyDate!) })),
    channel: clause(input.replyChannel, () =>
      phrase('timelineCase:byChannel', { channel: phrase(`lineReplyChannel:${input.replyChannel!}`) }),
    ),
    grounds: clause(input.grounds.length > 0, () =>
      phrase('timelineCase:grounds', { grounds: input.grounds.join('; ') }),
    ),
    fee: clause(fee, () =>
      phrase('timelineCase:fee', { amount: String(fee!.amount), basis: String(fee!.basis) }),
    ),
    late: clause(late, () =>
      phrase('timelineCase:closedLate', {
        due: on(late!.due),
        original: clause(late!.asRefusal, () => phrase('timelineCase:originalDueAsRefusal')),
        reason: String(late!.reason),
      }),
    ),
  });
}
