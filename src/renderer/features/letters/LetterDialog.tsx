import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  Stack,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { ApiError } from '../../../shared/errors';
import { languageNames, languages } from '../../../shared/i18n/languages';
import { outcome as outcomeLabel } from '../../../shared/i18n/resources/labels';
import { letterChannel, letterChoice } from '../../../shared/i18n/resources/letters';
import type { DraftNote } from '../../../shared/letters/contract';
import {
  gapsIn,
  type LetterChoice,
  type LetterOwner,
  replyOutcomes,
  type ReplyOutcome,
} from '../../../shared/letters/rules';
import { lettersChannels } from '../../../shared/letters/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormError, FormTextField, useChannelForm } from '../../components/form';
import { formatDate } from '../../lib/format';
import { validateOnSubmit } from '../cases/formOptions';
import { useLetterDraftQuery, useMakeLetterMutation } from './lettersApi';

/** Every word this dialog shows, in one place (issue 16 part B moves them to the dictionaries). */
const text = {
  title: 'Make a letter',
  letter: 'Which letter',
  language: 'Language',
  outcome: 'Outcome the reply gives',
  reasons: 'Reasons',
  reasonsHelp: {
    extension: 'Why the deadline is extended: recorded with the extension and told to the person.',
    other: 'Why the request is not granted (in full): they go into the letter.',
  },
  fillAgain: 'Fill in again',
  filling: 'Filling in the letter…',
  to: 'To',
  dated: (date: string, reference: string) => `Dated ${date} · reference ${reference}`,
  subject: 'Subject',
  body: 'Text of the letter',
  bodyHelp:
    'Edit for this letter only; the template stays as it is. A blank line starts a paragraph, "- " a bullet, "## " a heading.',
  channel: 'How it goes out',
  gaps: (gaps: string[]) =>
    `Still to fill in: ${gaps.join(', ')}. Write the text in place of each, or remove the sentence.`,
  gapsAllowed: (gaps: string[]) => `Left open in this draft: ${gaps.join(', ')}.`,
  notSent: 'Privacy Desk makes the PDF and keeps it under Documents; sending it is yours.',
  cancel: 'Cancel',
  make: 'Make the PDF',
  made: (fileName: string) => `The letter was made and kept under Documents as "${fileName}".`,
  notes: {
    'records-extension': (p: Record<string, string>) =>
      `Making this letter records the extension, with today as the day the person is told: the new due date is ${p.due}.`,
    'extension-recorded': (p: Record<string, string>) =>
      `The extension is recorded (the person was told ${p.toldOn}; due ${p.due}): this letter restates it.`,
    'records-verification-request': () =>
      'Making this letter records that identity verification was asked for today.',
    'records-forwarding': () =>
      'Making this letter records that the case was forwarded to the customer today.',
    'outcome-from-closing': (p: Record<string, string>) =>
      `The case is closed: the reply follows its outcome (${
        outcomeLabel.en[p.outcome as keyof (typeof outcomeLabel)['en']] ?? p.outcome
      }).`,
    'no-address': () => 'The case has no postal address: add it to the case before sending by post.',
    'not-high-risk': () =>
      'The breach is not assessed as a high risk: Art. 34 does not require telling the people affected.',
    'not-assessed': () => 'The breach is not assessed yet.',
    'draft-only': () =>
      "A draft to copy into Datatilsynet's form: gaps may stay, and the notification itself is recorded under Datatilsynet.",
  } satisfies Record<DraftNote['code'], (params: Record<string, string>) => string>,
};

const makeInput = lettersChannels['letters.make'].input;
const draftInput = lettersChannels['letters.draft'].input;

/** What the draft is filled in from: the letter, its language, and what only the DPO can tell it. */
const requestForm = z.object({
  choice: draftInput.shape.choice,
  language: draftInput.shape.language,
  outcome: draftInput.shape.outcome,
  reasons: draftInput.shape.reasons,
});

/** The letter as the DPO edits it: the channel's own fields. */
const letterForm = z.object({
  subject: makeInput.shape.subject,
  body: makeInput.shape.body,
  channel: makeInput.shape.channel,
});

export interface LetterDialogProps {
  owner: LetterOwner;
  ownerId: number;
  choices: readonly LetterChoice[];
  /** A case still open: a reply needs its outcome, a refusal its reasons. */
  open: boolean;
  /** An extension already recorded: its notice needs no reasons. */
  extended?: boolean;
  onClose(): void;
}

const needsReasons = (
  choice: LetterChoice,
  outcome: ReplyOutcome,
  props: Pick<LetterDialogProps, 'open' | 'extended'>,
) =>
  (choice === 'extension' && !props.extended) ||
  (props.open && (choice === 'refusal' || (choice === 'reply' && outcome === 'partly-granted')));

