import { api, channelMutation, channelQuery } from '../../app/api';

export const settingsApi = api.injectEndpoints({
  endpoints: (build) => ({
    settings: channelQuery(build, 'settings.get', ['Settings']),
    updateSettings: channelMutation(build, 'settings.update', ['Settings', 'Audit']),
  }),
});

export const { useSettingsQuery, useUpdateSettingsMutation } = settingsApi;
