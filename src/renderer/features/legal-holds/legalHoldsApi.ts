import type { LegalHoldType } from '../../../shared/erasure/contract';
import { api, channelMutation, channelQuery } from '../../app/api';

/** The cache tag of one record's holds: "case:12". */
const holdsOf = (record: { recordType: LegalHoldType; recordId: number }) => ({
  type: 'LegalHold' as const,
  id: `${record.recordType}:${record.recordId}`,
});

export const legalHoldsApi = api.injectEndpoints({
  endpoints: (build) => ({
    legalHolds: channelQuery(build, 'legalHolds.list', (_result, _error, record) => [holdsOf(record)]),
    placeLegalHold: channelMutation(build, 'legalHolds.place', (_result, _error, input) => [
      holdsOf(input),
      'Audit',
    ]),
    // A lift names only the hold; the one record page showing holds reads them again.
    liftLegalHold: channelMutation(build, 'legalHolds.lift', ['LegalHold', 'Audit']),
  }),
});

export const { useLegalHoldsQuery, usePlaceLegalHoldMutation, useLiftLegalHoldMutation } = legalHoldsApi;
