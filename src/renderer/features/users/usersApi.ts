import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const usersApi = api.injectEndpoints({
  endpoints: (build) => ({
    listUsers: build.query<ChannelOutput<'users.list'>, ChannelInput<'users.list'>>({
      queryFn: invokeChannel('users.list'),
      providesTags: ['User'],
    }),
    colleagues: build.query<ChannelOutput<'users.directory'>, ChannelInput<'users.directory'>>({
      queryFn: invokeChannel('users.directory'),
      providesTags: ['User'],
    }),
    createUser: build.mutation<ChannelOutput<'users.create'>, ChannelInput<'users.create'>>({
      queryFn: invokeChannel('users.create'),
      invalidatesTags: ['User', 'Audit'],
    }),
    updateUser: build.mutation<ChannelOutput<'users.update'>, ChannelInput<'users.update'>>({
      queryFn: invokeChannel('users.update'),
      invalidatesTags: ['User', 'Audit'],
    }),
    setUserActive: build.mutation<ChannelOutput<'users.setActive'>, ChannelInput<'users.setActive'>>({
      queryFn: invokeChannel('users.setActive'),
      invalidatesTags: ['User', 'Audit'],
    }),
    resetUserPassword: build.mutation<
      ChannelOutput<'users.resetPassword'>,
      ChannelInput<'users.resetPassword'>
    >({
      queryFn: invokeChannel('users.resetPassword'),
      invalidatesTags: ['User', 'Audit'],
    }),
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
