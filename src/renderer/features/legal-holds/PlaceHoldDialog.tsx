import { erasureChannels, type LegalHold, type LegalHoldType } from '../../../shared/erasure/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormTextField, useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { useT } from '../../i18n';
import { EarlierHolds } from './EarlierHolds';
import { usePlaceLegalHoldMutation } from './legalHoldsApi';

const placeForm = erasureChannels['legalHolds.place'].input.pick({ reason: true });

/** Mount it only while open, so every opening starts empty. */
export function PlaceHoldDialog({
  recordType,
  recordId,
  holds,
  onClose,
}: {
  recordType: LegalHoldType;
  recordId: number;
  holds: LegalHold[];
  onClose: () => void;
}) {
  const t = useT('legalHolds');
  const dispatch = useAppDispatch();
  const [place] = usePlaceLegalHoldMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(placeForm, { reason: '' });
  const submit = handleSubmit(async ({ reason }) => {
    if (!settle(await place({ recordType, recordId, reason })).ok) return;
    dispatch(notice(t('placedNotice')));
    onClose();
  });
  return (
    <FormDialog
      title={t('placeTitle')}
      intro={t('placeIntro')}
      formError={formError}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('place')}
      saving={formState.isSubmitting}
    >
      <FormTextField
        control={control}
        name="reason"
        label={t('reason')}
        helperText={t('reasonHelp')}
        required
        multiline
        minRows={2}
        autoFocus
      />
      <EarlierHolds holds={holds} />
    </FormDialog>
  );
}
