import { api, channelMutation, channelQuery } from '../../app/api';

export const backupsApi = api.injectEndpoints({
  endpoints: (build) => ({
    backups: channelQuery(build, 'backups.list', ['Backup']),
    createBackup: channelMutation(build, 'backups.create', ['Backup', 'Audit']),
  }),
});

export const { useBackupsQuery, useCreateBackupMutation } = backupsApi;
