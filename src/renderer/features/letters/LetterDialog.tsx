import { zodResolver } from '@hookform/resolvers/zod';
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
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { ApiError } from '../../../shared/errors';
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import { outcome as outcomeLabel } from '../../../shared/i18n/resources/labels';
import { letterChannel, letterChoice } from '../../../shared/i18n/resources/letters';
import type { DraftNote } from '../../../shared/letters/contract';
import {
  gapsIn,
  letterChannels,
  type LetterChoice,
  type LetterOwner,
  replyOutcomes,
  type ReplyOutcome,
} from '../../../shared/letters/rules';
import { requiredText } from '../../../shared/validation';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { applyApiError } from '../../lib/forms';
import { formatDate } from '../../lib/format';
import { useRun } from '../cases/useRun';
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

const letterForm = z.object({
  subject: requiredText('The subject', 300).refine((value) => !/[\r\n]/.test(value), {
    message: 'The subject is one line',
  }),
  body: requiredText('The text of the letter', 20_000),
  channel: z.enum(letterChannels, { error: 'Choose how the letter goes out' }),
});
type LetterForm = z.input<typeof letterForm>;

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
  const run = useRun();
  const dispatch = useAppDispatch();
  const [choice, setChoice] = useState<LetterChoice>(choices[0]);
  const [language, setLanguage] = useState<Language>('nb');
  const [outcome, setOutcome] = useState<ReplyOutcome>('granted');
  const [reasons, setReasons] = useState('');
  /** The reasons the draft was last filled in with ("Fill in again" applies what was typed). */
  const [appliedReasons, setAppliedReasons] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [makeLetter] = useMakeLetterMutation();

  const withOutcome = props.open && choice === 'reply';
  const withReasons = needsReasons(choice, outcome, props);
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
  const form = useForm<LetterForm>({
    resolver: zodResolver(letterForm),
    defaultValues: { subject: '', body: '', channel: 'letter' },
    values: filled,
  });
  const { register, handleSubmit, formState, control } = form;
  const body = useWatch({ control, name: 'body' });
  const subject = useWatch({ control, name: 'subject' });

  const gaps = gapsIn(`${subject}\n${body}`);
  const blocked = draft !== undefined && gaps.length > 0 && !draft.gapsAllowed;

  const submit = handleSubmit(async (values) => {
    if (!draft) return;
    setFormError(null);
    const result = await run(
      makeLetter({
        ...request(reasons),
        channel: values.channel,
        subject: values.subject,
        body: values.body,
      }),
      undefined,
      { quietError: true },
    );
    if (!result.ok) {
      const left = applyApiError(result.error as ApiError, form.setError, ['subject', 'body', 'channel']);
      setFormError(left);
      return;
    }
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
                <TextField
                  select
                  label={text.letter}
                  value={choice}
                  onChange={(event) => setChoice(event.target.value as LetterChoice)}
                >
                  {choices.map((entry) => (
                    <MenuItem key={entry} value={entry}>
                      {letterChoice.en[entry]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  label={text.language}
                  value={language}
                  onChange={(event) => setLanguage(event.target.value as Language)}
                >
                  {languages.map((entry) => (
                    <MenuItem key={entry} value={entry}>
                      {languageNames[entry]}
                    </MenuItem>
                  ))}
                </TextField>
                {withOutcome && (
                  <TextField
                    select
                    label={text.outcome}
                    value={outcome}
                    onChange={(event) => setOutcome(event.target.value as ReplyOutcome)}
                  >
                    {replyOutcomes.map((entry) => (
                      <MenuItem key={entry} value={entry}>
                        {outcomeLabel.en[entry]}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
                {withReasons && (
                  <Stack spacing={1} alignItems="flex-start">
                    <TextField
                      label={text.reasons}
                      value={reasons}
                      onChange={(event) => setReasons(event.target.value)}
                      multiline
                      minRows={3}
                      fullWidth
                      helperText={
                        choice === 'extension' ? text.reasonsHelp.extension : text.reasonsHelp.other
                      }
                    />
                    <Button size="small" onClick={() => setAppliedReasons(reasons)} disabled={drafting}>
                      {text.fillAgain}
                    </Button>
                  </Stack>
                )}
                {draft && (
                  <>
                    <Controller
                      control={control}
                      name="channel"
                      render={({ field, fieldState }) => (
                        <TextField
                          select
                          label={text.channel}
                          {...field}
                          error={!!fieldState.error}
                          helperText={fieldState.error?.message}
                        >
                          {draft.channels.map((entry) => (
                            <MenuItem key={entry} value={entry}>
                              {letterChannel.en[entry]}
                            </MenuItem>
                          ))}
                        </TextField>
                      )}
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
                  {formError && <Alert severity="error">{formError}</Alert>}
                  {gaps.length > 0 && (
                    <Alert severity={draft.gapsAllowed ? 'info' : 'warning'}>
                      {draft.gapsAllowed ? text.gapsAllowed(gaps) : text.gaps(gaps)}
                    </Alert>
                  )}
                  <TextField
                    label={text.subject}
                    {...register('subject')}
                    error={!!formState.errors.subject}
                    helperText={formState.errors.subject?.message}
                  />
                  <TextField
                    label={text.body}
                    {...register('body')}
                    multiline
                    minRows={14}
                    maxRows={24}
                    error={!!formState.errors.body}
                    helperText={formState.errors.body?.message ?? text.bodyHelp}
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