/** From a case or a breach: pick a letter, see it filled in, edit it for this letter, make the PDF. */
export function LetterDialog(props: LetterDialogProps) {
  const { owner, ownerId, choices, onClose } = props;
  const dispatch = useAppDispatch();
  const [makeLetter] = useMakeLetterMutation();
  const asked = useChannelForm(requestForm, {
    choice: choices[0],
    language: 'nb',
    outcome: 'granted',
    reasons: '',
  });
  const [choice, language, outcome, reasons] = useWatch({
    control: asked.control,
    name: ['choice', 'language', 'outcome', 'reasons'],
  });
  /** The reasons the draft was last filled in with ("Fill in again" applies what was typed). */
  const [appliedReasons, setAppliedReasons] = useState('');

  const withOutcome = props.open && choice === 'reply';
  const withReasons = needsReasons(choice, outcome ?? 'granted', props);
  const request = (reasonsText: string) => ({
    owner,
    ownerId,
    choice,
    language,
    ...(withOutcome ? { outcome } : {}),
    ...(withReasons && reasonsText.trim() ? { reasons: reasonsText.trim() } : {}),
  });
  const {
    currentData: draft,
    error,
    isFetching: drafting,
  } = useLetterDraftQuery(request(appliedReasons), { refetchOnMountOrArgChange: true });
  const draftError = error ? ((error as ApiError).message ?? 'The letter could not be filled in.') : null;
  const filled = useMemo(
    () => (draft ? { subject: draft.subject, body: draft.body, channel: draft.defaultChannel } : undefined),
    [draft],
  );
  // The form takes each new draft's text; edits stay until the next draft.
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    letterForm,
    { subject: '', body: '', channel: 'letter' },
    { ...validateOnSubmit, values: filled },
  );
  const [body, subject] = useWatch({ control, name: ['body', 'subject'] });

  const gaps = gapsIn(`${subject}\n${body}`);
  const blocked = draft !== undefined && gaps.length > 0 && !draft.gapsAllowed;

  const submit = handleSubmit(async (values) => {
    if (!draft) return;
    const result = settle(await makeLetter({ ...request(reasons ?? ''), ...values }));
    if (!result.ok) return;
    if (result.data) dispatch(notice(text.made(result.data.attachment.fileName)));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="letter-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="letter-dialog-title">{text.title}</DialogTitle>
        <DialogContent dividers>
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Stack spacing={2}>
                <EnumSelect
                  control={asked.control}
                  name="choice"
                  label={text.letter}
                  values={choices}
                  labels={letterChoice.en}
                />
                <EnumSelect
                  control={asked.control}
                  name="language"
                  label={text.language}
                  values={languages}
                  labels={languageNames}
                />
                {withOutcome && (
                  <EnumSelect
                    control={asked.control}
                    name="outcome"
                    label={text.outcome}
                    values={replyOutcomes}
                    labels={outcomeLabel.en}
                  />
                )}
                {withReasons && (
                  <Stack spacing={1} alignItems="flex-start">
                    <FormTextField
                      control={asked.control}
                      name="reasons"
                      label={text.reasons}
                      multiline
                      minRows={3}
                      fullWidth
                      helperText={
                        choice === 'extension' ? text.reasonsHelp.extension : text.reasonsHelp.other
                      }
                    />
                    <Button size="small" onClick={() => setAppliedReasons(reasons ?? '')} disabled={drafting}>
                      {text.fillAgain}
                    </Button>
                  </Stack>
                )}
                {draft && (
                  <>
                    <EnumSelect
                      control={control}
                      name="channel"
                      label={text.channel}
                      values={draft.channels}
                      labels={letterChannel.en}
                    />
                    <Box>
                      <Typography variant="overline" color="text.secondary">
                        {text.to}
                      </Typography>
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                        {draft.recipient.join('\n')}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {text.dated(formatDate(draft.date), draft.reference)}
                      </Typography>
                    </Box>
                    {draft.notes.map((note) => (
                      <Alert key={note.code} severity={note.code === 'no-address' ? 'warning' : 'info'}>
                        {text.notes[note.code](note.params)}
                      </Alert>
                    ))}
                  </>
                )}
                <Typography variant="caption" color="text.secondary">
                  {text.notSent}
                </Typography>
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              {draftError && <Alert severity="error">{draftError}</Alert>}
              {!draftError && !draft && (
                <Stack direction="row" spacing={2} alignItems="center">
                  <CircularProgress size={20} />
                  <Typography>{text.filling}</Typography>
                </Stack>
              )}
              {draft && (
                <Stack spacing={2}>
                  <FormError message={formError} />
                  {gaps.length > 0 && (
                    <Alert severity={draft.gapsAllowed ? 'info' : 'warning'}>
                      {draft.gapsAllowed ? text.gapsAllowed(gaps) : text.gaps(gaps)}
                    </Alert>
                  )}
                  <FormTextField control={control} name="subject" label={text.subject} />
                  <FormTextField
                    control={control}
                    name="body"
                    label={text.body}
                    multiline
                    minRows={14}
                    maxRows={24}
                    helperText={text.bodyHelp}
                    slotProps={{ htmlInput: { spellCheck: true, lang: language } }}
                  />
                </Stack>
              )}
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{text.cancel}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={!draft || drafting || blocked || formState.isSubmitting}
          >
            {text.make}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
