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
import { useLabels, useT } from '../../i18n';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { ApiError } from '../../../shared/errors';
import { languageNames, languages } from '../../../shared/i18n/languages';
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
import type { LettersKey } from './text';

/** The key of each draft note's words in lettersText. */
const noteKeys = {
  'records-extension': 'noteRecordsExtension',
  'extension-recorded': 'noteExtensionRecorded',
  'records-verification-request': 'noteRecordsVerificationRequest',
  'records-forwarding': 'noteRecordsForwarding',
  'outcome-from-closing': 'noteOutcomeFromClosing',
  'no-address': 'noteNoAddress',
  'not-high-risk': 'noteNotHighRisk',
  'not-assessed': 'noteNotAssessed',
  'draft-only': 'noteDraftOnly',
} as const satisfies Record<DraftNote['code'], LettersKey>;

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
  const t = useT('letters');
  const choiceLabels = useLabels('letterChoice');
  const channelLabels = useLabels('letterChannel');
  const outcomeLabels = useLabels('outcome');
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
  const draftError = error ? ((error as ApiError).message ?? t('couldNotFill')) : null;
  const filled = useMemo(
    () => (draft ? { subject: draft.subject, body: draft.body, channel: draft.defaultChannel } : undefined),
    [draft],
  );
  // The form takes each new draft's text; edits stay until the next draft.
  const { control, field, handleSubmit, formState, formError, settle } = useChannelForm(
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
    if (result.data) dispatch(notice(t('made', { fileName: result.data.attachment.fileName })));
    onClose();
  });

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="letter-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="letter-dialog-title">{t('title')}</DialogTitle>
        <DialogContent dividers>
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 4 }}>
              <Stack spacing={2}>
                <EnumSelect
                  {...asked.field('choice')}
                  label={t('letter')}
                  values={choices}
                  labels={choiceLabels}
                />
                <EnumSelect
                  {...asked.field('language')}
                  label={t('language')}
                  values={languages}
                  labels={languageNames}
                />
                {withOutcome && (
                  <EnumSelect
                    {...asked.field('outcome')}
                    label={t('outcome')}
                    values={replyOutcomes}
                    labels={outcomeLabels}
                  />
                )}
                {withReasons && (
                  <Stack spacing={1} alignItems="flex-start">
                    <FormTextField
                      {...asked.field('reasons')}
                      label={t('reasons')}
                      multiline
                      minRows={3}
                      fullWidth
                      helperText={choice === 'extension' ? t('reasonsHelpExtension') : t('reasonsHelpOther')}
                    />
                    <Button size="small" onClick={() => setAppliedReasons(reasons ?? '')} disabled={drafting}>
                      {t('fillAgain')}
                    </Button>
                  </Stack>
                )}
                {draft && (
                  <>
                    <EnumSelect
                      {...field('channel')}
                      label={t('channel')}
                      values={draft.channels}
                      labels={channelLabels}
                    />
                    <Box>
                      <Typography variant="overline" color="text.secondary">
                        {t('to')}
                      </Typography>
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                        {draft.recipient.join('\n')}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {t('dated', { date: formatDate(draft.date), reference: draft.reference })}
                      </Typography>
                    </Box>
                    {draft.notes.map((note) => (
                      <Alert key={note.code} severity={note.code === 'no-address' ? 'warning' : 'info'}>
                        {t(noteKeys[note.code], {
                          ...note.params,
                          outcome:
                            outcomeLabels[note.params.outcome as keyof typeof outcomeLabels] ??
                            note.params.outcome,
                        })}
                      </Alert>
                    ))}
                  </>
                )}
                <Typography variant="caption" color="text.secondary">
                  {t('notSent')}
                </Typography>
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              {draftError && <Alert severity="error">{draftError}</Alert>}
              {!draftError && !draft && (
                <Stack direction="row" spacing={2} alignItems="center">
                  <CircularProgress size={20} />
                  <Typography>{t('filling')}</Typography>
                </Stack>
              )}
              {draft && (
                <Stack spacing={2}>
                  <FormError message={formError} />
                  {gaps.length > 0 && (
                    <Alert severity={draft.gapsAllowed ? 'info' : 'warning'}>
                      {draft.gapsAllowed
                        ? t('gapsAllowed', { gaps: gaps.join(', ') })
                        : t('gaps', { gaps: gaps.join(', ') })}
                    </Alert>
                  )}
                  <FormTextField {...field('subject')} label={t('subject')} />
                  <FormTextField
                    {...field('body')}
                    label={t('body')}
                    multiline
                    minRows={14}
                    maxRows={24}
                    helperText={t('bodyHelp')}
                    slotProps={{ htmlInput: { spellCheck: true, lang: language } }}
                  />
                </Stack>
              )}
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={!draft || drafting || blocked || formState.isSubmitting}
          >
            {t('make')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
