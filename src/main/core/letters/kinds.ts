import type { CaseDetail } from '../../../shared/cases/contract';
import { formatDate } from '../../../shared/i18n/format';
import { outcome } from '../../../shared/i18n/resources/labels';
import { letterChoice } from '../../../shared/i18n/resources/letters';
import type { DraftNote } from '../../../shared/letters/contract';
import type { ReplyOutcome, TemplateKind } from '../../../shared/letters/rules';
import { invalidField, ruleViolation } from '../errors';
import type { LetterRequest } from './prepare';

/** A draft note: a code with parameters, which the renderer words in the user's language. */
export const note = (code: DraftNote['code'], params: Record<string, string> = {}): DraftNote => ({
  code,
  params,
});

/** Which reply template answers an outcome: an access granted in full lists the items of Art. 15(1). */
function replyKind(outcome: ReplyOutcome | 'refused', detail: CaseDetail): TemplateKind {
  switch (outcome) {
    case 'granted':
      return detail.types.includes('access') ? 'reply-access' : 'reply-granted';
    case 'partly-granted':
      return 'reply-partly-granted';
    case 'no-data':
      return 'reply-no-data';
    case 'withdrawn':
      return 'reply-withdrawn';
    case 'refused':
      return 'refusal';
  }
}

/**
 * The template a letter from a case comes to, or why the case does not take that letter: the
 * customer answers a processor case (we forward it); an extension is possible once, told by the
 * original due date; a closed case is answered as it was closed.
 */
export function caseKind(detail: CaseDetail, request: LetterRequest, notes: DraftNote[]): TemplateKind {
  const processor = detail.capacity === 'processor';
  const closed = detail.closing !== null;
  const name = letterChoice.en[request.choice].toLowerCase();
  if (request.choice === 'forwarding') {
    if (!processor)
      throw ruleViolation(
        `Case ${detail.number} is our own (we are controller): there is no customer to forward it to.`,
      );
    if (!detail.forwarding && !closed) notes.push(note('records-forwarding'));
    return 'forwarding';
  }
  if (processor)
    throw ruleViolation(
      `In case ${detail.number} we are processor for ${detail.customer?.name ?? 'a customer'}, who answers the person: make the forwarding note to the customer instead of the ${name}.`,
    );
  switch (request.choice) {
    case 'acknowledgement':
      return 'acknowledgement';
    case 'identity-request':
      if (!closed && !detail.verification.requestedOn && !detail.verification.result)
        notes.push(note('records-verification-request'));
      return 'identity-request';
    case 'extension':
      if (detail.clock.extension) {
        notes.push(
          note('extension-recorded', {
            toldOn: formatDate(detail.clock.extension.personToldOn),
            due: formatDate(detail.clock.extendedDue.date),
          }),
        );
        return 'extension';
      }
      if (closed)
        throw ruleViolation(`Case ${detail.number} is closed: its deadline can no longer be extended.`);
      if (!detail.clock.extensionPossibleUntil)
        throw ruleViolation(
          `Too late for an extension: it must be decided and the person told by the original due date (${formatDate(
            detail.clock.due.date,
          )}, Art. 12(3)).`,
        );
      notes.push(note('records-extension', { due: formatDate(detail.clock.extendedDue.date) }));
      return 'extension';
    case 'reply': {
      if (detail.closing) {
        const closedAs = detail.closing.outcome;
        notes.push(note('outcome-from-closing', { outcome: closedAs }));
        return replyKind(closedAs, detail);
      }
      if (!request.outcome)
        throw invalidField(
          'outcome',
          `Case ${detail.number} is not closed yet: choose the outcome the reply gives`,
        );
      return replyKind(request.outcome, detail);
    }
    case 'refusal':
      if (detail.closing && detail.closing.outcome !== 'refused')
        throw ruleViolation(
          `Case ${detail.number} was closed as "${outcome.en[detail.closing.outcome].toLowerCase()}": make the reply, which follows the outcome recorded.`,
        );
      return 'refusal';
    default:
      throw ruleViolation(`The ${name} is made from a breach, not from a case.`);
  }
}
