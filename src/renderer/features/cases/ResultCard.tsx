import { Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useLabels, useT } from '../../i18n';
import { type CaseDetail, casesChannels } from '../../../shared/cases/contract';
import { verificationMethods, verificationResults } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { EnumSelect, FormError, FormTextField, useChannelForm } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { formatDateTime } from '../../lib/format';
import { cardTitleProps, useTypeList } from './caseUi';
import { useDecideVerificationMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/** The channel's input as it is (its rule needs the method unless no verification is needed). */
const decideForm = casesChannels['cases.decideVerification'].input;

/** Records a result. Nothing is chosen until the person chooses: "Not decided yet" never sits beside "Verified". */
function DecideForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const t = useT('cases');
  const verificationResultLabels = useLabels('verificationResult');
  const verificationMethodLabels = useLabels('verificationMethod');
  const dispatch = useAppDispatch();
  const [decide] = useDecideVerificationMutation();
  const { control, field, handleSubmit, formState, formError, settle } = useChannelForm(
    decideForm,
    { id: detail.id, method: null, reason: '' },
    validateOnSubmit,
  );
  const result = useWatch({ control, name: 'result' });
  const allTicked = detail.verification.items.every((item) => item.tickedAt);
  const methods = verificationMethods.filter(
    (candidate) => candidate !== 'representative' || detail.representative,
  );

  const submit = handleSubmit(async (values) => {
    const outcome = settle(
      await decide({ ...values, method: values.result === 'not-needed' ? null : values.method }),
    );
    if (!outcome.ok) return;
    dispatch(notice(t('identityResult', { result: verificationResultLabels[values.result].toLowerCase() })));
    onDone();
  });

  return (
    <Stack spacing={1.5} component="form" onSubmit={submit} noValidate>
      <FormError message={formError} />
      <FormRadioGroup
        {...field('result')}
        label={t('result')}
        legendSx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        row
        values={verificationResults}
        labels={verificationResultLabels}
      />
      {result !== 'not-needed' && (
        <EnumSelect
          {...field('method')}
          label={t('method')}
          values={methods}
          labels={verificationMethodLabels}
        />
      )}
      <FormTextField
        {...field('reason')}
        label={t('reason')}
        required
        multiline
        minRows={2}
        helperText={t('reasonHelp')}
      />
      <Box>
        <Button
          type="submit"
          variant="contained"
          disabled={formState.isSubmitting || !result || (result === 'verified' && !allTicked)}
        >
          {t('recordResult')}
        </Button>
        {!result && (
          <Typography variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
            {t('chooseResultFirst')}
          </Typography>
        )}
        {result === 'verified' && !allTicked && (
          <Typography variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
            {t('tickAllFirst')}
          </Typography>
        )}
      </Box>
    </Stack>
  );
}

/** The identity check's result: as decided, and a form to decide it (again). */
export function ResultCard({ detail }: { detail: CaseDetail }) {
  const t = useT('cases');
  const verificationResultLabels = useLabels('verificationResult');
  const verificationMethodLabels = useLabels('verificationMethod');
  const typeList = useTypeList();
  const { verification } = detail;
  const open = detail.state === 'open';
  const [formOpen, setFormOpen] = useState(!verification.result);
  return (
    <Card>
      <CardHeader title={t('result')} slotProps={cardTitleProps} />
      <CardContent sx={{ pt: 0 }}>
        {verification.result ? (
          <Box sx={{ mb: 2 }}>
            <Chip
              label={verificationResultLabels[verification.result]}
              color={verification.result === 'failed' ? 'error' : 'success'}
              sx={{ mb: 1 }}
            />
            <Typography variant="body2">{verification.reason}</Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {verification.method ? `${verificationMethodLabels[verification.method]} · ` : ''}
              {t('decidedBy', { by: verification.decidedBy, at: formatDateTime(verification.decidedAt) })}
              {verification.decidedFor.length > 0
                ? ` · ${t('decidedFor', { types: typeList(verification.decidedFor) })}`
                : ''}
            </Typography>
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('notDecided')}
          </Typography>
        )}
        {open && !formOpen && (
          <Button variant="outlined" onClick={() => setFormOpen(true)}>
            {t('recordNewResult')}
          </Button>
        )}
        {open && formOpen && <DecideForm detail={detail} onDone={() => setFormOpen(false)} />}
      </CardContent>
    </Card>
  );
}
