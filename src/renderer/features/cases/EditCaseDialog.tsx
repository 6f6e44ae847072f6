import { Alert } from '@mui/material';
import { useT } from '../../i18n';
import { type CaseDetail, newCaseFields } from '../../../shared/cases/contract';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { useChannelForm } from '../../components/form';
import { FormDialog } from '../../components/form/FormDialog';
import { CaseForm } from './CaseForm';
import { unnested } from '../../components/form/unnested';
import { caseFormFrom } from './caseFormValues';
import { useUpdateCaseMutation } from './casesApi';
import { validateOnSubmit } from './formOptions';

/**
 * Edits a case's details. The form holds the case's received date and handler too (unchanged, they
 * have their own channels), so one schema and one set of fields serve intake and editing.
 */
export function EditCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const t = useT('cases');
  const dispatch = useAppDispatch();
  const [update] = useUpdateCaseMutation();
  const { control, handleSubmit, formState, formError, settle } = useChannelForm(
    newCaseFields,
    caseFormFrom(detail),
    validateOnSubmit,
  );

  const submit = handleSubmit(async ({ receivedDate: _received, handlerId: _handler, ...changes }) => {
    if (!settle(unnested(await update({ id: detail.id, changes }), 'changes')).ok) return;
    dispatch(notice(t('caseUpdated', { number: detail.number })));
    onClose();
  });

  return (
    <FormDialog
      title={t('editCase', { number: detail.number })}
      onClose={onClose}
      onSubmit={submit}
      formError={formError}
      saving={formState.isSubmitting}
      submitLabel={t('saveChanges')}
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        {t('editCaseInfo')}
      </Alert>
      <CaseForm control={control} mode="edit" caseId={detail.id} />
    </FormDialog>
  );
}
