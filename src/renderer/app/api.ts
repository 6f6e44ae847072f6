import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import { createApi, fakeBaseQuery } from '@reduxjs/toolkit/query/react';
import type { AppChannel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { ApiError, ApiResult } from '../../shared/errors';
import { sessionEnded, sessionLocked } from '../features/auth/authSlice';

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
        message: 'The application did not answer. Restart Privacy Desk if this persists.',
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

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fakeBaseQuery<ApiError>(),
  tagTypes: [
    'User',
    'Audit',
    'Settings',
    'Organisation',
    'Attachment',
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
  ],
  endpoints: () => ({}),
});
