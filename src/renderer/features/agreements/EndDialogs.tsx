import { Alert, Typography } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { agreementsChannels } from '../../../shared/agreements/contract';
import { endOfProcessingOptions } from '../../../shared/agreements/rules';
import { FormCheckbox, FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import type { BoundFieldProps } from '../../components/form/BoundTextField';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import type { AgreementDialogProps } from './dialogProps';
import { useLabels, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useSettingsQuery } from '../settings/settingsApi';
import {
  useConfirmAgreementEndMutation,
  useMarkAgreementReviewedMutation,
  useTerminateAgreementMutation,
} from './agreementsApi';

const terminateForm = agreementsChannels['agreements.terminate'].input.omit({ id: true });
const confirmEndForm = agreementsChannels['agreements.confirmEnd'].input.omit({ id: true });
const reviewForm = agreementsChannels['agreements.markReviewed'].input.omit({ id: true });

/** What became of the personal data at the end (returned, deleted …), asked the same in both dialogs. */
function EndOfProcessingField<T extends FieldValues>(props: BoundFieldProps<T>) {
  const t = useT('agreementDialogs');
  const labels = useLabels('endOfProcessing');
  return (
    <FormRadioGroup {...props} label={t('endOfProcessing')} values={endOfProcessingOptions} labels={labels} />
  );
}

/** Ends the agreement: the date, what happened to the data, its confirmation, and the sub-processors. */
export function TerminateDialog({ detail, today, onClose }: AgreementDialogProps) {
  const t = useT('agreementDialogs');
  const [terminate] = useTerminateAgreementMutation();
  const { field, dialog } = useDialogForm(
    terminateForm,
    {
      terminatedOn: today,
      endOfProcessing: undefined,
      endConfirmedOn: null,
      note: '',
      endSubprocessors: false,
    },
    {
      save: (values) => terminate({ id: detail.id, ...values }),
      success: t('terminated', { reference: detail.reference }),
      onClose,
    },
  );
  const links = detail.companyRole === 'processor' ? detail.subprocessors : [];
  return (
    <FormDialog
      {...dialog}
      column
      title={t('terminateTitle', { reference: detail.reference })}
      submitLabel={t('terminateAgreement')}
      submitColor="error"
    >
      <Typography variant="body2" color="text.secondary">
        {t('terminateIntro')}
      </Typography>
      <FormDateField {...field('terminatedOn')} label={t('terminatedOn')} />
      <EndOfProcessingField {...field('endOfProcessing')} />
      <FormDateField
        {...field('endConfirmedOn')}
        label={t('confirmedByProcessor')}
        helperText={t('confirmedLater')}
      />
      <FormTextField {...field('note')} label={t('note')} />
      {links.length > 0 && (
        <Alert severity="warning">
          <FormCheckbox
            {...field('endSubprocessors')}
            label={t('endSubprocessors', {
              count: links.length,
              names: links.map((link) => link.organisation.name).join(', '),
              organisation: detail.organisation.name,
            })}
          />
        </Alert>
      )}
    </FormDialog>
  );
}

/** Records, or corrects, what happened to the data after the end and when the processor confirmed it. */
export function ConfirmEndDialog({ detail, today, onClose }: AgreementDialogProps) {
  const t = useT('agreementDialogs');
  const common = useT('common');
  const [confirm] = useConfirmAgreementEndMutation();
  const { field, dialog } = useDialogForm(
    confirmEndForm,
    {
      endOfProcessing: detail.termination?.endOfProcessing ?? undefined,
      endConfirmedOn: detail.termination?.endConfirmedOn ?? today,
    },
    {
      save: (values) => confirm({ id: detail.id, ...values }),
      success: t('confirmationRecorded'),
      onClose,
    },
  );
  return (
    <FormDialog {...dialog} column title={t('confirmEndTitle')} submitLabel={common('save')}>
      <EndOfProcessingField {...field('endOfProcessing')} />
      <FormDateField {...field('endConfirmedOn')} label={t('confirmedOn')} />
    </FormDialog>
  );
}

/** A review done today (or on another day): the next one follows the review interval unless chosen. */
export function ReviewDialog({ detail, today, onClose }: AgreementDialogProps) {
  const t = useT('agreementDialogs');
  const [review] = useMarkAgreementReviewedMutation();
  const { data: settings } = useSettingsQuery({});
  const { field, dialog } = useDialogForm(
    reviewForm,
    { reviewedOn: today, nextReviewOn: null },
    {
      save: (values) => review({ id: detail.id, ...values }),
      success: t('reviewRecorded'),
      onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      column
      title={t('reviewTitle', { reference: detail.reference })}
      submitLabel={t('recordReview')}
    >
      <Typography variant="body2" color="text.secondary">
        {detail.nextReviewOn ? t('reviewWasDue', { date: formatDate(detail.nextReviewOn) }) : ''}
        {t('reviewIntro')}
      </Typography>
      <FormDateField {...field('reviewedOn')} label={t('reviewedOn')} />
      <FormDateField
        {...field('nextReviewOn')}
        label={t('nextReview')}
        helperText={t('reviewAfterThis', { months: settings?.agreementReviewMonths ?? 12 })}
      />
    </FormDialog>
  );
}
