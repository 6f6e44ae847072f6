import { Typography } from '@mui/material';
import {
  agreementsChannels,
  type AgreementDetail,
  type ChangeNotice,
} from '../../../shared/agreements/contract';
import { objectionResolutionLabels, objectionResolutions } from '../../../shared/agreements/rules';
import { FormDateField, FormTextField } from '../../components/form';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { formatDate } from '../../lib/format';
import {
  useRecordApprovalMutation,
  useRecordObjectionMutation,
  useResolveObjectionMutation,
} from './agreementsApi';
import { FormDialog, useDialogForm } from './FormDialog';

const objectionForm = agreementsChannels['agreements.recordObjection'].input.omit({
  id: true,
  noticeId: true,
});
const resolveForm = agreementsChannels['agreements.resolveObjection'].input.omit({
  id: true,
  noticeId: true,
});
const approvalForm = agreementsChannels['agreements.recordApproval'].input.omit({ id: true, noticeId: true });

/** What each dialog about one change notice is given. */
interface NoticeDialogProps {
  detail: AgreementDetail;
  target: ChangeNotice;
  today: string;
  onClose: () => void;
}

export function ObjectionDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const [record] = useRecordObjectionMutation();
  const { control, dialog } = useDialogForm(
    objectionForm,
    { receivedOn: today, reason: '' },
    {
      save: (values) => record({ id: detail.id, noticeId: target.id, ...values }),
      success: 'The objection was recorded.',
      onDone: onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title="Record the customer’s objection"
      submitLabel="Record objection"
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {target.description} Objections until {formatDate(target.objectionDeadline)}.
      </Typography>
      <FormDateField control={control} name="receivedOn" label="Received on" />
      <FormTextField control={control} name="reason" label="The objection" multiline minRows={2} autoFocus />
    </FormDialog>
  );
}

export function ResolveDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const [resolve] = useResolveObjectionMutation();
  const { control, dialog } = useDialogForm(
    resolveForm,
    { resolution: 'objection-withdrawn', resolvedOn: today, note: '' },
    {
      save: (values) => resolve({ id: detail.id, noticeId: target.id, ...values }),
      success: 'The resolution was recorded.',
      onDone: onClose,
    },
  );
  return (
    <FormDialog {...dialog} title="Resolve the objection" submitLabel="Record resolution" onClose={onClose}>
      <Typography variant="body2" color="text.secondary">
        Objection of {formatDate(target.objection?.receivedOn)}: {target.objection?.reason}
      </Typography>
      <FormRadioGroup
        control={control}
        name="resolution"
        label="How it was resolved"
        values={objectionResolutions}
        labels={objectionResolutionLabels}
      />
      <FormDateField control={control} name="resolvedOn" label="Resolved on" />
      <FormTextField control={control} name="note" label="Note" />
    </FormDialog>
  );
}

export function ApprovalDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const [record] = useRecordApprovalMutation();
  const { control, dialog } = useDialogForm(
    approvalForm,
    { approvedOn: today, note: '' },
    {
      save: (values) => record({ id: detail.id, noticeId: target.id, ...values }),
      success: 'The approval was recorded.',
      onDone: onClose,
    },
  );
  return (
    <FormDialog
      {...dialog}
      title="Record the customer’s written approval"
      submitLabel="Record approval"
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary">
        {target.description} With the customer’s explicit approval the sub-processor may be added before the
        objection window closes ({formatDate(target.objectionDeadline)}).
      </Typography>
      <FormDateField control={control} name="approvedOn" label="Approved on" />
      <FormTextField
        control={control}
        name="note"
        label="Note"
        helperText="E.g. approved by e-mail from the customer’s DPO"
      />
    </FormDialog>
  );
}
