import { erasureChannels, type LegalHold, type LegalHoldType } from '../../../shared/erasure/contract';
import { FormDialog, FormTextField, useDialogForm } from '../../components/form';
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
  const [place] = usePlaceLegalHoldMutation();
  const { field, dialog } = useDialogForm(
    placeForm,
    { reason: '' },
    { save: ({ reason }) => place({ recordType, recordId, reason }), success: t('placedNotice'), onClose },
  );
  return (
    <FormDialog {...dialog} title={t('placeTitle')} intro={t('placeIntro')} submitLabel={t('place')}>
      <FormTextField
        {...field('reason')}
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
