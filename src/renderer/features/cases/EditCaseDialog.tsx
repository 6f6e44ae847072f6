import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/cases/contract';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { CaseForm, type CaseFormErrors, caseFormFrom, detailInput, formErrors } from './CaseForm';
import { useUpdateCaseMutation } from './casesApi';

export function EditCaseDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update, { isLoading }] = useUpdateCaseMutation();
  const [values, setValues] = useState(() => caseFormFrom(detail));
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await update({ id: detail.id, changes: detailInput(values) });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const { fields, rest } = formErrors(
        apiError.issues?.map((issue) => ({ ...issue, path: issue.path.replace(/^changes\./, '') })),
      );
      setErrors(fields);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    dispatch(notice(`Case ${detail.number} was updated.`));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="edit-case-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-case-title">Edit case {detail.number}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Alert severity="info" sx={{ mb: 1 }}>
            Changing the request types, channel or capacity adds the new tasks and checklist items; work
            already done stays. A verification decided earlier does not cover request types added now.
          </Alert>
          <CaseForm values={values} onChange={setValues} errors={errors} mode="edit" caseId={detail.id} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Save changes
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
