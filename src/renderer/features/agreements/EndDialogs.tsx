import {
  Alert,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { AgreementDetail } from '../../../shared/agreements/contract';
import {
  endOfProcessingLabels,
  endOfProcessingOptions,
  type EndOfProcessing,
} from '../../../shared/agreements/rules';
import { formatDate } from '../../lib/format';
import { CalendarDateField } from '../../components/CalendarDateField';
import { useSettingsQuery } from '../settings/settingsApi';
import {
  useConfirmAgreementEndMutation,
  useMarkAgreementReviewedMutation,
  useTerminateAgreementMutation,
} from './agreementsApi';
import { FormDialog } from './FormDialog';

function EndOfProcessingChoice({
  value,
  onChange,
  error,
}: {
  value: EndOfProcessing | null;
  onChange: (value: EndOfProcessing) => void;
  error?: string;
}) {
  return (
    <FormControl error={!!error}>
      <FormLabel id="end-of-processing">What happened to the data (Art. 28(3)(g))</FormLabel>
      <RadioGroup
        aria-labelledby="end-of-processing"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value as EndOfProcessing)}
      >
        {endOfProcessingOptions.map((option) => (
          <FormControlLabel
            key={option}
            value={option}
            control={<Radio />}
            label={endOfProcessingLabels[option]}
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

type TerminateField = 'terminatedOn' | 'endOfProcessing' | 'endConfirmedOn' | 'endSubprocessors';

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
  const [terminatedOn, setTerminatedOn] = useState<string | null>(today);
  const [endOfProcessing, setEndOfProcessing] = useState<EndOfProcessing | null>(null);
  const [endConfirmedOn, setEndConfirmedOn] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [endSubprocessors, setEndSubprocessors] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<TerminateField, string>>>({});
  const links = detail.companyRole === 'processor' ? detail.subprocessors : [];
  return (
    <FormDialog
      title={`Terminate ${detail.reference}`}
      submitLabel="Terminate agreement"
      destructive
      fields={['terminatedOn', 'endOfProcessing', 'endConfirmedOn', 'endSubprocessors'] as const}
      setErrors={setErrors}
      success={`${detail.reference} was terminated.`}
      onClose={onClose}
      onSubmit={() =>
        terminate({
          id: detail.id,
          terminatedOn: terminatedOn ?? '',
          endOfProcessing: endOfProcessing ?? ('' as EndOfProcessing),
          endConfirmedOn,
          note,
          endSubprocessors,
        })
      }
    >
      <Typography variant="body2" color="text.secondary">
        A terminated agreement stays in the register (and its documents with it) until the retention period
        ends; it cannot be made active again.
      </Typography>
      <CalendarDateField
        label="Terminated on"
        value={terminatedOn}
        onChange={setTerminatedOn}
        error={!!errors.terminatedOn}
        helperText={errors.terminatedOn}
      />
      <EndOfProcessingChoice
        value={endOfProcessing}
        onChange={setEndOfProcessing}
        error={errors.endOfProcessing}
      />
      <CalendarDateField
        label="Confirmed by the processor on"
        value={endConfirmedOn}
        onChange={setEndConfirmedOn}
        error={!!errors.endConfirmedOn}
        helperText={errors.endConfirmedOn ?? 'Leave empty until the confirmation arrives'}
      />
      <TextField label="Note" value={note} onChange={(event) => setNote(event.target.value)} />
      {links.length > 0 && (
        <Alert severity={errors.endSubprocessors ? 'error' : 'warning'}>
          <FormControlLabel
            control={
              <Checkbox
                checked={endSubprocessors}
                onChange={(event) => setEndSubprocessors(event.target.checked)}
              />
            }
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
  const [endOfProcessing, setEndOfProcessing] = useState<EndOfProcessing | null>(
    detail.termination?.endOfProcessing ?? null,
  );
  const [endConfirmedOn, setEndConfirmedOn] = useState<string | null>(
    detail.termination?.endConfirmedOn ?? today,
  );
  const [errors, setErrors] = useState<Partial<Record<'endOfProcessing' | 'endConfirmedOn', string>>>({});
  return (
    <FormDialog
      title="Confirmation of the data’s end"
      submitLabel="Save"
      fields={['endOfProcessing', 'endConfirmedOn'] as const}
      setErrors={setErrors}
      success="The confirmation was recorded."
      onClose={onClose}
      onSubmit={() =>
        confirm({
          id: detail.id,
          endOfProcessing: endOfProcessing ?? ('' as EndOfProcessing),
          endConfirmedOn: endConfirmedOn ?? '',
        })
      }
    >
      <EndOfProcessingChoice
        value={endOfProcessing}
        onChange={setEndOfProcessing}
        error={errors.endOfProcessing}
      />
      <CalendarDateField
        label="Confirmed on"
        value={endConfirmedOn}
        onChange={setEndConfirmedOn}
        error={!!errors.endConfirmedOn}
        helperText={errors.endConfirmedOn}
      />
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
  const [reviewedOn, setReviewedOn] = useState<string | null>(today);
  const [nextReviewOn, setNextReviewOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'reviewedOn' | 'nextReviewOn', string>>>({});
  return (
    <FormDialog
      title={`Review of ${detail.reference}`}
      submitLabel="Record review"
      fields={['reviewedOn', 'nextReviewOn'] as const}
      setErrors={setErrors}
      success="The review was recorded."
      onClose={onClose}
      onSubmit={() => review({ id: detail.id, reviewedOn: reviewedOn ?? '', nextReviewOn })}
    >
      <Typography variant="body2" color="text.secondary">
        {detail.nextReviewOn ? `The review was due ${formatDate(detail.nextReviewOn)}. ` : ''}Check that the
        agreement, its sub-processors and transfers still match what is done, then record the review.
      </Typography>
      <CalendarDateField
        label="Reviewed on"
        value={reviewedOn}
        onChange={setReviewedOn}
        error={!!errors.reviewedOn}
        helperText={errors.reviewedOn}
      />
      <CalendarDateField
        label="Next review"
        value={nextReviewOn}
        onChange={setNextReviewOn}
        error={!!errors.nextReviewOn}
        helperText={
          errors.nextReviewOn ?? `Empty: ${settings?.agreementReviewMonths ?? 12} months after this review`
        }
      />
    </FormDialog>
  );
}
