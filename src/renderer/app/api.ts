import type { BaseQueryApi, BaseQueryMeta, EndpointBuilder, ResultDescription } from '@reduxjs/toolkit/query';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type { AppChannel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { ApiError, ApiResult } from '../../shared/errors';
import { sessionEnded, sessionLocked } from '../features/auth/authSlice';
import { text } from '../i18n';

/**
 * Every call to the core goes through here: `window.api.invoke`, and a session that locked or
 * ended while the person was away is reported to the auth slice so the lock screen appears.
 */
export async function callApi<C extends AppChannel>(
  channel: C,
  input: ChannelInput<C>,
  dispatch?: BaseQueryApi['dispatch'],
): Promise<ApiResult<ChannelOutput<C>>> {
  let result: ApiResult<ChannelOutput<C>>;
  try {
    result = await window.api.invoke(channel, input);
  } catch {
    result = {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: text('components', 'noAnswer'),
      },
    };
  }
  if (!result.ok && dispatch) {
    if (result.error.code === 'SESSION_LOCKED') dispatch(sessionLocked());
    if (result.error.code === 'UNAUTHENTICATED') dispatch(sessionEnded(result.error.message));
  }
  return result;
}

/** A `queryFn` for RTK Query endpoints that calls one channel. */
export function invokeChannel<C extends AppChannel>(channel: C) {
  return async (
    input: ChannelInput<C>,
    baseApi: BaseQueryApi,
  ): Promise<{ data: ChannelOutput<C> } | { error: ApiError }> => {
    const result = await callApi(channel, input, baseApi.dispatch);
    return result.ok ? { data: result.data } : { error: result.error };
  };
}

const tagTypes = [
  'User',
  'Audit',
  'Settings',
  'Organisation',
  'Attachment',
  'Backup',
  'Case',
  'CaseList',
  'CaseTemplate',
  'Inquiry',
  'InquiryList',
  'Agreement',
  'Breach',
  'BreachList',
  'Dashboard',
  'Processing',
  'LetterTemplate',
  'LegalHold',
] as const;
export type ApiTag = (typeof tagTypes)[number];

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fakeBaseQuery<ApiError>(),
  tagTypes,
  endpoints: () => ({}),
});

type BaseQuery = ReturnType<typeof fakeBaseQuery<ApiError>>;
type Build = EndpointBuilder<BaseQuery, ApiTag, 'api'>;
type Tags<C extends AppChannel> = ResultDescription<
  ApiTag,
  ChannelOutput<C>,
  ChannelInput<C>,
  ApiError,
  BaseQueryMeta<BaseQuery> | undefined
>;

/**
 * A query endpoint over one channel: `cases: channelQuery(build, 'cases.list', ['CaseList'])`.
 * Its argument and result are the channel's input and output, so the hook is typed by the contract.
 */
export function channelQuery<C extends AppChannel>(build: Build, channel: C, providesTags?: Tags<C>) {
  return build.query<ChannelOutput<C>, ChannelInput<C>>({ queryFn: invokeChannel(channel), providesTags });
}

/** A mutation endpoint over one channel; every change makes the audit log stale. */
export function channelMutation<C extends AppChannel>(build: Build, channel: C, invalidatesTags?: Tags<C>) {
  return build.mutation<ChannelOutput<C>, ChannelInput<C>>({
    queryFn: invokeChannel(channel),
    invalidatesTags: invalidatesTags ?? ['Audit'],
  });
}

/**
 * A command on one record that answers with the record as it now stands (`{ id, ... }` in,
 * the record out): the answer replaces the cached copy of the `record` query for that id, so the
 * screen shows it without reading it again (a read of personal data would be audited again).
 */
export function recordCommand<C extends AppChannel>(
  build: Build,
  channel: C,
  { record, invalidatesTags }: { record: string; invalidatesTags: Tags<C> },
) {
  return build.mutation<ChannelOutput<C>, ChannelInput<C>>({
    queryFn: invokeChannel(channel),
    invalidatesTags,
    async onQueryStarted(input, { dispatch, queryFulfilled }) {
      try {
        const { data } = await queryFulfilled;
        const { id } = input as { id: number };
        // The endpoint is injected by the feature, so the base api cannot name it in its types.
        dispatch(api.util.upsertQueryData(record as never, { id } as never, data as never));
      } catch {
        // The caller shows the error.
      }
    },
  });
}
