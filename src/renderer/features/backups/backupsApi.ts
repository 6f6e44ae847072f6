import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const backupsApi = api.enhanceEndpoints({ addTagTypes: ['Backup'] }).injectEndpoints({
  endpoints: (build) => ({
    backups: build.query<ChannelOutput<'backups.list'>, ChannelInput<'backups.list'>>({
      queryFn: invokeChannel('backups.list'),
      providesTags: ['Backup'],
    }),
    createBackup: build.mutation<ChannelOutput<'backups.create'>, ChannelInput<'backups.create'>>({
      queryFn: invokeChannel('backups.create'),
      invalidatesTags: ['Backup', 'Audit'],
    }),
  }),
});

export const { useBackupsQuery, useCreateBackupMutation } = backupsApi;
