import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import type { BreachDetail } from '../../../shared/breaches/contract';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { selectCurrentUser, useAppDispatch, useAppSelector } from '../../app/store';
import {
  BreachForm,
  type BreachFormErrors,
  breachFormFrom,
  detailInput,
  emptyBreachForm,
  formErrors,
  localErrors,
} from './BreachForm';
import { timeFieldValue } from './breachUi';
import { useCreateBreachMutation, useUpdateBreachMutation } from './breachesApi';

/** A breach the DPO learns of directly (not through an inquiry). */
export function NewBreachDialog({
  now,
  onClose,
  onCreated,
}: {
  /** The core's time: the default awareness. */
  now: string;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const dispatch = useAppDispatch();
  const user = useAppSelector(selectCurrentUser);
  const [create, { isLoading }] = useCreateBreachMutation();
  const [values, setValues] = useState(() =>
    emptyBreachForm(now, user?.roles.includes('dpo') ? `${user.displayName}, data protection officer` : ''),
  );
  const [errors, setErrors] = useState<BreachFormErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = localErrors(values, true);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const result = await create({ ...detailInput(values), awareAt: timeFieldValue(values.awareAt) ?? '' });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const { fields, rest } = formErrors(apiError.issues);
      setErrors(fields);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    if (!result.data) return;
    dispatch(notice(`Breach ${result.data.number} was recorded. The clock runs from when we became aware.`));
    onCreated(result.data.id);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="new-breach-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="new-breach-title">New breach</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Alert severity="info" sx={{ mb: 1 }}>
            Record what is known now; the rest can follow. The data protection officer assesses the risk on
            the breach itself.
          </Alert>
          <BreachForm
            values={values}
            errors={errors}
            withAwareness
            onChange={(patch) => {
              setValues((current) => ({ ...current, ...patch }));
              setErrors((current) => {
                const next = { ...current };
                for (const key of Object.keys(patch)) delete next[key as keyof BreachFormErrors];
                return next;
              });
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={isLoading}>
            Record breach
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function EditBreachDialog({ detail, onClose }: { detail: BreachDetail; onClose: () => void }) {
  const dispatch = useAppDispatch();
  const [update, { isLoading }] = useUpdateBreachMutation();
  const [values, setValues] = useState(() => breachFormFrom(detail));
  const [errors, setErrors] = useState<BreachFormErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = localErrors(values, false);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const result = await update({ id: detail.id, changes: detailInput(values) });
    if ('error' in result && result.error) {
      const apiError = result.error as ApiError;
      const { fields, rest } = formErrors(apiError.issues);
      setErrors(fields);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    dispatch(notice(`Breach ${detail.number} was saved.`));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="edit-breach-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-breach-title">Edit breach {detail.number}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <BreachForm
            values={values}
            errors={errors}
            withAwareness={false}
            onChange={(patch) => {
              setValues((current) => ({ ...current, ...patch }));
              setErrors((current) => {
                const next = { ...current };
                for (const key of Object.keys(patch)) delete next[key as keyof BreachFormErrors];
                return next;
              });
            }}
          />
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
