import { z } from 'zod';
import { attachmentSchema } from '../attachments/contract';
import { command, query } from '../contract/channel';
import { languageSchema } from '../i18n/languages';
import { emptyInput, id, isoDate, isoDateTime, optionalText, requiredText } from '../validation';
import {
  letterChannels,
  letterChoices,
  letterOwners,
  ownerOfChoice,
  replyOutcomes,
  templateKinds,
} from './rules';

const kind = z.enum(templateKinds, { error: 'Choose a kind of letter from the list' });
const choice = z.enum(letterChoices, { error: 'Choose a letter from the list' });
const owner = z.enum(letterOwners, { error: 'Letters are made from a case or a breach' });
const channel = z.enum(letterChannels, { error: 'Choose how the letter goes out' });

/** A template as the administrators see it: the text in use, and whether it is the shipped one. */
export const letterTemplateSchema = z.object({
  kind,
  language: languageSchema,
  subject: z.string(),
  body: z.string(),
  /** An administrator changed it; false means the text shipped with the app is in use. */
  edited: z.boolean(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
  defaultSubject: z.string(),
  defaultBody: z.string(),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

const templateText = {
  subject: requiredText('The subject', 300).refine((value) => !/[\r\n]/.test(value), {
    message: 'The subject is one line',
  }),
  body: requiredText('The text of the letter', 20_000),
};

/**
 * What making a letter records besides the document, or what the DPO should know first; the
 * renderer words each code in the user's language.
 */
export const draftNoteCodes = [
  /** Making the extension notice records the extension, told today (Art. 12(3)). */
  'records-extension',
  /** The extension is recorded; the letter restates it. */
  'extension-recorded',
  /** Making the identity request records that verification was asked for today. */
  'records-verification-request',
  /** Making the forwarding note records the forwarding to the customer today. */
  'records-forwarding',
  /** The case is closed: the reply follows its recorded outcome. */
  'outcome-from-closing',
  /** No postal address on the case: a letter by post cannot be addressed. */
  'no-address',
  /** The breach is not assessed as a high risk: Art. 34 does not require telling the people. */
  'not-high-risk',
  /** The breach is not assessed yet. */
  'not-assessed',
  /** A draft to copy into Datatilsynet's form: gaps may stay. */
  'draft-only',
] as const;
export type DraftNoteCode = (typeof draftNoteCodes)[number];

export const draftNoteSchema = z.object({
  code: z.enum(draftNoteCodes),
  params: z.record(z.string(), z.string()),
});
export type DraftNote = z.infer<typeof draftNoteSchema>;

/** What only the DPO can tell the letter: the outcome of an open case, the reasons, when it was decided. */
const letterOptions = {
  /** A reply on a case not closed yet: the outcome it answers. */
  outcome: z.enum(replyOutcomes, { error: 'Choose the outcome the reply gives' }).optional(),
  /** The reasons of an extension not yet recorded, or of a refusal on an open case. */
  reasons: optionalText('The reasons', 10_000),
  /** An extension not yet recorded: the day it was decided (default: today). */
  decidedOn: isoDate.optional(),
};

function choiceFitsOwner(value: { owner: string; choice: string }, context: z.RefinementCtx): void {
  if (ownerOfChoice(value.choice as (typeof letterChoices)[number]) !== value.owner)
    context.addIssue({
      code: 'custom',
      path: ['choice'],
      message:
        value.owner === 'case'
          ? 'That letter is made from a breach, not from a case'
          : 'That letter is made from a case, not from a breach',
    });
}

export const letterDraftSchema = z.object({
  owner,
  ownerId: id,
  choice,
  /** The template the choice came to: a reply by its outcome. */
  kind,
  language: languageSchema,
  subject: z.string(),
  body: z.string(),
  /** The address block: a name and lines of address. */
  recipient: z.array(z.string()),
  /** The case or breach number the letter refers to. */
  reference: z.string(),
  date: isoDate,
  channels: z.array(channel),
  defaultChannel: channel,
  /** Values the record does not hold: `[Fill in: …]` in the text. */
  gaps: z.array(z.string()),
  /** A letter to a person is never made with a gap left; a draft for Datatilsynet may keep them. */
  gapsAllowed: z.boolean(),
  notes: z.array(draftNoteSchema),
  fileName: z.string(),
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;

export const lettersChannels = {
  /** Every template in both languages; the shipped text where no administrator changed it. */
  'letters.templates': query({
    access: ['admin', 'dpo'],
    input: emptyInput,
    output: z.array(letterTemplateSchema),
  }),
  /** Unknown merge fields, lost required ones and unpaired braces are refused, each with a message. */
  'letters.saveTemplate': command({
    access: ['admin'],
    input: z.strictObject({ kind, language: languageSchema, ...templateText }),
    output: letterTemplateSchema,
  }),
  /** Back to the text shipped with the app. */
  'letters.resetTemplate': command({
    access: ['admin'],
    input: z.strictObject({ kind, language: languageSchema }),
    output: letterTemplateSchema,
  }),
  /** A template filled with an example case or breach (no real person's data), to see it before saving. */
  'letters.previewTemplate': query({
    access: ['admin', 'dpo'],
    input: z.strictObject({ kind, language: languageSchema, ...templateText }),
    output: z.object({ subject: z.string(), body: z.string(), gaps: z.array(z.string()) }),
  }),
  /** A letter filled in from a case or a breach, for the DPO to read and edit. The read is audited. */
  'letters.draft': query({
    access: ['dpo', 'admin'],
    input: z
      .strictObject({ owner, ownerId: id, choice, language: languageSchema, ...letterOptions })
      .superRefine(choiceFitsOwner),
    output: letterDraftSchema,
  }),
  /**
   * Makes the letter's PDF from the (edited) text, keeps it among the record's documents and notes
   * it on the timeline with its date and channel. The extension notice records the extension, the
   * identity request the verification request and the forwarding note the forwarding, when not yet
   * recorded. The app never sends it.
   */
  'letters.make': command({
    access: ['dpo', 'admin'],
    input: z
      .strictObject({
        owner,
        ownerId: id,
        choice,
        language: languageSchema,
        channel,
        ...templateText,
        ...letterOptions,
      })
      .superRefine(choiceFitsOwner),
    output: z.object({ attachment: attachmentSchema, summary: z.string() }),
  }),
};
