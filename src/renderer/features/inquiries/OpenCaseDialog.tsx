import { Typography } from '@mui/material';
import { useRef } from 'react';
import type { InquiryDetail } from '../../../shared/inquiries/contract';
import { requestTypeInfo, requestTypes, type RequestType } from '../../../shared/cases/rules';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { FormCheckboxGroup } from '../../components/form/FormCheckboxGroup';
import { casesChannels } from '../../../shared/cases/contract';
import { useLabels, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useOpenCaseFromInquiryMutation } from '../cases/casesApi';

const openCaseForm = casesChannels['cases.openFromInquiry'].input.omit({ inquiryId: true });

/** One step from a logged rights request to a case that keeps the inquiry's received time. */
export function OpenCaseDialog({
  inquiry,
  onClose,
  onOpened,
}: {
  inquiry: InquiryDetail;
  onClose: () => void;
  /** With the new case's number. */
  onOpened: (caseNumber: string) => void;
}) {
  const dispatch = useAppDispatch();
  const t = useT('inquiries');
  const requestTypeLabels = useLabels('requestType');
  const typeLabels = Object.fromEntries(
    requestTypes.map((type) => [
      type,
      t('requestTypeWithArticle', { type: requestTypeLabels[type], article: requestTypeInfo[type].article }),
    ]),
  ) as Record<RequestType, string>;
  const [open] = useOpenCaseFromInquiryMutation();
  const firstType = useRef<HTMLInputElement>(null);
  const { field, handleSubmit, formState, formError, settle } = useChannelForm(openCaseForm, { types: [] });
  const submit = handleSubmit(async (values) => {
    const result = settle(await open({ inquiryId: inquiry.id, ...values }));
    if (!result.ok || !result.data) return;
    const { number, duplicates, possibleDuplicates } = result.data;
    const others =
      duplicates.length > 0
        ? ` (${duplicates.map((dup) => dup.number).join(', ')})`
        : possibleDuplicates > 1
          ? t('duplicateCount', { count: possibleDuplicates })
          : '';
    dispatch(
      notice(
        possibleDuplicates > 0
          ? t('caseOpenedDuplicates', { number, others })
          : t('caseOpenedNotice', { number }),
        possibleDuplicates > 0 ? 'warning' : 'success',
      ),
    );
    onOpened(number);
  });
  return (
    <FormDialog
      title={t('openCaseTitle', { number: inquiry.number })}
      intro={
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('openCaseText', {
            name: inquiry.personName ?? t('thePersonLower'),
            time: formatDateTime(inquiry.receivedAt),
          })}
        </Typography>
      }
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('openCase')}
      saving={formState.isSubmitting}
      // The first tick box takes the focus once the dialog is in: Space ticks, Enter opens the case.
      onEntered={() => firstType.current?.focus()}
      onKeyDown={(event) => {
        // Enter on a tick box opens the case too: Space ticks, Enter opens, no mouse needed.
        if (
          event.key === 'Enter' &&
          event.target instanceof HTMLInputElement &&
          event.target.type === 'checkbox'
        ) {
          event.preventDefault();
          if (!formState.isSubmitting) void submit();
        }
      }}
    >
      <FormCheckboxGroup
        {...field('types')}
        label={t('whatAsked')}
        values={requestTypes}
        labels={typeLabels}
        firstRef={firstType}
        helperText={t('whatAskedHelp')}
      />
    </FormDialog>
  );
}
