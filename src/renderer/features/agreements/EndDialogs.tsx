import { Alert, Typography } from '@mui/material';
import { agreementsChannels, type AgreementDetail } from '../../../shared/agreements/contract';
import { endOfProcessingLabels, endOfProcessingOptions } from '../../../shared/agreements/rules';
import { FormCheckbox, FormDateField, FormTextField } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { formatDate } from '../../lib/format';
import { useSettingsQuery } from '../settings/settingsApi';
import {
  useConfirmAgreementEndMutation,
  useMarkAgreementReviewedMutation,
  useTerminateAgreementMutation,
} from './agreementsApi';
import { FormDialog, useDialogForm } from './FormDialog';

const terminateForm = agreementsChannels['agreements.terminate'].input.omit({ id: true });
const confirmEndForm = agreementsChannels['agreements.confirmEnd'].input.omit({ id: true });
const reviewForm = agreementsChannels['agreements.markReviewed'].input.omit({ id: true });

const endOfProcessingLabel = 'What happened to the data (Art. 28(3)(g))';

/** Ends the agreement: the date, what happened to the data, its confirmation, and the sub-processors. */
export function TerminateDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [terminate] = useTerminateAgreementMutation();
  const { control, dialog } = useDialogForm(
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
      success: `${detail.reference} was terminated.`,
      onDone: onClose,
    },
  );
  const links = detail.companyRole === 'processor' ? detail.subprocessors : [];
  return (
    <FormDialog
      {...dialog}
      title={`Terminate ${detail.reference}`}
      submitLabel="Terminate agreement"
      destructive
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        A terminated agreement stays in the register (and its documents with it) until the retention period
        ends; it cannot be made active again.
      </Typography>
      <FormDateField control={control} name="terminatedOn" label="Terminated on" />
      <FormRadioGroup
        control={control}
        name="endOfProcessing"
        label={endOfProcessingLabel}
        values={endOfProcessingOptions}
        labels={endOfProcessingLabels}
      />
      <FormDateField
        control={control}
        name="endConfirmedOn"
        label="Confirmed by the processor on"
        helperText="Leave empty until the confirmation arrives"
      />
      <FormTextField control={control} name="note" label="Note" />
      {links.length > 0 && (
        <Alert severity="warning">
          <FormCheckbox
            control={control}
            name="endSubprocessors"
            label={`The ${links.length === 1 ? 'sub-processor' : `${links.length} sub-processors`} (${links
              .map((link) => link.organisation.name)
              .join(
                ', ',
              )}) were told to delete or return ${detail.organisation.name}’s data too; end ${links.length === 1 ? 'it' : 'them'} with the agreement`}
          />
        </Alert>
      )}
    </FormDialog>
  );
}

/** Records, or corrects, what happened to the data after the end and when the processor confirmed it. */
export function ConfirmEndDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [confirm] = useConfirmAgreementEndMutation();
  const { control, dialog } = useDialogForm(
    confirmEndForm,
    {
      endOfProcessing: detail.termination?.endOfProcessing ?? undefined,
      endConfirmedOn: detail.termination?.endConfirmedOn ?? today,
    },
    {
      save: (values) => confirm({ id: detail.id, ...values }),
      success: 'The confirmation was recorded.',
      onDone: onClose,
    },
  );
  return (
    <FormDialog {...dialog} title="Confirmation of the data’s end" submitLabel="Save" onClose={onClose}>
      <FormRadioGroup
        control={control}
        name="endOfProcessing"
        label={endOfProcessingLabel}
        values={endOfProcessingOptions}
        labels={endOfProcessingLabels}
      />
      <FormDateField control={control} name="endConfirmedOn" label="Confirmed on" />
    </FormDialog>
  );
}

/** A review done today (or on another day): the next one follows the review interval unless chosen. */
export function ReviewDialog({
  detail,
  today,
  onClose,
}: {
  detail: AgreementDetail;
  today: string;
  onClose: () => void;
}) {
  const [review] = useMarkAgreementReviewedMutation();
  const { data: settings } = useSettingsQuery({});
  const { control, dialog } = useDialogForm(
    reviewForm,
    { reviewedOn: today, nextReviewOn: null },
    {
      save: (values) => review({ id: detail.id, ...values }),
      success: 'The review was recorded.',
      onDone: onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title={`Review of ${detail.reference}`}
      submitLabel="Record review"
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {detail.nextReviewOn ? `The review was due ${formatDate(detail.nextReviewOn)}. ` : ''}Check that the
        agreement, its sub-processors and transfers still match what is done, then record the review.
      </Typography>
      <FormDateField control={control} name="reviewedOn" label="Reviewed on" />
      <FormDateField
        control={control}
        name="nextReviewOn"
        label="Next review"
        helperText={`Empty: ${settings?.agreementReviewMonths ?? 12} months after this review`}
      />
    </FormDialog>
  );
}
