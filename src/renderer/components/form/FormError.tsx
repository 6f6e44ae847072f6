import { Alert } from '@mui/material';

/** The message of a form's failed submit that belongs to no field (`useChannelForm().formError`). */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {message}
    </Alert>
  );
}
