import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import type { ApiError } from '../../../shared/errors';
import { CaseForm, type CaseFormErrors, emptyCaseForm, formErrors, newCaseInput } from './CaseForm';
import { useCreateCaseMutation } from './casesApi';

/** Direct intake: a letter, an e-mail to the privacy address, a visitor. */
export function NewCaseDialog({
  today,
  onClose,
  onCreated,
}: {
  today: string | undefined;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const dispatch = useAppDispatch();
  const [create, { isLoading }] = useCreateCaseMutation();
  const [values, setValues] = useState(() => emptyCaseForm(today ?? null));
  const [errors, setErrors] = useState<CaseFormErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await create(newCaseInput(values));
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const { fields, rest } = formErrors(apiError.issues);
      setErrors(fields);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    if (!result.data) return;
    const { id, number, duplicates } = result.data;
    dispatch(
      duplicates.length > 0
        ? notice(
            `Case ${number} was opened. An open case already exists for the same person (${duplicates
              .map((dup) => dup.number)
              .join(', ')}); check whether they belong together.`,
            'warning',
          )
        : notice(`Case ${number} was opened.`),
    );
    onCreated(id);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="new-case-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="new-case-title">New case</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <CaseForm values={values} onChange={setValues} errors={errors} mode="new" today={today} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Open case
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
