import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { api, invokeChannel } from '../../app/api';

export const peopleApi = api.injectEndpoints({
  endpoints: (build) => ({
    findPerson: build.query<ChannelOutput<'people.find'>, ChannelInput<'people.find'>>({
      queryFn: invokeChannel('people.find'),
      // Every search is audited: a search typed again is a new read.
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useFindPersonQuery } = peopleApi;
