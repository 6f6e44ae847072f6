import { api, channelMutation, channelQuery } from '../../app/api';

export const usersApi = api.injectEndpoints({
  endpoints: (build) => ({
    listUsers: channelQuery(build, 'users.list', ['User']),
    colleagues: channelQuery(build, 'users.directory', ['User']),
    createUser: channelMutation(build, 'users.create', ['User', 'Audit']),
    updateUser: channelMutation(build, 'users.update', ['User', 'Audit']),
    setUserActive: channelMutation(build, 'users.setActive', ['User', 'Audit']),
    resetUserPassword: channelMutation(build, 'users.resetPassword', ['User', 'Audit']),
  }),
});

export const {
  useListUsersQuery,
  useColleaguesQuery,
  useCreateUserMutation,
  useUpdateUserMutation,
  useSetUserActiveMutation,
  useResetUserPasswordMutation,
} = usersApi;
