import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const settingsApi = api.injectEndpoints({
  endpoints: (build) => ({
    settings: build.query<ChannelOutput<'settings.get'>, ChannelInput<'settings.get'>>({
      queryFn: invokeChannel('settings.get'),
      providesTags: ['Settings'],
    }),
    updateSettings: build.mutation<ChannelOutput<'settings.update'>, ChannelInput<'settings.update'>>({
      queryFn: invokeChannel('settings.update'),
      invalidatesTags: ['Settings', 'Audit'],
    }),
  }),
});

export const { useSettingsQuery, useUpdateSettingsMutation } = settingsApi;
