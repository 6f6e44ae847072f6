import type { peopleChannels } from '../../../shared/people/contract';
import type { Handlers } from '../handler';
import { findPerson } from './service';

export const peopleHandlers: Handlers<keyof typeof peopleChannels> = {
  'people.find': (input, ctx) => findPerson(ctx, input.query),
};
