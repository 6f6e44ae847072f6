import type { organisationsChannels } from '../../../shared/organisations/contract';
import type { Handlers } from '../handler';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  setOrganisationActive,
  updateOrganisation,
} from './service';

export const organisationsHandlers: Handlers<keyof typeof organisationsChannels> = {
  'organisations.list': (input, ctx) => listOrganisations(ctx, input),
  'organisations.get': (input, ctx) => getOrganisation(ctx, input.id),
  'organisations.create': (input, ctx) => createOrganisation(ctx, input),
  'organisations.update': (input, ctx) => updateOrganisation(ctx, input.id, input.changes),
  'organisations.setActive': (input, ctx) => setOrganisationActive(ctx, input.id, input.active),
};
