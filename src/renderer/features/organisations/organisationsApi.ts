import { api, channelMutation, channelQuery } from '../../app/api';

export const organisationsApi = api.injectEndpoints({
  endpoints: (build) => ({
    organisations: channelQuery(build, 'organisations.list', ['Organisation']),
    organisation: channelQuery(build, 'organisations.get', ['Organisation']),
    createOrganisation: channelMutation(build, 'organisations.create', ['Organisation', 'Audit']),
    updateOrganisation: channelMutation(build, 'organisations.update', ['Organisation', 'Audit']),
    setOrganisationActive: channelMutation(build, 'organisations.setActive', ['Organisation', 'Audit']),
  }),
});

export const {
  useOrganisationsQuery,
  useOrganisationQuery,
  useCreateOrganisationMutation,
  useUpdateOrganisationMutation,
  useSetOrganisationActiveMutation,
} = organisationsApi;
