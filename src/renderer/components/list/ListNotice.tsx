import { Chip } from '@mui/material';

/** The core's note that a list looked at fewer rows than asked (a short search, a sort over a large selection). */
export function ListNotice({ text }: { text: string }) {
  return (
    <Chip
      size="small"
      role="status"
      sx={{
        mb: 1,
        alignSelf: 'flex-start',
        height: 'auto',
        py: 0.5,
        '& .MuiChip-label': { whiteSpace: 'normal' },
      }}
      label={text}
    />
  );
}
