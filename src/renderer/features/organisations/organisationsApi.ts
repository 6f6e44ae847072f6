import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const organisationsApi = api.injectEndpoints({
  endpoints: (build) => ({
    organisations: build.query<ChannelOutput<'organisations.list'>, ChannelInput<'organisations.list'>>({
      queryFn: invokeChannel('organisations.list'),
      providesTags: ['Organisation'],
    }),
    organisation: build.query<ChannelOutput<'organisations.get'>, ChannelInput<'organisations.get'>>({
      queryFn: invokeChannel('organisations.get'),
      providesTags: ['Organisation'],
    }),
    createOrganisation: build.mutation<
      ChannelOutput<'organisations.create'>,
      ChannelInput<'organisations.create'>
    >({
      queryFn: invokeChannel('organisations.create'),
      invalidatesTags: ['Organisation', 'Audit'],
    }),
    updateOrganisation: build.mutation<
      ChannelOutput<'organisations.update'>,
      ChannelInput<'organisations.update'>
    >({
      queryFn: invokeChannel('organisations.update'),
      invalidatesTags: ['Organisation', 'Audit'],
    }),
    setOrganisationActive: build.mutation<
      ChannelOutput<'organisations.setActive'>,
      ChannelInput<'organisations.setActive'>
    >({
      queryFn: invokeChannel('organisations.setActive'),
      invalidatesTags: ['Organisation', 'Audit'],
    }),
  }),
});

export const {
  useOrganisationsQuery,
  useOrganisationQuery,
  useCreateOrganisationMutation,
  useUpdateOrganisationMutation,
  useSetOrganisationActiveMutation,
} = organisationsApi;
