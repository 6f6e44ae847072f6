import { Typography } from '@mui/material';

/** A record's free-text notes with the line breaks typed into them, or in grey that there are none. */
export function NotesText({ notes, none }: { notes: string | null | undefined; none: string }) {
  return (
    <Typography
      variant="body2"
      sx={{ whiteSpace: 'pre-wrap' }}
      color={notes ? 'text.primary' : 'text.secondary'}
    >
      {notes ?? none}
    </Typography>
  );
}
