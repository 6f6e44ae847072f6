import { Button, Card, CardContent, CardHeader, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormDateField, FormError, FormTextField, useChannelForm } from '../../components/form';
import { cardTitleProps } from './caseUi';
import { useSetClarificationDatesMutation, useSetVerificationDatesMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';
import type { CasesKey } from './text';

/** Both waits for the person: the dates they were asked and answered, and the clarification's question. */
const waitForm = casesChannels['cases.setVerificationDates'].input
  .omit({ id: true })
  .extend({ question: casesChannels['cases.setClarificationDates'].input.shape.question });

const waits = {
  verification: {
    heading: 'askingPerson',
    subheader: 'askingPersonHelp',
    requested: 'verificationRequested',
    received: 'answerReceived',
    save: 'saveDates',
    saved: 'datesSaved',
  },
  clarification: {
    heading: 'clarifying',
    subheader: 'clarifyingHelp',
    requested: 'clarificationAsked',
    received: 'clarificationReceived',
    save: 'saveClarification',
    saved: 'clarificationSaved',
  },
} as const satisfies Record<string, Record<string, CasesKey>>;

/**
 * A wait for the person: identity verification asked for and answered, or a broad request to clarify
 * (Recital 63). Either marks the case as awaiting the person. Mount it keyed by the saved values, so a
 * save starts it again from them.
 */
function WaitCard({ detail, wait }: { detail: CaseDetail; wait: keyof typeof waits }) {
  const t = useT('cases');
  const dispatch = useAppDispatch();
  const [setVerificationDates] = useSetVerificationDatesMutation();
  const [setClarification] = useSetClarificationDatesMutation();
  const saved = wait === 'verification' ? detail.verification : detail.verification.clarification;
  const { control, field, handleSubmit, formState, formError, settle } = useChannelForm(
    waitForm,
    {
      requestedOn: saved.requestedOn,
      receivedOn: saved.receivedOn,
      question: 'question' in saved ? (saved.question ?? '') : '',
    },
    validateOnSubmit,
  );
  const requestedOn = useWatch({ control, name: 'requestedOn' });
  const words = waits[wait];
  const open = detail.state === 'open';
  const { today, receivedDate } = detail.clock;

  const submit = handleSubmit(async ({ requestedOn: asked, receivedOn, question }) => {
    const result =
      wait === 'verification'
        ? await setVerificationDates({ id: detail.id, requestedOn: asked, receivedOn })
        : await setClarification({ id: detail.id, requestedOn: asked, receivedOn, question });
    if (settle(result).ok) dispatch(notice(t(words.saved)));
  });

  return (
    <Card component="form" onSubmit={submit} noValidate>
      <CardHeader title={t(words.heading)} subheader={t(words.subheader)} slotProps={cardTitleProps} />
      <CardContent sx={{ pt: 0 }}>
        <FormError message={formError} />
        <Stack spacing={1.5}>
          {wait === 'clarification' && (
            <FormTextField {...field('question')} label={t('clarifyQuestion')} disabled={!open} />
          )}
          <Stack direction="row" spacing={1.5} alignItems="flex-start">
            <FormDateField
              {...field('requestedOn')}
              label={t(words.requested)}
              min={receivedDate}
              max={today}
            />
            <FormDateField
              {...field('receivedOn')}
              label={t(words.received)}
              min={requestedOn ?? undefined}
              max={today}
            />
          </Stack>
        </Stack>
        {open && (
          <Button
            type="submit"
            sx={{ mt: 1.5 }}
            variant="outlined"
            disabled={!formState.isDirty || formState.isSubmitting}
          >
            {t(words.save)}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** "Verification requested" and "answer received": they mark the case as awaiting the person. */
export function DatesCard({ detail }: { detail: CaseDetail }) {
  return <WaitCard detail={detail} wait="verification" />;
}

/** Asking the person to clarify a broad request (Recital 63): the person is awaited meanwhile. */
export function ClarificationCard({ detail }: { detail: CaseDetail }) {
  return <WaitCard detail={detail} wait="clarification" />;
}
