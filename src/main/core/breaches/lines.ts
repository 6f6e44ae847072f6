import {
  type CustomerNoticeMethod,
  hasControllerDuty,
  hasProcessorDuty,
  type NotificationPhase,
  type RiskLevel,
  type SubjectException,
  type SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { lineBreachField } from '../../../shared/i18n/resources/timeline-words';
import { formatOslo } from '../../../shared/oslo';
import { changed, clause, verbatim } from '../cases/lines';

/**
 * The lines a breach's timeline gets, as phrases (`timelineBreach` in src/shared/i18n): their English
 * is what the timeline has always said, word for word. Times are the office's wall clock, the same
 * in both languages.
 */

export function breachRecorded(
  awareAt: string,
  clock: { labelText: Phrase; explanationText: Phrase } | undefined,
) {
  return phrase('timelineBreach:recorded', {
    at: formatOslo(awareAt),
    clock: clause(clock, () =>
      phrase('timelineBreach:clock', { label: clock!.labelText, explanation: clock!.explanationText }),
    ),
  });
}

type BreachField = keyof (typeof lineBreachField)['en'];

/** A column by what "Changed: …" calls it; both times of the occurrence are "when it happened". */
function fieldOf(column: string): Phrase {
  const field = column === 'occurred_from' || column === 'occurred_to' ? 'when' : column;
  return Object.hasOwn(lineBreachField.en, field)
    ? phrase(`lineBreachField:${field as BreachField}`)
    : verbatim(column);
}

/** "Changed: title; customers added: …": each field once, then the customers. */
export function breachChanged(
  columns: readonly string[],
  added: readonly string[],
  removed: readonly string[],
) {
  const seen = new Set<string>();
  const what: Phrase[] = [];
  for (const column of columns) {
    const field = fieldOf(column);
    const key = JSON.stringify(field);
    if (!seen.has(key)) what.push(field);
    seen.add(key);
  }
  if (added.length > 0) what.push(phrase('timelineBreach:customersAdded', { names: added.join(', ') }));
  if (removed.length > 0) what.push(phrase('timelineBreach:customersRemoved', { names: removed.join(', ') }));
  return changed(what);
}

/** What an assessment means for us (Datatilsynet, the people) and, as processor, for the customers. */
function consequenceOf(
  capacity: string,
  risk: RiskLevel,
  noNotificationReasons: string | undefined,
  subjectsDueAt: string | null,
): Phrase | '' {
  const ours = !hasControllerDuty(capacity)
    ? null
    : risk === 'none'
      ? phrase('timelineBreach:notNotified', {
          reasons: noNotificationReasons ?? phrase('timelineBreach:notifiedAlready'),
        })
      : phrase('timelineBreach:mustNotify', {
          people: clause(risk === 'high', () =>
            phrase('timelineBreach:peopleToBeTold', { at: formatOslo(subjectsDueAt) }),
          ),
        });
  const theirs = hasProcessorDuty(capacity) ? phrase('timelineBreach:processorDuty') : null;
  if (ours && theirs) return phrase('timelineCommon:spaced', { first: ours, then: theirs });
  return ours ?? theirs ?? '';
}

export function assessed(input: {
  reassessed: boolean;
  capacity: string;
  risk: RiskLevel;
  reasons: string;
  noNotificationReasons: string | undefined;
  subjectsDueAt: string | null;
}): Phrase {
  return phrase(input.reassessed ? 'timelineBreach:reassessed' : 'timelineBreach:assessed', {
    risk: phrase(`lineRisk:${input.risk}`),
    reasons: input.reasons,
    consequence: consequenceOf(input.capacity, input.risk, input.noNotificationReasons, input.subjectsDueAt),
  });
}

export function authorityNotified(input: {
  phase: NotificationPhase;
  sentAt: string;
  reference: string | null;
  sentBy: string;
  /** Only the first notification answers for the 72 hours. */
  timing: 'none' | 'in-time' | { dueAt: string; reasons: string | undefined };
}): Phrase {
  const { timing } = input;
  return phrase('timelineBreach:notified', {
    phase: phrase(`lineNotificationPhase:${input.phase}`),
    at: formatOslo(input.sentAt),
    reference: clause(input.reference, () =>
      phrase('timelineBreach:reference', { reference: input.reference! }),
    ),
    by: input.sentBy,
    timing:
      timing === 'none'
        ? ''
        : timing === 'in-time'
          ? phrase('timelineBreach:inTime')
          : phrase('timelineBreach:notifiedLate', {
              due: formatOslo(timing.dueAt),
              reasons: String(timing.reasons),
            }),
  });
}

export function customerTold(input: {
  name: string;
  toldAt: string;
  how: CustomerNoticeMethod;
  toldTo: string;
  late: { dueAt: string; reason: string | undefined } | null;
}): Phrase {
  const { late } = input;
  return phrase('timelineBreach:customerTold', {
    name: input.name,
    at: formatOslo(input.toldAt),
    how: phrase(`lineCustomerNoticeMethod:${input.how}`),
    to: input.toldTo,
    timing: late
      ? phrase('timelineBreach:customerLate', { due: formatOslo(late.dueAt), reason: String(late.reason) })
      : phrase('timelineBreach:inTime'),
  });
}

export function subjectsTold(toldAt: string, how: SubjectNoticeMethod, count: number | null): Phrase {
  return phrase('timelineBreach:subjectsTold', {
    at: formatOslo(toldAt),
    how: phrase(`lineSubjectNoticeMethod:${how}`),
    people: clause(count !== null, () => phrase('timelineBreach:peopleCount', { people: count })),
  });
}

export function subjectsException(input: {
  exception: SubjectException;
  explanation: string;
  publicNoticeAt: string | null;
  where: string | null;
}): Phrase {
  return phrase('timelineBreach:exception', {
    exception: phrase(`lineSubjectException:${input.exception}`),
    explanation: input.explanation,
    notice: clause(input.publicNoticeAt, () =>
      phrase('timelineBreach:publicNotice', { at: formatOslo(input.publicNoticeAt), where: input.where }),
    ),
  });
}

export function breachClosed(note: string | undefined): Phrase {
  return note ? phrase('timelineBreach:closedWithNote', { note }) : phrase('coreTimeline:breachClosed');
}
