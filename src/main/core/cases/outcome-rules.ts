import {
  alwaysGrantedTypes,
  isRefusal,
  type Outcome,
  refusalGround,
  type RefusalGroundKey,
  type ReplyChannel,
  type RequestType,
  requestTypeInfo,
  requestTypes,
  type UnfoundedResponse,
} from '../../../shared/cases/rules';
import type { ValidationIssue } from '../../../shared/errors';
import type { ListParam } from '../../../shared/i18n/errors';
import { issue, ruleViolation } from '../errors';

/** Request types' lower-cased labels (words of `errorTerms`), in the usual order: "access, erasure". */
function typeTerms(types: readonly RequestType[]): string[] {
  return requestTypes
    .filter((type) => types.includes(type))
    .map((type) => requestTypeInfo[type].label.toLowerCase());
}

/** The same at the start of a sentence: the first label as written, "Access, erasure". */
function typesOpening(types: readonly RequestType[]): ListParam {
  const [first, ...rest] = typeTerms(types);
  return { list: [`${first!.charAt(0).toUpperCase()}${first!.slice(1)}`, ...rest], join: ', ' };
}
export interface ClosingInput {
  outcome: Outcome;
  reasons?: string;
  refusalGrounds: RefusalGroundKey[];
  manifestlyUnfounded: boolean;
  unfoundedJustification?: string;
  unfoundedResponse: UnfoundedResponse;
  feeNok: number | null;
  feeBasis?: string;
  statesComplaintRight: boolean;
  statesJudicialRemedy: boolean;
  disclosesPersonalData: boolean;
  replyDate: string | null;
  replyChannel: ReplyChannel | null;
  lateReason?: string;
}

/** The rules of Art. 12(4)-(5), 21 and 7(3) on what the outcome may be and what it must state. */
export function outcomeIssues(
  input: ClosingInput,
  types: RequestType[],
  processor: boolean,
): ValidationIssue[] {
  const refusal = isRefusal(input.outcome);
  const issues: ValidationIssue[] = [];
  if (refusal && !input.reasons)
    issues.push({ path: 'reasons', message: 'A refusal must give the reasons (Art. 12(4))' });
  if (refusal && !processor) {
    if (!input.statesComplaintRight)
      issues.push({
        path: 'statesComplaintRight',
        message: 'The reply must tell the person of the right to complain to Datatilsynet (Art. 12(4))',
      });
    if (!input.statesJudicialRemedy)
      issues.push({
        path: 'statesJudicialRemedy',
        message: 'The reply must tell the person of the right to a judicial remedy (Art. 12(4))',
      });
  }
  if (input.refusalGrounds.length > 0 && !refusal)
    issues.push({
      path: 'refusalGrounds',
      message: 'Grounds for a refusal go with a refusal in full or in part',
    });
  for (const key of input.refusalGrounds) {
    const ground = refusalGround(key);
    if (ground && !ground.types.some((type) => types.includes(type)))
      issues.push(
        issue('refusalGrounds', {
          key: 'groundDoesNotApply',
          params: {
            ground: ground.citation,
            types: { list: typeTerms(types), join: ', ' },
            limits: {
              list: ground.types.map((type) => requestTypeInfo[type].label.toLowerCase()),
              join: 'and',
            },
          },
        }),
      );
  }
  const unfoundedRefusal = input.manifestlyUnfounded && input.unfoundedResponse === 'refusal';
  if (
    input.outcome === 'refused' &&
    types.includes('objection') &&
    !unfoundedRefusal &&
    !input.refusalGrounds.includes('gdpr-21-1')
  )
    issues.push({
      path: 'refusalGrounds',
      message:
        'An objection under Art. 21(1) is refused only on compelling legitimate grounds that override the person’s interests (or for legal claims): choose that ground and set it out in the reasons',
    });
  if (input.manifestlyUnfounded) {
    if (!input.unfoundedJustification)
      issues.push({
        path: 'unfoundedJustification',
        message:
          'Justify why the request is manifestly unfounded or excessive; the burden of proof is ours (Art. 12(5))',
      });
    if (input.unfoundedResponse === 'refusal' && !refusal)
      issues.push({
        path: 'manifestlyUnfounded',
        message:
          'A refusal on the ground that the request is manifestly unfounded or excessive is a refusal in full or in part; to act on it for a fee, choose the reasonable fee',
      });
    if (input.unfoundedResponse === 'fee') {
      if (refusal && input.outcome === 'refused')
        issues.push({
          path: 'unfoundedResponse',
          message: 'A request answered for a reasonable fee is acted on, not refused (Art. 12(5)(a))',
        });
      if (input.feeNok === null) issues.push({ path: 'feeNok', message: 'Give the fee charged, in kroner' });
      if (!input.feeBasis)
        issues.push({
          path: 'feeBasis',
          message: 'Say how the fee was worked out: it may cover only the administrative costs (Art. 12(5))',
        });
    }
  } else if (input.feeNok !== null || input.feeBasis)
    issues.push({
      path: 'feeNok',
      message:
        'A fee may be charged only for a manifestly unfounded or excessive request (Art. 12(5)); the first copy of the data is free',
    });
  if (input.outcome !== 'withdrawn') {
    if (!input.replyDate) issues.push({ path: 'replyDate', message: 'Give the date of the reply' });
    if (!input.replyChannel) issues.push({ path: 'replyChannel', message: 'Choose how the reply was sent' });
  }
  return issues;
}

/** A stopped processing is never refused: not in full, and not "in part" when nothing else was asked. */
export function requireAlwaysGrantedRespected(outcome: Outcome, types: RequestType[]): void {
  const stopping = alwaysGrantedTypes(types);
  if (stopping.length === 0) return;
  const words = typesOpening(stopping);
  if (outcome === 'refused') throw ruleViolation({ key: 'neverRefused', params: { types: words } });
  if (outcome === 'partly-granted' && stopping.length === types.length)
    throw ruleViolation({ key: 'grantedInFull', params: { types: words } });
}
