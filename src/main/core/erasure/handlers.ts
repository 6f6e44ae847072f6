import type { erasureChannels } from '../../../shared/erasure/contract';
import type { Handlers } from '../handler';
import { erasePerson, erasurePreview } from './service';
import { keptRecords } from './kept';
import { liftHold, listHolds, placeHold } from './holds';

export const erasureHandlers: Handlers<keyof typeof erasureChannels> = {
  'people.erasePreview': (input, ctx) => erasurePreview(ctx, input),
  'people.erase': (input, ctx) => erasePerson(ctx, input),
  'erasure.keptRecords': (input, ctx) => keptRecords(ctx, input.status),
  'legalHolds.list': (input, ctx) => listHolds(ctx, input),
  'legalHolds.place': (input, ctx) => placeHold(ctx, input),
  'legalHolds.lift': (input, ctx) => liftHold(ctx, input.id),
};
