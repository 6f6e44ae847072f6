import type { lettersChannels } from '../../../shared/letters/contract';
import type { Handlers } from '../handler';
import { draftLetter, makeLetter } from './service';
import {
  listLetterTemplates,
  previewLetterTemplate,
  resetLetterTemplate,
  saveLetterTemplate,
} from './templates';

export const lettersHandlers: Handlers<keyof typeof lettersChannels> = {
  'letters.templates': (_input, ctx) => listLetterTemplates(ctx),
  'letters.saveTemplate': (input, ctx) => saveLetterTemplate(ctx, input),
  'letters.resetTemplate': (input, ctx) => resetLetterTemplate(ctx, input),
  'letters.previewTemplate': (input, ctx) =>
    previewLetterTemplate(ctx, input, {
      name: ctx.actor.displayName,
      isDpo: ctx.actor.roles.includes('dpo'),
    }),
  'letters.draft': (input, ctx) => draftLetter(ctx, input),
  'letters.make': (input, ctx) => makeLetter(ctx, input),
};
