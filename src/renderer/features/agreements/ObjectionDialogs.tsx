import { Typography } from '@mui/material';
import { agreementsChannels, type ChangeNotice } from '../../../shared/agreements/contract';
import { objectionResolutions } from '../../../shared/agreements/rules';
import { FormDateField, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import type { AgreementDialogProps } from './dialogProps';
import { FormRadioGroup } from '../../components/form/FormRadioGroup';
import { useLabels, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import {
  useRecordApprovalMutation,
  useRecordObjectionMutation,
  useResolveObjectionMutation,
} from './agreementsApi';

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
interface NoticeDialogProps extends AgreementDialogProps {
  target: ChangeNotice;
}

export function ObjectionDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const t = useT('agreementDialogs');
  const [record] = useRecordObjectionMutation();
  const { field, dialog } = useDialogForm(
    objectionForm,
    { receivedOn: today, reason: '' },
    {
      save: (values) => record({ id: detail.id, noticeId: target.id, ...values }),
      success: t('objectionRecorded'),
      onClose,
    },
  );
  return (
    <FormDialog {...dialog} column title={t('objectionTitle')} submitLabel={t('recordObjection')}>
      <Typography variant="body2" color="text.secondary">
        {t('objectionsUntil', {
          description: target.description,
          date: formatDate(target.objectionDeadline),
        })}
      </Typography>
      <FormDateField {...field('receivedOn')} label={t('receivedOn')} />
      <FormTextField {...field('reason')} label={t('theObjection')} multiline minRows={2} autoFocus />
    </FormDialog>
  );
}

export function ResolveDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const t = useT('agreementDialogs');
  const objectionResolutionLabels = useLabels('objectionResolution');
  const [resolve] = useResolveObjectionMutation();
  const { field, dialog } = useDialogForm(
    resolveForm,
    { resolution: 'objection-withdrawn', resolvedOn: today, note: '' },
    {
      save: (values) => resolve({ id: detail.id, noticeId: target.id, ...values }),
      success: t('resolutionRecorded'),
      onClose,
    },
  );
  return (
    <FormDialog {...dialog} column title={t('resolveTitle')} submitLabel={t('recordResolution')}>
      <Typography variant="body2" color="text.secondary">
        {t('objectionOf', {
          date: formatDate(target.objection?.receivedOn),
          reason: target.objection?.reason ?? '',
        })}
      </Typography>
      <FormRadioGroup
        {...field('resolution')}
        label={t('howResolved')}
        values={objectionResolutions}
        labels={objectionResolutionLabels}
      />
      <FormDateField {...field('resolvedOn')} label={t('resolvedOn')} />
      <FormTextField {...field('note')} label={t('note')} />
    </FormDialog>
  );
}

export function ApprovalDialog({ detail, target, today, onClose }: NoticeDialogProps) {
  const t = useT('agreementDialogs');
  const [record] = useRecordApprovalMutation();
  const { field, dialog } = useDialogForm(
    approvalForm,
    { approvedOn: today, note: '' },
    {
      save: (values) => record({ id: detail.id, noticeId: target.id, ...values }),
      success: t('approvalRecorded'),
      onClose,
    },
  );
  return (
    <FormDialog {...dialog} column title={t('approvalTitle')} submitLabel={t('recordApproval')}>
      <Typography variant="body2" color="text.secondary">
        {t('approvalIntro', { description: target.description, date: formatDate(target.objectionDeadline) })}
      </Typography>
      <FormDateField {...field('approvedOn')} label={t('approvedOn')} />
      <FormTextField {...field('note')} label={t('note')} helperText={t('approvalNoteHelp')} />
    </FormDialog>
  );
}
