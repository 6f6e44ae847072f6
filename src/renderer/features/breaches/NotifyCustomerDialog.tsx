import { DialogContentText } from '@mui/material';
import { type BreachDetail, breachesChannels } from '../../../shared/breaches/contract';
import { customerNoticeMethods } from '../../../shared/breaches/rules';
import { durationPhrase, formatOslo, toOsloInput } from '../../../shared/breaches/time';
import { EnumSelect, FormDialog, FormTextField, useDialogForm } from '../../components/form';
import { useLabels, useSay, useT } from '../../i18n';
import { useNotifyCustomerMutation } from './breachesApi';
import { FormOsloDateTimeField, osloInstant, osloTime } from './osloTimeField';

const tellForm = breachesChannels['breaches.notifyCustomer'].input
  .omit({ id: true, organisationId: true })
  .extend({ toldAt: osloTime });

/** Records that a customer (the controller) was told of the breach, and why when it was late. */
export function NotifyCustomerDialog({
  detail,
  organisationId,
  onClose,
}: {
  detail: BreachDetail;
  organisationId: number;
  onClose: () => void;
}) {
  const [notify] = useNotifyCustomerMutation();
  const t = useT('breaches');
  const say = useSay();
  const methodLabels = useLabels('customerNoticeMethod');
  const customer = detail.customers.find((candidate) => candidate.organisationId === organisationId);
  const { field, watch, dialog } = useDialogForm(
    tellForm,
    { toldAt: toOsloInput(detail.now), how: 'email', toldTo: '', note: '', lateReason: '' },
    {
      save: (values) =>
        notify({
          id: detail.id,
          organisationId,
          ...values,
          lateReason: lateBy > 0 ? values.lateReason : undefined,
        }),
      success: t('customerToldNotice', { name: customer?.name ?? '' }),
      onClose,
    },
  );
  const told = osloInstant(watch('toldAt'));
  if (!customer) return null;
  const lateBy = told ? new Date(told).getTime() - new Date(customer.dueAt).getTime() : 0;

  return (
    <FormDialog
      {...dialog}
      title={t('tellTitle', { name: customer.name })}
      intro={
        <DialogContentText sx={{ mb: 2 }}>
          {customer.agreement
            ? customer.noticeHours === null
              ? t('agreementUndue', { reference: customer.agreement.reference })
              : t('agreementWithin', { reference: customer.agreement.reference, hours: customer.noticeHours })
            : t('noAgreementPeriod')}{' '}
          {customer.noticeHours === null ? t('ourTarget') : t('dueLabel')}
          <strong>{formatOslo(customer.dueAt)}</strong>.
        </DialogContentText>
      }
      submitLabel={t('record')}
      column
    >
      <FormOsloDateTimeField {...field('toldAt')} label={t('told')} required />
      <EnumSelect {...field('how')} label={t('how')} values={customerNoticeMethods} labels={methodLabels} />
      <FormTextField {...field('toldTo')} label={t('toWhomLabel')} required helperText={t('toWhomHelp')} />
      {lateBy > 0 && (
        <FormTextField
          {...field('lateReason')}
          label={t('whyLate')}
          required
          multiline
          minRows={2}
          helperText={t('afterDue', { duration: say(durationPhrase(lateBy)) })}
        />
      )}
      <FormTextField {...field('note')} label={t('note')} multiline minRows={2} />
    </FormDialog>
  );
}
