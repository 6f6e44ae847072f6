import type { ErasureItem, KeepGround } from '../../../shared/erasure/contract';
import type { CallKey } from '../../../shared/i18n/translate';
import type { KeyOf } from '../../i18n/namespaces';

type Key = CallKey<KeyOf<'erasure'>>;

/** The key of each Art. 17(3) ground's words. */
export const groundKeys: Record<KeepGround, Key> = {
  'open-case': 'groundOpenCase',
  'breach-record': 'groundBreachRecord',
  bookkeeping: 'groundBookkeeping',
  'legal-claims': 'groundLegalClaims',
  'agreement-evidence': 'groundAgreementEvidence',
};

/** The key of each kind of record's name. */
export const kindKeys: Record<ErasureItem['kind'], Key> = {
  inquiry: 'kindInquiry',
  case: 'kindCase',
  breach: 'kindBreach',
  organisation: 'kindOrganisation',
  attachment: 'kindAttachment',
  audit: 'kindAudit',
};
