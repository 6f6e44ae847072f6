import { Alert } from '@mui/material';
import { useT } from '../../i18n';
import { type CaseDetail, newCaseFields } from '../../../shared/cases/contract';
import { FormDialog, useDialogForm } from '../../components/form';
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
  const [update] = useUpdateCaseMutation();
  const { dialog, ...form } = useDialogForm(newCaseFields, caseFormFrom(detail), {
    save: async ({ receivedDate: _received, handlerId: _handler, ...changes }) =>
      unnested(await update({ id: detail.id, changes }), 'changes'),
    success: t('caseUpdated', { number: detail.number }),
    onClose,
    formOptions: validateOnSubmit,
  });

  return (
    <FormDialog
      {...dialog}
      title={t('editCase', { number: detail.number })}
      submitLabel={t('saveChanges')}
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 1 }}>
        {t('editCaseInfo')}
      </Alert>
      <CaseForm form={form} mode="edit" caseId={detail.id} />
    </FormDialog>
  );
}
